"""Every text the GUI translates has its English in the compiled catalogue the viewer loads."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QTranslator

GUI = Path(__file__).resolve().parent.parent.parent / "viewer" / "gui"
CATALOGUE = GUI.parent.parent / "resources" / "translations" / "briefvergelijker_en.qm"


def _tr_calls() -> list[tuple[str, int, ast.expr]]:
    calls = []
    for path in sorted(GUI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr" and node.args:
                calls.append((path.name, node.lineno, node.args[0]))
    return calls


def test_the_gui_translates_only_literal_texts() -> None:
    """pyside6-lupdate can only collect literals: a computed text would stay Dutch in English."""
    calls = _tr_calls()
    assert len(calls) > 100
    computed = [(name, line) for name, line, arg in calls if not (isinstance(arg, ast.Constant) and arg.value)]
    assert computed == []


def test_every_translated_text_has_its_english(qapp) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(CATALOGUE))
    missing = [
        (name, line, arg.value)
        for name, line, arg in _tr_calls()
        if isinstance(arg, ast.Constant) and not translator.translate("", arg.value)
    ]
    assert missing == [], "run pyside6-lupdate and pyside6-lrelease (see viewer/gui/i18n.py)"


def test_qts_own_file_dialog_speaks_dutch_throughout(qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt 6.11's Dutch catalogue misses two labels of the save dialog; our supplement fills them."""
    from PySide6.QtWidgets import QFileDialog

    from viewer.gui.app import translate_to

    translations = translate_to("nl")
    try:
        dialog = QFileDialog(None, "x", "/")
        label = QFileDialog.DialogLabel
        assert dialog.labelText(label.LookIn) == "&Zoeken in:"
        assert dialog.labelText(label.FileType) == "Bestands&type:"
        assert dialog.labelText(label.FileName) == "Bestands&naam:"  # from Qt's own catalogue
        dialog.deleteLater()
    finally:
        translations.use("nl")
