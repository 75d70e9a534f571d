#!/usr/bin/env bash
# Runs every check of the project, in order, and ends with one line `N passed, N failed`
# (vitest + Playwright test counts; a step that fails without test counts, such as the
# typecheck or the build, adds 1 to the failed count so the line never reads "0 failed" on a failure).
#   1. npm run typecheck        4. npm run build
#   2. npx vitest run           5. bash scripts/ensure-chromium.sh
#   3. npm run data:check       6. npx playwright test   (against the production build)
# Exits non-zero when anything failed.
set -euo pipefail

cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

declare -a STEP_NAMES=() STEP_RESULTS=() STEP_TIMES=()
unit_passed=0 unit_failed=0 unit_skipped=0
e2e_passed=0 e2e_failed=0 e2e_skipped=0 e2e_flaky=0
step_failures=0

banner() { printf '\n==> %s\n' "$*"; }

# record NAME RESULT SECONDS
record() { STEP_NAMES+=("$1"); STEP_RESULTS+=("$2"); STEP_TIMES+=("$3"); }

# run_step NAME CMD... — runs a step without test counts; a failure counts as one failure.
run_step() {
  local name=$1; shift
  banner "$name"
  local start=$SECONDS
  if "$@"; then
    record "$name" ok $((SECONDS - start))
    return 0
  else
    local rc=$?
    record "$name" "FAILED (exit $rc)" $((SECONDS - start))
    step_failures=$((step_failures + 1))
    return 1
  fi
}

# json_counts FILE KIND — prints "passed failed skipped flaky" from a vitest or Playwright JSON report.
json_counts() {
  node -e '
    const fs = require("fs");
    const [file, kind] = process.argv.slice(1);
    let r;
    try { r = JSON.parse(fs.readFileSync(file, "utf8")); } catch { process.exit(1); }
    if (kind === "vitest") {
      const n = (k) => Number(r[k] ?? 0);
      console.log([n("numPassedTests"), n("numFailedTests"), n("numPendingTests") + n("numTodoTests"), 0].join(" "));
    } else {
      const s = r.stats ?? {};
      const n = (k) => Number(s[k] ?? 0);
      // "flaky" passed on a retry; count it as passed but report it.
      console.log([n("expected") + n("flaky"), n("unexpected"), n("skipped"), n("flaky")].join(" "));
    }
  ' "$1" "$2"
}

# 1. typecheck
run_step "typecheck (npm run typecheck)" npm run --silent typecheck || true

# 2. unit and component tests
banner "unit tests (npx vitest run)"
start=$SECONDS
vitest_json="$tmp/vitest.json"
vitest_rc=0
npx vitest run --exclude 'tests/e2e/**' \
  --reporter=default --reporter=json --outputFile.json="$vitest_json" || vitest_rc=$?
if [ -s "$vitest_json" ] && counts=$(json_counts "$vitest_json" vitest); then
  read -r unit_passed unit_failed unit_skipped _ <<<"$counts"
fi
if [ "$vitest_rc" -ne 0 ] && [ "$unit_failed" -eq 0 ]; then
  # vitest failed without a failing test (no tests found, config or collection error).
  unit_failed=1
fi
if [ "$vitest_rc" -eq 0 ]; then res=ok; else res="FAILED (exit $vitest_rc)"; fi
record "unit tests: $unit_passed passed, $unit_failed failed, $unit_skipped skipped" "$res" $((SECONDS - start))

# 3. dataset check
run_step "dataset check (npm run data:check)" npm run --silent data:check || true

# 4. production build
build_ok=1
run_step "build (npm run build)" npm run --silent build || build_ok=0

# 5. Chromium
chromium_ok=1
run_step "chromium (scripts/ensure-chromium.sh)" bash scripts/ensure-chromium.sh || chromium_ok=0

# 6. browser tests against the production build
if [ "$build_ok" -eq 1 ] && [ "$chromium_ok" -eq 1 ]; then
  banner "browser tests (npx playwright test)"
  # The preview runs on 4173; if something else (a stale preview, another checkout) holds that
  # port, serve this build on a free port instead of testing whatever is there.
  if [ -z "${E2E_PORT:-}" ]; then
    port=$(node -e '
      const net = require("net");
      const probe = (p) => new Promise((ok) => { const s = net.createServer().once("error", () => ok(false)).listen(p, "127.0.0.1", () => s.close(() => ok(true))); });
      (async () => {
        if (await probe(4173)) return console.log(4173);
        const s = net.createServer().listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => console.log(p)); });
      })();
    ')
    if [ "$port" != 4173 ]; then
      echo "port 4173 is in use: serving this build on 127.0.0.1:$port for the browser tests"
      export E2E_PORT=$port
    fi
  fi
  start=$SECONDS
  pw_json="$tmp/playwright.json"
  pw_rc=0
  PLAYWRIGHT_JSON_OUTPUT_FILE="$pw_json" npx playwright test --reporter=list,json || pw_rc=$?
  if [ -s "$pw_json" ] && counts=$(json_counts "$pw_json" playwright); then
    read -r e2e_passed e2e_failed e2e_skipped e2e_flaky <<<"$counts"
  fi
  if [ "$pw_rc" -ne 0 ] && [ "$e2e_failed" -eq 0 ]; then
    # Playwright failed without a failing test (web server did not start, config error, no tests).
    e2e_failed=1
  fi
  if [ "$pw_rc" -eq 0 ]; then res=ok; else res="FAILED (exit $pw_rc)"; fi
  extra=""
  [ "$e2e_flaky" -gt 0 ] && extra=", $e2e_flaky flaky"
  record "browser tests: $e2e_passed passed, $e2e_failed failed, $e2e_skipped skipped$extra" "$res" $((SECONDS - start))
else
  banner "browser tests skipped: the build or Chromium is missing"
  record "browser tests (not run)" "FAILED (build or chromium missing)" 0
  step_failures=$((step_failures + 1))
fi

passed=$((unit_passed + e2e_passed))
failed=$((unit_failed + e2e_failed + step_failures))
skipped=$((unit_skipped + e2e_skipped))

printf '\n==> Summary\n'
for i in "${!STEP_NAMES[@]}"; do
  printf '  %-58s %-36s %5ss\n' "${STEP_NAMES[$i]}" "${STEP_RESULTS[$i]}" "${STEP_TIMES[$i]}"
done
if [ "$step_failures" -gt 0 ]; then
  printf '  (the failed count includes %d failed step(s) without test counts)\n' "$step_failures"
fi
echo
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi

[ "$failed" -eq 0 ]
