import type { EntityManager } from '@mikro-orm/postgresql';
import type { CaseCard } from '../cases/case.entity.js';
import type { Network } from '../networks/network.entity.js';
import { validBody, validTitle } from './operations/post-content.js';
import { Post } from './post.entity.js';
import { parsePost } from './post.render.js';
import { Thread } from './thread.entity.js';

interface DemoThread {
  network: string;
  /** A demo case's slug, or none for a thread in the network's space. */
  caseSlug?: string;
  title: string;
  /** The opening post, then the replies; a reply may answer the post before it. */
  posts: { body: string; answersPrevious?: boolean; daysAgo: number }[];
}

/** Demo conversations, written for Casebook: a city asked about its case, and a network's own discussion. */
const DEMO_THREADS: DemoThread[] = [
  {
    network: 'ogp-local',
    caseSlug: 'madrid-consul-project-global-participation-platform',
    title: 'How did Decide Madrid get city departments on board?',
    posts: [
      {
        daysAgo: 12,
        body: 'Our city is looking at **Consul** for citizen proposals. The software part looks manageable; what worries us is the departments that have to act on the proposals that win.\n\nHow did Madrid get them to commit before launch? Was there a rule, or was it agreed case by case?',
      },
      {
        daysAgo: 11,
        answersPrevious: true,
        body: '> How did Madrid get them to commit before launch?\n\nThe lessons section of the case answers part of it: the platform is only half the job. The other half is procedures that make the decisions binding, and a review of the regulations that stand in the way. Settling that once, at council level, spares you a negotiation with each department.',
      },
      {
        daysAgo: 9,
        body: 'One practical tip from another Consul city: publish, for every winning proposal, which department owns it and where it stands. A public tracker kept the follow-up honest for us.',
      },
    ],
  },
  {
    network: 'ogp-local',
    title: 'Participatory budgets: what share of the budget do your cities put to a vote?',
    posts: [
      {
        daysAgo: 6,
        body: 'We are preparing a comparison for the next network meeting. If your city runs a participatory budget, could you share:\n\n- the share of the investment budget it covers,\n- who may vote (age, residence),\n- how projects are checked before the vote.',
      },
      {
        daysAgo: 4,
        body: 'In our case it is a fixed amount each year rather than a share, and residents from 16 may vote. Technical checks happen before the vote, so that only feasible projects appear on the ballot.',
      },
    ],
  },
  {
    network: 'uclg-transparency',
    caseSlug: 'seoul-open-and-big-data-on-environment',
    title: 'Publishing air-quality data in real time: where to start?',
    posts: [
      {
        daysAgo: 3,
        body: 'We have a few official monitoring stations and would like to open their readings the way Seoul did. Did you start with an open data portal, or with a public map? Which came first?',
      },
    ],
  },
];

const daysAgo = (days: number, now: Date): Date => new Date(now.getTime() - days * 86_400_000);

/**
 * Loads the demo threads into the demo seed's transaction: unattributed posts (demo accounts may not exist),
 * checked and rendered the way the API checks and renders posts. Returns how many threads it created.
 */
export function seedDemoThreads(tx: EntityManager, refs: { networks: Map<string, Network>; cards: CaseCard[] }, now = new Date()): number {
  for (const data of DEMO_THREADS) {
    const network = refs.networks.get(data.network) ?? fail(`network ${data.network}`);
    const card = data.caseSlug ? (refs.cards.find((candidate) => candidate.slug === data.caseSlug) ?? fail(`case ${data.caseSlug}`)) : null;
    const times = data.posts.map((post) => daysAgo(post.daysAgo, now));
    const thread = tx.create(Thread, { network, case: card, title: validTitle(data.title), createdAt: times[0]!, lastActivityAt: times.at(-1)!, replyCount: data.posts.length - 1 });
    let previous: Post | null = null;
    for (const [index, item] of data.posts.entries()) {
      const body = validBody(item.body);
      const post: Post = tx.create(Post, { thread, body, bodyHtml: parsePost(body).render(new Map()).html, parent: item.answersPrevious ? previous : null, createdAt: times[index]! });
      previous = post;
    }
  }
  return DEMO_THREADS.length;
}

function fail(what: string): never {
  throw new Error(`demo threads name ${what}, which the demo data does not have`);
}
