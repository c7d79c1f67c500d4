"""The built site under audit: where it is and which files it has."""
from __future__ import annotations

from pathlib import Path


class Site:
    def __init__(self, root: Path):
        self.root = root.resolve()

    def pages(self) -> list[Path]:
        """Every HTML page, sorted so that reports are stable."""
        return sorted(self.root.rglob("*.html"))

    def rel(self, path: Path | str) -> str:
        """A path as shown in findings: relative to the site root."""
        path = Path(path)
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    def url(self, path: Path) -> str:
        return path.resolve().as_uri()
