"""The findings speak the patient's language: Spanish sentences with the patient's own numbers
written with a decimal comma, sides and list endings in Spanish, and English unchanged.

These read the shipped catalogue (resources/locale/es), so they fail if a finding's text stops
going through the translation lookup, or the lookup stops finding the catalogue.
"""

from __future__ import annotations

from datetime import date

from test_still_text import fppa, still
from v2_helpers import fire_v2

from kneedesk.core.angles import ANGLES, View
from kneedesk.core.findings.context import join_words
from kneedesk.core.i18n import use_language
from kneedesk.core.still_text import clinician_lines, patient_sentences

# Right knee painful (QUIET_V2): the right ankle is stiff and under 8 cm.
STIFF_RIGHT_ANKLE = {"ankle.knee_to_wall": {"left": 12.0, "right": 7.5}}
ENGLISH_ANKLE = (
    "In the knee-to-wall test your toes could be 12 cm from the wall on the left and 7.5 cm on "
    "the right. A stiff ankle is linked with the knee moving inward when you bend on one leg."
)


def test_english_patient_sentence_is_unchanged() -> None:
    with use_language("en"):
        finding = fire_v2(STIFF_RIGHT_ANKLE)["ankle_mobility"]
    assert finding.patient_text == ENGLISH_ANKLE
    assert finding.title == "Ankle mobility"
    assert [e.text() for e in finding.evidence] == [
        "right: knee-to-wall side difference, painful side stiffer 4.5 cm >= 2 cm",
        "right: knee-to-wall 7.5 cm < 8 cm",
    ]


def test_spanish_patient_sentence_has_the_patients_numbers_with_a_decimal_comma() -> None:
    with use_language("es"):
        finding = fire_v2(STIFF_RIGHT_ANKLE)["ankle_mobility"]
        # Evidence lines are written when asked for, in the language active then.
        evidence = finding.evidence[1].text()
    text = finding.patient_text
    assert text != ENGLISH_ANKLE
    assert "rodilla a la pared" in text  # the test, by the glossary's name
    assert "tobillo" in text
    assert "12 cm" in text
    assert "7,5 cm" in text
    assert "7.5" not in text
    assert "knee" not in text
    assert finding.title == "Movilidad de tobillo"
    # The evidence for the clinician: side, label and numbers in Spanish.
    assert evidence == "derecha: rodilla a la pared 7,5 cm < 8 cm"
    # The stored values are still numbers in the item's unit, not text.
    assert finding.evidence[1].value == 7.5


def test_spanish_sides_agree_with_their_noun() -> None:
    with use_language("es"):
        pronation = fire_v2({"foot.fpi6": {"right": 8}})["foot_pronation"].patient_text
        quads = fire_v2({"knee.extension_force": {"left": 310.0, "right": 262.0}})[
            "quadriceps_deficit"
        ].patient_text
    assert pronation.startswith("Su pie derecho ")  # el pie: masculine
    assert "muslo derecho" in quads
    assert "izquierdo" in quads


def test_lists_end_with_the_languages_and() -> None:
    words = ["a", "b", "c"]
    expected = {"en": "a, b and c", "es": "a, b y c", "fr": "a, b et c", "de": "a, b und c"}
    for language, joined in expected.items():
        with use_language(language):
            assert join_words(words) == joined


def test_still_sentences_and_lines_in_spanish() -> None:
    level = still(("angle.fppa", ((100, 0), (100.5, 100), (100, 200))), item="hip.step_down")
    with use_language("es"):
        (sentence,) = patient_sentences(level)
        lines = clinician_lines(fppa(130), (date(2026, 10, 3), fppa(110)))
        label = ANGLES["angle.pelvic_drop"].label
        view = View.BACK.label
    assert sentence == (
        "En el step-down, su rodilla derecha se mantuvo alineada con su cadera y su tobillo."
    )
    assert lines[0].startswith("FPPA 33,4° (derecha, vista frontal, fotograma 212 de 480 ")
    assert "+22,0°" in lines[0]
    assert label == "Caída contralateral de la pelvis"
    assert view.startswith("Posterior")
    with use_language("en"):
        assert ANGLES["angle.pelvic_drop"].label == "Contralateral pelvic drop"
