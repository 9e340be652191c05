"""Suggestions' storage: the facts the rules read (in a few bounded queries) and what the
person did with each trigger (done, dismissed, snoozed), one short transaction per action."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from nextmove.domain.status import CLOSED_STATUSES, EventKind, Status
from nextmove.domain.suggestions import (
    ApplicationFacts,
    ContactFacts,
    Facts,
    GoalFacts,
    Rules,
    State,
)
from nextmove.storage.database import Database
from nextmove.storage.learning_goals import DONE
from nextmove.storage.models.suggestions import SuggestionState
from nextmove.storage.models.tracker import Application, Contact, StageEvent, application_contact
from nextmove.storage.models.wizard import LearningGoal

# More than anyone works through in a day; the oldest come first.
MOST = 300
_CLOSED = [s.value for s in CLOSED_STATUSES]


class SuggestionStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- facts -----------------------------------------------------------------------------------

    def facts(self, rules: Rules, today: date) -> Facts:
        """What the rules need, and no more: quiet open applications, recent interviews,
        keep-in-touch dates and learning goals that are due."""
        with self._db.sessions() as session:
            days = [d for d in (rules.follow_up_days, rules.ghosted_days) if d > 0]
            quiet_ids: list[int] = []
            if days:
                quiet_ids = list(
                    session.scalars(
                        select(Application.id)
                        .where(
                            Application.archived.is_(False),
                            Application.status.not_in(_CLOSED),
                            Application.status != Status.WISHLIST.value,
                            Application.last_activity_on <= today - timedelta(days=min(days)),
                        )
                        .order_by(Application.last_activity_on, Application.id)
                        .limit(MOST)
                    )
                )
            interviews: dict[int, list[tuple[int, date]]] = defaultdict(list)
            if rules.thank_you:
                for event_id, app_id, day in session.execute(
                    select(StageEvent.id, StageEvent.application_id, StageEvent.occurred_on)
                    .join(Application, Application.id == StageEvent.application_id)
                    .where(
                        StageEvent.kind == EventKind.INTERVIEW.value,
                        StageEvent.occurred_on >= today - timedelta(days=1),
                        StageEvent.occurred_on <= today,
                        Application.archived.is_(False),
                    )
                    .order_by(StageEvent.id)
                    .limit(MOST)
                ):
                    interviews[app_id].append((event_id, day))
            ids = sorted({*quiet_ids, *interviews})
            people: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
            for app_id, cid, name, email in session.execute(
                select(
                    application_contact.c.application_id, Contact.id, Contact.name, Contact.email
                )
                .join(Contact, Contact.id == application_contact.c.contact_id)
                .where(application_contact.c.application_id.in_(ids))
                .order_by(Contact.id)
            ):
                people[app_id].append((cid, name, email))
            applications = tuple(
                ApplicationFacts(
                    app_id,
                    company,
                    role,
                    Status(status),
                    last,
                    tuple(interviews.get(app_id, ())),
                    tuple(people.get(app_id, ())),
                )
                for app_id, company, role, status, last in session.execute(
                    select(
                        Application.id,
                        Application.company,
                        Application.role,
                        Application.status,
                        Application.last_activity_on,
                    )
                    .where(Application.id.in_(ids))
                    .order_by(Application.id)
                )
            )
            contacts = self._due_contacts(session, rules, today)
            goals = (
                tuple(
                    GoalFacts(g.id, g.skill, g.due_on, g.status == DONE)
                    for g in session.scalars(
                        select(LearningGoal)
                        .where(LearningGoal.status != DONE, LearningGoal.due_on <= today)
                        .order_by(LearningGoal.due_on, LearningGoal.id)
                        .limit(MOST)
                    )
                )
                if rules.learning_goals
                else ()
            )
        return Facts(applications, contacts, goals)

    @staticmethod
    def _due_contacts(session: Session, rules: Rules, today: date) -> tuple[ContactFacts, ...]:
        if not rules.keep_in_touch:
            return ()
        found: list[ContactFacts] = []
        for contact in session.scalars(
            select(Contact)
            .where(Contact.keep_in_touch_on.is_not(None), Contact.keep_in_touch_on <= today)
            .order_by(Contact.keep_in_touch_on, Contact.id)
            .limit(MOST)
        ):
            first = session.execute(
                select(Application.id, Application.company, Application.role)
                .join(application_contact, application_contact.c.application_id == Application.id)
                .where(application_contact.c.contact_id == contact.id)
                .order_by(Application.id)
                .limit(1)
            ).first()
            app_id, company, role = first if first is not None else (None, contact.company, "")
            found.append(
                ContactFacts(
                    contact.id,
                    contact.name,
                    contact.email,
                    contact.keep_in_touch_on,
                    app_id,
                    company or contact.company,
                    role,
                )
            )
        return tuple(found)

    # -- what the person did ---------------------------------------------------------------------

    def states(self) -> dict[str, State]:
        with self._db.sessions() as session:
            return {
                row.key: State(row.state, row.snoozed_until)
                for row in session.scalars(select(SuggestionState))
            }

    def get(self, key: str) -> State | None:
        with self._db.sessions() as session:
            row = session.get(SuggestionState, key)
            return None if row is None else State(row.state, row.snoozed_until)

    def put(self, key: str, state: State | None) -> None:
        """Record a trigger's state (None forgets it: the suggestion shows again)."""
        with self._db.sessions.begin() as session:
            row = session.get(SuggestionState, key)
            if state is None:
                if row is not None:
                    session.delete(row)
                return
            if row is None:
                session.add(
                    SuggestionState(key=key, state=state.state, snoozed_until=state.snoozed_until)
                )
            else:
                row.state = state.state
                row.snoozed_until = state.snoozed_until
