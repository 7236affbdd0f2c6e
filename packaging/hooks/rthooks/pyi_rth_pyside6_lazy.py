"""Replaces PyInstaller's PySide6 run-time hook (see rthooks.dat), which imports PySide6.QtCore at every start.

That import loads Qt and ICU (about 70 ms) even for `--version` and the headless `compare`, which never use Qt.
This hook does the same two things, but the second only once the program itself imports PySide6.QtCore:
point Qt at the bundled plugins, and register the embedded qt.conf that makes Qt look for its translations
and plugins inside the bundle (PyInstaller's helper, _pyi_rth_utils.qt.create_embedded_qt_conf).
"""


def _pyi_rthook():
    import importlib.abc
    import os
    import sys

    # the Qt prefix of the PySide6 wheels: PySide6/ on Windows, PySide6/Qt/ elsewhere
    qt_dir = os.path.join(sys._MEIPASS, "PySide6", *([] if sys.platform == "win32" else ["Qt"]))
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_dir, "plugins")

    class RelocateAfterExec(importlib.abc.Loader):
        def __init__(self, inner):
            self.inner = inner

        def create_module(self, spec):
            return self.inner.create_module(spec)

        def exec_module(self, module):
            self.inner.exec_module(module)
            from _pyi_rth_utils import qt

            qt.create_embedded_qt_conf("PySide6", qt_dir)

    class WatchQtCore(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            for finder in sys.meta_path:
                spec = finder.find_spec(name, path, target) if hasattr(finder, "find_spec") else None
                if spec is not None:
                    spec.loader = RelocateAfterExec(spec.loader)
                    return spec
            return None

    sys.meta_path.insert(0, WatchQtCore())


_pyi_rthook()
del _pyi_rthook
