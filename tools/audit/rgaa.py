"""The audit against RGAA 4.1, the French accessibility reference: axe-core's rules tagged with RGAA
criteria (`RGAA-<theme>.<criterion>.<test>`) are all run, experimental ones included, and what they find
is reported criterion by criterion in audit/rgaa.md, with the criteria that no automatic check tests.

The criteria and their checks come from the built accessibility page (`accessibilite/index.html`, its
`<li data-rgaa data-controle>` items): the audit fails when the criteria it tests are not the ones that
page says are checked automatically, so that the page never promises more, or less, than is done."""
from __future__ import annotations

import html
import re
from pathlib import Path

from builtsite import Site
from report import CheckResult, plural

# Criterion 8.2 (valid code) is checked by the W3C validator too (validity.py), besides axe's rule.
VALIDATOR_CRITERIA = {"8.2"}
# A check of ours, run on every page beside axe: each chart (`<svg role="img">`) has a text alternative
# in `aria-label` (RGAA test 1.1.5: `<title>` alone is not one for `<svg>`), a `<desc>`, and a detailed
# description right after it, a table or a text (criterion 1.6).
CHART_RULE = "graphique-decrit"
CHART_CRITERIA = ["1.1", "1.6"]
CHART_HELP = "un graphique doit avoir une alternative textuelle (aria-label) et une description détaillée adjacente"
CHART_SCRIPT = """
() => {
  const problems = [];
  const describes = el => el && (el.matches('table, ol, ul, p, dl') || (el.matches('details') && el.querySelector('table')));
  const after = el => { let next = el.nextElementSibling; while (next && next.matches('figcaption')) next = next.nextElementSibling; return next; };
  document.querySelectorAll('svg[role="img"]').forEach((svg, index) => {
    const title = (svg.querySelector('title') || {}).textContent || '';
    const name = (svg.getAttribute('aria-label') || '').trim();
    const label = '« ' + (title || svg.getAttribute('class')) + ' »';
    if (!name) problems.push(label + ' : pas d’alternative textuelle (aria-label)');
    else if (title && name !== title.trim()) problems.push(label + ' : son aria-label diffère de son titre');
    if (!((svg.querySelector('desc') || {}).textContent || '').trim()) problems.push(label + ' : pas de description (desc)');
    const figure = svg.closest('figure');
    if (!describes(after(svg)) && !(figure && describes(after(figure))))
      problems.push(label + ' : pas de description détaillée (tableau ou texte) juste après');
  });
  return {charts: document.querySelectorAll('svg[role="img"]').length, problems};
}
"""
RULES_SCRIPT = """
() => axe.getRules().filter(r => r.tags.some(t => t.startsWith('RGAA-')))
  .map(r => ({id: r.ruleId, criteria: [...new Set(r.tags.filter(t => t.startsWith('RGAA-'))
    .map(t => t.slice(5).split('.').slice(0, 2).join('.')))]}))
"""


def key(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in number.split("."))


def rules(page, axe_source: str) -> dict[str, list[str]]:
    """axe-core's rules that test RGAA criteria: rule id → criteria (« 1.1 »), read from axe itself."""
    page.set_content("<!DOCTYPE html><html lang='fr'><title>axe</title></html>")
    page.evaluate(axe_source)
    return {rule["id"]: sorted(rule["criteria"], key=key) for rule in page.evaluate(RULES_SCRIPT)}


def options(rgaa_rules: dict[str, list[str]]) -> dict:
    """axe's options: every rule of its default set, and every RGAA rule, experimental ones included."""
    return {"rules": {rule: {"enabled": True} for rule in rgaa_rules}}


def check_charts(page) -> tuple[int, list[str]]:
    """Checks the charts of the page open in `page` (CHART_SCRIPT): how many it holds, and the problems."""
    measure = page.evaluate(CHART_SCRIPT)
    return measure["charts"], measure["problems"]


def criteria_of_page(site: Site) -> dict[str, tuple[str, str]]:
    """The criteria listed by the accessibility page: number → (title, check)."""
    page = site.root / "accessibilite" / "index.html"
    if not page.exists():
        return {}
    text = page.read_text(encoding="utf-8")
    found = {}
    for number, check, body in re.findall(r'<li data-rgaa="([\d.]+)" data-controle="([a-z-]+)">(.*?)</li>', text, re.S):
        title = re.sub(r"<span class=\"critere-controle\">.*?</span>", "", body)
        title = html.unescape(re.sub(r"<[^>]+>", "", title)).replace(number, "", 1).strip()
        found[number] = (" ".join(title.split()), check)
    return found


class Findings:
    """The violations of a run, by rule, each with the pages and elements where it was found."""

    def __init__(self) -> None:
        self.by_rule: dict[str, list[str]] = {}
        self.help: dict[str, str] = {}

    def add(self, rule: str, help_text: str, where: str) -> None:
        self.by_rule.setdefault(rule, []).append(where)
        self.help[rule] = help_text


def report(site: Site, rgaa_rules: dict[str, list[str]], findings: Findings, pages: int, axe_version: str,
           folder: Path | None) -> CheckResult:
    """The findings by criterion, in audit/rgaa.md when `folder` is given; `rgaa_rules` are axe's, the
    charts' check (CHART_RULE) is added here."""
    result = CheckResult("RGAA 4.1")
    axe_rules = len(rgaa_rules)
    rgaa_rules = {**rgaa_rules, CHART_RULE: CHART_CRITERIA}
    listed = criteria_of_page(site)
    if len(listed) != 106:
        result.add("accessibilite/index.html", f"la page d’accessibilité liste {plural(len(listed), 'critère')} du RGAA 4.1 au lieu de 106")
    tested = {criterion for criteria in rgaa_rules.values() for criterion in criteria} | VALIDATOR_CRITERIA
    said = {number for number, (_, check) in listed.items() if check == "automatique"}
    for number in sorted(tested - said, key=key):
        result.add("accessibilite/index.html", f"le critère {number} est testé automatiquement, mais la page le dit « à vérifier »")
    for number in sorted(said - tested, key=key):
        result.add("accessibilite/index.html", f"la page dit le critère {number} contrôlé automatiquement, mais aucune règle ne le teste")

    rules_of = {}
    for rule, criteria in rgaa_rules.items():
        for criterion in criteria:
            rules_of.setdefault(criterion, []).append(rule)
    found_in: dict[str, int] = {}
    for rule, places in findings.by_rule.items():
        for criterion in rgaa_rules.get(rule, ["hors RGAA"]):
            found_in[criterion] = found_in.get(criterion, 0) + len(places)

    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        lines = [
            "# Audit RGAA 4.1",
            "",
            f"{plural(pages, 'page')}, chacune en thème clair et en thème sombre, avec axe-core {axe_version} "
            f"({plural(axe_rules, 'règle')} étiquetées par critère du RGAA, toutes "
            f"lancées), le validateur du W3C (critère 8.2) et le contrôle des graphiques (`{CHART_RULE}` : alternative "
            "textuelle en aria-label, description, description détaillée adjacente). Un critère « contrôlé en partie » "
            "n’en est pas pour autant conforme : ses autres tests demandent un examen humain.",
            "",
            f"## Critères contrôlés en partie automatiquement ({len(said & tested)})",
            "",
            "| critère | intitulé | règles | constats |",
            "|---|---|---|---:|",
        ]
        for number in sorted(said & tested, key=key):
            title = listed[number][0].replace("|", "\\|")
            checks = sorted(rules_of.get(number, [])) + (["validateur du W3C"] if number in VALIDATOR_CRITERIA else [])
            lines.append(f"| {number} | {title} | {', '.join(checks)} | {found_in.get(number, 0)} |")
        lines += ["", "## Constats", ""]
        if not findings.by_rule:
            lines.append("Aucun.")
        for rule in sorted(findings.by_rule):
            criteria = ", ".join(rgaa_rules.get(rule, ["hors RGAA"]))
            lines.append(f"- `{rule}` (critères : {criteria}) : {findings.help[rule]}")
            lines += [f"  - {where}" for where in findings.by_rule[rule][:20]]
        manual = sorted(set(listed) - tested, key=key)
        lines += ["", f"## Critères à vérifier à la main ({len(manual)})", "",
                  "Aucun outil automatique ne les teste ; la page d’accessibilité du site les marque « à vérifier ».", ""]
        lines += [f"- {number} : {listed[number][0]}" for number in manual]
        (folder / "rgaa.md").write_text("\n".join(lines) + "\n", encoding="utf-8")

    where = f" ; rapport dans {folder}/rgaa.md" if folder is not None else ""
    result.summary = (f"{plural(len(said & tested), 'critère')} contrôlés en partie ({plural(axe_rules, 'règle')} axe, "
                      f"validateur, graphiques), {len(set(listed) - tested)} à vérifier à la main, "
                      f"{plural(sum(len(p) for p in findings.by_rule.values()), 'constat')}{where}")
    return result
