// A cadre's dossier for a year (hồ sơ cán bộ): find the cadre by name or code, then read the
// dossier. Needs a token with the DOSSIERS scope.
//   NVTT_URL=http://localhost:4000 NVTT_TOKEN=nvtt_… node cadre-dossier.mjs "Nguyễn" 2025
const [search = '', year = '2025'] = process.argv.slice(2);

async function graphql(query, variables) {
  const response = await fetch(`${process.env.NVTT_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.NVTT_TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${response.status} ${body.errors[0].extensions?.code}: ${body.errors[0].message}`);
  return body.data;
}

const found = await graphql(
  'query FindCadre($search: String) { cadres(search: $search, first: 1) { nodes { id code fullName } } }',
  { search },
);
const cadre = found.cadres.nodes[0];
if (!cadre) throw new Error(`No cadre matches "${search}"`);

const { cadreDossier } = await graphql(
  `
    query CadreDossier($cadre: ID!, $year: Int!) {
      cadreDossier(cadre: $cadre, cycleYear: $year) {
        asOf
        measures {
          assessableTasks
          completedTasks
          completionRate
          lateTasks
        }
        rating {
          level
          decidedOn
        }
        tasks {
          title
          state
          concludedOutcome
        }
      }
    }
  `,
  { cadre: cadre.id, year: Number(year) },
);
console.log(JSON.stringify({ cadre, dossier: cadreDossier }, null, 2));
