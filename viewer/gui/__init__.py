"""The Qt adapter of the core comparison (PySide6 only here). `viewer.gui.app.run` starts it."""
