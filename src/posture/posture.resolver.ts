import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs } from '../common/connection';
import type { Context } from '../common/context';
import { byColumn, listConnection } from '../common/list';
import { Organization } from '../organizations/organization.entity';
import { organizationOf } from '../organizations/organization.resolver';
import { Country } from '../places/country.entity';
import { countryOf } from '../places/places.resolver';
import { Source } from '../sources/source.entity';
import { Deployment } from './deployment.entity';
import { Exercise } from './exercise.entity';

export const DeploymentConnection = Connection(Deployment);
export const ExerciseConnection = Connection(Exercise);

const sourceOf = (ctx: Context, id: number | null) => (id == null ? null : ctx.loaders.byKey<Source, number>(Source).load(id));

@Resolver(() => Deployment)
export class DeploymentResolver {
  @Query(() => DeploymentConnection, { description: 'Force deployments, by base.' })
  deployments(@Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return listConnection(ctx, Deployment, page, byColumn('base', 'e.base', 'ASC', (d) => d.base));
  }

  @FieldResolver(() => Organization, { description: 'The service or unit that operates the deployed forces.' })
  operator(@Root() deployment: Deployment, @Ctx() ctx: Context) {
    return organizationOf(ctx, deployment.operatorId);
  }

  @FieldResolver(() => Country, { description: 'The country hosting them.' })
  hostCountry(@Root() deployment: Deployment, @Ctx() ctx: Context) {
    return countryOf(ctx, deployment.hostCountryCode);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'Where this is reported.' })
  source(@Root() deployment: Deployment, @Ctx() ctx: Context) {
    return sourceOf(ctx, deployment.sourceId);
  }
}

@Resolver(() => Exercise)
export class ExerciseResolver {
  @Query(() => ExerciseConnection, { description: 'Military exercises, by name.' })
  exercises(@Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return listConnection(ctx, Exercise, page, byColumn('name', 'e.name', 'ASC', (x) => x.name));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Who conducts it.' })
  organization(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return organizationOf(ctx, exercise.organizationId);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'Where this is reported.' })
  source(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return sourceOf(ctx, exercise.sourceId);
  }
}
