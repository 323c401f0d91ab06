import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { CallListArgs } from '../../calls/call.inputs';
import { listCalls } from '../../calls/call.service';
import { CallConnection } from '../../calls/call.types';
import { badInput } from '../../common/errors';
import type { Context } from '../../context';
import { Country } from '../../places/country.entity';
import { StatementListArgs } from '../../statements/statement.inputs';
import { listStatements } from '../../statements/statement.service';
import { StatementConnection } from '../../statements/statement.types';
import { commitmentOmissions, checkPair } from '../omissions/omissions.service';
import { CommitmentOmission } from '../omissions/omissions.types';
import { pairSideCondition } from './country-pair.queries';
import { pairCommitments } from './country-pair.service';
import { CountryPair, PairCommitment } from './country-pair.types';

@Resolver(() => CountryPair)
export class CountryPairResolver {
  @Query(() => CountryPair, {
    description: "Everything between two countries in one place: calls, each side's statements, commitments both ways, open omissions.",
  })
  countryPair(
    @Arg('countries', () => [String], { description: 'The two countries (ISO codes), e.g. ["US", "KR"].' }) countries: string[],
  ): CountryPair {
    return { codes: checkPair(countries, 'countries') };
  }

  @FieldResolver(() => [Country], { description: 'The two countries, in the order asked.' })
  countries(@Root() pair: CountryPair, @Ctx() ctx: Context) {
    return Promise.all(pair.codes.map((code) => ctx.loaders.byKey<Country, string>(Country).load(code)));
  }

  @FieldResolver(() => CallConnection, { description: 'Calls in which officials of both countries took part (earliest first by default).' })
  calls(@Root() pair: CountryPair, @Ctx() ctx: Context, @Args() { filter, orderBy, ...page }: CallListArgs) {
    return listCalls(ctx, page, { ...filter, betweenCountries: pair.codes }, orderBy);
  }

  @FieldResolver(() => StatementConnection, {
    description: "One side's statements about the two countries' calls (earliest first by default).",
  })
  statements(
    @Root() pair: CountryPair,
    @Ctx() ctx: Context,
    @Arg('side', () => String, { description: 'The side: one of the two ISO codes.' }) side: string,
    @Args() { filter, orderBy, ...page }: StatementListArgs,
  ) {
    const code = side.trim().toUpperCase();
    if (!pair.codes.includes(code)) throw badInput('"side" must be one of the two countries', { field: ['side'] });
    return listStatements(ctx, page, filter, orderBy, [(e) => pairSideCondition(e, code, pair.codes[0], pair.codes[1])]);
  }

  @FieldResolver(() => [PairCommitment], {
    description: 'Commitments between the two countries, both directions, each with its latest affirmation.',
  })
  commitments(@Root() pair: CountryPair, @Ctx() ctx: Context) {
    return pairCommitments(ctx, pair.codes);
  }

  @FieldResolver(() => [CommitmentOmission], {
    description: 'Omissions between the two countries that are still open (no later affirmation by that side).',
  })
  openOmissions(
    @Root() pair: CountryPair,
    @Ctx() ctx: Context,
    @Arg('window', () => Int, { defaultValue: 2, description: 'How many earlier calls (1 to 20) define "usually".' }) window: number,
  ) {
    return commitmentOmissions(ctx, { countries: pair.codes, window, openOnly: true, first: 100 });
  }
}
