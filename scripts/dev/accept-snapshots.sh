#!/usr/bin/env bash
# Usage: scripts/dev/accept-snapshots.sh   (then review: git diff tests/PfocrGen.Tests/Snapshots)
# Accepts the current generated output as the expected output of the snapshot tests
# (tests/PfocrGen.Tests/Snapshots/<case>/*.cs), after a deliberate change to generated code. Review the result
# with `git diff tests/PfocrGen.Tests/Snapshots` before committing.
set -euo pipefail
cd "$(dirname "$0")/../.."
PFOCRGEN_ACCEPT=1 dotnet test tests/PfocrGen.Tests --filter "FullyQualifiedName~PfocrGen.Tests.Snapshots.SnapshotTests" "$@"
git status --short tests/PfocrGen.Tests/Snapshots
