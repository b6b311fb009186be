import { Field, ObjectType } from 'type-graphql';

/** A licence a network may publish its cards under: an SPDX id, its name and its legal text. */
@ObjectType('Licence', { description: 'The licence a network publishes its cards under (an SPDX identifier).' })
export class LicenceType {
  @Field(() => String, { description: 'SPDX identifier, e.g. CC-BY-4.0.' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The licence\'s legal text.' })
  url!: string;
}

/** The licences networks may choose: open licences that allow reuse, with attribution or without. */
export const LICENCES: readonly LicenceType[] = [
  { id: 'CC-BY-4.0', name: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' },
  { id: 'CC-BY-SA-4.0', name: 'Creative Commons Attribution-ShareAlike 4.0 International', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  { id: 'CC0-1.0', name: 'Creative Commons Zero v1.0 Universal', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  { id: 'ODbL-1.0', name: 'Open Data Commons Open Database License v1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' },
];

export const DEFAULT_LICENCE_ID = 'CC-BY-4.0';

const BY_ID = new Map(LICENCES.map((licence) => [licence.id, licence]));

export function isLicenceId(id: string): boolean {
  return BY_ID.has(id);
}

/** The licence with this id; the default one for an id no longer in the list. */
export function licenceById(id: string): LicenceType {
  return BY_ID.get(id) ?? BY_ID.get(DEFAULT_LICENCE_ID)!;
}
