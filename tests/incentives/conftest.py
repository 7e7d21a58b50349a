"""Shared builders for the incentive tests."""

from datetime import date

import pytest

from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex


def couple(
    *,
    he=date(1948, 3, 1),
    she=date(1950, 5, 2),
    hukou=Hukou.RURAL,
    children=(),
    jurisdiction=DINGNAN,
    **documents,
):
    father = None if he is None else Person(sex=Sex.MALE, birth_date=he, hukou=hukou)
    mother = None if she is None else Person(sex=Sex.FEMALE, birth_date=she, hukou=hukou)
    return Family(
        mother=mother, father=father, children=children, jurisdiction=jurisdiction, **documents
    )


def girl(born=date(1975, 8, 1), **kw):
    kw.setdefault("within_policy", True)
    return Child(sex=Sex.FEMALE, birth_date=born, **kw)


def boy(born=date(1977, 8, 1), **kw):
    kw.setdefault("within_policy", True)
    return Child(sex=Sex.MALE, birth_date=born, **kw)


@pytest.fixture
def build():
    """The builders, as one fixture: ``build.couple``, ``build.girl``, ``build.boy``."""

    class Builders:
        pass

    builders = Builders()
    builders.couple = couple
    builders.girl = girl
    builders.boy = boy
    return builders
