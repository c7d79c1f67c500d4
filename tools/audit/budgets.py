"""Weight and scripts: every page under 150 KB, the stylesheet under 40 KB (the faces of its web fonts, the
reading layout, the header, search, explorer and charts), no script but where one is needed, and no page
over 1 MB whatever the size of the collection.

A JSON-LD block (`<script type="application/ld+json">`, the schema.org description of a monograph) is
data that no browser runs: it is not counted as a script. Two kinds of page may run a script, and only
they: the explorer's (`explorateur/`, its filters) and the search page (`recherche/`); both still show
their content without it.

The pages built from every network (the home page, and every page placing a computed view) show at
most 30 networks in each listing (ListingBound.networks) and link to the explorer, the site map or the
open data for the rest. Their budget is 150 KB for the seven networks of the programme plus 4 KB for each
further one (about 3.7 KB a network was measured when every listing was whole) up to 30 more: 270 KB
at most, whatever the size of the collection, so that a listing that grows again with the collection
is caught at 2,000 monographs (make audit-large). The site map lists every page by design: 150 KB plus
200 bytes a further network (a link takes about 130).
The explorer lists every action and innovation by design: its pages are laid out by ExplorerPlan under
750 KB each, and are held to 800 KB.
"""
from __future__ import annotations

import re

from report import CheckResult, plural
from builtsite import Site

PAGE_LIMIT = 150_000
BASE_NETWORKS = 7
PER_NETWORK = 4_000
LISTED_NETWORKS = 30
SITE_MAP = "plan-du-site/index.html"
SITE_MAP_PER_NETWORK = 200
CEILING = 1_000_000
EXPLORER_LIMIT = 800_000
VIEW = re.compile(rb'data-vue="')
STYLESHEET_LIMIT = 40_000
STYLESHEET = "assets/style.css"
SCRIPT = re.compile(rb'<script(?![^>]*\btype="application/ld\+json")', re.IGNORECASE)
# The folders whose pages may run a script: the explorer's filters and the search.
SCRIPTED = ("explorateur/", "recherche/")


def kilobytes(size: int) -> str:
    return f"{size / 1000:.1f} Ko".replace(".", ",")


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")


def check(site: Site) -> CheckResult:
    result = CheckResult("poids et scripts")
    pages = site.pages()
    networks = len(list((site.root / "reseaux").glob("*/index.html")))
    further = max(0, networks - BASE_NETWORKS)
    site_wide_limit = PAGE_LIMIT + PER_NETWORK * min(further, LISTED_NETWORKS)
    site_map_limit = PAGE_LIMIT + SITE_MAP_PER_NETWORK * further
    heaviest = (0, "-")
    for page in pages:
        data = page.read_bytes()
        heaviest = max(heaviest, (len(data), site.rel(page)))
        explorer = site.rel(page).startswith("explorateur/")
        site_wide = site.rel(page) == "index.html" or explorer or VIEW.search(data) is not None
        limit = (site_map_limit if site.rel(page) == SITE_MAP else EXPLORER_LIMIT if explorer
                 else site_wide_limit if site_wide else PAGE_LIMIT)
        if len(data) >= CEILING:
            result.add(site.rel(page), f"page de {kilobytes(len(data))}, au-delà de {kilobytes(CEILING)} : aucune page ne doit "
                                       f"dépasser 1 Mo, même avec {thousands(networks)} réseaux ; une liste grandit-elle avec la collection ?")
        elif len(data) >= limit:
            result.add(site.rel(page), f"page de {kilobytes(len(data))}, au-delà de {kilobytes(limit)}"
                                       + (f" (page construite à partir des {thousands(networks)} réseaux)" if site_wide else ""))
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
                      f"limite {kilobytes(site_wide_limit)} pour les pages construites à partir de tous les réseaux, "
                      f"{kilobytes(site_map_limit)} pour le plan du site, {kilobytes(EXPLORER_LIMIT)} pour celles de l’explorateur), "
                      f"style.css {kilobytes(css)} : {plural(len(result.findings), 'constat')}")
    return result
