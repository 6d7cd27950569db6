#!/usr/bin/env bash
# Usage: scripts/ci/package-smoke.sh   (run by .ci/run; prints ok/not ok lines)
# Package smoke test: meets PfocrGen the way a newcomer does, with the README's install commands as written
# ("Install from a package"): packs the clone into ./nupkgs, adds that folder as a package source, adds the package
# to a fresh console app outside the repository, configures it with MSBuild properties under TreatWarningsAsErrors
# + GenerateDocumentationFile, builds, runs, and checks the output. Prints one "ok - …" / "not ok - …" line per
# check (.ci/run counts them) and exits non-zero on failure.
set -uo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/pfocr-smoke.XXXXXX")
[ -n "${PFOCR_SMOKE_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
feed=$repo/nupkgs
app=$work/SmokeApp
log=$work/log
seed=$repo/samples/PfocrGen.Sample/figures/PMC2869233__ijms-11-00789f3.md
failures=0

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

ok() { echo "ok - $1"; }
not_ok() { echo "not ok - $1"; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@" >>"$log" 2>&1; then ok "$what"; else not_ok "$what"; tail -n 40 "$log" | sed 's/^/    /'; fi; : >"$log"; }
finish() { echo "package-smoke: $((checks - failures)) of $checks checks ok"; [ "$failures" -eq 0 ]; exit $?; }
checks=0
step() { checks=$((checks + 1)); check "$@"; }
# A failed step that later steps depend on ends the run; the remaining checks are not counted as passed.
step_or_stop() { local before=$failures; step "$@"; [ "$failures" -eq "$before" ] || finish; }

echo "work folder: $work"

# 0. The README's install commands are the ones this script runs (below, in the same words).
readme_pack='dotnet pack src/PfocrGen -c Release -o ./nupkgs'
readme_source='dotnet nuget add source "$(pwd)/nupkgs" --name pfocrgen-local'
step "README gives the install commands this script runs" \
  bash -c 'for line in "$2" "$3" "dotnet add package PfocrGen --version "; do grep -qF -- "$line" "$1" || { echo "README lacks: $line"; exit 1; }; done' _ "$repo/README.md" "$readme_pack" "$readme_source"

# A user-level package source outlives the run, so the user-level NuGet settings live in the work folder: a copy
# of this machine's (its configured sources) that the README's 'dotnet nuget add source' then extends.
# Packing still uses the machine's package cache (the app below gets its own).
real_config=$HOME/.nuget/NuGet/NuGet.Config
export NUGET_PACKAGES=${NUGET_PACKAGES:-$HOME/.nuget/packages}
export HOME=$work/home
mkdir -p "$HOME/.nuget/NuGet"
[ ! -f "$real_config" ] || cp "$real_config" "$HOME/.nuget/NuGet/NuGet.Config"
dotnet nuget remove source pfocrgen-local >/dev/null 2>&1 || true

# 1. Pack the clone into ./nupkgs and add that folder as a package source, as the README says.
rm -f "$feed"/PfocrGen.*.nupkg
step_or_stop "in the clone: $readme_pack" bash -c "cd \"\$1\" && $readme_pack" _ "$repo"
step_or_stop "in the clone: $readme_source" bash -c "cd \"\$1\" && $readme_source" _ "$repo"
nupkg=$(ls "$feed"/PfocrGen.*.nupkg 2>/dev/null | head -n 1)
version=$(basename "$nupkg" .nupkg); version=${version#PfocrGen.}
echo "package: $(basename "$nupkg")"
step "README's 'dotnet add package PfocrGen --version' names the packed version ($version)" \
  grep -qF -- "dotnet add package PfocrGen --version $version" "$repo/README.md"

# 2. The package layout a generator with a dependency needs (else CS8784/CS8785 on the user's machine).
# python3's zipfile rather than unzip: python3 is on every machine of this kind, unzip is not promised.
zip_names() { python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$1"; }
zip_text() { python3 -c 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode("utf-8-sig"))' "$1" "$2"; }
contents=$(zip_names "$nupkg")
step "package has analyzers/dotnet/cs/PfocrGen.dll with YamlDotNet.dll and PfocrGen.CodeFixes.dll beside it" \
  bash -c 'for f in PfocrGen YamlDotNet PfocrGen.CodeFixes; do grep -qx "analyzers/dotnet/cs/$f.dll" <<<"$1" || exit 1; done' _ "$contents"
step "package has build/PfocrGen.props and build/PfocrGen.targets, README.md and LICENSE, nothing under lib/" \
  bash -c 'for f in build/PfocrGen.props build/PfocrGen.targets README.md LICENSE; do grep -qx "$f" <<<"$1" || exit 1; done; ! grep -q "^lib/" <<<"$1"' _ "$contents"
nuspec=$(zip_text "$nupkg" PfocrGen.nuspec)
step "nuspec: developmentDependency, MIT licence expression, project and repository URLs, no dependencies" \
  bash -c 'grep -q "<developmentDependency>true</developmentDependency>" <<<"$1" &&
           grep -q "<license type=\"expression\">MIT</license>" <<<"$1" &&
           grep -q "<projectUrl>https://github.com/PfocrGen/PfocrGen</projectUrl>" <<<"$1" &&
           grep -q "<repository type=\"git\" url=\"https://github.com/PfocrGen/PfocrGen\"" <<<"$1" &&
           ! grep -q "<dependency " <<<"$1"' _ "$nuspec"

# 3. A fresh console app outside the repository. Its own package cache guarantees the package comes from the
#    folder just packed, never from an older copy cached under the same version.
export NUGET_PACKAGES=$work/packages
mkdir -p "$app"
step_or_stop "dotnet new console" dotnet new console -n SmokeApp -o "$app" --no-restore
step_or_stop "in the app: dotnet add package PfocrGen --version $version" \
  bash -c 'cd "$1" && dotnet add package PfocrGen --version "$2"' _ "$app" "$version"

mkdir -p "$app/figures"
cp "$seed" "$app/figures/"
# The options a user sets, inserted before </Project> of the project 'dotnet new' wrote.
options='  <PropertyGroup>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <PfocrGenNamespace>Smoke.Pathways</PfocrGenNamespace>
    <PfocrGenVisibility>public</PfocrGenVisibility>
  </PropertyGroup>
  <ItemGroup>
    <PfocrRecord Include="figures/**/*" />
    <AdditionalFiles Include="AnalyzerReleases.Shipped.md" />
  </ItemGroup>'
# Markdown the project gives another analyzer: not a record, and PfocrGen must leave it alone (no PFOCR001).
printf '; Shipped analyzer releases\n\n## Release 1.0\n' >"$app/AnalyzerReleases.Shipped.md"
awk -v block="$options" '/<\/Project>/ { print block } { print }' "$app/SmokeApp.csproj" >"$app/SmokeApp.csproj.new" &&
  mv "$app/SmokeApp.csproj.new" "$app/SmokeApp.csproj"
cat >"$app/Program.cs" <<'CS'
using Smoke.Pathways;

// Generated in the namespace the project chose, public as the project asked.
Console.WriteLine($"namespace {typeof(Figures).Namespace}, public {typeof(Figures).IsPublic}");
Console.WriteLine(Figures.PMC2869233__ijms_11_00789f3.Title);
foreach (var gene in Figures.PMC2869233.Genes)
{
    Console.WriteLine($"{gene.Symbol} {gene.EntrezId}");
}
CS

# 4. Build warning-free (TreatWarningsAsErrors makes CS8784/CS8785 — generator or YamlDotNet failed to load — fatal)
#    and prove the analyzers came from the package folder, YamlDotNet included.
build_log=$work/build.log
step_or_stop "dotnet build under TreatWarningsAsErrors with GenerateDocumentationFile" \
  bash -c 'dotnet build "$1" -c Release -v:n -p:ReportAnalyzer=true >"$2" 2>&1 || { tail -n 40 "$2"; exit 1; }' _ "$app/SmokeApp.csproj" "$build_log"
step "no CS8784/CS8785 and no warnings in the build" \
  bash -c '! grep -Eq "CS878[45]" "$1" && grep -Eq "^ +0 Warning\(s\)" "$1"' _ "$build_log"
step "an AdditionalFiles .md that PfocrRecord does not list gets no PFOCR diagnostic" \
  bash -c '! grep -q "PFOCR0" "$1"' _ "$build_log"
step "the compiler loaded PfocrGen.dll and YamlDotNet.dll from the installed package" \
  bash -c 'grep -Eq "/pfocrgen/$2/analyzers/dotnet/cs/PfocrGen.dll" "$1" && grep -Eq "/pfocrgen/$2/analyzers/dotnet/cs/YamlDotNet.dll" "$1"' _ "$build_log" "$version"

# 5. Run: the seed paper's five genes, in first-appearance order, from the custom namespace.
run_out=$work/run.out
step_or_stop "dotnet run" bash -c 'dotnet run --project "$1" -c Release --no-build >"$2" 2>&1 || { cat "$2"; exit 1; }' _ "$app/SmokeApp.csproj" "$run_out"
cat "$run_out" | sed 's/^/    | /'
expected='namespace Smoke.Pathways, public True
IL-12 signaling pathway
IL12A 3592
IL12B 3593
STAT4 6775
CACNA1E 777
TBX21 30009'
step "output: custom public namespace, the seed's title and its five genes" \
  bash -c '[ "$(cat "$1")" = "$2" ] || { diff <(echo "$2") "$1"; exit 1; }' _ "$run_out" "$expected"

# 6. An invalid option value is a clear build error from the package's props (PFOCR015), not silence.
bad_log=$work/bad.log
step "an unknown PfocrGenVisibility value fails the build with PFOCR015 naming the property" \
  bash -c '! dotnet build "$1" -c Release -p:PfocrGenVisibility=protected >"$2" 2>&1 &&
           grep -q "error PFOCR015: MSBuild property '"'"'PfocrGenVisibility'"'"' has the value '"'"'protected'"'"'" "$2"' _ "$app/SmokeApp.csproj" "$bad_log"

# 7. A list option written the MSBuild way ('Symbol;Synonym') reaches the generator whole: Roslyn would cut it at
#    the ';', so the package's targets rewrite the separators. Symbol and synonym matches drop the IL-12 family
#    expansion (IL12A, IL12B) from the seed paper's genes.
sources_out=$work/sources.out
step "PfocrGenGeneSources given as an MSBuild list (Symbol;Synonym) keeps exactly those matches" \
  bash -c 'sed -i "s#<PfocrGenVisibility>public</PfocrGenVisibility>#&<PfocrGenGeneSources>Symbol;Synonym</PfocrGenGeneSources>#" "$1" &&
           dotnet run --project "$1" -c Release >"$2" 2>&1 &&
           [ "$(tail -n 3 "$2")" = "$(printf "STAT4 6775\nCACNA1E 777\nTBX21 30009")" ] &&
           [ "$(grep -c " [0-9]*$" "$2")" = 3 ] || { cat "$2"; exit 1; }' _ "$app/SmokeApp.csproj" "$sources_out"

# 8. The id analyzer ships in the package: a figure id typo in a literal fails this TreatWarningsAsErrors build
#    with PFOCR022 on the literal, naming the right id, in the namespace the project chose.
typo_log=$work/typo.log
step "a figure id typo in a literal is PFOCR022 on that literal, naming the nearest id" \
  bash -c 'printf "%s\n" "internal static class Typo { public static object? Find() => Smoke.Pathways.Figures.ById(\"PMC2869233__ijms-11-00789f4\"); }" >"$(dirname "$1")/Typo.cs" &&
           ! dotnet build "$1" -c Release >"$2" 2>&1;
           rm -f "$(dirname "$1")/Typo.cs";
           grep -q "Typo.cs(1,[0-9]*): error PFOCR022: No compiled record has the figure id \"PMC2869233__ijms-11-00789f4\", so Figures.ById finds nothing at run time; nearest: '"'"'PMC2869233__ijms-11-00789f3'"'"'" "$2" || { grep PFOCR "$2"; exit 1; }' _ "$app/SmokeApp.csproj" "$typo_log"

# 9. The input analyzer ships in the package too: a broken record fails the build with PFOCR001 on the record, listed
#    once in the compiler's error log (the analyzer reports it; the generator leaves it to the analyzer).
broken_record_reported_once() {
  local project=$1 log=$2 record
  record="$(dirname "$project")/figures/PMC1__broken.md"
  printf -- '---\nfigid: PMC1__broken\npmcid: PMC1\n' >"$record"
  dotnet build "$project" -c Release "-p:ErrorLog=$log.sarif%2Cversion=2.1" >"$log" 2>&1
  rm -f "$record"
  python3 - "$log.sarif" <<'PY' || { grep PFOCR "$log"; return 1; }
import json, sys
results = [r for r in json.load(open(sys.argv[1]))["runs"][0]["results"] if r["ruleId"].startswith("PFOCR")]
where = [(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].rsplit("/", 2)[-2:],
          r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results]
sys.exit(0 if where == [("PFOCR001", ["figures", "PMC1__broken.md"], 1)] else 1)
PY
}
step "a record without its closing '---' is PFOCR001 on the record, reported once" \
  broken_record_reported_once "$app/SmokeApp.csproj" "$work/broken.log"

finish
