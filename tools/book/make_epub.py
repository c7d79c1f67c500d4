#!/usr/bin/env python3
"""Writes the built site as an e-book: Output/epub/collection.epub, EPUB 3.3 of the same book as the PDF
(cover, contents, the booklet, the monographs, the synthesis with its charts and their tables, the
referentiel), with its accessibility metadata. Same built site, same file, byte for byte.

Usage: make_epub.py [--output Output] [--content Content] [--xhtml DIR]
Run by `make epub` and `make pdf`, after the build. --xhtml also writes the publication's files unzipped
into DIR, to open them in a browser.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from assemble import Book, french_date, missing_input  # noqa: E402
from cover import cover_png  # noqa: E402
from epub import Epub  # noqa: E402


def fail(message: str) -> int:
    print(f"erreur : {message}", file=sys.stderr)
    return 1


def main() -> int:
    parser = argparse.ArgumentParser(description="Le livre numérique de la collection (EPUB 3).")
    parser.add_argument("--output", type=Path, default=Path("Output"), help="dossier du site construit")
    parser.add_argument("--content", type=Path, default=Path("Content"), help="dossier du contenu (site.yml)")
    parser.add_argument("--xhtml", type=Path, default=None, help="écrit aussi les fichiers du livre, décompressés, dans ce dossier")
    args = parser.parse_args()

    problem = missing_input(args.output, args.content)
    if problem:
        return fail(problem)
    site = args.output.resolve()
    try:
        book = Book(site, args.content)
        if not book.parts:
            return fail("le site construit n’a aucune page à mettre dans le livre.")
        info = book.info
        cover = cover_png(info.titre, info.sous_titre, info.editeur, book.cover_contents(),
                          french_date(info.date_publication) if info.date_publication else None)
        epub = Epub(book, site, cover)
    except (OSError, ValueError, KeyError) as error:
        return fail(f"assemblage du livre numérique impossible : {error}")

    target = site / "epub"
    target.mkdir(exist_ok=True)
    size = epub.write(target / "collection.epub")
    if args.xhtml:
        shutil.rmtree(args.xhtml, ignore_errors=True)
        with zipfile.ZipFile(target / "collection.epub") as archive:
            archive.extractall(args.xhtml)
    chapters = sum(len(part.pages) for part in book.parts)
    print(f"Livre numérique écrit : {args.output}/epub/collection.epub ({chapters} chapitres, {size // 1024} Ko).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
