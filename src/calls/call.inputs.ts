import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../common/connection';
import { DateScalar } from '../common/scalars';
import { CallKind } from './call.entity';

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

  @Field(() => DateScalar, { nullable: true, description: 'On or after this date (in the call\'s time zone).' })
  dateFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or before this date (in the call\'s time zone).' })
  dateTo?: string | null;
}

export enum CallOrder {
  DATE_ASC = 'DATE_ASC',
  DATE_DESC = 'DATE_DESC',
}
registerEnumType(CallOrder, {
  name: 'CallOrder',
  description: 'Orders of a call list; ties are broken by id.',
  valuesConfig: { DATE_ASC: { description: 'Earliest first.' }, DATE_DESC: { description: 'Latest first.' } },
});

@ArgsType()
export class CallListArgs extends ConnectionArgs {
  @Field(() => CallFilter, { nullable: true, description: 'Narrow the list.' })
  filter?: CallFilter | null;

  @Field(() => CallOrder, { defaultValue: CallOrder.DATE_ASC, description: 'Order of the list.' })
  orderBy: CallOrder;
}
