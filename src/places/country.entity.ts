import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { toGlobalId } from '../common/global-id';
import { Node } from '../common/node';

@ObjectType({ implements: Node, description: 'A country, keyed by its ISO 3166-1 alpha-2 code.' })
@Entity('countries')
export class Country implements Node {
  @Field({ description: 'ISO 3166-1 alpha-2 code, e.g. US, JP, KR.' })
  @PrimaryColumn({ type: 'char', length: 2 })
  code: string;

  get id(): string {
    return toGlobalId('Country', this.code);
  }

  @Field({ description: 'Common English name.' })
  @Column('text')
  name: string;

  @Field({ description: 'IANA time zone of the capital, used to show the local date of an event on this side.' })
  @Column('text', { name: 'time_zone' })
  timeZone: string;
}
