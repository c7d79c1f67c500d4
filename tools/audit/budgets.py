"""Weight and scripts: every page under 150 KB, the stylesheet under 30 KB, no `<script` anywhere."""
from __future__ import annotations

import re

from report import CheckResult, plural
from builtsite import Site

PAGE_LIMIT = 150_000
STYLESHEET_LIMIT = 30_000
STYLESHEET = "assets/style.css"
SCRIPT = re.compile(rb"<script", re.IGNORECASE)


def kilobytes(size: int) -> str:
    return f"{size / 1000:.1f} Ko".replace(".", ",")


def check(site: Site) -> CheckResult:
    result = CheckResult("poids et scripts")
    pages = site.pages()
    heaviest = (0, "-")
    for page in pages:
        data = page.read_bytes()
        heaviest = max(heaviest, (len(data), site.rel(page)))
        if len(data) >= PAGE_LIMIT:
            result.add(site.rel(page), f"page de {kilobytes(len(data))}, au-delà de {kilobytes(PAGE_LIMIT)}")
        scripts = len(SCRIPT.findall(data))
        if scripts:
            result.add(site.rel(page), f"{plural(scripts, 'balise')} <script> : le site doit se lire sans script")
    stylesheet = site.root / STYLESHEET
    if not stylesheet.exists():
        result.add(STYLESHEET, "feuille de style absente")
        css = 0
    else:
        css = stylesheet.stat().st_size
        if css >= STYLESHEET_LIMIT:
            result.add(STYLESHEET, f"feuille de style de {kilobytes(css)}, au-delà de {kilobytes(STYLESHEET_LIMIT)}")
    result.summary = (f"{plural(len(pages), 'page')}, la plus lourde {heaviest[1]} ({kilobytes(heaviest[0])}), "
                      f"style.css {kilobytes(css)} : {plural(len(result.findings), 'constat')}")
    return result
