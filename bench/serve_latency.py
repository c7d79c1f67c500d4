#!/usr/bin/env python3
"""Preview-server latency: how long after saving a monograph its new text is served by `monograph serve`.

Generates N synthetic monographs (bench/generate.py), starts `monograph serve` on them, then saves one
monograph again and again, each time with a new marker, and polls its page over HTTP every 2 ms until
the marker appears. The time covers the change notification, the rebuild and the HTTP round trip.
Three kinds of edit: a sentence added to the prose and a key point added to the front matter (only the
monograph's page and its entry in the data files depend on them), and a practice added (which the
computed views of the synthesis and of the booklet, and the data files, count too).

The synthesis page is measured as a browser shows it: the time until the
server's reload message names it, plus one request that must show the new practice. (Polling it every
2 ms would mostly measure the polling: each request and search of the page takes tens of milliseconds
of one of the two cores, which the rebuild then waits for.)

Usable alone (`python3 bench/serve_latency.py --count 2000`) or from bench/run.py.
"""

import argparse
import base64
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import generate  # noqa: E402
from content_format import ContentFormat  # noqa: E402  (on the path through generate)

KINDS = ("prose", "structured", "practice")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", errors="replace")
    except OSError:
        return None


def fetch_bytes(url):
    """The page's bytes (searching them spares decoding megabytes of a large page)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read()
    except OSError:
        return None


class ReloadMessages:
    """The preview server's reload WebSocket (`/__monograph/rechargement`), as the reload script reads it:
    each message is a build number followed by the pages that changed (or `*`)."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /__monograph/rechargement HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                           "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                           f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        self.buffer = b""
        while b"\r\n\r\n" not in self.buffer:
            self.buffer += self._receive()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            sys.exit("serve_latency.py: the reload WebSocket was refused")

    def _receive(self):
        data = self.sock.recv(65536)
        if not data:
            sys.exit("serve_latency.py: the reload WebSocket closed")
        return data

    def _take(self, count):
        while len(self.buffer) < count:
            self.buffer += self._receive()
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def next(self):
        """The next text message (server frames are never masked)."""
        while True:
            first, second = self._take(2)
            length = second & 0x7F
            if length == 126:
                length = int.from_bytes(self._take(2), "big")
            elif length == 127:
                length = int.from_bytes(self._take(8), "big")
            payload = self._take(length)
            if first & 0x0F == 0x1:
                return payload.decode("utf-8")

    def close(self):
        self.sock.close()


_FORMAT = None


def content_format(binary=None):
    """The content format (tools/content_format.py), read once, from `binary` the first time."""
    global _FORMAT
    if _FORMAT is None:
        _FORMAT = ContentFormat.load(binary)
    return _FORMAT


def edit(original, kind, marker):
    """The monograph's text with `marker` added to its prose or as a new key point (or practice), each
    checked against the format."""
    text = edited(original, kind, marker)
    content_format().check(text, "an edited monograph")
    return text


def edited(original, kind, marker):
    front, separator, body = original.partition("\n---\n")
    if kind == "prose":
        heading = f"## {content_format().heading('dynamique')}\n"
        assert heading in body, "the monograph has no section 2 heading"
        return front + separator + body.replace(heading, f"{heading}{marker}\n", 1)
    if kind == "practice":
        # At a regional level, so that the synthesis shows the action too (territorial levels view).
        item = f"  - echelon: regional\n    fonction: plaidoyer\n    actions:\n      - {marker}\n"
        if "\npratiques:\n" in front:
            front = front.replace("\npratiques:\n", "\npratiques:\n" + item, 1)
        else:
            front += "\npratiques:\n" + item.rstrip("\n")
        return front + separator + body
    if "\nperspectives:\n" in front:
        front = front.replace("\nperspectives:\n", f"\nperspectives:\n  - {marker}\n", 1)
    else:
        front += f"\nperspectives:\n  - {marker}"
    return front + separator + body


def make_history(content, every=(3, 6)):
    """Makes `content` a git repository of dated commits: every file, then a key point added to one
    monograph in `every[0]`, then to one in `every[1]`, and so on; by default a third of them have several
    versions (FORMAT §9). With `every=(1, 2)`, every file has two or three."""
    def git(*args, date=None):
        env = dict(os.environ, GIT_AUTHOR_DATE=date or "", GIT_COMMITTER_DATE=date or "")
        # No automatic packing in the background, which would still be removing files during the rounds.
        subprocess.run(["git", "-C", str(content), "-c", "user.name=Banc", "-c", "user.email=banc@exemple.org", "-c", "gc.auto=0", *args],
                       check=True, env=env, stdout=subprocess.DEVNULL)
    git("init", "-q")
    git("add", "-A")
    git("commit", "-q", "-m", "Première version", date="2026-01-10T10:00:00")
    monographs = sorted((content / "reseaux").glob("*.md"))
    for step, share in enumerate(every):
        for path in monographs[::share]:
            path.write_text(edit(path.read_text(encoding="utf-8"), "structured", f"Point ajouté {step}"), encoding="utf-8")
        git("add", "-A")
        git("commit", "-q", "-m", f"Points clés, étape {step + 1}", date=f"2026-{step + 2:02d}-10T10:00:00")
    # Packed, as a clone is (and as git packs a repository of many commits by itself).
    git("gc", "-q")


def measure(count, binary, templates, trials=8, seed=7, work=None, history=False):
    """Returns {"prose": [ms…], "structured": [ms…], "count": count}; with `history`, the content is a git
    repository whose monographs have several versions."""
    with tempfile.TemporaryDirectory(prefix=f"monograph-serve-{count}-", dir=work) as folder:
        folder = Path(folder)
        generate.generate(count, folder, ROOT / "Content", seed, binary)
        content = folder / "Content"
        if history:
            make_history(content)
        # A monograph from the middle of the home page order, with a section 2 heading.
        candidates = sorted(p for p in (content / "reseaux").glob("*.md")
                            if f"## {content_format(binary).heading('dynamique')}\n" in p.read_text(encoding="utf-8"))
        target = candidates[len(candidates) // 2]
        # A practice is added to the first monograph in site order (by `numero`): the synthesis lists the
        # practices of its first networks only (long listings are cut), and must show the new one.
        def numero(path):
            found = re.search(r"^numero: (\d+)$", path.read_text(encoding="utf-8"), re.M)
            return (int(found.group(1)) if found else 10**9, path.name)
        first = min((content / "reseaux").glob("*.md"), key=numero)
        port = free_port()
        server = subprocess.Popen([str(binary), "serve", "--content", str(content), "--templates", str(templates),
                                   "--output", str(folder / "Output"), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            def page_url(path):
                return f"http://127.0.0.1:{port}/reseaux/{path.stem}/index.html"
            synthesis = f"http://127.0.0.1:{port}/synthese/index.html"
            deadline = time.time() + 300
            while fetch(page_url(target)) is None:
                if server.poll() is not None or time.time() > deadline:
                    sys.exit("serve_latency.py: the preview server did not start")
                time.sleep(0.05)
            originals = {path: path.read_text(encoding="utf-8") for path in (target, first)}
            results = {"count": count}
            messages = ReloadMessages(port)
            messages.next()  # the current build number
            for kind in KINDS:
                edited = first if kind == "practice" else target
                original, url = originals[edited], page_url(edited)
                times = []
                for trial in range(trials):
                    marker = f"Repere{kind}{trial}x{time.time_ns()}"
                    text = edit(original, kind, marker)
                    if kind == "practice":
                        # Opened before the save, like the synthesis page of a writer's browser.
                        messages.close()
                        messages = ReloadMessages(port)
                        messages.next()
                    start = time.perf_counter()
                    edited.write_text(text, encoding="utf-8")
                    while True:
                        page = fetch(url)
                        if page is not None and marker in page:
                            break
                        if time.perf_counter() - start > 60:
                            sys.exit(f"serve_latency.py: the {kind} edit never appeared")
                        time.sleep(0.002)
                    times.append((time.perf_counter() - start) * 1000)
                    if kind == "practice":
                        # Then the synthesis, built from every monograph, catches up: it is reloaded
                        # when a reload message names it, as the page's reload script does.
                        while True:
                            pages = messages.next().split()[1:]
                            if (not pages or "*" in pages or "synthese/index.html" in pages) \
                                    and marker.encode() in (fetch_bytes(synthesis) or b""):
                                break
                            if time.perf_counter() - start > 60:
                                sys.exit("serve_latency.py: the synthesis never showed the practice")
                        results.setdefault("practice, synthesis", []).append((time.perf_counter() - start) * 1000)
                    time.sleep(0.4)
                edited.write_text(original, encoding="utf-8")
                time.sleep(1.0)
                results[kind] = times
            messages.close()
            return results
        finally:
            server.terminate()
            server.wait(timeout=30)


def summary(results):
    parts = []
    for kind in [k for k in results if k != "count"]:
        times = sorted(results[kind])
        parts.append(f"{kind}: median {statistics.median(times):.0f} ms ({times[0]:.0f}–{times[-1]:.0f}, {len(times)} saves)")
    return "; ".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--trials", type=int, default=8)
    parser.add_argument("--binary", default=str(ROOT / ".build" / "release" / "monograph"))
    parser.add_argument("--templates", default=str(ROOT / "Templates"))
    parser.add_argument("--git", action="store_true", help="the content in a git repository with several versions")
    args = parser.parse_args()
    results = measure(args.count, Path(args.binary), Path(args.templates), args.trials, history=args.git)
    print(f"N = {args.count}{' (git)' if args.git else ''}: {summary(results)}")


if __name__ == "__main__":
    main()
