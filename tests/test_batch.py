from datetime import date
from decimal import Decimal

import pytest

from fpcore import (
    DINGNAN,
    Citation,
    Confidence,
    InvalidInputError,
    UnknownProgramError,
    assess,
    default_book,
)
from fpcore.batch import assess_many, reform_cost, total_outlay
from fpcore.synthetic import DINGNAN_2010, county

SMALL = DINGNAN_2010.scaled(100)
ON = date(2012, 6, 30)
RAISE = default_book().override(
    "reward_assistance.amount",
    "1200",
    start=date(2012, 1, 1),
    jurisdiction=DINGNAN,
    citation=Citation(title="测算", confidence=Confidence.ILLUSTRATIVE),
)


def test_assess_many_is_lazy_and_matches_assess():
    taken = []

    def families():
        for family in county(SMALL, seed=5):
            taken.append(family)
            yield family

    stream = assess_many("reward_assistance", families(), on=ON)
    assert taken == []  # nothing read yet
    first = next(stream)
    assert len(taken) == 1 and first == assess("reward_assistance", taken[0], on=ON)


def test_progress_is_called_every_n_and_at_the_end():
    seen = []
    list(assess_many("special_assistance", county(SMALL), on=ON, progress=seen.append, every=100))
    assert seen == [100, 200, 300, 400, 500, 599]
    seen.clear()
    list(assess_many("special_assistance", county(SMALL), on=ON, progress=seen.append, every=599))
    assert seen == [599]


def test_total_outlay_sums_the_decisions():
    families = list(county(SMALL))
    decisions = [assess("reward_assistance", f, on=ON) for f in families]
    outlay = total_outlay("reward_assistance", families, on=ON)
    assert outlay.families == 599
    assert outlay.eligible == sum(d.eligible is True for d in decisions)
    # an undetermined decision has no amount: counted apart, never added as zero
    assert outlay.undetermined == sum(d.eligible is None for d in decisions)
    assert all(d.amount is None for d in decisions if d.eligible is None)
    assert outlay.amount == sum(
        (d.amount for d in decisions if d.amount is not None), Decimal("0.00")
    )


def test_reform_cost_raise_to_1200():
    families = list(county(SMALL))
    cost = reform_cost("reward_assistance", families, on=ON, reform=RAISE)
    # every paid person of a rural family gets 1,200 instead of 960: 240 more each; urban
    # one-child parents (Jiangxi's extension) are paid the urban amount, which is not reformed
    persons = sum(
        sum(1 for s in assess("reward_assistance", f, on=ON).breakdown if s.amount > 0)
        for f in families
        if f.is_rural
    )
    assert persons > 0
    assert cost.difference == Decimal(240) * persons
    assert cost.base == total_outlay("reward_assistance", families, on=ON)
    assert cost.reform == total_outlay("reward_assistance", families, on=ON, book=RAISE)


def test_bad_arguments():
    with pytest.raises(UnknownProgramError):
        assess_many("nope", [], on=ON)
    with pytest.raises(InvalidInputError, match="on"):
        assess_many("reward_assistance", [], on="2012")
    with pytest.raises(InvalidInputError, match="every"):
        assess_many("reward_assistance", [], on=ON, every=0)
    with pytest.raises(InvalidInputError, match="progress"):
        assess_many("reward_assistance", [], on=ON, progress=3)
    with pytest.raises(InvalidInputError, match="book"):
        assess_many("reward_assistance", [], on=ON, book="x")
    with pytest.raises(InvalidInputError, match=r"families\[1\]"):
        list(assess_many("reward_assistance", [next(county(SMALL)), "x"], on=ON))
    with pytest.raises(InvalidInputError, match="reform"):
        reform_cost("reward_assistance", [], on=ON, reform=None)
    with pytest.raises(InvalidInputError, match=r"families\[0\]"):
        reform_cost("reward_assistance", ["x"], on=ON, reform=RAISE)


def test_empty_population():
    assert total_outlay("childcare_subsidy", [], on=ON).amount == Decimal("0.00")
    seen = []
    assert list(assess_many("childcare_subsidy", [], on=ON, progress=seen.append)) == []
    assert seen == []


@pytest.mark.parametrize("families", [5, None])
def test_a_population_that_is_not_iterable_is_invalid_input(families):
    # found by the hostile-input suite: a non-iterable leaked TypeError
    for call in (assess_many, total_outlay):
        with pytest.raises(InvalidInputError, match="families"):
            call("reward_assistance", families, on=date(2012, 1, 1))
