"""A description as plain text: paragraphs and bullet lists kept, markup and scripts dropped.

Job boards put the description in JSON-LD as HTML, sometimes escaped once more (`&lt;p&gt;`),
or as plain text with entities. Everything is parsed with lxml (never regular expressions over
markup) and walked once: block elements end a paragraph, list items become `• ` lines (`1. `
in numbered lists, indented when nested), `<br>` ends a line.
"""

from __future__ import annotations

import html
import re

import lxml.etree
import lxml.html

_DROPPED = {"script", "style", "noscript", "template", "head", "iframe", "object", "svg"}
_BLOCKS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "nav",
    "p",
    "pre",
    "section",
    "table",
    "tr",
}
_LISTS = {"ul", "ol"}
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")


def looks_like_html(text: str) -> bool:
    """True when the text holds markup (a tag), so it must be parsed rather than kept."""
    return _TAG.search(text) is not None


def to_plain_text(value: str) -> str:
    """Plain text for a description given as HTML, escaped HTML or text with entities."""
    if not looks_like_html(value) and "&lt;" in value:
        value = html.unescape(value)
    if not looks_like_html(value):
        return _tidy_plain(html.unescape(value))
    root = lxml.html.fragment_fromstring(value, create_parent="div")
    return render(root)


def render(element: lxml.html.HtmlElement) -> str:
    """The text of an element tree, as paragraphs and bullet lines."""
    out = _Writer()
    out.walk(element, depth=0)
    return out.text()


def _tidy_plain(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    return _join_paragraphs(lines)


def _join_paragraphs(lines: list[str]) -> str:
    result: list[str] = []
    for line in lines:
        if line or (result and result[-1]):
            result.append(line)
    return "\n".join(result).strip()


class _Writer:
    def __init__(self) -> None:
        self._lines: list[str] = []
        self._current = ""

    def text(self) -> str:
        self._end_line()
        return _join_paragraphs(self._lines)

    def _add(self, text: str | None) -> None:
        if not text:
            return
        text = _SPACES.sub(" ", text)
        if not self._current.strip() or self._current.endswith(" "):
            text = text.lstrip()
        self._current += text

    def _end_line(self) -> None:
        line = self._current.rstrip()
        if line.strip():
            self._lines.append(line)
        self._current = ""

    def _paragraph(self) -> None:
        self._end_line()
        if self._lines and self._lines[-1]:
            self._lines.append("")

    def walk(self, element: lxml.etree._Element, depth: int) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if tag in _DROPPED or not isinstance(element.tag, str):
            return  # comments and processing instructions carry no text
        nested_list = tag in _LISTS and depth > 1
        if tag == "br" or nested_list:
            self._end_line()
        elif tag in _BLOCKS or tag in _LISTS:
            self._paragraph()
        self._add(element.text)
        number = 0
        for child in element:
            child_tag = child.tag.lower() if isinstance(child.tag, str) else ""
            if child_tag == "li":
                number += 1
                self._end_line()
                marker = f"{number}. " if tag == "ol" else "• "
                self._current = "  " * max(depth - 1, 0) + marker
                self._walk_children(child, depth)
                self._end_line()
            else:
                self.walk(child, depth + 1 if child_tag in _LISTS else depth)
            self._add(child.tail)
        if nested_list:
            self._end_line()
        elif tag in _BLOCKS or tag in _LISTS:
            self._paragraph()

    def _walk_children(self, item: lxml.etree._Element, depth: int) -> None:
        self._add(item.text)
        for child in item:
            child_tag = child.tag.lower() if isinstance(child.tag, str) else ""
            if child_tag in _LISTS:
                self._end_line()
                self.walk(child, depth + 1)
            elif child_tag == "p":
                # A paragraph inside a list item stays on the item's line.
                self._walk_children(child, depth)
            else:
                self.walk(child, depth)
            self._add(child.tail)
