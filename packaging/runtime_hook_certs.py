"""Runtime hook: let the frozen app's OpenSSL find the system's CA certificates.

The OpenSSL bundled by PyInstaller looks for certificates where the build machine keeps them.
On another Linux distribution or on macOS that folder may not exist, and every TLS connection
would then fail verification. When the default paths (or SSL_CERT_FILE / SSL_CERT_DIR, if set)
hold nothing, point OpenSSL at the first CA bundle the system has.
"""

from __future__ import annotations

import os
import ssl
import sys

_CA_BUNDLES = (
    "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu, Arch, Gentoo
    "/etc/pki/tls/certs/ca-bundle.crt",  # Fedora, RHEL
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",  # Fedora, RHEL (newer)
    "/etc/ssl/ca-bundle.pem",  # openSUSE
    "/etc/ssl/cert.pem",  # macOS, Alpine
    "/usr/local/etc/openssl/cert.pem",  # Homebrew OpenSSL
)


def _has_default_certificates() -> bool:
    paths = ssl.get_default_verify_paths()
    if paths.cafile and os.path.isfile(paths.cafile):
        return True
    return bool(paths.capath and os.path.isdir(paths.capath) and os.listdir(paths.capath))


def _point_openssl_at_system_bundle() -> None:
    if sys.platform == "win32" or _has_default_certificates():  # Windows: its own store
        return
    for bundle in _CA_BUNDLES:
        if os.path.isfile(bundle):
            os.environ["SSL_CERT_FILE"] = bundle
            return


_point_openssl_at_system_bundle()
