import { Role } from '../auth/role';
import { createMutation, updateMutation } from '../write/mutation-resolvers';
import { TopicFields, TopicPayload } from './topic.inputs';
import { topicWrites } from './topic.service';

const common = { writes: topicWrites, fields: TopicFields, payload: TopicPayload, field: 'topic', role: Role.ADMIN };

export const topicMutations = [
  createMutation({
    ...common,
    name: 'createTopic',
    description: 'Adds a topic statements can be filed under (reference data).',
    input: 'The topic to add.',
  }),
  updateMutation({ ...common, name: 'updateTopic', description: 'Corrects a topic.', input: 'Changes to a topic.' }),
];
