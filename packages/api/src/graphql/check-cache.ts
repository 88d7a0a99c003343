import {
  Kind,
  visit,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { documentTextViolation, variablesTextViolation } from './input-text.js';
import { measureOperation, type OperationMeasure } from './limits.js';

/**
 * The checks of the hardening plugin, remembered per parsed document. Apollo Server keeps each
 * validated document (by the hash of its text) and hands the same DocumentNode to every request
 * sending that text, so what depends on the document alone is computed once: the text of its
 * string literals, and its measure for each combination of the variables it reads as `first`
 * (the only variables a measure depends on). Variables' own text is still checked every time.
 * The results are exactly those of the uncached checks (test/check-cache.test.ts).
 */

/** At most this many variable combinations are kept per operation (then the memo starts over). */
const MAX_MEASURES_PER_OPERATION = 64;

interface OperationMemo {
  /** Names of the variables used as a `first` argument anywhere in the document. */
  readonly pageVariables: readonly string[];
  readonly measures: Map<string, OperationMeasure>;
}

const textOfDocuments = new WeakMap<DocumentNode, GraphQLError | null>();
const memos = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, OperationMemo>>();

function pageVariablesOf(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names].sort();
}

/** inputTextViolation, with the document's part computed once per document. */
export function cachedTextViolation(document: DocumentNode, variables: unknown): GraphQLError | null {
  const fromVariables = variablesTextViolation(variables);
  if (fromVariables) return fromVariables;
  let fromDocument = textOfDocuments.get(document);
  if (fromDocument === undefined) {
    fromDocument = documentTextViolation(document);
    textOfDocuments.set(document, fromDocument);
  }
  return fromDocument;
}

/** measureOperation, computed once per operation and values of its page-size variables. */
export function cachedMeasure(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): OperationMeasure {
  let bySchema = memos.get(schema);
  if (!bySchema) {
    bySchema = new WeakMap();
    memos.set(schema, bySchema);
  }
  let memo = bySchema.get(operation);
  if (!memo) {
    memo = { pageVariables: pageVariablesOf(document), measures: new Map() };
    bySchema.set(operation, memo);
  }
  const key = JSON.stringify(memo.pageVariables.map((name) => variables[name] ?? null));
  const known = memo.measures.get(key);
  if (known) return known;
  const measure = measureOperation(schema, document, operation, variables);
  if (memo.measures.size >= MAX_MEASURES_PER_OPERATION) memo.measures.clear();
  memo.measures.set(key, measure);
  return measure;
}
