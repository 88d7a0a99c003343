import {
  GraphQLError,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './relay.js';

/**
 * What one operation may ask for, checked before anything runs. The numbers leave room for the
 * dashboard's heaviest page (a test measures every operation the web app sends against them).
 */
export const OPERATION_LIMITS = {
  /** Lexical tokens in the document (graphql-js stops parsing beyond this). */
  maxTokens: 5_000,
  /** Nesting of selections, fragments expanded. */
  maxDepth: 12,
  /** Aliased fields, counted as executed (a fragment spread twice counts twice). */
  maxAliases: 50,
  /** Directives, counted as executed. */
  maxDirectives: 50,
  /** Fields the answer may hold at most: each field counts 1, times the page sizes above it. */
  maxCost: 50_000,
  /** Size assumed for a plain list (small bounded children: milestones, opinions, outputs). */
  assumedListSize: 5,
} as const;

/** Plain lists known to be long, with the size to assume (rows of a comparison: one per locality). */
const LIST_SIZE_HINTS: Readonly<Record<string, number>> = {
  'Query.comparison': 100,
  'Query.localitiesWithoutArea': 70,
  'Query.accounts': 100,
};

/** Stable codes of requests refused before execution (see docs/hardening.md). */
export const LimitCode = {
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
} as const;

export interface OperationMeasure {
  readonly depth: number;
  readonly aliases: number;
  readonly directives: number;
  readonly cost: number;
  /** Whether the operation reads the schema (`__schema`, `__type`). */
  readonly introspection: boolean;
  /** `first` arguments outside 0..MAX_PAGE_SIZE, with their value. */
  readonly badPageSizes: readonly number[];
}

interface Tally {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
  introspection: boolean;
}

const EMPTY: Tally = { depth: 0, aliases: 0, directives: 0, cost: 0, introspection: false };

/** Caps additions so a fragment bomb cannot overflow to Infinity before it is refused. */
const CEILING = 1e12;
const add = (a: number, b: number) => Math.min(CEILING, a + b);
const times = (a: number, b: number) => Math.min(CEILING, a * b);

function intValue(node: ValueNode, variables: Readonly<Record<string, unknown>>): number | null {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
  return null;
}

function isConnectionField(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((arg) => arg.name === 'first') && getNamedType(field.type).name.endsWith('Connection');
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * Measures an operation with its fragments expanded. Each fragment is measured once and reused
 * (memoised), so nested fragment spreads ("fragment bombs") cost linear time to measure while
 * their expanded size is what gets counted.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, Tally>();
  const inProgress = new Set<string>();
  const badPageSizes: number[] = [];

  /** `page`: the page size of the connection whose fields these are (its `nodes`, `edges` repeat). */
  function fieldTally(node: FieldNode, parentTypeName: string, page: number | null): Tally {
    const parent = schema.getType(parentTypeName);
    const definition =
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    const introspection = node.name.value === '__schema' || node.name.value === '__type';
    let first: number | null = null;
    for (const argument of node.arguments ?? []) {
      if (argument.name.value !== 'first') continue;
      first = intValue(argument.value, variables);
      if (first !== null && (first < 0 || first > MAX_PAGE_SIZE)) badPageSizes.push(first);
    }
    const pageSize = first === null ? null : Math.max(0, Math.min(first, MAX_PAGE_SIZE));
    let multiplier = 1;
    let childPage: number | null = null;
    if (page !== null && (node.name.value === 'nodes' || node.name.value === 'edges')) multiplier = page;
    else if (definition && isConnectionField(definition)) childPage = pageSize ?? DEFAULT_PAGE_SIZE;
    else if (pageSize !== null) multiplier = pageSize;
    else if (definition && isList(definition.type)) {
      multiplier = LIST_SIZE_HINTS[`${parentTypeName}.${node.name.value}`] ?? OPERATION_LIMITS.assumedListSize;
    }
    const childType = definition ? getNamedType(definition.type).name : parentTypeName;
    const children = node.selectionSet ? selectionTally(node.selectionSet, childType, childPage) : EMPTY;
    if (introspection) {
      // The schema's own description is bounded by the schema (and only some may read it): its
      // nesting (ofType { ofType … }) and size do not count against the data limits.
      return { ...children, depth: 1, cost: 1, introspection: true };
    }
    // A list multiplies what sits under it: a connection's `nodes`/`edges` by its page size (its
    // totalCount and pageInfo count once), a plain list by the size assumed for small children.
    return {
      depth: children.depth + 1,
      aliases: add(node.alias ? 1 : 0, children.aliases),
      directives: add(node.directives?.length ?? 0, children.directives),
      cost: add(1, times(multiplier, children.cost)),
      introspection: introspection || children.introspection,
    };
  }

  function fragmentTally(name: string, page: number | null): Tally {
    const key = `${name}@${page ?? ''}`;
    const known = measured.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    // Unknown or cyclic fragments are refused by validation; count nothing here.
    if (!fragment || inProgress.has(key)) return EMPTY;
    inProgress.add(key);
    const tally = selectionTally(fragment.selectionSet, fragment.typeCondition.name.value, page);
    inProgress.delete(key);
    const withDirectives = { ...tally, directives: add(tally.directives, fragment.directives?.length ?? 0) };
    measured.set(key, withDirectives);
    return withDirectives;
  }

  function selectionTally(selectionSet: SelectionSetNode, typeName: string, page: number | null): Tally {
    const total: Tally = { ...EMPTY };
    for (const selection of selectionSet.selections) {
      let part: Tally;
      switch (selection.kind) {
        case Kind.FIELD:
          part = fieldTally(selection, typeName, page);
          break;
        case Kind.INLINE_FRAGMENT: {
          const inner = selectionTally(selection.selectionSet, selection.typeCondition?.name.value ?? typeName, page);
          part = { ...inner, directives: add(inner.directives, selection.directives?.length ?? 0) };
          break;
        }
        case Kind.FRAGMENT_SPREAD: {
          const inner = fragmentTally(selection.name.value, page);
          part = { ...inner, directives: add(inner.directives, selection.directives?.length ?? 0) };
          break;
        }
        default: {
          const unreachable: never = selection;
          throw new Error(`Unknown selection ${String(unreachable)}`);
        }
      }
      total.depth = Math.max(total.depth, part.depth);
      total.aliases = add(total.aliases, part.aliases);
      total.directives = add(total.directives, part.directives);
      total.cost = add(total.cost, part.cost);
      total.introspection ||= part.introspection;
    }
    return total;
  }

  const rootType =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  const tally = selectionTally(operation.selectionSet, rootType?.name ?? 'Query', null);
  return {
    ...tally,
    directives: add(tally.directives, operation.directives?.length ?? 0),
    badPageSizes,
  };
}

function refusal(code: string, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra, http: { status: 400 } } });
}

/** The first limit an operation breaks, as the error to answer with; null when it is within all. */
export function limitViolation(measure: OperationMeasure): GraphQLError | null {
  const L = OPERATION_LIMITS;
  const [badFirst] = measure.badPageSizes;
  if (badFirst !== undefined) {
    return refusal(
      'BAD_USER_INPUT',
      `"first" phải từ 0 đến ${MAX_PAGE_SIZE}. ("first" must be between 0 and ${MAX_PAGE_SIZE}.)`,
      { field: 'first', limit: MAX_PAGE_SIZE },
    );
  }
  if (measure.depth > L.maxDepth) {
    return refusal(
      LimitCode.QUERY_TOO_DEEP,
      `Truy vấn lồng quá sâu (tối đa ${L.maxDepth} cấp). (Query too deep: at most ${L.maxDepth} levels.)`,
      { limit: L.maxDepth },
    );
  }
  if (measure.aliases > L.maxAliases) {
    return refusal(
      LimitCode.TOO_MANY_ALIASES,
      `Quá nhiều bí danh (tối đa ${L.maxAliases}). (Too many aliases: at most ${L.maxAliases}.)`,
      { limit: L.maxAliases },
    );
  }
  if (measure.directives > L.maxDirectives) {
    return refusal(
      LimitCode.TOO_MANY_DIRECTIVES,
      `Quá nhiều chỉ thị (tối đa ${L.maxDirectives}). (Too many directives: at most ${L.maxDirectives}.)`,
      { limit: L.maxDirectives },
    );
  }
  if (measure.cost > L.maxCost) {
    return refusal(
      LimitCode.QUERY_TOO_COMPLEX,
      `Truy vấn đòi quá nhiều dữ liệu (chi phí ${measure.cost}, tối đa ${L.maxCost}); hãy giảm "first" hoặc số trường. ` +
        `(Query too costly: ${measure.cost}, at most ${L.maxCost}; lower "first" or ask for fewer fields.)`,
      { limit: L.maxCost, cost: measure.cost },
    );
  }
  return null;
}
