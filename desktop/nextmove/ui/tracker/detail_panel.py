"""The side panel: the selected application's header, its timeline and its contacts.

It reads through the services it is given and writes only through undoable steps (timeline
entries through the window's tracker editing, people through `ContactEdits`), and reports every
change with `applicationChanged(id)` so the table can refresh that row.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.contact import ContactData
from nextmove.domain.status import EventKind, Status
from nextmove.domain.timeline_rules import next_round
from nextmove.storage.applications import ApplicationNotFoundError
from nextmove.storage.calendar import EventTimes, event_columns
from nextmove.ui import palette
from nextmove.ui.ask import Confirm, ask_yes_no
from nextmove.ui.date_display import date_display
from nextmove.ui.labels import tr_label
from nextmove.ui.tracker.columns import status_label
from nextmove.ui.tracker.contact_dialog import ContactDialog
from nextmove.ui.tracker.contact_edits import ContactEdits
from nextmove.ui.tracker.contact_link_dialog import ContactLinkDialog
from nextmove.ui.tracker.detail_contacts import ContactsSection
from nextmove.ui.tracker.detail_timeline import TimelineSection
from nextmove.ui.tracker.elided_label import ElidedLabel
from nextmove.ui.tracker.event_dialog import EventDialog, EventInput

if TYPE_CHECKING:
    from nextmove.storage.applications import ApplicationRepository
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host

# What a person most likely records next, given where the application stands.
_SUGGESTED_EVENT: dict[Status, EventKind] = {
    Status.WISHLIST: EventKind.APPLIED,
    Status.APPLIED: EventKind.SCREEN,
    Status.SCREENING: EventKind.INTERVIEW,
    Status.INTERVIEWING: EventKind.INTERVIEW,
}

# (application id, kind, date, notes, interview round, an interview's details) -> its id
AddEntry = Callable[[int, EventKind, date, str, int | None, dict[str, object] | None], int]
# (application id, entry id, (kind, date, notes, round), an interview's details)
EditEntry = Callable[
    [int, int, tuple[EventKind, date, str, int | None], dict[str, object] | None], None
]
# (application id, entry id, what it says) -> the new status if deleting it changed it.
RemoveEntry = Callable[[int, int, str], Status | None]


def _plain(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class DetailPanel(QWidget):
    # The timeline or contacts of this application changed (refresh its row).
    applicationChanged = Signal(int)
    # A sentence for the status bar after an action.
    message = Signal(str)

    def __init__(
        self,
        applications: ApplicationRepository,
        people: ContactEdits,
        add_entry: AddEntry,
        edit_entry: EditEntry,
        remove_entry: RemoveEntry,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detail_panel")
        self.setAccessibleName(self.tr("Selected application"))
        self.applications = applications
        self.edits = people
        self.contacts = people.contacts  # reading only: every change is an undo step
        self._today = today
        self.application_id = 0
        self._job_url = ""
        self._status = Status.WISHLIST
        self._rounds: list[int | None] = []
        self.ask: Confirm = ask_yes_no  # tests hand in one that answers
        # Timeline entries are added, changed and deleted as undo steps (the window's editing).
        self.add_entry = add_entry
        self.edit_entry = edit_entry
        self.remove_entry = remove_entry
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl

        self.empty = _plain(self._hint(), "detail_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid); padding: 24px;")
        self.company = ElidedLabel()
        self.company.setObjectName("detail_company")
        self.company.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.role = ElidedLabel()
        self.role.setObjectName("detail_role")
        self.role.setStyleSheet("font-size: 11pt;")
        self.status = _plain(name="detail_status")
        self.link_button = QPushButton(self.tr("Open job &posting"))
        self.link_button.setObjectName("detail_open_link")
        self.link_button.setAccessibleName(self.tr("Open the job posting in your browser"))
        self.timeline = TimelineSection()
        self.people = ContactsSection()

        header = QVBoxLayout()
        header.setSpacing(4)
        header.addWidget(self.company)
        header.addWidget(self.role)
        chips = QHBoxLayout()
        chips.addWidget(self.status)
        chips.addStretch(1)
        chips.addWidget(self.link_button)
        header.addLayout(chips)
        sections = self.sections = QSplitter(Qt.Orientation.Vertical)
        sections.setObjectName("detail_sections")
        sections.setChildrenCollapsible(False)
        sections.addWidget(self.timeline)
        sections.addWidget(self.people)
        sections.setStretchFactor(0, 3)
        sections.setStretchFactor(1, 2)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(10, 8, 8, 8)
        details_layout.addLayout(header)
        details_layout.addSpacing(6)
        details_layout.addWidget(sections, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.link_button.clicked.connect(self._on_link_button_clicked)
        self.timeline.addRequested.connect(self._on_timeline_add_requested)
        self.timeline.deleteRequested.connect(self._on_timeline_delete_requested)
        self.timeline.editRequested.connect(self._on_timeline_edit_requested)
        self.people.addRequested.connect(self._on_people_add_requested)
        self.people.linkRequested.connect(self._on_people_link_requested)
        self.people.editRequested.connect(self._on_people_edit_requested)
        self.people.unlinkRequested.connect(self._on_people_unlink_requested)
        date_display().changed.connect(self.reload)

    # -- showing -------------------------------------------------------------------------------

    def _hint(self) -> str:
        return self.tr(
            "Select an application to see its timeline and the people you met.\n\n"
            "Use the arrow keys in the list, or click a row."
        )

    def set_has_applications(self, has_any: bool) -> None:
        """With no applications at all, the table already says what to do: stay quiet."""
        self.empty.setText(self._hint() if has_any else "")

    def show_application(self, application_id: int) -> None:
        """Show one application (0: the empty state)."""
        self.application_id = application_id
        self.reload()

    def reload(self) -> None:
        if not self.application_id:
            self.pages.setCurrentIndex(0)
            return
        try:
            data = self.applications.get(self.application_id)
        except ApplicationNotFoundError:
            self.application_id = 0
            self.pages.setCurrentIndex(0)
            return
        self.company.setText(data.company)
        self.role.setText(data.role)
        self._status = data.status
        chip = f"chip_{data.status.value}"
        palette.styled(
            self.status,
            f"color: {{{chip}_text}}; background: {{{chip}}}; border-radius: 9px;"
            "padding: 2px 10px; font-weight: 600;",
        )
        self.status.setText(status_label(data.status.value))
        self.status.ensurePolished()
        self.status.setFixedWidth(self.status.sizeHint().width())
        self._job_url = data.job_url
        self.link_button.setVisible(bool(data.job_url))
        self.link_button.setToolTip(data.job_url)
        events = self.applications.events(self.application_id)
        self._rounds = [e.round for e in events if e.kind is EventKind.INTERVIEW]
        self.timeline.set_events(events)
        self.people.set_contacts(self.contacts.for_application(self.application_id))
        self.pages.setCurrentIndex(1)

    def _changed(self, message: str) -> None:
        self.reload()
        self.applicationChanged.emit(self.application_id)
        self.message.emit(message)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- header --------------------------------------------------------------------------------

    def _on_link_button_clicked(self) -> None:
        if self._job_url:
            self.open_url(QUrl(self._job_url))

    # -- timeline ------------------------------------------------------------------------------

    def _on_timeline_add_requested(self) -> None:
        suggested = _SUGGESTED_EVENT.get(self._status, EventKind.NOTE)
        dialog = EventDialog(
            self._today(), next_round(self._rounds), suggested, self, contacts=self._people()
        )
        dialog.submitted.connect(self._on_event_dialog_submitted)
        self._open(dialog)

    def _people(self, also: tuple[int, ...] = ()) -> list[tuple[int, str, str]]:
        """Who can be picked as an interviewer: the application's contacts (and anyone
        already picked, such as a contact matched from an invitation)."""
        linked = self.contacts.for_application(self.application_id)
        people = [(c.id, c.name, c.email) for c in linked]
        known = {p[0] for p in people}
        for contact_id in also:
            if contact_id not in known:
                row = self.contacts.get(contact_id)
                people.append((row.id, row.name, row.email))
        return people

    def _on_event_dialog_submitted(self, entry: EventInput) -> None:
        details = event_columns(entry.times) if entry.times is not None else None
        self.add_entry(
            self.application_id, entry.kind, entry.occurred_on, entry.notes, entry.round, details
        )
        label = tr_label(entry.kind.label)
        self._changed(self.tr("Added “{what}” to the timeline").format(what=label))

    def _on_timeline_edit_requested(self, event_id: int) -> None:
        found = [e for e in self.applications.events(self.application_id) if e.id == event_id]
        if not found:
            return
        event = found[0]
        times = self.applications.event_times(event_id) or EventTimes()
        existing = EventInput(event.kind, event.occurred_on, event.round, event.notes, times)
        dialog = EventDialog(
            self._today(),
            event.round or next_round(self._rounds),
            event.kind,
            self,
            contacts=self._people(times.interviewer_ids),
            existing=existing,
        )
        dialog.submitted.connect(
            lambda entry, eid=event_id: self._on_edit_event_dialog_submitted(eid, entry)
        )
        self._open(dialog)

    def _on_edit_event_dialog_submitted(self, event_id: int, entry: EventInput) -> None:
        details = event_columns(entry.times) if entry.times is not None else None
        self.edit_entry(
            self.application_id,
            event_id,
            (entry.kind, entry.occurred_on, entry.notes, entry.round),
            details,
        )
        label = tr_label(entry.kind.label)
        self._changed(self.tr("Saved “{what}”").format(what=label))

    def _on_timeline_delete_requested(self, event_id: int) -> None:
        item = self.timeline.list.currentItem()
        what = item.text(1) if item is not None else ""
        text = self.tr("Delete “{what}” from the timeline?").format(what=what)
        change = self.applications.status_after_removal(event_id)
        if change is not None:
            now, after = (status_label(s.value) for s in change)
            text += "\n\n" + self.tr(
                "The status will go back from {now} to {after}, as the timeline then says. "
                "Anything else you recorded, such as a reflection, is kept."
            ).format(now=now, after=after)
        text += "\n\n" + self.tr("Edit › Undo (Ctrl+Z) brings it back.")
        if not self.ask(self, self.tr("Delete this entry?"), text):
            return
        changed = self.remove_entry(self.application_id, event_id, what)
        message = self.tr("Deleted “{what}” from the timeline").format(what=what)
        if changed is not None:
            message += self.tr("; the status is {status} again").format(
                status=status_label(changed.value)
            )
        self._changed(message)

    # -- contacts ------------------------------------------------------------------------------

    def _on_people_add_requested(self) -> None:
        company = self.company.text()
        dialog = ContactDialog(self._today(), None, self)
        dialog.company.setText(company)
        dialog.submitted.connect(self._on_add_dialog_submitted)
        self._open(dialog)

    def _on_add_dialog_submitted(self, data: ContactData) -> None:
        self.edits.add(self.application_id, data)
        self.message.emit(self.tr("Added {name}").format(name=data.name))

    def _on_people_link_requested(self) -> None:
        app_id = self.application_id
        dialog = ContactLinkDialog(
            lambda text: self.contacts.search(text, exclude_application=app_id), self
        )
        dialog.chosen.connect(self._on_link_dialog_chosen)
        self._open(dialog)

    def _on_link_dialog_chosen(self, contact_id: int) -> None:
        self.edits.link(self.application_id, contact_id)
        name = self.contacts.get(contact_id).name
        self.message.emit(self.tr("Linked {name}").format(name=name))

    def _on_people_edit_requested(self, contact_id: int) -> None:
        row = self.contacts.get(contact_id)
        dialog = ContactDialog(self._today(), row.data, self)
        dialog.submitted.connect(
            lambda data, cid=contact_id: self._on_edit_dialog_submitted(cid, data)
        )
        self._open(dialog)

    def _on_edit_dialog_submitted(self, contact_id: int, data: ContactData) -> None:
        self.edits.update(self.application_id, contact_id, data)
        self.message.emit(self.tr("Saved {name}").format(name=data.name))

    def _on_people_unlink_requested(self, contact_id: int) -> None:
        name = self.contacts.get(contact_id).name
        self.edits.unlink(self.application_id, contact_id)
        self.message.emit(
            self.tr("{name} is no longer linked (still in your contacts)").format(name=name)
        )


def _add_actions(window: Host, panel: DetailPanel) -> list[QAction]:
    """Application › Add to Timeline… (Ctrl+T) and Add Contact… (Ctrl+Shift+C)."""
    specs = (
        (
            "action_add_event",
            QCoreApplication.translate("MainWindow", "Add to &Timeline…"),
            "Ctrl+T",
            QCoreApplication.translate(
                "MainWindow", "Add an entry to the selected application's timeline"
            ),
            panel.timeline.addRequested,
        ),
        (
            "action_add_contact",
            QCoreApplication.translate("MainWindow", "Add &Contact…"),
            "Ctrl+Shift+C",
            QCoreApplication.translate("MainWindow", "Add a person to the selected application"),
            panel.people.addRequested,
        ),
    )
    menu = window.menu("application")
    menu.addSeparator()
    actions = []
    for name, text, shortcut, tip, signal in specs:
        action = QAction(text, window.widget())
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.setEnabled(False)
        action.triggered.connect(signal)
        menu.addAction(action)
        actions.append(action)
    return actions


def _contacts_changed(window: Host, panel: DetailPanel, application_id: int) -> None:
    """A contact step was done or undone: the row (its Contact column) and the panel follow."""
    window.refresh_application(application_id)
    if application_id == panel.application_id:
        panel.reload()


def install(window: Host, context: AppContext) -> None:
    """Put the panel into the window's side area and follow the table's selection."""
    # Every change is one step on the window's undo stack, like every other edit.
    people = ContactEdits(
        context.services.contacts,
        window.undo_stack,
        lambda app_id: _contacts_changed(window, panel, app_id),
    )
    panel = DetailPanel(
        context.services.applications,
        people,
        window.add_timeline_entry,
        window.edit_timeline_entry,
        window.remove_timeline_entry,
        lambda: context.today(),
        window.side_panel,
    )
    context.features.detail = panel
    layout = window.side_panel.layout() or QVBoxLayout(window.side_panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(panel)
    actions = _add_actions(window, panel)
    window.selectedApplicationChanged.connect(panel.show_application)

    def enable(application_id: int) -> None:
        for action in actions:
            action.setEnabled(bool(application_id))

    window.selectedApplicationChanged.connect(enable)
    window.applicationStatusChanged.connect(
        lambda app_id, _status: panel.reload() if app_id == panel.application_id else None
    )
    # Edits in the table (and their undo) change what the header shows.
    window.model.dataChanged.connect(lambda *_: panel.reload())
    window.model.rowsReplaced.connect(panel.reload)
    window.model.countsChanged.connect(
        lambda: panel.set_has_applications(window.model.total_count() > 0)
    )
    panel.set_has_applications(window.model.total_count() > 0)
    panel.applicationChanged.connect(window.refresh_application)
    panel.message.connect(lambda text: window.show_message(text, 5000))
    panel.show_application(window.selected_application_id() or 0)
    enable(panel.application_id)
