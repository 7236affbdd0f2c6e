import sys
from pathlib import Path

# tests/revisions.py builds revised letters for every test package
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
