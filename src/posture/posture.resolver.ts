import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { connectionNodePlan } from '../read/prefetch';
import { DateScalar } from '../common/scalars';
import { today } from '../common/validation';
import { Connection } from '../common/connection';
import type { Context } from '../context';
import { OrderedArgs } from '../common/ordering';
import { Organization } from '../organizations/organization.entity';
import { Country } from '../places/country.entity';
import { Territory } from '../places/territory.entity';
import { Source } from '../sources/source.entity';
import { Statement } from '../statements/statement.entity';
import { Deployment, DeploymentStatus, DeploymentStatusBasis, deploymentStatusOn } from './deployment.entity';
import { Exercise } from './exercise.entity';
import { DeploymentFilter, ExerciseFilter } from './posture.inputs';
import { listDeployments, listExercises } from './posture.service';
import { deploymentOrders, exerciseOrders } from './posture.queries';
import { deploymentRelations, exerciseRelations } from '../read/relations';

export const DeploymentConnection = Connection(Deployment);
export const ExerciseConnection = Connection(Exercise);

@ArgsType()
class DeploymentListArgs extends OrderedArgs(deploymentOrders.values, 'BASE_ASC') {
  @Field(() => DeploymentFilter, { nullable: true, description: 'Narrow the list.' })
  filter?: DeploymentFilter | null;
}

@ArgsType()
class ExerciseListArgs extends OrderedArgs(exerciseOrders.values, 'NAME_ASC') {
  @Field(() => ExerciseFilter, { nullable: true, description: 'Narrow the list.' })
  filter?: ExerciseFilter | null;
}

@Resolver(() => Deployment)
export class DeploymentResolver {
  @Query(() => DeploymentConnection, { description: 'Force deployments (by base by default).' })
  deployments(@Ctx() ctx: Context, @Args() { filter, orderBy, ...page }: DeploymentListArgs, @Info() info: GraphQLResolveInfo) {
    return listDeployments(ctx, page, filter, deploymentOrders.orderings[orderBy], [], connectionNodePlan(ctx, info, Deployment));
  }

  @FieldResolver(() => DeploymentStatus, {
    description:
      'Active, planned or ended on `asOf`: the recorded status, except that a deployment recorded ACTIVE or PLANNED whose expected end month ' +
      'is over by `asOf` reads ENDED (`statusBasis` then says EXPECTED_END_PASSED: inferred from the dates, not reported).',
  })
  status(
    @Root() deployment: Deployment,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day; today (UTC) when omitted.' }) asOf: string | null,
  ) {
    return deploymentStatusOn(deployment, asOf ?? today()).status;
  }

  @FieldResolver(() => DeploymentStatusBasis, {
    description: 'What `status` on `asOf` rests on: the record, or the expected end having passed.',
  })
  statusBasis(
    @Root() deployment: Deployment,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day; today (UTC) when omitted.' }) asOf: string | null,
  ) {
    return deploymentStatusOn(deployment, asOf ?? today()).basis;
  }

  @FieldResolver(() => [Statement], { description: 'Statements that mention the deployment.' })
  statements(@Root() deployment: Deployment, @Ctx() ctx: Context) {
    return deploymentRelations.statements.load(ctx, deployment);
  }

  @FieldResolver(() => [Territory], { description: 'Territories it covers or operates around.' })
  territories(@Root() deployment: Deployment, @Ctx() ctx: Context) {
    return deploymentRelations.territories.load(ctx, deployment);
  }

  @FieldResolver(() => Organization, { description: 'The service or unit that operates the deployed forces.' })
  operator(@Root() deployment: Deployment, @Ctx() ctx: Context) {
    return deploymentRelations.operator.load(ctx, deployment);
  }

  @FieldResolver(() => Country, { description: 'The country hosting them.' })
  hostCountry(@Root() deployment: Deployment, @Ctx() ctx: Context) {
    return deploymentRelations.hostCountry.load(ctx, deployment);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'Where this is reported.' })
  source(@Root() deployment: Deployment, @Ctx() ctx: Context) {
    return deploymentRelations.source.load(ctx, deployment);
  }
}

@Resolver(() => Exercise)
export class ExerciseResolver {
  @Query(() => ExerciseConnection, { description: 'Military exercises (by name by default).' })
  exercises(@Ctx() ctx: Context, @Args() { filter, orderBy, ...page }: ExerciseListArgs, @Info() info: GraphQLResolveInfo) {
    return listExercises(ctx, page, filter, exerciseOrders.orderings[orderBy], [], connectionNodePlan(ctx, info, Exercise));
  }

  @FieldResolver(() => [Statement], { description: 'Statements that mention the exercise.' })
  statements(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return exerciseRelations.statements.load(ctx, exercise);
  }

  @FieldResolver(() => [Territory], { description: 'Territories it is held around.' })
  territories(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return exerciseRelations.territories.load(ctx, exercise);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Who conducts it.' })
  organization(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return exerciseRelations.organization.load(ctx, exercise);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'Where this is reported.' })
  source(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return exerciseRelations.source.load(ctx, exercise);
  }
}
