from datetime import date
from decimal import Decimal

import pytest
from attrs import evolve

from fpcore import DINGNAN, Child, Family, Hukou, InvalidInputError, Person, Sex
from fpcore.incentives import CATALOGUE, Department, OneCard, one_card, programs

from .conftest import couple, girl


def young(hukou=Hukou.RURAL, **documents):
    mum = Person(sex=Sex.FEMALE, birth_date=date(1978, 1, 1), hukou=hukou)
    dad = Person(sex=Sex.MALE, birth_date=date(1976, 1, 1), hukou=hukou)
    kid = Child(sex=Sex.FEMALE, birth_date=date(2005, 1, 1))
    documents.setdefault("married_on", date(2003, 1, 1))
    return Family(mother=mum, father=dad, children=(kid,), jurisdiction=DINGNAN, **documents)


def test_catalogue_covers_the_six_departments_of_the_seed():
    assert {b.department for b in CATALOGUE} == set(Department) - {Department.FAMILY_PLANNING}
    assert len({b.code for b in CATALOGUE}) == len(CATALOGUE)


def test_card_lists_cash_programmes_then_preferences():
    card = one_card(young(one_child_certificate_on=date(2005, 6, 1)), on=date(2009, 6, 30))
    assert [d.subject for d in card.decisions] == [*programs(), *(b.code for b in CATALOGUE)]
    # one-child reward 10 × 12 × 2 + insurance 30 (both illustrative)
    assert card.cash_total == Decimal("270.00") and card.is_illustrative
    assert "270.00" in card.explain("en") and "270.00" in card.explain("zh")
    assert "education" in card._repr_html_()


def test_urban_families_hold_only_what_is_not_rural():
    card = one_card(young(hukou=Hukou.URBAN), on=date(2009, 6, 30))
    assert [d.subject for d in card.held] == ["health.free_services"]
    assert card.cash_total == Decimal("0.00") and not card.is_illustrative


def test_two_daughter_household_and_late_marriage_rules():
    kids = (girl(date(1999, 1, 1)), girl(date(2004, 1, 1)))
    family = evolve(young(married_on=date(1997, 1, 1)), children=kids)
    held = {d.subject for d in one_card(family, on=date(2009, 6, 30)).held}
    # married at 19 (she) / 21 (he): not a late marriage; two daughters: departmental priorities
    assert "land.homestead_priority" not in held and "fruit.priority" in held


def test_late_marriage_rule_before_2009_is_undetermined():
    card = one_card(young(), on=date(2008, 6, 30))
    check = next(d for d in card.decisions if d.subject == "land.homestead_priority").checks[0]
    assert check.passed is None


def test_unmarried_and_single_parents():
    family = evolve(young(married_on=None), father=None)
    card = one_card(family, on=date(2010, 6, 30))
    assert "health.free_services" not in {d.subject for d in card.held}


def test_one_card_validates_and_pickles():
    import pickle

    with pytest.raises(InvalidInputError, match="family"):
        one_card(None, on=date(2010, 1, 1))
    card = one_card(couple(children=(girl(),)), on=date(2012, 3, 1))
    assert isinstance(card, OneCard) and pickle.loads(pickle.dumps(card)) == card
    assert card.cash_total == Decimal("1920.00")
