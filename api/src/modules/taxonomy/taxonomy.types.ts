import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('Sdg', { description: 'One of the 17 UN Sustainable Development Goals.' })
export class SdgType {
  @Field(() => Int)
  number!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'Official colour, as #RRGGBB.' })
  colour!: string;
}

@ObjectType('Subregion')
export class SubregionType {
  @Field(() => String)
  name!: string;
}

@ObjectType('Region', { description: 'A UN M49 region and its sub-regions.' })
export class RegionType {
  @Field(() => String)
  name!: string;

  @Field(() => [String])
  subregions!: string[];
}

@ObjectType('Theme')
export class ThemeType {
  @Field(() => String)
  slug!: string;

  @Field(() => String)
  title!: string;
}

@ObjectType('Country')
export class CountryType {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => String, { nullable: true })
  subregion!: string | null;
}
