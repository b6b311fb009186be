import { casesHref, parseCaseListParams, toCaseFilter } from './case-list-params';

describe('parseCaseListParams', () => {
  it('reads repeated SDGs, region, network and cursor, dropping empty "Any" values', () => {
    const { params, problems } = parseCaseListParams({ sdg: ['13', '11', '13'], region: 'Europe', network: '', after: 'abc' });
    expect(problems).toEqual([]);
    expect(params).toEqual({ sdgs: [13, 11], regions: ['Europe'], networks: [], after: 'abc' });
    expect(toCaseFilter(params)).toEqual({ sdgs: [13, 11], regions: ['Europe'] });
  });

  it('reports an SDG that is not a number instead of sending it', () => {
    const { params, problems } = parseCaseListParams({ sdg: ['x1', '2'] });
    expect(params.sdgs).toEqual([2]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual({ key: 'notSdg', value: 'x1' });
  });

  it('has no filter when nothing is chosen', () => {
    expect(toCaseFilter(parseCaseListParams({}).params)).toBeUndefined();
  });
});

describe('casesHref', () => {
  it('builds a shareable URL with repeated sdg values', () => {
    expect(casesHref({ sdgs: [1, 13], regions: ['Africa'], networks: ['ogp-local'], after: 'c1' })).toBe(
      '/cases?sdg=1&sdg=13&region=Africa&network=ogp-local&after=c1',
    );
    expect(casesHref({})).toBe('/cases');
  });
});
