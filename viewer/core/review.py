"""Review marks: which fact pairs the clerk has checked, kept per pair of letters between sessions.

A clerk works through forty changed facts over a day, with interruptions; the marks say which
ones are done. They belong to the two letters' *text*, not to the files' names: the same pair
opened again (moved, renamed, or as XML instead of the PDF text, which loads to the same text)
finds its marks, and a letter whose text changed starts afresh, since the facts may have too.

A fact pair is known by its kind and each side's words and place in the letter, which the
comparison of the same two texts always reproduces. The marks of one pair of letters live in
one small JSON file, written whole or not at all (export/atomic.py), so a crash or a full disk
never loses the marks already saved.

The letters swapped (the clerk opened them the wrong way round) are the same pair: the file is
named by the texts in the order they were first ticked off in, and read the other way round, each
mark names the same facts with their sides exchanged. Files written before this are read unchanged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from viewer.core.comparison import Comparison
from viewer.core.export.atomic import write_atomically
from viewer.core.facts.model import Fact, FactPair

FORMAT = "briefvergelijker/review/1"
# Far above what any letter pair needs (a key is ~100 bytes); a bigger file is not ours.
MAX_BYTES = 5 * 2**20
SUFFIX = ".json"
SET_ASIDE = ".onleesbaar"


def _texts_key(first: str, second: str) -> str:
    digest = hashlib.sha256()
    for text in (first, second):
        data = text.encode("utf-8")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()[:40]


def _set_aside(path: Path) -> str:
    """Move an unreadable marks file to a name of its own ("….json.onleesbaar", then
    "….json.onleesbaar.2", ...), never over one set aside before; the name, or "" when it could not
    be moved."""
    names = (path.name + SET_ASIDE + (f".{n}" if n > 1 else "") for n in range(1, 1000))
    for name in names:
        target = path.with_name(name)
        if target.exists():
            continue
        try:
            os.replace(path, target)
        except OSError:
            return ""
        return name
    return ""


def comparison_key(comparison: Comparison) -> str:
    """The two letters' texts, old then new, as a file name: the same texts give the same key."""
    return _texts_key(comparison.old.text, comparison.new.text)


def _side(fact: Fact | None) -> str:
    return "-" if fact is None else f"{fact.offset}:{fact.text}"


def pair_key(pair: FactPair) -> str:
    return f"{pair.kind}|{_side(pair.old)}|{_side(pair.new)}"


def mirrored_pair_key(pair: FactPair) -> str:
    """The key the same fact pair has in the letters compared the other way round."""
    return f"{pair.kind}|{_side(pair.new)}|{_side(pair.old)}"


@dataclass(frozen=True)
class Problem:
    """Why the saved marks could not be read, in Dutch and in English; names the file, and the
    name it was set aside under ("" when it was left where it is)."""

    path: str
    reason_nl: str
    reason_en: str
    aside: str = ""

    @property
    def nl(self) -> str:
        return f"{self.path}: {self.reason_nl}" + (f"; bewaard als {self.aside}" if self.aside else "")

    @property
    def en(self) -> str:
        return f"{self.path}: {self.reason_en}" + (f"; kept as {self.aside}" if self.aside else "")

    def text(self, language: str = "nl") -> str:
        return self.en if language == "en" else self.nl


class _Unreadable(ValueError):
    def __init__(self, nl: str, en: str) -> None:
        super().__init__(nl)
        self.nl, self.en = nl, en


@dataclass
class ReviewMarks:
    """The marks of one pair of letters. `problem` says why earlier marks could not be read.

    `key`, the paths and `reviewed` are as the file has them: with `mirrored` the file holds the
    letters the other way round from the comparison shown (its old letter is the new one shown)."""

    key: str
    old_path: str
    new_path: str
    reviewed: set[str] = field(default_factory=set)
    problem: Problem | None = None
    mirrored: bool = False
    # what this reader ticked and unticked since the marks were read: another window on the same
    # letters may have saved its own in the meantime, and saving merges them (ReviewStore.save)
    ticked: set[str] = field(default_factory=set, repr=False)
    unticked: set[str] = field(default_factory=set, repr=False)

    def _key(self, pair: FactPair) -> str:
        return mirrored_pair_key(pair) if self.mirrored else pair_key(pair)

    def is_reviewed(self, pair: FactPair) -> bool:
        return self._key(pair) in self.reviewed

    def set_reviewed(self, pair: FactPair, done: bool) -> None:
        key = self._key(pair)
        if done:
            self.reviewed.add(key)
            self.ticked.add(key)
            self.unticked.discard(key)
        else:
            self.reviewed.discard(key)
            self.unticked.add(key)
            self.ticked.discard(key)

    def reviewed_keys(self, pairs: Iterable[FactPair]) -> set[str]:
        """The keys (pair_key) of the pairs shown that are ticked off, for the reports and tables."""
        return {pair_key(pair) for pair in pairs if self.is_reviewed(pair)}


class ReviewStore:
    """The folder of review files, one per pair of letters."""

    def __init__(self, folder: str | os.PathLike[str], read_only: bool = False) -> None:
        """`read_only`: a print from the command line reads the clerk's marks and changes nothing,
        not even an unreadable file (which is then left where it is)."""
        self.folder = Path(folder)
        self.read_only = read_only

    def path(self, key: str) -> Path:
        return self.folder / f"{key}{SUFFIX}"

    def load(self, comparison: Comparison) -> ReviewMarks:
        """The marks saved for these two letters, in either order; none yet is not a problem, an
        unreadable file is.

        An unreadable file is set aside under another name rather than overwritten by the next
        save: what it held may still be recovered by hand.
        """
        old, new = comparison.old, comparison.new
        direct = ReviewMarks(comparison_key(comparison), old.meta.path, new.meta.path)
        swapped = ReviewMarks(_texts_key(new.text, old.text), new.meta.path, old.meta.path, mirrored=True)
        for marks in (direct, swapped) if swapped.key != direct.key else (direct,):
            if self._read(marks):
                return marks
        return direct

    def _read(self, marks: ReviewMarks) -> bool:
        """Fill `marks` from its file; False when there is no such file."""
        path = self.path(marks.key)
        try:
            with path.open("rb") as stream:
                data = stream.read(MAX_BYTES + 1)
        except FileNotFoundError:
            return False
        except OSError as error:
            reason = error.strerror or str(error)
            marks.problem = Problem(str(path), reason, reason)
            return True
        try:
            if len(data) > MAX_BYTES:
                raise _Unreadable("te groot", "too large")
            marks.reviewed = _parse(data)
        except _Unreadable as error:
            aside = "" if self.read_only else _set_aside(path)
            marks.problem = Problem(str(path), error.nl, error.en, aside)
        return True

    def save(self, marks: ReviewMarks) -> bool:
        """Write the marks whole or not at all; raises OSError (a full disk, a read-only folder).

        The file as it stands now is merged in first: a second window on the same two letters saves
        its ticks too, and neither may lose the other's. What this reader ticked or unticked wins;
        the rest is as the file has it. True when that brought in marks the reader had not seen
        (`marks.reviewed` then holds them)."""
        if self.read_only:
            raise PermissionError(f"{self.folder}: read only")
        self.folder.mkdir(parents=True, exist_ok=True)
        saved = self._saved(marks.key)
        merged = marks.reviewed if saved is None else (saved - marks.unticked) | marks.ticked
        changed = merged != marks.reviewed
        marks.reviewed = set(merged)
        data = {
            "format": FORMAT,
            "old": marks.old_path,
            "new": marks.new_path,
            "saved": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "reviewed": sorted(marks.reviewed),
        }
        write_atomically(str(self.path(marks.key)), json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        return changed

    def _saved(self, key: str) -> set[str] | None:
        """The marks in the file now; None when there is none, or none that can be read (then the
        reader's own marks are all there is)."""
        try:
            with self.path(key).open("rb") as stream:
                data = stream.read(MAX_BYTES + 1)
            return None if len(data) > MAX_BYTES else _parse(data)
        except (OSError, _Unreadable):
            return None


def _parse(data: bytes) -> set[str]:
    try:
        content = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _Unreadable(f"geen geldige JSON ({error})", f"not valid JSON ({error})") from None
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise _Unreadable("geen bestand met nagekeken feiten", f"not a file of review marks ({FORMAT})")
    reviewed = content.get("reviewed")
    if not isinstance(reviewed, list) or not all(isinstance(k, str) for k in reviewed):
        raise _Unreadable("de lijst 'reviewed' ontbreekt of is onjuist", "the list 'reviewed' is missing or wrong")
    return set(reviewed)
