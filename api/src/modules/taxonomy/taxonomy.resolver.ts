import { COUNTRIES, M49_REGIONS, M49_SUBREGIONS, OGP_VALUES, SDGS, THEMES } from '@casebook/taxonomy';
import { Query, Resolver } from 'type-graphql';
import { CountryType, RegionType, SdgType, ThemeType } from './taxonomy.types.js';

@Resolver()
export class TaxonomyResolver {
  @Query(() => [SdgType], { description: 'The 17 SDGs with their official colours.' })
  sdgs(): SdgType[] {
    return [...SDGS];
  }

  @Query(() => [RegionType], { description: 'UN M49 regions, the values the region filters accept.' })
  regions(): RegionType[] {
    return M49_REGIONS.map((name) => ({ name, subregions: [...M49_SUBREGIONS[name]] }));
  }

  @Query(() => [ThemeType])
  themes(): ThemeType[] {
    return [...THEMES];
  }

  @Query(() => [ThemeType], { description: 'The four OGP values.' })
  ogpValues(): ThemeType[] {
    return [...OGP_VALUES];
  }

  @Query(() => [CountryType], { description: 'ISO 3166-1 countries with their M49 region.' })
  countries(): CountryType[] {
    return [...COUNTRIES];
  }
}
