import { EntityWrites } from '../write/entity-writes';
import type { TerritoryFields, TreatyFields } from './places.inputs';
import { Territory } from './territory.entity';
import { Treaty } from './treaty.entity';

/** Treaties can be signed to enter into force later, within reason. */
const IN_FORCE_FUTURE_DAYS = 3660;

export const treatyWrites = new EntityWrites<Treaty, TreatyFields>({
  entity: Treaty,
  unique: [{ columns: ['name'], field: 'name', label: 'name' }],
  read: (v, input) => ({
    name: v.text('name', input.name, { max: 300, required: true }),
    shortName: v.text('shortName', input.shortName, { max: 100 }),
    signedOn: v.date('signedOn', input.signedOn),
    inForceOn: v.date('inForceOn', input.inForceOn, { futureDays: IN_FORCE_FUTURE_DAYS }),
  }),
  countrySets: [{ field: 'partyCodes', table: 'treaty_parties', ownerColumn: 'treaty_id', min: 2 }],
  rules: (treaty, v) => v.order('inForceOn', 'signedOn', treaty.signedOn, treaty.inForceOn),
});

export const territoryWrites = new EntityWrites<Territory, TerritoryFields>({
  entity: Territory,
  unique: [{ columns: ['name'], field: 'name', label: 'name' }],
  defaults: { aliases: [] },
  read: (v, input) => ({
    name: v.text('name', input.name, { max: 200, required: true }),
    aliases: v.names('aliases', input.aliases),
    region: v.text('region', input.region, { max: 200 }),
    description: v.text('description', input.description, { max: 5000, multiline: true }),
    administeredByCode: v.country('administeredByCode', input.administeredByCode),
  }),
  countrySets: [{ field: 'claimantCodes', table: 'territory_claimants', ownerColumn: 'territory_id' }],
});
