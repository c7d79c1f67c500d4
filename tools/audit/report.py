"""Findings and the report that prints them, shared by every checker of the audit."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Finding:
    page: str
    message: str


@dataclass
class CheckResult:
    """What one checker found, plus the one-line summary printed at the end of the audit."""
    name: str
    findings: list[Finding] = field(default_factory=list)
    summary: str = ""

    def add(self, page: str, message: str) -> None:
        self.findings.append(Finding(page, message))

    def print_findings(self) -> None:
        for finding in self.findings:
            print(f"{self.name} : {finding.page} : {finding.message}", flush=True)


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """`1 erreur`, `2 erreurs`, `0 erreur` (French: 0 and 1 take the singular)."""
    word = singular if count <= 1 else (plural_form or singular + "s")
    return f"{count} {word}"
