import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Node, NodeEntity } from '../common/node';

@ObjectType({ implements: Node, description: 'A person who speaks for a country, e.g. a defense minister.' })
@Entity('officials')
export class Official extends NodeEntity {
  @Field({ description: 'Name in English, as the person\'s government writes it, e.g. "Kim Seon-ho".' })
  @Column('text')
  name: string;

  @Field(() => String, { nullable: true, description: 'Name in the native script, e.g. "中谷元", "김선호".' })
  @Column('text', { name: 'native_name', nullable: true })
  nativeName: string | null;

  @Field(() => [String], { description: 'Other names and spellings the person is reported under.' })
  @Column('text', { array: true, default: () => "'{}'" })
  aliases: string[];

  @Column('char', { name: 'country_code', length: 2 })
  countryCode: string;
}
