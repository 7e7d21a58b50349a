from datetime import date
from decimal import Decimal

import pytest

from fpcore import DINGNAN, Child, Family, Hukou, InvalidInputError, Parent, Person, Sex
from fpcore.indicators import Register, records_from_families, summarize

MUM = Person(sex=Sex.FEMALE, birth_date=date(1984, 2, 1), hukou=Hukou.RURAL)
DAD = Person(sex=Sex.MALE, birth_date=date(1982, 5, 1), hukou=Hukou.RURAL)


def family(*children, mother=MUM, father=DAD):
    return Family(
        mother=mother,
        father=father,
        children=children,
        jurisdiction=DINGNAN,
        married_on=date(2007, 1, 1),
    )


def test_records_carry_rulings_order_and_mother_age():
    girl = Child(sex=Sex.FEMALE, birth_date=date(2008, 3, 1))
    boy = Child(sex=Sex.MALE, birth_date=date(2010, 7, 1))  # second birth, no ground: out of policy
    adopted = Child(sex=Sex.MALE, birth_date=date(2009, 1, 1), adopted=True)
    records = list(records_from_families([family(girl, boy, adopted)]))
    assert [(r.date, r.birth_order, r.mother_age, r.within_policy) for r in records] == [
        (date(2008, 3, 1), 1, 24, True),
        (date(2010, 7, 1), 2, 26, False),
    ]


def test_recorded_ruling_wins_and_year_filter():
    boy = Child(sex=Sex.MALE, birth_date=date(2010, 7, 1), within_policy=True)
    girl = Child(sex=Sex.FEMALE, birth_date=date(2008, 3, 1))
    records = list(records_from_families([family(girl, boy)], year=2010))
    assert [(r.birth_order, r.within_policy) for r in records] == [(2, True)]


def test_single_father_has_no_mother_age():
    child = Child(sex=Sex.MALE, birth_date=date(2008, 3, 1), parents=Parent.FATHER)
    (record,) = records_from_families([family(child, mother=None)])
    assert record.mother_age is None


def test_summarize_families_classifies_every_birth():
    # Two families, 2010: a first birth (within policy) and an unapproved second birth (out).
    first = family(Child(sex=Sex.MALE, birth_date=date(2010, 2, 1)))
    second = family(
        Child(sex=Sex.FEMALE, birth_date=date(2008, 3, 1)),
        Child(sex=Sex.FEMALE, birth_date=date(2010, 7, 1)),
    )
    register = Register(
        jurisdiction=DINGNAN, births=records_from_families([first, second], year=2010)
    )
    report = summarize(register, year=2010)
    assert report.births == 2 and report.unknown_rulings == 0
    # 1 of 2 births within policy = 50 %
    assert report.rate("policy_compliance_rate").value == Decimal(50)


@pytest.mark.parametrize(
    ("kwargs", "field"), [({"year": "2010"}, "year"), ({"year": True}, "year")]
)
def test_bad_year(kwargs, field):
    with pytest.raises(InvalidInputError) as info:
        list(records_from_families([], **kwargs))
    assert info.value.field == field


def test_bad_family():
    with pytest.raises(InvalidInputError, match=r"families\[0\]"):
        list(records_from_families(["not a family"]))
