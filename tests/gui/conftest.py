"""GUI test fixtures: settings in a temporary folder, the sample comparison, and a window-leak check."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLES = ROOT / "resources" / "samples"
OLD = SAMPLES / "kst-27925-597.txt"
NEW = SAMPLES / "kst-27925-597-demo-bewerkt.txt"


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every test gets its own settings folder: tests never read or write the user's settings."""
    folder = tmp_path_factory.mktemp("settings")
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    yield folder


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a visible top-level window behind (napari's check)."""
    yield
    QApplication.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in leaked:
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()
    assert not leaked, f"test left windows open: {[type(w).__name__ + ':' + w.windowTitle() for w in leaked]}"


@pytest.fixture(scope="session", autouse=True)
def clipboard_settled(qapp: QApplication) -> Iterator[None]:
    """Tests never quit the application, so do what quitting does to the clipboard (clipboard.py)."""
    yield
    from viewer.gui.clipboard import settle

    settle()


@pytest.fixture(scope="session")
def comparison():  # type: ignore[no-untyped-def]
    """The core's comparison of the bundled pair, with its fact pairs (as the worker delivers it)."""
    from viewer.core.compare import compare_documents
    from viewer.core.load import load_document

    return compare_documents(load_document(OLD), load_document(NEW))


@pytest.fixture(scope="session")
def sample_comparison_same():  # type: ignore[no-untyped-def]
    """The sample letter compared with itself: every fact unchanged."""
    from viewer.core.compare import compare_documents
    from viewer.core.load import load_document

    document = load_document(OLD)
    return compare_documents(document, document)


@pytest.fixture
def english():  # type: ignore[no-untyped-def]
    """The English translations installed for the test, Dutch again after it."""
    from viewer.gui.app import translate_to

    translations = translate_to("en")
    yield translations
    translations.use("nl")


@pytest.fixture
def empty_window(qtbot):  # type: ignore[no-untyped-def]
    """A shown main window (Dutch) with no comparison yet; closed after the test."""
    from viewer.gui.main_window import MainWindow
    from viewer.gui.settings import Settings

    win = MainWindow(Settings(), "nl")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def window_on(qtbot):  # type: ignore[no-untyped-def]
    """Show a main window (Dutch, 1400 x 900) with the comparison given drawn; closed after the test."""
    from viewer.gui.main_window import MainWindow
    from viewer.gui.settings import Settings

    shown = []

    def show(comparison):  # type: ignore[no-untyped-def]
        win = MainWindow(Settings(), "nl")
        qtbot.addWidget(win)
        win.resize(1400, 900)
        win.size_docks()
        win.show()
        qtbot.waitExposed(win)
        win.show_comparison(comparison)
        QApplication.processEvents()
        win.view.align_now()
        shown.append(win)
        return win

    yield show
    for win in shown:
        win.close()


@pytest.fixture
def window(window_on, comparison):  # type: ignore[no-untyped-def]
    """A shown main window (Dutch) with the sample comparison drawn; closed after the test."""
    return window_on(comparison)


@pytest.fixture
def controller(qtbot, comparison):  # type: ignore[no-untyped-def]
    """The app's controller with its first (Dutch) window shown on the sample comparison: for the
    tests of what a language switch, which builds a new window, carries over. That first window is
    closed and deleted by the switch, so it is not handed to qtbot."""
    from viewer.gui.app import Controller
    from viewer.gui.settings import Settings

    made = Controller(QApplication.instance(), Settings(), "nl")
    first = made.window
    first.resize(1400, 900)
    first.show()
    qtbot.waitExposed(first)
    first.show_comparison(comparison)
    return made
