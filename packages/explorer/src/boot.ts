import { buildSchema, type GraphQLSchema } from 'graphql';
import { postOperation } from './fetcher';

export interface Boot {
  /** Built from the committed SDL at /schema.graphql: docs and autocomplete without introspection. */
  readonly schema: GraphQLSchema;
  readonly viewerName: string | null;
  /** The latest closed cycle (complete figures) and the latest cycle (work in progress). */
  readonly closedYear: number;
  readonly currentYear: number;
  /** A cadre the viewer may read, to prefill the dossier example. */
  readonly sampleCadreId: string | null;
}

interface BootData {
  readonly viewer: { readonly displayName: string } | null;
}

interface SignedInData {
  readonly cycles: ReadonlyArray<{ readonly year: number; readonly phase: string }>;
  readonly cadres: { readonly nodes: ReadonlyArray<{ readonly id: string }> };
}

const VIEWER = 'query ExplorerViewer { viewer { displayName } }';
const SIGNED_IN = 'query ExplorerDefaults { cycles { year phase } cadres(first: 1) { nodes { id } } }';

/** The year in Khánh Hòa today (cycles are calendar years in Asia/Ho_Chi_Minh). */
function localYear(): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()));
}

export async function loadBoot(): Promise<Boot> {
  const response = await fetch('/schema.graphql', { credentials: 'omit' });
  if (!response.ok) throw new Error(`/schema.graphql: HTTP ${response.status}`);
  const schema = buildSchema(await response.text());
  const viewer = (await postOperation({ query: VIEWER }, '')).data as BootData | undefined;
  const viewerName = viewer?.viewer?.displayName ?? null;
  let closedYear = localYear() - 1;
  let currentYear = localYear();
  let sampleCadreId: string | null = null;
  if (viewerName !== null) {
    const defaults = (await postOperation({ query: SIGNED_IN }, '')).data as SignedInData | undefined;
    const years = (defaults?.cycles ?? []).map((cycle) => cycle.year);
    const closed = (defaults?.cycles ?? []).filter((cycle) => cycle.phase === 'CLOSED').map((cycle) => cycle.year);
    if (years.length > 0) currentYear = Math.max(...years);
    if (closed.length > 0) closedYear = Math.max(...closed);
    sampleCadreId = defaults?.cadres.nodes[0]?.id ?? null;
  }
  return { schema, viewerName, closedYear, currentYear, sampleCadreId };
}
