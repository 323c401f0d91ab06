/** Whether the sides of a comparison agree on a commitment: a pure function of each side's stances. */
import { Stance } from '../../commitments/statement-commitment.entity';
import { CommitmentAgreement } from './comparison.types';

/** A side's stance on a commitment, summed up as its strongest departure from affirming. */
function sideStance(stances: Stance[]): 'AFFIRMS' | 'QUALIFIES' | 'WITHDRAWS' {
  if (stances.includes(Stance.WITHDRAWS)) return 'WITHDRAWS';
  if (stances.includes(Stance.QUALIFIES)) return 'QUALIFIES';
  return 'AFFIRMS';
}

/** Whether the sides' stances on one commitment agree: see CommitmentAgreement. */
export function agreementOf(sideStances: Stance[][]): CommitmentAgreement {
  if (sideStances.length < 2) return CommitmentAgreement.ONE_SIDE_ONLY;
  const summed = sideStances.map(sideStance);
  if (summed.every((s) => s === 'AFFIRMS')) return CommitmentAgreement.ALL_AFFIRM;
  if (!summed.includes('AFFIRMS')) return CommitmentAgreement.NONE_AFFIRM;
  if (summed.includes('WITHDRAWS')) return CommitmentAgreement.SOME_WITHDRAW;
  return CommitmentAgreement.SOME_QUALIFY;
}
