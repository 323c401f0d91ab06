import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Stance } from '../../src/commitments/statement-commitment.entity';
import { agreementOf } from '../../src/analysis/comparison/agreement';
import { CommitmentAgreement } from '../../src/analysis/comparison/comparison.types';
import { DeploymentStatus, DeploymentStatusBasis, deploymentStatusOn } from '../../src/posture/deployment.entity';

const { AFFIRMS, REAFFIRMS, QUALIFIES, WITHDRAWS } = Stance;

describe('agreementOf', () => {
  test('one side only, whatever its stance', () => {
    assert.equal(agreementOf([[WITHDRAWS]]), CommitmentAgreement.ONE_SIDE_ONLY);
    assert.equal(agreementOf([[AFFIRMS, QUALIFIES]]), CommitmentAgreement.ONE_SIDE_ONLY);
  });
  test('each side summed up as its strongest departure, then compared', () => {
    assert.equal(agreementOf([[AFFIRMS], [REAFFIRMS]]), CommitmentAgreement.ALL_AFFIRM);
    assert.equal(agreementOf([[REAFFIRMS], [QUALIFIES]]), CommitmentAgreement.SOME_QUALIFY);
    assert.equal(
      agreementOf([[REAFFIRMS], [AFFIRMS, QUALIFIES]]),
      CommitmentAgreement.SOME_QUALIFY,
      'a side that affirms and qualifies qualifies',
    );
    assert.equal(agreementOf([[REAFFIRMS], [QUALIFIES], [WITHDRAWS]]), CommitmentAgreement.SOME_WITHDRAW);
    assert.equal(agreementOf([[AFFIRMS], [AFFIRMS, WITHDRAWS]]), CommitmentAgreement.SOME_WITHDRAW);
    assert.equal(agreementOf([[QUALIFIES], [WITHDRAWS]]), CommitmentAgreement.NONE_AFFIRM);
    assert.equal(agreementOf([[QUALIFIES], [QUALIFIES]]), CommitmentAgreement.NONE_AFFIRM);
  });
});

describe('deploymentStatusOn', () => {
  const usmc = { recordedStatus: DeploymentStatus.ACTIVE, indefinite: false, expectedEndMonth: '2025-08' };
  test('the recorded status until the expected end month is over, then ENDED as an inference', () => {
    assert.deepEqual(deploymentStatusOn(usmc, '2025-08-31'), { status: DeploymentStatus.ACTIVE, basis: DeploymentStatusBasis.RECORDED });
    assert.deepEqual(deploymentStatusOn(usmc, '2026-12-06'), {
      status: DeploymentStatus.ENDED,
      basis: DeploymentStatusBasis.EXPECTED_END_PASSED,
    });
    assert.deepEqual(
      deploymentStatusOn({ ...usmc, recordedStatus: DeploymentStatus.PLANNED }, '2025-09-01').status,
      DeploymentStatus.ENDED,
    );
  });
  test('indefinite, without an expected end, or recorded ENDED: the record', () => {
    assert.equal(
      deploymentStatusOn({ ...usmc, indefinite: true, expectedEndMonth: null }, '2030-01-01').basis,
      DeploymentStatusBasis.RECORDED,
    );
    assert.equal(deploymentStatusOn({ ...usmc, expectedEndMonth: null }, '2030-01-01').status, DeploymentStatus.ACTIVE);
    assert.deepEqual(deploymentStatusOn({ ...usmc, recordedStatus: DeploymentStatus.ENDED }, '2025-01-01'), {
      status: DeploymentStatus.ENDED,
      basis: DeploymentStatusBasis.RECORDED,
    });
  });
});
