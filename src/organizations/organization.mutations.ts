import { Role } from '../auth/role';
import { createMutation, updateMutation } from '../write/mutation-resolvers';
import { OrganizationFields, OrganizationPayload } from './organization.inputs';
import { organizationWrites } from './organization.service';

const common = {
  writes: organizationWrites,
  fields: OrganizationFields,
  payload: OrganizationPayload,
  field: 'organization',
  role: Role.EDITOR,
};

export const organizationMutations = [
  createMutation({
    ...common,
    name: 'createOrganization',
    description: 'Records a ministry, service, government or media outlet.',
    input: 'The organization to record.',
  }),
  updateMutation({ ...common, name: 'updateOrganization', description: 'Corrects an organization.', input: 'Changes to an organization.' }),
];
