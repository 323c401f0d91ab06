import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../common/connection';
import { DateScalar } from '../common/scalars';
import { SourceKind } from './source.entity';

@InputType({ description: 'Narrows a list of sources. Fields combine with AND; a list means "any of".' })
export class SourceFilter {
  @Field(() => [SourceKind], { nullable: true, description: 'Kinds of document.' })
  kinds?: SourceKind[] | null;

  @Field(() => [ID], { nullable: true, description: 'Publishing organizations.' })
  publisherIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO codes of the publisher\'s country.' })
  countries?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Calls the documents are about (as readout or release, or through their statements).' })
  callIds?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Published on or after this date.' })
  publishedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Published on or before this date.' })
  publishedTo?: string | null;
}

export enum SourceOrder {
  PUBLISHED_ASC = 'PUBLISHED_ASC',
  PUBLISHED_DESC = 'PUBLISHED_DESC',
}
registerEnumType(SourceOrder, {
  name: 'SourceOrder',
  description: 'Orders of a source list; ties are broken by id.',
  valuesConfig: { PUBLISHED_ASC: { description: 'Earliest published first.' }, PUBLISHED_DESC: { description: 'Latest published first.' } },
});

@ArgsType()
export class SourceListArgs extends ConnectionArgs {
  @Field(() => SourceFilter, { nullable: true, description: 'Narrow the list.' })
  filter?: SourceFilter | null;

  @Field(() => SourceOrder, { defaultValue: SourceOrder.PUBLISHED_ASC, description: 'Order of the list.' })
  orderBy: SourceOrder;
}
