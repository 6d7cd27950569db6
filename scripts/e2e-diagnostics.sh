#!/usr/bin/env bash
# End-to-end check of PfocrGen diagnostics as a new user meets them (issue 3, "Done when"):
#  1. a console app outside the repo with a broken record: `dotnet build` must fail with
#     records/x.md(6,10): error PFOCR002 pointing at the unclosed quote;
#  2. the fix that docs/diagnostics.md names (close the quote) makes the build pass;
#  3. severity configuration: which analyzer-config files change a PFOCR warning into an error in a real build.
# Not part of CI (it runs several real builds); run it by hand: scripts/e2e-diagnostics.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
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

echo "== 1. broken record"
out="$(build)"; echo "$out"
grep -q 'records/x.md(6,10): error PFOCR002' <<<"$out" || { echo "FAIL: expected records/x.md(6,10): error PFOCR002"; exit 1; }

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
for variant in none editorconfig-star editorconfig-md globalconfig WarningsAsErrors; do
  rm -f .editorconfig .globalconfig
  args=()
  case $variant in
    WarningsAsErrors) args=(-p:WarningsAsErrors=PFOCR006) ;;
    editorconfig-star) printf 'root = true\n[*]\ndotnet_diagnostic.PFOCR006.severity = error\n' > .editorconfig ;;
    editorconfig-md) printf 'root = true\n[*.md]\ndotnet_diagnostic.PFOCR006.severity = error\n' > .editorconfig ;;
    globalconfig) printf 'is_global = true\ndotnet_diagnostic.PFOCR006.severity = error\n' > .globalconfig ;;
  esac
  # An up-to-date build skips the compiler and prints no diagnostics; a property change alone does not count.
  touch records/y.md
  echo "-- $variant: $(build "${args[@]}" | grep PFOCR006 | head -n 1)"
done
