import itertools
from collections import Counter
from datetime import date

import pytest

from fpcore import Family, InvalidInputError
from fpcore.synthetic import DINGNAN_2010, Profile, county


def test_dingnan_profile_follows_the_seed_figures():
    # 15,908 + 23,830 + 2,032 = 41,770 married women (seed report), + 18,230 older couples
    p = DINGNAN_2010
    assert p.women_no_child + p.women_one_child + p.women_two_or_more == 41770
    assert p.families == 60000


def test_same_seed_same_families_and_another_seed_differs():
    small = DINGNAN_2010.scaled(200)
    assert list(county(small, seed=3)) == list(county(small, seed=3))
    assert list(county(small, seed=3)) != list(county(small, seed=4))


def test_groups_have_their_children():
    small = DINGNAN_2010.scaled(50)
    families = list(county(small, seed=1))
    assert len(families) == small.families and all(isinstance(f, Family) for f in families)
    young = families[: small.women_no_child + small.women_one_child + small.women_two_or_more]
    counts = Counter(min(len(f.children), 2) for f in young)
    assert counts[0] >= small.women_no_child  # none of the childless group has a child
    assert counts[0] + counts[1] + counts[2] == len(young)
    assert all(c.birth_date <= small.reference for f in families for c in f.children)
    assert all(f.children for f in families[len(young) :])  # older couples had children


def test_county_is_lazy():
    stream = county(DINGNAN_2010, seed=0)
    assert len(list(itertools.islice(stream, 5))) == 5


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: county("x"), "profile"),
        (lambda: county(DINGNAN_2010, seed=1.5), "seed"),
        (lambda: county(DINGNAN_2010, seed=True), "seed"),
        (lambda: DINGNAN_2010.scaled(0), "divisor"),
        (
            lambda: Profile(
                jurisdiction=DINGNAN_2010.jurisdiction,
                reference=date(2010, 1, 1),
                women_no_child=-1,
                women_one_child=0,
                women_two_or_more=0,
                older_couples=0,
            ),
            "women_no_child",
        ),
        (
            lambda: Profile(
                jurisdiction=DINGNAN_2010.jurisdiction,
                reference=date(2010, 1, 1),
                women_no_child=0,
                women_one_child=0,
                women_two_or_more=0,
                older_couples=0,
                rural=1001,
            ),
            "rural",
        ),
    ],
)
def test_bad_arguments_name_the_field(call, field):
    with pytest.raises(InvalidInputError, match=field):
        call()


def test_a_tiny_late_profile_still_builds():
    p = Profile(
        jurisdiction=DINGNAN_2010.jurisdiction,
        reference=date(2010, 1, 1),
        women_no_child=0,
        women_one_child=30,
        women_two_or_more=30,
        older_couples=0,
        child_died=1000,
        child_disabled=1000,
        certified=1000,
    )
    families = list(county(p, seed=2))
    assert all(c.death_date is not None for f in families for c in f.children)
