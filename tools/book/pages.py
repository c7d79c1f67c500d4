"""The built pages that go into a book, made fit to sit side by side in one HTML document.

A page's `<main>` content is copied as it was built, with only these attributes rewritten:
- every `id` is prefixed with the chapter's own id, so that the same section ids of two monographs
  stay distinct, and so are the references to them (`href="#…"`, `aria-labelledby`, `for`, `headers`…);
- a link to a page of the book becomes a link inside the document (`#reseau-inae`);
- a link to another file of the site becomes its public address when `site.yml` gives `url`, and is
  removed otherwise (the text stays): a path on the printing machine means nothing on paper;
- an image's relative address is made relative to the site's root, the base of the whole document.
Every chart (`<svg class="graphique …">`) gets the print rules of its shapes as a `<style>` of its own,
since the PDF engine draws SVG with the styles found inside it only.
"""
from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

MAIN = re.compile(r"<main\b[^>]*>(.*)</main>", re.S)
H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S)
TAG = re.compile(r"<[^>]+>")
# Spaces that markup collapses; not the no-break spaces of French typography (str.split() would take them).
SPACES = re.compile(r"[ \t\r\n\f]+")
ATTRIBUTE = re.compile(r"""(\s)([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
# Attributes holding one id, or a list of ids separated by spaces.
ID_LISTS = {"aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "headers", "for", "list"}
LINKS = {"href", "xlink:href"}


def text_of(fragment: str) -> str:
    """The plain text of an HTML fragment, spaces collapsed."""
    return SPACES.sub(" ", html.unescape(TAG.sub(" ", fragment))).strip()


@dataclass(frozen=True)
class Chapter:
    """One built page placed in the book: `path` relative to the site root (`reseaux/inae/index.html`)."""
    key: str
    path: str


class Links:
    """Where each page of the book sits in the document, and the site's public address, if any."""

    def __init__(self, chapters: list[Chapter], public_url: str | None):
        self.keys = {chapter.path: chapter.key for chapter in chapters}
        self.public_url = public_url.rstrip("/") + "/" if public_url else None

    def resolve(self, page: str, key: str, target: str) -> str | None:
        """The address `target`, written in `page`, as it must read in the book; None drops the link."""
        if target.startswith("#"):
            return f"#{key}--{target[1:]}" if len(target) > 1 else f"#{key}"
        parts = urlsplit(target)
        if parts.scheme or target.startswith("//"):
            return target
        path = posixpath.normpath(posixpath.join(posixpath.dirname(page), parts.path)) if parts.path else page
        if path.startswith("../"):
            return None
        if path in self.keys:
            other = self.keys[path]
            return f"#{other}--{parts.fragment}" if parts.fragment else f"#{other}"
        if path.endswith("/index.html") or path == "index.html":
            path = path.removesuffix("index.html")
        if self.public_url is None:
            return None
        return (self.public_url + path + (f"?{parts.query}" if parts.query else "")
                + (f"#{parts.fragment}" if parts.fragment else ""))

    def source(self, page: str, target: str) -> str:
        """An image's address, relative to the site's root."""
        parts = urlsplit(target)
        if parts.scheme or target.startswith("//") or target.startswith("#"):
            return target
        return posixpath.normpath(posixpath.join(posixpath.dirname(page), target))


class _Rewriter(HTMLParser):
    def __init__(self, chapter: Chapter, links: Links, chart_style: str):
        super().__init__(convert_charrefs=False)
        self.chapter, self.links, self.chart_style = chapter, links, chart_style
        self.out: list[str] = []

    def prefixed(self, value: str) -> str:
        return f"{self.chapter.key}--{value}"

    def new_value(self, tag: str, name: str, value: str) -> str | None:
        """The attribute's value in the book, the same value when unchanged, None to drop it."""
        if name == "id":
            return self.prefixed(value)
        if name in ID_LISTS:
            return " ".join(self.prefixed(token) for token in value.split())
        if name in LINKS:
            return self.links.resolve(self.chapter.path, self.chapter.key, value)
        if name == "src" and tag != "script":
            return self.links.source(self.chapter.path, value)
        return value

    def rewrite(self, raw: str, tag: str) -> str:
        def replace(match: re.Match) -> str:
            space, name, quoted = match.groups()
            if quoted is None or name.lower() not in {"id", "src", *ID_LISTS, *LINKS}:
                return match.group(0)
            value = html.unescape(quoted[1:-1] if quoted[0] in "\"'" else quoted)
            changed = self.new_value(tag, name.lower(), value)
            if changed is None:
                return ""
            return f'{space}{name}="{html.escape(changed, quote=True)}"'

        name_end = len(tag) + 1
        return raw[:name_end] + ATTRIBUTE.sub(replace, raw[name_end:])

    def handle_starttag(self, tag, attrs):
        self.out.append(self.rewrite(self.get_starttag_text(), tag))
        if tag == "svg" and "graphique" in (dict(attrs).get("class") or "").split() and self.chart_style:
            self.out.append(f"<style>{self.chart_style}</style>")

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.rewrite(self.get_starttag_text(), tag))

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")

    def handle_data(self, data):
        self.out.append(data)

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")


def main_content(page_html: str) -> str | None:
    """What `<main>` holds in a built page, or None."""
    found = MAIN.search(page_html)
    return found.group(1) if found else None


def first_heading(fragment: str) -> str | None:
    """The text of the first `<h1>` of a fragment."""
    found = H1.search(fragment)
    return text_of(found.group(1)) if found else None


def rewrite(fragment: str, chapter: Chapter, links: Links, chart_style: str) -> str:
    """The fragment with its ids, references, links and images made right for the book."""
    rewriter = _Rewriter(chapter, links, chart_style)
    rewriter.feed(fragment)
    rewriter.close()
    return "".join(rewriter.out)
