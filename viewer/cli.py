"""Command line of `main.py`.

    python main.py                      open the viewer
    python main.py OLD NEW              open the viewer on a comparison
    python main.py compare OLD NEW      print the comparison (headless, never imports Qt)
    python main.py outline FILE         print a letter's outline

Exit status: 0 fine, 2 usage error, 3 unreadable input, 4 output could not be written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from viewer import APP_NAME, __version__

EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_OUTPUT = 4


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # one line on stderr and status 2, no usage dump
        sys.stderr.write(f"{self.prog}: {message}\n")
        sys.exit(EXIT_USAGE)


def _outline(argv: Sequence[str]) -> int:
    parser = _Parser(prog="main.py outline", description="Print the outline of a letter.")
    parser.add_argument("file")
    args = parser.parse_args(argv)
    from viewer.core.errors import LoadError
    from viewer.core.load import load_document

    try:
        document = load_document(args.file)
    except LoadError as error:
        sys.stderr.write(f"fout: {error}\n")
        return EXIT_INPUT
    print(document.outline())
    return 0


def _compare(argv: Sequence[str]) -> int:
    parser = _Parser(prog="main.py compare", description="Compare two letters and print what changed.")
    parser.add_argument("old", help="the earlier letter")
    parser.add_argument("new", help="the later letter")
    parser.add_argument("--json", action="store_true", help="print the comparison as JSON (the contract's shape)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the summary (default nl)")
    args = parser.parse_args(argv)

    from viewer.core.compare import compare_documents
    from viewer.core.errors import LoadError
    from viewer.core.load import load_document

    try:
        old = load_document(args.old)
        new = load_document(args.new)
    except LoadError as error:
        sys.stderr.write(f"fout: {error}\n")
        return EXIT_INPUT
    comparison = compare_documents(old, new)
    if args.json:
        from viewer.core.export.json_export import dumps

        text = dumps(comparison)
    else:
        from viewer.core.export.summary import render_summary

        text = render_summary(comparison, args.lang)
    if not args.output:
        sys.stdout.write(text)
        return 0
    from viewer.core.export.json_export import write_atomically

    try:
        write_atomically(args.output, text)
    except OSError as error:
        sys.stderr.write(f"fout: {args.output}: kan niet geschreven worden ({error.strerror or error})\n")
        return EXIT_OUTPUT
    return 0


COMMANDS = {"outline": _outline, "compare": _compare}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("--version", "-V"):
        print(f"{APP_NAME} {__version__}")
        return 0
    if args and args[0] in COMMANDS:
        return COMMANDS[args[0]](args[1:])
    if args and args[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    sys.stderr.write("main.py: the viewer is not built yet; use 'compare' or 'outline'\n")
    return EXIT_USAGE
