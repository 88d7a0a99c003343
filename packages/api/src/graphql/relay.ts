import { Field, ID, Int, InterfaceType, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from './errors.js';

type EntityClass = abstract new (...args: never[]) => object;

/** Entity class → GraphQL type name, for every type that implements Node. */
const nodeTypeNames = new Map<EntityClass, string>();

export function registerNodeEntity(entity: EntityClass, typeName: string): void {
  nodeTypeNames.set(entity, typeName);
}

export function nodeTypeNameOf(value: object): string | undefined {
  return nodeTypeNames.get(value.constructor as EntityClass);
}

/** Relay's object identification: every major type has an opaque, globally unique id. */
@InterfaceType('Node', {
  description: 'An object with a globally unique, opaque id; fetch any such object with `node(id)`.',
  resolveType: (value: object) => nodeTypeNameOf(value),
})
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique, opaque id.' })
  id: string;
}

export interface GlobalId {
  readonly type: string;
  readonly id: number;
}

export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** Decodes a global id; returns null for anything malformed so callers answer "not found". */
export function fromGlobalId(globalId: string): GlobalId | null {
  if (globalId.length > 200) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(decoded);
  if (!match) return null;
  const id = Number(match[2]);
  return Number.isSafeInteger(id) && id <= 2_147_483_647 ? { type: match[1]!, id } : null;
}

/** Decodes a global id that must be of `type`; null when it is not. */
export function idOfType(globalId: string, type: string): number | null {
  const decoded = fromGlobalId(globalId);
  return decoded?.type === type ? decoded.id : null;
}

@ObjectType({ description: 'Where a page of a connection sits in the whole list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more objects follow this page.' })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: 'Always false: connections page forward only.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page.' })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge; pass it as `after` for the next page.',
  })
  endCursor: string | null;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** A forward page request after validation: how many rows, after which keyset position. */
export interface PageRequest<Key> {
  readonly first: number;
  readonly after: Key | null;
}

/** Validates `first`/`after`; the cursor is opaque to clients and decoded by `decodeKey`. */
export function pageRequest<Key>(
  first: number | null | undefined,
  after: string | null | undefined,
  decodeKey: (raw: unknown) => Key | null,
): PageRequest<Key> {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badUserInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  if (after === null || after === undefined) return { first: size, after: null };
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    raw = undefined;
  }
  const key = decodeKey(raw);
  if (key === null) throw badUserInput('"after" is not a cursor this list gave out.', 'after');
  return { first: size, after: key };
}

export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** What a connection resolver returns; `totalCount` is computed only when a client asks for it. */
export interface ConnectionResult<T> {
  readonly edges: ReadonlyArray<{ cursor: string; node: T }>;
  readonly nodes: readonly T[];
  readonly pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/**
 * Builds a connection from rows fetched with one extra row (`first + 1`), which tells whether a
 * next page exists without a second query.
 */
export function toConnection<T>(
  rows: readonly T[],
  page: PageRequest<unknown>,
  cursorKey: (row: T) => unknown,
  count: () => Promise<number>,
): ConnectionResult<T> {
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(cursorKey(node)), node }));
  let counted: Promise<number> | null = null;
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      counted ??= count();
      return counted;
    },
  };
}

/** Declares `<Name>Connection` and `<Name>Edge` GraphQL types for a node type. */
export function connectionTypes<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `An edge to one ${name}.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor; pass it as `after` to continue.' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} objects (Relay connection).` })
  class Connection {
    @Field(() => [Edge], { description: 'The objects of this page with their cursors.' })
    edges: Edge[];

    @Field(() => [nodeType], { description: 'The nodes of `edges`, for clients that need no cursors.' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many objects the whole list (all pages) holds.' })
    totalCount: number;
  }

  return { Edge, Connection };
}
