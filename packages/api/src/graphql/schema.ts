import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CadreResolver } from '../modules/cadre/cadre.resolver.js';
import { CycleResolver } from '../modules/cycle/cycle.resolver.js';
import { DecisionMutations } from '../modules/decision/decision.mutations.js';
import { EvidenceMutations } from '../modules/evidence/evidence.mutations.js';
import { KeyTaskMutations } from '../modules/key-task/key-task.mutations.js';
import {
  AppraisalFieldsResolver,
  ChangeRequestFieldsResolver,
  KeyTaskResolver,
  MilestoneFieldsResolver,
  OpinionFieldsResolver,
  PositionFieldsResolver,
} from '../modules/key-task/key-task.resolver.js';
import { OrgUnitResolver } from '../modules/org-unit/org-unit.resolver.js';
import { NodeResolver } from './node.resolver.js';

export const RESOLVERS = [
  NodeResolver,
  OrgUnitResolver,
  CycleResolver,
  CadreResolver,
  KeyTaskResolver,
  MilestoneFieldsResolver,
  OpinionFieldsResolver,
  AppraisalFieldsResolver,
  PositionFieldsResolver,
  ChangeRequestFieldsResolver,
  KeyTaskMutations,
  DecisionMutations,
  EvidenceMutations,
] as const;

/** Builds the executable schema from the resolver classes (TypeGraphQL, code first). */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false });
}
