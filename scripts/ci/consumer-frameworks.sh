#!/usr/bin/env bash
# Usage: scripts/ci/consumer-frameworks.sh   [CONSUMER_DIR=<folder> keeps the projects]   (run by .ci/run)
# Real consumer projects of every supported kind (issue #11), built with the sample's records, warnings as errors
# and XML docs on; one "ok - …" / "not ok - …" line per check, as scripts/ci/package-smoke.sh prints.
#   - netstandard2.0 library at its default C# (7.3), referenced by a net10.0 app that runs and prints answers;
#   - netstandard2.0 at C# latest with Nullable on; netstandard2.1 (C# 8) with Nullable on;
#   - net472 app (C# 7.3) and net48 app (C# latest, Nullable on): built (no .NET Framework runtime here);
#   - net8.0 app with Nullable off: built and run.
#
#   scripts/ci/consumer-frameworks.sh            (CONSUMER_DIR=/tmp/x keeps the projects there)
set -uo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
work=${CONSUMER_DIR:-$(mktemp -d /tmp/pfocr-consumers.XXXXXX)}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
status=0
expected="IL12A IL12B STAT4 CACNA1E TBX21 | STAT4 | 3 figures"

# project <dir> <target framework> <output type> <extra properties> [project reference]
project() {
  local dir=$1 framework=$2 output=$3 properties=$4 reference=${5:-}
  mkdir -p "$work/$dir"
  local items="<ProjectReference Include=\"$repo/src/PfocrGen/PfocrGen.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />
    <AdditionalFiles Include=\"$repo/samples/PfocrGen.Sample/figures/*.md;$repo/samples/PfocrGen.Sample/figures/*.tsv\" />"
  if [ -n "$reference" ]; then
    items="<ProjectReference Include=\"$work/$reference/$reference.csproj\" />"
  fi
  cat >"$work/$dir/$dir.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/src/PfocrGen/build/PfocrGen.props" />
  <PropertyGroup>
    <OutputType>$output</OutputType>
    <TargetFramework>$framework</TargetFramework>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <PfocrGenVisibility>public</PfocrGenVisibility>
    $properties
  </PropertyGroup>
  <ItemGroup>
    $items
  </ItemGroup>
  <Import Project="$repo/src/PfocrGen/build/PfocrGen.targets" />
</Project>
XML
}

# The same C# 7.3 program for every app: the seed figure's genes, a gene by id, and its figure count.
program() {
  cat >"$work/$1/Program.cs" <<'CS'
namespace ConsumerApp
{
    using System;
    using System.Linq;

    internal static class Program
    {
        private static void Main()
        {
            var figure = Pfocr.Figures.ById("PMC2869233__ijms-11-00789f3");
            var gene = Pfocr.Genes.ByEntrez(6775);
            if (figure == null || gene == null)
            {
                Console.WriteLine("not found");
                return;
            }

            Console.WriteLine(string.Join(" ", figure.Genes.Select(g => g.Symbol)) + " | " + gene.Symbol + " | " + gene.Figures.Count + " figures");
        }
    }
}
CS
}

check() {
  local name=$1; shift
  local log="$work/$name.log"
  if "$@" >"$log" 2>&1; then
    echo "ok - $name"
  else
    echo "not ok - $name"
    grep -E "error|warning" "$log" | sort -u | head -20
    status=1
  fi
}

runs() {
  local name=$1 dir=$2
  local output
  output=$(dotnet run --no-build --project "$work/$dir" 2>&1)
  if [ "$output" = "$expected" ]; then
    echo "ok - $name"
  else
    echo "not ok - $name: printed '$output', expected '$expected'"
    status=1
  fi
}

dotnet build src/PfocrGen -v:q -nologo >/dev/null || { echo "not ok - generator build"; exit 1; }

project LibNs20 netstandard2.0 Library ""
project LibNs20Latest netstandard2.0 Library "<LangVersion>latest</LangVersion><Nullable>enable</Nullable>"
project LibNs21 netstandard2.1 Library "<Nullable>enable</Nullable>"
project AppNet10 net10.0 Exe "<Nullable>enable</Nullable>" LibNs20
project AppNet472 net472 Exe "<PfocrGenVisibility>internal</PfocrGenVisibility>"
project AppNet48 net48 Exe "<LangVersion>latest</LangVersion><Nullable>enable</Nullable><PfocrGenVisibility>internal</PfocrGenVisibility>"
# Only the .NET 10 runtime is installed here: the net8.0 app rolls forward to it.
project AppNet8 net8.0 Exe "<Nullable>disable</Nullable><PfocrGenVisibility>internal</PfocrGenVisibility><RollForward>Major</RollForward>"
for app in AppNet10 AppNet472 AppNet48 AppNet8; do program "$app"; done
# The net10.0 app reaches the generated API through the library's public types.

check "netstandard2.0 library, C# 7.3 (default), builds clean" dotnet build "$work/LibNs20" -nologo
check "netstandard2.0 library, C# latest, Nullable on, builds clean" dotnet build "$work/LibNs20Latest" -nologo
check "netstandard2.1 library, C# 8 (default), Nullable on, builds clean" dotnet build "$work/LibNs21" -nologo
check "net10.0 app referencing the netstandard2.0 library builds clean" dotnet build "$work/AppNet10" -nologo
runs "net10.0 app runs the netstandard2.0 library's generated API" AppNet10
check "net472 app, C# 7.3 (default), builds clean" dotnet build "$work/AppNet472" -nologo
check "net48 app, C# latest, Nullable on, builds clean" dotnet build "$work/AppNet48" -nologo
check "net8.0 app, Nullable off, builds clean" dotnet build "$work/AppNet8" -nologo
runs "net8.0 app runs" AppNet8
exit "$status"
