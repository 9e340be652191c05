"""The frozen app's entry point: the same `main()` the `nextmove` launcher runs from source."""

from nextmove.__main__ import main

if __name__ == "__main__":
    main()
