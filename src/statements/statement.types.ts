import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection, PageInfo } from '../common/connection';
import { Official } from '../officials/official.entity';
import { PostHolding } from '../officials/post-holding.entity';
import { Statement } from './statement.entity';

export const StatementConnection = Connection(Statement);

@ObjectType({ description: 'A statement matching a search, with its rank and a highlighted snippet.' })
export class StatementSearchEdge {
  @Field({ description: 'Opaque cursor of this hit; pass it as `after` or `before`.' })
  cursor: string;

  @Field(() => Statement, { description: 'The matching statement.' })
  node: Statement;

  @Field(() => Float, { description: "Relevance: higher is better. Words in the text weigh most, then speakers' names, then the source." })
  rank: number;

  @Field({ description: 'The best passages of the text, HTML-escaped, with the matched words in <mark>…</mark>.' })
  snippet: string;
}

@ObjectType({ description: 'A page of search hits (Relay cursor connection).' })
export class StatementSearchConnection {
  @Field(() => [StatementSearchEdge], { description: 'The hits of this page.' })
  edges: StatementSearchEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Number of hits in all pages together.' })
  totalCount: number;
}

@ObjectType({ description: "A speaker of a statement, with the post they held on the statement's date." })
export class StatementSpeaker {
  @Field(() => Official, { description: 'Who spoke.' })
  official: Official;

  @Field(() => PostHolding, { nullable: true, description: "The post and capacity held on the statement's date." })
  postHolding: PostHolding | null;

  @Field(() => String, { nullable: true, description: 'Title on that day, e.g. "Acting Minister of National Defense".' })
  title: string | null;
}

@ObjectType({
  description:
    'An official the statement\'s text says took a position ("Secretary Hegseth reaffirmed …", "the two defense chiefs agreed …"), with the post ' +
    "held on the statement's date. A party need not be an author: a readout written by a ministry names parties but is authored by the ministry.",
})
export class StatementParty {
  @Field(() => Official, { description: 'Who, according to the text, took the position.' })
  official: Official;

  @Field(() => PostHolding, { nullable: true, description: "The post and capacity held on the statement's date." })
  postHolding: PostHolding | null;

  @Field(() => String, { nullable: true, description: 'Title on that day, e.g. "Acting Minister of National Defense".' })
  title: string | null;
}
