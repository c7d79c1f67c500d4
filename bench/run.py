#!/usr/bin/env python3
"""Benchmark: monograph against Hugo and against cmark alone, on N synthetic monographs (make bench).

    bench/run.py [--sizes "1000 2000 10000"] [--rounds 5] [--binary .build/release/monograph]
                 [--report BENCHMARKS.md] [--keep]

For each size N, bench/generate.py writes N monographs into a temporary folder, then three programs
process the same files, in interleaved rounds (monograph, Hugo, cmark, monograph, Hugo, cmark, …) so
that a change in the machine's load affects all three alike:

- monograph: a full build, `monograph build --content DIR/Content --output DIR/runs/K/Output`, into a new
  output folder for each run (so each build starts fresh);
- Hugo: a site (bench/hugo/) whose content/reseaux/ holds the same .md files, with a minimal layout
  that shows the title, the front-matter fields and the rendered body, one page per monograph, and a
  home page listing them; into a new output folder for each run too;
- cmark: the floor, one `cmark --smart` process over the concatenation of all the bodies (front matter
  removed), writing one HTML file: Markdown parsing and rendering alone, without process start-up per file.

Each run is timed (wall clock) and its peak memory read from `/usr/bin/time` ("Maximum resident set
size"). The report gives medians, the ratios monograph/Hugo and monograph/cmark, and the peak memory of
each program, and is rewritten after each size so that a long run leaves its finished sizes behind.
A size may carry its own number of rounds: `--sizes "1000 2000 10000:3"`.
"""

import argparse
import datetime
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True
import generate  # noqa: E402
import serve_latency  # noqa: E402

TOOLS = ["monograph", "hugo", "cmark", "monograph-search", "hugo-pagefind", "monograph-git", "monograph-git-first",
         "monograph-again", "hugo-again"]
# The tools that build again into the output of their previous run, each with the folder of monographs
# one of which it edits before each run.
AGAIN = {"monograph-again": "again/Content/reseaux", "hugo-again": "hugo-again/content/reseaux"}
# The search indexer that `make` installs, and the wrapper that times it inside monograph's build.
PAGEFIND = ROOT / ".venv-search" / "bin" / "pagefind"
TIMED_PAGEFIND = HERE / "timed-pagefind.sh"


def capture(command):
    try:
        return subprocess.run(command, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return ""


def machine():
    """The facts the report gives about the machine and the programs' versions."""
    model = next((line.split(":", 1)[1].strip() for line in capture(["lscpu"]).splitlines()
                  if line.startswith("Model name")), platform.processor() or "?")
    memory = next((line.split()[1] for line in capture(["free", "-h"]).splitlines() if line.startswith("Mem:")), "?")
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": model,
        "nproc": capture(["nproc"]),
        "memory": memory,
        "os": f"{capture(['sh', '-c', '. /etc/os-release && echo $PRETTY_NAME']) or platform.system()}, "
              f"kernel {platform.release()}",
        "swift": capture(["swift", "--version"]).splitlines()[0] if capture(["swift", "--version"]) else "?",
        "hugo": capture(["hugo", "version"]),
        "cmark": capture(["cmark", "--version"]).splitlines()[0],
        "pagefind": capture([str(PAGEFIND), "--version"]),
        "python": platform.python_version(),
    }


def split_front_matter(text):
    """The body of a monograph: what follows the closing `---` of its front matter."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 3)
        if end >= 0:
            return text[end + 5:]
    return text


def prepare(size, work, seed, binary):
    """Writes the content folder, the Hugo site and the concatenated bodies for one size."""
    content_bytes = generate.generate(size, work, ROOT / "Content", seed, binary)
    reseaux = work / "Content" / "reseaux"
    hugo = work / "hugo"
    shutil.copytree(HERE / "hugo", hugo)
    check_hugo_layout(hugo / "layouts" / "_default" / "single.html", serve_latency.content_format(binary))
    shutil.copytree(reseaux, hugo / "content" / "reseaux")
    # The same monographs in a git repository where every file has two or three versions (FORMAT §9:
    # dates and versions' history), and copies that the repeated builds edit.
    shutil.copytree(work / "Content", work / "git" / "Content")
    serve_latency.make_history(work / "git" / "Content", every=(1, 2))
    shutil.copytree(work / "Content", work / "again" / "Content")
    shutil.copytree(hugo, work / "hugo-again")
    bodies = work / "bodies.md"
    with bodies.open("w", encoding="utf-8") as out:
        for path in sorted(reseaux.iterdir()):
            out.write(split_front_matter(path.read_text(encoding="utf-8")))
            out.write("\n\n")
    return content_bytes, bodies.stat().st_size


def check_hugo_layout(layout, fmt):
    """Exits when Hugo's layout of a monograph reads a key, or marks a section, that the format does not
    declare: it mirrors monograph's page, and must follow the format."""
    text = layout.read_text(encoding="utf-8")
    keys = set(re.findall(r"\.Params\.([a-z_]+)", text)) - set(fmt.keys)
    sections = set(re.findall(r'<section id="([a-z-]+)"', text)) - {section for section, _ in fmt.sections}
    if keys or sections:
        sys.exit(f"run.py: {layout} reads keys or marks sections the format does not declare: "
                 f"{', '.join(sorted(keys | sections))}")


def commands(binary, templates, work, run):
    """For each tool: (command, output folder or file, file that receives stdout or None). Each run writes
    to a folder of its own (see `measure`). "monograph" builds without the search index, as does Hugo;
    "monograph-search" builds with it (Pagefind over the search documents, timed apart through
    bench/timed-pagefind.sh); "hugo-pagefind" runs the same Pagefind over Hugo's output after Hugo."""
    out = work / "runs" / str(run)
    build = [str(binary), "build", "--content", str(work / "Content"), "--templates", str(templates),
             "--output", str(out / "Output")]
    hugo = ["hugo", "--source", str(work / "hugo"), "--destination", str(out / "public"), "--quiet", "--noBuildLock"]
    pagefind_stats = work / "pagefind-time.txt"
    return {
        "monograph": (build + ["--sans-recherche"], out / "Output", None),
        "hugo": (hugo, out / "public", None),
        "cmark": (["cmark", "--smart", str(work / "bodies.md")], out / "bodies.html", out / "bodies.html"),
        "monograph-search": (build + ["--pagefind", str(TIMED_PAGEFIND)], out / "Output", None),
        "hugo-pagefind": (["sh", "-c", '"$@" && exec /usr/bin/time -v -o "$PAGEFIND_STATS" "$PAGEFIND_REAL" --site "$0" --silent',
                           str(out / "public")] + hugo, out / "public", None),
        "monograph-git": ([str(binary), "build", "--content", str(work / "git" / "Content"), "--templates", str(templates),
                           "--output", str(out / "Output"), "--sans-recherche"], out / "Output", None),
        # The same, as the first build after a clone: nothing kept of the versions' changes (the cache
        # in the repository removed first).
        "monograph-git-first": (["sh", "-c", 'rm -f "$0" && exec "$@"', str(work / "git" / "Content" / ".git" / "monograph" / "versions"),
                                 str(binary), "build", "--content", str(work / "git" / "Content"), "--templates", str(templates),
                                 "--output", str(out / "Output"), "--sans-recherche"], out / "Output", None),
        # A writer's repeated `make`: into the output of the previous build, one monograph changed since.
        "monograph-again": ([str(binary), "build", "--content", str(work / "again" / "Content"), "--templates", str(templates),
                             "--output", str(work / "again" / "Output"), "--sans-recherche"], work / "again" / "Output", None),
        "hugo-again": (["hugo", "--source", str(work / "hugo-again"), "--destination", str(work / "hugo-again" / "public"),
                        "--quiet", "--noBuildLock"], work / "hugo-again" / "public", None),
    }


def read_time(stats):
    """(peak RSS in KiB, CPU seconds, wall seconds) from a `/usr/bin/time -v` file."""
    fields = dict(line.strip().rsplit(": ", 1) for line in stats.read_text().splitlines() if ": " in line)
    minutes, _, seconds = fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].rpartition(":")
    wall = float(seconds) + 60 * sum(int(part) * 60 ** i for i, part in enumerate(reversed(minutes.split(":"))) if part)
    return (int(fields["Maximum resident set size (kbytes)"]),
            float(fields["User time (seconds)"]) + float(fields["System time (seconds)"]), wall)


def run_once(command, output, stdout_path, work):
    """Runs one command under /usr/bin/time; returns (wall seconds, peak RSS in KiB, CPU seconds, indexer),
    where the indexer's (wall seconds, peak RSS in KiB) are given when the command ran Pagefind under
    /usr/bin/time (bench/timed-pagefind.sh, or after Hugo), else None. The peak RSS is the largest of the
    program and its children."""
    output.parent.mkdir(parents=True, exist_ok=True)
    stats = work / "time.txt"
    pagefind_stats = work / "pagefind-time.txt"
    pagefind_stats.unlink(missing_ok=True)
    environment = dict(os.environ, PAGEFIND_STATS=str(pagefind_stats), PAGEFIND_REAL=str(PAGEFIND))
    stdout = stdout_path.open("wb") if stdout_path else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-v", "-o", str(stats)] + command, stdout=stdout,
                                stderr=subprocess.PIPE, check=False, env=environment)
        wall = time.perf_counter() - start
    finally:
        if stdout_path:
            stdout.close()
    if result.returncode != 0:
        sys.exit(f"run.py: « {' '.join(command)} » failed ({result.returncode}):\n"
                 + result.stderr.decode(errors="replace")[-4000:])
    rss, cpu, _ = read_time(stats)
    indexer = None
    if pagefind_stats.exists():
        index_rss, _, index_wall = read_time(pagefind_stats)
        indexer = (index_wall, index_rss)
    return wall, rss, cpu, indexer


def measure(size, rounds, binary, templates, seed, keep):
    work = Path(tempfile.mkdtemp(prefix=f"monograph-bench-{size}-"))
    try:
        print(f"[{size}] generating in {work}", flush=True)
        content_bytes, body_bytes = prepare(size, work, seed, binary)
        runs = {tool: [] for tool in TOOLS}
        # The repeated builds start from a first build, untimed.
        for tool in AGAIN:
            run_once(*commands(binary, templates, work, 0)[tool], work)
        # Preparing wrote, and git may have packed and removed, thousands of files.
        settle()
        load_before = os.getloadavg()[0]
        run = 0
        for r in range(1, rounds + 1):
            for tool in TOOLS:
                run += 1
                if tool in AGAIN:
                    edit_one(work / AGAIN[tool], r)
                wall, rss, cpu, indexer = run_once(*commands(binary, templates, work, run)[tool], work)
                runs[tool].append((wall, rss, cpu))
                if indexer:
                    runs.setdefault(tool + " indexer", []).append(indexer)
                print(f"[{size}] round {r}/{rounds} {tool}: {wall:.2f} s, {rss / 1024:.0f} MiB, CPU {cpu:.2f} s"
                      + (f" (Pagefind {indexer[0]:.2f} s, {indexer[1] / 1024:.0f} MiB)" if indexer else ""), flush=True)
        pages = sum(1 for _ in (work / "runs" / "1" / "Output").rglob("*.html"))
        return {"size": size, "rounds": rounds, "content_bytes": content_bytes, "body_bytes": body_bytes,
                "pages": pages, "runs": runs, "load": (load_before, os.getloadavg()[0])}
    finally:
        if keep:
            print(f"[{size}] kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
            settle()


def edit_one(reseaux, round_number):
    """Adds a key point to one monograph, another each round: what a writer changes between two builds."""
    paths = sorted(reseaux.glob("*.md"))
    path = paths[(round_number * 97) % len(paths)]
    path.write_text(serve_latency.edit(path.read_text(encoding="utf-8"), "structured", f"Point du tour {round_number}"),
                    encoding="utf-8")


def settle():
    """Waits after removing or replacing many files: ext4 without a journal (as here) skips, when it
    allocates an inode, every inode freed less than a minute ago (five while its table is not written
    back), one lookup each, which would slow down whichever program runs next. The files are written
    back first (`sync`), then the minute goes by."""
    os.sync()
    time.sleep(65)


def thousands(n):
    return f"{n:,}".replace(",", "\u202f")


def fmt_seconds(s):
    return f"{s:.2f}" if s < 100 else f"{s:.0f}"


def fmt_mib(kib):
    return f"{kib / 1024:.0f} MiB"


def report(path, info, results, sizes_requested, serve=None):
    median = {}
    for r in results:
        median[r["size"]] = {tool: statistics.median(w for w, _, _ in r["runs"][tool]) for tool in TOOLS}
    lines = [
        "# Benchmarks",
        "",
        "Full build of N synthetic monographs by monograph, compared with Hugo building the same files with a",
        "minimal layout, and with `cmark` alone converting the same bodies (the floor: Markdown parsing and",
        "rendering, nothing else); then both with a search index (Pagefind). Produced by `make bench`",
        "(`bench/run.py`); rerun it to refresh this file.",
        "",
        "## Machine",
        "",
        f"- Date: {info['date']}",
        f"- CPU: {info['cpu']}, `nproc` = {info['nproc']}",
        f"- Memory (`free -h`): {info['memory']}",
        f"- System: {info['os']}",
        f"- {info['swift']}; monograph release binary built {info['binary']}",
        f"- {info['hugo']}",
        f"- {info['cmark']}",
        f"- {info['pagefind']} (search index)",
        f"- Python {info['python']} (generator and timing)",
        "",
        "## Results",
        "",
        "Medians of the wall-clock times, in seconds; the ratios divide those medians. CPU is the median of",
        "user + system time (less sensitive than wall time to other work on the machine; above the wall time",
        "when a program uses several cores). Peak memory is the largest \"Maximum resident set size\" of",
        "`/usr/bin/time -v` over the rounds.",
        "",
        "| N | content | rounds | monograph | Hugo | cmark (floor) | monograph / Hugo | monograph / floor "
        "| monograph CPU | Hugo CPU | monograph peak memory | Hugo peak memory |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        m = median[r["size"]]
        peak = {tool: max(rss for _, rss, _ in r["runs"][tool]) for tool in TOOLS}
        cpu = {tool: statistics.median(c for _, _, c in r["runs"][tool]) for tool in TOOLS}
        lines.append(
            f"| {thousands(r['size'])} | {r['content_bytes'] / 1e6:.1f} MB | {r['rounds']} | {fmt_seconds(m['monograph'])} "
            f"| {fmt_seconds(m['hugo'])} | {fmt_seconds(m['cmark'])} | {m['monograph'] / m['hugo']:.1f}× "
            f"| {m['monograph'] / m['cmark']:.0f}× | {fmt_seconds(cpu['monograph'])} | {fmt_seconds(cpu['hugo'])} "
            f"| {fmt_mib(peak['monograph'])} | {fmt_mib(peak['hugo'])} |")
    lines += [
        "",
        "### With the search index",
        "",
        "The same rounds, with the search index made by Pagefind (`" + info["pagefind"] + "`, the version `make`",
        "installs): monograph writes one search document per indexed page from the content (the words of",
        "the main content of a monograph, a booklet page, the synthesis or the reference page, its headings",
        "and its filters), then renders the pages while Pagefind reads the documents, and waits for it",
        "before replacing the output folder; Hugo is followed by the same Pagefind over its whole output.",
        "Medians of the wall times; Pagefind's own time and peak memory are measured apart (`/usr/bin/time`",
        "around it; monograph's pages are rendered during that time), and monograph's own peak is that of",
        "its runs without the index (the indexer is a separate process).",
        "",
        "| N | monograph with index | Hugo + Pagefind | ratio | Pagefind (monograph's documents, beside the rendering) | Pagefind (after Hugo) "
        "| monograph peak memory | Pagefind peak memory (monograph's documents) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        m = median[r["size"]]
        own = {tool: r["runs"].get(tool + " indexer", []) for tool in ("monograph-search", "hugo-pagefind")}
        index_wall = {tool: statistics.median(w for w, _ in own[tool]) if own[tool] else float("nan") for tool in own}
        index_peak = max((rss for _, rss in own["monograph-search"]), default=0)
        lines.append(
            f"| {thousands(r['size'])} | {fmt_seconds(m['monograph-search'])} | {fmt_seconds(m['hugo-pagefind'])} "
            f"| {m['monograph-search'] / m['hugo-pagefind']:.2f}× | {fmt_seconds(index_wall['monograph-search'])} "
            f"| {fmt_seconds(index_wall['hugo-pagefind'])} | {fmt_mib(max(rss for _, rss, _ in r['runs']['monograph']))} "
            f"| {fmt_mib(index_peak)} |")
    lines += [
        "",
        "### Dates and versions' history; repeated builds",
        "",
        "\"in git\": the same monographs in a git repository of three dated commits (every file, then a key",
        "point added to every monograph, then to one in two: every file has two or three versions), built",
        "from scratch like the first column: the dates (one `git log`) and the versions' history (one",
        "`git cat-file --batch`, each older version read from the next, and a history page per monograph)",
        "are the difference. What each version changed is kept in the repository (`.git/monograph/versions`)",
        "by the build before; \"first build\" removes it before each run, as a fresh clone has none.",
        "\"Repeated\": a writer's repeated `make`, a build into the output folder of the",
        "previous one after one monograph gained a key point (monograph brings the folder up to date; Hugo",
        "writes into its folder as it always does).",
        "",
        "| N | monograph | monograph in git | dates and history | in git, first build | dates and history | monograph repeated | Hugo repeated | ratio |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        m = median[r["size"]]
        lines.append(
            f"| {thousands(r['size'])} | {fmt_seconds(m['monograph'])} | {fmt_seconds(m['monograph-git'])} "
            f"| {100 * (m['monograph-git'] / m['monograph'] - 1):+.0f} % | {fmt_seconds(m['monograph-git-first'])} "
            f"| {100 * (m['monograph-git-first'] / m['monograph'] - 1):+.0f} % | {fmt_seconds(m['monograph-again'])} "
            f"| {fmt_seconds(m['hugo-again'])} | {m['monograph-again'] / m['hugo-again']:.2f}× |")
    missing = [s for s in sizes_requested if s not in median]
    if missing:
        lines += ["", f"Not measured yet in this run: N = {', '.join(map(str, missing))}."]
    if serve:
        labels = {
            "prose": "a sentence added to the prose: the monograph's page shows it",
            "structured": "a key point added to the front matter: the monograph's page shows it",
            "practice": "a practice added (regional level): the monograph's page shows it",
            "practice, synthesis": "the same practice: the synthesis (computed views) shows it",
        }
        counts = [result["count"] for result in serve]
        lines += [
            "",
            f"### Preview server: an edit at {' and '.join(thousands(c) for c in counts)} monographs",
            "",
            "Time from saving a monograph to the new text being served (`bench/serve_latency.py`: the file is",
            "written, then the monograph's page is requested every 2 ms until the text appears; the synthesis",
            "is requested once the server's reload message names it, as the reload script of an open page",
            f"does), over {len(serve[0]['prose'])} saves of each kind, 0.4 s apart. The practice is added to the first",
            "monograph in site order, whose practices the synthesis lists (its long listings are cut).",
            "",
            "| edit | N | median | fastest | slowest |",
            "|---|---:|---:|---:|---:|",
        ]
        for kind, label in labels.items():
            for result in serve:
                if kind in result:
                    times = sorted(result[kind])
                    lines.append(f"| {label} | {thousands(result['count'])} | {statistics.median(times):.0f} ms"
                                 f" | {times[0]:.0f} ms | {times[-1]:.0f} ms |")
    lines += [
        "",
        "## Method",
        "",
        "- `bench/generate.py` writes N monographs (`Content/reseaux/<slug>.md`, valid per FORMAT.md §4, ids",
        "  read from `Content/referentiel.yml`, fixed seed) next to copies of `Content/site.yml`,",
        "  `referentiel.yml`, `livret/` and `synthese.md`. A fifth of the monographs have only the required",
        "  fields, the others some or all of the structured sections (identity, natures, cycles with",
        "  innovations, practices, socio-economic model, key points); bodies are a lead and a few sections of",
        "  French prose with lists, emphasis, quotes and links. \"content\" is the size of the N files.",
        "- Rounds are interleaved: monograph, Hugo, cmark, monograph with index, Hugo + Pagefind, monograph in",
        "  git, the same as a first build, monograph repeated, Hugo repeated, then again; every run but the repeated ones writes into a",
        "  new, empty folder, so every run is a full build from scratch. Nothing is deleted between runs:",
        "  on this machine's disk (ext4 without journal), a folder of thousands of files removed just before",
        "  a run slows the run's own file creation down (the file system skips the inodes freed in the last",
        "  minute, or five while their table is not written back, one lookup each), by more every round;",
        "  outputs are removed after all the rounds of a size. After preparing a size (which writes the",
        "  copies and the git repository) and after removing its outputs, the files are written back",
        "  (`sync`) and the run pauses 65 seconds. The only files removed during the rounds are the search",
        "  documents of each build with the index (one folder of N files).",
        "- monograph: `.build/release/monograph build --content DIR/Content --templates Templates --output",
        "  DIR/runs/K/Output --sans-recherche` (release build; binary and templates copied once at the start",
        "  of the run); with the index, `--pagefind bench/timed-pagefind.sh` instead. It also",
        "  renders the booklet, the synthesis (whose computed views cover all N networks), the reference",
        "  page and the open data files.",
        "- Hugo: `hugo --source DIR/hugo --destination DIR/runs/K/public --quiet --noBuildLock`, site in",
        "  `bench/hugo/`: one page per monograph showing the title, every front-matter field (inline Markdown",
        "  through `markdownify`) and `.Content`, plus a home page listing the monographs; taxonomies, RSS,",
        "  sitemap and section pages are turned off. Hugo renders pages on all cores.",
        "- Preview server: `monograph serve` on a generated site; an edit writes the monograph's file,",
        "  `inotify` names it, the server reads that file alone and writes the monograph's own files from",
        "  the site it last read (announced at once, even while a rebuild runs); then it rebuilds, re-reading",
        "  only changed files and re-rendering what depends on them (the neighbours' pages, then the pages",
        "  built from the whole site whose inputs changed, then the data files), and the page is fetched",
        "  over HTTP.",
        "- cmark: one `cmark --smart` process over the concatenation of all N bodies (front matter removed),",
        "  output to a file: the cost of parsing and rendering the Markdown alone, without the front matter,",
        "  the templates or the writing of N files.",
        "",
        "## Runs",
        "",
        "Every run, in order: wall seconds (CPU seconds, peak memory). The load average (1 minute) before",
        "the first and after the last round shows whether other work shared the machine (2 cores: a load",
        "above 2 means that programs waited for a core).",
        "",
    ]
    for r in results:
        lines.append(f"- N = {thousands(r['size'])} ({thousands(r['pages'])} HTML files written by monograph; bodies "
                     f"alone {r['body_bytes'] / 1e6:.1f} MB; load average {r['load'][0]:.2f} before, {r['load'][1]:.2f} after):")
        for tool in TOOLS:
            shown = ", ".join(f"{fmt_seconds(w)} ({fmt_seconds(c)}, {fmt_mib(rss)})" for w, rss, c in r["runs"][tool])
            lines.append(f"  - {tool}: {shown}")
    # The reading of the figures (targets, what stands in the way) is kept by hand in bench/notes.md.
    notes = Path(__file__).with_name("notes.md")
    if notes.exists():
        lines += ["", notes.read_text(encoding="utf-8").rstrip()]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def parse_sizes(text, rounds):
    sizes = []
    for item in text.replace(",", " ").split():
        size, _, own = item.partition(":")
        sizes.append((int(size), int(own) if own else rounds))
    return sizes


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000 2000 10000", help='sizes, each "N" or "N:ROUNDS"')
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--binary", default=str(ROOT / ".build" / "release" / "monograph"))
    parser.add_argument("--report", default=str(ROOT / "BENCHMARKS.md"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders")
    parser.add_argument("--serve-counts", default="2000 20000",
                        help="monographs for the preview-server test, one test per count (empty: none)")
    parser.add_argument("--serve-trials", type=int, default=8)
    args = parser.parse_args()

    for program in ("/usr/bin/time", "hugo", "cmark", args.binary, str(PAGEFIND)):
        if not shutil.which(program):
            sys.exit(f"run.py: {program} not found (make bench installs hugo, cmark, time and Pagefind)")
    sizes = parse_sizes(args.sizes, args.rounds)
    info = machine()
    binary = Path(args.binary).resolve()
    info["binary"] = datetime.datetime.fromtimestamp(binary.stat().st_mtime, datetime.timezone.utc).strftime(
        "%Y-%m-%d %H:%M UTC")
    # The binary and the templates are copied once, so that every round of every size runs the same
    # program even if the project is rebuilt or edited meanwhile.
    with tempfile.TemporaryDirectory(prefix="monograph-bench-bin-") as snapshot:
        snapshot = Path(snapshot)
        shutil.copy2(binary, snapshot / "monograph")
        shutil.copytree(ROOT / "Templates", snapshot / "Templates")
        results = []
        for size, rounds in sizes:
            results.append(measure(size, rounds, snapshot / "monograph", snapshot / "Templates", args.seed, args.keep))
            report(args.report, info, results, [s for s, _ in sizes])
            print(f"[{size}] written to {args.report}", flush=True)
        # Last: the tens of thousands of files a large preview test removes would slow down the file
        # creation of the builds timed after it (see the method).
        serve = []
        for count in (int(c) for c in args.serve_counts.replace(",", " ").split()):
            print(f"[serve] {count} monographs, {args.serve_trials} saves of each kind", flush=True)
            serve.append(serve_latency.measure(count, snapshot / "monograph", snapshot / "Templates",
                                               args.serve_trials, args.seed))
            print(f"[serve] {serve_latency.summary(serve[-1])}", flush=True)
            report(args.report, info, results, [s for s, _ in sizes], serve)


if __name__ == "__main__":
    main()
