"""Descriptions as plain text: lists and paragraphs kept, markup and entities gone."""

from __future__ import annotations

import html

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nextmove.capture.fetch import FetchError, check_address
from nextmove.capture.text import to_plain_text

_words = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp", "Zs")),
    min_size=1,
    max_size=12,
)
_items = st.lists(st.lists(_words, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=6)


@given(paragraphs=_items, bullets=_items, numbered=st.booleans(), escaped=st.booleans())
def test_paragraphs_and_list_items_come_out_as_lines_with_their_text_intact(
    paragraphs: list[str], bullets: list[str], numbered: bool, escaped: bool
) -> None:
    tag = "ol" if numbered else "ul"
    markup = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    markup += f"<{tag}>" + "".join(f"<li>{html.escape(b)}</li>" for b in bullets) + f"</{tag}>"
    markup += "<script>var x = '<p>hidden</p>';</script><style>p { color: red }</style>"
    text = to_plain_text(html.escape(markup) if escaped else markup)
    markers = [f"{n}. " if numbered else "• " for n in range(1, len(bullets) + 1)]
    expected = (
        "\n\n".join(paragraphs)
        + "\n\n"
        + "\n".join(m + b for m, b in zip(markers, bullets, strict=True))
    )
    assert text == expected
    assert "hidden" not in text
    assert "color" not in text


@given(scheme=st.from_regex(r"[a-z][a-z0-9+.-]{0,10}", fullmatch=True))
def test_only_http_and_https_addresses_are_fetched(scheme: str) -> None:
    address = f"{scheme}://example.com/job"
    if scheme in ("http", "https"):
        assert check_address(address) == address
    else:
        with pytest.raises(FetchError, match="Only http and https"):
            check_address(address)
