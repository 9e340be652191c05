"""The language of the menus and windows: chosen once at start, before the first widget.

The command line (`--lang fr`) wins for that run; then the preference stored in settings.ini
(`display/language`); then the operating system's language (QLocale.system(), so
`LANG=de_DE.UTF-8` gives German). A language that does not ship falls back to English.

English has a catalogue too: the source texts of counted messages are their plural forms
("%n emails sent."), and nextmove_en.qm supplies the singular ("%n email sent."). It is always
installed first, so any language falls back to correct English. Qt's own qtbase catalogue
translates its standard buttons and dialogs (OK, Cancel, the file dialog).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from nextmove.resources import resources_root

# settings.ini key of the chosen language: SYSTEM (the default) or a code of LANGUAGES.
KEY = "display/language"
SYSTEM = "system"
ENGLISH = "en"
# The languages that ship, each named in its own language (how people look for theirs).
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("es", "Español"),
)
CODES = frozenset(code for code, _name in LANGUAGES)

_installed: list[QTranslator] = []  # kept alive: Qt holds only a pointer


def normalize(value: str | None) -> str | None:
    """A shipped language code from "de", "de_DE.UTF-8" or "fr-CA"; None for anything else."""
    if not value:
        return None
    code = value.strip().replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in CODES else None


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's UI languages that ships, else English."""
    locale = locale if locale is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = normalize(name)
        if code is not None:
            return code
    return ENGLISH


def stored_language(settings: QSettings) -> str:
    """The preference: SYSTEM or a shipped code (SYSTEM for anything unreadable)."""
    value = str(settings.value(KEY, SYSTEM) or SYSTEM)
    return normalize(value) or SYSTEM


def choose(command_line: str | None, stored: str, locale: QLocale | None = None) -> str:
    """The language for this run: the command line's, the preference, or the system's."""
    return normalize(command_line) or normalize(stored) or system_language(locale)


def translations_folder() -> Path:
    return resources_root() / "translations"


def _qt_folders() -> list[Path]:
    """Where Qt's own qtbase_xx.qm may be: Qt's folder as Qt reports it, then PySide6's own
    (where the installer bundle keeps it)."""
    import PySide6

    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).resolve().parent / "Qt" / "translations",
    ]


def install(code: str, app: QCoreApplication | None = None) -> list[str]:
    """Load the catalogues for `code` (replacing any installed before); returns the files
    loaded, for the log. A missing catalogue leaves that part in English."""
    app = app if app is not None else QCoreApplication.instance()
    if app is None:
        return []
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    # Installed later is asked first: English's singulars are the last resort.
    candidates = [[translations_folder() / f"nextmove_{ENGLISH}.qm"]]
    if code != ENGLISH:
        candidates.append([folder / f"qtbase_{code}.qm" for folder in _qt_folders()])
        candidates.append([translations_folder() / f"nextmove_{code}.qm"])
    loaded: list[str] = []
    for paths in candidates:
        for path in paths:  # the first of these that loads
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(str(path))
                break
            translator.deleteLater()
    # Dates and numbers follow a language chosen over the system's; otherwise the system's.
    system = QLocale.system()
    own = code == ENGLISH or normalize(system.name()) == code
    QLocale.setDefault(system if own else QLocale(code))
    return loaded


def installed() -> bool:
    """Whether any catalogue is installed (English's at least, once `install` ran)."""
    return bool(_installed)


def current() -> str:
    """The language installed last (English before any is)."""
    for translator in reversed(_installed):
        code = normalize(translator.language())
        if code is not None and code != ENGLISH:
            return code
    return ENGLISH
