"""The printed collection as one HTML document, made from the built site: a cover, a colophon, the table
of contents, then the parts (the booklet, the monographs, the synthesis, the referentiel), each chapter
being a built page's main content. Page numbers, running titles, right-hand starts and bookmarks are left
to the book's stylesheet (`livre.css`, after the site's own), so that the PDF engine computes them in one
pass.

A single monograph is assembled the same way, without cover nor contents, for `pdf/<slug>.pdf`.
"""
from __future__ import annotations

import datetime
import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pages import Chapter, Links, first_heading, main_content, rewrite, text_of

HERE = Path(__file__).resolve().parent
# The site's stylesheet (its print rules included), then the book's own, beside this file: print-only
# properties that the site's stylesheets need not carry.
STYLESHEETS = ("assets/style.css", (HERE / "livre.css").as_uri())
CHART_STYLESHEET = HERE / "graphiques.css"
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
ORDINALS = ("Première", "Deuxième", "Troisième", "Quatrième", "Cinquième", "Sixième")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def french_date(value: str) -> str:
    """`2021-06-30` as « 30 juin 2021 » (« 1er » for the first day)."""
    day = datetime.date.fromisoformat(value)
    return f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]} {day.year}"


@dataclass
class SiteInfo:
    """What `site.yml` says of the collection (FORMAT §2)."""
    titre: str
    sous_titre: str | None = None
    langue: str = "fr"
    url: str | None = None
    editeur: str | None = None
    date_publication: str | None = None
    licence: str | None = None
    contact: str | None = None
    # The conformity status of the accessibility statement (FORMAT §9), « non-conforme » when none is given.
    accessibilite: str = "non-conforme"

    @classmethod
    def read(cls, content: Path) -> "SiteInfo":
        data = yaml.safe_load((content / "site.yml").read_text(encoding="utf-8-sig")) or {}

        def text(key: str) -> str | None:
            value = data.get(key)
            return None if value is None else str(value)

        return cls(titre=str(data["titre"]), sous_titre=text("sous_titre"), langue=text("langue") or "fr",
                   url=text("url"), editeur=text("editeur"), date_publication=text("date_publication"),
                   licence=text("licence"), contact=text("contact"),
                   accessibilite=accessibility_status(data.get("accessibilite")))


def accessibility_status(statement) -> str:
    """`accessibilite.etat` as an id, « totalement conforme » written either way; « non-conforme » by default."""
    status = statement.get("etat") if isinstance(statement, dict) else None
    return "-".join(str(status).lower().split()) if status else "non-conforme"


@dataclass
class Page:
    """A chapter of the book, read from the built site."""
    chapter: Chapter
    title: str
    body: str
    headline: str | None = None


@dataclass
class Part:
    key: str
    title: str
    kind: str
    pages: list[Page] = field(default_factory=list)


def booklet_slugs(site: Path) -> list[str]:
    """The booklet pages in the site's order, as the table of contents of every booklet page gives it."""
    pages = sorted((site / "livret").glob("*/index.html"))
    if not pages:
        return []
    nav = re.search(r'<nav class="sommaire-livret".*?</nav>', pages[0].read_text(encoding="utf-8"), re.S)
    if nav is None:
        return [page.parent.name for page in pages]
    return re.findall(r'href="\.\./([^/"]+)/index\.html"', nav.group(0))


def read_page(site: Path, key: str, path: str) -> Page | None:
    file = site / path
    if not file.exists():
        return None
    body = main_content(file.read_text(encoding="utf-8"))
    if body is None:
        raise ValueError(f"{path} : la page n’a pas d’élément <main>")
    title = first_heading(body) or key
    headline = None
    start = body.find('class="titre-monographie"')
    if start >= 0:
        headline = text_of(body[body.index(">", start) + 1:body.index("</p>", start)])
    return Page(Chapter(key, path), title, body, headline)


def read_parts(site: Path) -> list[Part]:
    """The parts of the book, in order, each with the pages the built site has."""
    booklet = Part("livret", "Le livret", "livret")
    for slug in booklet_slugs(site):
        page = read_page(site, f"livret-{slug}", f"livret/{slug}/index.html")
        if page:
            booklet.pages.append(page)
    monographs = Part("monographies", "Les monographies", "reseau")
    for entry in json.loads((site / "donnees" / "reseaux.json").read_text(encoding="utf-8")):
        page = read_page(site, f"reseau-{entry['slug']}", f"reseaux/{entry['slug']}/index.html")
        if page is None:
            raise ValueError(f"reseaux/{entry['slug']}/index.html est absent du site construit")
        monographs.pages.append(page)
    synthesis = Part("synthese", "La synthèse", "synthese")
    referentiel = Part("referentiel", "Le référentiel", "referentiel")
    for part, path in ((synthesis, "synthese/index.html"), (referentiel, "referentiel/index.html")):
        page = read_page(site, part.key, path)
        if page:
            part.pages.append(page)
    return [part for part in (booklet, monographs, synthesis, referentiel) if part.pages]


def missing_input(output: Path, content: Path) -> str | None:
    """Why no book can be made from the site built in `output` with the content of `content`, in the
    writer's words; None when both are there."""
    site = output.resolve()
    if not (site / "index.html").exists() or not (site / "donnees" / "reseaux.json").exists():
        return f"{output}/ ne contient pas de site construit : lancez d’abord make."
    if not (content / "site.yml").exists():
        return f"{content}/site.yml est introuvable : indiquez le dossier du contenu avec --content."
    return None


class Book:
    """The HTML documents of the printed collection."""

    def __init__(self, site: Path, content: Path):
        self.site = site
        self.info = SiteInfo.read(content)
        self.parts = read_parts(site)
        chapters = [page.chapter for part in self.parts for page in part.pages]
        self.links = Links(chapters, self.info.url)
        # Inside SVG, <style> is parsed as markup: its comments go, so that no « < » or « & » can remain.
        rules = re.sub(r"/\*.*?\*/", "", CHART_STYLESHEET.read_text(encoding="utf-8"), flags=re.S)
        self.chart_style = " ".join(rules.split())

    def monographs(self) -> list[Page]:
        return [page for part in self.parts if part.kind == "reseau" for page in part.pages]

    def head(self, title: str, description: str | None) -> str:
        # The publisher is the author of the PDF's metadata; by default, the site's title (FORMAT §2).
        meta = ['<meta charset="utf-8">', f"<title>{esc(title)}</title>",
                f'<meta name="author" content="{esc(self.info.editeur or self.info.titre)}">']
        if description:
            meta.append(f'<meta name="description" content="{esc(description)}">')
        if self.info.date_publication:
            meta.append(f'<meta name="dcterms.created" content="{esc(self.info.date_publication)}">')
        meta += [f'<link rel="stylesheet" href="{sheet}">' for sheet in STYLESHEETS]
        return "\n".join(meta)

    def chapter(self, page: Page, kind: str) -> str:
        body = rewrite(page.body, page.chapter, self.links, self.chart_style)
        return (f'<div class="chapitre chapitre-{kind}" id="{page.chapter.key}" data-chapitre="{esc(page.title)}">\n'
                f"{body}\n</div>\n")

    def cover_contents(self) -> str | None:
        """What the book holds, as the cover says it: « Le livret, les 7 monographies, la synthèse et le référentiel »."""
        count = len(self.monographs())
        contents = [(f"les {count} monographies" if count > 1 else "la monographie") if part.kind == "reseau"
                    else part.title[0].lower() + part.title[1:] for part in self.parts]
        if not contents:
            return None
        joined = ", ".join(contents[:-1]) + (" et " if len(contents) > 1 else "") + contents[-1]
        return joined[0].upper() + joined[1:]

    def cover(self) -> str:
        info = self.info
        contents = self.cover_contents()
        lines = ['<section class="couverture">']
        if info.editeur:
            lines.append(f'<p class="couverture-editeur">{esc(info.editeur)}</p>')
        lines.append(f'<h1 class="couverture-titre">{esc(info.titre)}</h1>')
        if info.sous_titre:
            lines.append(f'<p class="couverture-sous-titre">{esc(info.sous_titre)}</p>')
        lines.append('<div class="couverture-pied">')
        if contents:
            lines.append(f'<p class="couverture-contenu">{esc(contents)}</p>')
        if info.date_publication:
            lines.append(f'<p class="couverture-date">{esc(french_date(info.date_publication))}</p>')
        lines += ["</div>", "</section>"]
        return "\n".join(lines) + "\n"

    def colophon(self) -> str:
        info = self.info
        lines = ['<section class="colophon" aria-label="Informations de publication">',
                 f"<p><strong>{esc(info.titre)}</strong></p>"]
        if info.editeur:
            lines.append(f"<p>Publié par {esc(info.editeur)}"
                         + (f", le {esc(french_date(info.date_publication))}" if info.date_publication else "") + ".</p>")
        if info.licence:
            lines.append(f"<p>Textes et données sous licence {esc(info.licence)}.</p>")
        if info.url:
            lines.append(f'<p>Le site : <a href="{esc(info.url)}">{esc(info.url)}</a>. On y trouve aussi la recherche, '
                         "l’explorateur des actions et des innovations et les données ouvertes.</p>")
        if info.contact:
            lines.append(f"<p>Pour signaler une erreur : {esc(info.contact)}.</p>")
        lines.append("</section>")
        return "\n".join(lines) + "\n"

    def contents(self) -> str:
        lines = ['<nav class="sommaire-livre" aria-labelledby="sommaire-livre-titre" data-partie="Sommaire" '
                 'data-chapitre="Sommaire">', '<h1 id="sommaire-livre-titre">Sommaire</h1>', "<ol>"]
        for number, part in enumerate(self.parts):
            lines.append(f'<li class="sommaire-partie"><a href="#partie-{part.key}">'
                         f'<span class="numero-partie">{ORDINALS[number]} partie</span> {esc(part.title)}</a>')
            lines.append("<ol>")
            for page in part.pages:
                headline = f'<span class="sommaire-accroche">{esc(page.headline)}</span>' if page.headline else ""
                lines.append(f'<li><a href="#{page.chapter.key}">{esc(page.title)}</a>{headline}</li>')
            lines.append("</ol></li>")
        lines += ["</ol>", "</nav>"]
        return "\n".join(lines) + "\n"

    def part(self, number: int, part: Part) -> str:
        out = [f'<section class="partie partie-{part.kind}" id="partie-{part.key}" data-partie="{esc(part.title)}">',
               f'<h1 class="titre-partie" data-titre="{esc(part.title)}">'
               f'<span class="numero-partie">{ORDINALS[number]} partie</span> {esc(part.title)}</h1>']
        out += [self.chapter(page, part.kind) for page in part.pages]
        out.append("</section>")
        return "\n".join(out) + "\n"

    def collection(self) -> str:
        """The whole book."""
        body = [self.cover(), self.colophon(), self.contents()]
        body += [self.part(number, part) for number, part in enumerate(self.parts)]
        return self.document(self.info.titre, self.info.sous_titre, "livre", "", "".join(body))

    def monograph(self, page: Page) -> str:
        """One monograph alone."""
        title = f"{page.title}\u202f: {page.headline}" if page.headline else page.title
        return self.document(title, page.headline, "monographie-seule", self.info.titre, self.chapter(page, "reseau"))

    def document(self, title: str, description: str | None, kind: str, running: str, body: str) -> str:
        running_title = f' data-partie="{esc(running)}"' if running else ""
        return (f'<!DOCTYPE html>\n<html lang="{esc(self.info.langue)}">\n<head>\n{self.head(title, description)}\n'
                f'</head>\n<body class="{kind}"{running_title}>\n{body}</body>\n</html>\n')
