"""The printed collection (`make pdf`), read back with pypdf.

collection.pdf, with expectations taken from the built site (parts, booklet pages, monographs):
- every part and every chapter is in the table of contents, and the number given there is the page where
  it starts: that page prints this number, its text holds the title, and its bookmark points at it;
- each part and each monograph starts on a right-hand (odd) page;
- every page but the cover prints its number, and the running title of a page that has one is its part
  (left-hand pages) or its chapter (right-hand pages);
- one bookmark per part, in order, and one per monograph, in the site's order, under its part.
Each PDF, the collection and every monograph's: tagged (/StructTreeRoot, /MarkInfo /Marked true), titled,
in the site's language, every font embedded, no link to a file of the printing machine.
Screenshots of the cover and of the table of contents go into the screenshots folder (pdftoppm).
"""
from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from builtsite import Site
from report import CheckResult, plural

PARTS = {"livret": "Le livret", "reseaux": "Les monographies", "synthese": "La synthèse", "referentiel": "Le référentiel"}
H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S)
TITLE = re.compile(r"<title>(.*?)</title>", re.S)
LANG = re.compile(r'<html\b[^>]*\blang="([^"]*)"')
TAG = re.compile(r"<[^>]+>")
LEADER = r"\s*(?:\.\s*){3,}(\d+)\b"


def plain(fragment: str) -> str:
    return " ".join(html.unescape(TAG.sub(" ", fragment)).split())


def heading(path: Path) -> str | None:
    found = H1.search(path.read_text(encoding="utf-8"))
    return plain(found.group(1)) if found else None


@dataclass
class Entry:
    """A part or a chapter that the book must list: its title and the part it belongs to."""
    title: str
    part: str
    is_part: bool = False
    is_monograph: bool = False


def expected_entries(site: Site) -> list[Entry]:
    """The parts and chapters the built site gives the book, parts first in book order."""
    entries: list[Entry] = []
    booklet = sorted((site.root / "livret").glob("*/index.html"))
    monographs = json.loads((site.root / "donnees" / "reseaux.json").read_text(encoding="utf-8"))
    synthesis, referentiel = site.root / "synthese" / "index.html", site.root / "referentiel" / "index.html"
    chapters = {
        "livret": [(heading(path), False) for path in booklet],
        "reseaux": [(heading(site.root / "reseaux" / m["slug"] / "index.html") or m["nom"], True) for m in monographs],
        "synthese": [(heading(synthesis), False)] if synthesis.exists() else [],
        "referentiel": [(heading(referentiel), False)] if referentiel.exists() else [],
    }
    for key, title in PARTS.items():
        if chapters[key]:
            entries.append(Entry(title, title, is_part=True))
            entries += [Entry(name, title, is_monograph=monograph) for name, monograph in chapters[key] if name]
    return entries


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def folio(page_lines: list[str]) -> str | None:
    return page_lines[-1] if page_lines else None


def outline(reader) -> list[tuple[int, str, int]]:
    """Every bookmark as (level, title, page number from 1)."""
    found: list[tuple[int, str, int]] = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, " ".join(str(item.title).split()), reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 1)
    return found


def resolved(value):
    return value.get_object() if hasattr(value, "get_object") else value


def font_problems(reader) -> set[str]:
    """The fonts drawn without their program embedded."""
    missing: set[str] = set()
    seen: set[int] = set()

    def visit(resources):
        resources = resolved(resources) or {}
        for font in (resolved(resources.get("/Font")) or {}).values():
            font = resolved(font)
            for part in [font, *[resolved(d) for d in resolved(font.get("/DescendantFonts", []))]]:
                if part.get("/Subtype") == "/Type3" or "/FontDescriptor" in part and any(
                        key in resolved(part["/FontDescriptor"]) for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                    continue
                if part.get("/Subtype") != "/Type0":
                    missing.add(str(part.get("/BaseFont", "?")).lstrip("/"))
        for group in ("/XObject", "/Pattern"):
            for item in (resolved(resources.get(group)) or {}).values():
                key = getattr(item, "idnum", None) or id(item)
                if key in seen:
                    continue
                seen.add(key)
                if "/Resources" in resolved(item):
                    visit(resolved(item)["/Resources"])

    for page in reader.pages:
        visit(page.get("/Resources"))
    return missing


def check_structure(result: CheckResult, name: str, reader, language: str, title_start: str) -> None:
    """Tags, title, language, embedded fonts and links of one PDF."""
    root = reader.trailer["/Root"]
    mark_info = resolved(root.get("/MarkInfo")) or {}
    if "/StructTreeRoot" not in root or not bool(mark_info.get("/Marked", False)):
        result.add(name, "PDF non balisé (ni /StructTreeRoot ni /MarkInfo /Marked true)")
    title = (reader.metadata or {}).get("/Title")
    if not title or not str(title).startswith(title_start):
        result.add(name, f"titre des métadonnées « {title} » au lieu de « {title_start}… »")
    if str(root.get("/Lang", "")) != language:
        result.add(name, f"langue « {root.get('/Lang')} » au lieu de « {language} » (/Lang)")
    for font in sorted(font_problems(reader)):
        result.add(name, f"police non incorporée : {font}")
    for number, page in enumerate(reader.pages, 1):
        for annotation in resolved(page.get("/Annots")) or []:
            action = resolved(resolved(annotation).get("/A")) or {}
            uri = str(action.get("/URI", ""))
            if uri.startswith("file:"):
                result.add(name, f"page {number} : lien vers un fichier de la machine qui a imprimé : {uri}")


def check_book(result: CheckResult, site: Site, reader, path: Path, screenshots: Path | None) -> int:
    """The contents, page numbers, right-hand starts, running titles and bookmarks of the collection."""
    name = "pdf/collection.pdf"
    texts = [lines(page.extract_text() or "") for page in reader.pages]
    entries = expected_entries(site)
    marks = outline(reader)
    first_part = next((page for level, title, page in marks if level == 1), None)
    if first_part is None:
        result.add(name, "aucun signet de partie")
        return 0
    contents_pages = [n for n in range(2, first_part) if any(re.search(LEADER + "$", line) for line in texts[n - 1])]
    if not contents_pages:
        result.add(name, "aucune page de sommaire avant la première partie")
    contents = " ".join(" ".join(texts[n - 1]) for n in contents_pages)

    starts: dict[str, int] = {}
    for entry in entries:
        found = re.search(re.escape(entry.title) + LEADER, contents)
        if not found:
            result.add(name, f"« {entry.title} » n’est pas au sommaire avec un numéro de page")
            continue
        number = int(found.group(1))
        starts[entry.title] = number
        if not 1 <= number <= len(texts):
            result.add(name, f"sommaire : « {entry.title} » page {number}, le PDF a {len(texts)} pages")
            continue
        page = texts[number - 1]
        if folio(page) != str(number):
            result.add(name, f"sommaire : « {entry.title} » page {number}, mais cette page imprime « {folio(page)} »")
        # The title opens the page: after the part's heading and a monograph's number at most.
        if number in contents_pages or entry.title not in " ".join(page[:6]):
            result.add(name, f"sommaire : « {entry.title} » page {number}, mais cette page ne commence pas par son titre")
        level = 1 if entry.is_part else 2
        pointed = [page for mark_level, title, page in marks if mark_level == level and title == entry.title]
        if pointed != [number]:
            result.add(name, f"sommaire : « {entry.title} » page {number}, son signet de niveau {level} : {pointed or 'absent'}")
        if (entry.is_part or entry.is_monograph) and number % 2 == 0:
            result.add(name, f"« {entry.title} » commence page {number}, une page de gauche")

    parts = [title for level, title, _ in marks if level == 1]
    if parts != [entry.title for entry in entries if entry.is_part]:
        result.add(name, f"signets des parties : {parts}")
    monographs = [entry.title for entry in entries if entry.is_monograph]
    under = [title for level, title, page in marks if level == 2 and title in monographs]
    if under != monographs:
        result.add(name, f"signets des monographies : {under} au lieu de {monographs}")

    if texts and folio(texts[0]) == "1":
        result.add(name, "la couverture porte un numéro de page")
    chapters = sorted(((starts[entry.title], entry) for entry in entries if not entry.is_part and entry.title in starts),
                      key=lambda pair: pair[0])
    for number in range(2, len(texts) + 1):
        page = texts[number - 1]
        if folio(page) != str(number):
            result.add(name, f"page {number} : pas de numéro de page (la page finit par « {folio(page)} »)")
            continue
        current = [entry for start, entry in chapters if start <= number]
        if not current or len(page) < 2:
            continue  # before the first chapter, or a page left blank
        running = current[-1].title if number % 2 else current[-1].part
        if page[-2] != running:
            result.add(name, f"page {number} : titre courant « {page[-2]} » au lieu de « {running} »")

    if screenshots is not None and contents_pages:
        shoot(result, path, screenshots, {"pdf-couverture": 1} | {
            f"pdf-sommaire{'' if i == 0 else f'-{i + 1}'}": n for i, n in enumerate(contents_pages)})
    return len(chapters)


def shoot(result: CheckResult, pdf: Path, folder: Path, pages: dict[str, int]) -> None:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        result.add("-", "pdftoppm est introuvable (paquet Debian poppler-utils) : make audit-deps l’installe.")
        return
    folder.mkdir(parents=True, exist_ok=True)
    for stem, number in pages.items():
        process = subprocess.run([pdftoppm, "-png", "-r", "70", "-singlefile", "-f", str(number), "-l", str(number),
                                  str(pdf), str(folder / stem)], capture_output=True, text=True)
        if process.returncode != 0:
            result.add("pdf/collection.pdf", f"capture de la page {number} impossible : {process.stderr.strip()[:200]}")


def check(site: Site, screenshots: Path | None) -> CheckResult:
    result = CheckResult("recueil PDF (pypdf)")
    from pypdf import PdfReader

    folder = site.root / "pdf"
    book = folder / "collection.pdf"
    if not book.exists():
        result.add("pdf/collection.pdf", "absent : make pdf l’écrit")
        result.summary = "non lancé"
        return result
    home = (site.root / "index.html").read_text(encoding="utf-8")
    language = LANG.search(home).group(1) if LANG.search(home) else "fr"
    site_title = plain(TITLE.search(home).group(1)) if TITLE.search(home) else ""
    with book.open("rb") as stream:
        reader = PdfReader(stream)
        check_structure(result, "pdf/collection.pdf", reader, language, site_title)
        chapters = check_book(result, site, reader, book, screenshots)
        pages = len(reader.pages)
    monographs = json.loads((site.root / "donnees" / "reseaux.json").read_text(encoding="utf-8"))
    for monograph in monographs:
        name = f"pdf/{monograph['slug']}.pdf"
        path = site.root / name
        if not path.exists():
            result.add(name, "absent : make pdf l’écrit")
            continue
        nom = heading(site.root / "reseaux" / monograph["slug"] / "index.html") or monograph["nom"]
        with path.open("rb") as stream:
            reader = PdfReader(stream)
            check_structure(result, name, reader, language, nom)
            marks = outline(reader)
            if not marks or marks[0][:2] != (1, nom):
                result.add(name, f"premier signet {marks[0][:2] if marks else 'absent'} au lieu de « {nom} »")
            for number, page in enumerate(reader.pages, 1):
                if folio(lines(page.extract_text() or "")) != str(number):
                    result.add(name, f"page {number} : pas de numéro de page")
    result.summary = (f"collection.pdf : {plural(pages, 'page')}, {plural(chapters, 'chapitre')} au sommaire ; "
                      f"{plural(len(monographs), 'monographie')} en PDF : {plural(len(result.findings), 'constat')}")
    return result
