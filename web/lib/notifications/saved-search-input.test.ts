import { parseSearchParams } from '../search/search-params';
import { savedSearchFields, savedSearchFromForm } from './saved-search-input';
import { notificationHref } from './notification-link';

describe('saved searches', () => {
  it('carries the words, filters and cities of the search page, not its page or sort', () => {
    const { state } = parseSearchParams({ q: 'participatory budgeting', sdg: ['11', '16'], region: 'americas', from: '2015', sort: 'newest', after: 'abc', city: ['lima-pe', 'bogota-co'] });
    const fields = savedSearchFields(state);
    expect(fields).toEqual([
      ['q', 'participatory budgeting'],
      ['sdg', '11'],
      ['sdg', '16'],
      ['region', 'americas'],
      ['from', '2015'],
      ['city', 'lima-pe'],
      ['city', 'bogota-co'],
    ]);

    const form = new FormData();
    form.set('name', '  Budgets in the Americas ');
    form.set('$ACTION_ID_x', 'ignored');
    for (const [name, value] of fields) form.append(name, value);
    expect(savedSearchFromForm(form)).toEqual({
      name: 'Budgets in the Americas',
      query: 'participatory budgeting',
      filters: { sdgs: [11, 16], regions: ['americas'], yearFrom: 2015, cities: ['lima-pe', 'bogota-co'] },
    });
  });

  it('saves a search without words or filters as just a name', () => {
    const form = new FormData();
    form.set('name', 'Everything');
    expect(savedSearchFromForm(form)).toEqual({ name: 'Everything' });
  });
});

describe('notificationHref', () => {
  it('opens a post on the page of the thread that shows it', () => {
    expect(notificationHref({ link: '/threads/t1#post-p1', threadId: 't1', postId: 'p1' })).toBe('/threads/t1?post=p1#post-p1');
  });

  it('keeps the API’s other paths, and never leaves the site', () => {
    expect(notificationHref({ link: '/cases/lima-budget', threadId: null, postId: null })).toBe('/cases/lima-budget');
    expect(notificationHref({ link: '//evil.example/x', threadId: null, postId: null })).toBe('/notifications');
    expect(notificationHref({ link: 'https://evil.example/x', threadId: null, postId: null })).toBe('/notifications');
  });
});
