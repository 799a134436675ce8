"""The original video's SHA-256, and finding it again after it was renamed or moved."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from kneedesk.media import HashCancelledError, file_sha256, find_by_hash
from kneedesk.media import hashing as hashing_module


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_the_hash_is_sha256_of_the_whole_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hashing_module, "CHUNK", 1000)  # many chunks, one short at the end
    data = os.urandom(10_500)
    path = write(tmp_path / "clip.mp4", data)
    seen: list[tuple[int, int]] = []
    digest = file_sha256(path, progress=lambda done, total: seen.append((done, total)))
    assert digest == hashlib.sha256(data).hexdigest()
    assert seen[-1] == (10_500, 10_500)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert len(seen) == 11


def test_an_empty_file_has_the_empty_hash(tmp_path: Path) -> None:
    assert file_sha256(write(tmp_path / "empty.mp4", b"")) == hashlib.sha256(b"").hexdigest()


def test_cancelling_stops_the_hash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hashing_module, "CHUNK", 1000)
    path = write(tmp_path / "clip.mp4", os.urandom(10_000))
    seen: list[int] = []
    with pytest.raises(HashCancelledError):
        file_sha256(
            path, progress=lambda done, _: seen.append(done), cancelled=lambda: len(seen) >= 3
        )
    assert seen == [1000, 2000, 3000]


def test_a_renamed_file_is_found_by_its_hash(tmp_path: Path) -> None:
    data = os.urandom(5000)
    digest = hashlib.sha256(data).hexdigest()
    write(tmp_path / "other.mp4", os.urandom(5000))
    write(tmp_path / "notes.txt", data)  # not a video: not looked at
    renamed = write(tmp_path / "2026-12" / "renamed.MOV", data)
    assert find_by_hash(tmp_path, digest, "IMG_0042.MOV") == renamed


def test_the_hinted_name_is_found_first(tmp_path: Path) -> None:
    data = os.urandom(5000)
    digest = hashlib.sha256(data).hexdigest()
    hinted = write(tmp_path / "sub" / "IMG_0042.MOV", data)
    write(tmp_path / "copy.mov", data)
    assert find_by_hash(tmp_path, digest, "IMG_0042.MOV") == hinted


def test_a_changed_file_is_not_taken_for_the_original(tmp_path: Path) -> None:
    data = os.urandom(5000)
    digest = hashlib.sha256(data).hexdigest()
    write(tmp_path / "IMG_0042.MOV", data[:-1] + b"x")
    assert find_by_hash(tmp_path, digest, "IMG_0042.MOV") is None


def test_nothing_is_found_when_the_file_is_gone(tmp_path: Path) -> None:
    data = os.urandom(5000)
    digest = hashlib.sha256(data).hexdigest()
    path = write(tmp_path / "IMG_0042.MOV", data)
    assert find_by_hash(tmp_path, digest, "IMG_0042.MOV") == path
    path.unlink()
    assert find_by_hash(tmp_path, digest, "IMG_0042.MOV") is None
    assert find_by_hash(tmp_path / "no such folder", digest, "IMG_0042.MOV") is None


def test_only_one_level_of_folders_is_searched(tmp_path: Path) -> None:
    data = os.urandom(5000)
    write(tmp_path / "a" / "b" / "deep.mp4", data)
    assert find_by_hash(tmp_path, hashlib.sha256(data).hexdigest(), "deep.mp4") is None


def test_with_the_size_only_files_of_that_size_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = os.urandom(5000)
    digest = hashlib.sha256(data).hexdigest()
    write(tmp_path / "big.mp4", os.urandom(9000))
    write(tmp_path / "other.mp4", os.urandom(5000))
    original = write(tmp_path / "sub" / "renamed.mp4", data)
    hashed: list[str] = []
    real = hashing_module.file_sha256

    def counting(path: Path, **kwargs: object) -> str:
        hashed.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(hashing_module, "file_sha256", counting)
    assert find_by_hash(tmp_path, digest, "IMG_1.mp4", size_bytes=5000) == original
    assert "big.mp4" not in hashed
    assert find_by_hash(tmp_path, digest, "IMG_1.mp4", size_bytes=4999) is None
