#!/usr/bin/env bash
# Usage: scripts/perf/inner-loop.sh [N]   (INNER_DIR, INNER_RUNS)
# The inner loop of an app that uses many PFOCR records (issue #12): how long `dotnet build` takes after a C#-only
# change in the app, with N records against 1 record, in three layouts:
#   assembly the records in their own class library (PfocrGenVisibility=public), built on its own when the records
#            change; the app references the library's built assembly, so its build never looks at the records: the
#            layout the README recommends for many record files;
#   library  the same library as a ProjectReference of the app: the app's rebuild never recompiles the records, but
#            MSBuild evaluates the library (expanding its record glob) and runs its up-to-date checks every time;
#   library-lean  the same, with the record folder kept out of the SDK's default items (DefaultItemExcludes), as
#            docs/scaling.md advises: the library's evaluation no longer lists every record as a None item too;
#   app      the records as AdditionalFiles of the app itself: every rebuild compiles the generated code again.
#
#   scripts/perf/inner-loop.sh [N]          default N: 10000
#   INNER_DIR=/tmp/pfocr-inner INNER_RUNS=5 scripts/perf/inner-loop.sh 10000
#
# Each measured build follows a one-line edit of the app's Program.cs; the compiler server stays warm, as in an
# editor session (the first, cold build is not measured). The figure is the median of INNER_RUNS builds.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
records=${1:-10000}
runs=${INNER_RUNS:-5}
work=${INNER_DIR:-$(mktemp -d /tmp/pfocr-inner.XXXXXX)}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet build -c Release tests/PfocrGen.CorpusWriter -v:q -nologo >/dev/null
# The generator as it ships (the package is built in Release): a Debug build of it runs unoptimized inside the
# compiler (every method at MinOpts), which is not what a user's build runs.
dotnet build -c Release src/PfocrGen -v:q -nologo >/dev/null
writer="$repo/tests/PfocrGen.CorpusWriter/bin/Release/net10.0/PfocrGen.CorpusWriter.dll"

# project <folder> <name> <output type> <extra item group XML> [extra property XML]
project() {
  mkdir -p "$1"
  echo '<Project />' >"$1/Directory.Build.props"
  echo '<Project />' >"$1/Directory.Packages.props"
  cat >"$1/$2.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/src/PfocrGen/build/PfocrGen.props" />
  <PropertyGroup>
    <OutputType>$3</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <PfocrGenVisibility>public</PfocrGenVisibility>${5:-}
  </PropertyGroup>
  <ItemGroup>
$4
  </ItemGroup>
  <Import Project="$repo/src/PfocrGen/build/PfocrGen.targets" />
</Project>
XML
}

generator="<ProjectReference Include=\"$repo/src/PfocrGen/PfocrGen.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" SetConfiguration=\"Configuration=Release\" />"

# layout <root> <n> <library|app>: writes the projects; prints the app's folder.
layout() {
  local root=$1 n=$2 kind=$3
  rm -rf "$root" && mkdir -p "$root"
  if [ "$kind" != app ]; then
    local lean=""
    [ "$kind" != library-lean ] || lean='
    <DefaultItemExcludes>$(DefaultItemExcludes);figures/**</DefaultItemExcludes>'
    project "$root/Records" Records Library "$generator
    <PfocrRecord Include=\"figures/**/*\" />" "$lean"
    dotnet "$writer" "$n" "$root/Records/figures" >/dev/null
  fi
  if [ "$kind" = assembly ]; then
    # Built here, once, as a user would after updating the records; the app's builds below never touch it.
    dotnet build "$root/Records" -c Release -nologo -v:q >"$root/records-build.log" 2>&1 \
      || { echo "records build failed: $root/records-build.log" >&2; exit 1; }
    project "$root/App" App Exe "<Reference Include=\"Records\" HintPath=\"../Records/bin/Release/net10.0/Records.dll\" />"
  elif [ "$kind" = library ] || [ "$kind" = library-lean ]; then
    project "$root/App" App Exe "<ProjectReference Include=\"../Records/Records.csproj\" />"
  else
    project "$root/App" App Exe "$generator
    <PfocrRecord Include=\"figures/**/*\" />"
    dotnet "$writer" "$n" "$root/App/figures" >/dev/null
  fi

  cat >"$root/App/Program.cs" <<'CS'
var first = Pfocr.Figures.All[0];
System.Console.WriteLine($"{Pfocr.Figures.All.Count} figures; {first.Id}: {first.Genes.Count} genes");
// edit 0
CS
  echo "$root/App"
}

# median_build <app folder>: edits Program.cs, builds, INNER_RUNS times; prints the median wall seconds.
median_build() {
  local app=$1 times=()
  for i in $(seq 1 "$runs"); do
    sed -i "s|^// edit .*|// edit $i|" "$app/Program.cs"
    local start end
    start=$(date +%s.%N)
    dotnet build "$app" --no-restore -nologo -v:q >"$app/build-$i.log" 2>&1 || { echo "build failed: $app/build-$i.log" >&2; exit 1; }
    end=$(date +%s.%N)
    times+=("$(printf "%.2f" "$(echo "$end - $start" | bc)")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

echo "| layout | records | C#-only rebuild, median of $runs (s) |"
echo "|---|---:|---:|"
declare -A seconds
for kind in assembly library library-lean app; do
  for n in 1 "$records"; do
    app=$(layout "$work/$kind-$n" "$n" "$kind")
    dotnet build "$app" -nologo -v:q >"$app/first-build.log" 2>&1 || { echo "first build failed: $app/first-build.log" >&2; exit 1; }
    dotnet "$app/bin/Debug/net10.0/App.dll" >/dev/null
    seconds[$kind-$n]=$(median_build "$app")
    echo "| $kind | $n | ${seconds[$kind-$n]} |"
  done
done
echo
for kind in assembly library library-lean app; do
  echo "$kind: $records records / 1 record = $(echo "scale=2; ${seconds[$kind-$records]} / ${seconds[$kind-1]}" | bc)x"
done
echo "(projects and logs in $work)"
