"""The shipped catalogues are complete and keep what the code fills in.

A text the code translates but a catalogue lacks, an unfinished translation, or one that drops
or changes a placeholder ({name}, %n, %1), an HTML tag or the keyboard accelerator (&File)
fails here. `python3 dev.py translations` brings new texts into the .ts files.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
SHIPPED = ("de", "fr", "es")
LUPDATE = ROOT / ".venv" / "bin" / "pyside6-lupdate"

_FIELD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
_NUMBER = re.compile(r"%L?n|%\d")
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
_ACCELERATOR = re.compile(r"&(?=[^\s&;])(?![a-z]+;)")


def _messages(path: Path) -> list[tuple[str, str, bool, list[str], bool]]:
    """(context, source, numerus, translations, finished) for every message of a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 (our own files)
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                [f.text or "" for f in translation.iter("numerusform")]
                if numerus
                else [translation.text or ""]
            )
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            found.append((name, message.findtext("source") or "", numerus, forms, finished))
    return found


def _accelerators(text: str) -> int:
    return len(_ACCELERATOR.findall(text.replace("&&", "")))


@pytest.mark.parametrize("code", SHIPPED)
def test_every_text_is_translated(code: str) -> None:
    missing = [
        (context, source)
        for context, source, numerus, forms, finished in _messages(FOLDER / f"nextmove_{code}.ts")
        if not finished or not all(f.strip() for f in forms) or (numerus and len(forms) != 2)
    ]
    assert not missing, f"{len(missing)} untranslated in nextmove_{code}.ts: {missing[:10]}"


@pytest.mark.parametrize("code", SHIPPED)
def test_translations_keep_placeholders_tags_and_accelerators(code: str) -> None:
    wrong = []
    for context, source, numerus, forms, _finished in _messages(FOLDER / f"nextmove_{code}.ts"):
        # The last form is the general one: it keeps everything. A singular may say "one"
        # instead of %n (as English does), but adds nothing the code does not fill.
        general = forms[-1]
        if sorted(_FIELD.findall(general)) != sorted(_FIELD.findall(source)):
            wrong.append((context, source, general, "placeholders"))
        if sorted(_NUMBER.findall(general)) != sorted(_NUMBER.findall(source)):
            wrong.append((context, source, general, "%n or %1"))
        if sorted(_TAG.findall(general)) != sorted(_TAG.findall(source)):
            wrong.append((context, source, general, "HTML tags"))
        if _accelerators(general) != _accelerators(source):
            wrong.append((context, source, general, "accelerator (&)"))
        for form in forms[:-1] if numerus else ():
            if not set(_FIELD.findall(form)) <= set(_FIELD.findall(source)):
                wrong.append((context, source, form, "unknown placeholder in singular"))
    assert not wrong, f"{len(wrong)} in nextmove_{code}.ts, e.g. {wrong[:5]}"


def test_english_supplies_the_singular_of_every_counted_text() -> None:
    english = {
        (context, source): forms
        for context, source, _n, forms, _f in _messages(FOLDER / "nextmove_en.ts")
    }
    counted = {
        (context, source)
        for context, source, numerus, _forms, _f in _messages(FOLDER / "nextmove_de.ts")
        if numerus
    }
    assert counted
    assert counted <= set(english), sorted(counted - set(english))
    for (_context, source), forms in english.items():
        assert len(forms) == 2, source
        assert forms[1] == source  # the source text is the plural form


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is in .venv after setup")
def test_the_catalogues_hold_every_text_the_code_translates(tmp_path: Path) -> None:
    """lupdate over the source now: a new tr() text not yet in the .ts files fails here."""
    sources = sorted(str(p) for p in (ROOT / "desktop" / "nextmove").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(LUPDATE), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        cwd=ROOT,
    )
    wanted = {(c, s, n) for c, s, n, _forms, _f in _messages(fresh)}
    for code in SHIPPED:
        shipped = {(c, s, n) for c, s, n, _forms, _f in _messages(FOLDER / f"nextmove_{code}.ts")}
        missing = wanted - shipped
        assert not missing, (
            f"{len(missing)} texts not in nextmove_{code}.ts (run `python3 dev.py translations` "
            f"and translate them): {sorted(missing)[:10]}"
        )


def test_every_domain_word_is_marked_for_translation() -> None:
    from nextmove.domain import oauth
    from nextmove.domain.contact import ROLE_LABELS
    from nextmove.domain.csv_format import FIELD_LABELS, delimiter_name
    from nextmove.domain.documents import DocumentKind
    from nextmove.domain.providers import PROVIDERS
    from nextmove.domain.status import EVENT_LABELS, Status
    from nextmove.domain.templates import PLACEHOLDERS
    from nextmove.domain.wizard import BEYOND_CONTROL_FACTORS, HOW_HEARD
    from nextmove.storage.templates import builtin_templates
    from nextmove.ui.labels import MARKED

    presets = [v for v in vars(oauth).values() if isinstance(v, oauth.OAuthPreset)]
    words = {
        *(s.label for s in Status),
        *EVENT_LABELS.values(),
        *ROLE_LABELS.values(),
        *(k.label for k in DocumentKind),
        *FIELD_LABELS.values(),
        *(delimiter_name(d) for d in ",;\t"),
        *HOW_HEARD,
        *BEYOND_CONTROL_FACTORS,
        *PLACEHOLDERS.values(),
        *(t.name for t in builtin_templates("en").values()),
        *(p.name for p in PROVIDERS),
        *(p.advice for p in PROVIDERS),
        *(p.button for p in presets),
    }
    assert words - set(MARKED) == set()


def test_german_templates_fill_the_same_placeholders_as_english() -> None:
    from nextmove.domain.templates import PLACEHOLDERS
    from nextmove.storage.templates import builtin_templates

    english, german = builtin_templates("en"), builtin_templates("de")
    assert set(german) == set(english)
    for purpose, template in german.items():
        assert template.name != english[purpose].name, purpose  # really German
        used = set(_FIELD.findall(template.subject + template.body))
        assert {u.strip("{}") for u in used} <= set(PLACEHOLDERS), purpose
