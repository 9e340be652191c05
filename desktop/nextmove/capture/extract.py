"""Find the job postings a page states, in the order the most structured source wins.

1. schema.org `JobPosting` in JSON-LD (each `<script type="application/ld+json">` on its own,
   so one broken block does not hide the others), then 2. microdata, then RDFa (both through
   extruct), then 3. OpenGraph and meta tags, then 4. the page title and first heading.
The posting's own address comes from what the page states (JSON-LD `url`, `<link
rel="canonical">`, `og:url`) before the address it was fetched from.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Any
from urllib.parse import urljoin

import lxml.etree
import lxml.html
from extruct.jsonld import JsonLdExtractor
from extruct.opengraph import OpenGraphExtractor
from extruct.rdfa import RDFaExtractor
from extruct.utils import parse_xmldom_html
from extruct.w3cmicrodata import MicrodataExtractor

from nextmove.capture import schema
from nextmove.capture.posting import CaptureError, Posting, Source
from nextmove.capture.text import render, to_plain_text

log = logging.getLogger(__name__)

NOTHING_FOUND = "No job posting was found on this page."
# LinkedIn and boards like it title their pages "Acme hiring Engineer in Berlin | LinkedIn".
_HIRING = re.compile(r"^(?P<company>.+?) hiring (?P<role>.+?)(?: in (?P<location>.+?))?$")
_SITE_SUFFIX = re.compile(r"\s+[|–-]\s+LinkedIn$")
_ORIGIN = {
    Source.JSON_LD: "JSON-LD",
    Source.MICRODATA: "microdata",
    Source.OPENGRAPH: "OpenGraph",
    Source.HTML: "page",
}


def parse(html: str) -> lxml.html.HtmlElement:
    """An lxml tree for a page; an empty or markup-free page raises CaptureError."""
    data = html.encode("utf-8", "surrogatepass")
    try:
        tree = lxml.html.fromstring(data, parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (lxml.etree.ParserError, ValueError) as error:
        raise CaptureError("This is not a web page.") from error
    return tree


def extract_postings(html: str, fetched_url: str | None = None) -> list[Posting]:
    """Every posting the page states, the most structured source first; never empty."""
    tree = parse(html)
    base = _base_url(tree, fetched_url)
    page_url, url_origin = _page_url(tree, base, fetched_url)
    for source, nodes in (
        (Source.JSON_LD, _json_ld(tree)),
        (Source.MICRODATA, _microdata(tree, base) or _rdfa(html, tree, base)),
    ):
        if nodes:
            return [_structured(source, node, base, page_url, url_origin) for node in nodes]
    found = _opengraph(tree, base) or _heading(tree)
    if found is None:
        raise CaptureError(NOTHING_FOUND)
    if found.url is None and page_url is not None:
        found = replace(found, url=page_url, origins={**found.origins, "url": url_origin})
    return [found]


def _structured(
    source: Source, node: schema.Node, base: str | None, page_url: str | None, url_origin: str
) -> Posting:
    fields = schema.fields_of(node, base)
    description_html = node.get("_description_html")
    if isinstance(description_html, str):
        fields["description"] = to_plain_text(description_html) or fields.get("description")
    origins = {name: _ORIGIN[source] for name in fields}
    if "url" not in fields and page_url is not None:
        fields["url"] = page_url
        origins["url"] = url_origin
    return Posting(source=source, origins=origins, **fields)


def _base_url(tree: lxml.html.HtmlElement, fetched_url: str | None) -> str | None:
    hrefs = tree.xpath("//base/@href")
    if hrefs and fetched_url:
        return urljoin(fetched_url, str(hrefs[0]).strip())
    if hrefs and str(hrefs[0]).startswith(("http://", "https://")):
        return str(hrefs[0]).strip()
    return fetched_url


def _page_url(
    tree: lxml.html.HtmlElement, base: str | None, fetched_url: str | None
) -> tuple[str | None, str]:
    for xpath, origin in (
        (
            "//link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]/@href",
            "canonical link",
        ),
        ("//meta[@property='og:url']/@content", "og:url"),
    ):
        for value in tree.xpath(xpath):
            url = urljoin(base, str(value).strip()) if base else str(value).strip()
            if url.startswith(("http://", "https://")):
                return url, origin
    return fetched_url, "address fetched"


def _json_ld(tree: lxml.html.HtmlElement) -> list[schema.Node]:
    data: list[Any] = []
    extractor = JsonLdExtractor()
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data.extend(extractor.extract_items(script))
        except ValueError as error:
            log.info("skipped a JSON-LD block that does not parse: %s", error)
    return schema.find_job_postings(data)


def _microdata(tree: lxml.html.HtmlElement, base: str | None) -> list[schema.Node]:
    if not tree.xpath("//*[@itemscope]"):
        return []
    try:
        items = MicrodataExtractor().extract_items(tree, base_url=base)
    except Exception:  # a page extruct cannot read simply has no microdata for us
        log.info("microdata could not be read", exc_info=True)
        return []
    postings = schema.find_job_postings([_from_microdata(item) for item in items])
    # extruct flattens a description to its text; read its element again to keep the lists.
    elements = tree.xpath("//*[@itemscope][contains(@itemtype, 'JobPosting')]")
    for posting, element in zip(postings, elements, strict=False):
        described = element.xpath(".//*[contains(concat(' ', @itemprop, ' '), ' description ')]")
        if described and isinstance(posting, dict):
            posting["_description_html"] = lxml.html.tostring(described[0], encoding="unicode")
    return postings


def _from_microdata(value: Any) -> Any:
    if isinstance(value, list):
        return [_from_microdata(item) for item in value]
    if isinstance(value, dict) and "properties" in value:
        node: dict[str, Any] = {"@type": value.get("type", [])}
        for key, item in value["properties"].items():
            node[key] = _from_microdata(item)
        return node
    return value


def _rdfa(html: str, tree: lxml.html.HtmlElement, base: str | None) -> list[schema.Node]:
    if not tree.xpath("//*[@typeof][contains(@typeof, 'JobPosting')]"):
        return []
    try:
        document = parse_xmldom_html(html.encode("utf-8", "surrogatepass"), encoding="utf-8")
        expanded = RDFaExtractor().extract_items(document, base_url=base or "")
    except Exception:  # RDFa that pyRdfa cannot read simply gives no posting
        log.info("RDFa could not be read", exc_info=True)
        return []
    by_id = {n["@id"]: n for n in expanded if isinstance(n, dict) and "@id" in n}
    return schema.find_job_postings([_from_rdfa(n, by_id, 0) for n in expanded])


def _from_rdfa(node: Any, by_id: dict[str, Any], depth: int) -> Any:
    if isinstance(node, list):
        values = [_from_rdfa(item, by_id, depth) for item in node]
        return values[0] if len(values) == 1 else values
    if not isinstance(node, dict):
        return node
    if "@value" in node:
        return node["@value"]
    if set(node) == {"@id"}:
        target = by_id.get(node["@id"])
        return node["@id"] if target is None or depth > 6 else _from_rdfa(target, by_id, depth + 1)
    result: dict[str, Any] = {"@type": [schema.short_name(t) for t in node.get("@type", [])]}
    for key, value in node.items():
        if not key.startswith("@"):
            result[schema.short_name(key)] = _from_rdfa(value, by_id, depth + 1)
    return result


def _opengraph(tree: lxml.html.HtmlElement, base: str | None) -> Posting | None:
    props: dict[str, str] = {}
    try:
        for item in OpenGraphExtractor().extract_items(tree):
            for key, value in item.get("properties", []):
                props.setdefault(key, value)
    except Exception:
        log.info("OpenGraph could not be read", exc_info=True)
    for name in ("description",):
        for value in tree.xpath(f"//meta[@name='{name}']/@content"):
            props.setdefault(f"meta:{name}", str(value))
    title = " ".join(props.get("og:title", "").split())
    description = props.get("og:description") or props.get("meta:description")
    if not title and not description:
        return None
    fields: dict[str, Any] = {}
    origins: dict[str, str] = {}
    if title:
        # Only LinkedIn's own titles are split: elsewhere "Now hiring baristas" is no company.
        linkedin = _SITE_SUFFIX.search(title) is not None or props.get("og:site_name") == "LinkedIn"
        title = _SITE_SUFFIX.sub("", title)
        hiring = _HIRING.match(title) if linkedin else None
        if hiring:
            for key in ("company", "role", "location"):
                if hiring[key]:
                    fields[key] = hiring[key].strip()
                    origins[key] = "og:title"
        else:
            fields["role"], origins["role"] = title, "og:title"
    if description and (text := to_plain_text(description)):
        fields["description"] = text
        origins["description"] = "og:description" if "og:description" in props else "meta"
    if "role" not in fields and (heading := _heading(tree)) is not None:
        fields["role"], origins["role"] = heading.role, heading.origins["role"]
    return Posting(source=Source.OPENGRAPH, origins=origins, **fields)


def _heading(tree: lxml.html.HtmlElement) -> Posting | None:
    for xpath, origin in (("//h1", "first heading"), ("//title", "page title")):
        for element in tree.xpath(xpath):
            text = " ".join(render(element).split())
            if text:
                return Posting(source=Source.HTML, role=text, origins={"role": origin})
    return None
