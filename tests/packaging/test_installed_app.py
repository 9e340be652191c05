"""The installed .deb works like the app a user gets: the frozen `nextmove` from /usr/bin.

One build and one install serve every test here (see conftest.py). Each test runs the installed
launcher as a separate process, the way a desktop or a script would, and any line on stderr
that is not on the short known-harmless list fails it.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from nextmove._version import __version__
from tests.packaging.conftest import Build, Installed, install_deb
from tests.smtp_server import USERNAME, SmtpServer, make_certificate
from tests.xserver import grab_screen, private_display

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(600)]

APP_ID = "io.github.nextmove.NextMove"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"

# stderr lines a healthy installed app may print, and why they are harmless.
HARMLESS_STDERR = (
    # Xvfb has no window manager, so Qt cannot ask one to raise or resize the window.
    re.compile(r"This plugin does not support (raise|propagateSizeHints)"),
)


def _keyring_problem() -> str | None:
    try:
        from keyring.backends import SecretService

        backend = SecretService.Keyring()
        if backend.priority < 1:
            return "no Secret Service"
        backend.get_password("nextmove", "probe")
    except Exception as error:
        return type(error).__name__
    return None


needs_keyring = pytest.mark.skipif(
    _keyring_problem() is not None,
    reason="needs a Secret Service keyring: run the suite with `python3 dev.py test`",
)


def unexpected_stderr(stderr: str) -> list[str]:
    return [
        line
        for line in stderr.splitlines()
        if line.strip() and not any(pattern.search(line) for pattern in HARMLESS_STDERR)
    ]


def app_env(**extra: str) -> dict[str, str]:
    """The test session's environment (private D-Bus and keyring, temporary HOME), offscreen."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PYTEST"))}
    env.update(QT_QPA_PLATFORM="offscreen")
    env.update(extra)
    return env


def run_app(
    installed: Installed, *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(installed.launcher), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env or app_env(),
    )
    assert unexpected_stderr(result.stderr) == [], result.stderr
    return result


# --- the package itself ------------------------------------------------------------------------


def test_the_deb_installs_the_app_launcher_menu_entry_icons_and_metainfo(
    build: Build, installed: Installed
) -> None:
    info = subprocess.run(
        ["dpkg-deb", "--field", str(build.deb), "Package", "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: nextmove" in info
    assert f"Version: {__version__}" in info
    listed = set(installed.dpkg("-L", "nextmove").stdout.split())
    expected = {
        "/opt/nextmove/nextmove",
        "/usr/bin/nextmove",
        f"/usr/share/applications/{APP_ID}.desktop",
        f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
        "/usr/share/icons/hicolor/scalable/apps/nextmove.svg",
        "/usr/share/doc/nextmove/copyright",
        *(f"/usr/share/icons/hicolor/{s}x{s}/apps/nextmove.png" for s in ICON_SIZES),
    }
    assert expected <= listed, sorted(expected - listed)
    assert installed.launcher.resolve() == installed.root / "opt" / "nextmove" / "nextmove"
    app_files = list((installed.root / "opt" / "nextmove").rglob("*"))
    assert [p for p in app_files if p.is_symlink() and not p.exists()] == []
    # The libraries left to the system are ones this Debian actually provides.
    depends = re.search(r"^Depends: (.*)$", info, re.MULTILINE)
    assert depends is not None
    for package in (p.strip() for p in depends.group(1).split(",")):
        status = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True
        )
        assert status.stdout.endswith("installed"), f"{package}: {status.stdout or status.stderr}"


def test_the_desktop_entry_and_metainfo_validate(installed: Installed) -> None:
    share = installed.root / "usr" / "share"
    desktop = subprocess.run(
        ["desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
    )
    assert desktop.returncode == 0, desktop.stdout
    assert desktop.stdout.strip() == "", desktop.stdout
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    appstream = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert appstream.returncode == 0, appstream.stdout + appstream.stderr
    newest = re.search(r'<release version="([^"]+)"', metainfo.read_text(encoding="utf-8"))
    assert newest is not None
    assert newest.group(1) == __version__, "add this version's <release> to the metainfo"


def write_applications_csv(path: Path) -> Path:
    path.write_text(
        "Company,Role,Status,Date Applied,Location\n"
        "Acme Robotics,Backend Engineer,Interview,2026-10-03,Berlin\n"
        "Globex,Data Analyst,Applied,2026-09-14,Remote\n"
        "Initech,Platform Engineer,Rejected,2026-08-30,Lisbon\n",
        encoding="utf-8",
    )
    return path


def test_removing_the_package_keeps_the_users_data_for_the_next_install(
    build: Build, tmp_path: Path
) -> None:
    second = install_deb(build.deb, tmp_path / "root")
    data_dir = tmp_path / "home" / "data"
    csv_file = write_applications_csv(tmp_path / "a.csv")
    imported = run_app(second, "--data-dir", str(data_dir), "import", str(csv_file))
    assert imported.returncode == 0, imported.stdout
    removed = second.dpkg("--purge", "nextmove")
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not (second.root / "opt" / "nextmove").exists()
    assert not (second.root / "usr" / "bin" / "nextmove").exists()
    again = install_deb(build.deb, tmp_path / "root")
    exported = run_app(again, "--data-dir", str(data_dir), "export", str(tmp_path / "out.csv"))
    assert exported.returncode == 0, exported.stdout
    text = (tmp_path / "out.csv").read_text(encoding="utf-8")
    assert all(company in text for company in ("Acme Robotics", "Globex", "Initech"))
    shutil.rmtree(again.root)  # a second copy of the app: free the space now


# --- the installed app -------------------------------------------------------------------------


def test_version_is_the_projects_version(installed: Installed) -> None:
    result = run_app(installed, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Next Move {__version__}"


@pytest.mark.keyring
@needs_keyring
def test_self_test_passes_with_the_real_keyring_and_system_certificates(
    installed: Installed,
) -> None:
    result = run_app(installed, "--self-test", env=app_env(NEXTMOVE_SELFTEST_REQUIRE_KEYRING="1"))
    out = result.stdout
    assert result.returncode == 0, out
    assert "ok   qt platform: offscreen" in out
    assert re.search(r"^ok   database and main window: migrated to \d+", out, re.MULTILINE), out
    keyring_line = re.search(r"^ok   keyring backend: (.*)$", out, re.MULTILINE)
    assert keyring_line is not None, out
    assert "SecretService" in keyring_line.group(1)
    assert "round trip ok" in keyring_line.group(1)
    assert re.search(r"^ok   backup and restore: ", out, re.MULTILINE), out
    assert re.search(r"^ok   resources: \d+ found, [1-9]\d* email templates", out, re.M), out
    assert re.search(r"^ok   tls certificates: [1-9]\d* CA certificates", out, re.MULTILINE), out
    assert "FAIL" not in out


# A machine without the de_DE.UTF-8 locale generated (a build container) makes Qt say it fell
# back to C.UTF-8; the language is read from LANG all the same.
NO_GERMAN_LOCALE = re.compile(
    r"Detected locale|Qt depends on a UTF-8 locale|reconfigure your locale|more information"
)


def test_the_self_test_passes_in_german_and_the_menus_are_german(installed: Installed) -> None:
    result = subprocess.run(
        [str(installed.launcher), "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=app_env(LANG="de_DE.UTF-8", LC_ALL=""),
    )
    noise = [line for line in unexpected_stderr(result.stderr) if not NO_GERMAN_LOCALE.search(line)]
    assert noise == [], result.stderr
    out = result.stdout
    # English's, Qt's qtbase_de and Next Move's German: all three bundled.
    assert re.search(
        r"^ok   language: de, 3 catalogues loaded, File menu reads '&Datei'", out, re.M
    ), out
    assert "menus &Datei, &Bearbeiten, &Ansicht" in out, out
    french = run_app(installed, "--self-test", "--lang", "fr", env=app_env(LANG="C.UTF-8"))
    assert "menus &Fichier, É&dition, &Affichage" in french.stdout, french.stdout


def test_certificates_are_found_when_the_build_machines_folder_is_missing(
    installed: Installed, tmp_path: Path
) -> None:
    # On another distribution the places the bundled OpenSSL was built to read do not exist:
    # point both at nothing, and the app must still find the system's CA bundle.
    env = app_env(
        SSL_CERT_FILE=str(tmp_path / "no-such-file.pem"),
        SSL_CERT_DIR=str(tmp_path / "no-such-dir"),
    )
    result = run_app(installed, "--self-test", env=env)
    certs = re.search(r"^(ok|FAIL) +tls certificates: (.*)$", result.stdout, re.MULTILINE)
    assert certs is not None, result.stdout
    assert certs.group(1) == "ok", result.stdout


@pytest.mark.keyring
@needs_keyring
def test_the_installed_app_sends_an_email_over_starttls_with_auth(
    installed: Installed, tmp_path: Path
) -> None:
    cert, key = make_certificate(tmp_path / "tls")
    password = "installed-app-Pw-81"
    data_dir = tmp_path / "data"
    body = tmp_path / "body.txt"
    body.write_text("Thank you for your time last week.\n", encoding="utf-8")
    with SmtpServer(cert, key, mode="starttls") as server:
        server.behaviour.password = password
        added = run_app(
            installed,
            "--data-dir", str(data_dir),
            "accounts", "add", "--name", "Work", "--from", "sam@example.com",
            "--host", server.host, "--port", str(server.port), "--security", "starttls",
            "--username", USERNAME, "--ca-file", str(cert), "--password-stdin",
            stdin=password + "\n",
        )  # fmt: skip
        assert added.returncode == 0, added.stdout + added.stderr
        sent = run_app(
            installed,
            "--data-dir", str(data_dir),
            "send", "--account", "Work", "--to", "hiring@example.org",
            "--subject", "Thank you", "--body-file", str(body),
        )  # fmt: skip
        assert sent.returncode == 0, sent.stdout + sent.stderr
    assert len(server.received) == 1
    message = server.received[0].message
    assert message["Subject"] == "Thank you"
    assert server.received[0].recipients == ["hiring@example.org"]
    assert "Thank you for your time" in message.get_content()
    for output in (added.stdout, added.stderr, sent.stdout, sent.stderr):
        assert password not in output
    for stored in data_dir.rglob("*"):
        if stored.is_file():
            assert password.encode() not in stored.read_bytes(), stored


# --- the real window ---------------------------------------------------------------------------


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A private X server; yields its DISPLAY."""
    with private_display() as name:
        yield name


def window_ids(display: str, title: str) -> list[str]:
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree", "-display", display],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return re.findall(rf'^\s+(0x[0-9a-f]+) "{re.escape(title)}"', tree, re.MULTILINE)


@pytest.mark.parametrize("lang", ["", "de"])
def test_the_installed_app_opens_its_window_under_x11(
    installed: Installed, xvfb: str, tmp_path: Path, lang: str
) -> None:
    from PySide6.QtGui import QImage

    data = str(tmp_path / "data")
    csv_file = write_applications_csv(tmp_path / "a.csv")
    assert run_app(installed, "--data-dir", data, "import", str(csv_file)).returncode == 0
    env = app_env(QT_QPA_PLATFORM="xcb", DISPLAY=xvfb)
    language = ["--lang", lang] if lang else []
    app = subprocess.Popen(
        [str(installed.launcher), "--data-dir", data, *language],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not window_ids(xvfb, "Next Move") and time.monotonic() < deadline:
            assert app.poll() is None, app.communicate()[1]
            time.sleep(0.2)
        assert window_ids(xvfb, "Next Move"), "the main window never appeared"
        time.sleep(1.5)  # let the data folder open and the table paint
        SCREENSHOTS.mkdir(exist_ok=True)
        shot = SCREENSHOTS / f"installed-app-xvfb{'-' + lang if lang else ''}.png"
        grab_screen(xvfb, shot)
        assert app.poll() is None, "the app quit on its own"
    finally:
        app.send_signal(signal.SIGTERM)
        _, stderr = app.communicate(timeout=30)
    image = QImage(str(shot))
    assert not image.isNull()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, 400, 8)}
    assert len(colours) > 20, "the screenshot is nearly blank"
    assert unexpected_stderr(stderr) == [], stderr
