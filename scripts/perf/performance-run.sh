#!/usr/bin/env bash
# Usage: scripts/perf/performance-run.sh [shared folder]   (PERF_DIR)
# Every row of issue #12's table (and the whole-release build of issue #10) in one run, one after the other, so
# that their ratios come from the same machine state. About 20 minutes on an idle 2-core machine; leave it idle.
#
#   scripts/perf/performance-run.sh [shared folder]       default: ../shared beside the checkout
#   PERF_DIR=/tmp/pfocr-perf scripts/perf/performance-run.sh
#
# Prints each step's own table (the scripts and benchmark modes it runs say what their columns mean) under a
# heading with the load average before it started. docs/performance-log/run-07.md is its output, with the
# decompositions of where the time goes that it lists after the table.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=$(cd "${1:-../shared}" && pwd)
work=${PERF_DIR:-$(mktemp -d /tmp/pfocr-perf.XXXXXX)}
mouse="$shared/pfocr-release/pfocr-20250701-gmt-Mus_musculus.gmt"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { echo; echo "## $1 (load: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%H:%M:%S))"; }

dotnet build -c Release tests/PfocrGen.Benchmarks -v:q -nologo >/dev/null
bench() { dotnet run -c Release --no-build --project tests/PfocrGen.Benchmarks -- "$@"; }

step "cold generation / YamlDotNet floor, one-record edit / cold, 10,000 records"
bench quick 10000

step "Figures.ById, Genes.ByEntrez, first answer, 10,000 records"
bench runtime 10000

step "Figures.Enrich against R on the real mouse release GMT"
bench enrich "$mouse" "$work/enrich"
Rscript scripts/perf/enrich-vs-r.R "$mouse" "$work/enrich"

step "clean dotnet build, 1 and 10,000 records"
E2E_DIR="$work/e2e" scripts/perf/e2e-build.sh 1 10000

step "inner loop: a C#-only change in an app with 10,000 records against 1, three layouts"
INNER_RUNS=3 INNER_DIR="$work/inner" scripts/perf/inner-loop.sh 10000

step "the whole repository as record files: 110,000 figures at 1.2 figures per paper"
E2E_DIR="$work/e2e-repository" E2E_FIGURES_PER_PAPER=1.2 scripts/perf/e2e-build.sh 110000

step "the whole release as PFOCR ships it (issue #10)"
E2E_DIR="$work/e2e-release" E2E_LAYOUT=release scripts/perf/e2e-build.sh 110000

echo
echo "(everything in $work)"
