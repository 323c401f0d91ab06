import { Field } from 'type-graphql';
import { PayloadOf } from '../write/mutation-types';
import { DateScalar } from '../common/scalars';
import { Territory } from './territory.entity';
import { Treaty } from './treaty.entity';

/** The fields of createTreaty and updateTreaty. */
export class TreatyFields {
  @Field({ description: 'Full official name; at most 300 characters, unique.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Short name in common use; at most 100 characters.' })
  shortName?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of signature; not after tomorrow.' })
  signedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date it entered (or enters) into force; not before signedOn.' })
  inForceOn?: string | null;

  @Field(() => [String], { description: 'ISO codes of the states party to it, at least two; given in an update, it replaces the list.' })
  partyCodes: string[];
}

/** The fields of createTerritory and updateTerritory. */
export class TerritoryFields {
  @Field({ description: 'English name; at most 200 characters, unique.' })
  name: string;

  @Field(() => [String], { nullable: true, description: "Other names, e.g. in the claimants' languages, each at most 200 characters." })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Sea or region it lies in; at most 200 characters.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Short description; at most 5000 characters.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO code of the country that administers it.' })
  administeredByCode?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'ISO codes of the other countries that claim it; given in an update, it replaces the list.',
  })
  claimantCodes?: string[] | null;
}

export const TreatyPayload = PayloadOf('treaty', Treaty);
export const TerritoryPayload = PayloadOf('territory', Territory);
