import { columnOrders } from '../common/ordering';
import type { Topic } from './topic.entity';

/** The orders of a topic list. */
export const topicOrders = columnOrders<Topic>('Topic', {
  NAME: { column: 'name', value: (t) => t.name, label: 'Name' },
  SLUG: { column: 'slug', value: (t) => t.slug, label: 'Slug' },
});
