import { Role } from '../auth/role';
import { createMutation, mutation, updateMutation } from '../write/mutation-resolvers';
import {
  EndPostHoldingInput,
  OfficialFields,
  OfficialPayload,
  PostFields,
  PostHoldingFields,
  PostHoldingPayload,
  PostPayload,
} from './official.inputs';
import { endHolding, holdingWrites, officialWrites, postWrites } from './official.service';

const official = { writes: officialWrites, fields: OfficialFields, payload: OfficialPayload, field: 'official', role: Role.EDITOR };
const post = { writes: postWrites, fields: PostFields, payload: PostPayload, field: 'post', role: Role.EDITOR };
const holding = { writes: holdingWrites, fields: PostHoldingFields, payload: PostHoldingPayload, field: 'postHolding', role: Role.EDITOR };

export const officialMutations = [
  createMutation({
    ...official,
    name: 'createOfficial',
    description: 'Records an official, with other names they are reported under.',
    input: 'The official to record.',
  }),
  updateMutation({
    ...official,
    name: 'updateOfficial',
    description: 'Corrects an official; `aliases`, when given, replaces the list.',
    input: 'Changes to an official.',
  }),
  createMutation({ ...post, name: 'createPost', description: "Records a post, e.g. a ministry's minister.", input: 'The post to record.' }),
  updateMutation({ ...post, name: 'updatePost', description: 'Corrects a post.', input: 'Changes to a post.' }),
  createMutation({
    ...holding,
    name: 'appointOfficial',
    description: 'Records that an official holds (or held) a post from a date, in a capacity.',
    input: 'The holding to record.',
  }),
  updateMutation({
    ...holding,
    name: 'updatePostHolding',
    description: 'Corrects a holding: its capacity, dates or note.',
    input: 'Changes to a holding.',
  }),
  mutation({
    name: 'endPostHolding',
    description: 'Ends a holding that is still open, e.g. when a minister leaves office.',
    role: Role.EDITOR,
    input: EndPostHoldingInput,
    inputDescription: 'The holding and its last day.',
    payload: PostHoldingPayload,
    write: async (tx, input: EndPostHoldingInput) => ({ postHolding: await endHolding(tx, input) }),
  }),
];
