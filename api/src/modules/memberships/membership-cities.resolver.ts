import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { ViewerMembershipType } from '../accounts/account.types.js';
import { City } from '../cities/city.entity.js';
import { MemberType } from './membership.types.js';

async function citiesOf(ctx: RequestContext, ids: string[]): Promise<City[]> {
  const cities = await ctx.loaders.city.loadMany(ids);
  return cities.filter((city): city is City => city instanceof City).sort((a, b) => a.name.localeCompare(b.name));
}

/** `members { cities }`: the cities a member represents in the network. */
@Resolver(() => MemberType)
export class MemberCitiesResolver {
  @FieldResolver(() => [City], { description: 'The cities this member represents in the network (editors report on their commitments).' })
  cities(@Ctx() ctx: RequestContext, @Root() member: MemberType): Promise<City[]> {
    return citiesOf(ctx, member.cityIds);
  }
}

/** `viewer { memberships { cities } }`. */
@Resolver(() => ViewerMembershipType)
export class ViewerMembershipCitiesResolver {
  @FieldResolver(() => [City], { description: 'The cities you represent in the network.' })
  cities(@Ctx() ctx: RequestContext, @Root() membership: ViewerMembershipType): Promise<City[]> {
    return citiesOf(ctx, membership.cityIds);
  }
}
