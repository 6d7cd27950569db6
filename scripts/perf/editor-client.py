#!/usr/bin/env python3
# Usage: scripts/perf/editor-client.py --server <csharp-ls> --solution <App.sln> --root <folder> --file <Editor.cs> --symbol <S> --figure-typo <id> ... --out <rows.tsv>   (driven by editor.sh)
"""One editor session against a C# language server, timed: what scripts/perf/editor.sh reports for one app.

The protocol (every time is the client's wall clock, from sending a request to reading its whole response, which
includes the JSON on the pipe; see editor.sh for the session as a whole):

1. initialize, initialized, the settings (csharp.analyzersEnabled = true), then didOpen of --file, as an editor
   does when it starts the server for a file. "Project loaded" = from `initialized` to the end of the server's
   workDoneProgress "Loading workspace folder" ($/progress kind "end"; csharp-ls also logs "Finished loading
   solution"). Nothing is asked of the server before that.
2. First completion: one didChange inserts `Pfocr.Genes.` on the file's `// type here` line, then a completion
   request right after the dot (triggerKind 2, trigger character '.'). Nothing has asked the server for the
   compilation before, so this time includes the generator's first run inside the server and the compile of the
   project: what a user waits for the first time. The same request is then sent once more without a change
   ("again"), which is the warm time of the same list.
3. Keystrokes: each character of --keys is one didChange (one character inserted) followed by one completion request
   (triggerKind 1). Every keystroke is a new text, so the server recomputes the list. Median and range.
4. Hover: the typed line is replaced by `_ = Pfocr.Genes.<member>;`, where <member> is the completion item whose
   label is --symbol (else the first that starts with --keys), then a hover on the member's name.
5. PFOCR022: the file holds `Pfocr.Figures.ById(<figure typo>)` and `Pfocr.Genes.BySymbol(<symbol typo>)` from the
   start. textDocument/diagnostic is pulled (a new request as soon as the last answered, with 0.2 s between) until
   an answer has PFOCR022 on both lines; "first" = from the first pull to the answer that had PFOCR022 at all, and
   also when the two differ, the answer that had both. Then one didChange replaces both literals with the "edited"
   typos and the pulls start again, until both lines have a PFOCR022 whose message names the new literal
   ("after edit" = from that didChange).
6. Memory: a thread reads /proc/<pid>/status every 0.25 s for the server and every process below it (csharp-ls
   spawns MSBuild's BuildHost to load projects) and keeps each one's VmHWM (peak resident set); a process that
   ends between two reads keeps its last value. /proc/<server>/smaps_rollup is read once at the end.

Writes one "label<TAB>value" line a measurement to --out, in a fixed order (editor.sh pastes the apps side by side),
and prints progress to stdout. Standard library only.
"""

import argparse
import os
import statistics
import sys
import threading
import time

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "checks"))
from lsp_stdio import Client, Server, uri_of  # noqa: E402  (scripts/checks/lsp_stdio.py, shared with the diagnostics check)

SETTINGS = {"csharp": {"analyzersEnabled": True}}
CAPABILITIES = {
    "textDocument": {
        "synchronization": {"didSave": True},
        "completion": {"completionItem": {"snippetSupport": False, "documentationFormat": ["markdown", "plaintext"]}},
        "hover": {"contentFormat": ["markdown", "plaintext"]},
        # A client that can pull: csharp-ls then does not push diagnostics, and every one we see is one we asked for.
        "diagnostic": {"dynamicRegistration": True, "relatedDocumentSupport": False},
    },
    "workspace": {"configuration": True, "didChangeConfiguration": {"dynamicRegistration": True}},
    "window": {"workDoneProgress": True},
}
MEMBER_KINDS = {5, 10, 21}  # CompletionItemKind Field, Property, Constant


class Memory(threading.Thread):
    """Peak resident set (VmHWM) of a process and every process below it, read from /proc until stopped."""

    def __init__(self, root):
        super().__init__(daemon=True)
        self.root = root
        self.peaks = {}  # pid -> (VmHWM kB, name)
        self.running = True

    @staticmethod
    def name_of(pid):
        # "csharp-ls", or for `dotnet x.dll` the dll's name (the BuildHost runs as dotnet <BuildHost>.dll).
        try:
            with open("/proc/%d/cmdline" % pid, "rb") as f:
                words = [w.decode(errors="replace") for w in f.read().split(b"\0") if w]
        except OSError:
            return "?"
        dll = next((w for w in words[1:] if w.endswith(".dll")), None)
        return os.path.basename(dll or words[0]) if words else "?"

    def tree(self):
        children = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open("/proc/%s/stat" % entry) as f:
                        ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    continue
                children.setdefault(ppid, []).append(int(entry))
        pids, todo = [], [self.root]
        while todo:
            pid = todo.pop()
            pids.append(pid)
            todo.extend(children.get(pid, []))
        return pids

    def read(self):
        for pid in self.tree():
            try:
                with open("/proc/%d/status" % pid) as f:
                    hwm = next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))
            except (OSError, StopIteration):
                continue
            name = self.peaks.get(pid, (0, None))[1] or self.name_of(pid)
            self.peaks[pid] = (max(hwm, self.peaks.get(pid, (0, ""))[0]), name)

    def run(self):
        while self.running:
            self.read()
            time.sleep(0.25)

    def rollup(self):
        """The server's resident memory now, split into anonymous (heaps) and file-backed (mapped assemblies)."""
        try:
            with open("/proc/%d/smaps_rollup" % self.root) as f:
                fields = {line.split(":")[0]: int(line.split()[1]) for line in f if line.rstrip().endswith("kB")}
        except OSError:
            return "n/a"
        return "Rss %d MB = anonymous %d MB + file-backed %d MB" % (
            fields["Rss"] // 1024, fields.get("Anonymous", 0) // 1024, (fields["Rss"] - fields.get("Anonymous", 0)) // 1024)


class Document:
    """The open file's text as the server knows it, and the edits that keep both in step."""

    def __init__(self, server, path):
        self.server, self.uri, self.version = server, uri_of(path), 1
        with open(path, encoding="utf-8") as f:
            self.lines = f.read().split("\n")
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": self.uri, "languageId": "csharp", "version": 1, "text": "\n".join(self.lines)}})

    def line_of(self, needle):
        return next(i for i, line in enumerate(self.lines) if needle in line)

    def replace(self, line, start, end, text):
        """Replaces characters [start, end) of one line with `text` (no newline), as one incremental didChange."""
        self.version += 1
        self.lines[line] = self.lines[line][:start] + text + self.lines[line][end:]
        self.server.notify("textDocument/didChange", {
            "textDocument": {"uri": self.uri, "version": self.version},
            "contentChanges": [{"range": {"start": {"line": line, "character": start}, "end": {"line": line, "character": end}},
                                "text": text}]})

    def position(self, line, character):
        return {"textDocument": {"uri": self.uri}, "position": {"line": line, "character": character}}


def timed(client, method, params, seconds):
    """(seconds, response or None, body bytes) of one request."""
    start = time.perf_counter()
    answer, size = client.call(method, params, seconds)
    return time.perf_counter() - start, answer, size


def items_of(answer):
    result = (answer or {}).get("result") or []
    return result if isinstance(result, list) else result.get("items", [])


def pfocr022(answer, line, literal):
    return any(d.get("code") == "PFOCR022" and d["range"]["start"]["line"] == line and literal in d.get("message", "")
               for d in items_of(answer))


def pull_until(client, document, targets, timeout):
    """Pulls diagnostics until every (line, literal) target has its PFOCR022: (s to the first with any, s to all, found)."""
    start = time.perf_counter()
    first, found = None, set()
    while time.perf_counter() - start < timeout:
        answer, _ = client.call("textDocument/diagnostic", {"textDocument": {"uri": document.uri}}, timeout)
        now = time.perf_counter() - start
        found = {t for t in targets if pfocr022(answer, *t)}
        if found and first is None:
            first = now
        if len(found) == len(targets):
            return first, now, found
        time.sleep(0.2)
    return first, None, found


def seconds(value):
    return "timeout" if value is None else "%.2f" % value


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--solution", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--file", required=True, help="a C# file of the app with a '// type here' line and the two typos")
    parser.add_argument("--symbol", required=True, help="a gene symbol of the app: its member is hovered")
    parser.add_argument("--keys", required=True, help="the keystrokes after 'Pfocr.Genes.', one completion each")
    parser.add_argument("--figure-typo", required=True)
    parser.add_argument("--symbol-typo", required=True)
    parser.add_argument("--figure-edited", required=True)
    parser.add_argument("--symbol-edited", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds any one step may take")
    parser.add_argument("--log", default=os.devnull, help="file for the server's stderr")
    parser.add_argument("--no-pfocr022", action="store_true",
                        help="skip step 5: an app whose generator reports nothing (the floor column of editor.sh)")
    args = parser.parse_args()

    with open(args.log, "wb") as log:
        server = Server([args.server, "--solution", args.solution, "--loglevel", "info"], log)
        memory = Memory(server.process.pid)
        memory.start()
        try:
            rows = session(server, memory, args)
        finally:
            memory.running = False
            if server.process.poll() is None:
                server.process.kill()
    with open(args.out, "a", encoding="utf-8") as out:
        for label, value in rows:
            out.write("%s\t%s\n" % (label, value))
    return 0


def session(server, memory, args):
    loaded = threading.Event()

    def on_notification(message):
        value = message.get("params", {}).get("value", {})
        if message["method"] == "$/progress" and value.get("kind") == "end" and "loading" in value.get("message", "").lower():
            loaded.set()

    client = Client(server, SETTINGS, on_notification)
    if client.initialize(args.root, CAPABILITIES, "app") is None:
        raise SystemExit("no answer to initialize")
    start = time.perf_counter()
    document = Document(server, args.file)
    while not loaded.is_set() and time.perf_counter() - start < args.timeout:
        client.pump(0.1)
    load = time.perf_counter() - start if loaded.is_set() else None
    print("  project loaded: %s s" % seconds(load), flush=True)

    # 2. The first completion after `Pfocr.Genes.`, then the same request again.
    line = document.line_of("// type here")
    column = len(document.lines[line]) - len(document.lines[line].lstrip())
    document.replace(line, column, len(document.lines[line]), "Pfocr.Genes.")
    column += len("Pfocr.Genes.")
    trigger = {"triggerKind": 2, "triggerCharacter": "."}
    first, answer, first_size = timed(client, "textDocument/completion",
                                      dict(document.position(line, column), context=trigger), args.timeout)
    items = items_of(answer)
    print("  first completion: %s s, %d items, %d bytes" % (seconds(first), len(items), first_size), flush=True)
    again, _, _ = timed(client, "textDocument/completion", dict(document.position(line, column), context=trigger), args.timeout)

    # 3. One completion a keystroke.
    keystrokes, sizes = [], []
    for key in args.keys:
        document.replace(line, column, column, key)
        column += 1
        took, answer, size = timed(client, "textDocument/completion",
                                   dict(document.position(line, column), context={"triggerKind": 1}), args.timeout)
        keystrokes.append(took)
        sizes.append(size)
    print("  keystrokes: %s s" % ", ".join("%.2f" % k for k in keystrokes), flush=True)

    # 4. Hover on a gene member that the completion offered.
    labels = [i["label"] for i in items if i.get("kind") in MEMBER_KINDS]
    member = next((l for l in labels if l == args.symbol), None) or next((l for l in labels if l.startswith(args.keys)), None)
    hover = None
    if member:
        indent = len(document.lines[line]) - len(document.lines[line].lstrip())
        document.replace(line, indent, len(document.lines[line]), "_ = Pfocr.Genes.%s;" % member)
        hover, answer, _ = timed(client, "textDocument/hover",
                                 document.position(line, indent + len("_ = Pfocr.Genes.") + 1), args.timeout)
        if not (answer or {}).get("result"):
            hover = None
    print("  hover on Genes.%s: %s s" % (member, seconds(hover)), flush=True)

    # 5. PFOCR022 on the two typos, then after editing both literals.
    figure_line, symbol_line = document.line_of('"%s"' % args.figure_typo), document.line_of('"%s"' % args.symbol_typo)
    first_targets = [(figure_line, args.figure_typo), (symbol_line, args.symbol_typo)]
    edit_targets = [(figure_line, args.figure_edited), (symbol_line, args.symbol_edited)]
    if not args.no_pfocr022:
        any_first, all_first, found_first = pull_until(client, document, first_targets, args.timeout)
        for at, old, new in ((figure_line, args.figure_typo, args.figure_edited), (symbol_line, args.symbol_typo, args.symbol_edited)):
            begin = document.lines[at].index('"%s"' % old) + 1
            document.replace(at, begin, begin + len(old), new)
        # The didChange notifications are written before the clock starts; they take microseconds.
        any_edit, all_edit, found_edit = pull_until(client, document, edit_targets, args.timeout)
        print("  PFOCR022: first %s / %s s, after edit %s / %s s" % (
            seconds(any_first), seconds(all_first), seconds(any_edit), seconds(all_edit)), flush=True)

    first_pulls = (any_first, all_first, found_first) if not args.no_pfocr022 else (None, None, set())
    edit_pulls = (any_edit, all_edit, found_edit) if not args.no_pfocr022 else (None, None, set())

    # 6. Memory, read once more before the server ends.
    memory.read()
    rollup = memory.rollup()
    client.shutdown()

    def arrived(found, targets):
        return "figure id %s, symbol %s" % tuple("yes" if t in found else "NO" for t in targets)

    def pfocr_cell(first_any, first_all, found, targets):
        if args.no_pfocr022:
            return "n/a (not asked)"
        time_text = seconds(first_any) if first_all in (None, first_any) else "%s (both: %s)" % (seconds(first_any), seconds(first_all))
        return "%s; %s" % (time_text, arrived(found, targets))

    peaks = sorted(memory.peaks.values(), reverse=True)
    by_name = {}
    for kb, name in peaks:
        by_name.setdefault(name, []).append(kb)
    server_kb = memory.peaks.get(server.process.pid, (0, "?"))[0]
    others = ", ".join("%s %d MB%s" % (name, max(kbs) // 1024, " (x%d)" % len(kbs) if len(kbs) > 1 else "")
                       for name, kbs in by_name.items() if name != memory.peaks[server.process.pid][1])
    return [
        ("server: project loaded, s", seconds(load)),
        ("first completion after `Pfocr.Genes.`: s; items; response bytes (includes the generator's first run)",
         "%s; %s; %s" % (seconds(first), format(len(items), ","), format(first_size, ","))),
        ("the same completion again, s (warm)", seconds(again)),
        ("completion per further keystroke, median (range) s; response bytes (median)",
         "`%s`: %.2f (%.2f–%.2f); %s" % (args.keys, statistics.median(keystrokes), min(keystrokes), max(keystrokes),
                                         format(int(statistics.median(sizes)), ","))),
        ("hover on a gene member, s", "%s (Genes.%s)" % (seconds(hover), member) if member else "n/a (no gene members)"),
        ("PFOCR022, first pull that has it, s", pfocr_cell(*first_pulls, first_targets)),
        ("PFOCR022 after editing both literals, s", pfocr_cell(*edit_pulls, edit_targets)),
        ("server peak memory VmHWM, MB (largest process; the others)",
         "%d (%s); %s" % (peaks[0][0] // 1024 if peaks else 0, peaks[0][1] if peaks else "?", others or "no child process")),
        ("server resident memory at the end (smaps_rollup)", rollup if server_kb else "n/a"),
    ]


if __name__ == "__main__":
    sys.exit(main())
