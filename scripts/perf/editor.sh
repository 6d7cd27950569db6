#!/usr/bin/env bash
# Usage: scripts/perf/editor.sh   [EDITOR_PROPS="-p:Name=Value ..."] [EDITOR_SIZE=110000] [EDITOR_FLOOR=1] [EDITOR_KEEP=1]   (by hand; downloads csharp-ls)
# The editor at the size of the release (issue #26): one markdown table, for the sample (samples/PfocrGen.Sample,
# 6 records) and for a release-sized app, of what `dotnet build` and a real language server (csharp-ls 0.28.0,
# installed into a temporary folder) cost. Not part of .ci/run: it downloads a tool and takes 10-30 minutes.
#
#   scripts/perf/editor.sh                                   # prints the table; EDITOR_KEEP=1 keeps the work folder
#   EDITOR_PROPS="-p:PfocrGenFigureMembers=false" scripts/perf/editor.sh   # extra properties for every column
#
# The apps. The release app is scripts/perf/e2e-build.sh's (E2E_APP=template E2E_LAYOUT=release, EDITOR_SIZE
# records: 109,590 figures and 53,192 genes at 110000, the real GMTs of $PFOCR_RELEASE, the rest synthesized), a
# console app as `dotnet new console` makes it, SDK analyzers on. The sample is copied as it is. Three columns:
# the sample; the release with the defaults; the release with every gene member (-p:PfocrGenGeneMembers=true,
# passed explicitly so the column keeps its meaning whatever the default becomes). EDITOR_PROPS go to every column.
# EDITOR_FLOOR=1 adds a fourth column: the release's files in the same app with tests/PfocrGen.FloorGenerator instead
# of PfocrGen (it reads every file and generates nothing), which is what any generator of these AdditionalFiles
# costs the server at the least: the texts read and held, the compile without generated code. Its typos are plain
# strings (nothing to check them), and it is not asked for PFOCR022.
# Each app gets a file Editor.cs (below) before anything is measured, so the build compiles what the editor opens.
#
# The rows, in the order they are measured for each column:
# - `dotnet build`: /usr/bin/time -v of `dotnet build --no-restore -nodeReuse:false -p:UseSharedCompilation=false`
#   (the compiler in the measured process tree, no server left behind) after `touch Program.cs`: restore, the
#   generator's own build and the app's first build are done before, so this is the app's compile as after an edit.
#   Wall seconds and the peak resident set of the largest process (Maximum resident set size).
# - the language server: scripts/perf/editor-client.py drives csharp-ls over stdio with csharp.analyzersEnabled =
#   true, on a solution beside the app that lists it and the generator projects (else csharp-ls forces the app's
#   framework onto them). The column's properties reach the server through a Directory.Build.targets beside the app
#   (a language server takes no -p:), written for its session only. The client's header defines each row:
#   project loaded; first completion after `Pfocr.Genes.` (the user's first wait: it includes the generator's first
#   run in the server) and the same completion again (warm); one completion per further keystroke (the gene
#   symbol's first four characters, one didChange + one completion each: median and range); hover on a gene member;
#   PFOCR022 on a typo'd figure id and gene symbol (time to the first diagnostics pull that has it, then after an
#   edit of both literals, and whether it came for both); the peak resident set (VmHWM) of the server and of every
#   process it spawns (csharp-ls starts MSBuild BuildHost processes to load projects), the largest named.
#
# The typos are an id of the app's own data with one character more: the sample's seed figure and STAT4; in the
# release the middle figure of the real mouse GMT and the longest symbol among its genes. Load average is printed
# with the table: on a shared machine every time here is noisy.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/pfocr-editor.XXXXXX")"
[ -n "${EDITOR_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
extra=${EDITOR_PROPS:-}
size=${EDITOR_SIZE:-110000}
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== csharp-ls 0.28.0 into $work/tools" >&2
dotnet tool install --tool-path "$work/tools" csharp-ls --version 0.28.0 >/dev/null

echo "== the release app ($size records, scripts/perf/e2e-build.sh)" >&2
E2E_DIR="$work/e2e" E2E_APP=template E2E_LAYOUT=release "$repo/scripts/perf/e2e-build.sh" "$size" >"$work/e2e.log"
release="$work/e2e/app-$size"

echo "== the sample" >&2
sample="$work/sample/Sample"
mkdir -p "$work/sample"
cp -r "$repo/samples/PfocrGen.Sample" "$sample"
rm -rf "$sample/bin" "$sample/obj"
sed -i "s|\.\./\.\./src/PfocrGen|$repo/src/PfocrGen|g" "$sample/PfocrGen.Sample.csproj"
dotnet build "$sample" -nologo -v:q >/dev/null  # restore, the generator (Debug, as the sample references it), a first build

# The file the editor session opens and types into; the two typos are there from the start.
write_editor_file() {  # app figure-typo symbol-typo [floor]
  if [ "${4:-}" = floor ]; then  # no generated API to call: the typos only have to be found on their lines
    cat >"$1/Editor.cs" <<CS
// Written by scripts/perf/editor.sh: the file its editor session (scripts/perf/editor-client.py) types into.
internal static class EditorSession
{
    internal static void Typos()
    {
        _ = "$2".Length;
        _ = "$3".Length;
    }

    internal static void Typing()
    {
        // type here
    }
}
CS
    return
  fi
  cat >"$1/Editor.cs" <<CS
// Written by scripts/perf/editor.sh: the file its editor session (scripts/perf/editor-client.py) types into.
internal static class EditorSession
{
    internal static void Typos()
    {
        _ = Pfocr.Figures.ById("$2");
        _ = Pfocr.Genes.BySymbol("$3");
    }

    internal static void Typing()
    {
        // type here
    }
}
CS
}

# A typo must not be an id after all.
check_typo() {  # app typo
  if grep -rqwF -- "$2" "$1/figures"; then echo "the typo '$2' is an id of $1" >&2; exit 1; fi
}

# The release's figure and symbol: the middle line of the real mouse GMT, the longest symbol among its genes.
gmt=$(ls "$release"/figures/*-gmt-Mus_musculus.gmt | grep -v chemical)
middle=$(sed -n "$(( $(wc -l <"$gmt") / 2 ))p" "$gmt")
release_figure=$(cut -f1 <<<"$middle")
release_symbol=$(cut -f3- <<<"$middle" | tr '\t' '\n' |
  awk -F'\t' 'NR == FNR { want[$1] = NR; next } FNR > 1 && ($2 in want) { print length($3), want[$2], $3 }' - "$release/figures/Mus_musculus.gene_info" |
  sort -k1,1nr -k2,2n | head -n 1 | cut -d' ' -f3)

# -p:Name=Value ... as MSBuild properties in a Directory.Build.targets (imported after the project, so it wins as -p: does).
props_file() {  # dir props...
  local dir=$1 word name
  shift
  {
    echo "<Project><PropertyGroup>"
    for word in "$@"; do
      word=${word#-p:}; word=${word#/p:}; name=${word%%=*}
      echo "  <$name>${word#*=}</$name>"
    done
    echo "</PropertyGroup></Project>"
  } >"$dir/Directory.Build.targets"
}

# One column: build, then one editor session. Writes "label<TAB>value" lines to $work/<column>.tsv.
# The floor column (its name ends in -floor) lists the floor generator in the solution and skips PFOCR022.
measure() {  # column app project figure symbol props...
  local column=$1 app=$2 project=$3 figure=$4 symbol=$5 out="$work/$1.tsv" wall rss
  local generators=("$repo/src/PfocrGen/PfocrGen.csproj" "$repo/src/PfocrGen.CodeFixes/PfocrGen.CodeFixes.csproj") client_args=() kind=""
  if [[ $column == *-floor ]]; then
    generators=("$repo/tests/PfocrGen.FloorGenerator/PfocrGen.FloorGenerator.csproj") client_args=(--no-pfocr022) kind=floor
  fi
  shift 5
  check_typo "$app" "${figure}0"; check_typo "$app" "${figure}1"; check_typo "$app" "${symbol}X"; check_typo "$app" "${symbol}Y"
  write_editor_file "$app" "${figure}0" "${symbol}X" $kind
  rm -f "$app/Directory.Build.targets"
  echo "== $column: dotnet build $*" >&2
  touch "$app/Program.cs"
  /usr/bin/time -v dotnet build "$app/$project" --no-restore -nologo -nodeReuse:false -p:UseSharedCompilation=false "$@" \
    >"$work/$column-build.log" 2>"$work/$column-time.log" || { echo "build failed: $work/$column-build.log" >&2; exit 1; }
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); print (n == 3 ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2])}' "$work/$column-time.log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/$column-time.log")
  printf '`dotnet build` after an edit, wall s; peak RSS MB\t%s; %s\n' "$wall" "$rss" >"$out"

  echo "== $column: language server session" >&2
  (cd "$(dirname "$app")" && rm -f App.sln && dotnet new sln -n App --format sln >/dev/null &&
    dotnet sln App.sln add "$app/$project" "${generators[@]}" >/dev/null)
  props_file "$app" "$@"
  python3 "$repo/scripts/perf/editor-client.py" --server "$work/tools/csharp-ls" --solution "$(dirname "$app")/App.sln" \
    --root "$(dirname "$app")" --file "$app/Editor.cs" --symbol "$symbol" --keys "${symbol:0:4}" \
    --figure-typo "${figure}0" --symbol-typo "${symbol}X" --figure-edited "${figure}1" --symbol-edited "${symbol}Y" \
    --out "$out" --log "$work/$column-server.log" ${client_args[@]+"${client_args[@]}"} >&2
  rm -f "$app/Directory.Build.targets"
  printf 'load average after the session\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$out"
}

# shellcheck disable=SC2086  # EDITOR_PROPS is a list of words
measure sample "$sample" PfocrGen.Sample.csproj PMC2869233__ijms-11-00789f3 STAT4 $extra
# shellcheck disable=SC2086
measure release "$release" E2eApp.csproj "$release_figure" "$release_symbol" $extra
# shellcheck disable=SC2086
measure release-every "$release" E2eApp.csproj "$release_figure" "$release_symbol" -p:PfocrGenGeneMembers=true $extra
columns=("$work/sample.tsv" "$work/release.tsv" "$work/release-every.tsv")
header="| | sample | release, defaults | release, every gene member |"
if [ -n "${EDITOR_FLOOR:-}" ]; then
  # The release app as e2e-build.sh makes it with the floor generator (E2E_GENERATOR=floor): the same seeded files,
  # no PfocrGen imports, a Program.cs that calls nothing generated.
  echo "== the release app with the floor generator (scripts/perf/e2e-build.sh)" >&2
  E2E_DIR="$work/floor" E2E_APP=template E2E_LAYOUT=release E2E_GENERATOR=floor "$repo/scripts/perf/e2e-build.sh" "$size" >"$work/e2e-floor.log"
  floor="$work/floor/app-$size"
  cmp -s "$release/figures/Homo_sapiens.gene_info" "$floor/figures/Homo_sapiens.gene_info" ||
    { echo "the floor app's files differ from the release app's" >&2; exit 1; }
  # shellcheck disable=SC2086
  measure release-floor "$floor" E2eApp.csproj "$release_figure" "$release_symbol" $extra
  columns+=("$work/release-floor.tsv")
  header="$header release, floor generator |"
fi

echo
echo "csharp-ls 0.28.0; sample: 6 records; release: $(grep -Eo '[0-9]+ figures, [0-9]+ genes' "$work/e2e.log" | head -n 1)${extra:+; EDITOR_PROPS: $extra}"
echo "typos: sample \"PMC2869233__ijms-11-00789f30\" / \"STAT4X\"; release \"${release_figure}0\" / \"${release_symbol}X\" (then ...1 / ...Y)"
echo
echo "$header"
echo "|---|---|---|---|${EDITOR_FLOOR:+---|}"
values=()
for c in "${columns[@]:1}"; do cut -f2 "$c" >"$c.values" && values+=("$c.values"); done
paste "${columns[0]}" "${values[@]}" |
  awk -F'\t' '{ row = "|"; for (i = 1; i <= NF; i++) row = row " " $i " |"; print row }'
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -z "${EDITOR_KEEP:-}" ] || echo "(work folder kept: $work)"
