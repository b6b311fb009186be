import { countryByCode, sdgByNumber, THEMES } from '@casebook/taxonomy';
import type { Request, Response } from 'express';
import { Feed } from 'feed';
import type { RequestContext } from '../../context.js';
import { CaseCard, CaseStatus } from '../cases/case.entity.js';
import { publishedCardsMatching } from '../cases/case.service.js';
import { escapeHtml } from '../commitments/commitment-feed.js';
import { Network } from '../networks/network.entity.js';
import { parseExportSelection, type ExportSelection } from './export-filters.js';
import { licenceById } from './licence.js';
import { answerRejection, type OpenDataDeps, requestContext, requestParams } from './route-support.js';

/** The newest changes a feed carries. */
export const CASE_FEED_ENTRIES = 50;
/** A search's feed picks its newest changes among this many of its newest published matches. */
const SEARCH_FEED_CANDIDATES = 500;

const themeTitles = new Map(THEMES.map((theme) => [theme.slug, theme.title]));

/** Characters XML 1.0 does not allow, even escaped; plain-text elements are escaped by the feed library. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xmlText = (text: string): string => text.replace(NOT_XML, '');

/** The published cards the selection holds, last changed first. */
async function newestChanges(ctx: RequestContext, selection: ExportSelection): Promise<CaseCard[]> {
  const options = { populate: ['network'] as const, orderBy: [{ updatedAt: 'desc' as const }, { id: 'desc' as const }], limit: CASE_FEED_ENTRIES };
  if (!selection.query) return ctx.em.find(CaseCard, publishedCardsMatching(selection.filter), options);
  const { filter } = selection;
  const { hits } = await ctx.search.postgres.search({
    query: selection.query,
    filters: { sdgs: filter.sdgs, regions: filter.regions, countries: filter.countries, networks: filter.networkSlugs, themes: filter.themes, ogpValues: [], languages: [], yearFrom: null, yearTo: null },
    sort: 'NEWEST',
    offset: 0,
    limit: SEARCH_FEED_CANDIDATES,
  });
  const ids = hits.map((hit) => hit.id);
  return ids.length ? ctx.em.find(CaseCard, { id: { $in: ids }, status: CaseStatus.PUBLISHED }, options) : [];
}

/** The feed's title says what it follows: "“budget” · OGP Local Program · SDG 11". */
async function describe(ctx: RequestContext, selection: ExportSelection): Promise<string> {
  const { filter } = selection;
  const networks = filter.networkIds.length ? await ctx.em.find(Network, { id: { $in: filter.networkIds } }, { orderBy: { name: 'asc' } }) : [];
  const parts = [
    selection.query ? `“${selection.query}”` : null,
    ...networks.map((network) => network.name),
    ...filter.sdgs.map((sdg) => `SDG ${sdg}`),
    ...filter.regions,
    ...filter.countries.map((code) => countryByCode(code)?.name ?? code),
    ...filter.themes.map((slug) => themeTitles.get(slug) ?? slug),
  ].filter((part): part is string => !!part);
  return `Casebook: new and updated cases${parts.length ? ` · ${parts.join(' · ')}` : ''}`;
}

/** The Atom feed of the newest new or updated published cards the selection holds. */
export async function caseFeed(ctx: RequestContext, selection: ExportSelection, options: { webUrl: string; selfUrl: string; search: string }): Promise<string> {
  const cards = await newestChanges(ctx, selection);
  const page = selection.narrowed ? `${options.webUrl}/search?${options.search}` : `${options.webUrl}/cases`;
  const feed = new Feed({
    id: options.selfUrl,
    title: xmlText(await describe(ctx, selection)),
    description: 'Case cards of open government practice in cities: new and updated, newest first. Each entry is under its network\'s licence.',
    link: page,
    feedLinks: { atom: options.selfUrl },
    updated: cards[0]?.updatedAt ?? new Date(0),
    author: { name: 'Casebook' },
    generator: false,
    copyright: '',
  });
  for (const card of cards) {
    const licence = licenceById(card.network.licence);
    feed.addItem({
      id: `urn:uuid:${card.id}`,
      title: escapeHtml(card.title),
      link: `${options.webUrl}/cases/${card.slug}`,
      date: card.updatedAt,
      published: card.publishedAt ?? undefined,
      description: escapeHtml(card.summary),
      author: [{ name: xmlText(card.network.name) }],
      category: [
        ...card.sdgs.map((number) => ({ term: `sdg-${number}`, name: `${number}. ${sdgByNumber(number)?.title ?? ''}`, scheme: 'https://sdgs.un.org/goals' })),
        ...card.themes.map((slug) => ({ term: slug, name: themeTitles.get(slug) ?? slug })),
      ],
      copyright: xmlText(`${licence.name} (${licence.id}): ${licence.url}`),
    });
  }
  return feed.atom1();
}

/** `GET /feeds/cases.atom`: every network's, one network's (`?network=`), one SDG's (`?sdg=`) or a search's (`?q=`). */
export function caseFeedHandler(deps: OpenDataDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const ctx = requestContext(deps);
    try {
      const params = requestParams(req);
      const selection = await parseExportSelection(ctx, params);
      const selfUrl = `${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`;
      const xml = await caseFeed(ctx, selection, { webUrl: deps.accounts.webUrl, selfUrl, search: params.toString() });
      res.status(200).setHeader('cache-control', 'public, max-age=300').type('application/atom+xml; charset=utf-8').send(xml);
    } catch (error) {
      if (answerRejection(error, res)) return;
      ctx.logger.error({ err: error }, 'case feed failed');
      res.status(500).type('text/plain').send(`Internal server error (request ${ctx.requestId}).`);
    }
  };
}
