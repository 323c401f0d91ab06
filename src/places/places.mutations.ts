import { Role } from '../auth/role';
import { createMutation, updateMutation } from '../write/mutation-resolvers';
import { TerritoryFields, TerritoryPayload, TreatyFields, TreatyPayload } from './places.inputs';
import { territoryWrites, treatyWrites } from './places.service';

const treaty = { writes: treatyWrites, fields: TreatyFields, payload: TreatyPayload, field: 'treaty', role: Role.ADMIN };
const territory = { writes: territoryWrites, fields: TerritoryFields, payload: TerritoryPayload, field: 'territory', role: Role.ADMIN };

export const placesMutations = [
  createMutation({
    ...treaty,
    name: 'createTreaty',
    description: 'Records a treaty and its parties (reference data).',
    input: 'The treaty to record.',
  }),
  updateMutation({ ...treaty, name: 'updateTreaty', description: 'Corrects a treaty.', input: 'Changes to a treaty.' }),
  createMutation({
    ...territory,
    name: 'createTerritory',
    description: 'Records a territory, who administers it and who claims it (reference data).',
    input: 'The territory to record.',
  }),
  updateMutation({ ...territory, name: 'updateTerritory', description: 'Corrects a territory.', input: 'Changes to a territory.' }),
];
