"""Start the GUI: the QApplication, translations, palette, and the modes `--screenshot` and `--exit-when-drawn`.

Dutch is the source language of every string; English comes from
resources/translations/briefvergelijker_en.qm. Qt's own strings (dialog buttons) come from
the translations PySide6 ships.
"""

from __future__ import annotations

import contextlib
import sys
import time
import traceback
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from viewer import APP_NAME, __version__
from viewer.gui.faults import FaultReporter
from viewer.gui.icons import RESOURCES, icon
from viewer.gui.settings import APPLICATION, ORGANISATION, Settings
from viewer.gui.worker import CompareRunner

if TYPE_CHECKING:
    from viewer.core.comparison import Comparison
    from viewer.gui.main_window import MainWindow

LOADED = time.monotonic()  # Qt and this module's imports: a phase of the start-time benchmark
TRANSLATIONS = RESOURCES / "translations"
EXIT_INTERNAL = 1
EXIT_INPUT = 3
EXIT_OUTPUT = 4
NO_PAINT_WAIT_MS = 2000


@dataclass
class Options:
    old: str | None = None
    new: str | None = None
    language: str | None = None
    screenshot: str | None = None
    exit_when_drawn: bool = False
    prefetched: Future[Comparison] | None = None  # the comparison of old and new, already started
    # one letter given, or more than two (a file manager's "open with"): the window asks which two,
    # these filled in (old, new; new "" for one letter)
    ask: tuple[str, str] | None = None
    pdf: str | None = None  # print the comparison to this PDF file, then exit


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2d30"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#1e1f22"),
        (roles.AlternateBase, "#26282b"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#34363a"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.ToolTipBase, "#3c3f41"),
        (roles.ToolTipText, "#e6e6e6"),
        (roles.Highlight, "#4a88c7"),
        (roles.HighlightedText, "#ffffff"),
        (roles.PlaceholderText, "#9a9a9a"),
        (roles.Link, "#7fb4ff"),
    ):
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#7a7a7a"))
    return palette


class Translations:
    """The installed translators; swapping language removes the old ones first."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.installed: list[QTranslator] = []

    def use(self, language: str) -> None:
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"qtbase_{language}", qt_dir)]
        if language == "en":
            candidates.append(("briefvergelijker_en", str(TRANSLATIONS)))
        else:
            # what qtbase_nl lacks (the file dialog's "Look in:"), searched first as installed last
            candidates.append(("qtbase_extra_nl", str(TRANSLATIONS)))
        for name, folder in candidates:
            translator = QTranslator(self.app)
            if translator.load(name, folder):
                self.app.installTranslator(translator)
                self.installed.append(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Dutch))


def translate_to(language: str) -> Translations:
    """Install the translators for `language` in the running QApplication (used by tests too)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations = Translations(app)
    translations.use(language)
    return translations


class Controller:
    """Holds the one main window and rebuilds it when the language changes (every text retranslated)."""

    def __init__(
        self,
        app: QApplication,
        settings: Settings,
        language: str,
        interactive: bool = True,
        runner: CompareRunner | None = None,
    ) -> None:
        self.app = app
        self.interactive = interactive
        self.settings = settings
        self.language = language
        self.translations = Translations(app)
        self.translations.use(language)
        self.light = app.palette()
        self.window = self._make_window(runner)
        if settings.dark():
            self.set_dark(True)

    def _make_window(self, runner: CompareRunner | None = None) -> MainWindow:
        from viewer.gui.main_window import MainWindow

        window = MainWindow(self.settings, self.language, self.interactive, runner)
        window.languageRequested.connect(self.set_language)
        window.darkRequested.connect(self.set_dark)
        return window

    def set_language(self, language: str) -> None:
        from viewer.gui import window_state  # only a switch of language needs it: not loaded at every start

        if language == self.language:
            return
        self.language = language
        self.settings.set_language(language)
        self.translations.use(language)
        old = self.window
        state = window_state.take(old)  # the reader's place, filters and find bar go to the new window
        old.save_layout()
        self.window = self._make_window()
        if old.comparison is not None:
            self.window.show_comparison(old.comparison)
        if old.paths and old.runner.busy:
            # the letters asked for last are still loading: the new window asks again (old.paths
            # names them, whether or not an earlier comparison is on screen meanwhile)
            self.window.open_files(*old.paths)
        self.window.show()
        if old.comparison is not None:
            window_state.give(self.window, state)
        old.close()
        old.deleteLater()

    def set_dark(self, on: bool) -> None:
        self.settings.set_dark(on)
        if on:
            self.app.setStyle(QStyleFactory.create("Fusion"))
        palette = dark_palette() if on else self.light
        self.app.setPalette(palette)
        self.window.apply_palette(palette)


def _screenshot(window: MainWindow, path: str) -> bool:
    """Save a picture of the window; QSaveFile writes a temporary file and renames it, so a crash
    or a full disk never leaves half a picture."""
    from PySide6.QtCore import QIODevice, QSaveFile  # only pictures need them: not loaded at every start

    target = QSaveFile(path)
    if not target.open(QIODevice.OpenModeFlag.WriteOnly):
        return False
    # grab() renders the widgets where they stand: a label whose text just grew (the review
    # count, set right after the first paint) must get its new size first
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    if not window.grab().save(target, "PNG"):
        target.cancelWriting()
        target.commit()
        return False
    return target.commit()


def _cannot_write(language: str, path: str, what: str) -> None:
    from viewer.cli import WORDS

    problem = WORDS[language]["unwritable"].format(WORDS[language][what])
    sys.stderr.write(f"{WORDS[language]['error']}: {path}: {problem}\n")


def _marks_unread(language: str, problem: str) -> None:
    """The window reports unreadable marks in a notice; a PDF printed without one says so here,
    rather than show "0 of 11 reviewed" as if that were so."""
    from viewer.cli import WORDS

    words = WORDS[language]
    sys.stderr.write(f"{words['warning']}: {words['marks_unread'].format(problem)}\n")


def _print_pdf(window: MainWindow, path: str) -> bool:
    """The printed comparison as a PDF file, written whole or not at all, never over a letter."""
    from viewer.core.export.atomic import same_file, write_bytes_atomically
    from viewer.gui.printing import pdf_bytes

    comparison = window.comparison
    if comparison is None or any(same_file(path, doc.meta.path) for doc in (comparison.old, comparison.new)):
        return False
    try:
        write_bytes_atomically(path, pdf_bytes(comparison, window.language, window.marks_reviewed()))
    except OSError:
        return False
    return True


def run(options: Options) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    # Wayland matches the window to its menu entry (and icon) by the .desktop file's name
    app.setDesktopFileName("briefvergelijker")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(icon("app"))
    scratch = None
    if options.screenshot or options.exit_when_drawn or options.pdf:
        # a picture, a PDF or a timing must not depend on (or change) the user's remembered layout
        import tempfile

        scratch = tempfile.TemporaryDirectory(prefix="briefvergelijker-")
        # ... but the PDF is what Afdrukken prints: with the clerk's review marks, read and never written
        marks = Settings().review_folder() if options.pdf else None
        settings = Settings(QSettings(str(Path(scratch.name, "settings.ini")), QSettings.Format.IniFormat), marks)
    else:
        settings = Settings()
    language = options.language or settings.language()
    runner = None
    if options.old and options.new:
        # start loading and comparing now, so that the work overlaps building the window
        runner = CompareRunner()
        runner.request(options.old, options.new, options.prefetched)
    controller = Controller(app, settings, language, interactive=scratch is None, runner=runner)
    window = controller.window
    status = {"code": 0, "finished": 0}
    # where the start's time goes, printed with --exit-when-drawn (tests/bench/gui_start.py)
    phases = [("Qt and app.py loaded", LOADED), ("window built", time.monotonic())]

    def finish() -> None:
        if status["finished"]:
            return
        status["finished"] = 1
        shown = controller.window
        try:
            if options.exit_when_drawn:  # for the start-time benchmark (tests/bench/gui_start.py)
                drawn = time.monotonic()
                for name, at in phases:
                    print(f"phase {name} at {at:.6f}")
                print(f"drawn at {drawn:.6f}", flush=True)
            shown.load_marks_now()  # the picture shows the window as the reader sees it a moment later
            if options.screenshot and not _screenshot(shown, options.screenshot):
                _cannot_write(language, options.screenshot, "picture")
                status["code"] = EXIT_OUTPUT
            if options.pdf and not _print_pdf(shown, options.pdf):
                _cannot_write(language, options.pdf, "pdf")
                status["code"] = EXIT_OUTPUT
            elif options.pdf and shown.marks is not None and shown.marks.problem is not None:
                _marks_unread(language, shown.marks.problem.text(language))
        except OSError as error:  # stdout closed (a pipe whose reader left): still quit, never hang
            status["code"] = EXIT_OUTPUT
            with contextlib.suppress(OSError):
                sys.stderr.write(f"{'error' if language == 'en' else 'fout'}: {error}\n")
        except Exception:  # a fault of the program: say so and fail, never report success
            status["code"] = EXIT_INTERNAL
            with contextlib.suppress(OSError):
                sys.stderr.write(traceback.format_exc())
        finally:
            app.quit()

    def when_drawn() -> None:
        phases.append(("comparison shown", time.monotonic()))
        # The window paints all its widgets in one pass; a zero timer set during the pane's paint
        # fires once that pass is over, so the whole window with the comparison has been drawn.
        controller.window.view.old_pane.call_after_paint(lambda: QTimer.singleShot(0, finish))
        # a window the platform never exposes is never painted: picture it (grab renders) anyway
        QTimer.singleShot(NO_PAINT_WAIT_MS, finish)

    def failed(*_: object) -> None:
        status["code"] = EXIT_INPUT
        app.quit()

    if scratch is not None:
        from viewer.gui.window_layout import DEFAULT_SIZE

        window.resize(*DEFAULT_SIZE)  # the same picture on any screen
        window.size_docks()
        window.comparisonShown.connect(when_drawn)
        window.runner.failed.connect(failed)
        window.runner.crashed.connect(failed)
    window.show()
    if options.ask and scratch is None:
        QTimer.singleShot(0, lambda: controller.window.open_dialog(*(options.ask or ("", ""))))
    if runner is None and scratch is not None:
        QTimer.singleShot(0, finish)  # no letters: the picture shows the empty window
    faults = FaultReporter(interactive=scratch is None, parent=lambda: controller.window)
    faults.install()
    try:
        code = app.exec()
    finally:
        faults.uninstall()
    if faults.faults and scratch is not None:
        status["code"] = EXIT_INTERNAL
    controller.window.runner.wait()
    if scratch is not None:
        controller.window.close()
        scratch.cleanup()
    return status["code"] or code
