#!/usr/bin/env python3
"""Prints the built site to PDF with headless Chromium: Output/pdf/<slug>.pdf for each monograph and
Output/pdf/collection.pdf (home page, every monograph in the home page's order, then the synthesis).

Usage: pdf.py [--output Output] [--chromium /usr/bin/chromium]
Written after the build, inside the output folder, so the generator's marker file stays in place.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def fail(message: str) -> int:
    print(f"erreur : {message}", file=sys.stderr)
    return 1


def find_chromium(requested: str | None) -> str | None:
    for candidate in filter(None, [requested, "chromium", "chromium-browser", "google-chrome"]):
        found = shutil.which(candidate) if "/" not in candidate else (candidate if os.access(candidate, os.X_OK) else None)
        if found:
            return found
    return None


def print_page(chromium: str, page: Path, pdf: Path) -> str | None:
    """Prints one page; returns an error message, or None."""
    with tempfile.TemporaryDirectory(prefix="monograph-pdf-") as profile:
        command = [chromium, "--headless", "--disable-gpu", "--no-first-run", f"--user-data-dir={profile}",
                   "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.resolve().as_uri()]
        if os.geteuid() == 0:
            command.insert(1, "--no-sandbox")  # Chromium's sandbox refuses to run as root
        try:
            process = subprocess.run(command, capture_output=True, text=True, timeout=180)
        except subprocess.TimeoutExpired:
            return f"{page} : Chromium n’a pas répondu en 180 s"
    if process.returncode != 0 or not pdf.exists() or pdf.stat().st_size == 0:
        return f"{page} : impression impossible ({process.stderr.strip()[-400:]})"
    return None


def concatenate(parts: list[Path], target: Path) -> str | None:
    if shutil.which("qpdf"):
        command = ["qpdf", "--empty", "--pages", *map(str, parts), "--", str(target)]
    else:
        command = ["pdfunite", *map(str, parts), str(target)]
    process = subprocess.run(command, capture_output=True, text=True)
    # qpdf exits 3 for warnings only: the file is written.
    if process.returncode not in (0, 3) or not target.exists():
        return f"assemblage de {target.name} impossible : {process.stderr.strip()[-400:]}"
    return None


def page_count(pdf: Path) -> int | None:
    if shutil.which("qpdf"):
        process = subprocess.run(["qpdf", "--show-npages", str(pdf)], capture_output=True, text=True)
        return int(process.stdout) if process.returncode == 0 and process.stdout.strip().isdigit() else None
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description="Impression du site en PDF.")
    parser.add_argument("--output", type=Path, default=Path("Output"), help="dossier du site construit")
    parser.add_argument("--chromium", default=None, help="chemin de Chromium (par défaut : chromium du PATH)")
    args = parser.parse_args()

    chromium = find_chromium(args.chromium)
    if chromium is None:
        return fail("Chromium est introuvable : il sert à imprimer les pages en PDF.\n"
                    "  Installez-le avec : sudo apt-get install chromium   (paquet Debian « chromium »)\n"
                    "  ou indiquez son chemin : make pdf CHROMIUM=/chemin/vers/chromium")
    if not shutil.which("qpdf") and not shutil.which("pdfunite"):
        return fail("ni qpdf ni pdfunite ne sont installés : ils servent à assembler collection.pdf.\n"
                    "  Installez l’un des deux avec : sudo apt-get install qpdf   (ou poppler-utils)")
    data = args.output / "donnees" / "reseaux.json"
    if not (args.output / "index.html").exists() or not data.exists():
        return fail(f"{args.output}/ ne contient pas de site construit : lancez d’abord make.")

    slugs = [entry["slug"] for entry in json.loads(data.read_text(encoding="utf-8"))]
    target = args.output / "pdf"
    target.mkdir(exist_ok=True)
    for old in target.glob("*.pdf"):
        old.unlink()

    with tempfile.TemporaryDirectory(prefix="monograph-pdf-") as scratch:
        scratch_dir = Path(scratch)
        jobs = [(args.output / "reseaux" / slug / "index.html", target / f"{slug}.pdf") for slug in slugs]
        home, synthesis = scratch_dir / "accueil.pdf", scratch_dir / "synthese.pdf"
        jobs.append((args.output / "index.html", home))
        if (args.output / "synthese" / "index.html").exists():
            jobs.append((args.output / "synthese" / "index.html", synthesis))
        with ThreadPoolExecutor(max_workers=2) as pool:
            errors = [e for e in pool.map(lambda job: print_page(chromium, *job), jobs) if e]
        if errors:
            return fail("\n  ".join(["l’impression a échoué :"] + errors))
        parts = [home] + [target / f"{slug}.pdf" for slug in slugs] + ([synthesis] if synthesis.exists() else [])
        error = concatenate(parts, target / "collection.pdf")
        if error:
            return fail(error)

    pages = page_count(target / "collection.pdf")
    print(f"PDF écrits dans {target}/ : {len(slugs)} monographie{'s' if len(slugs) > 1 else ''} et collection.pdf"
          + (f" ({pages} pages)" if pages else "") + ".")
    return 0


if __name__ == "__main__":
    sys.exit(main())
