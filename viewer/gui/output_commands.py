"""What takes the comparison out of the window: export, print, print preview; and the manual and About.

A mixin of MainWindow: it reads the window's comparison, settings, language and review marks, and
reports in its status line (`_say`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

from viewer.gui.i18n import tr

if TYPE_CHECKING:
    from viewer.core.comparison import Comparison
    from viewer.core.review import ReviewMarks
    from viewer.gui.help import HelpDialog
    from viewer.gui.settings import Settings


class OutputCommands(QMainWindow):
    comparison: Comparison | None
    settings: Settings
    language: str
    marks: ReviewMarks | None
    manual: HelpDialog | None

    def export(self) -> str | None:
        """Save the comparison shown as a file of the user's choice; the path written, or None."""
        if self.comparison is None:
            return None
        from viewer.gui.export import export_comparison

        path = export_comparison(self, self.comparison, self.settings, self.language, self.marks_reviewed())
        if path:
            self._say(tr("Geëxporteerd naar {0}").format(path), 8)
        return path

    def marks_reviewed(self) -> set[str] | None:
        """The keys of the facts ticked off, as the comparison shown names them (the file may hold
        the letters the other way round)."""
        if self.marks is None or self.comparison is None:
            return None
        return self.marks.reviewed_keys(self.comparison.facts)

    def print_comparison(self) -> bool:
        """Print the comparison shown, after the print dialog; True once printed."""
        if self.comparison is None:
            return False
        from viewer.gui.printing import print_comparison

        written = print_comparison(self, self.comparison, self.language, self.marks_reviewed())
        if written:  # a PDF file: the clerk is told where it is
            self._say(tr("Afgedrukt naar {0}").format(written), 8)
        elif written is not None:
            self._say(tr("Afgedrukt"), 8)
        return written is not None

    def preview_print(self) -> None:
        if self.comparison is None:
            return
        from viewer.gui.printing import preview_dialog

        dialog = preview_dialog(self, self.comparison, self.language, self.marks_reviewed())
        dialog.exec()
        dialog.deleteLater()

    def show_manual(self) -> None:
        from viewer.gui.help import HelpDialog, manual_html

        if self.manual is None:
            html = manual_html(self, self.language, self.settings.store.fileName(), self.settings.review_folder())
            self.manual = HelpDialog(self, html)
        self.manual.show()
        self.manual.raise_()
        self.manual.activateWindow()

    def _about(self) -> None:
        from viewer.gui.about import show_about

        show_about(self)
