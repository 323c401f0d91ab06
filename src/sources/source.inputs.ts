import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { FilteredArgs } from '../common/ordering';
import { InputOf, PayloadOf } from '../write/mutation-types';
import { DateScalar, DateTimeScalar } from '../common/scalars';
import { Source, SourceKind } from './source.entity';
import { sourceOrders } from './source.queries';

@InputType({ description: 'Narrows a list of sources. Fields combine with AND; a list means "any of".' })
export class SourceFilter {
  @Field(() => [SourceKind], { nullable: true, description: 'Kinds of document.' })
  kinds?: SourceKind[] | null;

  @Field(() => [ID], { nullable: true, description: 'Publishing organizations.' })
  publisherIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: "ISO codes of the publisher's country." })
  countries?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Calls the documents are about (as readout or release, or through their statements).' })
  callIds?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Published on or after this date.' })
  publishedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Published on or before this date.' })
  publishedTo?: string | null;
}

export const SourceOrder = sourceOrders.values;
export type SourceOrder = keyof typeof SourceOrder;

@ArgsType()
export class SourceListArgs extends FilteredArgs(SourceFilter, SourceOrder, SourceOrder.PUBLISHED_ASC) {}

/** The fields of createSource, updateSource and addStatement's newSource. */
export class SourceFields {
  @Field(() => SourceKind, { description: 'What kind of document it is.' })
  kind: SourceKind;

  @Field({ description: 'Title, or a description of the document where it has none; at most 500 characters.' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where the document can be read (http or https); unique. Leave it out rather than guess.',
  })
  url?: string | null;

  @Field(() => DateScalar, { description: "Date of publication in the publisher's time zone; not after tomorrow." })
  publishedOn: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Exact time of publication, when known; within a day of publishedOn.' })
  publishedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Language of the text as recorded here, BCP 47 (e.g. "en", "ja", "ko"); "en" when left out of a new source.',
  })
  language?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the copy recorded here was retrieved; not before publishedAt.' })
  retrievedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the retrieved copy, 64 hexadecimal digits.' })
  contentHash?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes on provenance; at most 5000 characters.' })
  notes?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the organization that published it.' })
  publisherId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the call it is a readout or release of.' })
  callId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Statements of other sources whose points this document echoes: it runs "along similar lines" (e.g. a ministry release covering the same ' +
      "points as the other side's readout). Not its own statements. An update replaces the whole set. Reported positions use it (CONFIRMED_BY_ECHO).",
  })
  echoedStatementIds?: string[] | null;
}

export const NewSourceInput = InputOf(SourceFields, 'NewSourceInput', 'A source recorded together with the statement that comes from it.');
export const SourcePayload = PayloadOf('source', Source);
