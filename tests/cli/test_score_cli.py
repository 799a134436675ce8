"""`kneedesk score` end to end, in a subprocess, as a clinic's script would run it."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

EXAMPLES = files("kneedesk.resources").joinpath("examples")


def example_path(name: str) -> str:
    return str(EXAMPLES.joinpath(name))


def kneedesk(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kneedesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=60,
        check=False,
    )


def score(*args: str, cwd: Path) -> dict[str, Any]:
    result = kneedesk("score", *args, cwd=cwd)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def write_json(path: Path, data: Any) -> str:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return str(path)


def example_data(name: str = "example-visit.json") -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLES.joinpath(name).read_text(encoding="utf-8"))
    return data


# --- help -----------------------------------------------------------------------------------


def test_python_m_kneedesk_help(tmp_path: Path) -> None:
    result = kneedesk("--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "score" in result.stdout


def test_console_script_help(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("kneedesk")
    if not script.exists():
        script = script.with_suffix(".exe")
    result = subprocess.run(
        [str(script), "--help"], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert result.returncode == 0
    assert "score" in result.stdout


def test_score_help_explains_output_and_exit_status(tmp_path: Path) -> None:
    result = kneedesk("score", "--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "--previous" in result.stdout
    assert "--thresholds" in result.stdout
    assert "exit status is 2" in result.stdout


# --- good documents -------------------------------------------------------------------------


def test_first_visit_scores(tmp_path: Path) -> None:
    out = score(example_path("example-visit.json"), cwd=tmp_path)
    kujala = out["scores"]["kujala"]
    # limp none 5 + support full 5 + walking unlimited 5 + stairs slight_pain_descending 8
    # + squatting painful_each_time 3 + running slight_pain_from_start 6 + jumping constant_pain 2
    # + sitting constant_pain 6 + pain slight_occasional 8 + swelling after_severe_exertion 8
    # + kneecap none 10 + thigh_atrophy slight 3 + flexion_deficit none 5 = 74
    assert kujala["total"] == 74
    assert kujala["missing"] == []
    assert kujala["change"] is None
    abduction = out["scores"]["strength"]["hip.abduction_force"]
    # 141 N / (61.5 kg x 9.81) x 100 = 23.37 %BW; 182 / 603.3 x 100 = 30.17 %BW
    assert abduction["percent_bw"] == {"left": 30.2, "right": 23.4}
    # painful right / left = 141 / 182 x 100 = 77.47 %
    assert abduction["lsi"] == 77.5
    assert out["red_flag"] is False
    ids = {f["id"] for f in out["findings"]}
    # LSI 77.5 < 90; longest run 18 km vs 14 km = +28.6 %; cadence 164 <= 170
    assert {"hip_strength_deficit", "load_spike", "low_cadence"} <= ids
    assert "refer_first" not in ids


def test_follow_up_reports_change_since_previous_visit(tmp_path: Path) -> None:
    out = score(
        example_path("example-followup.json"),
        "--previous",
        example_path("example-visit.json"),
        cwd=tmp_path,
    )
    kujala = out["scores"]["kujala"]
    # 5 + 5 + 5 + stairs no_difficulty 10 + squatting repeated_painful 4 + running
    # pain_after_2km 8 + jumping slight_difficulty 7 + sitting pain_after_exercise 8 + pain 8
    # + swelling none 10 + kneecap none 10 + thigh_atrophy slight 3 + flexion none 5 = 88
    assert kujala["total"] == 88
    assert kujala["change"] == 14  # 88 - 74, at least the 10-point MCID
    assert kujala["meaningful_change"] is True
    assert out["scores"]["pain"]["usual"]["change"] == -2  # 2 - 4


def test_red_flag_visit(tmp_path: Path) -> None:
    out = score(example_path("example-red-flag.json"), cwd=tmp_path)
    assert out["red_flag"] is True
    assert [f["id"] for f in out["findings"]] == ["refer_first"]
    assert out["plan"] == []


def test_bilateral_pain_has_no_limb_symmetry_index(tmp_path: Path) -> None:
    out = score(example_path("example-bilateral.json"), cwd=tmp_path)
    # 5 + 5 + 3 + 5 + 3 + running unable 0 + 2 + must_straighten 4 + 8 + 6 + 10 + 3 + 3 = 57
    assert out["scores"]["kujala"]["total"] == 57
    assert out["scores"]["strength"]["hip.abduction_force"]["lsi"] is None


def test_output_is_utf8_json_with_indent_2(tmp_path: Path) -> None:
    result = kneedesk("score", example_path("example-visit.json"), cwd=tmp_path)
    assert result.stdout.startswith('{\n  "')
    assert result.stdout.endswith("}\n")


def test_thresholds_file_changes_findings(tmp_path: Path) -> None:
    # With the LSI threshold lowered to 75 %, 77.5 % no longer counts as a deficit.
    thresholds = write_json(tmp_path / "t.json", {"lsi_min_percent": 75})
    default = score(example_path("example-visit.json"), cwd=tmp_path)
    assert "hip_strength_deficit" in {f["id"] for f in default["findings"]}
    out = score(example_path("example-visit.json"), "--thresholds", thresholds, cwd=tmp_path)
    assert out["thresholds_changed"] == {"lsi_min_percent": 75.0}
    # right/left: abduction 77.5 %, external rotation 96/118 = 81.4 %, extension 188/205 = 91.7 %
    assert "hip_strength_deficit" not in {f["id"] for f in out["findings"]}


# --- bad input ------------------------------------------------------------------------------


def test_bad_document_exits_2_with_one_line_per_problem(tmp_path: Path) -> None:
    data = example_data()
    data["answers"]["body_mass"] = 350
    data["answers"]["symptom_side"] = "rigth"
    data["answers"]["hip.abduction_force"] = 141.0
    data["answers"]["hip.abduction"] = 141.0
    path = write_json(tmp_path / "bad.json", data)
    result = kneedesk("score", path, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 4
    assert all(line.startswith(f"{path}: ") for line in lines)
    named = [line.removeprefix(f"{path}: ").split(":", 1)[0] for line in lines]
    assert named == ["body_mass", "symptom_side", "hip.abduction_force", "hip.abduction"]
    assert "350 is outside 20 to 300 kg" in lines[0]


def test_problems_in_both_documents_are_all_reported(tmp_path: Path) -> None:
    bad = example_data()
    bad["answers"]["pain.usual"] = 11
    bad_previous = example_data()
    bad_previous["patient"]["birth_date"] = "02/03/1994"
    visit = write_json(tmp_path / "visit.json", bad)
    previous = write_json(tmp_path / "previous.json", bad_previous)
    result = kneedesk("score", visit, "--previous", previous, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"{visit}: pain.usual: 11 is outside 0 to 10",
        f'{previous}: patient.birth_date: must be a real date written YYYY-MM-DD, not "02/03/1994"',
    ]


def test_previous_visit_of_another_patient_is_refused(tmp_path: Path) -> None:
    other = example_data()
    other["patient"]["id"] = "P-2026-0999"
    other["visit"]["date"] = "2026-09-01"
    previous = write_json(tmp_path / "other.json", other)
    visit = example_path("example-visit.json")
    result = kneedesk("score", visit, "--previous", previous, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"{previous}: patient.id: is 'P-2026-0999', not the scored visit's patient 'P-2026-0142'"
    ]


def test_json_syntax_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "kneedesk-visit",\n "answers": {"body_mass": 61,5}}', "utf-8")
    result = kneedesk("score", str(path), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"{path}: document: not valid JSON at line 2 column 30: Expecting property name "
        "enclosed in double quotes"
    ]


def test_unreadable_file(tmp_path: Path) -> None:
    result = kneedesk("score", "absent.json", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == "absent.json: cannot read the file (No such file or directory)\n"


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ('{"lsi_min": 80}', "unknown threshold 'lsi_min'"),
        ('{"lsi_min_percent": "80"}', "'lsi_min_percent' must be a number"),
        ("[80]", "must be a JSON object"),
        ("{lsi}", "not valid JSON"),
    ],
)
def test_bad_thresholds_file(tmp_path: Path, content: str, fragment: str) -> None:
    path = tmp_path / "thresholds.json"
    path.write_text(content, encoding="utf-8")
    result = kneedesk(
        "score", example_path("example-visit.json"), "--thresholds", str(path), cwd=tmp_path
    )
    assert result.returncode == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"{path}: ")
    assert fragment in line


# --- protocol v2 -----------------------------------------------------------------------------


def test_score_v2_example_gives_the_v2_findings_and_plan(tmp_path: Path) -> None:
    out = score(example_path("example-visit-v2.json"), cwd=tmp_path)
    assert out["protocol"] == {"id": "runners-knee", "version": 2}
    assert out["diagnosis_status"] == "pfp"
    levels = {f["id"]: f["level"] for f in out["findings"]}
    # Worked by hand from the example's answers (right knee painful, 61.5 kg, age 32):
    assert levels == {
        "pfp_pattern": "info",  # around/behind kneecap, squat pain 3, differential clear
        "fear_of_movement": "attention",  # TSK-11 31 >= 29
        "load_spike": "attention",  # 18 / 14 - 1 = 28.6%: small band
        "quadriceps_deficit": "attention",  # 262 / 310 = 84.5%
        "hip_strength_deficit": "attention",  # abduction 77.5%, ER 81.4%
        "pelvic_control": "attention",
        "knee_collapse": "attention",
        "trunk_control": "info",  # side plank 35 / 48 = 72.9%
        "ankle_mobility": "attention",  # 11.5 - 9.0 = 2.5 cm, painful right stiffer
        "foot_pronation": "info",  # FPI-6 right +7
        "mobility_deficit": "info",  # AKE right 25 > 20
        "balance_asymmetry": "info",  # 62 - 57 = 5 > 4 cm
        "low_cadence": "attention",  # 164 <= 170
        "fatigue_breakdown": "info",
    }
    assert list(levels)[:3] == ["pfp_pattern", "fear_of_movement", "load_spike"]
    spike = next(f for f in out["findings"] if f["id"] == "load_spike")
    assert spike["clinician_text"].startswith(
        "Small single-run spike 29% (HRR 1.64, any overuse running injury)."
    )
    assert out["plan"] == [
        "side_lying_hip_abduction",
        "clamshell_band",
        "knee_extension_90_45",
        "wall_sit",
        "step_up",
        "side_plank",
        "run_reduce_rebuild",
        "cadence_retraining",
        "education_load",
        "education_exercise",
    ]
    scores = out["scores"]
    assert scores["irritability"]["stage"] == "moderate"  # usual pain 4, daily bent-knee
    assert scores["irritability"]["provisional"] is False
    assert scores["spike_band"] == {"band": "small", "hrr": 1.64}
    assert scores["tsk11"]["band"] == "moderate"
    assert scores["fpi6"]["right"]["band"] == "pronated"
    # ER torque with the knee lever arm: 96 x 0.38 / 61.5 = 0.59 N.m/kg.
    er = scores["strength"]["hip.external_rotation_force"]["torque_nm_per_kg"]
    assert er["right"] == 0.59
    suggested = out["suggested_plan"]
    offered = [i["id"] for i in suggested["items"] if i["group"] == "offered"]
    assert offered == ["foot_orthoses_prefab"]
    assert suggested["suggest_taping_trial"] is True


def test_v1_example_output_has_no_v2_keys(tmp_path: Path) -> None:
    out = score(example_path("example-visit.json"), cwd=tmp_path)
    assert set(out) == {
        "protocol",
        "red_flag",
        "scores",
        "findings",
        "plan",
        "thresholds_changed",
    }


def test_v1_er_torque_is_not_exported_but_other_torques_are(tmp_path: Path) -> None:
    # Clinical content v2, 10.4: v1 ER torque used the hip lever arm (about 2x high).
    strength = score(example_path("example-visit.json"), cwd=tmp_path)["scores"]["strength"]
    assert strength["hip.external_rotation_force"]["torque_nm_per_kg"] == {
        "left": None,
        "right": None,
    }
    assert strength["hip.external_rotation_force"]["percent_bw"]["left"] is not None
    assert strength["hip.abduction_force"]["torque_nm_per_kg"]["left"] is not None
    v2 = score(example_path("example-visit-v2.json"), cwd=tmp_path)["scores"]["strength"]
    assert v2["hip.external_rotation_force"]["torque_nm_per_kg"]["left"] is not None
