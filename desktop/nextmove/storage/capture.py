"""What the capture needs from the database: the applications a new posting may duplicate."""

from __future__ import annotations

from sqlalchemy import func, or_, select

from nextmove.capture.application import Existing
from nextmove.storage.database import Database
from nextmove.storage.models.tracker import Application


def possible_duplicates(database: Database, company: str, job_url: str) -> list[Existing]:
    """Applications with this company (any case) or any address on the same site: a short
    list that `capture.application.find_duplicate` then decides on."""
    host = job_url.split("//", 1)[-1].split("/", 1)[0].lower() if job_url else ""
    conditions = [func.lower(func.trim(Application.company)) == company.strip().lower()]
    if host:
        conditions.append(func.lower(Application.job_url).contains(host.removeprefix("www.")))
    query = select(
        Application.id, Application.company, Application.role, Application.job_url
    ).where(or_(*conditions))
    with database.sessions() as session:
        return [Existing(*row) for row in session.execute(query).all()]
