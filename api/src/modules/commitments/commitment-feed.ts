import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { Feed } from 'feed';
import { randomUUID } from 'node:crypto';
import { createContext, type RequestContext } from '../../context.js';
import type { Logger } from '../../logger.js';
import type { AccountServices } from '../accounts/account.services.js';
import { findCityBySlugOrId } from '../cities/city.lookup.js';
import { Network } from '../networks/network.entity.js';
import type { SearchRuntime } from '../search/search.runtime.js';
import { CommitmentUpdate } from './commitment-update.entity.js';

/** The newest updates a feed carries. */
export const FEED_ENTRIES = 50;

/** Characters XML 1.0 does not allow, even escaped. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const clean = (text: string): string => text.replace(NOT_XML, '');

/** Text for an HTML context: every character that means something in HTML is escaped. */
export function escapeHtml(text: string): string {
  return clean(text).replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

const statusLabel = (status: string): string => status.charAt(0) + status.slice(1).toLowerCase().replace('_', ' ');

/** The update as HTML: the Markdown kept as escaped text in paragraphs, then the status, milestones and evidence. */
function entryHtml(update: CommitmentUpdate): string {
  const paragraphs = update.body.split(/\n\s*\n/).map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\n/g, '<br/>')}</p>`);
  const parts = [...paragraphs];
  if (update.newStatus) parts.push(`<p>Status: ${escapeHtml(statusLabel(update.newStatus))}</p>`);
  const milestones = update.completedMilestones.getItems();
  if (milestones.length) parts.push(`<p>Milestones completed:</p><ul>${milestones.map((milestone) => `<li>${escapeHtml(milestone.title)}</li>`).join('')}</ul>`);
  if (update.links.length) parts.push(`<p>Evidence:</p><ul>${update.links.map((link) => `<li><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></li>`).join('')}</ul>`);
  if (update.correctedAt) parts.push(`<p><em>Corrected on ${update.correctedAt.toISOString().slice(0, 10)}.</em></p>`);
  return parts.join('\n');
}

export interface FeedSource {
  kind: 'city' | 'network';
  /** A city slug or id; a network slug. */
  key: string;
}

/** The Atom feed of the newest updates of a city's (every network) or a network's commitments; null when unknown. */
export async function commitmentFeed(ctx: RequestContext, source: FeedSource, options: { webUrl: string; selfUrl: string }): Promise<string | null> {
  let title: string;
  let page: string;
  let where: Record<string, unknown>;
  if (source.kind === 'city') {
    const city = await findCityBySlugOrId(ctx.em, source.key);
    if (!city) return null;
    title = `${city.name}: open government commitments`;
    page = `${options.webUrl}/cities/${city.slug}`;
    where = { commitment: { actionPlan: { city: city.id } } };
  } else {
    const network = await ctx.em.findOne(Network, { slug: source.key });
    if (!network) return null;
    title = `${network.name}: open government commitments`;
    page = `${options.webUrl}/commitments?network=${encodeURIComponent(network.slug)}`;
    where = { commitment: { network: network.id } };
  }
  const updates = await ctx.em.find(CommitmentUpdate, where, {
    populate: ['commitment', 'commitment.actionPlan', 'commitment.actionPlan.city', 'author', 'completedMilestones'],
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    limit: FEED_ENTRIES,
  });
  const feed = new Feed({
    id: page,
    title: clean(title),
    description: 'Progress updates on action plan commitments, newest first.',
    link: page,
    feedLinks: { atom: options.selfUrl },
    updated: updates.length ? latestOf(updates) : new Date(0),
    author: { name: 'Casebook' },
    generator: false,
    copyright: '',
  });
  for (const update of updates) {
    const commitment = update.commitment;
    feed.addItem({
      id: `urn:uuid:${update.id}`,
      title: escapeHtml(`${commitment.actionPlan.city.name}: ${commitment.title}${update.newStatus ? ` (${statusLabel(update.newStatus)})` : ''}`),
      link: `${options.webUrl}/commitments/${commitment.id}#update-${update.id}`,
      date: update.correctedAt ?? update.createdAt,
      published: update.createdAt,
      content: entryHtml(update),
      author: update.author ? [{ name: clean(update.author.name) }] : undefined,
    });
  }
  return feed.atom1();
}

const latestOf = (updates: CommitmentUpdate[]): Date => new Date(Math.max(...updates.map((update) => (update.correctedAt ?? update.createdAt).getTime())));

/** `GET /feeds/commitments/cities/:city.atom` and `…/networks/:network.atom`: public Atom feeds. */
export function commitmentFeedHandler(kind: FeedSource['kind'], deps: { orm: MikroORM; logger: Logger; search: SearchRuntime; accounts: AccountServices }) {
  return async (req: Request, res: Response): Promise<void> => {
    const key = String(req.params[kind] ?? '');
    const requestId = randomUUID();
    const ctx = createContext({ em: deps.orm.em, logger: deps.logger, requestId, search: deps.search, accounts: deps.accounts });
    try {
      const selfUrl = `${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl.split('?')[0]}`;
      const xml = key.length <= 120 ? await commitmentFeed(ctx, { kind, key }, { webUrl: deps.accounts.webUrl, selfUrl }) : null;
      if (xml === null) {
        res.status(404).type('text/plain').send(`No such ${kind}.`);
        return;
      }
      res.status(200).setHeader('cache-control', 'public, max-age=300').type('application/atom+xml; charset=utf-8').send(xml);
    } catch (error) {
      ctx.logger.error({ err: error }, 'feed failed');
      res.status(500).type('text/plain').send(`Internal server error (request ${requestId}).`);
    }
  };
}
