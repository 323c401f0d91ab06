import { Call } from '../calls/call.entity';
import { Commitment } from '../commitments/commitment.entity';
import { StatementCommitment } from '../commitments/statement-commitment.entity';
import { addDays, InputCheck } from '../common/validation';
import type { WriteTx } from '../common/write-tx';
import { Official } from '../officials/official.entity';
import { Organization } from '../organizations/organization.entity';
import { Source } from '../sources/source.entity';
import { sourceWrites } from '../sources/source.service';
import { Topic } from '../topics/topic.entity';
import { Statement } from './statement.entity';
import type { AddStatementInput } from './statement.inputs';

export interface AddedStatement {
  statement: Statement;
  source: Source;
}

/**
 * The one place a statement is inserted, with its source, speakers, commitments, topics and
 * reporting sources, all in the caller's transaction. (The "statement added" notification
 * hangs off this insert, so keep every statement insert here.)
 */
export async function addStatement(tx: WriteTx, input: AddStatementInput): Promise<AddedStatement> {
  const v = new InputCheck();
  const text = v.text('text', input.text, { max: 10_000, required: true, multiline: true })!;
  const date = v.date('date', input.date, { required: true })!;
  if ((input.sourceId == null) === (input.newSource == null)) v.fail('sourceId', 'or newSource must be given, not both');
  const sourceId = v.ref('sourceId', input.sourceId, Source);
  const newSource = input.newSource ? sourceWrites.read(v.within('newSource'), input.newSource, true) : null;
  const callId = v.ref('callId', input.callId, Call);
  const speakerIds = v.refs('speakerIds', input.speakerIds, Official) ?? [];
  const organizationId = v.ref('attributedOrganizationId', input.attributedOrganizationId, Organization);
  if (speakerIds.length === 0 && organizationId == null && input.speakerIds !== null) {
    v.fail('speakerIds', 'must name at least one official unless attributedOrganizationId is given');
  }
  const commitments = v.distinct('commitments', input.commitments, (c, i) => v.ref(['commitments', i, 'commitmentId'], c.commitmentId, Commitment, true)) ?? [];
  const stances = (input.commitments ?? []).map((c) => c.stance);
  const topicIds = v.refs('topicIds', input.topicIds, Topic) ?? [];
  const reportedIn = v.refs('reportedInSourceIds', input.reportedInSourceIds, Source) ?? [];
  if (sourceId != null && reportedIn.includes(sourceId)) v.fail('reportedInSourceIds', 'must not include the statement\'s own source');
  await v.done(tx.manager);

  const source = newSource
    ? await sourceWrites.insert(tx, newSource, ['input', 'newSource'])
    : await tx.manager.findOneByOrFail(Source, { rowId: sourceId! });
  // Dates are local to speaker and publisher, a day apart at most; a later statement cannot be in it.
  if (date > addDays(source.publishedOn, 1)) {
    v.fail('date', `is after its source was published (${source.publishedOn})`);
    v.throwProblems();
  }
  const links = {
    speakerIds, topicIds, reportedInSourceIds: reportedIn,
    commitments: commitments.map((commitmentId, i) => ({ commitmentId, stance: stances[i] })),
  };
  const statement = await tx.insert(
    Statement,
    { text, kind: input.kind, date, sourceId: source.rowId, callId: callId ?? null, attributedOrganizationId: organizationId ?? null },
    { unique: [{ columns: ['source_id', 'md5(text)'], field: 'text', label: 'text in this source' }], extra: { after: links } },
  );
  await tx.link('statement_speakers', ['statement_id', 'official_id', 'position'], speakerIds.map((id, i) => [statement.rowId, id, i]));
  await tx.link('statement_reports', ['statement_id', 'source_id'], reportedIn.map((id) => [statement.rowId, id]));
  await tx.link('statement_topics', ['statement_id', 'topic_id'], topicIds.map((id) => [statement.rowId, id]));
  if (links.commitments.length > 0) {
    await tx.manager.insert(StatementCommitment, links.commitments.map((c) => ({ statementId: statement.rowId, ...c })));
  }
  return { statement, source };
}
