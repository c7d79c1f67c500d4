"""Size of the charts' text on screen: in Chromium, at each width of WIDTHS, every `<text>` of every
`svg.graphique` is measured as drawn (its computed font size times the scale of its screen transform,
`getScreenCTM()`, which holds the viewBox's scaling and any rotation); a text under MINIMUM px is a finding.

The page is loaded once and resized: the stylesheet picks a chart's drawing by the width of its figure
(container queries), which the browser re-evaluates on resize. Run alone:
  python tools/audit/charts.py [--output Output]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from report import CheckResult, plural

WIDTHS = (360, 390, 768, 1280, 1920)
MINIMUM = 12.0
NAME = f"taille des textes des graphiques (≥ {MINIMUM:g} px)"

# For each visible text of each chart: its size on screen, in CSS px, rounded to a hundredth.
SCRIPT = """
() => {
  const charts = [];
  for (const svg of document.querySelectorAll('svg.graphique')) {
    const title = (svg.querySelector('title') || {}).textContent || svg.getAttribute('class');
    const texts = [];
    for (const text of svg.querySelectorAll('text')) {
      if (text.getClientRects().length === 0) continue;
      const box = text.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const ctm = text.getScreenCTM();
      if (!ctm) continue;
      const scale = Math.sqrt(ctm.a * ctm.a + ctm.b * ctm.b);
      const size = parseFloat(getComputedStyle(text).fontSize) * scale;
      texts.push([text.textContent, Math.round(size * 100) / 100]);
    }
    if (texts.length) charts.push({title, texts});
  }
  return charts;
}
"""


class Measures:
    """What the measures found over all pages and widths: the findings and the range of sizes."""

    def __init__(self) -> None:
        self.result = CheckResult(NAME)
        self.texts = 0
        self.smallest: float | None = None
        self.largest: float | None = None

    def measure(self, page, name: str) -> None:
        """Measures the page open in `page` at every width of WIDTHS, then leaves it at the first."""
        original = page.viewport_size
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            for chart in page.evaluate(SCRIPT):
                small = []
                for text, size in chart["texts"]:
                    self.texts += 1
                    self.smallest = size if self.smallest is None else min(self.smallest, size)
                    self.largest = size if self.largest is None else max(self.largest, size)
                    if size < MINIMUM - 0.005:
                        small.append((text, size))
                for text, size in small[:5]:
                    self.result.add(name, f"à {width} px : graphique « {chart['title']} » : « {text} » mesure {size:.2f} px")
                if len(small) > 5:
                    self.result.add(name, f"à {width} px : graphique « {chart['title']} » : et {len(small) - 5} autres textes "
                                          f"sous {MINIMUM:g} px")
        if original:
            page.set_viewport_size(original)

    def finish(self) -> CheckResult:
        sizes = (f", de {self.smallest:.1f} à {self.largest:.1f} px" if self.texts else "")
        self.result.summary = (f"{plural(self.texts, 'texte')} mesurés à {', '.join(map(str, WIDTHS))} px{sizes} : "
                               f"{plural(len(self.result.findings), 'texte trop petit', 'textes trop petits')}")
        return self.result


def main() -> int:
    import browser
    from builtsite import Site
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description="Taille des textes des graphiques à l’écran.")
    parser.add_argument("--output", type=Path, default=Path("Output"), help="dossier du site construit")
    args = parser.parse_args()
    site = Site(args.output)
    measures = Measures()
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=browser.CHROMIUM, args=browser.chromium_args())
        page = chromium.new_page(viewport={"width": WIDTHS[0], "height": 900})
        for path in site.pages():
            if "<svg" in path.read_text(encoding="utf-8", errors="replace"):
                page.goto(site.url(path))
                measures.measure(page, site.rel(path))
        chromium.close()
    result = measures.finish()
    result.print_findings()
    print(f"{result.name} : {result.summary}")
    return 1 if result.findings else 0


if __name__ == "__main__":
    sys.exit(main())
