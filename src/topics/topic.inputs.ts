import { Field } from 'type-graphql';
import { PayloadOf } from '../write/mutation-types';
import { Topic } from './topic.entity';

/** The fields of createTopic and updateTopic. */
export class TopicFields {
  @Field({
    description: 'Stable key: lowercase letters and digits in words joined by "-", e.g. "north-korea"; at most 64 characters, unique.',
  })
  slug: string;

  @Field({ description: 'Display name; at most 200 characters.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What the topic covers; at most 2000 characters.' })
  description?: string | null;
}

export const TopicPayload = PayloadOf('topic', Topic);
