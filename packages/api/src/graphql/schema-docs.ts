import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  isIntrospectionType,
  type GraphQLSchema,
} from 'graphql';

/** The root types' descriptions (TypeGraphQL gives no way to describe them). */
const ROOT_DESCRIPTIONS = {
  query:
    'Reads: key tasks (nhiệm vụ trọng tâm), cadres, units, cycles, dossiers and analytics, within the caller’s scope. Everything but `viewer` needs a session or an API token.',
  mutation:
    'Writes: each use case in one transaction with its audit record; refusals come back as `userErrors` on the payload, nothing changed.',
} as const;

export function describeRootTypes(schema: GraphQLSchema): void {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = ROOT_DESCRIPTIONS.query;
  if (mutation) mutation.description = ROOT_DESCRIPTIONS.mutation;
}

/**
 * Every element of the schema a reader of the docs meets without a description: types, fields,
 * arguments, input fields and enum values (built-in scalars and introspection types excepted).
 */
export function undocumentedSchemaElements(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => (text ?? '').trim() === '';
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  return missing;
}
