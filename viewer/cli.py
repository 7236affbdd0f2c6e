"""Command line of `main.py`: the viewer, and the headless `compare` and `outline`.

What it prints is in the user's language: Dutch, or English with `--lang en` (help, error lines
and the summary). `HELP` is the text `--help` prints; exit statuses are the EXIT_ constants.
"""

from __future__ import annotations

import argparse
import errno
import io
import os
import stat
import sys
from collections.abc import Sequence

from viewer import APP_NAME, __version__
from viewer.core import regex_cache

EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_OUTPUT = 4

HELP = {
    "nl": """Briefvergelijker: twee brieven van een Kamerstukkenreeks naast elkaar, met wat er veranderde.

    python main.py                       open het venster
    python main.py OUD NIEUW             open het venster op de vergelijking van twee brieven
    python main.py BRIEF                 open het venster en vraag bij deze brief de andere
                                         (meer dan twee brieven: kies er twee, de eerste twee ingevuld)
    python main.py --demo                open het venster op het meegeleverde voorbeeldpaar
        opties van het venster: --lang nl|en (de taal), --screenshot UIT.png (teken de
        vergelijking, bewaar er een afbeelding van en stop), --pdf UIT.pdf (druk de vergelijking
        af naar een PDF-bestand, zoals Afdrukken, en stop)
    python main.py compare OUD NIEUW     druk de vergelijking af, zonder venster
        opties: --format text|json|csv|html (--json is kort voor --format json),
        -o BESTAND (schrijf naar BESTAND; zonder --format kiest de extensie
        .txt/.json/.csv/.html/.htm het formaat), --lang nl|en (de taal van tekst, CSV en HTML)
    python main.py outline BESTAND       druk de koppen van een brief af
    python main.py --version             de versie

Een brief mag tekst, XML of HTML van officielebekendmakingen.nl, PDF of Word (.docx) zijn.
Afsluitstatus: 0 goed, 2 verkeerd gebruik, 3 brief niet te lezen, 4 uitvoer niet te schrijven.
In English: python main.py --help --lang en
""",
    "en": """Briefvergelijker: two letters of a parliamentary series side by side, with what changed.

    python main.py                       open the window
    python main.py OLD NEW               open the window on the comparison of two letters
    python main.py LETTER                open the window and ask for the letter to compare it with
                                         (more than two letters: choose two, the first two filled in)
    python main.py --demo                open the window on the bundled sample pair
        window options: --lang nl|en (the language), --screenshot OUT.png (draw the
        comparison, save a picture of it and exit), --pdf OUT.pdf (print the comparison to a
        PDF file, as Print does, and exit)
    python main.py compare OLD NEW       print the comparison, without a window
        options: --format text|json|csv|html (--json is short for --format json),
        -o FILE (write to FILE; without --format its extension .txt/.json/.csv/.html/.htm
        picks the format), --lang nl|en (the language of text, CSV and HTML)
    python main.py outline FILE          print the headings of a letter
    python main.py --version             the version

A letter may be text, XML or HTML from officielebekendmakingen.nl, PDF or Word (.docx).
Exit status: 0 fine, 2 usage error, 3 a letter cannot be read, 4 output could not be written.
In Dutch: python main.py --help
""",
}

# what the command line says itself, in each language
WORDS = {
    "nl": {
        "error": "fout",
        "old": "OUD",
        "new": "NIEUW",
        "both": "geef beide brieven, OUD en NIEUW, of geen van beide",
        "demo": "--demo opent het voorbeeldpaar; geef er geen bestanden bij",
        "json": "--json is kort voor --format json: geef één van beide, niet --json met --format {0}",
        "letter": "{0} is de brief {1}; de brieven worden nooit overschreven",
        "same": "{0} en {1} zijn hetzelfde bestand: geef twee verschillende brieven",
        "extension": "{0}: onbekende extensie voor de uitvoer; kies {1}, of geef --format",
        "folder": "{0}: dit noemt een map, geen bestand; geef een bestandsnaam",
        "unwritable": "kan niet geschreven worden ({0})",
        "stdout": "standaarduitvoer",
        "picture": "afbeelding",
        "pdf": "PDF",
        "warning": "waarschuwing",
        "marks_unread": "eerdere markeringen 'nagekeken' niet te lezen: {0}; de PDF toont geen feit als nagekeken",
    },
    "en": {
        "error": "error",
        "old": "OLD",
        "new": "NEW",
        "both": "give both letters, OLD and NEW, or neither",
        "demo": "--demo opens the sample pair; give no files with it",
        "json": "--json is short for --format json: give one, not --json with --format {0}",
        "letter": "{0} is the letter {1}; the letters are never overwritten",
        "same": "{0} and {1} are the same file: give two different letters",
        "extension": "{0}: unknown extension for the output; choose {1}, or give --format",
        "folder": "{0}: this names a folder, not a file; give a file name",
        "unwritable": "cannot be written ({0})",
        "stdout": "standard output",
        "picture": "picture",
        "pdf": "PDF",
        "warning": "warning",
        "marks_unread": "earlier 'reviewed' marks cannot be read: {0}; the PDF shows no fact as reviewed",
    },
}

# argparse's own messages, in Dutch (it has no Dutch of its own)
_ARGPARSE_NL = (
    (regex_cache.compile(r"the following arguments are required: (.*)"), r"deze argumenten ontbreken: \1"),
    (regex_cache.compile(r"unrecognized arguments: (.*)"), r"onbekende argumenten: \1"),
    (
        regex_cache.compile(r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)"),
        r"argument \1: ongeldige keuze \2 (kies uit \3)",
    ),
    (regex_cache.compile(r"argument (\S+): expected one argument"), r"argument \1: hier hoort één waarde bij"),
    (
        regex_cache.compile(r"argument (\S+): ignored explicit argument (.*)"),
        r"argument \1: neemt geen waarde, kreeg \2",
    ),
)


def command() -> str:
    """How the user starts the program: the installed command when packaged (its launcher is named
    after the program), else the script. The help and the error lines show it, to be copied."""
    return APP_NAME.lower() if getattr(sys, "frozen", False) else "python main.py"


def _program() -> str:
    """The program's name in its error lines ("main.py compare: ...")."""
    return command().removeprefix("python ")


def help_text(language: str) -> str:
    """What `--help` prints, with the command as the user types it."""
    return HELP[language].replace("python main.py", command())


def language_of(argv: Sequence[str]) -> str:
    """The language asked for with `--lang en` or `--lang=en` anywhere in `argv`; else Dutch."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "nl"
        if arg.startswith("--lang="):
            return "en" if arg.partition("=")[2] == "en" else "nl"
    return "nl"


# control characters in a file name (a newline, a terminal's escape) would split the error line or
# recolour the terminal: shown escaped, as Python writes them
_CONTROL = regex_cache.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_IN_TEXT = regex_cache.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """`text` fit for one line on a terminal: control characters escaped ("\\n"), and the bytes of a
    file name that were not UTF-8 (surrogate escapes) as "\ufffd"."""
    text = _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _error_line(language: str, message: str) -> None:
    sys.stderr.write(f"{WORDS[language]['error']}: {printable(message)}\n")


def _write(text: str, language: str) -> int:
    """`text` on standard output, which may not take every character (a Windows-1252 console), and
    may be a pipe that a reader closed (`outline brief.pdf | head -2`): then stop quietly. Output
    that cannot be written (a full disk, `> /dev/full`) is said in one line, as for `-o`."""
    words = WORDS[language]
    if sys.stdout is None:  # started with standard output closed (`>&-`)
        _error_line(language, f"{words['stdout']}: {words['unwritable'].format(os.strerror(errno.EBADF))}")
        return EXIT_OUTPUT
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _drop_stdout()
    except OSError as error:
        _drop_stdout()
        _error_line(language, f"{words['stdout']}: {words['unwritable'].format(error.strerror or error)}")
        return EXIT_OUTPUT
    return 0


def _drop_stdout() -> None:
    # Python would flush what is left again at exit, and report that failure with a traceback:
    # point stdout at nothing
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


class _Parser(argparse.ArgumentParser):
    def __init__(self, prog: str, language: str) -> None:
        super().__init__(prog=prog, add_help=False)  # `main` answers -h and --help, in the language
        self.language = language

    def error(self, message: str) -> None:  # type: ignore[override]
        # one line on stderr and status 2, no usage dump
        if self.language == "nl":
            for pattern, dutch in _ARGPARSE_NL:
                message = pattern.sub(dutch, message)
        sys.stderr.write(f"{self.prog}: {message}\n")
        sys.exit(EXIT_USAGE)


def _outline(argv: Sequence[str], language: str) -> int:
    parser = _Parser(f"{_program()} outline", language)
    parser.add_argument("file", metavar="BESTAND" if language == "nl" else "FILE")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    args = parser.parse_args(argv)
    from viewer.core.errors import LoadError
    from viewer.core.load import load_document

    try:
        document = load_document(args.file)
    except LoadError as error:
        _error_line(language, error.message(language))
        return EXIT_INPUT
    return _write(_text_out(document.outline(args.lang)) + "\n", language)


def _text_out(text: str) -> str:
    """Text for standard output or a file: a file name's bytes that were not UTF-8 (held as surrogate
    escapes, which no encoder writes) as "\ufffd", and its control characters (a terminal's escape)
    escaped; line ends and tabs stay."""
    text = _CONTROL_IN_TEXT.sub(lambda m: repr(m.group())[1:-1], text)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _compare(argv: Sequence[str], language: str) -> int:
    from viewer.core.export.formats import EXPORT_FORMATS, format_for_path, render

    words = WORDS[language]
    parser = _Parser(f"{_program()} compare", language)
    parser.add_argument("old", metavar=words["old"])
    parser.add_argument("new", metavar=words["new"])
    parser.add_argument("--format", choices=EXPORT_FORMATS)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("-o", "--output")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    args = parser.parse_args(argv)
    if args.json and args.format not in (None, "json"):
        parser.error(words["json"].format(args.format))
    if args.output and (problem := _output_problem(args.output, words, explicit=bool(args.json or args.format))):
        _error_line(language, problem)
        return EXIT_USAGE
    fmt = "json" if args.json else args.format or (format_for_path(args.output) if args.output else None) or "text"
    if args.output:
        from viewer.core.export.atomic import same_file

        for letter in (args.old, args.new):
            if same_file(args.output, letter):
                # input files are never written to: `-o` naming a letter is a slip, not a wish
                parser.error(words["letter"].format(f"-o {args.output}", letter))
    if _one_file(args.old, args.new):
        # a letter compared with itself says "no differences", which reads as a finding
        _error_line(language, words["same"].format(args.old, args.new))
        return EXIT_USAGE

    from viewer.core.compare import compare_documents
    from viewer.core.errors import LoadError
    from viewer.core.load import load_document

    try:
        old = load_document(args.old)
        new = load_document(args.new)
    except LoadError as error:
        _error_line(language, error.message(language))
        return EXIT_INPUT
    comparison = compare_documents(old, new)
    text = _text_out(render(comparison, fmt, args.lang))
    if not args.output:
        if "\r" in text and isinstance(sys.stdout, io.TextIOWrapper):
            # the CSV brings its own CRLF line ends: translating "\n" again gives "\r\r\n" on Windows
            sys.stdout.reconfigure(newline="")
        return _write(text, language)
    from viewer.core.export.atomic import write_atomically

    try:
        write_atomically(args.output, text)
    except OSError as error:
        _error_line(language, f"{args.output}: {words['unwritable'].format(error.strerror or error)}")
        return EXIT_OUTPUT
    return 0


def _one_file(a: str, b: str) -> bool:
    """Do `a` and `b` name one existing file (through a link, a hard link, "./")?"""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one is missing or unreadable: loading it says so
        return False


def _output_problem(output: str, words: dict[str, str], *, explicit: bool) -> str | None:
    """Why `-o FILE` cannot be written as asked, or None. A name ending in a folder separator, or a
    folder, is no file; without --format, an extension no format has (".pdf", ".docx") would get a
    text under a name that no program opens as text."""
    from viewer.core.export.formats import format_for_path, output_extensions

    if output.endswith(("/", os.sep)) or os.path.isdir(output):
        return words["folder"].format(output)
    if explicit or format_for_path(output) or not os.path.splitext(output)[1] or _is_device(output):
        return None
    return words["extension"].format(output, ", ".join(output_extensions()))


def _is_device(path: str) -> bool:
    """A pipe, terminal or device (`-o /dev/stdout`): written to directly, whatever its name."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


COMMANDS = {"outline": _outline, "compare": _compare}


def _gui(argv: Sequence[str], language: str) -> int:
    parser = _Parser(_program(), language)
    parser.add_argument("files", nargs="*")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--lang", choices=("nl", "en"))  # none given: the saved choice, else Dutch
    parser.add_argument("--screenshot")
    parser.add_argument("--pdf")
    # for the start-time benchmark: quit as soon as the comparison is drawn
    parser.add_argument("--exit-when-drawn", action="store_true")
    args = parser.parse_args(argv)
    files: list[str] = args.files
    ask: tuple[str, str] | None = None
    args.old, args.new = (files[0], files[1]) if len(files) == 2 else (None, None)
    if len(files) not in (0, 2):
        if args.screenshot or args.exit_when_drawn or args.pdf:
            parser.error(WORDS[language]["both"])  # a picture needs the comparison, not a question
        # one letter, or several, from a file manager's "open with": the window asks which two,
        # the first two filled in
        ask = (files[0], files[1] if len(files) > 2 else "")
    if args.demo and files:
        parser.error(WORDS[language]["demo"])
    from viewer.gui.prefetch import DEMO, start

    old, new = (str(DEMO[0]), str(DEMO[1])) if args.demo else (args.old, args.new)
    # the comparison starts before Qt loads, so the two overlap; Qt is imported only on this path,
    # so that `compare` and `outline` never load it
    prefetched = start(old, new) if old and new else None
    from viewer.gui.app import Options, run

    if args.pdf:
        from viewer.core.export.atomic import same_file

        if not (old and new):
            parser.error(WORDS[language]["both"])
        for letter in (old, new):
            if same_file(args.pdf, letter):
                parser.error(WORDS[language]["letter"].format(f"--pdf {args.pdf}", letter))
    return run(Options(old, new, args.lang, args.screenshot, args.exit_when_drawn, prefetched, ask, args.pdf))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            # a console in Windows-1252 (PYTHONIOENCODING=cp1252) has no "→": a "?", not a traceback
            stream.reconfigure(errors="replace" if stream is sys.stdout else "backslashreplace")
    if args and args[0] in ("--version", "-V"):
        print(f"{APP_NAME} {__version__}")
        return 0
    if args and args[0] == "_prefetch":  # the viewer's helper process (gui/prefetch.py), not for people
        from viewer.gui.handoff import serve

        return serve(args[1:])
    language = language_of(args)
    if "-h" in args or "--help" in args:
        print(help_text(language), end="")
        return 0
    if args and args[0] in COMMANDS:
        return COMMANDS[args[0]](args[1:], language)
    return _gui(args, language)
