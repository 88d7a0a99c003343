#!/bin/sh
# Who is late at this stage (ai đang chậm): the stage funnel's backlog for a cycle, each step with
# who must act, how many tasks wait and how many are past the deadline.
#   NVTT_URL=http://localhost:4000 NVTT_TOKEN=nvtt_… YEAR=2026 sh late-at-stage.sh
set -eu
query='query LateAtStage($year: Int!) { stageFunnel(cycleYear: $year) { total backlog { stage state actor agency { name } deadline waiting overdue } } }'
curl --silent --show-error --fail-with-body "$NVTT_URL/graphql" \
  --header 'content-type: application/json' \
  --header "authorization: Bearer $NVTT_TOKEN" \
  --data "{\"query\": \"$query\", \"variables\": {\"year\": ${YEAR:-2026}}}"
