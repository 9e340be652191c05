"""A real Dovecot IMAP server on 127.0.0.1 for tests and benchmarks.

Started from its own configuration in a temporary folder (never the system service), with a
self-signed certificate, one password for every user (a static passdb, so a test can
add a user at any moment) and one Maildir per user seeded from `.eml`
files. `doveadm` answers what a test needs to know from the server's side: each message's
flags, and a new UIDVALIDITY. Dovecot's rawlog records every command a client sent after
signing in, so tests can prove the app only ever sent read-only ones. Given an OAuth
provider's token introspection address, it also takes XOAUTH2 and OAUTHBEARER, its `oauth2`
passdb asking the provider about every token (password users sign in as before).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import threading
import time
import uuid
from pathlib import Path

DOVECOT = "/usr/sbin/dovecot"
DOVEADM = "/usr/bin/doveadm"
PASSWORD = "pässwörd-Ω-42"  # not ASCII: proves the UTF-8 sign-in


def unavailable() -> str | None:
    """Why Dovecot cannot be used here, or None."""
    if not (os.path.exists(DOVECOT) and os.path.exists(DOVEADM)):
        return "Dovecot is not installed (Debian package dovecot-imapd)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("dovecot")
        except KeyError:
            return "the dovecot system user is missing (reinstall dovecot-core)"
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Dovecot:
    def __init__(self, root: Path, cert: Path, key: Path, *, introspection_url: str = "") -> None:
        self.root = root
        # With an OAuth provider's token introspection address, users may also sign in with
        # XOAUTH2 or OAUTHBEARER; Dovecot's oauth2 passdb asks the provider about each token.
        self.introspection_url = introspection_url
        self.cert = cert
        self.key = key
        self.imaps_port = _free_port()
        self.imap_port = _free_port()
        self.config = root / "dovecot.conf"
        if os.geteuid() == 0:
            entry = pwd.getpwnam("dovecot")
            self.uid, self.gid, self.user = entry.pw_uid, entry.pw_gid, "dovecot"
        else:
            entry = pwd.getpwuid(os.getuid())
            self.uid, self.gid, self.user = os.getuid(), os.getgid(), entry.pw_name

    @classmethod
    def in_temporary_folder(cls, cert: Path, key: Path, *, introspection_url: str = "") -> Dovecot:
        """A server under its own folder in /tmp that Dovecot's unprivileged users can enter
        (pytest's temporary folders are private to the user running the tests)."""
        import tempfile

        root = Path(tempfile.mkdtemp(prefix="nextmove-dovecot-"))
        root.chmod(0o711)
        return cls(root, cert, key, introspection_url=introspection_url)

    def _write_config(self) -> None:
        root = self.root
        (root / "run").mkdir(parents=True, exist_ok=True)
        (root / "state").mkdir(exist_ok=True)
        (root / "home").mkdir(exist_ok=True)
        non_root = ""
        if os.geteuid() != 0:
            non_root = (
                f"default_internal_user = {self.user}\n"
                f"default_internal_group = {pwd.getpwuid(os.getuid()).pw_name}\n"
                f"default_login_user = {self.user}\n"
            )
        mechanisms, oauth, password_only = "plain login", "", ""
        if self.introspection_url:
            mechanisms = "plain login xoauth2 oauthbearer"
            # `none`: the userdb's lookups (doveadm) still find every user.
            password_only = "  mechanisms = plain login none\n"
            (root / "oauth2.conf").write_text(
                f"introspection_mode = post\n"
                f"introspection_url = {self.introspection_url}\n"
                "force_introspection = yes\n"
                "username_attribute = username\n"
                "active_attribute = active\n"
                "active_value = true\n"
                "timeout_msecs = 10000\n",
                encoding="utf-8",
            )
            oauth = (
                "passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                f"  args = {root}/oauth2.conf\n}}\n"
            )
        self.config.write_text(
            f"""base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{self.cert}
ssl_key = <{self.key}
disable_plaintext_auth = yes
auth_mechanisms = {mechanisms}
auth_failure_delay = 0
login_trusted_networks = 127.0.0.0/8
passdb {{
  driver = static
{password_only}  args = password={PASSWORD}
}}
{oauth}userdb {{
  driver = static
  args = uid={self.uid} gid={self.gid} home={root}/home/%u
}}
mail_location = maildir:~/Maildir
first_valid_uid = 1
{non_root}service imap-login {{
  inet_listener imap {{
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    port = {self.imaps_port}
    ssl = yes
  }}
}}
service imap {{
  executable = imap postlogin
}}
service postlogin {{
  executable = script-login -d rawlog
  unix_listener postlogin {{
  }}
}}
""",
            encoding="utf-8",
        )

    def start(self) -> Dovecot:
        self._write_config()
        # No inherited stdout/stderr: the daemon would hold the caller's pipes open.
        subprocess.run(
            [DOVECOT, "-c", str(self.config)],
            check=True,
            timeout=30,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.imaps_port), timeout=1):
                    return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"Dovecot did not start: {self.log()}")

    def stop(self, *, wait: bool = False) -> None:
        """SIGTERM to the master process; its children follow it on their own (waiting for
        them takes Dovecot ~2.5 s, which nothing but a restart on the same ports needs)."""
        import signal

        try:
            pid = int((self.root / "run" / "master.pid").read_text().strip())
            os.kill(pid, signal.SIGTERM)
        except (OSError, ValueError):
            return
        if not wait:
            return
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except OSError:
                return
            time.sleep(0.02)

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    # -- users and mail --------------------------------------------------------------------

    def add_user(self, name: str | None = None) -> str:
        """A new user with an empty Maildir (each test gets its own)."""
        name = name or f"u{uuid.uuid4().hex[:10]}"
        maildir = self.maildir(name)
        for sub in ("new", "cur", "tmp"):
            (maildir / sub).mkdir(parents=True, exist_ok=True)
        (self.root / "home" / name / "dovecot.rawlog").mkdir(exist_ok=True)
        self._own(self.root / "home" / name)
        return name

    def maildir(self, user: str) -> Path:
        return self.root / "home" / user / "Maildir"

    def deliver(self, user: str, messages: list[bytes]) -> None:
        """Put messages in the user's INBOX as a mail server would (Maildir/new)."""
        folder = self.maildir(user)
        stamp = time.time()
        for number, raw in enumerate(messages):
            name = f"{int(stamp)}.M{number}P{os.getpid()}R{uuid.uuid4().hex[:8]}.nextmove-test"
            tmp = folder / "tmp" / name
            tmp.write_bytes(raw.replace(b"\r\n", b"\n"))
            os.chown(tmp, self.uid, self.gid)
            tmp.rename(folder / "new" / name)

    def _own(self, path: Path) -> None:
        if os.geteuid() != 0:
            return
        for place, dirs, files in os.walk(path):
            os.chown(place, self.uid, self.gid)
            for item in dirs + files:
                os.chown(os.path.join(place, item), self.uid, self.gid)

    def doveadm(self, *args: str) -> str:
        done = subprocess.run(
            [DOVEADM, "-c", str(self.config), *args],
            check=True,
            timeout=60,
            capture_output=True,
            text=True,
        )
        return done.stdout

    def flags(self, user: str) -> dict[int, str]:
        """UID -> the message's flags, as the server holds them."""
        out = self.doveadm("fetch", "-u", user, "uid flags", "mailbox", "INBOX", "all")
        result: dict[int, str] = {}
        uid = None
        for line in out.splitlines():
            if line.startswith("uid: "):
                uid = int(line[5:])
            elif line.startswith("flags:") and uid is not None:
                result[uid] = line[6:].strip()
        return result

    def count(self, user: str) -> int:
        out = self.doveadm("mailbox", "status", "-u", user, "messages", "INBOX")
        return int(out.split("=")[1])

    def set_uidvalidity(self, user: str, value: int) -> None:
        self.doveadm("mailbox", "update", "-u", user, "--uid-validity", str(value), "INBOX")

    def commands(self, user: str) -> list[str]:
        """Every command the user's clients sent after signing in (from Dovecot's rawlog)."""
        folder = self.root / "home" / user / "dovecot.rawlog"
        names: list[str] = []
        for path in sorted(folder.glob("*.in")):
            for line in path.read_text(errors="replace").splitlines():
                parts = line.split()
                if len(parts) >= 2 and not line.startswith(" "):
                    verb = parts[1].upper()
                    if verb == "UID" and len(parts) >= 3:
                        verb = f"UID {parts[2].upper()}"
                    names.append(verb)
        return names

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


class DroppingProxy:
    """A TCP relay to the server that cuts every connection after `cut_after` bytes from the
    server: the network dropping in the middle of a fetch, with the real server behind it."""

    def __init__(self, target_port: int, cut_after: int) -> None:
        self.target_port = target_port
        self.cut_after = cut_after
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self.cuts = 0
        self._closing = False
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> DroppingProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._closing = True
        self._listener.close()

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target_port))
            threading.Thread(target=self._pipe, args=(client, server, False), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, True), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, counted: bool) -> None:
        sent = 0
        try:
            while True:
                data = source.recv(4096)
                if not data:
                    break
                if counted and sent + len(data) > self.cut_after:
                    sink.sendall(data[: max(0, self.cut_after - sent)])
                    self.cuts += 1
                    break
                sink.sendall(data)
                sent += len(data)
        except OSError:
            pass
        for end in (source, sink):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
            end.close()
