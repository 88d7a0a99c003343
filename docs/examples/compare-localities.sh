#!/bin/sh
# Compare localities for a year (so sánh địa phương): tasks, completion and lateness per
# commune-level locality. Needs a token with the AGGREGATES or DOSSIERS scope.
#   NVTT_URL=http://localhost:4000 NVTT_TOKEN=nvtt_… YEAR=2025 sh compare-localities.sh
set -eu
query='query CompareLocalities($year: Int!) { comparison(dimension: LOCALITY, cycleYears: [$year]) { code label cadres tasks completed completionRate late } }'
curl --silent --show-error --fail-with-body "$NVTT_URL/graphql" \
  --header 'content-type: application/json' \
  --header "authorization: Bearer $NVTT_TOKEN" \
  --data "{\"query\": \"$query\", \"variables\": {\"year\": ${YEAR:-2025}}}"
