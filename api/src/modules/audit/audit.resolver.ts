import { LIMITS } from '@casebook/taxonomy';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { auditLog } from './audit-log.js';
import { AuditEventConnection } from './audit.types.js';

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { nullable: true, description: 'The network\'s audit log, newest first; null unless you coordinate the network.' })
  auditLog(
    @Ctx() ctx: RequestContext,
    @Arg('network', () => String) network: string,
    @Arg('first', () => Int, { defaultValue: LIMITS.pageSizeDefault }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
  ): Promise<AuditEventConnection | null> {
    return auditLog(ctx, { network, first, after });
  }
}
