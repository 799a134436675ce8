"""`kneedesk --self-test` passes from the source tree, and a failure names its step in one line."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest

import kneedesk
import kneedesk.__main__
from kneedesk.core.assessment import assess
from kneedesk.core.visit_doc import parse_visit_doc
from kneedesk.gui import selftest
from kneedesk.gui.selftest import SelfTestError, dark_fraction, run_self_test, step
from kneedesk.store.db import SCHEMA_VERSION

ROOT = Path(kneedesk.__file__).resolve().parent.parent
OK_LINE = re.compile(
    r"KneeDesk (?P<version>\S+) self-test: ok \(store schema (?P<schema>\d+), "
    r"example Kujala (?P<kujala>\d+)/100, (?P<findings>\d+) findings, "
    r"handout (?P<pages>\d+) pages, Qt (?P<qt>\S+) (?P<platform>\S+)\)"
)


def run_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kneedesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=300,
        check=False,
    )


def empty_account(tmp_path: Path) -> dict[str, str]:
    """The environment of a user account nothing has run on: empty home and XDG folders (so
    platformdirs chooses the data folder there), and no Qt platform chosen."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "XDG_STATE_HOME")}
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        env[name] = str(folder)
    return env


def test_self_test_passes_from_the_source_tree(tmp_path: Path) -> None:
    env = empty_account(tmp_path)
    done = run_cli("--self-test", env=env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1, done.stdout
    match = OK_LINE.fullmatch(lines[0])
    assert match is not None, lines[0]
    assert match["version"] == kneedesk.__version__
    assert int(match["schema"]) == SCHEMA_VERSION
    # With no platform set, the self-test chooses the offscreen one itself.
    assert match["platform"] == "offscreen"
    text = files("kneedesk.resources").joinpath(*selftest.EXAMPLE).read_text(encoding="utf-8")
    expected = assess(parse_visit_doc(json.loads(text)))
    assert int(match["kujala"]) == expected.scores.kujala.total
    assert int(match["findings"]) == len(expected.findings)
    assert int(match["pages"]) > 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders and POSIX modes")
def test_self_test_on_a_new_account_makes_the_data_folder_as_the_first_start_does(
    tmp_path: Path,
) -> None:
    env = empty_account(tmp_path)
    done = run_cli("--self-test", env=env)
    assert done.returncode == 0, done.stderr
    folder = Path(env["XDG_DATA_HOME"]) / "KneeDesk"
    assert folder.is_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert list(folder.iterdir()) == []  # the clinic's database is left to the app


def test_a_data_folder_that_cannot_be_made_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    monkeypatch.setattr("kneedesk.store.paths.default_data_dir", lambda: blocked / "KneeDesk")
    with pytest.raises(SelfTestError) as raised:
        selftest.check_data_folder()
    assert raised.value.step == "data folder"


def test_the_flag_runs_the_self_test(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "main", lambda: 7)
    assert kneedesk.__main__.main(["--self-test"]) == 7


def test_a_failed_step_is_one_line_naming_the_step(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_open(*args: object, **kwargs: object) -> None:
        raise OSError("No space left on device\n(while creating the file)")

    monkeypatch.setattr("kneedesk.store.store.Store.open", broken_open)
    status, line = run_self_test()
    assert status == 1
    assert line == (
        f"KneeDesk {kneedesk.__version__} self-test: FAILED at store: "
        "OSError: No space left on device (while creating the file)"
    )


def test_a_missing_resource_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "EXAMPLE", ("examples", "no-such-visit.json"))
    status, line = run_self_test()
    assert status == 1
    assert line.endswith("FAILED at resources: examples/no-such-visit.json is missing")


def test_a_missing_platform_plugin_fails_before_qt_would_abort(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "no-such-platform")
    with pytest.raises(SelfTestError) as raised:
        selftest.check_qt_platform()
    assert raised.value.step == "qt plugins"
    assert "no 'no-such-platform' platform plugin in" in raised.value.detail


def test_a_bug_in_a_check_still_gives_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def buggy() -> None:
        raise KeyError("oops")

    monkeypatch.setattr(selftest, "check_resources", buggy)
    status, line = run_self_test()
    assert (status, line) == (
        1,
        f"KneeDesk {kneedesk.__version__} self-test: FAILED: KeyError: 'oops'",
    )


def test_main_prints_a_failure_on_stderr(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(selftest, "run_self_test", lambda: (1, "KneeDesk x self-test: FAILED"))
    assert selftest.main() == 1
    out, err = capsys.readouterr()
    assert (out, err) == ("", "KneeDesk x self-test: FAILED\n")


def test_step_wraps_any_exception_with_its_name() -> None:
    with pytest.raises(SelfTestError) as raised, step("pdf"):
        raise ValueError("")
    assert (raised.value.step, raised.value.detail) == ("pdf", "ValueError: (no message)")


@pytest.mark.parametrize(
    ("gray", "expected"),
    [
        (b"", 0.0),
        (bytes([255]) * 10, 0.0),
        (bytes([0]) * 10, 1.0),
        (bytes([0, 127, 128, 255]), 0.5),
    ],
)
def test_dark_fraction(gray: bytes, expected: float) -> None:
    assert dark_fraction(gray) == expected
