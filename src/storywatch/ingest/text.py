"""HTML to plain text, pure: scripts and styles removed, blocks on their own lines.

Uses the standard library's tolerant ``html.parser``. It raises on a few malformed
declarations (``<![0``, ``<!DOCTYPE [``: CPython asserts in ``_markupbase``); those
are bogus comments, dropped up to the next ``>`` (to the end without one), as in
browsers (HTML5).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text", "main_text", "one_line"]

_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "head"})
_BLOCK = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "blockquote", "pre", "section", "article", "header", "footer", "figure", "figcaption",
        "hr", "dd", "dt", "main", "aside", "nav",
    }
)  # fmt: skip
_BOILERPLATE = frozenset({"nav", "header", "footer", "aside", "form"})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MIN_MAIN_CHARS = 200


class _TextParser(HTMLParser):
    """Collects text; tracks what sits inside <article>/<main> and <p> for main_text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.article: list[str] = []
        self.paragraphs: list[str] = []
        self._skip = 0
        self._boiler = 0
        self._in_article = 0
        self._para: list[str] | None = None

    def parse_html_declaration(self, i: int) -> int:
        """A malformed ``<!...`` declaration is a bogus comment (HTML5), never an exception."""
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            end = self.rawdata.find(">", i + 2)
            return end + 1 if end >= 0 else len(self.rawdata)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._enter(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._emit("\n")

    def _enter(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BOILERPLATE:
            self._boiler += 1
        if tag in ("article", "main"):
            self._in_article += 1
        if tag == "p":
            self._para = []
        if tag in _BLOCK:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BOILERPLATE:
            self._boiler = max(0, self._boiler - 1)
        if tag in ("article", "main"):
            self._in_article = max(0, self._in_article - 1)
        if tag == "p" and self._para is not None:
            self.paragraphs.append("".join(self._para))
            self._para = None
        if tag in _BLOCK:
            self._emit("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._emit(data)
            if self._para is not None and not self._boiler:
                self._para.append(data)

    def _emit(self, text: str) -> None:
        if self._skip:
            return
        self.chunks.append(text)
        if self._in_article and not self._boiler:
            self.article.append(text)


def _tidy(text: str) -> str:
    """Control characters dropped, spaces collapsed, blank lines removed (str.split: C speed)."""
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    if "\u200b" in text:
        text = text.replace("\u200b", " ")
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _parse(html: str) -> _TextParser:
    parser = _TextParser()
    # An unterminated comment runs to the end (as in browsers); HTMLParser.close() would
    # hand it back as text, markup included ("<!--<script>...").
    start = html.find("<!--")
    while start >= 0:
        end = html.find("-->", start + 4)
        if end < 0:
            html = html[:start]
            break
        start = html.find("<!--", end + 3)
    parser.feed(html)
    parser.close()
    return parser


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment or page: tags dropped, entities decoded, one block a line."""
    if "<" not in html and "&" not in html:
        return _tidy(html)
    return _tidy("".join(_parse(html).chunks))


def main_text(html: str) -> str:
    """The article text of a full page: <article>/<main> if substantial, else its paragraphs."""
    parser = _parse(html)
    article = _tidy("".join(parser.article))
    if len(article) >= _MIN_MAIN_CHARS:
        return article
    paragraphs = _tidy("\n".join(parser.paragraphs))
    if len(paragraphs) >= len(article):
        return paragraphs
    return article


def one_line(text: str) -> str:
    """Collapse all whitespace to single spaces (titles)."""
    return " ".join(text.split())
