#!/usr/bin/env bash
# Usage: scripts/checks/lsp-diagnostics.sh   [LSP_KEEP=1 keeps the work folder]   (by hand; downloads csharp-ls)
# What a user of a real language server sees of a broken record (issue #23): installs csharp-ls 0.28.0 into a
# temporary folder, copies samples/PfocrGen.Sample beside a .sln that lists it and the generator projects (csharp-ls
# loads a solution), removes the closing '---' of the seed record, starts the server over stdio from
# scripts/checks/lsp-diagnostics-client.py with the client setting csharp.analyzersEnabled = true, opens Program.cs and the
# broken record, and prints which PFOCR diagnostics arrive by push (textDocument/publishDiagnostics) and by pull
# (textDocument/diagnostic, workspace/diagnostic), and where. A manual check, not part of .ci/run (it downloads a tool
# and runs a language server three times, a minute or two in all):
#
#   scripts/checks/lsp-diagnostics.sh              # LSP_KEEP=1 keeps the work folder (server log: server.log)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/pfocr-lsp.XXXXXX")"
[ -n "${LSP_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "== csharp-ls 0.28.0 into $work/tools"
dotnet tool install --tool-path "$work/tools" csharp-ls --version 0.28.0 >/dev/null
"$work/tools/csharp-ls" --version 2>/dev/null | head -n 1 || true

echo "== the sample, with the seed record's closing '---' removed"
app="$work/Sample"
cp -r "$repo/samples/PfocrGen.Sample" "$app"
rm -rf "$app/bin" "$app/obj"
# The copy references the generator in this clone by absolute path.
sed -i "s|\.\./\.\./src/PfocrGen|$repo/src/PfocrGen|g" "$app/PfocrGen.Sample.csproj"
record="$app/figures/PMC2869233__ijms-11-00789f3.md"
# The second line that is exactly '---' is the closing fence.
awk '$0 == "---" && ++fences == 2 { next } { print }' "$record" >"$record.new" && mv "$record.new" "$record"
grep -c '^---$' "$record" | sed 's/^/   fence lines left: /'

# csharp-ls needs a solution; it lists the sample and the projects its analyzer reference builds from.
(cd "$work" && dotnet new sln -n App --format sln >/dev/null &&
  dotnet sln App.sln add "$app/PfocrGen.Sample.csproj" "$repo/src/PfocrGen/PfocrGen.csproj" "$repo/src/PfocrGen.CodeFixes/PfocrGen.CodeFixes.csproj" >/dev/null)
solution="$work/App.sln"
# The generator's assembly must exist for the workspace to load it as the sample's analyzer; the sample itself
# does not build (the broken record is an error), which is the point.
dotnet build "$repo/src/PfocrGen" -v:q -nologo >/dev/null
dotnet restore "$solution" -v:q >/dev/null

echo "== dotnet build of the copy, for comparison"
dotnet build "$app/PfocrGen.Sample.csproj" --no-restore -nologo -v:q -clp:NoSummary 2>&1 | grep -E 'PFOCR|CS0117' | sed "s|$work/||g" | sort -u | sed 's/^/   /' || true

# Three clients: one that pulls diagnostics; one that only takes pushes (csharp-ls pushes only to a client that cannot
# pull); and one that, like an editor attaching csharp-ls to C# buffers only, opens Program.cs but not the record.
status=0
for client in pull push-only csharp-only; do
  case $client in
    pull) what="pulls diagnostics, both files opened"; flags=(--open "$record") ;;
    push-only) what="only takes pushes, both files opened"; flags=(--open "$record" --no-pull-capability) ;;
    csharp-only) what="pulls diagnostics, the record not opened (asked for by pull all the same)"; flags=(--pull "$record") ;;
  esac
  echo "== language server, a client that $what"
  python3 "$repo/scripts/checks/lsp-diagnostics-client.py" --server "$work/tools/csharp-ls" --solution "$solution" --root "$work" \
    --open "$app/Program.cs" "${flags[@]}" --log "$work/server-$client.log" --timeout "${LSP_TIMEOUT:-300}" |
    sed "s|$work/||g" || status=$?
done
[ -z "${LSP_KEEP:-}" ] || echo "(work folder kept: $work)"
exit "$status"
