"""The content format of a monograph (FORMAT.md §4) as the generator declares it, for the Python tools
that write synthetic monographs (bench/generate.py, tools/audit/more-monographs.py, bench/serve_latency.py)
or mirror them (the benchmark's Hugo layout): read from `monograph schema`, which is made from the
declaration and the referentiel, so that no section heading, key or id is copied by hand.

    from content_format import ContentFormat
    fmt = ContentFormat.load(binary, content)   # or ContentFormat.read(schema_file)
    fmt.sections      # [(id, heading)], in the order of the page: ("carte-identite", "Carte d’identité"), ...
    fmt.heading("cycles")
    fmt.keys          # the front matter's top-level keys, in declared order
    fmt.ids["phases"] # the referentiel's ids of each list, in its order
    fmt.check(text)   # exits if `text`'s front matter has a top-level key the format does not declare
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BINARY = ROOT / ".build" / "release" / "monograph"

# The referentiel's lists, by the front-matter key whose values they are.
LISTS = {"fonction": "fonctions", "echelon": "echelons", "natures": "natures", "phase": "phases", "phases": "phases",
         "types": "types"}


class ContentFormat:
    def __init__(self, schema: dict):
        properties = schema["properties"]
        self.keys: list[str] = list(properties)
        self.required: list[str] = list(schema.get("required", []))
        states = _branch(properties["redaction"])["properties"]
        if not all("title" in _branch(value) for value in states.values()):
            sys.exit("content_format: the schema gives no section headings (the title of each state in "
                     "`redaction`): the program is older than this tool; build it again (make build)")
        self.sections: list[tuple[str, str]] = [(section, _branch(value)["title"]) for section, value in states.items()]
        self.ids: dict[str, list[str]] = {}
        _collect_ids(schema, self.ids)
        missing = [name for name in sorted(set(LISTS.values())) if not self.ids.get(name)]
        if missing:
            sys.exit(f"content_format: no ids for {', '.join(missing)} in the schema")

    @classmethod
    def load(cls, binary: Path | str | None = None, content: Path | str = ROOT / "Content") -> "ContentFormat":
        """The format of `binary` (the release build by default) with the referentiel of `content`."""
        binary = Path(binary or DEFAULT_BINARY)
        if not binary.exists():
            sys.exit(f"content_format: {binary} is missing: build it first (make build)")
        result = subprocess.run([str(binary), "schema", "--content", str(content)], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"content_format: `monograph schema` failed:\n{result.stderr}")
        return cls(json.loads(result.stdout))

    @classmethod
    def read(cls, schema: Path | str) -> "ContentFormat":
        """The format from a schema file that `monograph schema` wrote (the tests write their own)."""
        return cls(json.loads(Path(schema).read_text(encoding="utf-8")))

    def heading(self, section: str) -> str:
        return dict(self.sections)[section]

    def check(self, text: str, where: str = "") -> None:
        """Exits when the front matter of `text` has a top-level key the format does not declare: a
        generator written against another version of the format."""
        if not text.startswith("---\n"):
            return
        front = text[4:text.find("\n---\n", 3)]
        unknown = [key for key in re.findall(r"^([a-z_]+):", front, re.M) if key not in self.keys]
        if unknown:
            sys.exit(f"content_format: {where or 'a generated monograph'} has keys the format does not declare: "
                     f"{', '.join(unknown)} (declared: {', '.join(self.keys)})")


def _branch(value: dict) -> dict:
    """The schema of an optional key without its `null` branch."""
    for branch in value.get("anyOf", []):
        if branch.get("type") != "null":
            return branch
    return value


def _collect_ids(schema: dict, ids: dict[str, list[str]]) -> None:
    """The enums of the keys named in LISTS, wherever they are in the schema."""
    for key, value in (schema.get("properties") or {}).items():
        value = _branch(value)
        if key in LISTS:
            enum = value.get("enum") or _branch(value.get("items") or {}).get("enum")
            if enum:
                ids.setdefault(LISTS[key], list(enum))
        _collect_ids(value, ids)
        items = value.get("items")
        if isinstance(items, dict):
            _collect_ids(_branch(items), ids)
        for branch in value.get("anyOf", []):
            _collect_ids(branch, ids)
