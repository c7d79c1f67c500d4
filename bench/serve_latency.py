#!/usr/bin/env python3
"""Preview-server latency: how long after saving a monograph its new text is served by `monograph serve`.

Generates N synthetic monographs (bench/generate.py), starts `monograph serve` on them, then saves one
monograph again and again, each time with a new marker, and polls its page over HTTP every 2 ms until
the marker appears. The time covers the change notification, the rebuild and the HTTP round trip.
Three kinds of edit: a sentence added to the prose and a key point added to the front matter (only the
monograph's page and its entry in the data files depend on them), and a practice added (which the
computed views of the synthesis and of the booklet, and the data files, count too).

Usable alone (`python3 bench/serve_latency.py --count 2000`) or from bench/run.py.
"""

import argparse
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


def edit(original, kind, marker):
    """The monograph's text with `marker` added to its prose or as a new key point."""
    front, separator, body = original.partition("\n---\n")
    if kind == "prose":
        heading = "## Dynamique d’innovation\n"
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


def measure(count, binary, templates, trials=8, seed=7, work=None):
    """Returns {"prose": [ms…], "structured": [ms…], "count": count}."""
    with tempfile.TemporaryDirectory(prefix=f"monograph-serve-{count}-", dir=work) as folder:
        folder = Path(folder)
        generate.generate(count, folder, ROOT / "Content", seed)
        content = folder / "Content"
        # A monograph from the middle of the home page order, with a section 2 heading.
        candidates = sorted(p for p in (content / "reseaux").glob("*.md")
                            if "## Dynamique d’innovation\n" in p.read_text(encoding="utf-8"))
        target = candidates[len(candidates) // 2]
        slug = target.stem
        port = free_port()
        server = subprocess.Popen([str(binary), "serve", "--content", str(content), "--templates", str(templates),
                                   "--output", str(folder / "Output"), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            url = f"http://127.0.0.1:{port}/reseaux/{slug}/index.html"
            synthesis = f"http://127.0.0.1:{port}/synthese/index.html"
            deadline = time.time() + 300
            while fetch(url) is None:
                if server.poll() is not None or time.time() > deadline:
                    sys.exit("serve_latency.py: the preview server did not start")
                time.sleep(0.05)
            original = target.read_text(encoding="utf-8")
            results = {"count": count}
            for kind in KINDS:
                times = []
                for trial in range(trials):
                    marker = f"Repere{kind}{trial}x{time.time_ns()}"
                    text = edit(original, kind, marker)
                    start = time.perf_counter()
                    target.write_text(text, encoding="utf-8")
                    while True:
                        page = fetch(url)
                        if page is not None and marker in page:
                            break
                        if time.perf_counter() - start > 60:
                            sys.exit(f"serve_latency.py: the {kind} edit never appeared")
                        time.sleep(0.002)
                    times.append((time.perf_counter() - start) * 1000)
                    if kind == "practice":
                        # Then the synthesis, built from every monograph, catches up.
                        while marker not in (fetch(synthesis) or ""):
                            if time.perf_counter() - start > 60:
                                sys.exit("serve_latency.py: the synthesis never showed the practice")
                            time.sleep(0.002)
                        results.setdefault("practice, synthesis", []).append((time.perf_counter() - start) * 1000)
                    time.sleep(0.4)
                target.write_text(original, encoding="utf-8")
                time.sleep(1.0)
                results[kind] = times
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
    args = parser.parse_args()
    results = measure(args.count, Path(args.binary), Path(args.templates), args.trials)
    print(f"N = {args.count}: {summary(results)}")


if __name__ == "__main__":
    main()
