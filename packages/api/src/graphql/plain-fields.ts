import type { GraphQLFieldResolver } from 'graphql';
import { getMetadataStorage, type ResolverData } from 'type-graphql';
import type { RequestContext } from './context.js';
import { translateDatabaseFaults } from './faults.js';

/**
 * Plain fields — a property of the object, declared with `@Field` and no field resolver,
 * arguments, middleware or roles — answered by reading the property. TypeGraphQL gives each such
 * field a resolver that builds its resolver data and runs the (empty) middleware chain; then
 * schema.ts's guard wraps it again. A comparison matrix reads about 5,000 of these per request,
 * a drill-down page about 8,000, so the two layers were a measurable part of their time over the
 * bare-SQL floor (docs/performance.md, fifth pass). Reading the property is exactly what
 * TypeGraphQL's resolver does with no middleware; a property holding a promise still has its
 * rejection translated as the guard does. Root fields are never plain here: they keep the
 * sign-in check.
 */

type Class = abstract new (...args: never[]) => unknown;

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/** The class, its superclasses and the interfaces they implement (with theirs). */
function hierarchyOf(target: Class, interfacesOf: (target: Class) => readonly Class[]): Set<Class> {
  const found = new Set<Class>();
  const pending: Class[] = [target];
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (found.has(current)) continue;
    found.add(current);
    const parent = Object.getPrototypeOf(current) as Class | null;
    if (parent && parent.prototype !== undefined) pending.push(parent);
    pending.push(...interfacesOf(current));
  }
  return found;
}

/**
 * For each object type, its plain fields: GraphQL field name → the property read. A field is left
 * out (keeps its TypeGraphQL resolver) whenever anything about it is not plain or not certain.
 */
export function plainFieldsOf(): Map<string, Map<string, string>> {
  const storage = getMetadataStorage();
  const interfaces = new Map<Class, readonly Class[]>();
  for (const type of storage.objectTypes)
    interfaces.set(type.target as Class, (type.interfaceClasses ?? []) as Class[]);
  for (const type of storage.interfaceTypes)
    interfaces.set(type.target as Class, (type.interfaceClasses ?? []) as Class[]);
  const interfacesOf = (target: Class) => interfaces.get(target) ?? [];

  const plain = new Map<string, Map<string, string>>();
  for (const type of storage.objectTypes) {
    const hierarchy = hierarchyOf(type.target as Class, interfacesOf);
    const resolved = new Set(
      storage.fieldResolvers
        .filter((resolver) => {
          const objectType = resolver.getObjectType?.();
          return objectType === undefined || hierarchy.has(objectType as Class);
        })
        .map((resolver) => resolver.schemaName),
    );
    const byName = new Map<string, Set<string>>();
    const refused = new Set<string>();
    for (const field of storage.fields) {
      if (!hierarchy.has(field.target as Class)) continue;
      const special =
        (field.params?.length ?? 0) > 0 || (field.middlewares?.length ?? 0) > 0 || (field.roles?.length ?? 0) > 0;
      if (special || resolved.has(field.schemaName)) refused.add(field.schemaName);
      const names = byName.get(field.schemaName) ?? new Set<string>();
      names.add(field.name);
      byName.set(field.schemaName, names);
    }
    const fields = new Map<string, string>();
    for (const [schemaName, names] of byName) {
      if (refused.has(schemaName) || names.size !== 1) continue;
      fields.set(schemaName, [...names][0]!);
    }
    plain.set(type.name, fields);
  }
  return plain;
}

/** The resolver of a plain field: the property, with a promise's rejection translated. */
export function propertyResolver(property: string): GraphQLFieldResolver<unknown, RequestContext> {
  return (source, args, context, info) => {
    const value = (source as Record<string, unknown>)[property];
    // Scalars first: asking a number or a string for `then` looks through its prototype.
    if (typeof value !== 'object' || value === null || !isPromiseLike(value)) return value;
    const data: ResolverData<RequestContext> = { root: source, args, context, info };
    return Promise.resolve(value).catch((error: unknown) => translateDatabaseFaults(data, () => Promise.reject(error)));
  };
}
