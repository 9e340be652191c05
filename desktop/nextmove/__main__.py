"""`python -m nextmove` and the `nextmove` launcher."""

from __future__ import annotations

import sys


def main() -> None:
    from nextmove.app import main as app_main

    sys.exit(app_main(sys.argv[1:]))


def cli_main() -> None:
    """`nextmove-cli`: the command line only; with no command it prints its help."""
    from nextmove.app import main as app_main

    sys.exit(app_main(sys.argv[1:], gui=False))


if __name__ == "__main__":
    main()
