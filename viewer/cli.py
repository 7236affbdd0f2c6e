"""Command line of `main.py`.

    python main.py                      open the viewer
    python main.py OLD NEW              open the viewer on a comparison
    python main.py --demo               open the viewer on the bundled sample pair
        viewer options: --lang nl|en, --screenshot OUT.png (draw the comparison, save it, exit)
    python main.py compare OLD NEW      print the comparison (headless, never imports Qt)
        compare options: --format text|json|csv|html (--json is short for --format json),
        -o FILE (write FILE; without --format its extension .txt/.json/.csv/.html/.htm picks
        the format), --lang nl|en (the words of text, CSV and HTML)
    python main.py outline FILE         print a letter's outline

Exit status: 0 fine, 2 usage error, 3 unreadable input, 4 output could not be written.
"""

from __future__ import annotations

import argparse
import io
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
    from viewer.core.export.formats import EXPORT_FORMATS, format_for_path, render

    parser = _Parser(prog="main.py compare", description="Compare two letters and print what changed.")
    parser.add_argument("old", help="the earlier letter")
    parser.add_argument("new", help="the later letter")
    parser.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help="text (the readable summary, the default), json (the contract's shape), csv (the facts, for a "
        "spreadsheet) or html (a report to read or print); with -o and no --format, FILE's extension decides",
    )
    parser.add_argument("--json", action="store_true", help="short for --format json")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    parser.add_argument(
        "--lang", choices=("nl", "en"), default="nl", help="language of the summary, CSV and HTML (default nl)"
    )
    args = parser.parse_args(argv)
    if args.json and args.format not in (None, "json"):
        parser.error(f"--json is short for --format json: give one, not --json with --format {args.format}")
    fmt = "json" if args.json else args.format or (format_for_path(args.output) if args.output else None) or "text"
    if args.output:
        from viewer.core.export.atomic import same_file

        for letter in (args.old, args.new):
            if same_file(args.output, letter):
                # input files are never written to: `-o` naming a letter is a slip, not a wish
                parser.error(f"-o {args.output} is the letter {letter}; the letters are never overwritten")

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
    text = render(comparison, fmt, args.lang)
    if not args.output:
        if "\r" in text and isinstance(sys.stdout, io.TextIOWrapper):
            # the CSV brings its own CRLF line ends: translating "\n" again gives "\r\r\n" on Windows
            sys.stdout.reconfigure(newline="")
        sys.stdout.write(text)
        return 0
    from viewer.core.export.atomic import write_atomically

    try:
        write_atomically(args.output, text)
    except OSError as error:
        sys.stderr.write(f"fout: {args.output}: kan niet geschreven worden ({error.strerror or error})\n")
        return EXIT_OUTPUT
    return 0


COMMANDS = {"outline": _outline, "compare": _compare}


def _gui(argv: Sequence[str]) -> int:
    parser = _Parser(prog="main.py", description="Open the viewer.")
    parser.add_argument("old", nargs="?", help="the earlier letter")
    parser.add_argument("new", nargs="?", help="the later letter")
    parser.add_argument("--demo", action="store_true", help="open the bundled sample pair")
    parser.add_argument(
        "--lang", choices=("nl", "en"), help="language of the window (default: the saved choice, else nl)"
    )
    parser.add_argument(
        "--screenshot", metavar="PNG", help="save a picture of the window once the comparison is drawn, then exit"
    )
    # for the start-time benchmark: quit as soon as the comparison is drawn
    parser.add_argument("--exit-when-drawn", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if (args.old is None) != (args.new is None):
        parser.error("give both letters, OLD and NEW, or neither")
    if args.demo and args.old:
        parser.error("--demo opens the sample pair; give no files with it")
    from viewer.gui.prefetch import DEMO, start

    old, new = (str(DEMO[0]), str(DEMO[1])) if args.demo else (args.old, args.new)
    # the comparison starts before Qt loads, so the two overlap; Qt is imported only on this path,
    # so that `compare` and `outline` never load it
    prefetched = start(old, new) if old and new else None
    from viewer.gui.app import Options, run

    return run(Options(old, new, args.lang, args.screenshot, args.exit_when_drawn, prefetched))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("--version", "-V"):
        print(f"{APP_NAME} {__version__}")
        return 0
    if args and args[0] in COMMANDS:
        return COMMANDS[args[0]](args[1:])
    if args and args[0] == "_prefetch":  # the viewer's helper process (gui/prefetch.py), not for people
        from viewer.gui.handoff import serve

        return serve(args[1:])
    if args and args[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    return _gui(args)
