"""What the windows are given once the data folder is open (built by app.py, never global).

The services are built once, by `app._services` on first use (SQLAlchemy loads only then, off
the first frame's path), and shared: a widget reads and writes through them and never builds a
repository or a session of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QThreadPool, Signal

if TYPE_CHECKING:
    from nextmove.mail.credentials import CredentialStore
    from nextmove.mail.outbox import Outbox
    from nextmove.storage.accounts import AccountRepository
    from nextmove.storage.applications import ApplicationRepository
    from nextmove.storage.contacts import ContactRepository
    from nextmove.storage.database import Database, DataPaths
    from nextmove.storage.documents import DocumentRepository
    from nextmove.storage.inbox import InboxRepository
    from nextmove.storage.learning_goals import LearningGoalRepository
    from nextmove.storage.reflections import ReflectionService
    from nextmove.storage.suggestions import SuggestionStore
    from nextmove.storage.templates import TemplateRepository
    from nextmove.ui.tracker.bulk_actions import BulkActions
    from nextmove.ui.tracker.csv_actions import CsvActions
    from nextmove.ui.tracker.detail_panel import DetailPanel
    from nextmove.ui.wizard.controller import WizardController


@dataclass(frozen=True)
class Services:
    """One object per concern, each owning its transactions."""

    # Applications and their timelines (status and last activity settle in storage.timeline).
    applications: ApplicationRepository
    contacts: ContactRepository
    documents: DocumentRepository
    templates: TemplateRepository
    goals: LearningGoalRepository
    # The rejection wizard's reflections (drafts, finishing, the reports).
    reflections: ReflectionService
    # Which suggested next steps were dismissed or snoozed.
    suggestions: SuggestionStore
    # What the watched inboxes found, and the accounts' watch state.
    inbox: InboxRepository
    # Queueing and sending; it holds the accounts and the credential store (the keyring).
    outbox: Outbox
    # The providers' OAuth client ids ([oauth] in settings.ini, the environment, built in).
    oauth_settings: Mapping[str, str]

    @property
    def accounts(self) -> AccountRepository:
        return self.outbox.accounts

    @property
    def credentials(self) -> CredentialStore:
        return self.outbox.credentials


class Events(QObject):
    """What one feature tells the others without knowing them (mail listens to these)."""

    # The outbox or an account changed outside the mail windows (the wizard's Finish, a
    # suggestion, a watched inbox): the outbox window and the count in the status bar follow.
    outboxChanged = Signal()
    # Open this outbox message (id) in the compose window.
    composeRequested = Signal(int)
    # Preferences just wrote this settings.ini key: the features that read it follow at once.
    settingChanged = Signal(str)
    # The weekly goal or the learning goals changed outside the Goals panel: it re-reads them.
    goalsChanged = Signal()


@dataclass
class Features:
    """The installed features another one may call on (each None until it is installed):
    handed over explicitly, never looked up in the window by name."""

    # The side panel of the selected application (documents add a section to it).
    detail: DetailPanel | None = None
    # CSV import and export (the selection's Export goes through it).
    csv: CsvActions | None = None
    # Changes to many selected applications at once (Delete with several rows selected).
    bulk: BulkActions | None = None
    # The rejection wizard and its Goals panel (the inbox opens the wizard; suggestions sit
    # in the panel).
    wizard: WizardController | None = None


@dataclass
class AppContext:
    paths: DataPaths
    database: Database
    settings: QSettings
    # Background work (SMTP, keyring) runs here; tests inject a pool that runs synchronously.
    pool: QThreadPool
    today: Callable[[], date] = field(default=date.today)
    events: Events = field(default_factory=Events)
    features: Features = field(default_factory=Features)
    # Builds the services (app._services); they read today's date through the context.
    make_services: Callable[[AppContext], Services] | None = None

    @cached_property
    def services(self) -> Services:
        """Built at the first use, then the same objects for as long as the folder is open."""
        if self.make_services is None:
            raise RuntimeError("this context was opened without services")
        return self.make_services(self)
