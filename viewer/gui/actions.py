"""Every command of the window as a QAction with its shortcuts, and the menus and toolbar built from them.

Shortcuts follow WinMerge where clerks may know them (F7/F8, Alt+Up/Down for changes) and
the platform elsewhere (Ctrl+O, Ctrl+F, zoom). Menus show every shortcut, so the keyboard
user can learn them there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from viewer.gui.i18n import tr
from viewer.gui.icons import icon


class Actions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        make = self._make
        std = QKeySequence.StandardKey
        self.open = make("open", tr("&Vergelijken…"), [std.Open], tr("Kies de oude en de nieuwe brief"))
        self.swap = make(
            "swap", tr("&Wissel oud en nieuw"), ["Ctrl+Shift+W"], tr("Verwissel de oude en de nieuwe brief")
        )
        self.reload = make("reload", tr("Opnieuw &laden"), ["F5"], tr("Lees beide brieven opnieuw"))
        self.export = make(
            "export",
            tr("&Exporteren…"),
            [std.Save, "Ctrl+E"],
            tr("Bewaar de vergelijking als rapport, samenvatting, feitentabel of JSON"),
        )
        self.print = make(
            "print", tr("Af&drukken…"), [std.Print], tr("Druk de vergelijking af, of bewaar haar als PDF")
        )
        self.print_preview = make(
            None, tr("Afdrukvoor&beeld…"), [], tr("Bekijk de bladzijden zoals ze worden afgedrukt")
        )
        self.quit = make(None, tr("&Afsluiten"), ["Ctrl+Q"], tr("Sluit het programma"))
        self.next_change = make(
            "next-change", tr("&Volgende wijziging"), ["Alt+Down", "F8"], tr("Ga naar de volgende wijziging")
        )
        self.previous_change = make(
            "previous-change", tr("V&orige wijziging"), ["Alt+Up", "F7"], tr("Ga naar de vorige wijziging")
        )
        self.first_change = make(
            "first-change", tr("&Eerste wijziging"), ["Alt+Home"], tr("Ga naar de eerste wijziging")
        )
        self.last_change = make(
            "last-change", tr("&Laatste wijziging"), ["Alt+End"], tr("Ga naar de laatste wijziging")
        )
        self.next_fact = make(
            "next-fact", tr("Volgend &feit"), ["Alt+Shift+Down"], tr("Ga naar het volgende feit in de lijst")
        )
        self.previous_fact = make(
            "previous-fact", tr("Vo&rig feit"), ["Alt+Shift+Up"], tr("Ga naar het vorige feit in de lijst")
        )
        self.review_next = make(
            "review-next",
            tr("Feit nagekeken, &volgende"),
            ["Ctrl+M"],
            tr("Vink het gekozen feit af als nagekeken en ga naar het volgende"),
        )
        self.find = make("find", tr("&Zoeken…"), [std.Find], tr("Zoek tekst in beide brieven"))
        self.sync = make("sync", tr("&Gelijk scrollen"), ["Ctrl+L"], tr("Scroll beide brieven samen"))
        self.sync.setCheckable(True)
        self.zoom_in = make("zoom-in", tr("Gr&oter"), ["Ctrl++", "Ctrl+="], tr("Tekst groter"))
        self.zoom_out = make("zoom-out", tr("&Kleiner"), ["Ctrl+-"], tr("Tekst kleiner"))
        self.zoom_reset = make(None, tr("&Normale grootte"), ["Ctrl+0"], tr("Tekst op normale grootte"))
        self.dark = make(None, tr("&Donker kleurenschema"), [], tr("Lichte tekst op een donkere achtergrond"))
        self.dark.setCheckable(True)
        self.dutch = make(None, "Nederlands", [], "Nederlands")
        self.english = make(None, "English", [], "English")
        self.languages = QActionGroup(self)
        for action in (self.dutch, self.english):
            action.setCheckable(True)
            self.languages.addAction(action)
        self.manual = make(
            None, tr("&Handleiding"), [std.HelpContents], tr("Uitleg van het venster, de kleuren en de sneltoetsen")
        )
        self.about = make("about", tr("&Over Briefvergelijker"), [], tr("Versie en licentie"))
        self.recent_menu = QMenu(tr("&Recente vergelijkingen"), window)
        self.recent_menu.setObjectName("recentMenu")

    def _make(self, icon_name: str | None, text: str, keys: list[object], tip: str) -> QAction:
        action = QAction(text, self.window)
        if icon_name:
            action.setIcon(icon(icon_name))
        if keys:
            action.setShortcuts([k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys])  # type: ignore[arg-type]
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        action.setStatusTip(tip)
        self.window.addAction(action)  # shortcuts work even when the toolbar is hidden
        return action

    def build_menus(self, view_extras: list[QAction], fact_actions: list[QAction]) -> None:
        bar = self.window.menuBar()
        file = bar.addMenu(tr("&Bestand"))
        file.addActions([self.open, self.swap, self.reload])
        file.addMenu(self.recent_menu)
        file.addSeparator()
        file.addActions([self.export, self.print, self.print_preview])
        file.addSeparator()
        file.addAction(self.quit)
        go = bar.addMenu(tr("&Ga naar"))
        go.addActions([self.next_change, self.previous_change, self.first_change, self.last_change])
        go.addSeparator()
        go.addActions([self.next_fact, self.previous_fact])
        go.addSeparator()
        go.addAction(self.find)
        facts = bar.addMenu(tr("&Feiten"))
        facts.addActions([self.review_next, fact_actions[0]])
        facts.addSeparator()
        facts.addActions(fact_actions[1:])
        view = bar.addMenu(tr("Bee&ld"))
        view.addActions([self.sync, self.zoom_in, self.zoom_out, self.zoom_reset])
        view.addSeparator()
        view.addActions(view_extras)
        view.addSeparator()
        view.addAction(self.dark)
        language = view.addMenu(tr("&Taal / Language"))
        language.addActions([self.dutch, self.english])
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addActions([self.manual, self.about])

    def build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(tr("Werkbalk"), self.window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(tr("Werkbalk"))
        toolbar.addActions([self.open, self.swap, self.reload, self.export])
        toolbar.addSeparator()
        toolbar.addActions([self.first_change, self.previous_change, self.next_change, self.last_change])
        toolbar.addSeparator()
        toolbar.addActions([self.previous_fact, self.next_fact, self.review_next])
        toolbar.addSeparator()
        toolbar.addActions([self.sync, self.find, self.zoom_out, self.zoom_in])
        return toolbar
