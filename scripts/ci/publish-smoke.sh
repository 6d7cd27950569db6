#!/usr/bin/env bash
# Usage: scripts/ci/publish-smoke.sh   [PFOCR_PUBLISH=trimmed|aot]   (run by .ci/run)
# Publish smoke test: the sample app published the two ways that remove code — trimmed self-contained and
# NativeAOT — must build with no trim or AOT warning (IL2xxx/IL3xxx) and print exactly what `dotnet run` prints.
# The generated runtime uses reflection-free lookups and packed data; this is the check that it stays so.
# Prints one "ok - …" / "not ok - …" line per check (.ci/run counts them) and exits non-zero on failure.
#
#   scripts/ci/publish-smoke.sh                  both publishes
#   PFOCR_PUBLISH=trimmed scripts/ci/publish-smoke.sh   only one of them (trimmed or aot)
#   PFOCR_SMOKE_KEEP=1 …                      keep the work folder (binaries and logs)
#
# NativeAOT links with gcc here (-p:CppCompilerAndLinker=gcc: clang, the SDK's default, is not installed). The
# ILCompiler and runtime packs come from the package source like any package; the SDK picks their versions.
set -uo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/pfocr-publish.XXXXXX")
[ -n "${PFOCR_SMOKE_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
sample=$repo/samples/PfocrGen.Sample/PfocrGen.Sample.csproj
rid=linux-x64
kinds=${PFOCR_PUBLISH:-trimmed aot}
failures=0
checks=0

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

ok() { checks=$((checks + 1)); echo "ok - $1"; }
not_ok() { checks=$((checks + 1)); failures=$((failures + 1)); echo "not ok - $1"; }
show() { tail -n "${2:-40}" "$1" | sed 's/^/    /'; }
seconds_since() { echo $(($(date +%s) - $1)); }

echo "work folder: $work"

# The reference output. Its own artifacts folder keeps the repository's bin/obj out of the comparison.
expected=$work/expected.out
if dotnet run --project "$sample" -c Release --artifacts-path "$work/run" >"$expected" 2>"$work/run.err"; then
  ok "dotnet run of the sample (the reference output, $(wc -l <"$expected") lines)"
else
  not_ok "dotnet run of the sample (the reference output)"; show "$expected"; show "$work/run.err"
  echo "publish-smoke: $((checks - failures)) of $checks checks ok"; exit 1
fi

# publish NAME DESCRIPTION PROPERTIES...: publish into a fresh artifacts folder (so nothing is incremental and every
# warning is printed again), then check the build, its warnings, and the binary's output.
publish() {
  local name=$1 what=$2; shift 2
  local out=$work/$name log=$work/$name.log started
  started=$(date +%s)
  # Warnings stay warnings here (the repository's TreatWarningsAsErrors would turn the first into a build error and
  # hide the rest), so the check below can list every one of them.
  if dotnet publish "$sample" -c Release -r "$rid" --artifacts-path "$work/$name-artifacts" -o "$out" \
       -nodeReuse:false -p:TreatWarningsAsErrors=false "$@" >"$log" 2>&1; then
    ok "$what: dotnet publish ($(seconds_since "$started") s)"
  else
    not_ok "$what: dotnet publish"; show "$log"; return
  fi

  # Trim (IL2xxx) and AOT (IL3xxx) analysis warnings, whatever assembly they come from.
  if grep -Eq '(warning|error) IL[23][0-9]{3}' "$log"; then
    not_ok "$what: no trim or AOT warnings"; grep -E '(warning|error) IL[23][0-9]{3}' "$log" | sort -u | head -n 20 | sed 's/^/    /'
  else
    ok "$what: no trim or AOT warnings"
  fi

  local binary=$out/PfocrGen.Sample actual=$work/$name.out
  if [ -x "$binary" ] && "$binary" >"$actual" 2>"$work/$name.err"; then
    ok "$what: the published binary runs ($(du -sh "$out" | cut -f1) published)"
  else
    not_ok "$what: the published binary runs"; show "$work/$name.err"; return
  fi

  if cmp -s "$expected" "$actual"; then
    ok "$what: output identical to dotnet run's"
  else
    not_ok "$what: output identical to dotnet run's"; diff "$expected" "$actual" | head -n 20 | sed 's/^/    /'
  fi
}

for kind in $kinds; do
  case "$kind" in
    trimmed) publish trimmed "trimmed self-contained" --self-contained -p:PublishTrimmed=true ;;
    aot) publish aot "NativeAOT" -p:PublishAot=true -p:CppCompilerAndLinker=gcc ;;
    *) not_ok "unknown publish kind '$kind' in PFOCR_PUBLISH (trimmed, aot)" ;;
  esac
done

echo "publish-smoke: $((checks - failures)) of $checks checks ok"
[ "$failures" -eq 0 ]
