"""French typography of every visible text of the built pages (and of the documents the PDFs are laid out
from, and of the e-book's XHTML documents): no plain or
no-break space where French puts a narrow no-break space (before ; : ! ? » and after «), no straight
apostrophe, and no English word of the interface.

Text is read from the HTML itself (text nodes and the attributes a reader is given: alt, title,
aria-label, placeholder, value of buttons, <title> of SVG), leaving out what is not prose:
<script>, <style>, <code>, <pre>, <kbd>, <samp> and the JSON-LD block."""
from __future__ import annotations

import html.parser
import json
import re
import sys
from pathlib import Path

from report import CheckResult, plural

SKIPPED = {"script", "style", "code", "pre", "kbd", "samp", "textarea"}
READ_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# A plain space or a no-break space (U+00A0) where French wants a narrow no-break space (U+202F).
SPACE_BEFORE = re.compile(r"[ \u00a0][;:!?»]")
SPACE_AFTER = re.compile(r"«[ \u00a0]")
# Glued marks: « word» or «word », a word followed by ; ! ? with no space (a time like 10:30 is fine).
GLUED = re.compile(r"«[^\s\u202f]|[^\s\u202f(«]»|(?<=[A-Za-zÀ-ÿ0-9)])[;!?](?=\s|$)")
STRAIGHT_APOSTROPHE = re.compile(r"[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]")
# Words of an English interface that must not reach a French reader.
ENGLISH = re.compile(r"\b(Search|Loading|Results?|Previous|Next|Skip to|Menu|Close|Filters?|Clear|Show more|"
                     r"Back to top|Table of contents|Copyright|Page not found|Download)\b")


class TextReader(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.skipping = 0
        self.texts: list[tuple[int, str]] = []

    def handle_starttag(self, tag, attrs):
        # What a page says of itself to other programs and to people who share it: its description, its
        # Open Graph and citation tags.
        if tag == "meta" and dict(attrs).get("content") and (dict(attrs).get("name") or dict(attrs).get("property") or "") \
                .startswith(("description", "og:title", "og:description", "og:site_name", "citation_title", "citation_publisher")):
            self.texts.append((self.getpos()[0], dict(attrs)["content"]))
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            self.json_ld = True
        for name, value in attrs:
            if value and (name in READ_ATTRIBUTES or (tag == "input" and name == "value" and dict(attrs).get("type") in ("submit", "button"))):
                self.texts.append((self.getpos()[0], value))
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag in SKIPPED:
            self.skipping += 1

    def handle_startendtag(self, tag, attrs):
        for name, value in attrs:
            if value and name in READ_ATTRIBUTES:
                self.texts.append((self.getpos()[0], value))

    def handle_endtag(self, tag):
        if tag in VOID or tag not in self.stack:
            return
        while self.stack:
            top = self.stack.pop()
            if top in SKIPPED:
                self.skipping -= 1
            if top == tag:
                break

    def handle_data(self, data):
        if getattr(self, "json_ld", False):
            # The schema.org description: its texts are read like the page's.
            self.json_ld = False
            def strings(value):
                if isinstance(value, str):
                    yield value
                elif isinstance(value, dict):
                    for item in value.values():
                        yield from strings(item)
                elif isinstance(value, list):
                    for item in value:
                        yield from strings(item)
            try:
                for text in strings(json.loads(data)):
                    if not text.startswith(("http://", "https://")):
                        self.texts.append((self.getpos()[0], text))
            except ValueError:
                pass
            return
        if not self.skipping and data.strip():
            self.texts.append((self.getpos()[0], data))


def problems(text: str) -> list[str]:
    found = []
    for pattern, what in ((SPACE_BEFORE, "espace ordinaire avant un signe double"), (SPACE_AFTER, "espace ordinaire après «"),
                          (GLUED, "signe sans espace fine"), (STRAIGHT_APOSTROPHE, "apostrophe droite"),
                          (ENGLISH, "mot anglais")):
        for match in pattern.finditer(text):
            start = max(0, match.start() - 25)
            found.append(f"{what} : « {text[start:match.end() + 25].strip()} »")
    return found


def page_problems(markup: str) -> list[tuple[int, str]]:
    reader = TextReader()
    reader.feed(markup)
    out = []
    for line, text in reader.texts:
        # Text nodes are split at tags: « and the word after it may sit in two nodes, checked together below.
        for problem in problems(re.sub(r"[ \t\r\n]+", " ", text)):
            out.append((line, problem))
    return out


def book_documents(folder: Path) -> dict[str, str]:
    """The visible text of each document `make pdf` lays out (written by make_pdf.py --html), by name.

    The PDFs are checked through these documents rather than through their own text: their fonts draw the
    narrow no-break space with the glyph of the space, so a PDF's extracted text cannot tell one from the
    other, while the documents hold exactly the characters the PDFs are set from."""
    texts = {}
    for path in sorted(Path(folder).glob("*.html")):
        reader = TextReader()
        reader.feed(path.read_text(encoding="utf-8"))
        for line, text in reader.texts:
            texts[f"{path.stem}.pdf (document, ligne {line})"] = texts.get(f"{path.stem}.pdf (document, ligne {line})", "") + " " + text
    return texts


def epub_documents(documents: dict[str, str]) -> dict[str, str]:
    """The visible text of each XHTML document of the e-book (name → markup), by document and line."""
    texts = {}
    for name, markup in documents.items():
        reader = TextReader()
        reader.feed(markup)
        for line, text in reader.texts:
            key = f"{name}, ligne {line}"
            texts[key] = texts.get(key, "") + " " + text
    return texts


def check(site, pdf_texts: dict[str, str] | None = None) -> CheckResult:
    result = CheckResult("typographie française")
    pages = site.pages()
    for path in pages:
        for line, problem in page_problems(path.read_text(encoding="utf-8")):
            result.add(f"{site.rel(path)}:{line}", problem)
    for name, text in (pdf_texts or {}).items():
        for problem in problems(re.sub(r"[ \t\r\n]+", " ", text)):
            result.add(name, problem)
    books = {name.split(" ")[0] for name in (pdf_texts or {})}
    pdfs = {name for name in books if name.endswith(".pdf")}
    epubs = {name.split(",")[0] for name in (pdf_texts or {}) if name.split(" ")[0].endswith(".epub")}
    result.summary = (f"{plural(len(pages), 'page')}" + (f", {plural(len(pdfs), 'PDF')}" if pdfs else "")
                      + (f", le livre numérique ({plural(len(epubs), 'document')} XHTML)" if epubs else "")
                      + f" : {plural(len(result.findings), 'constat')}")
    return result


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from builtsite import Site
    outcome = check(Site(Path(sys.argv[1] if len(sys.argv) > 1 else "Output")))
    outcome.print_findings()
    print(outcome.summary)
    sys.exit(1 if outcome.findings else 0)
