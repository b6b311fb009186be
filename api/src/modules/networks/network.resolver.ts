import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Network } from './network.entity.js';
import { findNetworkBySlug, listNetworks } from './network.service.js';

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => [Network], { description: 'Every network, by name.' })
  networks(@Ctx() ctx: RequestContext): Promise<Network[]> {
    return listNetworks(ctx);
  }

  @Query(() => Network, { nullable: true })
  network(@Ctx() ctx: RequestContext, @Arg('slug', () => String) slug: string): Promise<Network | null> {
    return findNetworkBySlug(ctx, slug);
  }

  @FieldResolver(() => Int, { description: 'How many published cards the network has.' })
  caseCount(@Ctx() ctx: RequestContext, @Root() network: Network): Promise<number> {
    return ctx.loaders.publishedCaseCount.load(network.id);
  }
}
