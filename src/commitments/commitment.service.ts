import { EntityWrites } from '../common/entity-writes';
import { Territory } from '../places/territory.entity';
import { Treaty } from '../places/treaty.entity';
import { Commitment } from './commitment.entity';
import type { CommitmentFields } from './commitment.inputs';

export const commitmentWrites = new EntityWrites<Commitment, CommitmentFields>({
  entity: Commitment,
  unique: [{ columns: ['title'], field: 'title', label: 'title' }],
  read: (v, input) => ({
    title: v.text('title', input.title, { max: 300, required: true }),
    kind: v.value('kind', input.kind),
    description: v.text('description', input.description, { max: 5000, multiline: true }),
    article: v.text('article', input.article, { max: 100 }),
    guarantorCode: v.country('guarantorCode', input.guarantorCode, true),
    beneficiaryCode: v.country('beneficiaryCode', input.beneficiaryCode, true),
    treatyId: v.ref('treatyId', input.treatyId, Treaty),
    territoryId: v.ref('territoryId', input.territoryId, Territory),
  }),
  rules: (commitment, v) => {
    if (commitment.guarantorCode === commitment.beneficiaryCode) v.fail('beneficiaryCode', 'must differ from guarantorCode');
    if (commitment.article != null && commitment.treatyId == null) v.fail('article', 'names an article of a treaty: give treatyId too');
  },
});
