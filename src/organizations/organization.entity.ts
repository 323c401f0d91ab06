import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Node, NodeEntity } from '../common/node';

export enum OrganizationKind {
  GOVERNMENT = 'GOVERNMENT',
  MINISTRY = 'MINISTRY',
  MILITARY_SERVICE = 'MILITARY_SERVICE',
  MILITARY_UNIT = 'MILITARY_UNIT',
  MEDIA = 'MEDIA',
  INTERNATIONAL = 'INTERNATIONAL',
  OTHER = 'OTHER',
}
registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: 'What kind of body an organization is.' });

@ObjectType({
  implements: Node,
  description: 'A ministry, military service, government or media outlet that publishes sources or is quoted.',
})
@Entity('organizations')
export class Organization extends NodeEntity {
  @Field({ description: 'Official English name, e.g. "Ministry of National Defense".' })
  @Column('text')
  name: string;

  @Field(() => String, { nullable: true, description: 'Short name or acronym, e.g. "MND", "DoD".' })
  @Column('text', { name: 'short_name', nullable: true })
  shortName: string | null;

  @Field(() => OrganizationKind, { description: 'What kind of body it is.' })
  @Column('text')
  kind: OrganizationKind;

  @Field(() => [String], { description: 'Other names it is known by, e.g. "Pentagon" for the Department of Defense.' })
  @Column('text', { array: true, default: () => "'{}'" })
  aliases: string[];

  @Column('char', { name: 'country_code', length: 2, nullable: true })
  countryCode: string | null;

  @Column('int', { name: 'parent_id', nullable: true })
  parentId: number | null;
}
