"""The facts behind "response rate per CV version", read in two queries."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from nextmove.domain.cv_insights import CvSent
from nextmove.domain.documents import DocumentKind
from nextmove.domain.status import EventKind
from nextmove.storage.database import Database
from nextmove.storage.models.documents import Document
from nextmove.storage.models.tracker import StageEvent


def cv_sent_facts(database: Database) -> list[CvSent]:
    cvs = (
        select(Document.sha256, Document.file_name, Document.application_id)
        .where(Document.kind == DocumentKind.CV.value, Document.sent.is_(True))
        .order_by(Document.added_at, Document.id)
    )
    with database.sessions() as session:
        rows = session.execute(cvs).all()
        ids = {row.application_id for row in rows}
        kinds: dict[int, set[EventKind]] = defaultdict(set)
        if ids:
            events = select(StageEvent.application_id, StageEvent.kind).where(
                StageEvent.application_id.in_(ids)
            )
            for app_id, kind in session.execute(events):
                if kind in EventKind._value2member_map_:
                    kinds[app_id].add(EventKind(kind))
    return [
        CvSent(row.sha256, row.file_name, row.application_id, frozenset(kinds[row.application_id]))
        for row in rows
    ]
