"""Sex ratio at birth against the normal range 103–107, allowing for chance."""

from datetime import date
from decimal import Decimal

import pytest

from fpcore import DINGNAN, Citation, Confidence, InvalidInputError, default_book
from fpcore.indicators import (
    SexRatioVerdict,
    crude_birth_rate,
    sex_ratio_at_birth,
    sex_ratio_significance,
)

ON = date(2009, 12, 31)


@pytest.mark.parametrize(
    ("male", "female", "verdict"),
    [
        # 2,500 births at 108.33: interval ≈ 100.2–117.2 straddles 107 → cannot tell
        (1300, 1200, SexRatioVerdict.INCONCLUSIVE),
        # 115,000 births at 130: interval ≈ 128.5–131.5, wholly above 107
        (65000, 50000, SexRatioVerdict.ABOVE_NORMAL),
        # 100,000 births at 100: interval ≈ 98.8–101.3, wholly below 103
        (50000, 50000, SexRatioVerdict.BELOW_NORMAL),
        # 2,050,000 births at 105: half-width ≈ 0.3, inside 103–107
        (1050000, 1000000, SexRatioVerdict.WITHIN_NORMAL),
    ],
)
def test_verdicts(male, female, verdict):
    test = sex_ratio_significance(sex_ratio_at_birth(male=male, female=female), on=ON)
    assert verdict is test.verdict
    assert test.low <= test.rate.value <= test.high
    assert Decimal(103) == test.normal_min.value
    assert Decimal(107) == test.normal_max.value
    assert test.is_significantly_above is (verdict is SexRatioVerdict.ABOVE_NORMAL)


def test_a_county_of_2500_births_cannot_tell_108_from_105():
    # 1,300 boys and 1,200 girls (108.33) and 1,280 boys and 1,220 girls (104.92): both
    # intervals contain 105, so neither is distinguishable from normal.
    high = sex_ratio_significance(sex_ratio_at_birth(male=1300, female=1200), on=ON)
    normal = sex_ratio_significance(sex_ratio_at_birth(male=1280, female=1220), on=ON)
    for test in (high, normal):
        assert test.low < Decimal(105) < test.high
    assert high.verdict is SexRatioVerdict.INCONCLUSIVE


def test_explanations():
    test = sex_ratio_significance(
        sex_ratio_at_birth(male=65000, female=50000), on=ON, confidence="0.99"
    )
    zh = test.explain("zh")
    assert "显著高于正常范围" in zh
    assert "99%置信区间" in zh
    assert "significantly above the normal range" in test.explain("en")
    assert "<p" in test._repr_html_()
    with pytest.raises(InvalidInputError):
        test.explain("fr")


def test_the_range_comes_from_the_policy_book():
    # A county that declares 103–110 normal (a what-if override) is tested against 110.
    book = default_book().override(
        "indicators.sex_ratio_at_birth.normal_max",
        Decimal("110"),
        start=date(2000, 1, 1),
        jurisdiction=DINGNAN,
        citation=Citation(title="what-if", confidence=Confidence.ILLUSTRATIVE),
    )
    test = sex_ratio_significance(
        sex_ratio_at_birth(male=1080, female=1000), on=ON, jurisdiction=DINGNAN, book=book
    )
    assert Decimal(110) == test.normal_max.value
    assert test.normal_max.jurisdiction == DINGNAN


def test_refuses_other_rates():
    with pytest.raises(InvalidInputError) as info:
        sex_ratio_significance(crude_birth_rate(births=1, mean_population=10), on=ON)
    assert info.value.field == "rate"
    with pytest.raises(InvalidInputError) as info:
        sex_ratio_significance(sex_ratio_at_birth(male=1, female=1), on=ON, confidence=2)
    assert info.value.field == "confidence"


def test_a_test_past_the_horizon_of_the_normal_range_says_so():
    ratio = sex_ratio_at_birth(male=1300, female=1200)
    within = sex_ratio_significance(ratio, on=date(2009, 12, 31))
    assert within.unverified_after is None
    assert "\n" not in within.headline("en")
    assert "! Past" not in within.explain("en")
    later = sex_ratio_significance(ratio, on=date(2030, 12, 31))
    # the normal range 103–107 is checked through the November 2026 audit
    assert date(2026, 11, 1) == later.unverified_after
    en = later.explain("en")
    assert en.startswith("Sex ratio at birth 108.33")
    assert (
        en.splitlines().count(  # the closing remark, before the sources
            "  ! Past 2026-11-01, the date through which the sources of a value used were checked: "
            "the result presumes that value still applies."
        )
        == 1
    )
    assert "所用数值的来源仅核查至2026-11-01" in later.explain("zh")
    assert "2026-11-01" in later._repr_html_() and "<br>" in later._repr_html_()
