"""Internal links and anchors: lychee, offline, with fragments checked."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from report import CheckResult, plural
from builtsite import Site


def lychee() -> str | None:
    beside = Path(sys.executable).with_name("lychee")
    return str(beside) if beside.exists() else shutil.which("lychee")


def check(site: Site) -> CheckResult:
    result = CheckResult("liens (lychee)")
    binary = lychee()
    if binary is None:
        result.add("-", "lychee est introuvable : lancez make audit-deps.")
        result.summary = "vérificateur non lancé (lychee absent)"
        return result
    process = subprocess.run(
        [binary, "--offline", "--include-fragments", "--index-files", "index.html",
         "--no-progress", "--format", "json", str(site.root)],
        capture_output=True, text=True)
    try:
        report = json.loads(process.stdout)
    except ValueError:
        result.add("-", "réponse illisible de lychee : " + (process.stderr or process.stdout)[:500])
        result.summary = "vérificateur en échec"
        return result
    for source, failures in sorted(report.get("error_map", {}).items()):
        for failure in failures:
            span = failure.get("span") or {}
            where = f"ligne {span['line']} : " if span.get("line") else ""
            url = failure.get("url", "?")
            target = site.rel(url.removeprefix("file://")) if url.startswith("file://") else url
            status = (failure.get("status") or {}).get("text", "")
            result.add(site.rel(source), f"{where}lien cassé vers {target} ({status})")
    broken = len(result.findings)
    result.summary = (f"{plural(report.get('total', 0), 'lien')} ({report.get('unique', 0)} distincts), "
                      f"{plural(report.get('excludes', 0), 'exclu')} (externes), "
                      f"{plural(broken, 'cassé')}")
    return result
