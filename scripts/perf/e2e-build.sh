#!/usr/bin/env bash
# Usage: scripts/perf/e2e-build.sh [N ...]   (E2E_DIR, E2E_LAYOUT, E2E_APP, E2E_PROPS: see below)
# End-to-end build cost of PfocrGen (issue #4): builds a consumer console app whose AdditionalFiles are N synthetic
# records (tests/PfocrGen.CorpusWriter), with `dotnet build`, and reports wall time and peak memory from
# /usr/bin/time -v against the same app with one record.
#
#   scripts/perf/e2e-build.sh [N ...]            default: 1 10000 80000
#   E2E_DIR=/tmp/pfocr-e2e E2E_PROPS="-p:PfocrGenDocCaptionLength=0" scripts/perf/e2e-build.sh 1 10000
#   E2E_LAYOUT=gmt scripts/perf/e2e-build.sh 1 10000 80000   # the same figures as one release.gmt gene-set file
#   E2E_LAYOUT=release scripts/perf/e2e-build.sh 110000     # a PFOCR release of N figures as PFOCR ships it: six
#                                                       # species' gene and chemical GMTs + NCBI gene_info files;
#                                                       # the real files of $PFOCR_RELEASE (or ../shared/pfocr-release)
#                                                       # are used as they are, the rest synthesized (E2E_REAL=none: all)
#   E2E_FIGURES_PER_PAPER=1.2 scripts/perf/e2e-build.sh 110000   # records with PFOCR's own ratio (default 1.9)
#   E2E_APP=template E2E_LAYOUT=release scripts/perf/e2e-build.sh 110000   # the app as `dotnet new console` makes it
#   E2E_GENERATOR=floor scripts/perf/e2e-build.sh 110000   # the same app and files with a generator that only reads
#                                                       # every file (tests/PfocrGen.FloorGenerator); =none: no generator
#   E2E_REBUILD=1 scripts/perf/e2e-build.sh 1 10000        # after the clean build, edit one record's title and time
#                                                       # the rebuild (records layout; issue #25's rebuild row)
#
# The app is strict by default (E2E_APP=strict): warnings are errors and it writes its XML documentation file, so
# the build also proves the generated code is warning-free and documented. E2E_APP=template leaves both at the
# SDK's defaults (off), as in a new user's console project. E2E_LOOKUPS=1 also builds the app in Release (not
# timed: a Debug app runs its generated lookups unoptimized) and prints steady Figures.ById, Papers.ById and
# Genes.ByEntrez times at the app's own size (Stopwatch, best of five rounds of 2 million calls over 1,024 keys
# after one untimed round, through a delegate; the median and range of seven processes), beside a plain
# Dictionary<string, Figure> of the same figure ids timed the same way in the same process, for comparison.
#
# UseSharedCompilation=false runs the compiler inside the measured process tree (no VBCSCompiler server), and
# -nodeReuse:false leaves no MSBuild node behind. Restore and the generator's own build happen before timing.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
work=${E2E_DIR:-$(mktemp -d /tmp/pfocr-e2e.XXXXXX)}
extra=${E2E_PROPS:-}
layout=${E2E_LAYOUT:-records}
case "${E2E_APP:-strict}" in
  strict) strictness='
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>' ;;
  template) strictness='' ;;
  *) echo "E2E_APP must be strict or template" >&2; exit 2 ;;
esac
case "$layout" in
  records) writer_args=(); inputs="figures/*.md;figures/*.tsv" ;;
  gmt) writer_args=(--gmt); inputs="figures/release.gmt" ;;
  release)
    real=${E2E_REAL:-${PFOCR_RELEASE:-$(cd .. && pwd)/shared/pfocr-release}}
    writer_args=(--release)
    if [ "$real" != none ] && [ -d "$real" ]; then writer_args+=(--real "$real"); fi
    inputs="figures/*.gmt;figures/*.gene_info" ;;
  *) echo "E2E_LAYOUT must be records, gmt or release" >&2; exit 2 ;;
esac
generator=${E2E_GENERATOR:-pfocrgen}
case "$generator" in
  pfocrgen)
    imports_before="<Import Project=\"$repo/src/PfocrGen/build/PfocrGen.props\" />"
    imports_after="<Import Project=\"$repo/src/PfocrGen/build/PfocrGen.targets\" />"
    reference="<ProjectReference Include=\"$repo/src/PfocrGen/PfocrGen.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" SetConfiguration=\"Configuration=Release\" />" ;;
  floor)
    imports_before=""; imports_after=""
    reference="<ProjectReference Include=\"$repo/tests/PfocrGen.FloorGenerator/PfocrGen.FloorGenerator.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" SetConfiguration=\"Configuration=Release\" />" ;;
  none) imports_before=""; imports_after=""; reference="" ;;
  *) echo "E2E_GENERATOR must be pfocrgen, floor or none" >&2; exit 2 ;;
esac
# "Figures.ById 36.5 ns, Papers.ById 30.1 ns, Genes.ByEntrez 24.9 ns, Dictionary 35.0 ns" lines
#   → "Figures.ById 36.9 ns (30.9–42.1), …".
lookup_summary() {
  local out="" name
  for name in Figures.ById Papers.ById Genes.ByEntrez Dictionary; do
    out="$out${out:+, }$name $(grep -Eo "$name [0-9.]+" "$1" | awk '{print $2}' | sort -n |
      awk '{v[NR]=$1} END {printf "%s ns (%s–%s)", v[int((NR+1)/2)], v[1], v[NR]}')"
  done
  echo "$out"
}

wall_seconds() { awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$1" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }'; }
peak_mb() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$1"; }

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 10000 80000)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet build -c Release tests/PfocrGen.CorpusWriter -v:q -nologo >/dev/null
# The generator as it ships (the package is built in Release): a Debug build of it runs unoptimized inside the
# compiler (every method at MinOpts), which is not what a user's build runs.
dotnet build -c Release src/PfocrGen -v:q -nologo >/dev/null
[ "$generator" != floor ] || dotnet build -c Release tests/PfocrGen.FloorGenerator -v:q -nologo >/dev/null
writer="$repo/tests/PfocrGen.CorpusWriter/bin/Release/net10.0/PfocrGen.CorpusWriter.dll"

echo "layout: $layout, app: ${E2E_APP:-strict}, generator: $generator"
echo "| records | files | corpus MB | wall s | user + sys CPU s | peak RSS MB | app assembly MB | rebuild after a record edit: wall s; peak RSS MB | result |"
echo "|---:|---:|---:|---:|---:|---:|---:|---|---|"
notes=""
for n in "${sizes[@]}"; do
  app="$work/app-$n"
  rm -rf "$app" && mkdir -p "$app/figures"
  written=$(dotnet "$writer" "$n" "$app/figures" ${writer_args[@]+"${writer_args[@]}"} --figures-per-paper "${E2E_FIGURES_PER_PAPER:-1.9}")
  notes="$notes
$n: $written"
  cat >"$app/E2eApp.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  $imports_before
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>$strictness
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    $reference
    <AdditionalFiles Include="$inputs" />
  </ItemGroup>
  $imports_after
</Project>
XML
  cat >"$app/Program.cs" <<'CS'
// Touches the generated API so the build cannot skip it; prints one line as a smoke check. The symbol count
// shows whether gene_info reached GMT-only genes (a GMT line carries ids only). With the argument "lookups" it
// then times steady lookups at the app's own size: best of five rounds of 2 million calls over 1,024 keys.
var first = Pfocr.Figures.All[0];
var withSymbol = 0;
foreach (var gene in Pfocr.Genes.All) if (gene.Symbol.Length > 0) withSymbol++;
System.Console.WriteLine($"{Pfocr.Figures.All.Count} figures, {Pfocr.Genes.All.Count} genes ({withSymbol} with a symbol); {first.Id}: {Pfocr.Figures.ById(first.Id)!.Genes.Count} genes");

if (args is not ["lookups"]) return;
var figureIds = new string[1024];
var pmcids = new string[1024];
var entrezIds = new int[1024];
for (var i = 0; i < 1024; i++)
{
    figureIds[i] = new string(Pfocr.Figures.All[(int)((long)i * Pfocr.Figures.All.Count / 1024)].Id.AsSpan());
    pmcids[i] = Pfocr.Papers.All.Count == 0 ? "PMC1" : new string(Pfocr.Papers.All[(int)((long)i * Pfocr.Papers.All.Count / 1024)].Pmcid.AsSpan());
    entrezIds[i] = Pfocr.Genes.All.Count == 0 ? 1 : Pfocr.Genes.All[(int)((long)i * Pfocr.Genes.All.Count / 1024)].EntrezId;
}

// For comparison, in the same process: a plain dictionary of the same figure id strings.
var plain = new Dictionary<string, Pfocr.Figure>(StringComparer.Ordinal);
foreach (var figure in Pfocr.Figures.All) plain[figure.Id] = figure;
System.Console.WriteLine($"Figures.ById {NanosecondsPerCall(i => Pfocr.Figures.ById(figureIds[i & 1023]))} ns, "
    + $"Papers.ById {NanosecondsPerCall(i => Pfocr.Papers.ById(pmcids[i & 1023]))} ns, "
    + $"Genes.ByEntrez {NanosecondsPerCall(i => Pfocr.Genes.ByEntrez(entrezIds[i & 1023]))} ns, "
    + $"Dictionary {NanosecondsPerCall(i => plain.TryGetValue(figureIds[i & 1023], out var figure) ? figure : null)} ns");

static string NanosecondsPerCall(Func<int, object?> call)
{
    const int Calls = 2_000_000;
    var best = double.MaxValue;
    // Round 0 is not counted: it runs while the lookup's methods are still being promoted from tier 0.
    for (var round = -1; round < 5; round++)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < Calls; i++) _ = call(i);
        if (round >= 0) best = Math.Min(best, watch.Elapsed.TotalMilliseconds * 1e6 / Calls);
    }

    return best.ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
}
CS
  if [ "$generator" != pfocrgen ]; then
    # Nothing is generated to touch: the app only proves it builds and runs.
    echo 'System.Console.WriteLine("no generated API");' >"$app/Program.cs"
  fi
  # Keep the repository's Directory.*.props out of the app: it stands for a user's project elsewhere.
  echo '<Project />' >"$app/Directory.Build.props"
  echo '<Project />' >"$app/Directory.Packages.props"
  dotnet restore "$app" -v:q -nologo >/dev/null
  log="$app/build.log"
  files=$(ls "$app/figures" | wc -l)
  mb=$(du -sm "$app/figures" | cut -f1)
  if /usr/bin/time -v dotnet build "$app" --no-restore -nologo -nodeReuse:false -p:UseSharedCompilation=false $extra >"$log" 2>"$app/time.log"; then
    # A build that succeeds must also run: a type the CLR cannot load fails only here (TypeLoadException).
    if run=$(dotnet "$app/bin/Debug/net10.0/E2eApp.dll" 2>&1); then
      result="ok: $(head -1 <<<"$run")"
      if [ "${E2E_LOOKUPS:-0}" = 1 ]; then
        dotnet build "$app" -c Release --no-restore -nologo -v:q >/dev/null
        # One process's best can land anywhere from ~30 to ~90 ns at release size (as the machine's memory system
        # is shared at the moment), so seven processes run and the median of their bests is reported, with the range.
        for _ in 1 2 3 4 5 6 7; do dotnet "$app/bin/Release/net10.0/E2eApp.dll" lookups 2>&1 | sed -n 2p; done >"$app/lookups.log"
        result="$result; Release, median of 7 processes (range): $(lookup_summary "$app/lookups.log")"
      fi
    else
      result="built, app FAILED: $(grep -m1 -Eo '[A-Za-z.]+Exception: .{0,80}' <<<"$run" || head -1 <<<"$run")"
    fi
  else
    result="FAILED: $(grep -Eo 'error [A-Z]+[0-9]+[^[]*' "$log" | sort -u | head -2 | tr '\n' ' ')"
  fi
  wall=$(wall_seconds "$app/time.log")
  cpu=$(awk -F': ' '/User time|System time/ {t += $2} END {printf "%.1f", t}' "$app/time.log")
  rss=$(peak_mb "$app/time.log")
  rebuild="-"
  if [ "${E2E_REBUILD:-0}" = 1 ] && [ "$layout" = records ]; then
    # One record's title changes, as SyntheticCorpus.EditRecord changes it (after the opening quote of a quoted
    # title); the rebuild runs the generator cold (a new compiler process: UseSharedCompilation=false) and compiles
    # the app again.
    # awk reads the whole listing: a reader that stops early (grep -m1) would end ls with SIGPIPE, fatal here.
    record=$(ls "$app/figures" | awk '/\.md$/ && !found { print; found = 1 }')
    sed -i -E "0,/^figtitle: ('?)/s//figtitle: \\1Edited revision of /" "$app/figures/$record"
    if /usr/bin/time -v dotnet build "$app" --no-restore -nologo -nodeReuse:false -p:UseSharedCompilation=false $extra >"$app/rebuild.log" 2>"$app/rebuild-time.log"; then
      rebuild="$(wall_seconds "$app/rebuild-time.log"); $(peak_mb "$app/rebuild-time.log")"
    else
      rebuild="FAILED"
    fi
  fi
  # The app's own assembly holds the generated code and data: what a user ships and loads.
  dll="$app/bin/Debug/net10.0/E2eApp.dll"
  asm=$( [ -f "$dll" ] && awk -v b="$(stat -c %s "$dll")" 'BEGIN {printf "%.1f", b/1048576}' || echo "-")
  echo "| $n | $files | $mb | $wall | $cpu | $rss | $asm | $rebuild | $result |"
done
echo "$notes"
echo
echo "(apps and logs in $work)"
