#!/usr/bin/env python3
# Usage: scripts/checks/lsp-diagnostics-client.py --server <csharp-ls> --solution <App.sln> --root <folder> --open <file> ...   (driven by lsp-diagnostics.sh)
"""A minimal LSP client for scripts/checks/lsp-diagnostics.sh: starts a C# language server over stdio, opens files and
reports which PFOCR diagnostics arrive, by push (textDocument/publishDiagnostics) and by pull (textDocument/diagnostic,
workspace/diagnostic), and where (file, 1-based line and column).

    lsp-diagnostics-client.py --server <csharp-ls> --solution <App.sln> --root <folder> --open <file> [--open <file> ...]
        [--pull <file>] [--analyzers off] [--no-pull-capability]

--pull asks for a file's diagnostics without opening it; --analyzers off sends csharp.analyzersEnabled = false;
--no-pull-capability leaves textDocument.diagnostic out of the client's capabilities (a client that only takes pushes).

Standard library only. Prints one line per diagnostic seen and a summary; exits 0 when a PFOCR diagnostic located in a
record (.md) arrived by push or pull, 1 otherwise (2 when the server could not be driven at all).
"""

import argparse
import json
import os
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
from lsp_stdio import Client, Server, path_of, uri_of  # noqa: E402  (scripts/checks/lsp_stdio.py, beside this file)

# The client settings csharp-ls reads (README of csharp-ls): analyzers are off unless the client turns them on.
SETTINGS = {"csharp": {"analyzersEnabled": True}}


def describe(uri, diagnostic):
    start = diagnostic["range"]["start"]
    return "%s(%d,%d): %s %s" % (
        path_of(uri), start["line"] + 1, start["character"] + 1, diagnostic.get("code", "?"), diagnostic.get("message", ""))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--solution", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--open", action="append", default=[])
    parser.add_argument("--pull", action="append", default=[], help="a file to ask diagnostics of without opening it")
    parser.add_argument("--analyzers", choices=["on", "off"], default="on")
    parser.add_argument("--no-pull-capability", action="store_true")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for the solution and its diagnostics")
    parser.add_argument("--log", default=os.devnull, help="file for the server's stderr")
    args = parser.parse_args()
    SETTINGS["csharp"]["analyzersEnabled"] = args.analyzers == "on"

    with open(args.log, "wb") as log:
        server = Server([args.server, "--solution", args.solution, "--loglevel", "info"], log)
        return drive(server, args)


def drive(server, args):
    pushed = {}        # uri -> last published diagnostics
    pulled = {}        # uri -> last pulled diagnostics
    workspace = {}     # uri -> diagnostics from workspace/diagnostic
    pulled_errors = {} # path -> error message of its pull

    def on_notification(message):
        if message["method"] == "textDocument/publishDiagnostics":
            pushed[message["params"]["uri"]] = message["params"]["diagnostics"]
        elif message["method"] == "window/logMessage" and "solution" in message["params"]["message"].lower():
            print("  server: " + message["params"]["message"].strip().splitlines()[0][:160], flush=True)

    client = Client(server, SETTINGS, on_notification)
    capabilities = {
        "textDocument": {
            "publishDiagnostics": {"relatedInformation": True},
            "synchronization": {"didSave": True},
        },
        "workspace": {"configuration": True, "didChangeConfiguration": {"dynamicRegistration": True},
                      "diagnostics": {"refreshSupport": True}},
        "window": {"workDoneProgress": True},
    }
    if not args.no_pull_capability:
        capabilities["textDocument"]["diagnostic"] = {"dynamicRegistration": True, "relatedDocumentSupport": False}
    print("client: csharp.analyzersEnabled = %s, pull capability %s" % (
        SETTINGS["csharp"]["analyzersEnabled"], "off" if args.no_pull_capability else "on"))
    try:
        result = client.initialize(args.root, capabilities, "sample")
    except RuntimeError:
        result = None
    if result is None:
        print("FAIL: no answer to initialize")
        return 2
    info = result.get("serverInfo", {})
    print("server: %s %s, diagnosticProvider %s" % (
        info.get("name", "?"), info.get("version", "?"), json.dumps(result.get("capabilities", {}).get("diagnosticProvider"))))

    for path in args.open:
        language = "csharp" if path.endswith(".cs") else "markdown"
        with open(path, encoding="utf-8") as f:
            server.notify("textDocument/didOpen", {"textDocument": {
                "uri": uri_of(path), "languageId": language, "version": 1, "text": f.read()}})

    # Pull each open file until the server answers with something, or the time is up; keep listening for pushes.
    deadline = time.time() + args.timeout
    while time.time() < deadline:
        for path in args.open + args.pull:
            answer, _ = client.call("textDocument/diagnostic", {"textDocument": {"uri": uri_of(path)}}, 60)
            if answer is not None and "result" in answer and answer["result"]:
                pulled[uri_of(path)] = answer["result"].get("items", [])
            elif answer is not None and "error" in answer:
                pulled.setdefault(uri_of(path), [])
                pulled_errors[path] = answer["error"].get("message", "")
        if any(d for items in pulled.values() for d in items if str(d.get("code", "")).startswith(("CS", "PFOCR"))):
            break
        client.pump(5)
    client.pump(10)

    answer, _ = client.call("workspace/diagnostic", {"previousResultIds": []}, 120)
    if answer is not None and "result" in answer and answer["result"]:
        for report in answer["result"].get("items", []):
            workspace[report["uri"]] = report.get("items", [])
    workspace_error = answer.get("error", {}).get("message") if answer is not None and "error" in answer else (
        "no answer" if answer is None else None)

    client.shutdown()

    found = False
    for title, reports in (("push (textDocument/publishDiagnostics)", pushed), ("pull (textDocument/diagnostic)", pulled),
                           ("pull (workspace/diagnostic)", workspace)):
        print("== %s" % title)
        lines = [describe(uri, d) for uri, items in sorted(reports.items()) for d in items
                 if str(d.get("code", "")).startswith(("PFOCR", "CS0117"))]
        for line in lines:
            print("  " + line)
        if not lines:
            print("  (no PFOCR or CS0117 diagnostic)")
        # Everything else, one line a file: the compiler's other findings, or (a .md opened in csharp-ls) C# errors.
        for uri, items in sorted(reports.items()):
            codes = {}
            for d in items:
                if not str(d.get("code", "")).startswith(("PFOCR", "CS0117")):
                    codes[str(d.get("code", "?"))] = codes.get(str(d.get("code", "?")), 0) + 1
            if codes:
                top = sorted(codes.items(), key=lambda pair: -pair[1])
                print("  + %d other diagnostics in %s (%s%s)" % (
                    sum(codes.values()), path_of(uri), ", ".join("%s x%d" % pair for pair in top[:4]), ", ..." if len(top) > 4 else ""))
        found = found or any(".md(" in line and " PFOCR" in line for line in lines)
    for path, error in pulled_errors.items():
        print("pull of %s answered an error: %s" % (path, error))
    if workspace_error:
        print("workspace/diagnostic: %s" % workspace_error)
    print("result: a PFOCR diagnostic on the record %s" % ("ARRIVED" if found else "did NOT arrive"))
    return 0 if found else 1


if __name__ == "__main__":
    sys.exit(main())
