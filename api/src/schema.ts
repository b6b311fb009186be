import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AccountResolver } from './modules/accounts/account.resolver.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { CaseResolver } from './modules/cases/case.resolver.js';
import { CurationResolver } from './modules/cases/curation.resolver.js';
import { CommitmentMutationResolver } from './modules/commitments/commitment-mutations.resolver.js';
import { AssessmentResolver, CommitmentUpdateResolver } from './modules/commitments/commitment-update.resolver.js';
import { ActionPlanResolver, CommitmentQueryResolver, CommitmentResolver, MilestoneResolver } from './modules/commitments/commitment.resolver.js';
import { MemberCitiesResolver, ViewerMembershipCitiesResolver } from './modules/memberships/membership-cities.resolver.js';
import { MembershipResolver, NetworkMembersResolver } from './modules/memberships/membership.resolver.js';
import { InsightsResolver } from './modules/insights/insights.resolver.js';
import { NetworkResolver } from './modules/networks/network.resolver.js';
import { FollowResolver } from './modules/notifications/follow.resolver.js';
import { NotificationResolver } from './modules/notifications/notification.resolver.js';
import { SearchResolver } from './modules/search/search.resolver.js';
import { TaxonomyResolver } from './modules/taxonomy/taxonomy.resolver.js';
import { PostResolver } from './modules/threads/post.resolver.js';
import { ThreadMutationResolver } from './modules/threads/thread-mutations.resolver.js';
import { NetworkSpaceResolver, ThreadResolver } from './modules/threads/thread.resolver.js';

export const resolvers = [
  AccountResolver,
  AuditResolver,
  CaseResolver,
  CurationResolver,
  ActionPlanResolver,
  AssessmentResolver,
  CommitmentMutationResolver,
  CommitmentQueryResolver,
  CommitmentResolver,
  CommitmentUpdateResolver,
  MemberCitiesResolver,
  MembershipResolver,
  NetworkMembersResolver,
  InsightsResolver,
  NetworkResolver,
  NotificationResolver,
  FollowResolver,
  SearchResolver,
  MilestoneResolver,
  TaxonomyResolver,
  ThreadResolver,
  ThreadMutationResolver,
  PostResolver,
  NetworkSpaceResolver,
  ViewerMembershipCitiesResolver,
] as const;

export function buildCasebookSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
