"""`python -m nextmove` and the `nextmove` launcher."""

from __future__ import annotations

import sys


def main() -> None:
    argv = sys.argv[1:]
    code = _reading_command(argv)
    if code is None:
        from nextmove.app import main as app_main

        code = app_main(argv)
    sys.exit(code)


def _reading_command(argv: list[str]) -> int | None:
    """Run a command that changes nothing (export, list, a dry run) before Qt is imported:
    it takes no lock, so it needs nothing of the app's (as `app.main` would run it). None
    for everything else, which `app.main` handles."""
    from nextmove import cli, logs

    logs.setup()
    args = cli.build_parser().parse_args(argv)
    if args.self_test or not args.command:
        return None
    if getattr(args, "writes", False) and not getattr(args, "dry_run", False):
        return None
    args.data_dir = args.data_dir or cli.default_data_dir()
    return cli.run(args)


def cli_main() -> None:
    """`nextmove-cli`: the command line only; with no command it prints its help."""
    from nextmove.app import main as app_main

    sys.exit(app_main(sys.argv[1:], gui=False))


if __name__ == "__main__":
    main()
