#!/usr/bin/env python3
"""Prints the built site as PDF with WeasyPrint: Output/pdf/collection.pdf, the printed collection (cover,
contents with page numbers, the booklet, the monographs, the synthesis, the referentiel), and
Output/pdf/<slug>.pdf for each monograph. Every PDF is tagged (PDF/UA-1), titled, in the site's language,
with bookmarks and its fonts embedded.

Usage: make_pdf.py [--output Output] [--content Content] [--html DIR]
Run by `make pdf`, after the build, inside the output folder (the generator's marker file stays in place).
--html also writes the assembled HTML documents into DIR, to look at them in a browser.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from assemble import Book, missing_input  # noqa: E402

# PDF/UA-1: tagged, title shown instead of the file name, language, every font embedded.
PDF_OPTIONS = {"pdf_variant": "pdf/ua-1", "pdf_tags": True}


def fail(message: str) -> int:
    print(f"erreur : {message}", file=sys.stderr)
    return 1


def render(job: tuple[str, str, str]) -> tuple[str, int, str]:
    """Writes one PDF; returns (its name, its page count, the engine's errors)."""
    document, base, target = job
    from weasyprint import HTML, URLFetcher

    errors: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record):
            errors.append(record.getMessage())

    logger = logging.getLogger("weasyprint")
    logger.setLevel(logging.ERROR)
    logger.handlers = [Collect()]
    logger.propagate = False
    # Only the site's own files: a page never waits on the network.
    fetcher = URLFetcher(allowed_protocols={"file", "data"})
    rendered = HTML(string=document, base_url=base, url_fetcher=fetcher).render(**PDF_OPTIONS)
    partial = Path(target).with_suffix(".pdf.partiel")
    rendered.write_pdf(partial, **PDF_OPTIONS)
    os.replace(partial, target)
    return Path(target).name, len(rendered.pages), "\n    ".join(errors)


def main() -> int:
    parser = argparse.ArgumentParser(description="Impression du site en PDF (WeasyPrint).")
    parser.add_argument("--output", type=Path, default=Path("Output"), help="dossier du site construit")
    parser.add_argument("--content", type=Path, default=Path("Content"), help="dossier du contenu (site.yml, livret/)")
    parser.add_argument("--html", type=Path, default=None, help="écrit aussi les documents HTML assemblés dans ce dossier")
    args = parser.parse_args()

    problem = missing_input(args.output, args.content)
    if problem:
        return fail(problem)
    site = args.output.resolve()
    try:
        book = Book(site, args.content)
    except (OSError, ValueError, KeyError) as error:
        return fail(f"assemblage du livre impossible : {error}")

    target = site / "pdf"
    target.mkdir(exist_ok=True)
    for old in [*target.glob("*.pdf"), *target.glob("*.pdf.partiel")]:
        old.unlink()
    documents = [("collection", book.collection())]
    documents += [(page.chapter.key.removeprefix("reseau-"), book.monograph(page)) for page in book.monographs()]
    if args.html:
        args.html.mkdir(parents=True, exist_ok=True)
        for name, document in documents:
            # Stylesheets and images are addressed from the site's root: a <base> makes them resolve there.
            (args.html / f"{name}.html").write_text(
                document.replace("<head>\n", f'<head>\n<base href="{site.as_uri()}/">\n', 1), encoding="utf-8")

    started = time.monotonic()
    base = site.as_uri() + "/"
    jobs = [(document, base, str(target / f"{name}.pdf")) for name, document in documents]
    # The collection first: it is the longest; the monographs share the second core meanwhile.
    try:
        with ProcessPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:
            results = list(pool.map(render, jobs))
    except Exception as error:  # noqa: BLE001 - whatever the engine raised, said in one line
        return fail(f"le moteur PDF (WeasyPrint) a échoué : {type(error).__name__} : {error}")
    problems = [f"{name} :\n    {errors}" for name, _, errors in results if errors]
    if problems:
        return fail("le moteur PDF a signalé des erreurs :\n  " + "\n  ".join(problems))
    pages = results[0][1]
    count = len(results) - 1
    print(f"PDF écrits dans {args.output}/pdf/ : collection.pdf ({pages} pages) et "
          f"{count} monographie{'s' if count > 1 else ''} [{time.monotonic() - started:.0f} s].")
    return 0


if __name__ == "__main__":
    sys.exit(main())
