"""The collection as an EPUB 3.3 publication, from the same assembly as the printed book (assemble.py).

One XHTML content document per chapter (each booklet page, each monograph, the synthesis, the
referentiel), preceded by the cover, the colophon and the navigation document, which is also the book's
contents page, and with a title page before each part. The package document carries the accessibility
metadata of EPUB Accessibility 1.1 (schema.org properties and the conformance claim).

The archive is the same, byte for byte, for the same built site: files in a fixed order, `mimetype`
first and stored, every entry dated by the collection's last update (`dcterms:modified`), never by the
clock.
"""
from __future__ import annotations

import datetime
import json
import re
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

from assemble import ORDINALS, Book, Page, Part, esc
from pages import Links, rewrite
from xhtml import Element, clean, parse, serialize

HERE = Path(__file__).resolve().parent
STYLESHEET = HERE / "epub.css"
CHART_STYLESHEET = HERE / "graphiques.css"
MEDIA_TYPES = {".xhtml": "application/xhtml+xml", ".css": "text/css", ".png": "image/png", ".jpg": "image/jpeg",
               ".svg": "image/svg+xml", ".ncx": "application/x-dtbncx+xml"}
# Headings that open a chapter's sections, listed under it in the contents (as the PDF's bookmarks).
SECTION_PARENTS = ("section-monographie", "prose")
CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""
NNBSP = "\u202f"
SUMMARY = (
    "Ce livre numérique reprend le recueil imprimé de la collection. Le texte est structuré par des titres "
    f"hiérarchisés et une table des matières qui mène à chaque partie, chapitre et section{NNBSP}; l’ordre de "
    "lecture est celui du livre. Chaque graphique est une image décrite par un titre et une description, et ses "
    "chiffres sont donnés dans un tableau qui le suit, avec ses en-têtes de lignes et de colonnes. Aucune "
    f"information ne repose sur la seule couleur. Le livre ne reprend pas les numéros de page de l’édition imprimée{NNBSP}: "
    "son texte se recompose à la taille de l’écran et des caractères choisis par le lecteur. "
)
# What the summary says of conformance: claimed only when the publisher's accessibility statement declares
# the site « totalement conforme » (site.yml, accessibilite.etat), which a full audit must back; else the
# automatic checks are named, and the claim is not made.
CLAIMED = "Sa conformité au niveau AA des WCAG 2.1 est celle que déclare la déclaration d’accessibilité de l’éditeur."
NOT_CLAIMED = ("Sa conformité aux WCAG 2.1 n’est pas déclarée : chacun de ses documents passe des vérifications "
               "automatiques (EPUBCheck, axe-core), qui ne remplacent pas l’audit complet restant à faire.").replace(" :", NNBSP + ":")
CONFORMANCE = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"
FEATURES = ("alternativeText", "displayTransformability", "longDescription", "readingOrder", "structuralNavigation",
            "tableOfContents")


@dataclass
class Item:
    """A file of the publication, in the EPUB/ folder."""
    name: str
    data: bytes
    properties: str = ""
    in_spine: bool = False

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[Path(self.name).suffix]

    @property
    def id(self) -> str:
        return "f-" + re.sub(r"[^A-Za-z0-9_-]", "-", self.name)


class EpubLinks(Links):
    """The book's links, each chapter being its own document: `reseau-inae.xhtml#reseau-inae--cycles`."""

    def __init__(self, links: Links, files: dict[str, str]):
        self.keys, self.public_url = links.keys, links.public_url
        self.files = files

    def resolve(self, page: str, key: str, target: str) -> str | None:
        address = super().resolve(page, key, target)
        if address is None or not address.startswith("#"):
            return address
        fragment = address[1:]
        owner = next((other for other in self.files if fragment == other or fragment.startswith(other + "--")), None)
        if owner is None or owner == key:
            return address
        return self.files[owner] + ("" if fragment == owner else address)


def modified(site: Path, book: Book) -> str:
    """The publication's last modification: the newest update of a monograph, else its publication date."""
    dates = [entry.get("mise_a_jour") for entry in json.loads((site / "donnees" / "reseaux.json").read_text(encoding="utf-8"))]
    dates = sorted(date for date in dates if date)
    day = dates[-1] if dates else (book.info.date_publication or "2000-01-01")
    return datetime.date.fromisoformat(day).isoformat() + "T00:00:00Z"


def scoped_chart_rules() -> str:
    """The printed book's chart rules (black and white, figures written on the shapes), for the charts only."""
    text = re.sub(r"/\*.*?\*/", "", CHART_STYLESHEET.read_text(encoding="utf-8"), flags=re.S)
    rules = []
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
        scoped = []
        for selector in (item.strip() for item in selectors.split(",")):
            scoped.append("svg.graphique" + selector[3:] if selector.startswith("svg") else f"svg.graphique {selector}")
        rules.append(f"{', '.join(scoped)} {{ {' '.join(body.split())} }}")
    return "\n".join(rules) + "\n"


class Epub:
    """The documents and the package of the e-book."""

    def __init__(self, book: Book, site: Path, cover: bytes | None):
        self.book, self.info = book, book.info
        self.cover = cover
        self.modified = modified(site, book)
        chapters = {page.chapter.key: f"{page.chapter.key}.xhtml" for part in book.parts for page in part.pages}
        self.links = EpubLinks(book.links, chapters)
        # Each chapter's sections for the contents, in order, by chapter: (id of the heading, its text).
        self.sections: dict[str, list[tuple[str, str]]] = {}
        self.chapter_documents = {page.chapter.key: self.chapter(part, page) for part in book.parts for page in part.pages}

    def identifier(self) -> str:
        """A stable identifier: from the site's address, else from its title."""
        return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, self.info.url or f"monograph:{self.info.titre}"))

    def document(self, title: str, body: str, kind: str) -> bytes:
        lang = esc(self.info.langue)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
                f'<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="{lang}" '
                f'xml:lang="{lang}">\n<head>\n<meta charset="utf-8"/>\n<title>{esc(title)}</title>\n'
                f'<link rel="stylesheet" href="livre.css"/>\n</head>\n<body class="{kind}">\n{body}</body>\n</html>\n'
                ).encode("utf-8")

    def chapter(self, part: Part, page: Page) -> bytes:
        tree = clean(parse(rewrite(page.body, page.chapter, self.links, "")))
        sections: list[tuple[str, str]] = []

        def visit(element: Element, parent_classes: set[str]) -> None:
            for child in element.elements():
                opens_section = set(SECTION_PARENTS) & element.classes() or (
                    element.tag == "section" and "referentiel" in parent_classes)
                target = child.get("id") or element.get("id")
                if child.tag == "h2" and opens_section and target:
                    sections.append((target, child.text()))
                visit(child, element.classes())

        visit(tree, set())
        self.sections[page.chapter.key] = sections
        roles = 'epub:type="chapter" role="doc-chapter"'
        body = (f'<section class="chapitre chapitre-{part.kind}" id="{page.chapter.key}" {roles}>\n'
                f"{serialize(tree).strip()}\n</section>\n")
        return self.document(page.title, body, f"chapitre-{part.kind}")

    def cover_document(self) -> bytes:
        info = self.info
        alt = info.titre + (f". {info.sous_titre}" if info.sous_titre else "") + (f". {info.editeur}" if info.editeur else "")
        body = ('<section class="couverture" epub:type="cover">\n'
                f'<img src="couverture.png" alt="{esc(alt)}" role="doc-cover"/>\n</section>\n')
        return self.document(info.titre, body, "page-couverture")

    def colophon_document(self) -> bytes:
        tree = parse(self.book.colophon())
        for element in tree.iter():
            if "colophon" in element.classes():
                element.set("epub:type", "colophon")
        return self.document("Informations de publication", serialize(tree), "page-colophon")

    def part_document(self, number: int, part: Part) -> bytes:
        body = (f'<section class="partie partie-{part.kind}" id="partie-{part.key}" epub:type="part" role="doc-part" '
                f'aria-labelledby="partie-{part.key}-titre">\n<h1 class="titre-partie" id="partie-{part.key}-titre">'
                f'<span class="numero-partie">{ORDINALS[number]} partie</span> {esc(part.title)}</h1>\n</section>\n')
        return self.document(part.title, body, "page-partie")

    def navigation(self) -> bytes:
        """The navigation document: the contents (parts, chapters, sections) and the landmarks."""
        lines = ['<nav epub:type="toc" id="sommaire" role="doc-toc" aria-labelledby="sommaire-titre">',
                 '<h1 id="sommaire-titre">Sommaire</h1>', "<ol>"]
        for number, part in enumerate(self.book.parts):
            lines.append(f'<li class="sommaire-partie"><a href="partie-{part.key}.xhtml">'
                         f'<span class="numero-partie">{ORDINALS[number]} partie</span> {esc(part.title)}</a>')
            lines.append("<ol>")
            for page in part.pages:
                key = page.chapter.key
                lines.append(f'<li><a href="{key}.xhtml">{esc(page.title)}</a>')
                if self.sections[key]:
                    lines.append('<ol class="sommaire-sections">')
                    lines += [f'<li><a href="{key}.xhtml#{esc(target)}">{esc(text)}</a></li>'
                              for target, text in self.sections[key]]
                    lines.append("</ol>")
                lines.append("</li>")
            lines.append("</ol></li>")
        lines += ["</ol>", "</nav>"]
        first = self.book.parts[0]
        lines += ['<nav epub:type="landmarks" id="reperes" aria-label="Repères" hidden="hidden">', "<ol>"]
        if self.cover:
            lines.append('<li><a epub:type="cover" href="couverture.xhtml">Couverture</a></li>')
        lines += ['<li><a epub:type="toc" href="sommaire.xhtml">Sommaire</a></li>',
                  f'<li><a epub:type="bodymatter" href="partie-{first.key}.xhtml">Début du livre</a></li>',
                  "</ol>", "</nav>"]
        return self.document("Sommaire", "\n".join(lines) + "\n", "page-sommaire")

    def items(self) -> list[Item]:
        """Every file of the publication but the package document, in reading order for the spine's."""
        items = []
        if self.cover:
            items.append(Item("couverture.xhtml", self.cover_document(), in_spine=True))
        items.append(Item("colophon.xhtml", self.colophon_document(), in_spine=True))
        items.append(Item("sommaire.xhtml", self.navigation(), properties="nav", in_spine=True))
        for number, part in enumerate(self.book.parts):
            items.append(Item(f"partie-{part.key}.xhtml", self.part_document(number, part), in_spine=True))
            for page in part.pages:
                document = self.chapter_documents[page.chapter.key]
                items.append(Item(f"{page.chapter.key}.xhtml", document, in_spine=True,
                                  properties="svg" if b"<svg" in document else ""))
        stylesheet = STYLESHEET.read_text(encoding="utf-8") + "\n/* Graphiques (graphiques.css du livre imprimé) */\n"
        items.append(Item("livre.css", (stylesheet + scoped_chart_rules()).encode("utf-8")))
        if self.cover:
            items.append(Item("couverture.png", self.cover, properties="cover-image"))
        return items

    def package(self, items: list[Item]) -> bytes:
        info = self.info
        lang = esc(info.langue)
        meta = [f'<dc:identifier id="identifiant">{self.identifier()}</dc:identifier>',
                f"<dc:title>{esc(info.titre)}</dc:title>", f"<dc:language>{lang}</dc:language>",
                f"<dc:creator>{esc(info.editeur or info.titre)}</dc:creator>"]
        if info.editeur:
            meta.append(f"<dc:publisher>{esc(info.editeur)}</dc:publisher>")
        if info.sous_titre:
            meta.append(f"<dc:description>{esc(info.sous_titre)}</dc:description>")
        if info.date_publication:
            meta.append(f"<dc:date>{esc(info.date_publication)}</dc:date>")
        if info.licence:
            meta.append(f"<dc:rights>{esc(info.licence)}</dc:rights>")
        meta.append(f'<meta property="dcterms:modified">{self.modified}</meta>')
        meta += ['<meta property="schema:accessMode">textual</meta>', '<meta property="schema:accessMode">visual</meta>',
                 '<meta property="schema:accessModeSufficient">textual</meta>']
        meta += [f'<meta property="schema:accessibilityFeature">{feature}</meta>' for feature in FEATURES]
        claimed = info.accessibilite == "totalement-conforme"
        meta += ['<meta property="schema:accessibilityHazard">none</meta>',
                 f'<meta property="schema:accessibilitySummary">{esc(SUMMARY + (CLAIMED if claimed else NOT_CLAIMED))}</meta>']
        if claimed:
            meta += [f'<meta property="dcterms:conformsTo">{CONFORMANCE}</meta>',
                     f'<meta property="a11y:certifiedBy">{esc(info.editeur or info.titre)}</meta>']
        manifest = [f'<item id="{item.id}" href="{item.name}" media-type="{item.media_type}"'
                    + (f' properties="{item.properties}"' if item.properties else "") + "/>" for item in items]
        spine = [f'<itemref idref="{item.id}"/>' for item in items if item.in_spine]
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="identifiant" '
                f'xml:lang="{lang}">\n<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n  '
                + "\n  ".join(meta) + "\n</metadata>\n<manifest>\n  " + "\n  ".join(manifest)
                + "\n</manifest>\n<spine>\n  " + "\n  ".join(spine) + "\n</spine>\n</package>\n").encode("utf-8")

    def write(self, target: Path) -> int:
        """Writes the archive, replacing the old one only once complete; returns its size in bytes."""
        items = self.items()
        stamp = tuple(int(part) for part in self.modified[:10].split("-")) + (0, 0, 0)
        partial = target.with_suffix(".epub.partiel")
        with zipfile.ZipFile(partial, "w") as archive:
            def add(name: str, data: bytes, compress: int = zipfile.ZIP_DEFLATED) -> None:
                entry = zipfile.ZipInfo(name, date_time=stamp)
                entry.compress_type = compress
                entry.external_attr = 0o644 << 16
                entry.create_system = 3
                archive.writestr(entry, data, compresslevel=9 if compress == zipfile.ZIP_DEFLATED else None)

            add("mimetype", b"application/epub+zip", zipfile.ZIP_STORED)
            add("META-INF/container.xml", CONTAINER.encode("utf-8"))
            add("EPUB/package.opf", self.package(items))
            for item in items:
                add(f"EPUB/{item.name}", item.data,
                    zipfile.ZIP_STORED if item.media_type.startswith("image/png") else zipfile.ZIP_DEFLATED)
        partial.replace(target)
        return target.stat().st_size
