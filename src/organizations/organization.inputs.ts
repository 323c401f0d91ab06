import { Field, ID } from 'type-graphql';
import { PayloadOf } from '../write/mutation-types';
import { Organization, OrganizationKind } from './organization.entity';

/** The fields of createOrganization and updateOrganization. */
export class OrganizationFields {
  @Field({ description: 'Official English name, e.g. "Ministry of National Defense"; at most 300 characters, unique within its country.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Short name or acronym, e.g. "MND"; at most 50 characters.' })
  shortName?: string | null;

  @Field(() => OrganizationKind, { description: 'What kind of body it is.' })
  kind: OrganizationKind;

  @Field(() => [String], { nullable: true, description: 'Other names it is known by, each at most 200 characters.' })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of its country; null for international bodies.' })
  countryCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the organization it is part of.' })
  parentId?: string | null;
}

export const OrganizationPayload = PayloadOf('organization', Organization);
