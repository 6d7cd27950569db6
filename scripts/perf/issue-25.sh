#!/usr/bin/env bash
# Usage: scripts/perf/issue-25.sh [shared folder]   (PERF_DIR, PERF_110K=0 to skip the 110k builds)
# Every row of issue #25's table in one run, one after the other, so that the ratios come from the same machine
# state; then the table itself, each row with its target. Leave the machine idle: about 20 minutes on the 2-core
# machine (the three 110k builds take most of it; PERF_110K=0 leaves them out).
#
# Rows, and the step each comes from (every step's own output is printed first, under a heading with the load):
#   cold generation / YamlDotNet, one-record edit / cold   benchmark `quick 10000` (pairs of floor and cold runs)
#   keystroke / floor                                      benchmark `keystroke 10000 9`
#   rebuild after a record change, 10k / 1                 `E2E_REBUILD=1 e2e-build.sh 1 10000`
#   ProjectReference inner loop, 10k / 1                   `inner-loop.sh 10000` (library-lean: docs/scaling.md)
#   110k build / floor, and its peak memory                `e2e-build.sh 110000` with PfocrGen, the floor generator
#                                                          (tests/PfocrGen.FloorGenerator) and no generator
#   Figures.Enrich / R                                     benchmark `enrich` and scripts/perf/enrich-vs-r.R (needs R:
#                                                          apt-get install r-base-core; the row says so without it)
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=$(cd "${1:-../shared}" && pwd)
work=${PERF_DIR:-$(mktemp -d /tmp/pfocr-issue25.XXXXXX)}
mkdir -p "$work"
mouse="$shared/pfocr-release/pfocr-20250701-gmt-Mus_musculus.gmt"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { echo; echo "## $1 (load: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%H:%M:%S))"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
# The wall seconds, or the peak MB, of the row for N records in an e2e-build.sh table.
e2e_cell() { awk -F'|' -v n="$2" -v col="$3" '$2 + 0 == n && $2 ~ /[0-9]/ {gsub(/ /, "", $col); print $col}' "$1"; }

dotnet build -c Release tests/PfocrGen.Benchmarks -v:q -nologo >/dev/null
bench() { dotnet run -c Release --no-build --project tests/PfocrGen.Benchmarks -- "$@"; }

step "cold generation / YamlDotNet floor, one-record edit / cold, 10,000 records"
bench quick 10000 | tee "$work/quick.txt"

step "a keystroke in the app's C#, warm driver, 10,000 records, against a generator that only reads every file"
bench keystroke 10000 9 | tee "$work/keystroke.txt"

step "clean build and rebuild after a record change, 1 and 10,000 records"
E2E_DIR="$work/rebuild" E2E_REBUILD=1 scripts/perf/e2e-build.sh 1 10000 | tee "$work/rebuild.txt"

step "inner loop: a C#-only change in an app with 10,000 records against 1"
INNER_RUNS=3 INNER_DIR="$work/inner" scripts/perf/inner-loop.sh 10000 | tee "$work/inner.txt"

if [ "${PERF_110K:-1}" != 0 ]; then
  for generator in pfocrgen floor none; do
    step "110,000 records, dotnet build, generator: $generator"
    E2E_DIR="$work/e2e-$generator" E2E_GENERATOR=$generator scripts/perf/e2e-build.sh 110000 | tee "$work/e2e-$generator.txt"
  done
fi

step "Figures.Enrich against R on the real mouse release GMT"
bench enrich "$mouse" "$work/enrich" | tee "$work/enrich.txt"
if command -v Rscript >/dev/null; then
  Rscript scripts/perf/enrich-vs-r.R "$mouse" "$work/enrich" | tee "$work/enrich-r.txt"
fi

# The table. Each cell is read from the output above; "-" where a step did not run or printed nothing.
quick=$(grep -m1 'records: floor' "$work/quick.txt" || true)
cold=$(sed -nE 's/.*\(([0-9.]+)x floor, pairs ([0-9.]+–[0-9.]+x)\).*/\1× (pairs \2)/p' <<<"$quick")
edit=$(sed -nE 's/.*one-record edit ([0-9.]+) ms \(([0-9.]+) % of cold\).*/\2 % (\1 ms)/p' <<<"$quick")
keystroke=$(sed -nE 's/^pfocrgen: .* \/ floor ([0-9.]+x) \(rounds ([^)]*)\).*/\1 (rounds \2)/p' "$work/keystroke.txt")
rebuild1=$(e2e_cell "$work/rebuild.txt" 1 9 | cut -d';' -f1)
rebuild10k=$(e2e_cell "$work/rebuild.txt" 10000 9 | cut -d';' -f1)
inner_ratio() { sed -nE "s/^$1: .* = ([0-9.]+)x$/\\1×/p" "$work/inner.txt"; }
inner="with the record folder out of the default items $(inner_ratio library-lean) (plain $(inner_ratio library), as a built assembly $(inner_ratio assembly))"
if [ "${PERF_110K:-1}" != 0 ]; then
  wall_pfocrgen=$(e2e_cell "$work/e2e-pfocrgen.txt" 110000 5); rss_pfocrgen=$(e2e_cell "$work/e2e-pfocrgen.txt" 110000 7)
  wall_floor=$(e2e_cell "$work/e2e-floor.txt" 110000 5); rss_floor=$(e2e_cell "$work/e2e-floor.txt" 110000 7)
  wall_none=$(e2e_cell "$work/e2e-none.txt" 110000 5); rss_none=$(e2e_cell "$work/e2e-none.txt" 110000 7)
  build110k="${wall_pfocrgen} s, ${rss_pfocrgen} MB: $(ratio "$wall_pfocrgen" "$wall_floor")× the floor's time, $(ratio "$rss_pfocrgen" "$rss_floor")× its memory (floor ${wall_floor} s, ${rss_floor} MB; no generator ${wall_none} s, ${rss_none} MB)"
else
  build110k="- (PERF_110K=0)"
fi
enrich=$( [ -f "$work/enrich-r.txt" ] && sed -nE 's/^worst of the [0-9]+ queries: ([0-9.]+× R).*/\1/p' "$work/enrich-r.txt" || echo "- (no Rscript: apt-get install r-base-core)")

echo
echo "## Issue #25's table ($(date -u +%Y-%m-%d), $(git rev-parse --short HEAD))"
echo
echo "| measure | now | target |"
echo "|---|---|---|"
echo "| cold generation, 10k records / YamlDotNet alone | ${cold:--} | ≤ 2.0× |"
echo "| one record edited, warm driver / cold | ${edit:--} | ≤ 2 % |"
echo "| keystroke in the app's C#, warm driver, 10k records / the driver's own cost | ${keystroke:--} | ≤ 1.5× |"
echo "| rebuild after a record change, 10k / 1 record | $(ratio "${rebuild10k:-0}" "${rebuild1:-0}")× (${rebuild10k:--} s / ${rebuild1:--} s) | ≤ 3× |"
echo "| ProjectReference inner loop, C#-only change, 10k / 1 | ${inner:--} | ≤ 1.5× |"
echo "| 110k records, dotnet build / a generator that only reads every file | $build110k | ≤ 2× the floor's time, ≤ 3 GB |"
echo "| Figures.Enrich per query / R, worst query | ${enrich:--} | ≤ 0.10× R |"
echo
echo "(everything in $work)"
