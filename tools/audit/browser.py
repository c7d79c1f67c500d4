"""Checks in a real browser (Debian's Chromium driven by Playwright): axe-core accessibility rules in
the light and dark colour schemes, every rule tagged with an RGAA criterion included and reported by
criterion (rgaa.py), page width at 390 px, chart texts inside their charts at widths from
360 to 1440 px and their size on screen, 12 px at least, at widths from 360 to 1920 px (charts.py), the
explorer's filters opened from disk (explorer.py), and full-page screenshots."""
from __future__ import annotations

import os
from pathlib import Path

import explorer
import rgaa
from charts import Measures as ChartTextSizes
from report import CheckResult, plural
from builtsite import Site

CHROMIUM = os.environ.get("AUDIT_CHROMIUM", "/usr/bin/chromium")
NARROW, WIDE = 390, 1280
# Widths at which every chart text must lie inside its chart (the narrowest phone to a wide screen).
SVG_WIDTHS = (360, 1024, 1440)
# One page of each kind, each taken at 390 and 1280 px, and at 1280 px in the dark scheme.
SCREENSHOTS = [
    ("accueil", "index.html"),
    ("familles-rurales", "reseaux/familles-rurales/index.html"),
    ("monographie-en-cours", "reseaux/inae/index.html"),
    ("livret", "livret/role-des-tetes-de-reseau/index.html"),
    ("synthese", "synthese/index.html"),
    ("referentiel", "referentiel/index.html"),
    ("explorateur", "explorateur/index.html"),
    ("recherche", "recherche/index.html"),
    ("donnees", "donnees/index.html"),
    ("etat-de-la-collection", "etat-de-la-collection/index.html"),
    ("plan-du-site", "plan-du-site/index.html"),
    ("accessibilite", "accessibilite/index.html"),
    ("mentions-legales", "mentions-legales/index.html"),
    ("page-introuvable", "404.html"),
]

# Elements that stick out of the viewport and are not clipped by a scrolling box, outermost first.
# An absolutely positioned element escapes the scrolling boxes between it and its containing block.
OVERFLOW_SCRIPT = """
() => {
  const limit = window.innerWidth;
  const style = el => getComputedStyle(el);
  const sticksOut = el => el.getBoundingClientRect().right > limit + 0.5;
  const clipped = el => {
    for (let node = el; node && node !== document.body; ) {
      const position = style(node).position;
      if (position === 'fixed') return false;
      let next = node.parentElement;
      if (position === 'absolute') {
        while (next && next !== document.body && style(next).position === 'static') next = next.parentElement;
      }
      if (!next || next === document.body) return false;
      if (style(next).overflowX !== 'visible') return true;
      node = next;
    }
    return false;
  };
  const describe = el => {
    let name = el.tagName.toLowerCase();
    if (el.id) name += '#' + el.id;
    const cls = el.getAttribute('class');
    if (cls) name += '.' + cls.trim().split(/\\s+/).join('.');
    return name;
  };
  const culprits = new Map();
  for (const el of document.body.querySelectorAll('*')) {
    if (!sticksOut(el) || clipped(el)) continue;
    const parent = el.parentElement;
    if (parent && parent !== document.body && sticksOut(parent) && !clipped(parent)) continue;
    const name = describe(el), right = Math.round(el.getBoundingClientRect().right);
    const seen = culprits.get(name) || {count: 0, right: 0};
    culprits.set(name, {count: seen.count + 1, right: Math.max(seen.right, right)});
  }
  const list = [...culprits].slice(0, 5).map(([name, c]) => name + (c.count > 1 ? ' ×' + c.count : '') + ' (' + c.right + ' px)');
  return {scrollWidth: document.documentElement.scrollWidth, innerWidth: limit, culprits: list};
}
"""


# Boxes whose content scrolls sideways (details opened): allowed, but worth a look on a phone screen.
SCROLLING_BOXES_SCRIPT = """
() => {
  document.querySelectorAll('details').forEach(d => { d.open = true; });
  return [...document.body.querySelectorAll('*')].filter(el => {
    const overflow = getComputedStyle(el).overflowX;
    return (overflow === 'auto' || overflow === 'scroll') && el.scrollWidth > el.clientWidth + 1;
  }).map(el => el.tagName.toLowerCase() + '.' + (el.getAttribute('class') || '').trim().split(/\\s+/).join('.')
               + ' (' + el.scrollWidth + ' px pour ' + el.clientWidth + ')');
}
"""


# Texts of inline SVG charts drawn outside their chart's box (and so cut), with the tables' details opened.
SVG_TEXT_SCRIPT = """
() => {
  document.querySelectorAll('details').forEach(d => { d.open = true; });
  const cut = [];
  let texts = 0;
  for (const svg of document.querySelectorAll('svg')) {
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    for (const text of svg.querySelectorAll('text')) {
      const r = text.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      texts += 1;
      const tolerance = 0.5;
      if (r.left < box.left - tolerance || r.right > box.right + tolerance || r.top < box.top - tolerance
          || r.bottom > box.bottom + tolerance) {
        const side = r.left < box.left - tolerance ? 'à gauche' : r.right > box.right + tolerance ? 'à droite'
          : r.top < box.top - tolerance ? 'en haut' : 'en bas';
        const chart = (svg.querySelector('title') || {}).textContent || svg.getAttribute('class');
        cut.push('« ' + text.textContent + ' » dépasse ' + side + ' du graphique « ' + chart + ' »');
      }
    }
  }
  return {texts, cut};
}
"""


def chromium_args() -> list[str]:
    # Chromium's sandbox refuses to run as root.
    return ["--no-sandbox"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []


def check(site: Site, screenshots: Path | None) -> list[CheckResult]:
    axe_result = CheckResult("accessibilité (axe)")
    width_result = CheckResult(f"largeur {NARROW} px")
    shots_result = CheckResult("captures")
    svg_result = CheckResult("textes des graphiques")
    explorer_result = CheckResult("explorateur")
    text_sizes = ChartTextSizes()
    results = [axe_result, width_result, svg_result, explorer_result] + ([shots_result] if screenshots else [])
    results.append(text_sizes.result)
    if not Path(CHROMIUM).exists():
        for result in results:
            result.add("-", f"Chromium est introuvable ({CHROMIUM}) : installez le paquet Debian chromium (make audit-deps).")
            result.summary = "non lancé (Chromium absent)"
        return results

    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    axe = Axe()
    pages = site.pages()
    scrolling = 0
    findings = rgaa.Findings()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=chromium_args())
        scratch = browser.new_page()
        rgaa_rules = rgaa.rules(scratch, axe.axe_script)
        axe_version = scratch.evaluate("axe.version")
        scratch.close()
        options = rgaa.options(rgaa_rules)
        charts_seen = 0
        light = browser.new_page(viewport={"width": WIDE, "height": 900}, color_scheme="light")
        dark = browser.new_page(viewport={"width": WIDE, "height": 900}, color_scheme="dark")
        narrow = browser.new_page(viewport={"width": NARROW, "height": 844}, color_scheme="light")
        charts = browser.new_page(viewport={"width": SVG_WIDTHS[0], "height": 900}, color_scheme="light")
        svg_texts = 0

        for path in pages:
            name, url = site.rel(path), site.url(path)
            for scheme, tab in (("clair", light), ("sombre", dark)):
                tab.goto(url)
                # Every violation is a finding, whatever its impact.
                for violation in axe.run(tab, options=options).response.get("violations", []):
                    targets = [" ".join(map(str, node.get("target", []))) for node in violation.get("nodes", [])]
                    where = (f"{plural(len(targets), 'élément')} : " + ", ".join(targets[:4]) + (" …" if len(targets) > 4 else ""))
                    criteria = rgaa_rules.get(violation["id"])
                    axe_result.add(name, f"thème {scheme} : {violation['id']} ({violation.get('impact')}"
                                         + (f", RGAA {', '.join(criteria)}" if criteria else "") + f") : {violation['help']} — {where}")
                    findings.add(violation["id"], violation["help"], f"{name} (thème {scheme}) : {where}")
                if scheme == "clair":
                    count, problems = rgaa.check_charts(tab)
                    charts_seen += count
                    for problem in problems:
                        axe_result.add(name, f"{rgaa.CHART_RULE} (RGAA {', '.join(rgaa.CHART_CRITERIA)}) : {problem}")
                        findings.add(rgaa.CHART_RULE, rgaa.CHART_HELP, f"{name} : {problem}")
            narrow.goto(url)
            measure = narrow.evaluate(OVERFLOW_SCRIPT)
            if measure["scrollWidth"] > measure["innerWidth"]:
                width_result.add(name, f"page large de {measure['scrollWidth']} px pour un écran de {measure['innerWidth']} px"
                                       + (" ; dépassent : " + ", ".join(measure["culprits"]) if measure["culprits"] else ""))
            for box in narrow.evaluate(SCROLLING_BOXES_SCRIPT):
                scrolling += 1
                print(f"{width_result.name} : {name} : note, défile dans sa boîte : {box}", flush=True)
            if "<svg" in path.read_text(encoding="utf-8", errors="replace"):
                for width in SVG_WIDTHS:
                    charts.set_viewport_size({"width": width, "height": 900})
                    charts.goto(url)
                    measure = charts.evaluate(SVG_TEXT_SCRIPT)
                    svg_texts += measure["texts"]
                    for message in measure["cut"][:5]:
                        svg_result.add(name, f"à {width} px : {message}")
                    if len(measure["cut"]) > 5:
                        svg_result.add(name, f"à {width} px : et {len(measure['cut']) - 5} autres textes coupés")
                # The page stays loaded: the measure resizes it to each of its widths.
                text_sizes.measure(charts, name)

        explorer_result = explorer.check(browser, site)
        results[3] = explorer_result

        if screenshots:
            screenshots.mkdir(parents=True, exist_ok=True)
            taken = 0
            for label, relative in SCREENSHOTS:
                path = site.root / relative
                if not path.exists():
                    shots_result.add(relative, "page absente : pas de capture")
                    continue
                for suffix, tab in ((f"{NARROW}", narrow), (f"{WIDE}", light), (f"{WIDE}-sombre", dark)):
                    tab.goto(site.url(path))
                    tab.screenshot(path=str(screenshots / f"{label}-{suffix}.png"), full_page=True)
                    taken += 1
            shots_result.summary = f"{plural(taken, 'capture')} pleine page dans {screenshots}/"
        browser.close()

    axe_result.summary = (f"{plural(len(pages), 'page')} × 2 thèmes, axe-core {axe_version} avec ses "
                          f"{plural(len(rgaa_rules), 'règle')} du RGAA, et {plural(charts_seen, 'graphique')} décrits "
                          f"(RGAA 1.1 et 1.6) : {plural(len(axe_result.findings), 'constat')}")
    results.append(rgaa.report(site, rgaa_rules, findings, len(pages), axe_version, screenshots))
    svg_result.summary = (f"{plural(svg_texts, 'texte')} de graphiques mesurés à {', '.join(map(str, SVG_WIDTHS))} px : "
                          f"{plural(len(svg_result.findings), 'texte coupé', 'textes coupés')}")
    text_sizes.finish()
    width_result.summary = (f"{plural(len(pages), 'page')} : {plural(len(width_result.findings), 'page plus large', 'pages plus larges')} que l’écran, "
                            f"{plural(scrolling, 'boîte')} dont le contenu défile (non bloquant)")
    return results
