"""Search in a real browser over HTTP: the site is served under a sub-folder (as on a host that publishes
it at https://example.org/sous/dossier/), and the search page is driven like a reader would.

Checked, with expectations computed from the built pages themselves:
- a query with its accents left out finds the same pages as the accented word;
- a singular finds a page where only the plural is written (French stemming);
- a filter alone (no words) finds exactly the pages that carry it;
- every result link leads to a page of the site, under the sub-folder, and names its page's rubrique;
- on a phone (390 × 844), the filters are folded under one control and two results show on the first screen;
- axe-core finds no serious or critical violation on the page with results shown;
- opened from disk, the page says that search needs a server and links the explorer.
"""
from __future__ import annotations

import functools
import html
import http.server
import re
import tempfile
import threading
import unicodedata
import urllib.parse
from pathlib import Path

from browser import CHROMIUM, chromium_args
from builtsite import Site
from report import CheckResult, plural

PAGE = "recherche/index.html"
PREFIX = "/sous/dossier/"
BODY = re.compile(r"<main[^>]*data-pagefind-body[^>]*>(.*?)</main>", re.S)
FILTER = re.compile(r'data-pagefind-filter="([^"]*)"')
TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"[^\W\d_]+", re.U)


def fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")


class Indexed:
    """The pages the index holds (those marking their main content), with their words and filters."""

    def __init__(self, site: Site):
        self.words: dict[str, set[str]] = {}
        self.filters: dict[str, set[str]] = {}
        for path in site.pages():
            text = path.read_text(encoding="utf-8", errors="replace")
            body = BODY.search(text)
            if not body:
                continue
            url = PREFIX + site.rel(path).removesuffix("index.html")
            self.words[url] = {w.lower() for w in WORD.findall(html.unescape(TAG.sub(" ", body.group(1))))}
            self.filters[url] = {html.unescape(value) for value in FILTER.findall(body.group(1))}

    def accented_word(self) -> str | None:
        """A long accented word of the pages, the most widespread one."""
        counts: dict[str, int] = {}
        for words in self.words.values():
            for word in words:
                if len(word) >= 8 and fold(word) != word:
                    counts[word] = counts.get(word, 0) + 1
        return max(sorted(counts), key=lambda w: counts[w], default=None)

    def plural_only(self) -> tuple[str, str] | None:
        """(singular, page): a page holding a plural in -s whose singular it never writes."""
        everywhere = set().union(*self.words.values())
        for url in sorted(self.words):
            words = self.words[url]
            for word in sorted(words):
                singular = word[:-1]
                if len(word) >= 8 and word.endswith("s") and singular not in words and singular in everywhere:
                    return singular, url
        return None

    def common_filter(self) -> tuple[str, str, set[str]] | None:
        """(name, value, pages): a `fonction` value carried by some of the pages but not all."""
        values: dict[str, set[str]] = {}
        for url, filters in self.filters.items():
            for pair in filters:
                name, _, value = pair.partition(":")
                if name == "fonction":
                    values.setdefault(value, set()).add(url)
        fitting = [(len(urls), value) for value, urls in values.items() if 0 < len(urls) < len(self.filters)]
        if not fitting:
            return None
        _, value = max(fitting)
        return "fonction", value, values[value]


RUBRIQUES = "items => items.map(li => (li.querySelector('.rubrique-resultat') || {}).textContent || '')"
FIRST_SCREEN = """
() => [...document.querySelectorAll('#recherche-resultats li')]
  .filter(li => li.getBoundingClientRect().bottom <= innerHeight).length
"""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the standard library's signature
        pass


def serve(root: Path):
    """Serves `root` under PREFIX on a free port; returns (server, base URL)."""
    folder = Path(tempfile.mkdtemp(prefix="recherche-"))
    target = folder / PREFIX.strip("/")
    target.parent.mkdir(parents=True)
    target.symlink_to(root)
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"


def check(site: Site) -> CheckResult:
    result = CheckResult("recherche (navigateur, HTTP)")
    page = site.root / PAGE
    if not page.exists():
        result.add(PAGE, "page de recherche absente")
        result.summary = "non lancée"
        return result
    if not (site.root / "pagefind" / "pagefind.js").exists():
        result.add("pagefind/", "index de recherche absent : la construction n’a pas trouvé Pagefind (make l’installe)")
        result.summary = "non lancée (pas d’index)"
        return result
    if not Path(CHROMIUM).exists():
        result.add("-", f"Chromium est introuvable ({CHROMIUM}) : make audit-deps l’installe.")
        result.summary = "non lancée (Chromium absent)"
        return result

    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    indexed = Indexed(site)
    server, base = serve(site.root)
    queries = 0
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=chromium_args())
            tab = browser.new_page()

            def search(**fields: str) -> list[str] | None:
                """The result links of the search page opened with `fields`, every page of results shown."""
                nonlocal queries
                queries += 1
                tab.goto(base + PAGE + "?" + urllib.parse.urlencode(fields))
                try:
                    tab.wait_for_function("/trouvée|Aucune page/.test(document.getElementById('recherche-etat').textContent)",
                                          timeout=20_000)
                    while tab.is_visible("#recherche-plus"):
                        count = tab.locator("#recherche-resultats li").count()
                        tab.click("#recherche-plus")
                        tab.wait_for_function(f"document.querySelectorAll('#recherche-resultats li').length > {count}")
                except Exception:  # noqa: BLE001 - any failure of the page is a finding
                    result.add(PAGE, f"la recherche {fields} n’a pas abouti : « {tab.inner_text('#recherche-etat')} »")
                    return None
                status = tab.inner_text("#recherche-etat")
                links = [a.get_attribute("href") for a in tab.query_selector_all("#recherche-resultats h2 a")]
                announced = int(status.split()[0]) if status[0].isdigit() else 0
                if announced != len(links):
                    result.add(PAGE, f"{fields} : « {status} » annoncé, {plural(len(links), 'lien')} listé(s)")
                return [urllib.parse.urlparse(urllib.parse.urljoin(tab.url, link)).path for link in links]

            word = indexed.accented_word()
            if word is None:
                result.add(PAGE, "aucun mot accentué dans les pages indexées : recherche sans accents non vérifiée")
            else:
                accented, bare = search(q=word), search(q=fold(word))
                if accented is not None and bare is not None:
                    if not accented:
                        result.add(PAGE, f"« {word} » ne trouve aucune page")
                    elif sorted(bare) != sorted(accented):
                        result.add(PAGE, f"« {fold(word)} » (sans accents) trouve {len(bare)} pages, « {word} » {len(accented)}")

            pair = indexed.plural_only()
            if pair is None:
                result.add(PAGE, "aucun pluriel sans son singulier dans les pages : racinisation non vérifiée")
            else:
                singular, url = pair
                found = search(q=singular)
                if found is not None and url not in found:
                    result.add(PAGE, f"« {singular} » ne trouve pas {url}, qui n’écrit que le pluriel « {singular}s »")

            facet = indexed.common_filter()
            if facet is None:
                result.add(PAGE, "aucune valeur de fonction portée par une partie des pages : filtre seul non vérifié")
            else:
                name, value, expected = facet
                found = search(**{name: value})
                if found is not None and sorted(found) != sorted(expected):
                    result.add(PAGE, f"le filtre seul {name} = « {value} » trouve {sorted(found)} au lieu de {sorted(expected)}")
                for link in sorted(set(found or [])):
                    if link not in indexed.words:
                        result.add(PAGE, f"le résultat {link} ne mène pas à une page indexée du site sous {PREFIX}")
                labels = tab.eval_on_selector_all("#recherche-resultats li", RUBRIQUES)
                for link, label in zip(found or [], labels):
                    rubrique = {pair.partition(":")[2] for pair in indexed.filters.get(link, set()) if pair.startswith("rubrique:")}
                    if label not in rubrique:
                        result.add(PAGE, f"le résultat {link} est présenté sous « {label} », sa rubrique est {sorted(rubrique)}")
                for violation in Axe().run(tab).response.get("violations", []):
                    result.add(PAGE, f"avec des résultats : {violation['id']} ({violation.get('impact')}) : {violation['help']}")

                if found and len(found) >= 2:
                    phone = browser.new_page(viewport={"width": 390, "height": 844})
                    phone.goto(base + PAGE + "?" + urllib.parse.urlencode({name: value}))
                    phone.wait_for_function("/trouvée/.test(document.getElementById('recherche-etat').textContent)", timeout=20_000)
                    if phone.eval_on_selector("#recherche-filtres", "d => d.open"):
                        result.add(PAGE, "à 390 px, les filtres ne sont pas repliés")
                    if "1 actif" not in phone.inner_text("#recherche-filtres summary"):
                        result.add(PAGE, f"à 390 px, le bouton des filtres ne dit pas qu’un filtre est choisi : "
                                         f"« {phone.inner_text('#recherche-filtres summary')} »")
                    first = phone.evaluate(FIRST_SCREEN)
                    if first < 2:
                        result.add(PAGE, f"à 390 × 844 px, {plural(first, 'résultat')} sur le premier écran, 2 attendus")
                    phone.close()

            tab.goto(site.url(page))
            if not tab.is_visible("#recherche-disque") or not tab.is_visible("#recherche-disque a[href$='explorateur/index.html']"):
                result.add(PAGE, "ouverte depuis le disque, la page ne dit pas que la recherche a besoin d’un serveur "
                                 "ni ne mène à l’explorateur")
            browser.close()
    finally:
        server.shutdown()
    result.summary = (f"{plural(queries, 'recherche')} sous {PREFIX} (sans accents, singulier/pluriel, filtre seul, rubriques, à 390 px) "
                      f"et la page ouverte depuis le disque : {plural(len(result.findings), 'constat')}")
    return result
