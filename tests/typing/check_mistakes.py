"""Mistakes a type checker must catch (run by ``mypy --strict src tests/typing``, see .ci/run).

Each line that must be an error carries ``# type: ignore[code]``: mypy --strict reports an
unused ignore, so if a line stops being an error the check fails. Not collected by pytest.
"""

from datetime import date

import fpcore
from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
from fpcore.incentives import ProgrammeCode, program


def mistakes() -> None:
    """Never called: the module is checked by mypy and imported by pytest's doctest run."""
    mum = Person(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), hukou=Hukou.RURAL)
    kid = Child(sex=Sex.MALE, birth_date=date(2005, 1, 1))

    Family(mother=mum, father=None, children="x", jurisdiction=DINGNAN)  # type: ignore[arg-type]
    Family(mother=mum, father=None, children=[mum], jurisdiction=DINGNAN)  # type: ignore[list-item]
    Family(mother=mum, father=None, children=(kid,), jurisdiction="360728")  # type: ignore[arg-type]
    Person(sex="female", birth_date=date(1980, 1, 1), hukou=Hukou.RURAL)  # type: ignore[arg-type]
    family = Family(mother=mum, father=None, children=[kid], jurisdiction=DINGNAN)

    fpcore.assess("reward_assistence", family, on=date(2012, 1, 1))  # type: ignore[arg-type]
    wrong = "childcare"
    fpcore.entitlement(wrong, family, start=date(2025, 1, 1), end=date(2025, 1, 31))  # type: ignore[arg-type]

    # what is allowed: every built-in code, and codes known only at run time through program()
    for code in fpcore.programs():
        fpcore.assess(code, family, on=date(2012, 1, 1))
    chosen: ProgrammeCode = "childcare_subsidy"
    fpcore.assess(chosen, family, on=date(2025, 1, 1))
    from_a_form: str = "reward_assistance"
    program(from_a_form).assess(family, on=date(2012, 1, 1))
