"""A built page's HTML as XHTML, the serialisation EPUB content documents must use.

The fragment is read into a small tree (elements keep their attribute names as written, so that SVG's
`viewBox` stays `viewBox`), made fit for a reflowable book, then written back as well-formed XML: void
elements closed, every attribute quoted and valued, characters escaped, no HTML entity left.

What a book has no use for goes, as in the printed book (`livre.css`, the site's print rules): the search
engine's hidden filters, a page's own table of contents, the links to the neighbouring pages and to the
data files, the citation's download links. A chart keeps its phone drawing only, and the table behind it,
folded on the site, is shown.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from pages import SPACES

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
# Elements left out of the book, by class: navigation of the site, data files to download.
DROPPED_CLASSES = {"sommaire", "sommaire-livret", "precedent-suivant", "liens-monographie", "vue-donnees",
                   "graphique-large"}


def collapse(text: str) -> str:
    """The text with its runs of spaces made one, narrow and other no-break spaces kept."""
    return SPACES.sub(" ", text).strip()


@dataclass
class Element:
    tag: str
    attrs: list[tuple[str, str]] = field(default_factory=list)
    children: list["Element | str"] = field(default_factory=list)

    def get(self, name: str) -> str | None:
        return next((value for key, value in self.attrs if key == name), None)

    def set(self, name: str, value: str) -> None:
        self.attrs = [(key, old) for key, old in self.attrs if key != name] + [(name, value)]

    def remove(self, name: str) -> None:
        self.attrs = [(key, value) for key, value in self.attrs if key != name]

    def classes(self) -> set[str]:
        return set((self.get("class") or "").split())

    def elements(self) -> list["Element"]:
        return [child for child in self.children if isinstance(child, Element)]

    def iter(self):
        """This element and every element under it, in document order."""
        yield self
        for child in self.elements():
            yield from child.iter()

    def text(self) -> str:
        """The text of the element, spaces collapsed."""
        parts: list[str] = []

        def walk(node: Element) -> None:
            for child in node.children:
                if isinstance(child, str):
                    parts.append(child)
                else:
                    walk(child)

        walk(self)
        return collapse("".join(parts))


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root")
        self.stack = [self.root]

    def attributes(self) -> list[tuple[str, str]]:
        """The attributes of the tag just read, names as written, values unescaped, empty when absent."""
        raw = self.get_starttag_text() or ""
        inside = raw[1:-2 if raw.endswith("/>") else -1]
        name_end = len(inside.split(None, 1)[0])
        found = []
        for name, quoted in ATTRIBUTE.findall(inside[name_end:]):
            value = quoted[1:-1] if quoted[:1] in ("'", '"') else quoted
            found.append((name, html.unescape(value)))
        return found

    def handle_starttag(self, tag, attrs):
        element = Element(tag, self.attributes())
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Element(tag, self.attributes()))

    def handle_endtag(self, tag):
        if not any(element.tag == tag for element in self.stack[1:]):
            return
        while self.stack[-1].tag != tag:
            self.stack.pop()
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(fragment: str) -> Element:
    """The fragment as a tree under a root element named `#root`."""
    builder = _TreeBuilder()
    builder.feed(fragment)
    builder.close()
    return builder.root


def _custom_properties_only(style: str) -> bool:
    declarations = [item.strip() for item in style.split(";") if item.strip()]
    return all(item.startswith("--") for item in declarations)


def _clean(element: Element) -> list[Element | str]:
    """What the element becomes in the book: itself (cleaned), its children alone, or nothing."""
    classes = element.classes()
    if element.get("hidden") is not None or classes & DROPPED_CLASSES:
        return []
    if "citer" in classes:
        # The reference stays; the files to import into a bibliography manager mean nothing in a book.
        element.children = [child for child in element.children
                            if not (isinstance(child, Element) and child.tag == "p" and "reference" not in child.classes())]
    element.attrs = [(name, value) for name, value in element.attrs
                     if not name.startswith("data-pagefind") and not (name == "style" and _custom_properties_only(value))]
    if element.tag == "summary":
        return []
    if "mise-a-jour" in classes:
        # « Mis à jour le … · historique des versions »: without the site's address, the history cannot be reached.
        kept: list[Element | str] = []
        for child in element.children:
            if isinstance(child, Element) and child.tag == "a" and child.get("href") is None:
                if kept and isinstance(kept[-1], str):
                    kept[-1] = kept[-1].rstrip().removesuffix("·").rstrip()
                continue
            kept.append(child)
        element.children = kept
    children: list[Element | str] = []
    for child in element.children:
        children += [child] if isinstance(child, str) else _clean(child)
    element.children = children
    if element.tag == "details":
        element.tag = "div"
        element.remove("open")
    if element.tag == "a" and element.get("href") is None:
        return children  # a link the book cannot follow: its text stays
    if element.tag == "svg" and "graphique" in classes and element.get("viewBox") is None:
        width, height = element.get("width"), element.get("height")
        if width and height:
            # Scaled to the reading column by the stylesheet, in the proportions it was drawn in.
            element.set("viewBox", f"0 0 {width} {height}")
    return [element]


def clean(root: Element) -> Element:
    """The tree with what a book has no use for taken out (see the module's description)."""
    children: list[Element | str] = []
    for child in root.children:
        children += [child] if isinstance(child, str) else _clean(child)
    root.children = children
    return root


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attribute(value: str) -> str:
    return _escape_text(value).replace('"', "&quot;")


def serialize(node: Element | str) -> str:
    """The node as XHTML (a `#root` element writes its children only)."""
    if isinstance(node, str):
        return _escape_text(node)
    inner = "".join(serialize(child) for child in node.children)
    if node.tag == "#root":
        return inner
    attributes = "".join(f' {name}="{_escape_attribute(value)}"' for name, value in node.attrs)
    if not node.children and (node.tag in VOID or node.tag not in {"script", "style", "textarea", "title"}
                              and node.tag not in _HTML_CONTAINERS):
        return f"<{node.tag}{attributes}/>"
    return f"<{node.tag}{attributes}>{inner}</{node.tag}>"


# HTML elements written with an end tag even when empty: an XHTML document served as HTML may hold them.
_HTML_CONTAINERS = {"a", "abbr", "article", "aside", "b", "caption", "cite", "code", "dd", "div", "dl", "dt", "em",
                    "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "i", "li", "main",
                    "nav", "ol", "p", "section", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "th",
                    "thead", "tr", "ul"}
