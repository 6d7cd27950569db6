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
import queue
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

# The client settings csharp-ls reads (README of csharp-ls): analyzers are off unless the client turns them on.
SETTINGS = {"csharp": {"analyzersEnabled": True}}


def uri_of(path):
    return "file://" + urllib.request.pathname2url(os.path.abspath(path))


def path_of(uri):
    return urllib.parse.unquote(urllib.parse.urlparse(uri).path)


class Server:
    """JSON-RPC over the server's stdin/stdout, with a reader thread that queues every message it receives."""

    def __init__(self, command, log):
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log)
        self.messages = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value.strip())
            self.messages.put(json.loads(stream.read(length).decode("utf-8")))

    def send(self, message):
        body = json.dumps(message).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.next_id

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})


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
    pending = {}       # request id -> what it was
    responses = {}
    pulled_errors = {} # path -> error message of its pull

    def handle(message):
        if message is None:
            raise RuntimeError("the server exited")
        if "method" in message and "id" in message:
            # A request from the server: answer what csharp-ls asks for, null otherwise.
            method = message["method"]
            result = None
            if method == "workspace/configuration":
                result = [SETTINGS.get(item.get("section", ""), SETTINGS) if item.get("section") else SETTINGS
                          for item in message["params"]["items"]]
            server.send({"jsonrpc": "2.0", "id": message["id"], "result": result})
        elif message.get("method") == "textDocument/publishDiagnostics":
            pushed[message["params"]["uri"]] = message["params"]["diagnostics"]
        elif message.get("method") == "window/logMessage" and "solution" in message["params"]["message"].lower():
            print("  server: " + message["params"]["message"].strip().splitlines()[0][:160], flush=True)
        elif "id" in message and message["id"] in pending:
            responses[message["id"]] = message

    def wait_for(request_id, seconds):
        end = time.time() + seconds
        while request_id not in responses:
            try:
                handle(server.messages.get(timeout=max(0.1, end - time.time())))
            except queue.Empty:
                return None
            if time.time() > end and request_id not in responses:
                return None
        return responses.pop(request_id)

    def pump(seconds):
        end = time.time() + seconds
        while time.time() < end:
            try:
                handle(server.messages.get(timeout=0.2))
            except queue.Empty:
                pass

    root_uri = uri_of(args.root)
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
    request = server.request("initialize", {
        "processId": os.getpid(), "rootUri": root_uri, "rootPath": args.root, "capabilities": capabilities,
        "initializationOptions": SETTINGS, "workspaceFolders": [{"uri": root_uri, "name": "sample"}],
    })
    pending[request] = "initialize"
    initialized = wait_for(request, 60)
    if initialized is None or "result" not in initialized:
        print("FAIL: no answer to initialize: %s" % initialized)
        return 2
    info = initialized["result"].get("serverInfo", {})
    print("server: %s %s, diagnosticProvider %s" % (
        info.get("name", "?"), info.get("version", "?"), json.dumps(initialized["result"].get("capabilities", {}).get("diagnosticProvider"))))
    server.notify("initialized", {})
    server.notify("workspace/didChangeConfiguration", {"settings": SETTINGS})

    for path in args.open:
        language = "csharp" if path.endswith(".cs") else "markdown"
        with open(path, encoding="utf-8") as f:
            server.notify("textDocument/didOpen", {"textDocument": {
                "uri": uri_of(path), "languageId": language, "version": 1, "text": f.read()}})

    # Pull each open file until the server answers with something, or the time is up; keep listening for pushes.
    deadline = time.time() + args.timeout
    while time.time() < deadline:
        for path in args.open + args.pull:
            request = server.request("textDocument/diagnostic", {"textDocument": {"uri": uri_of(path)}})
            pending[request] = path
            answer = wait_for(request, 60)
            if answer is not None and "result" in answer and answer["result"]:
                pulled[uri_of(path)] = answer["result"].get("items", [])
            elif answer is not None and "error" in answer:
                pulled.setdefault(uri_of(path), [])
                pulled_errors[path] = answer["error"].get("message", "")
        if any(d for items in pulled.values() for d in items if str(d.get("code", "")).startswith(("CS", "PFOCR"))):
            break
        pump(5)
    pump(10)

    request = server.request("workspace/diagnostic", {"previousResultIds": []})
    pending[request] = "workspace"
    answer = wait_for(request, 120)
    if answer is not None and "result" in answer and answer["result"]:
        for report in answer["result"].get("items", []):
            workspace[report["uri"]] = report.get("items", [])
    workspace_error = answer.get("error", {}).get("message") if answer is not None and "error" in answer else (
        "no answer" if answer is None else None)

    server.request("shutdown", None)
    pump(2)
    server.notify("exit", None)

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
