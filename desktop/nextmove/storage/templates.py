"""Email templates: the built-ins shipped in resources/templates/<language>/, overridden by the
user's edits.

English and German ship; the language is the person's choice (Preferences › Email templates),
asked for each time a template is read, so a change applies at once. A purpose missing from a
language falls back to its English template.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from sqlalchemy import select

from nextmove.domain.templates import TemplateText, parse_template_file
from nextmove.resources import resources_root
from nextmove.storage.database import Database
from nextmove.storage.models.mail import Template

ENGLISH = "en"
# The languages templates ship in, each named in its own language.
TEMPLATE_LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("de", "Deutsch"))


def builtin_templates(language: str = ENGLISH) -> dict[str, TemplateText]:
    """Every shipped template in `language`, keyed by purpose (the file name without `.txt`);
    English for a purpose (or a language) that has none."""
    templates = dict(_shipped_templates(ENGLISH))
    if language != ENGLISH:
        templates.update(_shipped_templates(language))
    return templates


@cache
def _shipped_templates(language: str) -> dict[str, TemplateText]:
    # Shipped files do not change while the app runs: read them once, not on every email.
    folder = resources_root() / "templates" / language
    return {
        path.stem: parse_template_file(path.stem, path.read_text(encoding="utf-8"))
        for path in sorted(folder.glob("*.txt"))
    }


class TemplateRepository:
    def __init__(self, database: Database, language: Callable[[], str] = lambda: ENGLISH) -> None:
        self._db = database
        self._language = language

    def get(self, purpose: str) -> TemplateText:
        """The user's edited template for `purpose`, else the built-in; KeyError if neither."""
        with self._db.sessions() as session:
            row = session.scalars(
                select(Template).where(Template.purpose == purpose).order_by(Template.id)
            ).first()
            if row is not None:
                return TemplateText(row.purpose, row.name, row.subject, row.body)
        return builtin_templates(self._language())[purpose]

    def all(self) -> list[TemplateText]:
        """Every template, the user's version where there is one, by name (the compose picker)."""
        templates = builtin_templates(self._language())
        with self._db.sessions() as session:
            for row in session.scalars(select(Template).order_by(Template.id.desc())):
                templates[row.purpose] = TemplateText(row.purpose, row.name, row.subject, row.body)
        return sorted(templates.values(), key=lambda t: t.name.lower())

    def save(self, template: TemplateText) -> None:
        """Store the user's version of a template (the built-in file is never changed)."""
        with self._db.sessions.begin() as session:
            row = session.scalars(
                select(Template).where(Template.purpose == template.purpose)
            ).first()
            if row is None:
                row = Template(purpose=template.purpose, name=template.name, subject="", body="")
                session.add(row)
            row.name, row.subject, row.body = template.name, template.subject, template.body

    def reset(self, purpose: str) -> None:
        """Forget the user's edits: the built-in applies again."""
        with self._db.sessions.begin() as session:
            for row in session.scalars(select(Template).where(Template.purpose == purpose)):
                session.delete(row)
