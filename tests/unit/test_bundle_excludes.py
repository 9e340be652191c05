"""What the installer leaves out must be something the app never imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SPEC = Path(__file__).resolve().parents[2] / "packaging" / "nextmove.spec"


def test_checking_addresses_loads_no_dns_so_the_bundle_leaves_dnspython_out() -> None:
    code = (
        "import sys\n"
        "from nextmove.domain.addresses import normalize_address\n"
        "from nextmove.domain.contact import normalise_email\n"
        "normalize_address('to', 'ann@example.org')\n"
        "normalise_email('Ann@Example.org')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'dns'}),"
        " 'email_validator.deliverability' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["[]", "False"]
    spec = SPEC.read_text(encoding="utf-8")
    assert '"dns",' in spec
    assert '"email_validator.deliverability",' in spec
