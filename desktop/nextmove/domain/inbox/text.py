"""Text helpers for reading mail: folding names, the new part of a reply, sentences, HTML."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

_TRANSLITERATE = str.maketrans(
    {"ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l"}
)
_WORD = re.compile(r"[a-z0-9]+")

# Where the quoted earlier messages of a thread begin, in the languages we read.
_QUOTE_HEADERS = re.compile(
    r"""^\s*(
        on\s.{3,200}\swrote:\s*$ |
        am\s.{3,200}\sschrieb.{0,200}:\s*$ |
        le\s.{3,200}\sa\s+[ée]crit\s*:\s*$ |
        el\s.{3,200}\sescribi[óo]\s*:\s*$ |
        -{2,}\s*(original\s+message|urspr[üu]ngliche\s+nachricht|message\s+d['’]origine|
            mensaje\s+original|forwarded\s+message|weitergeleitete\s+nachricht)\s*-{2,}.*$ |
        _{10,}\s*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# An Outlook-style quoted header block: "From: …" followed by "Sent:/Date:/Gesendet:" lines.
_OUTLOOK_FROM = re.compile(r"^\s*\*?(from|von|de|envoy[ée] par)\s*:\*?\s", re.IGNORECASE)
_OUTLOOK_NEXT = re.compile(
    r"^\s*\*?(sent|date|gesendet|datum|envoy[ée]|enviado|fecha|to|an|[àa]|para)\s*:",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\s])|\n\s*\n|\n(?=\s*[-•*]\s)")


def fold(text: str) -> str:
    """Lower case, German/Nordic letters transliterated, other accents dropped."""
    lowered = text.casefold().translate(_TRANSLITERATE)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The folded words of `text`, for comparing names across case and accents."""
    return _WORD.findall(fold(text))


def contains_words(haystack: list[str], needle: list[str]) -> bool:
    """Whether `needle` occurs as consecutive whole words in `haystack`."""
    if not needle or len(needle) > len(haystack):
        return False
    first = needle[0]
    size = len(needle)
    for index, word in enumerate(haystack[: len(haystack) - size + 1]):
        if word == first and haystack[index : index + size] == needle:
            return True
    return False


def new_text(body: str) -> str:
    """The part of a reply its sender wrote: quoted lines and earlier messages cut off."""
    kept: list[str] = []
    lines = body.splitlines()
    for index, line in enumerate(lines):
        if line.lstrip().startswith(">"):
            continue
        if _QUOTE_HEADERS.match(line):
            break
        if _OUTLOOK_FROM.match(line) and any(
            _OUTLOOK_NEXT.match(following) for following in lines[index + 1 : index + 4]
        ):
            break
        kept.append(line)
    return "\n".join(kept).strip()


def sentences(text: str) -> list[str]:
    """The sentences of `text`, each on one line with its spaces tidied."""
    result: list[str] = []
    for chunk in _SENTENCE_END.split(text):
        line = " ".join(chunk.split())
        if line:
            result.append(line)
    return result


class _TextExtractor(HTMLParser):
    _BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "table", "td"})
    # A blockquote is an earlier message of the thread: it never decides anything.
    _SKIP = frozenset({"style", "script", "head", "title", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Readable text from an HTML mail body (blocks become lines; quotes keep a `>` mark)."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
