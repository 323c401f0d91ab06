import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';
import { DateScalar } from '../common/scalars';
import { Country } from '../places/country.entity';
import { Call } from './call.entity';

export const CallConnection = Connection(Call);

@ObjectType({ description: "The date a call fell on for one side, in that side's time zone." })
export class CallLocalDate {
  @Field(() => Country, { description: 'The side.' })
  country: Country;

  @Field({ description: 'IANA time zone of that side (its capital).' })
  timeZone: string;

  @Field(() => DateScalar, { description: 'Earliest local date the call can have fallen on.' })
  earliestDate: string;

  @Field(() => DateScalar, { description: 'Latest local date; equals `earliestDate` when the local date is certain.' })
  latestDate: string;
}
