import { fieldErrorsFrom, inputId, isCardInputName, localProblems, parseCardForm, toCaseInput, valuesFromVersion } from './card-form';

function form(entries: [string, string][]): [string, string][] {
  return entries;
}

describe('parseCardForm', () => {
  it('reads every field, drops empty rows and closes up the rest', () => {
    const values = parseCardForm(
      form([
        ['network', 'ogp-local'],
        ['title', '  A title '],
        ['challenge', 'One\r\n\r\n- two\r\n'],
        ['cities[0].name', ''],
        ['cities[0].country', ''],
        ['cities[1].name', 'Paris'],
        ['cities[1].country', 'FR'],
        ['cities[2].name', 'Lyon'],
        ['cities[2].country', ''],
        ['contacts[0].name', 'Ada'],
        ['contacts[0].email', 'ada@example.org'],
        ['links[0].url', 'https://example.org'],
        ['links[0].label', ''],
        ['sdgs', '13'],
        ['sdgs', '3'],
        ['sdgs', '99'],
        ['themes', 'open-data'],
        ['ogpValues', 'civic-participation'],
        ['language', 'fr'],
        ['yearStarted', '2019'],
        ['intent', 'save'],
        ['cities[0].evil', 'x'],
      ]),
    );
    expect(values.title).toBe('A title');
    expect(values.challenge).toBe('One\n\n- two');
    expect(values.cities).toEqual([
      { name: 'Paris', country: 'FR' },
      { name: 'Lyon', country: '' },
    ]);
    expect(values.contacts).toEqual([{ name: 'Ada', role: '', organisation: '', email: 'ada@example.org' }]);
    expect(values.links).toEqual([{ label: '', url: 'https://example.org' }]);
    expect(values.sdgs).toEqual([3, 13]);
    expect(values.themes).toEqual(['open-data']);
    expect(values.language).toBe('fr');
    expect(localProblems(values)).toEqual({ 'cities[1].country': 'Choose the country of the city.' });
  });

  it('turns the values into the API input, with empty optional texts as null', () => {
    const values = parseCardForm(form([['contacts[0].name', 'Ada'], ['links[0].url', 'https://example.org'], ['yearStarted', '']]));
    const input = toCaseInput(values, { withNetwork: false });
    expect(input).not.toHaveProperty('network');
    expect(input.contacts).toEqual([{ name: 'Ada', role: null, organisation: null, email: null }]);
    expect(input.links).toEqual([{ url: 'https://example.org', label: null }]);
    expect(input.yearStarted).toBeNull();
    expect(toCaseInput({ ...values, yearStarted: '2020' }, { withNetwork: true }).yearStarted).toBe(2020);
    expect(localProblems({ ...values, yearStarted: 'soon' })).toEqual({ yearStarted: 'Enter the year as a number, such as 2019.' });
  });
});

it('keeps the card’s own order of its themes, adding new ones after', () => {
  const values = parseCardForm(
    form([
      ['order.themes', 'urban-planning open-data gone'],
      ['themes', 'open-data'],
      ['themes', 'climate-action'],
      ['themes', 'urban-planning'],
    ]),
  );
  expect(values.themes).toEqual(['urban-planning', 'open-data', 'climate-action']);
});

describe('valuesFromVersion', () => {
  it('reads a card as the API answers it, and a pending edit snapshot', () => {
    const card = { title: 'T', sdgs: [{ number: 5 }, { number: 1 }], cities: [{ name: 'Paris', country: 'FR', region: 'Europe' }], contacts: [{ name: 'A', role: null, organisation: null, email: null }], yearStarted: 2019 };
    expect(valuesFromVersion(card, 'net')).toMatchObject({ network: 'net', title: 'T', sdgs: [1, 5], cities: [{ name: 'Paris', country: 'FR' }], contacts: [{ name: 'A', role: '', organisation: '', email: '' }], yearStarted: '2019', language: 'en' });
    expect(valuesFromVersion({ sdgs: [17, 2], yearStarted: null }, 'net')).toMatchObject({ sdgs: [2, 17], yearStarted: '', summary: '' });
  });
});

describe('fieldErrorsFrom', () => {
  it('puts each API problem next to its input and keeps the others apart', () => {
    const { fieldErrors, other } = fieldErrorsFrom(
      [
        { field: 'input.title', message: 'add a title.' },
        { field: 'input.cities[0].country', message: 'unknown country "XX".' },
        { field: 'input.cities[0].country', message: 'second.' },
        { field: 'id', message: 'this card is waiting for review.' },
      ],
      isCardInputName,
    );
    expect(fieldErrors).toEqual({ title: 'Add a title.', 'cities[0].country': 'Unknown country "XX". Second.' });
    expect(other).toEqual(['This card is waiting for review.']);
  });

  it('knows the form’s inputs and their ids', () => {
    expect(isCardInputName('sdgs')).toBe(true);
    expect(isCardInputName('links[3].url')).toBe(true);
    expect(isCardInputName('links[3].evil')).toBe(false);
    expect(isCardInputName('id')).toBe(false);
    expect(inputId('case-form', 'cities[0].name')).toBe('case-form-cities-0-name');
    expect(inputId('case-form', 'title')).toBe('case-form-title');
  });
});
