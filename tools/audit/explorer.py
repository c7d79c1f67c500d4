"""The explorer's filters in Chromium, from disk (file://), the way a reader opens a downloaded copy.

A link `explorateur/index.html?fonction=…&echelon=…` must show exactly the rows whose data attributes
match, wherever the explorer lays them out (one page, or several: the index then sends the reader on);
the count must say so; changing a select must update the rows, the count and the query string; an id
the lists do not offer counts as « tous »; the table's caption names the chosen function; a filter that
leaves no row hides the table and says so, and its button brings every row back; and without
JavaScript every row must be shown. The expected
rows are computed here from the HTML files, independently of the page's script.
"""
from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from urllib.request import url2pathname

from builtsite import Site
from report import CheckResult, plural

KEYS = ("reseau", "fonction", "echelon", "phase")

VISIBLE_ROWS = """
() => [...document.querySelectorAll('tr[data-reseau]')]
  .filter(row => !row.hidden && row.getClientRects().length > 0).length
"""


class _Rows(HTMLParser):
    """The data attributes of every table row of a page."""

    def __init__(self):
        super().__init__()
        self.rows: list[dict[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if tag == "tr" and "data-reseau" in attributes:
            self.rows.append(attributes)


def rows_of(path: Path) -> list[dict[str, str]]:
    parser = _Rows()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.rows


def matches(row: dict[str, str], wanted: dict[str, str]) -> bool:
    """The filter as FORMAT §8 defines it: each chosen id equal to the row's (a phase among its phases)."""
    for key, value in wanted.items():
        if not value:
            continue
        if key == "phase":
            if value not in row.get("data-phases", "").split():
                return False
        elif row.get(f"data-{key}") != value:
            return False
    return True


def first_number(text: str) -> int | None:
    found = re.search(r"\d[\d\u202f\u00a0 ]*", text)
    return int(re.sub(r"\D", "", found.group())) if found else None


def check(browser, site: Site) -> CheckResult:
    result = CheckResult("explorateur")
    index = site.root / "explorateur" / "index.html"
    if not index.exists():
        result.add("explorateur/index.html", "page absente")
        result.summary = "page absente"
        return result
    pages = {path: rows_of(path) for path in sorted((site.root / "explorateur").rglob("index.html"))}
    every_row = [row for rows in pages.values() for row in rows]
    actions = [row for row in every_row if "data-fonction" in row]
    if not actions:
        result.summary = "aucune action : rien à filtrer"
        return result
    # The commonest function and level, then the commonest phase among their rows.
    pairs = Counter((row["data-fonction"], row.get("data-echelon", "")) for row in actions)
    fonction, echelon = sorted(pairs.items(), key=lambda item: (-item[1], item[0]))[0][0]
    wanted = {"fonction": fonction, "echelon": echelon}
    phases = Counter(phase for row in actions if matches(row, wanted) for phase in row.get("data-phases", "").split())
    phase = sorted(phases.items(), key=lambda item: (-item[1], item[0]))[0][0] if phases else ""
    checked = 0

    def landed(tab) -> tuple[Path, str]:
        parts = urlsplit(tab.url)
        return Path(url2pathname(parts.path)), parts.query

    def expect_rows(tab, filters: dict[str, str], step: str) -> None:
        nonlocal checked
        path, query = landed(tab)
        name = site.rel(path)
        if path not in pages:
            result.add(name, f"{step} : la page atteinte n’est pas une page de l’explorateur")
            return
        expected = sum(matches(row, filters) for row in pages[path])
        everywhere = sum(matches(row, filters) for row in every_row)
        if expected != everywhere:
            result.add(name, f"{step} : la page ne contient que {expected} des {everywhere} lignes du filtre")
        visible = tab.evaluate(VISIBLE_ROWS)
        if visible != expected:
            result.add(name, f"{step} : {visible} lignes visibles, {expected} attendues d’après leurs attributs")
        count = tab.inner_text("#compte")
        if first_number(count) != visible:
            result.add(name, f"{step} : le compte « {count} » ne donne pas les {visible} lignes visibles")
        asked = {key: values[0] for key, values in parse_qs(query).items()}
        if any(asked.get(key, "") != filters.get(key, "") for key in KEYS):
            result.add(name, f"{step} : l’adresse (?{query}) ne reprend pas le filtre {filters}")
        if filters.get("fonction") and visible and tab.is_visible("#explorateur-legende"):
            label = tab.eval_on_selector("#filtre-fonction", "s => s.options[s.selectedIndex].text")
            caption = tab.inner_text("#explorateur-legende")
            if label not in caption:
                result.add(name, f"{step} : la légende « {caption} » ne nomme pas la fonction « {label} »")
        checked += 1

    with_script = browser.new_page()
    with_script.goto(index.as_uri() + f"?fonction={fonction}&echelon={echelon}")
    with_script.wait_for_load_state("load")
    with_script.wait_for_selector("#filtres:not([hidden])", timeout=10_000)
    expect_rows(with_script, wanted, f"lien ?fonction={fonction}&echelon={echelon}")
    if phase:
        with_script.select_option("#filtre-phase", phase)
        expect_rows(with_script, dict(wanted, phase=phase), f"étape « {phase} » choisie")
    if pages[index]:
        # Every row on the index: an unknown id counts as « tous ».
        with_script.goto(index.as_uri() + f"?echelon=inconnu&fonction={fonction}")
        with_script.wait_for_selector("#filtres:not([hidden])", timeout=10_000)
        if with_script.input_value("#filtre-echelon") != "":
            result.add("explorateur/index.html", "un échelon inconnu de l’adresse n’est pas lu comme « tous »")
        expect_rows(with_script, {"fonction": fonction}, "échelon inconnu dans l’adresse")
        # A network and a function with no row together: a notice instead of an empty table, and a way back.
        networks = sorted({row["data-reseau"] for row in pages[index]})
        functions = sorted({row["data-fonction"] for row in pages[index] if "data-fonction" in row})
        empty = next(((r, f) for r in networks for f in functions
                      if not any(matches(row, {"reseau": r, "fonction": f}) for row in every_row)), None)
        if empty:
            step = f"filtre sans ligne ?reseau={empty[0]}&fonction={empty[1]}"
            with_script.goto(index.as_uri() + f"?reseau={empty[0]}&fonction={empty[1]}")
            with_script.wait_for_selector("#filtres:not([hidden])", timeout=10_000)
            expect_rows(with_script, {"reseau": empty[0], "fonction": empty[1]}, step)
            if not with_script.is_visible("#explorateur-vide") or with_script.is_visible("table.explorateur-lignes"):
                result.add("explorateur/index.html", f"{step} : pas d’avis « aucune ligne », ou un tableau vide affiché")
            else:
                with_script.click("#filtres-effacer")
                expect_rows(with_script, {}, f"{step}, puis « Effacer les filtres »")
    with_script.close()

    context = browser.new_context(java_script_enabled=False)
    without_script = context.new_page()
    for path, rows in pages.items():
        without_script.goto(path.as_uri() + f"?fonction={fonction}&echelon={echelon}")
        visible = without_script.evaluate(VISIBLE_ROWS)
        if visible != len(rows):
            result.add(site.rel(path), f"sans JavaScript, {visible} lignes visibles sur {len(rows)}")
        if without_script.is_visible("#filtres"):
            result.add(site.rel(path), "sans JavaScript, les filtres sont affichés alors qu’ils ne font rien")
    context.close()
    result.summary = (f"{plural(len(every_row), 'ligne')} sur {plural(len(pages), 'page')}, "
                      f"{plural(checked, 'filtre vérifié', 'filtres vérifiés')} depuis le disque, "
                      f"{plural(len(pages), 'page')} sans JavaScript : {plural(len(result.findings), 'constat')}")
    return result
