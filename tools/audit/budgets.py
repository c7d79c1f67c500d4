"""Weight and scripts: every page under 150 KB, the stylesheet under 30 KB, no script but where one is
needed.

A JSON-LD block (`<script type="application/ld+json">`, the schema.org description of a monograph) is
data that no browser runs: it is not counted as a script. Two kinds of page may run a script, and only
they: the explorer's (`explorateur/`, its filters) and the search page (`recherche/`); both still show
their content without it.

The pages built from every network (the home page, the explorer's, and every page placing a computed view)
grow with the collection: each further network adds a card, rows to each view and names to the views'
coverage sentences. Their budget is 150 KB for the seven networks of the programme plus 4 KB for each
further one (about 3.7 KB a network is measured today), so that it still catches a view whose weight per
network grows.
"""
from __future__ import annotations

import re

from report import CheckResult, plural
from builtsite import Site

PAGE_LIMIT = 150_000
BASE_NETWORKS = 7
PER_NETWORK = 4_000
VIEW = re.compile(rb'data-vue="')
STYLESHEET_LIMIT = 30_000
STYLESHEET = "assets/style.css"
SCRIPT = re.compile(rb'<script(?![^>]*\btype="application/ld\+json")', re.IGNORECASE)
# The folders whose pages may run a script: the explorer's filters and the search.
SCRIPTED = ("explorateur/", "recherche/")


def kilobytes(size: int) -> str:
    return f"{size / 1000:.1f} Ko".replace(".", ",")


def check(site: Site) -> CheckResult:
    result = CheckResult("poids et scripts")
    pages = site.pages()
    networks = len(list((site.root / "reseaux").glob("*/index.html")))
    site_wide_limit = PAGE_LIMIT + PER_NETWORK * max(0, networks - BASE_NETWORKS)
    heaviest = (0, "-")
    for page in pages:
        data = page.read_bytes()
        heaviest = max(heaviest, (len(data), site.rel(page)))
        site_wide = site.rel(page) == "index.html" or site.rel(page).startswith("explorateur/") or VIEW.search(data) is not None
        limit = site_wide_limit if site_wide else PAGE_LIMIT
        if len(data) >= limit:
            result.add(site.rel(page), f"page de {kilobytes(len(data))}, au-delà de {kilobytes(limit)}"
                                       + (f" (page construite à partir des {networks} réseaux)" if site_wide else ""))
        scripts = len(SCRIPT.findall(data))
        if scripts and not site.rel(page).startswith(SCRIPTED):
            result.add(site.rel(page), f"{plural(scripts, 'balise')} <script> : le site doit se lire sans script")
    stylesheet = site.root / STYLESHEET
    if not stylesheet.exists():
        result.add(STYLESHEET, "feuille de style absente")
        css = 0
    else:
        css = stylesheet.stat().st_size
        if css >= STYLESHEET_LIMIT:
            result.add(STYLESHEET, f"feuille de style de {kilobytes(css)}, au-delà de {kilobytes(STYLESHEET_LIMIT)}")
    result.summary = (f"{plural(len(pages), 'page')}, la plus lourde {heaviest[1]} ({kilobytes(heaviest[0])}, "
                      f"limite {kilobytes(site_wide_limit)} pour les pages construites à partir de tous les réseaux), "
                      f"style.css {kilobytes(css)} : {plural(len(result.findings), 'constat')}")
    return result
