"""schema.org `JobPosting` objects (from JSON-LD, microdata or RDFa) turned into fields.

Only what the object states is read: a missing property gives None, never a default. The
three syntaxes are first brought to one shape (JSON-LD's compact form: `@type`, plain property
names, nested objects) so that one reader serves them all.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from typing import Any
from urllib.parse import urljoin

from nextmove.capture.text import to_plain_text

SCHEMA_PREFIXES = ("http://schema.org/", "https://schema.org/", "schema:")
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}
_UNITS = {
    "HOUR": "an hour",
    "DAY": "a day",
    "WEEK": "a week",
    "MONTH": "a month",
    "YEAR": "a year",
}
Node = Mapping[str, Any]


def short_name(name: str) -> str:
    """`http://schema.org/JobPosting` and `schema:JobPosting` -> `JobPosting`."""
    for prefix in SCHEMA_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def types_of(node: Node) -> set[str]:
    kinds = node.get("@type", [])
    if isinstance(kinds, str):
        kinds = [kinds]
    return {short_name(kind) for kind in kinds if isinstance(kind, str)}


def find_job_postings(data: Any) -> list[Node]:
    """Every JobPosting in parsed JSON-LD: top level, lists, `@graph`, nested (`mainEntity`).

    Nodes given only by reference (`{"@id": "#org"}`) are replaced by the node with that id
    anywhere on the page.
    """
    nodes = list(_walk(data))
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str) and len(n) > 1}
    found: list[Node] = []
    for node in nodes:
        if "JobPosting" in types_of(node) and not any(node is f for f in found):
            found.append(_resolve(node, by_id, depth=0))
    return found


def _walk(data: Any) -> Iterator[Node]:
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, dict | list):
                yield from _walk(value)


def _resolve(node: Any, by_id: dict[str, Node], depth: int) -> Any:
    if depth > 8:
        return node
    if isinstance(node, list):
        return [_resolve(item, by_id, depth + 1) for item in node]
    if not isinstance(node, dict):
        return node
    if set(node) == {"@id"} and node["@id"] in by_id:
        node = by_id[node["@id"]]
    return {key: _resolve(value, by_id, depth + 1) for key, value in node.items()}


def fields_of(posting: Node, base_url: str | None) -> dict[str, Any]:
    """The posting's fields by name; absent ones are left out (the caller fills None)."""
    found: dict[str, Any] = {
        "company": _name(posting.get("hiringOrganization")),
        "role": _text(posting.get("title")) or _text(posting.get("name")),
        "salary": salary_text(posting.get("baseSalary")),
        "posted_on": day_of(posting.get("datePosted")),
        "closes_on": day_of(posting.get("validThrough")),
    }
    location, workplace = _place(posting)
    found["location"] = location
    found["workplace"] = workplace
    url = _text(posting.get("url"))
    if url and (absolute := _absolute(url, base_url)):
        found["url"] = absolute
    description = _text(posting.get("description"), strip=False)
    if description:
        found["description"] = to_plain_text(description) or None
    return {key: value for key, value in found.items() if value is not None}


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _text(value: Any, *, strip: bool = True) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    if strip:
        # Boards often HTML-escape their JSON-LD strings ("Smith &amp; Co.").
        value = " ".join(html.unescape(value).split())
    return value.strip() or None


def _name(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        return _text(value.get("name")) or _text(value.get("legalName"))
    return _text(value)


def _absolute(url: str, base_url: str | None) -> str | None:
    joined = urljoin(base_url, url) if base_url else url
    return joined if joined.startswith(("http://", "https://")) else None


def day_of(value: Any) -> date | None:
    """The calendar date a date or date-time states, in its own offset (never shifted)."""
    text = _text(value)
    if text is None:
        return None
    try:
        return datetime.fromisoformat(text.replace("z", "Z")).date()
    except ValueError:
        pass
    match = _ISO_DAY.match(text)
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _place(posting: Node) -> tuple[str | None, str | None]:
    places = posting.get("jobLocation")
    places = places if isinstance(places, list) else [places] if places else []
    names: list[str] = []
    for place in places:
        name = _address_text(place)
        if name and name not in names:
            names.append(name)
    kinds = posting.get("jobLocationType")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    kinds_text = " ".join(str(k).upper() for k in kinds if isinstance(k, str))
    required = _region_names(posting.get("applicantLocationRequirements"))
    workplace: str | None = None
    if "TELECOMMUTE" in kinds_text or "REMOTE" in kinds_text or required:
        workplace = "remote"
    elif "HYBRID" in kinds_text:
        workplace = "hybrid"
    elif "ONSITE" in kinds_text.replace("-", "").replace("_", ""):
        workplace = "on-site"
    if names:
        return "; ".join(names), workplace
    if workplace == "remote":
        return ("Remote (" + ", ".join(required) + ")") if required else "Remote", workplace
    return None, workplace


def _address_text(place: Any) -> str | None:
    if isinstance(place, str):
        return _text(place)
    if not isinstance(place, dict):
        return None
    address = _first(place.get("address"))
    if isinstance(address, str):
        return _text(address)
    if not isinstance(address, dict):
        return _text(place.get("name"))
    parts: list[str] = []
    for key in ("addressLocality", "addressRegion", "addressCountry"):
        value = _name(address.get(key))
        if value and value not in parts:
            parts.append(value)
    return ", ".join(parts) or _text(place.get("name"))


def _region_names(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value] if value else []
    names = [_name(v) for v in values]
    return [n for n in names if n]


def salary_text(value: Any) -> str | None:
    """`$120,000–$150,000 a year`, `€25 an hour`, `60,000 CHF a year`; None without a figure."""
    value = _first(value)
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return _text(value)
    if not isinstance(value, dict):
        return None
    currency = (_text(value.get("currency")) or "").upper()
    amount = value.get("value")
    unit = _text(value.get("unitText"))
    amount = _first(amount)
    if isinstance(amount, dict):
        unit = _text(amount.get("unitText")) or unit
        low = _number(amount.get("minValue"))
        high = _number(amount.get("maxValue"))
        single = _number(amount.get("value"))
    else:
        low = high = None
        single = _number(amount)
    if single is None and low is None and high is None:
        return None
    symbol = _CURRENCY_SYMBOLS.get(currency, "")
    if single is not None:
        figure = _money(single, symbol)
    elif low is not None and high is not None and low != high:
        figure = f"{_money(low, symbol)}–{_money(high, symbol)}"
    else:
        figure = _money(low if low is not None else high or 0.0, symbol)
        if low is None:
            figure = f"up to {figure}"
        elif high is None:
            figure = f"from {figure}"
    if currency and not symbol:
        figure = f"{figure} {currency}"
    per = _UNITS.get((unit or "").upper())
    return f"{figure} {per}" if per else figure


def _number(value: Any) -> float | None:
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, bool):
        return None
    number: float | None = None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.replace(",", "").strip())
        except ValueError:
            return None
    return number if number is not None and math.isfinite(number) else None


def _money(amount: float, symbol: str) -> str:
    shown = f"{amount:,.0f}" if amount == int(amount) else f"{amount:,.2f}"
    return f"{symbol}{shown}"
