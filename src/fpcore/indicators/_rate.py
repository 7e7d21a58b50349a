"""Rates: exact values with their definition, rounding, display and score intervals."""

from __future__ import annotations

import decimal
import enum
import html
from decimal import Decimal
from typing import Final, final

import attrs

from fpcore._validate import is_a
from fpcore.errors import InvalidInputError
from fpcore.explain import Lang, Message, check_lang
from fpcore.money import Rounding, check_magnitude
from fpcore.params import Citation

__all__ = [
    "Definition",
    "Kind",
    "Rate",
    "Unit",
    "normal_quantile",
    "wilson_interval",
]

PRECISION: Final = 40
"""Significant digits of a rate's value when the division does not terminate."""

_CONTEXT: Final = decimal.Context(
    prec=PRECISION,
    rounding=decimal.ROUND_HALF_EVEN,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)
_WIDE: Final = decimal.Context(
    prec=PRECISION + 10,
    rounding=decimal.ROUND_HALF_EVEN,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)
_PI: Final = Decimal("3.14159265358979323846264338327950288419716939937510582097494459")
_TAIL: Final = Decimal("1E-12")
_MAX_STEPS: Final = 200
_MAX_BITS: Final = 128
_ROUNDINGS: Final = frozenset(mode.value for mode in Rounding)


class Unit(enum.Enum):
    """The unit a rate is expressed in; it fixes the multiplier (a definition, not policy)."""

    PER_MILLE = "‰"
    """Per thousand (× 1000)."""
    PERCENT = "%"
    """Per hundred (× 100)."""
    PER_100_FEMALES = "per 100 females"
    """Males per 100 females (× 100), the unit of the sex ratio."""
    CHILDREN_PER_WOMAN = "children per woman"
    """Children a woman would bear at the period's age-specific rates (× 1)."""
    YUAN_PER_PERSON = "yuan per person"
    """Yuan per person (× 1)."""
    PERSONS = "persons"
    """A number of persons (× 1), e.g. the mean population."""

    @property
    def multiplier(self) -> Decimal:
        """The factor applied to numerator ÷ denominator."""
        if self is Unit.PER_MILLE:
            return Decimal(1000)
        if self is Unit.PERCENT or self is Unit.PER_100_FEMALES:
            return Decimal(100)
        return Decimal(1)

    def suffix(self, lang: Lang = "en") -> str:
        """What follows the number when a rate is shown (``"‰"``, ``"%"``, ``" 元/人"``…)."""
        if self is Unit.PER_MILLE or self is Unit.PERCENT:
            return str(self.value)
        if self is Unit.PER_100_FEMALES:
            return ""
        zh = {
            Unit.CHILDREN_PER_WOMAN: " 个孩子/妇女",
            Unit.YUAN_PER_PERSON: " 元/人",
            Unit.PERSONS: " 人",
        }
        return zh[self] if check_lang(lang) == "zh" else f" {self.value}"


class Kind(enum.Enum):
    """What sort of quantity a rate is; it decides which uncertainty applies."""

    PROPORTION = "proportion"
    """A part of a whole (part ≤ whole) — a binomial proportion with a score interval."""
    SEX_RATIO = "sex_ratio"
    """Males per females — the proportion male, mapped to the ratio."""
    RATE = "rate"
    """Events per person-years or per population (crude rates, fertility)."""
    RATIO = "ratio"
    """Any other quotient (per-capita amounts, growth, mean population)."""


def _text(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(attribute.name, value, "must be a non-empty string")


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class Definition:
    """An indicator's definition: code, names, formula, unit and source.

    Attributes:
        code: Stable identifier, e.g. ``"crude_birth_rate"`` (the formula function's name).
        name_zh: Chinese name as used in reports (人口出生率).
        name_en: English name from the glossary.
        formula: The formula in words, e.g. ``"births ÷ mean population × 1000"``.
        unit: The unit, which fixes the multiplier.
        kind: What sort of quantity it is.
        citation: Where the definition comes from.
        variant: ``None`` for the standard definition, or the name of a documented variant
            (e.g. ``"fecund_married_women"`` for a narrower denominator).
        places: Decimal places shown by ``str()``.

    >>> from fpcore.indicators import CRUDE_BIRTH_RATE
    >>> CRUDE_BIRTH_RATE.unit.multiplier, CRUDE_BIRTH_RATE.name_zh
    (Decimal('1000'), '人口出生率')
    """

    code: str = attrs.field(validator=_text)
    name_zh: str = attrs.field(validator=_text)
    name_en: str = attrs.field(validator=_text)
    formula: str = attrs.field(validator=_text)
    unit: Unit = attrs.field(validator=is_a(Unit))
    kind: Kind = attrs.field(validator=is_a(Kind))
    citation: Citation = attrs.field(validator=is_a(Citation))
    variant: str | None = None
    places: int = 2

    def name(self, lang: Lang = "zh") -> str:
        """The name in ``"zh"`` or ``"en"``."""
        return self.name_en if check_lang(lang) == "en" else self.name_zh


def _to_count(value: object, field: str) -> Decimal:
    """An int or a finite Decimal, as a Decimal; bools and floats are refused."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        kind = "a float" if isinstance(value, float) else f"of type {type(value).__name__}"
        raise InvalidInputError(field, value, f"is {kind}; pass an int or a Decimal")
    if isinstance(value, int) and value.bit_length() > _MAX_BITS:
        raise InvalidInputError(field, value, "is too large a number")
    number = Decimal(value)
    if not number.is_finite():
        raise InvalidInputError(field, value, "is not a finite number")
    return check_magnitude(number, field=field, given=value)


def _positive(value: object, field: str) -> Decimal:
    number = _to_count(value, field)
    if number <= 0:
        raise InvalidInputError(field, value, "must be greater than 0")
    return number


def _numerator(value: object) -> Decimal:
    return _to_count(value, "numerator")


def _denominator(value: object) -> Decimal:
    return _positive(value, "denominator")


def _parse_rounding(rounding: object) -> str:
    if isinstance(rounding, Rounding):
        return str(rounding.value)
    if isinstance(rounding, str) and rounding in _ROUNDINGS:
        return rounding
    raise InvalidInputError(
        "rounding", rounding, "must be a fpcore.money.Rounding or a decimal ROUND_* constant"
    )


def _parse_confidence(confidence: object) -> Decimal:
    """A confidence level in (0, 1) as a Decimal.

    A float (such as the literal ``0.95``) is read through its shortest repr, so ``0.95`` means
    exactly ``Decimal("0.95")``: a confidence level is a probability chosen by the analyst, not a
    measured amount, and the repr is the number the analyst typed.
    """
    if isinstance(confidence, bool):
        raise InvalidInputError("confidence", confidence, "is a bool, not a probability")
    try:
        if isinstance(confidence, float):
            level = Decimal(repr(confidence))
        elif isinstance(confidence, Decimal | str):
            level = Decimal(confidence)
        else:
            raise InvalidInputError(
                "confidence", confidence, "must be a Decimal, a str or a float literal"
            )
    except decimal.InvalidOperation:
        raise InvalidInputError("confidence", confidence, "is not a number") from None
    if not level.is_finite() or not Decimal(0) < level <= Decimal(1) - 2 * _TAIL:
        raise InvalidInputError(
            "confidence", confidence, "must lie between 0 (excluded) and 1 − 2E-12"
        )
    return level


def _normal_cdf(x: Decimal) -> Decimal:
    """Φ(x) for x ≥ 0 by the series 1/2 + φ(x) Σ x^(2n+1) / (2n+1)!! (in ``_WIDE``)."""
    ctx = _WIDE
    term = x
    total = x
    square = ctx.multiply(x, x)
    n = 1
    tiny = Decimal(10) ** -(PRECISION + 8)
    while abs(term) > tiny:
        term = ctx.divide(ctx.multiply(term, square), Decimal(2 * n + 1))
        total = ctx.add(total, term)
        n += 1
    return ctx.add(Decimal("0.5"), ctx.multiply(_normal_pdf(x), total))


def _normal_pdf(x: Decimal) -> Decimal:
    ctx = _WIDE
    exponent = ctx.minus(ctx.divide(ctx.multiply(x, x), Decimal(2)))
    return ctx.divide(ctx.exp(exponent), ctx.sqrt(ctx.multiply(Decimal(2), _PI)))


def normal_quantile(probability: Decimal) -> Decimal:
    """The standard normal quantile z with Φ(z) = ``probability``, in exact decimal arithmetic.

    Newton's method on Φ computed by its power series in a 50-digit decimal context; no float is
    involved. The result is correct to at least 30 significant digits. Probabilities are limited
    to [10⁻¹², 1 − 10⁻¹²] (z within ±7.03, a two-sided confidence of at most 1 − 2·10⁻¹²), where
    the series keeps that precision.

    Args:
        probability: A Decimal in [10⁻¹², 1 − 10⁻¹²].

    Raises:
        InvalidInputError: If ``probability`` is outside that range.

    >>> normal_quantile(Decimal("0.975")).quantize(Decimal("1E-15"))
    Decimal('1.959963984540054')
    >>> normal_quantile(Decimal("0.5"))
    Decimal('0')
    """
    p = _to_count(probability, "probability")
    if not _TAIL <= p <= Decimal(1) - _TAIL:
        raise InvalidInputError("probability", probability, "must lie in [1E-12, 1 − 1E-12]")
    if p < Decimal("0.5"):
        return -normal_quantile(Decimal(1) - p)
    ctx = _WIDE
    x = Decimal(0)
    # Φ is concave on x ≥ 0, so Newton's method from 0 rises monotonically to the root; in the
    # tail each step is about 1/x (Mills' ratio), so |z| ≤ 7.03 needs fewer than 60 steps. The
    # stopping rule (steps below 10⁻³⁵) sits above the series' rounding noise at |z| = 7.
    tolerance = Decimal(10) ** -(PRECISION - 5)
    for _ in range(_MAX_STEPS):  # pragma: no branch - a defensive cap, never reached
        step = ctx.divide(ctx.subtract(_normal_cdf(x), p), _normal_pdf(x))
        x = ctx.subtract(x, step)
        if abs(step) <= tolerance:
            break
    return _CONTEXT.plus(x)


def wilson_interval(
    successes: int, trials: int, *, confidence: Decimal | str | float = Decimal("0.95")
) -> tuple[Decimal, Decimal]:
    """The Wilson score interval for a binomial proportion, as fractions in [0, 1].

    centre = (p̂ + z²/2n) / (1 + z²/n); half-width = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²),
    with z the two-sided normal quantile. Computed in decimal arithmetic to 40 digits.

    References:
        Wilson, E. B. (1927). Probable inference, the law of succession, and statistical
        inference. Journal of the American Statistical Association 22(158), 209–212.

    Raises:
        InvalidInputError: If the counts are negative, ``successes > trials``, ``trials`` is 0,
            or the confidence is not strictly between 0 and 1.

    >>> low, high = wilson_interval(0, 10)
    >>> low, high.quantize(Decimal("0.0001"))
    (Decimal('0'), Decimal('0.2775'))
    """
    x = _to_count(successes, "successes")
    n = _to_count(trials, "trials")
    if x < 0 or x != x.to_integral_value():
        raise InvalidInputError("successes", successes, "must be a whole number ≥ 0")
    if n <= 0 or n != n.to_integral_value():
        raise InvalidInputError("trials", trials, "must be a whole number > 0")
    if x > n:
        raise InvalidInputError("successes", successes, f"exceeds trials ({trials})")
    level = _parse_confidence(confidence)
    z = normal_quantile((Decimal(1) + level) / Decimal(2))
    ctx = _WIDE
    z2 = ctx.multiply(z, z)
    p = ctx.divide(x, n)
    denominator = ctx.add(Decimal(1), ctx.divide(z2, n))
    centre = ctx.divide(ctx.add(p, ctx.divide(z2, ctx.multiply(Decimal(2), n))), denominator)
    spread = ctx.add(
        ctx.divide(ctx.multiply(p, ctx.subtract(Decimal(1), p)), n),
        ctx.divide(z2, ctx.multiply(Decimal(4), ctx.multiply(n, n))),
    )
    half = ctx.divide(ctx.multiply(z, ctx.sqrt(spread)), denominator)
    low = max(Decimal(0), ctx.subtract(centre, half))
    high = min(Decimal(1), ctx.add(centre, half))
    # At p̂ = 0 (or 1) the bound is 0 (or 1) in exact arithmetic; snap rounding residue to it.
    if x == 0:
        low = Decimal(0)
    if x == n:
        high = Decimal(1)
    return _CONTEXT.plus(low), _CONTEXT.plus(high)


_SHOW: Final = Message(zh="{name} {value} = {formula}", en="{name} {value} = {formula}")


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class Rate:
    """An indicator's value: numerator, denominator and definition, with the exact quotient.

    ``value = numerator × multiplier ÷ denominator`` as a :class:`~decimal.Decimal`: exact
    whenever the quotient terminates within 40 significant digits, otherwise correctly rounded
    (half even) to 40 significant digits. Nothing is ever a float.

    Attributes:
        definition: What the rate is (code, names, formula, unit, source).
        numerator: The numerator (an int count is stored as a Decimal).
        denominator: The denominator; must be > 0.
        value: ``numerator × multiplier ÷ denominator``, in the rate's unit (12.85… for ‰).

    Raises:
        InvalidInputError: If a part is not an int or a finite Decimal, or the denominator is
            not positive.

    >>> from fpcore.indicators import crude_birth_rate
    >>> rate = crude_birth_rate(births=2699, mean_population=210000)
    >>> str(rate), rate.rounded(2), rate.unit.value
    ('12.85‰', Decimal('12.85'), '‰')
    """

    definition: Definition = attrs.field(validator=is_a(Definition))
    numerator: Decimal = attrs.field(converter=_numerator)
    denominator: Decimal = attrs.field(converter=_denominator)
    value: Decimal = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        """Compute the value in a private 40-digit context."""
        product = _CONTEXT.multiply(self.numerator, self.definition.unit.multiplier)
        object.__setattr__(self, "value", _CONTEXT.divide(product, self.denominator))

    @property
    def unit(self) -> Unit:
        """The rate's unit."""
        return self.definition.unit

    @property
    def multiplier(self) -> Decimal:
        """The unit's multiplier (1000 for ‰, 100 for %)."""
        return self.definition.unit.multiplier

    @property
    def code(self) -> str:
        """The definition's code."""
        return self.definition.code

    def rounded(
        self, places: int | None = None, rounding: str | Rounding = decimal.ROUND_HALF_UP
    ) -> Decimal:
        """The value rounded to ``places`` decimals (default: the definition's display places).

        Args:
            places: Decimal places, 0–28.
            rounding: A ``decimal.ROUND_*`` constant or a :class:`~fpcore.money.Rounding`;
                half up (四舍五入) by default, as reports print.

        A value too large to hold ``places`` decimals in 50 digits is returned as computed.

        Raises:
            InvalidInputError: For a bad number of places or rounding mode.

        >>> from fpcore.indicators import sex_ratio_at_birth
        >>> sex_ratio_at_birth(male=1300, female=1200).rounded(1)
        Decimal('108.3')
        """
        digits = self.definition.places if places is None else places
        if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= 28:
            raise InvalidInputError("places", places, "must be an int from 0 to 28")
        mode = _parse_rounding(rounding)
        try:
            return self.value.quantize(Decimal(1).scaleb(-digits), rounding=mode, context=_WIDE)
        except decimal.InvalidOperation:  # too many digits to show ``places`` decimals
            return self.value

    def __str__(self) -> str:
        """The value as reports print it: rounded half up, with the unit (``12.85‰``)."""
        return f"{self.rounded()}{self.unit.suffix('en')}"

    def format(self, lang: Lang = "zh") -> str:
        """The rounded value with its unit in ``"zh"`` or ``"en"``."""
        return f"{self.rounded()}{self.unit.suffix(lang)}"

    def describe(self, lang: Lang = "zh") -> str:
        """One line: name, rounded value and the formula with the numbers.

        >>> from fpcore.indicators import crude_birth_rate
        >>> crude_birth_rate(births=2699, mean_population=210000).describe("en")
        'crude birth rate 12.85‰ = 2699 ÷ 210000 × 1000'
        """
        return _SHOW.render(
            lang,
            {
                "name": self.definition.name(lang),
                "value": self.format(lang),
                "formula": self._arithmetic(),
            },
        )

    def _arithmetic(self) -> str:
        text = f"{self.numerator} ÷ {self.denominator}"
        if self.multiplier != 1:
            text += f" × {self.multiplier}"
        return text

    def _repr_html_(self) -> str:
        """A small escaped HTML table for notebooks (no IPython import)."""
        d = self.definition
        rows = (
            ("Indicator", f"{d.name_en} ({d.name_zh})"),
            ("Value", f"{self.format('en')}  (exact: {self.value})"),
            ("Computed as", self._arithmetic()),
            ("Formula", d.formula + (f" [variant: {d.variant}]" if d.variant else "")),
            ("Source", d.citation.render("en")),
        )
        body = "".join(
            f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows
        )
        return f'<table class="fpcore-rate"><tbody>{body}</tbody></table>'

    def interval(
        self, *, confidence: Decimal | str | float = Decimal("0.95")
    ) -> tuple[Decimal, Decimal]:
        """The score (Wilson) interval of the rate, in the rate's unit.

        For a proportion (part of a whole) the interval is Wilson's on numerator ÷ denominator;
        for the sex ratio it is Wilson's on the proportion male, m ÷ (m + f), mapped to the
        ratio p ÷ (1 − p) × 100. The point estimate is exact; the bounds are computed in
        decimal arithmetic (z by Newton's method on the normal distribution's series) and are
        correct to at least 30 significant digits.

        Args:
            confidence: The two-sided level, strictly between 0 and 1 (``Decimal("0.95")``,
                ``"0.95"`` or the float literal ``0.95``, read through its repr).

        Raises:
            InvalidInputError: If the rate is not a proportion or a sex ratio of whole counts,
                or the confidence is out of range.

        >>> from fpcore.indicators import sex_ratio_at_birth
        >>> low, high = sex_ratio_at_birth(male=1300, female=1200).interval(confidence=0.95)
        >>> low.quantize(Decimal("0.01")), high.quantize(Decimal("0.01"))
        (Decimal('100.16'), Decimal('117.17'))
        """
        kind = self.definition.kind
        whole = (
            self.numerator == self.numerator.to_integral_value()
            and self.denominator == self.denominator.to_integral_value()
        )
        if kind is Kind.PROPORTION and whole and self.numerator <= self.denominator:
            low, high = wilson_interval(
                int(self.numerator), int(self.denominator), confidence=confidence
            )
            return (
                _CONTEXT.multiply(low, self.multiplier),
                _CONTEXT.multiply(high, self.multiplier),
            )
        if kind is Kind.SEX_RATIO and whole and self.numerator >= 0:
            male, female = int(self.numerator), int(self.denominator)
            low, high = wilson_interval(male, male + female, confidence=confidence)
            return _odds(low, self.multiplier), _odds(high, self.multiplier)
        raise InvalidInputError(
            "rate",
            self.definition.code,
            "has no score interval: only proportions and sex ratios of whole counts have one",
        )


def _odds(p: Decimal, multiplier: Decimal) -> Decimal:
    """The odds p ÷ (1 − p) × multiplier; p < 1 whenever at least one female birth was counted."""
    return _CONTEXT.divide(_WIDE.multiply(p, multiplier), _WIDE.subtract(Decimal(1), p))
