// A drill-down, page by page (chi tiết): the cadres whose tasks were concluded in a cycle, following
// `pageInfo.endCursor` until `hasNextPage` is false. `first` (PAGE_SIZE) is at most 100.
//   NVTT_URL=http://localhost:4000 NVTT_TOKEN=nvtt_… PAGE_SIZE=100 node drill-down.mjs 2025
const year = Number(process.argv[2] ?? '2025');
const first = Number(process.env.PAGE_SIZE ?? '100');
const query = `query DrillDown($year: Int!, $first: Int!, $after: String) {
  drillDown(cycleYear: $year, step: CONCLUDED, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { cadre { code fullName } tasks { title concludedOutcome } }
  }
}`;

const cadres = [];
let after = null;
let totalCount;
let pages = 0;
do {
  const response = await fetch(`${process.env.NVTT_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.NVTT_TOKEN}` },
    body: JSON.stringify({ query, variables: { year, first, after } }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${response.status} ${body.errors[0].extensions?.code}: ${body.errors[0].message}`);
  const page = body.data.drillDown;
  totalCount = page.totalCount;
  pages += 1;
  cadres.push(...page.nodes);
  after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
} while (after !== null);

console.log(JSON.stringify({ totalCount, pages, fetched: cadres.length, first: cadres[0] ?? null }, null, 2));
