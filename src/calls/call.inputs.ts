import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { FilteredArgs } from '../common/ordering';
import { PayloadOf } from '../write/mutation-types';
import { DateScalar, DateTimeScalar } from '../common/scalars';
import { Call, CallKind } from './call.entity';
import { callOrders } from './call.queries';

@InputType({ description: 'Narrows a list of calls. Fields combine with AND; a list means "any of" unless it says otherwise.' })
export class CallFilter {
  @Field(() => [ID], { nullable: true, description: 'Officials, any of whom took part.' })
  participantIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'ISO codes that must ALL be represented among the participants, e.g. ["US", "JP"] for U.S.-Japan calls.',
  })
  betweenCountries?: string[] | null;

  @Field(() => [CallKind], { nullable: true, description: 'Kinds of engagement.' })
  kinds?: CallKind[] | null;

  @Field(() => DateScalar, { nullable: true, description: "On or after this date (in the call's time zone)." })
  dateFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "On or before this date (in the call's time zone)." })
  dateTo?: string | null;
}

export const CallOrder = callOrders.values;
export type CallOrder = keyof typeof CallOrder;

@ArgsType()
export class CallListArgs extends FilteredArgs(CallFilter, CallOrder, CallOrder.DATE_ASC) {}

/** The fields of updateCall; recordCall adds the participants. */
export class CallFields {
  @Field({ description: 'Short descriptive title; at most 300 characters, unique on its date.' })
  title: string;

  @Field(() => CallKind, { description: 'Phone call, video call or meeting.' })
  kind: CallKind;

  @Field(() => DateScalar, { description: 'Date of the call in `timeZone`; not after tomorrow.' })
  date: string;

  @Field({ description: 'IANA time zone `date` is given in, e.g. "Asia/Tokyo".' })
  timeZone: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Exact start, when known; on `date` in `timeZone`. Not together with earliestStart/latestStart.',
  })
  startedAt?: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Earliest possible start when only part of the day is known; on `date` in `timeZone`.',
  })
  earliestStart?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Latest possible start; on `date` in `timeZone`, not before earliestStart.' })
  latestStart?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Length in minutes, 1 to 1440.' })
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true, description: 'What the call was about; at most 2000 characters.' })
  summary?: string | null;
}

@InputType({ description: 'An official taking part in a call being recorded.' })
export class CallParticipantInput {
  @Field(() => ID, { description: 'Id of the official.' })
  officialId: string;

  @Field({ defaultValue: false, description: 'True for the side that placed the call or hosted the meeting; at most one per call.' })
  isInitiator: boolean;
}

/** recordCall's fields: the call and who took part. */
export class RecordCallFields extends CallFields {
  @Field(() => [CallParticipantInput], {
    description: 'Who took part: at least two different officials, at most one of them the initiator.',
  })
  participants: CallParticipantInput[];
}

export const CallPayload = PayloadOf('call', Call);
