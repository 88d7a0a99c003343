import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CycleResolver } from '../modules/cycle/cycle.resolver.js';
import { OrgUnitResolver } from '../modules/org-unit/org-unit.resolver.js';
import { NodeResolver } from './node.resolver.js';

export const RESOLVERS = [NodeResolver, OrgUnitResolver, CycleResolver] as const;

/** Builds the executable schema from the resolver classes (TypeGraphQL, code first). */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false });
}
