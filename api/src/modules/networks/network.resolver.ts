import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { LicenceType, licenceById } from '../opendata/licence.js';
import { Network } from './network.entity.js';
import { setNetworkLicence } from './network-licence.js';
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

  @Mutation(() => Network, { description: 'Coordinators: the licence the network\'s published cards are exported under (CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0 or ODbL-1.0).' })
  setNetworkLicence(
    @Ctx() ctx: RequestContext,
    @Arg('network', () => String, { description: 'Network slug.' }) network: string,
    @Arg('licence', () => String, { description: 'SPDX id.' }) licence: string,
  ): Promise<Network> {
    return setNetworkLicence(ctx, network, licence);
  }

  @FieldResolver(() => LicenceType, { description: 'The licence of the network\'s published cards (CC BY 4.0 unless its coordinators chose another).' })
  licence(@Root() network: Network): LicenceType {
    return licenceById(network.licence);
  }

  @FieldResolver(() => Int, { description: 'How many published cards the network has.' })
  caseCount(@Ctx() ctx: RequestContext, @Root() network: Network): Promise<number> {
    return ctx.loaders.publishedCaseCount.load(network.id);
  }
}
