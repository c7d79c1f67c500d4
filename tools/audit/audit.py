#!/usr/bin/env python3
"""Quality gate of a built site: markup validity (Nu), internal links and anchors (lychee), accessibility
(axe-core in Chromium), width at 390 px, charts' text size on screen (charts.py), screenshots, page weight
and no scripts, search in Chromium over HTTP, French typography of every visible text (and of the documents
the PDFs are laid out from), with --pdf the printed collection of `make pdf` (pypdf), and with --epub the
e-book of `make epub` (EPUBCheck, its metadata and contents, axe-core at an e-reader's width).

Prints every finding with its page, then one summary line per checker; exits 1 on any finding.
Usage: audit.py [--output Output] [--screenshots audit] [--weights-only] [--pdf] [--pdf-html DIR] [--epub]
With --weights-only, only page weights and scripts are checked: for a site of thousands of pages
(make audit-large checks 2,000 monographs this way).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import browser  # noqa: E402
import budgets  # noqa: E402
import epub  # noqa: E402
import links  # noqa: E402
import pdf  # noqa: E402
import search  # noqa: E402
import typography  # noqa: E402
import validity  # noqa: E402
from builtsite import Site  # noqa: E402
from report import plural  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description="Audit d’un site construit.")
    parser.add_argument("--output", type=Path, default=Path("Output"), help="dossier du site construit")
    parser.add_argument("--screenshots", type=Path, default=None, help="dossier des captures d’écran")
    parser.add_argument("--weights-only", action="store_true",
                        help="seulement le poids des pages et l’absence de scripts (pour une grande collection)")
    parser.add_argument("--pdf", action="store_true", help="vérifie aussi les PDF de make pdf (dossier pdf/ du site)")
    parser.add_argument("--pdf-html", type=Path, default=None,
                        help="dossier des documents HTML d’où make pdf tire les PDF, dont la typographie est vérifiée")
    parser.add_argument("--epub", action="store_true",
                        help="vérifie aussi le livre numérique de make epub (epub/collection.epub) avec EPUBCheck")
    args = parser.parse_args()

    if not (args.output / "index.html").exists():
        print(f"audit : {args.output}/index.html est absent ; construisez d’abord le site (make).", file=sys.stderr)
        return 2
    site = Site(args.output)
    print(f"audit de {args.output}/ : {plural(len(site.pages()), 'page')} HTML", flush=True)

    def book_texts() -> dict[str, str]:
        texts = typography.book_documents(args.pdf_html) if args.pdf_html else {}
        if args.epub:
            texts |= typography.epub_documents(epub.texts(site))
        return texts

    results = []
    runs = [lambda: [budgets.check(site)]]
    if not args.weights_only:
        runs += [lambda: [validity.check(site)], lambda: [links.check(site)], lambda: browser.check(site, args.screenshots),
                 lambda: [search.check(site)],
                 lambda: [typography.check(site, book_texts())]]
    if args.pdf:
        runs.append(lambda: [pdf.check(site, args.screenshots)])
    if args.epub:
        runs.append(lambda: [epub.check(site, args.screenshots)])
    for run in runs:
        started = time.monotonic()
        for result in run():
            result.print_findings()
            result.summary += f" [{time.monotonic() - started:.0f} s]"
            results.append(result)

    print("\nrésumé :")
    for result in results:
        mark = "ok " if not result.findings else "ÉCHEC"
        print(f"  {mark:5} {result.name} : {result.summary}")
    total = sum(len(result.findings) for result in results)
    if total:
        print(f"audit : {plural(total, 'constat')} à corriger.")
        return 1
    print("audit : aucun constat.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
