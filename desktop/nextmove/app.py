"""The composition root: data folder, database, services and the main window meet here only.

`build(data_dir)` returns the main window ready to show (a QApplication must exist); `main()`
parses the command line, runs a command or the self-test, or starts the GUI so that the first
frame paints before the database layer is imported.
"""

from __future__ import annotations

import argparse
import atexit
import importlib
import sys
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from nextmove.ui.main_window import MainWindow

if TYPE_CHECKING:
    from collections.abc import Mapping

    from nextmove.mail.credentials import CredentialStore
    from nextmove.storage.layout import DataPaths
    from nextmove.ui.backup_actions import BackupActions
    from nextmove.ui.context import AppContext, Services

APP_NAME = "Next Move"
SETTINGS_FILE = "settings.ini"


def open_context(
    data_dir: Path,
    *,
    pool: QThreadPool | None = None,
    credentials: CredentialStore | None = None,
) -> AppContext:
    """Open (creating and migrating if needed) the data folder and wire its services.

    `credentials` is the system keyring's store unless one is given (tests give one on an
    in-memory keyring).
    """
    from nextmove.storage.database import DataPaths, open_database
    from nextmove.ui.context import AppContext

    paths = DataPaths(data_dir)
    database = open_database(paths)
    settings = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
    context = AppContext(
        paths=paths,
        database=database,
        settings=settings,
        pool=pool if pool is not None else QThreadPool.globalInstance(),
    )
    context.make_services = lambda opened: _services(opened, credentials)
    return context


def _services(context: AppContext, credentials: CredentialStore | None) -> Services:
    """Every service, once, at the first use (they import SQLAlchemy); each reads today's date
    through the context (tests move it)."""
    from nextmove.mail.client_ids import client_id
    from nextmove.mail.credentials import CredentialStore
    from nextmove.mail.outbox import Outbox
    from nextmove.storage.applications import ApplicationRepository
    from nextmove.storage.contacts import ContactRepository
    from nextmove.storage.documents import DocumentRepository
    from nextmove.storage.inbox import InboxRepository
    from nextmove.storage.learning_goals import LearningGoalRepository
    from nextmove.storage.preferences import load_preferences, read_settings
    from nextmove.storage.reflections import ReflectionService
    from nextmove.storage.suggestions import SuggestionStore
    from nextmove.storage.templates import TemplateRepository
    from nextmove.ui.context import Services
    from nextmove.ui.template_language import template_language

    root = context.paths.root
    outbox = Outbox(
        context.database,
        credentials if credentials is not None else CredentialStore(),
        today=lambda: context.today(),
        sender_name=lambda: load_preferences(root).your_name,
    )
    # The providers' client-id settings ([oauth] in settings.ini, the environment, or built
    # in) for accounts without their own.
    oauth_settings = read_settings(root)
    outbox.tokens.default_client_id = lambda key: client_id(key, oauth_settings)
    return Services(
        applications=ApplicationRepository(context.database, today=lambda: context.today()),
        contacts=ContactRepository(context.database),
        documents=DocumentRepository(context.database),
        templates=TemplateRepository(context.database, lambda: template_language(context.settings)),
        goals=LearningGoalRepository(context.database),
        reflections=ReflectionService(context.database),
        suggestions=SuggestionStore(context.database),
        inbox=InboxRepository(context.database),
        outbox=outbox,
        oauth_settings=oauth_settings,
    )


# Every feature, in the order they are installed: suggestions after wizard (its list goes into
# the wizard's Goals panel); calendar_actions before board (it watches for the board to take
# dropped invitations too).
FEATURES = (
    "nextmove.ui.preferences_dialog",
    "nextmove.ui.tracker.detail_panel",
    "nextmove.ui.documents",
    "nextmove.ui.tracker.csv_actions",
    "nextmove.ui.tracker.bulk_actions",
    "nextmove.ui.backup_actions",
    "nextmove.ui.mail",
    "nextmove.ui.wizard",
    "nextmove.ui.capture",
    "nextmove.ui.inbox",
    "nextmove.ui.log_actions",
    "nextmove.ui.calendar_actions",
    "nextmove.ui.board",
    "nextmove.ui.suggestions",
    "nextmove.ui.calendar_autosave",
)
# What the window started by `nextmove` imports off the GUI thread while its rows load
# (ui/startup_sequence.py): the data layer (SQLAlchemy and the ORM models) and every feature
# with what its install() imports.
BACKGROUND_IMPORTS = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "nextmove.storage.models",
    "nextmove.storage.applications",
    "nextmove.storage.timeline",
    # What app._services builds from.
    "nextmove.mail.client_ids",
    "nextmove.mail.credentials",
    "nextmove.mail.outbox",
    "nextmove.storage.contacts",
    "nextmove.storage.documents",
    "nextmove.storage.inbox",
    "nextmove.storage.learning_goals",
    "nextmove.storage.reflections",
    "nextmove.storage.suggestions",
    "nextmove.storage.templates",
    "nextmove.ui.tracker.editing",
    "nextmove.ui.tracker.day_watch",
    *FEATURES,
    # What the features' install() imports (the packages import it only when installed).
    "nextmove.ui.mail.controller",
    "nextmove.ui.inbox.controller",
    "nextmove.ui.documents.controller",
    "nextmove.ui.wizard.controller",
    "nextmove.ui.capture.controller",
)


BACKUPS = "nextmove.ui.backup_actions"


def attach(window: MainWindow, context: AppContext) -> BackupActions:
    """Connect the window and every feature to an open data folder, all at once; returns the
    backups feature, whose daily backup the caller starts once startup is done."""
    window.attach(context)
    installed = {name: importlib.import_module(name).install(window, context) for name in FEATURES}
    window.mark_started()
    return _backups(installed)


def _backups(installed: Mapping[str, object]) -> BackupActions:
    from nextmove.ui.backup_actions import BackupActions

    backups = installed[BACKUPS]
    assert isinstance(backups, BackupActions)
    return backups


def build(
    data_dir: Path,
    *,
    pool: QThreadPool | None = None,
    credentials: CredentialStore | None = None,
) -> MainWindow:
    """The main window on `data_dir`, with its data loaded, ready to show.

    Should the caller never tear it down (a script that just exits), `shutdown` still runs at
    interpreter exit, while Python and the QApplication are both whole.
    """
    window = MainWindow()
    attach(window, open_context(data_dir, pool=pool, credentials=credentials))
    atexit.register(_shutdown_if_alive, weakref.ref(window))
    return window


def shutdown(window: MainWindow) -> None:
    """Take a window down in an order that leaves nothing running when Python finalizes.

    Background jobs finish and deliver their results while everything they report to still
    exists; then the database closes; then the window is deleted before the QApplication is.
    A job still running in a pool thread during interpreter finalization, or a widget outliving
    the QApplication, is what crashes an exiting process ("none_dealloc ... finalizing").
    """
    if not shiboken6.isValid(window):
        return
    context = window.context
    if context is not None:
        for _ in range(3):  # a delivered result may start one more short job
            context.pool.waitForDone()
            QCoreApplication.sendPostedEvents()
        context.database.close()
    QThreadPool.globalInstance().waitForDone()
    QCoreApplication.sendPostedEvents()
    window.close()
    shiboken6.delete(window)


def _shutdown_if_alive(ref: weakref.ReferenceType[MainWindow]) -> None:
    window = ref()
    if window is not None and QCoreApplication.instance() is not None:
        shutdown(window)


def _open_into(window: MainWindow, data_dir: Path, opened: list[AppContext]) -> None:
    """Open the data (asking what to do if it cannot be), attach it and every feature a slice
    per turn of the event loop, then back up if due."""
    from nextmove.ui.startup import open_data
    from nextmove.ui.startup_sequence import StartupSequence

    context = open_data(window, data_dir, open_context)
    if context is None:
        window.close()
        QApplication.exit(1)
        return
    opened.append(context)

    def back_up(installed: Mapping[str, object]) -> None:
        _backups(installed).start_daily_backup()

    StartupSequence(window, context, BACKGROUND_IMPORTS, FEATURES, back_up).start()


def _close_data(opened: list[AppContext]) -> None:
    """After the event loop: let background work finish, then close the file cleanly."""
    for context in opened:
        context.pool.waitForDone()
        QCoreApplication.sendPostedEvents()
        context.settings.sync()  # written now, so closing the database makes it private too
        context.database.close()


def _set_window_icon(app: QApplication) -> None:
    """The app's icon on every window (files are read lazily, when the icon is first drawn)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from nextmove.resources import ICON_SIZES, icon_files

    icon = QIcon()
    try:
        for size, path in zip(ICON_SIZES, icon_files(), strict=True):
            icon.addFile(str(path), QSize(size, size))  # sized: no file is read until drawn
    except FileNotFoundError:
        return  # a missing icon must not stop the app; the self-test reports it
    app.setWindowIcon(icon)


def _watch_for_crashes(app: QApplication, data_dir: Path) -> None:
    """Log this start; log and show unhandled errors; let faulthandler record fatal ones."""
    from nextmove import logs
    from nextmove._version import __version__
    from nextmove.ui.crash_dialog import CrashReporter

    logs.log_start(__version__, data_dir)
    logs.enable_crash_file()
    reporter = CrashReporter(logs.log_file(), app)
    logs.install_hooks(reporter.report)


def _install_language(data_dir: Path, lang: str | None) -> None:
    """The menus' language, before the first widget: `--lang`, the preference, or the OS's."""
    import logging

    from nextmove.ui import language

    settings = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
    code = language.choose(lang, language.stored_language(settings))
    loaded = language.install(code)
    logging.getLogger(__name__).info("language %s (catalogues: %s)", code, ", ".join(loaded))


def run_gui(data_dir: Path, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    _install_language(data_dir, lang)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("NextMove")
    # Lets Wayland desktops match the window to its .desktop entry and icon.
    app.setDesktopFileName("io.github.nextmove.NextMove")
    _set_window_icon(app)
    _watch_for_crashes(app, data_dir)
    from nextmove.ui.appearance import apply_stored
    from nextmove.ui.startup import claim_data_folder

    # Light or dark before the first frame (the preferences apply it again once data opens).
    apply_stored(QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat))

    # One running app per data folder; a second launch says so and never opens the database.
    lock = claim_data_folder(data_dir)
    if lock is None:
        return 1
    window = MainWindow()
    from nextmove.ui.tracker import paint_probe

    if paint_probe.wanted():  # startup timing for tests/benchmarks/tracker.py
        paint_probe.PaintProbe(window)
    window.show()
    opened = False
    contexts: list[AppContext] = []

    def open_data() -> None:
        nonlocal opened
        if opened:
            return
        opened = True
        # First the rows a screen can show, straight from the file (no ORM); then the data
        # layer proper (ORM, migrations, every feature) on the next turn of the event loop.
        # Each on its own turn of the event loop: the table, then its first rows.
        window.ensure_tracker()

        def preview() -> None:
            settings = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
            reading = window.start_preview(data_dir, settings)

            def when_read() -> None:
                if not reading.finished():
                    QTimer.singleShot(10, when_read)
                    return
                reading.show()
                QTimer.singleShot(0, lambda: _open_into(window, data_dir, contexts))

            when_read()

        QTimer.singleShot(0, preview)

    # Open the database after the first frame has been painted (or after a second at most,
    # should the window be hidden from the start).
    window.firstPainted.connect(open_data)
    QTimer.singleShot(1000, open_data)
    from nextmove.ui.terminate import quit_on_terminate

    quit_on_terminate(app)
    code = app.exec()
    _close_data(contexts)
    shutdown(window)
    _release(lock, data_dir)
    return code


def _claim_for_command(data_dir: Path, args: argparse.Namespace) -> QLockFile | int:
    """The data folder's lock for a command that writes, or the exit code when it is taken.

    The window holds this lock while it runs: a command writing behind its back would leave
    the window showing stale rows and reusing ids it believes are free. The same QLockFile as
    the window's, so a lock left by a killed process is reclaimed the same way. Whoever takes
    it says who they are, so a refusal can tell the window from another command.
    """
    from nextmove import cli
    from nextmove.storage.faults import read_only_folder, writable
    from nextmove.storage.holder import COMMAND, write_holder
    from nextmove.storage.layout import DataPaths
    from nextmove.storage.permissions import private_lock

    paths = DataPaths(data_dir)
    try:
        paths.create()
    except OSError as error:
        return cli.fail(cli.describe_folder_error(data_dir, error), cli.EXIT_FAILED)
    lock = QLockFile(str(paths.lock))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        private_lock(paths.lock)
        write_holder(paths, COMMAND, cli.command_name(args))
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return cli.fail(_refusal(paths, lock, args), cli.EXIT_FAILED)
    if not writable(data_dir):
        return cli.fail(str(read_only_folder(data_dir)), cli.EXIT_FAILED)
    return cli.fail(f"could not lock the data folder {data_dir}; check that you may write to it")


def _refusal(paths: DataPaths, lock: QLockFile, args: argparse.Namespace) -> str:
    """The window or another command holds the folder: say which."""
    from nextmove import cli
    from nextmove.storage.holder import COMMAND, read_holder

    pid = lock.getLockInfo()[0]  # (pid, host name, app name); pid 0 when unreadable
    holder = read_holder(paths, pid) if pid else None
    if holder is not None and holder.kind == COMMAND:
        return cli.command_is_running(holder.command)
    return cli.app_is_open(args)


def _release(lock: QLockFile, data_dir: Path) -> None:
    from nextmove.storage.holder import clear_holder
    from nextmove.storage.layout import DataPaths

    clear_holder(DataPaths(data_dir))
    lock.unlock()


def main(argv: list[str], *, gui: bool = True) -> int:
    """Run a command, or the app; `gui=False` (`nextmove-cli`) prints help instead of the app."""
    from nextmove import cli, logs

    logs.setup()
    parser = cli.build_parser()
    args = parser.parse_args(argv)
    logs.setup(verbose=args.verbose)
    if not gui and not args.command and not args.self_test:
        parser.print_help()
        return 0
    data_dir: Path = args.data_dir or cli.default_data_dir()
    args.data_dir = data_dir
    if args.self_test:
        from nextmove.selftest import run_self_test

        return run_self_test(build, shutdown, lang=args.lang)
    if args.command:
        if not getattr(args, "writes", False) or getattr(args, "dry_run", False):
            return cli.run(args)
        claimed = _claim_for_command(data_dir, args)
        if isinstance(claimed, int):
            return claimed
        try:
            return cli.run(args)
        finally:
            _release(claimed, data_dir)
    return run_gui(data_dir, args.lang)
