#!/usr/bin/env bash
# Usage: scripts/perf/compile-generated.sh <app folder written by scripts/perf/e2e-build.sh>
# Where a PfocrGen app's compile time goes: compiles the source PfocrGen generated for an app (an app folder that
# scripts/perf/e2e-build.sh wrote, e.g. /tmp/pfocr-e2e/app-110000) as plain source in a fresh project with the same
# settings and no generator, whole and with parts taken out, and reports wall time, CPU and peak memory of each.
#
#   scripts/perf/compile-generated.sh /tmp/pfocr-e2e/app-110000
#
# Rows: all of it; without the gene members' docs; without the gene members; without any typed member (the data
# constants, index and runtime alone). UseSharedCompilation=false puts a fresh compiler in the measured tree.
set -euo pipefail
app=$(cd "$1" && pwd)
work=$(mktemp -d /tmp/pfocr-compile.XXXXXX)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The generated files of one build of the app (not timed).
dotnet build "$app" --no-restore --no-incremental -nologo -nodeReuse:false -v:q -p:EmitCompilerGeneratedFiles=true >/dev/null
generated="$app/obj/Debug/net10.0/generated/PfocrGen/PfocrGen.PfocrGenerator"
cp -r "$generated" "$work/all"

# The app's own project without PfocrGen (its imports and reference) and without its inputs: same settings, so the
# two compile the same source the same way.
mkdir -p "$work/project/gen"
cp "$app/Program.cs" "$app"/Directory.*.props "$work/project/"
sed '/PfocrGen/d; /<AdditionalFiles /d' "$app"/*.csproj >"$work/project/Generated.csproj"
dotnet restore "$work/project" -v:q -nologo >/dev/null

# row <label>: compiles what is in $work/project/gen now.
row() {
  rm -rf "$work/project/obj/Debug" "$work/project/bin"
  if /usr/bin/time -v dotnet build "$work/project" --no-restore -nologo -nodeReuse:false -p:UseSharedCompilation=false -v:q \
      >"$work/build.log" 2>"$work/time.log"; then result=ok; else result="FAILED (see $work/build.log)"; fi
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.log" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  cpu=$(awk -F': ' '/User time|System time/ {t += $2} END {printf "%.1f", t}' "$work/time.log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time.log")
  echo "| $1 | $wall | $cpu | $rss | $result |"
}

members() { grep -h -c '^        public static global::' "$@" 2>/dev/null | awk '{s += $1} END {print s + 0}'; }
gen="$work/project/gen"
echo "| what is compiled | wall s | user + sys CPU s | peak RSS MB | result |"
echo "|---|---:|---:|---:|---|"
cp "$work/all"/* "$gen/"
row "all of it: $(members "$gen"/PfocrGen.Genes*.g.cs) gene, $(members "$gen"/PfocrGen.Shard*.g.cs) figure, $(members "$gen"/PfocrGen.Papers*.g.cs) paper members"
sed -i '/^        \/\/\//d' "$gen"/PfocrGen.Genes*.g.cs
row "without the gene members' docs"
rm -f "$gen"/PfocrGen.Genes*.g.cs
row "without the gene members"
rm -f "$gen"/PfocrGen.Papers*.g.cs
sed -i '/^        \/\/\//d; /^        public static global::/d' "$gen"/PfocrGen.Shard*.g.cs
row "without any typed member (data, index and runtime)"
echo
echo "(projects and logs in $work)"
