"""The writer of exports: whole files, the right permissions, links and special files left intact."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.core.export.atomic import write_atomically

POSIX = pytest.mark.skipif(os.name != "posix", reason="permissions, links and pipes as POSIX has them")


def test_a_new_file_is_written_whole_with_nothing_left_beside_it(tmp_path: Path) -> None:
    out = tmp_path / "vergelijking.json"
    write_atomically(str(out), '{"a": 1}\n')
    assert out.read_text(encoding="utf-8") == '{"a": 1}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["vergelijking.json"]


@POSIX
def test_a_new_file_gets_the_permissions_the_umask_gives(tmp_path: Path) -> None:
    """Not the temporary file's 0600: a colleague on a shared folder must be able to read an export."""
    out = tmp_path / "nieuw.json"
    script = (
        "import os, sys; os.umask(0o022); from viewer.core.export.atomic import write_atomically; "
        "write_atomically(sys.argv[1], 'x')"
    )
    root = Path(__file__).resolve().parents[3]
    subprocess.run([sys.executable, "-c", script, str(out)], check=True, cwd=root)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


@POSIX
def test_an_existing_file_keeps_its_permissions(tmp_path: Path) -> None:
    out = tmp_path / "oud.json"
    out.write_text("oud")
    out.chmod(0o640)
    write_atomically(str(out), "nieuw")
    assert out.read_text() == "nieuw" and stat.S_IMODE(out.stat().st_mode) == 0o640


@POSIX
def test_through_a_link_the_file_it_names_is_replaced_and_the_link_stays(tmp_path: Path) -> None:
    real = tmp_path / "echt.json"
    real.write_text("oud")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomically(str(link), "nieuw")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "nieuw"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["echt.json", "link.json"]


@POSIX
def test_a_pipe_is_written_to_and_stays_a_pipe(tmp_path: Path) -> None:
    """`-o /dev/stdout` and the like: nothing may be renamed over a pipe, a terminal or a device."""
    pipe = tmp_path / "pijp"
    os.mkfifo(pipe)
    reader = subprocess.Popen(["cat", str(pipe)], stdout=subprocess.PIPE)
    write_atomically(str(pipe), "door de pijp\n")
    out, _ = reader.communicate(timeout=10)
    assert out == b"door de pijp\n"
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pijp"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "oud.json"
    out.write_text("oud")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        write_atomically(str(out), "nieuw")
    assert out.read_text() == "oud"
    assert [p.name for p in tmp_path.iterdir()] == ["oud.json"]
