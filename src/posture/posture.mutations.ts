import { Role } from '../auth/role';
import { createMutation, updateMutation } from '../write/mutation-resolvers';
import { DeploymentFields, DeploymentPayload, ExerciseFields, ExercisePayload } from './posture.inputs';
import { deploymentWrites, exerciseWrites } from './posture.service';

const deployment = {
  writes: deploymentWrites,
  fields: DeploymentFields,
  payload: DeploymentPayload,
  field: 'deployment',
  role: Role.EDITOR,
};
const exercise = { writes: exerciseWrites, fields: ExerciseFields, payload: ExercisePayload, field: 'exercise', role: Role.EDITOR };

export const postureMutations = [
  createMutation({
    ...deployment,
    name: 'createDeployment',
    description: 'Records forces deployed somewhere, with the statements and territories that mention them.',
    input: 'The deployment to record.',
  }),
  updateMutation({
    ...deployment,
    name: 'updateDeployment',
    description: 'Changes a deployment (its status or expected end, say); lists given replace the old ones.',
    input: 'Changes to a deployment.',
  }),
  createMutation({
    ...exercise,
    name: 'createExercise',
    description: 'Records a military exercise, with the statements and territories that mention it.',
    input: 'The exercise to record.',
  }),
  updateMutation({
    ...exercise,
    name: 'updateExercise',
    description: 'Changes an exercise; lists given replace the old ones.',
    input: 'Changes to an exercise.',
  }),
];
