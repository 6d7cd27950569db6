#!/usr/bin/env python3
# Usage: import lsp_stdio   (a module, not run on its own: scripts/checks/lsp-diagnostics-client.py and scripts/perf/editor-client.py use it)
"""The part of an LSP client that every script here shares: JSON-RPC over a language server's stdin/stdout.

A reader thread queues every message with the size of its body in bytes (what crossed the pipe, for response-size
measurements). `Client.wait_for` handles whatever arrives meanwhile: it answers the server's own requests
(workspace/configuration from the client settings, null to anything else) and hands each notification to a callback,
so a script only says what it does with diagnostics, logs and progress.

Standard library only.
"""

import json
import os
import queue
import subprocess
import threading
import time
import urllib.parse
import urllib.request


def uri_of(path):
    return "file://" + urllib.request.pathname2url(os.path.abspath(path))


def path_of(uri):
    return urllib.parse.unquote(urllib.parse.urlparse(uri).path)


class Server:
    """JSON-RPC over the server's stdin/stdout, with a reader thread that queues (message, body bytes) pairs."""

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
                    self.messages.put((None, 0))
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value.strip())
            body = stream.read(length)
            self.messages.put((json.loads(body.decode("utf-8")), len(body)))

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


class Client:
    """Waits for responses while it answers the server's requests and passes notifications to `on_notification`."""

    def __init__(self, server, settings, on_notification=lambda message: None):
        self.server = server
        self.settings = settings
        self.on_notification = on_notification
        self.responses = {}  # request id -> (message, body bytes)

    def handle(self, message, size):
        if message is None:
            raise RuntimeError("the server exited")
        if "method" in message and "id" in message:
            # A request from the server: answer what csharp-ls asks for (its settings), null otherwise.
            result = None
            if message["method"] == "workspace/configuration":
                result = [self.settings.get(item.get("section", ""), self.settings) if item.get("section") else self.settings
                          for item in message["params"]["items"]]
            self.server.send({"jsonrpc": "2.0", "id": message["id"], "result": result})
        elif "method" in message:
            self.on_notification(message)
        elif "id" in message:
            self.responses[message["id"]] = (message, size)

    def wait_for(self, request_id, seconds):
        """The response to `request_id` as (message, body bytes), or (None, 0) when `seconds` pass without it."""
        end = time.time() + seconds
        while request_id not in self.responses:
            try:
                self.handle(*self.server.messages.get(timeout=max(0.05, end - time.time())))
            except queue.Empty:
                return None, 0
            if time.time() > end and request_id not in self.responses:
                return None, 0
        return self.responses.pop(request_id)

    def call(self, method, params, seconds):
        """Sends a request and waits for its answer: (message or None, body bytes)."""
        return self.wait_for(self.server.request(method, params), seconds)

    def pump(self, seconds):
        """Handles whatever arrives for `seconds`."""
        end = time.time() + seconds
        while time.time() < end:
            try:
                self.handle(*self.server.messages.get(timeout=min(0.2, max(0.01, end - time.time()))))
            except queue.Empty:
                pass

    def initialize(self, root, capabilities, name):
        """initialize + initialized + the settings pushed once; returns the initialize result, or None."""
        root_uri = uri_of(root)
        answer, _ = self.call("initialize", {
            "processId": os.getpid(), "rootUri": root_uri, "rootPath": root, "capabilities": capabilities,
            "initializationOptions": self.settings, "workspaceFolders": [{"uri": root_uri, "name": name}],
        }, 60)
        if answer is None or "result" not in answer:
            return None
        self.server.notify("initialized", {})
        self.server.notify("workspace/didChangeConfiguration", {"settings": self.settings})
        return answer["result"]

    def shutdown(self):
        self.server.request("shutdown", None)
        self.pump(2)
        self.server.notify("exit", None)
