"""What every wizard page shares: the answers being edited and the read-only facts around them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nextmove.domain.templates import PER_PERSON, TemplateText, details_values, first_name, render
from nextmove.domain.wizard import WizardAnswers
from nextmove.storage.reflection_drafts import Draft
from nextmove.storage.reflections import ReflectionService
from nextmove.storage.templates import TemplateRepository


@dataclass
class WizardState:
    draft: Draft
    service: ReflectionService
    templates: TemplateRepository
    today: date
    # Your details' signature (preferences); the name is page 1's "Your name".
    signature: str = ""

    @property
    def answers(self) -> WizardAnswers:
        return self.draft.answers

    def values(self, contact_name: str | None = None) -> dict[str, str]:
        """Placeholder values for the templates; `contact_name` defaults to page 1's contact."""
        name = self.answers.contact_name if contact_name is None else contact_name
        app = self.draft.application
        values = {
            "first_name": first_name(name) or "there",
            "contact_name": name,
            "company": app.company,
            "role": app.role,
        }
        # A value nobody gave stays a visible placeholder, which the page then asks about,
        # rather than an email silently signed with nothing.
        values = {key: value for key, value in values.items() if value.strip()}
        values.update(details_values(self.answers.your_name, self.signature))
        return values

    def rendered(self, purpose: str, *, keep_names: bool = False) -> TemplateText:
        """A template filled in; with `keep_names` the person's names stay as placeholders."""
        template = self.templates.get(purpose)
        values = self.values()
        if keep_names:
            values = {k: v for k, v in values.items() if k not in PER_PERSON}
        return TemplateText(
            purpose,
            template.name,
            render(template.subject, values),
            render(template.body, values),
        )
