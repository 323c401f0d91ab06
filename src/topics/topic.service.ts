import { EntityWrites } from '../write/entity-writes';
import { Topic } from './topic.entity';
import type { TopicFields } from './topic.inputs';

export const topicWrites = new EntityWrites<Topic, TopicFields>({
  entity: Topic,
  unique: [{ columns: ['slug'], field: 'slug', label: 'slug' }],
  read: (v, input) => ({
    slug: v.matches(
      'slug',
      input.slug,
      /^(?=.{1,64}$)[a-z0-9]+(-[a-z0-9]+)*$/,
      'lowercase words of letters and digits joined by "-", at most 64 characters',
      true,
    ),
    name: v.text('name', input.name, { max: 200, required: true }),
    description: v.text('description', input.description, { max: 2000, multiline: true }),
  }),
});
