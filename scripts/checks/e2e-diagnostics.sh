#!/usr/bin/env bash
# Usage: scripts/checks/e2e-diagnostics.sh   (several real builds; by hand, not in CI)
# End-to-end check of PfocrGen diagnostics as a new user meets them (issue 3, "Done when"):
#  1. a console app outside the repo with a broken record: `dotnet build` must fail with
#     records/x.md(6,10): error PFOCR002 pointing at the unclosed quote, listed once (the input analyzer reports it,
#     the generator does not: issue #23), the same with RunAnalyzersDuringBuild=false (then the generator reports
#     it), and code naming the broken record's member gets PFOCR026 beside CS0117;
#  2. the fix that docs/diagnostics.md names (close the quote) makes the build pass;
#  3. severity configuration: which analyzer-config files change a PFOCR warning into an error in a real build;
#  4. a case of every id a file or the cross-file step reports: the compiler's log lists each diagnostic once,
#     and exactly the same list when the build skips analyzers (RunAnalyzersDuringBuild=false: the generator alone).
# Not part of CI (it runs several real builds); run it by hand: scripts/checks/e2e-diagnostics.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

mkdir -p "$work/app/records"
cd "$work/app"
cat > App.csproj <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/src/PfocrGen/build/PfocrGen.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/src/PfocrGen/PfocrGen.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <AdditionalFiles Include="records/*.md;records/*.tsv" />
  </ItemGroup>
  <Import Project="$repo/src/PfocrGen/build/PfocrGen.targets" />
</Project>
XML
cat > Program.cs <<'CS'
System.Console.WriteLine(Pfocr.Figures.All.Count);
CS
# Line 6 opens a double-quoted caption and never closes it.
cat > records/x.md <<'MD'
---
figid: PMC1__x
pmcid: PMC1
figtitle: A broken record
year: '2020'
caption: "IL-12 binds its receptor
---
MD

build() { dotnet build -nologo -v:q -clp:NoSummary "$@" 2>&1 | grep -E 'PFOCR|error|Build succeeded' | sed "s|$work/app/||g" | sort -u || true; }

# Every PFOCR diagnostic the compiler reported for the project in the current folder, as its error log (SARIF) lists
# them, duplicates kept: the console prints each error twice (as it happens and in the closing summary), the log
# once per report.
reported() {
  rm -f "$work/errors.sarif"
  dotnet build -nologo -v:q "-p:ErrorLog=$work/errors.sarif%2Cversion=2.1" "$@" >/dev/null 2>&1 || true
  python3 - "$work/errors.sarif" "$PWD/" <<'PY'
import json, sys
for result in json.load(open(sys.argv[1]))["runs"][0].get("results", []):
    if result["ruleId"].startswith("PFOCR"):
        where = result["locations"][0]["physicalLocation"] if result.get("locations") else None
        place = "%s(%d,%d)" % (where["artifactLocation"]["uri"].replace("file://" + sys.argv[2], ""), where["region"]["startLine"],
                               where["region"]["startColumn"]) if where else "(no location)"
        print("%s: %s %s" % (place, result["level"], result["ruleId"]))
PY
}

echo "== 1. broken record"
out="$(build)"; echo "$out"
grep -q 'records/x.md(6,10): error PFOCR002' <<<"$out" || { echo "FAIL: expected records/x.md(6,10): error PFOCR002"; exit 1; }
lines="$(reported)"
[ "$lines" = "records/x.md(6,10): error PFOCR002" ] || { echo "FAIL: expected PFOCR002 reported once, the compiler's log has:"; echo "$lines"; exit 1; }
echo "-- the compiler's error log: reported once ($lines)"
skipped="$(reported -p:RunAnalyzersDuringBuild=false)"
[ "$skipped" = "$lines" ] || { echo "FAIL: with RunAnalyzersDuringBuild=false the compiler's log has:"; echo "$skipped"; exit 1; }
echo "-- RunAnalyzersDuringBuild=false (no analyzers; the generator reports it): the same, once"
echo 'internal static class Uses { public static object F => Pfocr.Figures.PMC1__x; }' > Uses.cs
uses="$(build | grep -E 'Uses.cs')"; echo "$uses"
grep -q 'Uses.cs(1,70): error PFOCR026' <<<"$uses" || { echo "FAIL: expected Uses.cs(1,70): error PFOCR026"; exit 1; }
rm Uses.cs

echo "== 2. fixed as docs/diagnostics.md#pfocr002 says (close the quote)"
sed -i 's/^caption: "IL-12 binds its receptor$/caption: "IL-12 binds its receptor"/' records/x.md
if ! dotnet build -nologo -v:q 2>&1 | tail -n 3; then echo "FAIL: the fixed record does not build"; exit 1; fi

echo "== 3. severity configuration for a PFOCR006 warning (entrez 'x12')"
cat > records/y.md <<'MD'
---
figid: PMC2__y
pmcid: PMC2
genes:
- word: STAT4
  hgnc_symbol: STAT4
  entrez: 'x12'
---
MD
for variant in none editorconfig-star editorconfig-md globalconfig WarningsAsErrors TreatWarningsAsErrors NoWarn; do
  rm -f .editorconfig .globalconfig
  args=()
  case $variant in
    WarningsAsErrors) args=(-p:WarningsAsErrors=PFOCR006) ;;
    TreatWarningsAsErrors) args=(-p:TreatWarningsAsErrors=true) ;;
    NoWarn) args=(-p:NoWarn=PFOCR006) ;;
    editorconfig-star) printf 'root = true\n[*]\ndotnet_diagnostic.PFOCR006.severity = error\n' > .editorconfig ;;
    editorconfig-md) printf 'root = true\n[*.md]\ndotnet_diagnostic.PFOCR006.severity = error\n' > .editorconfig ;;
    globalconfig) printf 'is_global = true\ndotnet_diagnostic.PFOCR006.severity = error\n' > .globalconfig ;;
  esac
  # An up-to-date build skips the compiler and prints no diagnostics; a property change alone does not count.
  touch records/y.md
  echo "-- $variant: $(build "${args[@]}" | grep PFOCR006 | head -n 1 || true)"
done

echo "== 4. every input diagnostic once, the same with RunAnalyzersDuringBuild=false"
mkdir -p "$work/catalogue" && cd "$work/catalogue"
sed -e 's|records/\*.md;records/\*.tsv|**/*.md;**/*.tsv;**/*.gmt;**/*.gene_info|' "$work/app/App.csproj" > Catalogue.csproj
cp "$work/app/Program.cs" .
printf 'is_global = true\ndotnet_diagnostic.PFOCR013.severity = warning\n' > .globalconfig
python3 - <<'PY'
import os
header = "organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol\tncbigene_id\tsource\tcount_direct\tcount_synonym\tcount_match\n"
def row(word, symbol, gene): return "9606\tHomo sapiens\tPrimates\t%s\t%s\t%s\t%s\tncbigene_symbol\t1\t0\t1\n" % (word, word, symbol, gene)
def record(figid, *lines): return "---\nfigid: %s\npmcid: %s\n%s---\n" % (figid, figid.split("__")[0], "".join(l + "\n" for l in lines))
files = {
    "records/PMC2__nofence.md": "figid: PMC2__nofence\npmcid: PMC2\n",                                   # PFOCR001
    "records/PMC3__yaml.md": "---\nfigid: PMC3__yaml\npmcid: PMC3\ncaption: \"open\n---\n",                # PFOCR002
    "records/PMC4__nopmcid.md": "---\nfigid: PMC4__nopmcid\n---\n",                                      # PFOCR003
    "records/PMC1__x.md": record("PMC1__x", "year: '2001'", "automl_pathway: high"),                     # PFOCR024
    "z/PMC1__x.md": record("PMC1__x"),                                                                  # PFOCR004
    "records/PMC5__deep.md": "---\nfigid: PMC5__deep\npmcid: PMC5\nx: " + "[" * 100 + "]" * 100 + "\n---\n", # PFOCR012
    "records/PMC6__shape.md": record("PMC6__shape", "genes: STAT4"),                                    # PFOCR005
    "records/PMC7__entrez.md": record("PMC7__entrez", "genes:", "- word: ALL", "  hgnc_symbol: All", "  entrez: '1'",
                                      "- hgnc_symbol: STAT4", "  entrez: 'x'"),                         # PFOCR006, PFOCR010
    "records/PMC8__pmcid.md": "---\nfigid: PMC8__pmcid\npmcid: PMC9\n---\n",                              # PFOCR007
    "records/PMC1__year.md": record("PMC1__year", "year: '99'"),                                        # PFOCR011
    "records/PMC1__later.md": record("PMC1__later", "year: '2002'"),                                    # PFOCR025
    "records/PMC10__x.md": record("PMC10__x"),
    "records/PMC10__x-genes.tsv": header + row("p40", "IL12B", "3593") + row("p40", "NCF4", "4689") + "9606\tshort\n",  # PFOCR008, PFOCR013
    "other/PMC10__x-genes.tsv": header,                                                                 # PFOCR008 (second table)
    "records/PMC11__none-genes.tsv": header + row("STAT4", "STAT4", "6775"),                            # PFOCR009
    "records/notes.tsv": "word\tx\n",                                                                   # PFOCR014
    "records/PMC12__many-genes.tsv": header + "1\t2\n" * 101,                                           # PFOCR008 x100, PFOCR017
    "records/PMC12__many.md": record("PMC12__many"),
    "records/PMC13__b.md": record("PMC13__b", "figid_alias: PMC13__a"),                                 # PFOCR021
    "records/PMC13__a.md": record("PMC13__a"),
    "release/pfocr-20250701-gmt-Mus_musculus.gmt": "PMC14__f1\tT\t3592\tSTAT4\n",                       # PFOCR006
    "ncbi/Mus_musculus.gene_info": "10090\t21897\tTlr1\n",                                             # PFOCR008
}
for path, text in files.items():
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "w").write(text)
PY
# PfocrGenMaxFanOut=1: p40's two genes are a fan-out (PFOCR013, enabled by the .globalconfig).
with="$(reported -p:PfocrGenMaxFanOut=1 | sort)"
without="$(reported -p:PfocrGenMaxFanOut=1 -p:RunAnalyzersDuringBuild=false | sort)"
echo "-- $(grep -c . <<<"$with") diagnostics: $(awk '{print $3}' <<<"$with" | sort | uniq -c | awk '{printf "%s %s, ", $2, $1}')"
dupes="$(uniq -d <<<"$with")"
[ -z "$dupes" ] || { echo "FAIL: reported more than once:"; echo "$dupes"; exit 1; }
[ "$with" = "$without" ] || { echo "FAIL: RunAnalyzersDuringBuild=false lists otherwise:"; diff <(echo "$with") <(echo "$without"); exit 1; }
echo "-- each once, and the same list with RunAnalyzersDuringBuild=false"

