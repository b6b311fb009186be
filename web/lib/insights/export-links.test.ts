import { exportLinks, hasExportFilters, parseExportFilters } from './export-links';

describe('export links', () => {
  it('reads the form: blank "any" options dropped, values trimmed and deduplicated, only known parameters', () => {
    const filters = parseExportFilters({ q: ' water ', sdg: ['6', '', '6', '11'], region: '', network: 'ogp-local', city: 'paris-fr', theme: [] });
    expect(filters).toEqual({ q: 'water', values: { sdg: ['6', '11'], region: [], country: [], network: ['ogp-local'], theme: [] } });
    expect(hasExportFilters(filters)).toBe(true);
    expect(hasExportFilters(parseExportFilters({ region: '' }))).toBe(false);
  });

  it('builds the CSV, JSON Lines and Atom addresses with repeatable, encoded parameters', () => {
    expect(exportLinks(parseExportFilters({ q: 'a&b "c"', sdg: ['6', '11'], country: 'ZA' }))).toEqual({
      csv: '/export/cases.csv?q=a%26b+%22c%22&sdg=6&sdg=11&country=ZA',
      jsonl: '/export/cases.jsonl?q=a%26b+%22c%22&sdg=6&sdg=11&country=ZA',
      atom: '/feeds/cases.atom?q=a%26b+%22c%22&sdg=6&sdg=11&country=ZA',
    });
    expect(exportLinks(parseExportFilters({})).csv).toBe('/export/cases.csv');
  });
});
