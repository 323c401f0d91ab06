import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Source } from '../../sources/source.entity';
import { echoedBy, echoes } from './echoes.service';
import { SourceEcho } from './positions.types';

@Resolver(() => Source)
export class SourceEchoResolver {
  @FieldResolver(() => [SourceEcho], {
    description:
      'Other sources whose points this document echoes ("along similar lines"), each with the statements echoed; written with ' +
      '`echoedStatementIds` on createSource/updateSource. Reported positions use it (CONFIRMED_BY_ECHO).',
  })
  echoes(@Root() source: Source, @Ctx() ctx: Context) {
    return echoes(ctx, source);
  }

  @FieldResolver(() => [Source], { description: 'Sources that echo statements of this one, earliest published first.' })
  echoedBy(@Root() source: Source, @Ctx() ctx: Context) {
    return echoedBy(ctx, source);
  }
}
