import { AuditEntry } from '../audit/audit-entry.entity';
import { ApiKey } from '../auth/api-key.entity';
import { Call } from '../calls/call.entity';
import { CallParticipant } from '../calls/call-participant.entity';
import { Commitment } from '../commitments/commitment.entity';
import { StatementCommitment } from '../commitments/statement-commitment.entity';
import { ImportDocument, ImportSentence, StatementDraft, TextVariant } from '../imports/import.entity';
import { Official } from '../officials/official.entity';
import { Post } from '../officials/post.entity';
import { PostHolding } from '../officials/post-holding.entity';
import { Organization } from '../organizations/organization.entity';
import { Country } from '../places/country.entity';
import { Territory } from '../places/territory.entity';
import { Treaty } from '../places/treaty.entity';
import { Deployment } from '../posture/deployment.entity';
import { Exercise } from '../posture/exercise.entity';
import { Source } from '../sources/source.entity';
import { Statement } from '../statements/statement.entity';
import { Topic } from '../topics/topic.entity';

/** Every entity; also the types `node(id)` can resolve. */
export const entities = [
  Country,
  Organization,
  Official,
  Post,
  PostHolding,
  Call,
  CallParticipant,
  Source,
  Statement,
  Commitment,
  StatementCommitment,
  Treaty,
  Territory,
  Topic,
  Deployment,
  Exercise,
  ImportDocument,
  StatementDraft,
  ImportSentence,
  TextVariant,
];

/** Tables about the record rather than in it: not nodes, readable by admins only. */
export const adminEntities = [ApiKey, AuditEntry];
