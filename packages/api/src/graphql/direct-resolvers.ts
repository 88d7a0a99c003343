import type { GraphQLFieldResolver } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { RequestContext } from './context.js';

/**
 * Field resolvers (`@FieldResolver` methods) called directly. For each call TypeGraphQL builds its
 * resolver data, asks its container for the resolver class's instance, maps the parameter
 * metadata to an array and runs the middleware chain (empty here) before calling the method; a
 * drill-down page calls such resolvers thousands of times (global ids, cadre, milestones, opinions,
 * each milestone's status, each opinion's agency). When a method takes only `@Root()` (the whole
 * object, untyped, so TypeGraphQL passes it unchanged) and `@Ctx()` (the whole context), and has
 * no middleware or roles, calling it with those two values is exactly what TypeGraphQL does
 * (docs/performance.md, sixth pass). Anything else keeps TypeGraphQL's resolver. schema.ts still
 * wraps the result with its guard (database faults).
 */

type Class = abstract new (...args: never[]) => unknown;
type Method = (...params: unknown[]) => unknown;

/** `@Root()` typed by reflection as the object itself: TypeGraphQL's convertToType leaves it unchanged. */
function rootIsUntyped(getType: (() => unknown) | undefined): boolean {
  return getType === undefined || getType() === Object;
}

/** For each object type, its field resolvers that may be called directly: field name → resolver. */
export function directFieldResolversOf(): Map<string, Map<string, GraphQLFieldResolver<unknown, RequestContext>>> {
  const storage = getMetadataStorage();
  const typeNames = new Map<Class, string>();
  for (const type of storage.objectTypes) typeNames.set(type.target as Class, type.name);
  const instances = new Map<Class, Record<string, unknown>>();
  const direct = new Map<string, Map<string, GraphQLFieldResolver<unknown, RequestContext>>>();
  for (const resolver of storage.fieldResolvers) {
    if (resolver.kind !== 'external') continue;
    const typeName = typeNames.get(resolver.getObjectType?.() as Class);
    if (typeName === undefined) continue;
    if ((resolver.middlewares?.length ?? 0) > 0 || (resolver.roles?.length ?? 0) > 0) continue;
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    const kinds: Array<'root' | 'context'> = [];
    let plain = params.every((param, position) => param.index === position);
    for (const param of params) {
      if (param.kind === 'root' && param.propertyName === undefined && rootIsUntyped(param.getType)) kinds.push('root');
      else if (param.kind === 'context' && param.propertyName === undefined) kinds.push('context');
      else plain = false;
    }
    const target = resolver.target as Class;
    // Resolver classes are built by TypeGraphQL's default container with no arguments; ours too.
    if (!plain || target.length > 0) continue;
    let instance = instances.get(target);
    if (instance === undefined) {
      instance = Reflect.construct(target, []) as Record<string, unknown>;
      instances.set(target, instance);
    }
    const method = instance[resolver.methodName];
    if (typeof method !== 'function') continue;
    const call = (method as Method).bind(instance);
    const fields = direct.get(typeName) ?? new Map<string, GraphQLFieldResolver<unknown, RequestContext>>();
    fields.set(resolver.schemaName, callWith(call, kinds));
    direct.set(typeName, fields);
  }
  return direct;
}

function callWith(
  call: Method,
  kinds: ReadonlyArray<'root' | 'context'>,
): GraphQLFieldResolver<unknown, RequestContext> {
  const [first, second] = kinds;
  if (kinds.length === 0) return () => call();
  if (kinds.length === 1)
    return first === 'root' ? (source) => call(source) : (_source, _args, context) => call(context);
  if (kinds.length === 2 && first === 'root' && second === 'context')
    return (source, _args, context) => call(source, context);
  return (source, _args, context) => call(...kinds.map((kind) => (kind === 'root' ? source : context)));
}
