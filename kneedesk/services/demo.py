"""The demo clinic: synthetic runners with visits that improve over weeks, signed as the app
signs them. Made by `kneedesk demo`, `kneedesk --demo` and the docs' screenshots."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from kneedesk.core.answers import Answers
from kneedesk.core.derived import age_in_years
from kneedesk.core.protocol import new_visit_protocol
from kneedesk.services.demo_answers import profile, visit_answers

if TYPE_CHECKING:
    from kneedesk.store.visit_rows import Side

# The store (and sqlite-utils with it) is imported when the demo clinic is made, not here:
# the command line's parser imports this module (through `kneedesk.cli.demo`) for every
# command.

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "kneedesk-demo"
DEMO_FLAG = "demo_clinic"

# Synthetic people; any likeness is chance. Names cover the scripts the handout supports.
NAMES: tuple[tuple[str, str, str], ...] = (
    ("Zoë", "Ångström-Łukasiewicz", "female"),
    ("Minh Khai", "Nguyễn Thị", "female"),
    ("Иван", "Петров", "male"),
    ("小龍", "李", "male"),
    ("민수", "김", "male"),
    ("דוד", "כהן", "male"),
    ("محمد", "حداد", "male"),
    ("Ana", "Ruiz", "female"),
    ("Siobhán", "O'Connor", "female"),
    ("Jean-Luc", "Moreau", "male"),
    ("Aroha", "Ngata", "female"),
    ("Kwame", "Mensah", "male"),
    ("Priya", "Raghunathan", "female"),
    ("Lars", "Østergaard", "male"),
    ("María José", "García Márquez", "female"),
    ("Yuki", "Tanaka", "female"),
    ("Olumide", "Adébáyọ̀", "male"),
    ("Chloé", "Dubois", "female"),
    ("Mateus", "Gonçalves", "male"),
    ("Aino", "Järvinen", "female"),
    ("Tomasz", "Wiśniewski", "male"),
    ("Emma", "Schmidt", "female"),
    ("Ravi", "Patel", "male"),
    ("Sofia", "Rossi", "female"),
    ("Noah", "Williams", "male"),
    ("Fatima", "Zahra", "female"),
    ("Hiroshi", "Yamamoto", "male"),
    ("Elif", "Yılmaz", "female"),
    ("Jack", "Thompson", "male"),
    ("Ingrid", "Nilsson", "female"),
)


def create_demo_clinic(
    path: Path | str,
    *,
    today: date | None = None,
    on_runner: Callable[[int, int], None] | None = None,
) -> bool:
    """Fill a database with the demo clinic; returns False if it was already there.

    `on_runner(done, total)` is called after each runner is added (from this thread).
    """
    from kneedesk.services.signing import sign_visit
    from kneedesk.store.clinic_settings import ClinicDetails, SettingKey
    from kneedesk.store.clinicians import Role
    from kneedesk.store.store import Store

    protocol = new_visit_protocol()
    today = today or date.today()
    with Store.open(path) as store:
        if store.settings.get(DEMO_FLAG):
            return False
        if store.accounts.by_username(DEMO_USERNAME) is None:
            store.accounts.create(
                username=DEMO_USERNAME,
                display_name="Demo Clinician",
                password=DEMO_PASSWORD,
                role=Role.ADMIN,
            )
        store.sign_in(DEMO_USERNAME, DEMO_PASSWORD)
        clinic = ClinicDetails(
            name="Riverside Sports Clinic (demo)",
            address="12 River Road, Springfield",
            phone="555-0142",
        )
        store.settings.save({SettingKey.CLINIC: clinic.stored()})
        rng = random.Random(2026)
        me = store.current
        assert me is not None
        for n, (given, family, sex) in enumerate(NAMES):
            born = date(rng.randint(1968, 2004), rng.randint(1, 12), rng.randint(1, 28))
            patient = store.patients.create(
                chart_number=f"D-{1001 + n}",
                given_name=given,
                family_name=family,
                birth_date=born,
                sex=sex,
            )
            runner = profile(rng, n)
            count = 1 + n % 6
            first = today - timedelta(weeks=3 * (count - 1) + rng.randint(0, 2))
            previous: Answers | None = None
            for k in range(count):
                progress = 0.0 if count == 1 else k / (count - 1)
                day = first + timedelta(weeks=3 * k)
                age = age_in_years(born, day)
                values = visit_answers(
                    protocol, rng, runner, progress, age=age, follow_up=previous is not None
                )
                visit = store.visits.create_draft(patient.id, visit_date=day, clinician_id=me.id)
                for item_id, value in values.items():
                    item = protocol.item(item_id)
                    if item.per_side:
                        for s, v in value.items():
                            slot: Side = "left" if s == "left" else "right"
                            store.visits.save_answer(visit.id, item_id, slot, v)
                    else:
                        store.visits.save_answer(visit.id, item_id, "whole", value)
                if k < count - 1 or n % 3 != 0:  # every third patient has today's draft open
                    # As the app signs: the stored answers' findings, the suggested plan.
                    sign_visit(store, visit.id, me.id, review="in 3 weeks")
                previous = Answers(values)
            if on_runner is not None:
                on_runner(n + 1, len(NAMES))
        store.settings.set(DEMO_FLAG, True)
        store.sign_out()
    return True
