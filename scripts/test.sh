#!/usr/bin/env bash
# The full test run: builds, starts the test Neo4j (scripts/neo4j-test-server.sh), makes sure the browser
# for the HTML tests is there, runs every test project, and ends with one line "N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

results="$(mktemp -d)"
cleanup() {
  "$root/scripts/neo4j-test-server.sh" stop >/dev/null 2>&1 || true
  rm -rf "$results"
}
trap cleanup EXIT

"$root/scripts/setup-browser.sh" || echo "browser setup failed: the browser tests will fail" >&2
node "$root/scripts/cypher-lint.mjs" --install || echo "Cypher linter install failed: the lint test will fail" >&2

# Starts the server and prints KEY=VALUE lines (KG_TEST_NEO4J_URL, _USER, _PASSWORD) for the tests.
if env_lines="$("$root/scripts/neo4j-test-server.sh" start)"; then
  while IFS= read -r line; do
    [[ "$line" == KG_TEST_* ]] && export "${line?}"
  done <<<"$env_lines"
else
  echo "the test Neo4j did not start: the integration tests will fail" >&2
fi

dotnet build KnowledgeGraph.sln -c Release -warnaserror
build=$?
dotnet test KnowledgeGraph.sln -c Release --no-build --logger "trx" --results-directory "$results" "$@"
code=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$build" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "${passed} passed, ${failed} failed"
if [ "$code" -ne 0 ] || [ "$build" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
