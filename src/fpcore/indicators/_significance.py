"""Is a sex ratio at birth really outside the normal range, or could it be chance?"""

from __future__ import annotations

import enum
import types
from datetime import date
from decimal import Decimal
from typing import ClassVar, Final, final

import attrs

from fpcore._validate import check_book
from fpcore.errors import InvalidInputError
from fpcore.explain import Check, Checks, Explained, Lang, Message, check_lang
from fpcore.indicators._rate import Kind, Rate, _parse_confidence
from fpcore.jurisdictions import NATIONAL, Jurisdiction
from fpcore.params import PolicyBook, Resolution

__all__ = ["SexRatioTest", "SexRatioVerdict", "sex_ratio_significance"]


class SexRatioVerdict(enum.Enum):
    """What the interval of a sex ratio says about the normal range."""

    ABOVE_NORMAL = "above_normal"
    """The whole interval lies above the range — significantly above normal."""
    BELOW_NORMAL = "below_normal"
    """The whole interval lies below the range — significantly below normal."""
    WITHIN_NORMAL = "within_normal"
    """The whole interval lies inside the range."""
    INCONCLUSIVE = "inconclusive"
    """The interval straddles an end of the range — the births are too few to tell."""


_VERDICTS: Final = types.MappingProxyType(
    {
        SexRatioVerdict.ABOVE_NORMAL: Message(
            zh="显著高于正常范围", en="significantly above the normal range"
        ),
        SexRatioVerdict.BELOW_NORMAL: Message(
            zh="显著低于正常范围", en="significantly below the normal range"
        ),
        SexRatioVerdict.WITHIN_NORMAL: Message(zh="在正常范围内", en="within the normal range"),
        SexRatioVerdict.INCONCLUSIVE: Message(
            zh="出生数太少，无法判断是否偏离正常范围",
            en="too few births to tell whether it lies outside the normal range",
        ),
    }
)
_SENTENCE: Final = Message(
    zh="出生人口性别比 {value}（{level}置信区间 {low}–{high}，男 {male}、女 {female}），"
    "正常范围 {min}–{max}：{verdict}。",
    en="Sex ratio at birth {value} ({level} interval {low}–{high}; {male|boy|boys}, "
    "{female|girl|girls}) against the normal range {min}–{max}: {verdict}.",
)
_SHOWN: Final = Decimal("0.01")


@final
@attrs.frozen(kw_only=True)
class SexRatioTest(Explained):
    """A sex ratio at birth compared with the normal range, allowing for chance.

    Attributes:
        rate: The sex ratio tested.
        confidence: The two-sided confidence level of the interval.
        low: Lower bound of the score interval (males per 100 females).
        high: Upper bound of the score interval.
        normal_min: The policy book's lower end of the normal range, with its provenance.
        normal_max: The upper end, with its provenance.
        verdict: What the interval says.
        on: The date whose normal range was read.
    """

    rate: Rate
    confidence: Decimal
    low: Decimal
    high: Decimal
    normal_min: Resolution
    normal_max: Resolution
    verdict: SexRatioVerdict
    on: date

    _css: ClassVar[str] = "fpcore-sex-ratio"

    @property
    def checks(self) -> tuple[Check, ...]:
        """The one check, whether the interval lies within the normal range (``None`` if unclear)."""
        checks = Checks()
        checks.add(
            "indicators.sex_ratio.normal_range",
            _WITHIN[self.verdict],
            _RANGE,
            (
                ("low", str(self.low.quantize(_SHOWN))),
                ("high", str(self.high.quantize(_SHOWN))),
                ("min", str(self.normal_min.value)),
                ("max", str(self.normal_max.value)),
            ),
            (self.normal_min, self.normal_max),
        )
        return checks.build()

    @property
    def is_significantly_above(self) -> bool:
        """Whether the whole interval lies above the normal range."""
        return self.verdict is SexRatioVerdict.ABOVE_NORMAL

    def headline(self, lang: Lang = "zh") -> str:
        """The test in one sentence in ``"zh"`` or ``"en"``.

        >>> from datetime import date
        >>> from fpcore.indicators import sex_ratio_at_birth
        >>> test = sex_ratio_significance(
        ...     sex_ratio_at_birth(male=1300, female=1200), on=date(2009, 12, 31))
        >>> print(test.headline("en"))
        Sex ratio at birth 108.33 (95% interval 100.16–117.17; 1300 boys, 1200 girls) against the normal range 103–107: too few births to tell whether it lies outside the normal range.
        """
        return _SENTENCE.render(
            check_lang(lang),
            {
                "value": str(self.rate.rounded(2)),
                "level": f"{(self.confidence * 100).normalize():f}%",
                "low": str(self.low.quantize(_SHOWN)),
                "high": str(self.high.quantize(_SHOWN)),
                "male": str(self.rate.numerator),
                "female": str(self.rate.denominator),
                "min": str(self.normal_min.value),
                "max": str(self.normal_max.value),
                "verdict": _VERDICTS[self.verdict].render(lang),
            },
        )


_RANGE: Final = Message(
    zh="置信区间 {low}–{high} 与正常范围 {min}–{max} 相比",
    en="The interval {low}–{high} against the normal range {min}–{max}",
)
_WITHIN: Final = types.MappingProxyType(
    {
        SexRatioVerdict.WITHIN_NORMAL: True,
        SexRatioVerdict.ABOVE_NORMAL: False,
        SexRatioVerdict.BELOW_NORMAL: False,
        SexRatioVerdict.INCONCLUSIVE: None,
    }
)


def sex_ratio_significance(
    rate: Rate,
    *,
    on: date,
    jurisdiction: Jurisdiction = NATIONAL,
    confidence: Decimal | str | float = Decimal("0.95"),
    book: PolicyBook | None = None,
) -> SexRatioTest:
    """Whether a sex ratio at birth lies significantly outside the normal range (103–107).

    The score interval of the ratio (see :meth:`Rate.interval`) is compared with the policy
    book's normal range (``indicators.sex_ratio_at_birth.normal_min`` / ``normal_max``): only an
    interval wholly above (or below) the range is significant. A county with 2,500 births a year
    has an interval about ±8 wide, so it cannot tell 108 from 105: the verdict then is
    ``INCONCLUSIVE``, and says so.

    Args:
        rate: A rate from :func:`~fpcore.indicators.sex_ratio_at_birth`.
        on: The date whose normal range applies (e.g. the last day of the statistical year).
        jurisdiction: Whose policy book values apply.
        confidence: Two-sided level, strictly between 0 and 1.
        book: The policy book; ``None`` means :func:`~fpcore.params.default_book`.

    Raises:
        InvalidInputError: If ``rate`` is not a sex ratio or the confidence is out of range.

    References:
        The normal range 103–107 (105 ± 2) as stated by assessment sheets (see the policy book).

    >>> from datetime import date
    >>> from fpcore.indicators import sex_ratio_at_birth
    >>> big = sex_ratio_at_birth(male=65000, female=50000)
    >>> sex_ratio_significance(big, on=date(2009, 12, 31)).verdict
    <SexRatioVerdict.ABOVE_NORMAL: 'above_normal'>
    """
    if not isinstance(rate, Rate) or rate.definition.kind is not Kind.SEX_RATIO:
        raise InvalidInputError("rate", rate, "must be a sex ratio at birth")
    level = _parse_confidence(confidence)
    low, high = rate.interval(confidence=level)
    book = check_book(book)
    normal_min = book.resolve(
        "indicators.sex_ratio_at_birth.normal_min", on=on, jurisdiction=jurisdiction
    )
    normal_max = book.resolve(
        "indicators.sex_ratio_at_birth.normal_max", on=on, jurisdiction=jurisdiction
    )
    floor, ceiling = normal_min.as_decimal(), normal_max.as_decimal()
    if low > ceiling:
        verdict = SexRatioVerdict.ABOVE_NORMAL
    elif high < floor:
        verdict = SexRatioVerdict.BELOW_NORMAL
    elif floor <= low and high <= ceiling:
        verdict = SexRatioVerdict.WITHIN_NORMAL
    else:
        verdict = SexRatioVerdict.INCONCLUSIVE
    return SexRatioTest(
        rate=rate,
        confidence=level,
        low=low,
        high=high,
        normal_min=normal_min,
        normal_max=normal_max,
        verdict=verdict,
        on=on,
    )
