import { columnOrders } from '../common/ordering';
import type { Deployment } from './deployment.entity';
import type { Exercise } from './exercise.entity';

/** The orders of a deployment list. */
export const deploymentOrders = columnOrders<Deployment>('Deployment', {
  BASE: { column: 'base', value: (d) => d.base, label: 'Base' },
  PLATFORM: { column: 'platform', value: (d) => d.platform, label: 'Platform' },
});

/** The orders of an exercise list. */
export const exerciseOrders = columnOrders<Exercise>('Exercise', { NAME: { column: 'name', value: (x) => x.name, label: 'Name' } });
