import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext, Viewer } from '../../../context.js';
import { BadInputError, NotFoundError } from '../../../errors.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { User } from '../../accounts/user.entity.js';
import { withAudit } from '../../audit/audit.js';
import { CaseCard, CaseStatus } from '../../cases/case.entity.js';
import { casePolicy } from '../../cases/case.policy.js';
import { isUuid } from '../../cases/operations/case-access.js';
import { Network } from '../../networks/network.entity.js';
import { recordActivity } from '../../notifications/activity.js';
import { Post } from '../post.entity.js';
import { Thread } from '../thread.entity.js';
import { threadPolicy } from '../thread.policy.js';
import type { StartThreadInput } from '../thread.types.js';
import { renderForPosting, validBody, validTitle } from './post-content.js';
import { markReadUpTo } from './read-state.js';
import { authorize, spaceMembersOnly, standingOf } from './thread-access.js';

interface Target {
  network: Network;
  card: CaseCard | null;
  /** The space is members-only (space threads only). */
  spaceMembersOnly: boolean;
}

/** The case (published, readable) or the network space a new thread goes into. */
async function targetOf(tx: EntityManager, viewer: Viewer, input: StartThreadInput): Promise<Target> {
  if (input.caseId) {
    const card = isUuid(input.caseId) ? await tx.findOne(CaseCard, { id: input.caseId }, { populate: ['network'] }) : null;
    if (!card || !casePolicy.canRead(viewer, card)) throw new NotFoundError('No such case.');
    if (card.status !== CaseStatus.PUBLISHED) throw new BadInputError('Threads can only be started on published cases.', 'caseId');
    return { network: card.network, card, spaceMembersOnly: false };
  }
  const network = await tx.findOne(Network, { slug: input.network! });
  if (!network) throw new NotFoundError('No such network.');
  return { network, card: null, spaceMembersOnly: await spaceMembersOnly(tx, network.id) };
}

function checkTarget(input: StartThreadInput): void {
  if (!input.caseId === !input.network) throw new BadInputError('Give either a caseId or a network, not both.', input.caseId ? 'network' : 'caseId');
}

/**
 * Starts a thread with its opening post, on a published case or in a network's space. A thread in a
 * members-only space is members-only whatever the input says. The author's read marker starts at their post;
 * the notifications module hears of it (THREAD_STARTED) in the same transaction.
 */
export async function startThread(ctx: RequestContext, input: StartThreadInput): Promise<Thread> {
  const viewer = requireViewer(ctx);
  checkTarget(input);
  const title = validTitle(input.title);
  const body = validBody(input.body);
  await ctx.accounts.limits.consume('post', { address: ctx.http.address, account: viewer.userId });
  return withAudit(ctx, { action: 'thread.start', recordType: 'thread' }, async (tx, audit) => {
    const target = await targetOf(tx, viewer, input);
    const membersOnly = !!input.membersOnly || target.spaceMembersOnly;
    const standing = await standingOf(tx, viewer, target.network.id);
    authorize(threadPolicy.decideStart(viewer, { networkId: target.network.id, membersOnly, spaceMembersOnly: target.spaceMembersOnly }, standing), 'membersOnly');
    const rendered = await renderForPosting(tx, viewer, target.network.id, body);
    const now = new Date();
    const author = tx.getReference(User, viewer.userId);
    const thread = tx.create(Thread, { network: target.network, case: target.card, title, membersOnly, createdBy: author, createdAt: now, lastActivityAt: now });
    const post = tx.create(Post, { thread, author, body, bodyHtml: rendered.html, createdAt: now });
    await tx.flush();
    await markReadUpTo(tx, thread.id, viewer.userId, now);
    audit.network = target.network;
    audit.recordId = thread.id;
    audit.details = { post: post.id, case: target.card?.id ?? null, membersOnly };
    await recordActivity(tx, {
      kind: 'THREAD_STARTED',
      actorId: viewer.userId,
      networkId: target.network.id,
      threadId: thread.id,
      postId: post.id,
      ...(target.card ? { caseId: target.card.id } : {}),
      membersOnly,
      mentionedUserIds: rendered.mentionedUserIds,
    });
    return thread;
  });
}
