"""Build Next Move for the current operating system: `python packaging/build.py`.

Everything lands in `dist/`:
- Linux: the onedir bundle `dist/nextmove/`, `nextmove_<version>_<arch>.deb` and
  `nextmove-<version>-linux-<arch>.tar.gz`;
- Windows: the bundle and `NextMove-<version>-setup.exe` (Inno Setup 6, per-user, no admin);
- macOS: `Next Move.app` and `NextMove-<version>.dmg`, signed and notarized when the signing
  secrets are in the environment (see `sign_and_notarize`).

Run it with the project's virtual environment (`.venv/bin/python packaging/build.py`); PyInstaller
comes with the dev dependencies. Only the standard library is imported here.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"
APP_ID = "io.github.nextmove.NextMove"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DEB_DEPENDS_FALLBACK = "libc6, libgl1, libegl1, libxcb1, libfontconfig1"


def say(message: str) -> None:
    print(f"build: {message}", flush=True)


def version() -> str:
    text = (ROOT / "desktop" / "nextmove" / "_version.py").read_text(encoding="utf-8")
    match = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    if match is None:
        raise SystemExit("build: no __version__ in desktop/nextmove/_version.py")
    return match.group(1)


def run(*args: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> None:
    command = [str(arg) for arg in args]
    if subprocess.call(command, cwd=cwd, env=env) != 0:
        raise SystemExit(f"build: failed: {' '.join(command)}")


CLIENT_IDS_FILE = ROOT / "desktop" / "nextmove" / "mail" / "_client_ids_built.py"


def write_client_ids() -> None:
    """Build in the OAuth client ids the release workflow's secrets provide
    (NEXTMOVE_MICROSOFT_CLIENT_ID, NEXTMOVE_GOOGLE_CLIENT_ID); without them none is built in
    and each person sets their own (see the README)."""
    ids = {
        key: os.environ.get(f"NEXTMOVE_{key.upper()}_CLIENT_ID", "").strip()
        for key in ("microsoft", "google")
    }
    ids = {key: value for key, value in ids.items() if value}
    CLIENT_IDS_FILE.unlink(missing_ok=True)
    if not ids:
        say("notice: no OAuth client ids in the environment; none built in")
        return
    CLIENT_IDS_FILE.write_text(
        f'"""Written by packaging/build.py from the release secrets."""\n\nCLIENT_IDS = {ids!r}\n',
        encoding="utf-8",
    )
    say(f"built in OAuth client ids for: {', '.join(sorted(ids))}")


def compile_translations() -> None:
    """The app's .qm catalogues from the .ts sources (the bundle ships only the .qm)."""
    folder = Path(sys.executable).parent
    lrelease = folder / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease")
    program = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    if program is None:
        raise SystemExit("build: pyside6-lrelease not found (it comes with PySide6)")
    sources = sorted((ROOT / "resources" / "translations").glob("nextmove_*.ts"))
    for source in sources:
        run(program, "-silent", source, "-qm", source.with_suffix(".qm"))
    say(f"compiled {len(sources)} translation catalogues")


def pyinstaller(dist: Path, work: Path) -> None:
    """The onedir bundle (and on macOS the .app) from packaging/nextmove.spec."""
    say("PyInstaller")
    started = time.monotonic()
    run(
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        dist,
        "--workpath",
        work,
        PACKAGING / "nextmove.spec",
    )
    for link in (dist / "nextmove").rglob("*"):
        if link.is_symlink() and not link.exists():  # pointed at a library the spec left out
            link.unlink()
    say(f"bundle ready in {time.monotonic() - started:.0f} s")


# ---------------------------------------------------------------------------------------------
# Linux


def deb_architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def deb_depends(bundle: Path) -> str:
    """The Debian packages owning the system libraries the bundle expects (libc, GL...)."""
    if shutil.which("dpkg-query") is None:
        return DEB_DEPENDS_FALLBACK
    bundled = {path.name for path in bundle.rglob("*")}
    outside: set[str] = set()
    for binary in elf_files(bundle):
        output = subprocess.run(
            ["ldd", str(binary)], capture_output=True, text=True, check=False
        ).stdout
        for match in re.finditer(r"^\s*(\S+) => (/\S+)", output, re.MULTILINE):
            if match.group(1) not in bundled:
                outside.add(os.path.realpath(match.group(2)))
    packages: set[str] = set()
    for path in sorted(outside):
        owner = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True, check=False)
        if owner.returncode != 0:  # merged /usr: the database may list /lib/... instead
            alt = re.sub(r"^/usr", "", path)
            owner = subprocess.run(["dpkg", "-S", alt], capture_output=True, text=True, check=False)
        if owner.returncode == 0:
            packages.add(owner.stdout.split(":", 1)[0].split(",")[0].strip())
    return ", ".join(sorted(packages)) or DEB_DEPENDS_FALLBACK


def stage_deb(bundle: Path, stage: Path, app_version: str, arch: str) -> None:
    """Lay out the package tree: /opt/nextmove, /usr/bin/nextmove, desktop entry, icons."""
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(bundle, stage / "opt" / "nextmove", symlinks=True)
    usr_bin = stage / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    (usr_bin / "nextmove").symlink_to("../../opt/nextmove/nextmove")
    share = stage / "usr" / "share"
    applications = share / "applications"
    applications.mkdir(parents=True)
    shutil.copy2(RESOURCES / "linux" / f"{APP_ID}.desktop", applications)
    metainfo = share / "metainfo"
    metainfo.mkdir(parents=True)
    shutil.copy2(RESOURCES / "linux" / f"{APP_ID}.metainfo.xml", metainfo)
    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(RESOURCES / "icons" / f"nextmove-{size}.png", folder / "nextmove.png")
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(RESOURCES / "icons" / "nextmove.svg", scalable / "nextmove.svg")
    doc = share / "doc" / "nextmove"
    doc.mkdir(parents=True)
    (doc / "README.Debian").write_text(
        "Next Move keeps your data in ~/.local/share/nextmove (or $XDG_DATA_HOME/nextmove).\n"
        "Removing or purging the package leaves that folder alone; delete it yourself to\n"
        "remove your applications, reflections and outbox. Mail passwords live in the\n"
        "desktop keyring (Secret Service) under the service name 'nextmove'.\n",
        encoding="utf-8",
    )
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: Next Move\n\nFiles: *\nCopyright: The Next Move developers\n"
        "License: MIT\n",
        encoding="utf-8",
    )
    for path in stage.rglob("*"):
        if not path.is_symlink():
            executable = path.is_dir() or os.access(path, os.X_OK)
            path.chmod(0o755 if executable else 0o644)
    size_kb = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink())
    control = stage / "DEBIAN"
    control.mkdir()
    control.chmod(0o755)
    (control / "control").write_text(
        f"""Package: nextmove
Version: {app_version}
Architecture: {arch}
Maintainer: Next Move developers <nextmove@users.noreply.github.com>
Installed-Size: {size_kb // 1024}
Depends: {deb_depends(bundle)}
Recommends: gnome-keyring | kwalletmanager
Section: utils
Priority: optional
Homepage: https://github.com/nextmove/nextmove
Description: job-application tracker that helps you bounce back from rejections
 Next Move keeps your job applications in one place, walks you through a
 rejection step by step, and sends thank-you and feedback-request emails from
 your own mail account, with the password kept in the desktop keyring.
 .
 Your data stays in ~/.local/share/nextmove; uninstalling keeps it.
""",
        encoding="utf-8",
    )
    (control / "control").chmod(0o644)


def build_deb(bundle: Path, dist: Path, work: Path, app_version: str, *, fast: bool) -> Path:
    """xz makes the smallest package (the release); gzip -1 is ~10x quicker (the test suite)."""
    arch = deb_architecture()
    stage = work / "deb-root"
    say("staging the .deb")
    stage_deb(bundle, stage, app_version, arch)
    target = dist / f"nextmove_{app_version}_{arch}.deb"
    compression = ["-Zgzip", "-z1"] if fast else ["-Zxz"]
    run("dpkg-deb", "--build", "--root-owner-group", *compression, stage, target)
    shutil.rmtree(stage, ignore_errors=True)
    return target


def build_targz(bundle: Path, dist: Path, app_version: str) -> Path:
    """The same bundle as a tarball for distributions without dpkg: unpack and run."""
    arch = deb_architecture() if shutil.which("dpkg") else os.uname().machine
    target = dist / f"nextmove-{app_version}-linux-{arch}.tar.gz"
    top = f"nextmove-{app_version}"
    say(f"writing {target.name}")
    with tarfile.open(target, "w:gz", compresslevel=9) as archive:
        archive.add(bundle, arcname=top)
        archive.add(RESOURCES / "linux" / f"{APP_ID}.desktop", arcname=f"{top}/{APP_ID}.desktop")
        archive.add(RESOURCES / "icons" / "nextmove.svg", arcname=f"{top}/nextmove.svg")
    return target


# ---------------------------------------------------------------------------------------------
# Windows


def find_iscc() -> str | None:
    candidates = [
        shutil.which("iscc"),
        shutil.which("ISCC"),
        *(
            str(Path(os.environ.get(var, ""), "Inno Setup 6", "ISCC.exe"))
            for var in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA")
        ),
    ]
    return next((c for c in candidates if c and Path(c).is_file()), None)


def build_windows_installer(bundle: Path, dist: Path, app_version: str) -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        say("notice: Inno Setup 6 (ISCC.exe) not found; the installer was not built")
        return None
    run(
        iscc,
        f"/DAppVersion={app_version}",
        f"/DSourceDir={bundle}",
        f"/DOutputDir={dist}",
        f"/DIconFile={RESOURCES / 'icons' / 'nextmove.ico'}",
        PACKAGING / "windows" / "nextmove.iss",
    )
    return dist / f"NextMove-{app_version}-setup.exe"


# ---------------------------------------------------------------------------------------------
# macOS

SIGNING_VARS = ("NEXTMOVE_CODESIGN_IDENTITY",)
NOTARY_VARS = ("NEXTMOVE_NOTARY_APPLE_ID", "NEXTMOVE_NOTARY_PASSWORD", "NEXTMOVE_NOTARY_TEAM_ID")


def sign_app(app: Path) -> bool:
    """Sign the .app with a Developer ID identity (hardened runtime, needed for notarization)."""
    if not all(os.environ.get(var) for var in SIGNING_VARS):
        say("notice: NEXTMOVE_CODESIGN_IDENTITY is not set; the app is not code-signed")
        return False
    run(
        "codesign",
        "--force",
        "--deep",
        "--options",
        "runtime",
        "--timestamp",
        "--entitlements",
        PACKAGING / "macos" / "entitlements.plist",
        "--sign",
        os.environ["NEXTMOVE_CODESIGN_IDENTITY"],
        app,
    )
    run("codesign", "--verify", "--strict", "--verbose=2", app)
    return True


def notarize(dmg: Path) -> None:
    if not all(os.environ.get(var) for var in NOTARY_VARS):
        say(f"notice: {', '.join(NOTARY_VARS)} not all set; the .dmg is not notarized")
        return
    run(
        "xcrun",
        "notarytool",
        "submit",
        dmg,
        "--apple-id",
        os.environ["NEXTMOVE_NOTARY_APPLE_ID"],
        "--password",
        os.environ["NEXTMOVE_NOTARY_PASSWORD"],
        "--team-id",
        os.environ["NEXTMOVE_NOTARY_TEAM_ID"],
        "--wait",
    )
    run("xcrun", "stapler", "staple", dmg)


def build_dmg(dist: Path, work: Path, app_version: str) -> Path:
    app = dist / "Next Move.app"
    signed = sign_app(app)
    stage = work / "dmg"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copytree(app, stage / app.name, symlinks=True)
    (stage / "Applications").symlink_to("/Applications")
    target = dist / f"NextMove-{app_version}.dmg"
    target.unlink(missing_ok=True)
    run(
        "hdiutil",
        "create",
        "-volname",
        "Next Move",
        "-srcfolder",
        stage,
        "-ov",
        "-format",
        "UDZO",
        target,
    )
    if signed:
        run("codesign", "--sign", os.environ["NEXTMOVE_CODESIGN_IDENTITY"], "--timestamp", target)
        notarize(target)
    else:
        say("notice: notarization skipped because the app is not signed")
    return target


# ---------------------------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    parser.add_argument(
        "--bundle-only", action="store_true", help="stop after the PyInstaller bundle"
    )
    parser.add_argument(
        "--fast", action="store_true", help="Linux: quick, larger .deb compression for tests"
    )
    parser.add_argument(
        "--skip-targz", action="store_true", help="Linux: build the .deb but not the .tar.gz"
    )
    args = parser.parse_args(argv)
    dist: Path = args.dist.resolve()
    work: Path = args.work.resolve()
    dist.mkdir(parents=True, exist_ok=True)
    app_version = version()
    write_client_ids()
    compile_translations()
    try:
        pyinstaller(dist, work)
    finally:
        CLIENT_IDS_FILE.unlink(missing_ok=True)  # never left behind in the source tree
    bundle = dist / "nextmove"
    outputs = [bundle]
    if args.bundle_only:
        pass
    elif sys.platform.startswith("linux"):
        if shutil.which("dpkg-deb") is None:
            say("notice: dpkg-deb not found (not a Debian-family system); no .deb built")
        else:
            outputs.append(build_deb(bundle, dist, work, app_version, fast=args.fast))
        if not args.skip_targz:
            outputs.append(build_targz(bundle, dist, app_version))
    elif sys.platform == "win32":
        installer = build_windows_installer(bundle, dist, app_version)
        outputs += [installer] if installer else []
    elif sys.platform == "darwin":
        outputs.append(build_dmg(dist, work, app_version))
    for output in outputs:
        say(f"built {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
