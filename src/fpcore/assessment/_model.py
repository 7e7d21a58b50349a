"""The assessment-sheet model: items, sections, vetoes, grade bands.

A sheet is data. Every point value, deduction, band and threshold is a field of the sheet, and
the sheet (or an item) cites where it comes from; the scoring code holds no number of its own.
"""

from __future__ import annotations

import decimal
import enum
import itertools
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Final, Protocol, TypeAlias, final, runtime_checkable

import attrs

from fpcore._validate import flag, instances, is_a, optional
from fpcore.dates import MAX_AGE
from fpcore.errors import InvalidInputError
from fpcore.explain import Message
from fpcore.jurisdictions import Jurisdiction
from fpcore.money import to_decimal
from fpcore.params import Citation
from fpcore.plausibility import MAX_PERCENT

__all__ = [
    "AssessmentSheet",
    "AssessorItem",
    "Band",
    "BandedItem",
    "CaseDeductionItem",
    "ChecklistElement",
    "ChecklistItem",
    "Comparison",
    "Consequence",
    "Direction",
    "FindingTrigger",
    "Grade",
    "GradeBand",
    "HasValue",
    "Item",
    "LevelProgressItem",
    "Result",
    "Section",
    "StepCounting",
    "TargetItem",
    "ThresholdTrigger",
    "Trigger",
    "Veto",
]

_CODE: Final = re.compile(r"^[a-z0-9][a-z0-9_]*(\.[a-z0-9_]+)*$")
_ONE: Final = Decimal(1)
_ZERO: Final = Decimal(0)
_CONTEXT: Final = decimal.Context(prec=28, traps=[decimal.InvalidOperation, decimal.Overflow])
"""The decimal context of every score and pay computation (never the global one)."""


@runtime_checkable
class HasValue(Protocol):
    """Anything with a ``value: Decimal`` attribute, such as ``fpcore.indicators.Rate``.

    Scoring reads only ``.value``; the object's unit and definition are the caller's business.
    """

    @property
    def value(self) -> Decimal:
        """The measured value (a percentage, a per-mille rate, a ratio…)."""
        ...


Result: TypeAlias = int | Decimal | bool | HasValue
"""A measured result: a number, a finding (``True``: found / in place), or a ``HasValue``."""


def check_code(value: object, field: str) -> str:
    """Return ``value`` if it is a dotted lower-case code such as ``"compliance"``.

    >>> check_code("pop.compliance", "code")
    'pop.compliance'
    """
    if not isinstance(value, str) or not _CODE.match(value):
        raise InvalidInputError(field, value, "must be a lower-case code like 'birth_rate'")
    return value


def measured_number(value: object, field: str) -> Decimal:
    """A result as a finite ``Decimal``: ``int``, ``Decimal`` or a ``HasValue``.

    Floats, bools and anything else are refused with :class:`~fpcore.errors.InvalidInputError`.

    >>> measured_number(95, "compliance")
    Decimal('95')
    """
    if isinstance(value, bool):
        raise InvalidInputError(field, value, "is a finding (bool); this result must be a number")
    if isinstance(value, int | Decimal | float | str):
        if isinstance(value, str):
            raise InvalidInputError(field, value, "is text; pass an int, a Decimal or a Rate")
        return to_decimal(value, field=field)
    inner = getattr(value, "value", None)
    if isinstance(inner, Decimal) and inner.is_finite():
        return inner
    raise InvalidInputError(
        field, value, "must be an int, a Decimal or an object with a Decimal .value"
    )


def measured_finding(value: object, field: str) -> bool:
    """A finding: only ``True`` or ``False``.

    >>> measured_finding(True, "concealment")
    True
    """
    if not isinstance(value, bool):
        raise InvalidInputError(field, value, "must be True or False (a finding)")
    return value


def check_percent(value: Decimal | None, field: str) -> Decimal | None:
    """``value`` if it is ``None`` or a percentage from 0 to :data:`~fpcore.plausibility.MAX_PERCENT`.

    >>> check_percent(Decimal(250), "lawful_birth_rate")
    Traceback (most recent call last):
    ...
    fpcore.errors.InvalidInputError: lawful_birth_rate: Decimal('250') is a percentage: must be from 0 to 100
    """
    if value is not None and not _ZERO <= value <= MAX_PERCENT:
        raise InvalidInputError(field, value, f"is a percentage: must be from 0 to {MAX_PERCENT}")
    return value


def positive(instance: object, attribute: attrs.Attribute[Decimal], value: Decimal) -> None:
    """Validator: greater than 0."""
    if value <= 0:
        raise InvalidInputError(attribute.name, value, "must be greater than 0")


def non_negative(instance: object, attribute: attrs.Attribute[Decimal], value: Decimal) -> None:
    """Validator: 0 or more."""
    if value < 0:
        raise InvalidInputError(attribute.name, value, "must not be negative")


def unit_interval(instance: object, attribute: attrs.Attribute[Decimal], value: Decimal) -> None:
    """Validator: between 0 and 1."""
    if not _ZERO <= value <= _ONE:
        raise InvalidInputError(attribute.name, value, "must be between 0 and 1")


def code_validator(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    """Validator: a dotted lower-case code."""
    check_code(value, attribute.name)


_message: Final = is_a(Message, "a Message(zh=..., en=...)")
_opt_citation: Final = optional(is_a(Citation, "a Citation or None"))


def _opt_full_at(value: object) -> Decimal | None:
    return None if value is None else to_decimal(value, field="full_at")


def _opt_if_unassessed(value: object) -> Decimal | None:
    return None if value is None else to_decimal(value, field="if_unassessed")


def _opt_target(value: object) -> Decimal | None:
    return None if value is None else to_decimal(value, field="target")


def _opt_zero_beyond(value: object) -> Decimal | None:
    return None if value is None else to_decimal(value, field="zero_beyond")


def _dec_bound(value: object) -> Decimal:
    return to_decimal(value, field="bound")


def _dec_deduction(value: object) -> Decimal:
    return to_decimal(value, field="deduction")


def _dec_floor(value: object) -> Decimal:
    return to_decimal(value, field="floor")


def _dec_level_weight_if_worse(value: object) -> Decimal:
    return to_decimal(value, field="level_weight_if_worse")


def _dec_level_weight_otherwise(value: object) -> Decimal:
    return to_decimal(value, field="level_weight_otherwise")


def _dec_min_score(value: object) -> Decimal:
    return to_decimal(value, field="min_score")


def _dec_minimum(value: object) -> Decimal:
    return to_decimal(value, field="minimum")


def _dec_otherwise(value: object) -> Decimal:
    return to_decimal(value, field="otherwise")


def _dec_per_case(value: object) -> Decimal:
    return to_decimal(value, field="per_case")


def _dec_points(value: object) -> Decimal:
    return to_decimal(value, field="points")


def _dec_share(value: object) -> Decimal:
    return to_decimal(value, field="share")


def _dec_step(value: object) -> Decimal:
    return to_decimal(value, field="step")


def _dec_threshold(value: object) -> Decimal:
    return to_decimal(value, field="threshold")


class Grade(enum.Enum):
    """An assessment grade (等次), from best to worst.

    Sheets name the middle grades differently (良好 or 称职, 合格 or 基本称职); fpcore uses one
    scale of four. ``rank`` orders them: a higher rank is a better grade.

    >>> Grade.EXCELLENT.rank > Grade.FAIL.rank, Grade.GOOD.label("zh")
    (True, '良好（称职）')
    """

    EXCELLENT = "excellent"
    GOOD = "good"
    PASS = "pass"
    FAIL = "fail"

    @property
    def rank(self) -> int:
        """3 for excellent down to 0 for fail."""
        return _RANK[self]

    def label(self, lang: str = "zh") -> str:
        """The grade's name in ``"zh"`` or ``"en"``."""
        return _GRADE_LABEL[self][1 if lang == "en" else 0]


_RANK: Final = {Grade.EXCELLENT: 3, Grade.GOOD: 2, Grade.PASS: 1, Grade.FAIL: 0}
_GRADE_LABEL: Final = {
    Grade.EXCELLENT: ("优秀", "excellent"),
    Grade.GOOD: ("良好（称职）", "good (competent)"),
    Grade.PASS: ("合格（基本称职）", "pass (basically competent)"),
    Grade.FAIL: ("不合格（不称职）", "fail (incompetent)"),
}


class Direction(enum.Enum):
    """Whether a larger measured value is better (a compliance rate) or worse (an error rate)."""

    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"

    def shortfall(self, value: Decimal, target: Decimal) -> Decimal:
        """How far ``value`` is on the wrong side of ``target`` (0 when it meets it).

        >>> Direction.LOWER_IS_BETTER.shortfall(Decimal("5.3"), Decimal("5"))
        Decimal('0.3')
        """
        gap = target - value if self is Direction.HIGHER_IS_BETTER else value - target
        return max(gap, _ZERO)

    def at_least_as_good(self, value: Decimal, bound: Decimal) -> bool:
        """Whether ``value`` meets ``bound`` in this direction (ties meet)."""
        return value >= bound if self is Direction.HIGHER_IS_BETTER else value <= bound


class StepCounting(enum.Enum):
    """How a shortfall is counted in steps ("−0.3 per 0.1 point below").

    ``PROPORTIONAL``: exact fraction of steps (0.15 below at 0.1 a step is 1.5 steps);
    ``STARTED``: every started step counts (2 steps); ``COMPLETED``: only whole steps (1 step).
    """

    PROPORTIONAL = "proportional"
    STARTED = "started"
    COMPLETED = "completed"

    def steps(self, shortfall: Decimal, step: Decimal) -> Decimal:
        """The number of steps in ``shortfall``.

        A whole number of tens of steps comes out written in full (``20``, never ``2E+1``,
        which a score card would print as it is).

        >>> StepCounting.STARTED.steps(Decimal("0.15"), Decimal("0.1"))
        Decimal('2')
        >>> StepCounting.PROPORTIONAL.steps(Decimal("2"), Decimal("0.1"))
        Decimal('20')
        """
        ratio = shortfall / step + _ZERO  # adding 0 brings the exponent to 0 or below
        if self is StepCounting.STARTED:
            return ratio.to_integral_value(rounding=decimal.ROUND_CEILING)
        if self is StepCounting.COMPLETED:
            return ratio.to_integral_value(rounding=decimal.ROUND_FLOOR)
        return ratio


class Comparison(enum.Enum):
    """How a veto threshold or a 国优 criterion compares a value with its threshold."""

    BELOW = "<"
    AT_MOST = "<="
    ABOVE = ">"
    AT_LEAST = ">="

    def holds(self, value: Decimal, threshold: Decimal) -> bool:
        """Whether ``value <op> threshold``.

        >>> Comparison.BELOW.holds(Decimal("81.9"), Decimal("82"))
        True
        """
        if self is Comparison.BELOW:
            return value < threshold
        if self is Comparison.AT_MOST:
            return value <= threshold
        if self is Comparison.ABOVE:
            return value > threshold
        return value >= threshold

    def margin(self, value: Decimal, threshold: Decimal) -> Decimal:
        """Signed room: positive on the side the comparison asks for, negative on the other."""
        if self in (Comparison.BELOW, Comparison.AT_MOST):
            return threshold - value
        return value - threshold


def _check_floor(item: TargetItem | CaseDeductionItem | ChecklistItem) -> None:
    if item.floor > item.points:
        raise InvalidInputError("floor", item.floor, f"must not exceed points ({item.points})")


def _check_unassessed(item: _ItemLike) -> None:
    value = item.if_unassessed
    if value is not None and value > item.points:
        raise InvalidInputError(
            "if_unassessed", value, f"must not exceed the item's points ({item.points})"
        )


class _ItemLike(Protocol):
    @property
    def points(self) -> Decimal: ...  # pragma: no cover

    @property
    def if_unassessed(self) -> Decimal | None: ...  # pragma: no cover


@final
@attrs.frozen(kw_only=True)
class TargetItem:
    """A target with a deduction per step of shortfall, e.g. compliance ≥ 92 %, −1 per point.

    Attributes:
        code: Result key of the measured value.
        title: Name in both languages.
        points: Full marks.
        target: The value that earns full marks; ``None``: the target differs by unit or year
            and is read from the result ``"<code>.target"``.
        step: Size of one step of shortfall (``1`` point, ``0.1`` point…).
        deduction: Points lost per step.
        direction: Whether higher or lower values are better.
        counting: How partial steps count.
        floor: Lowest score (``0``, or negative where the sheet allows).
        zero_beyond: Optional cut-off: a value strictly worse than this scores at most 0.
        if_unassessed: Points when no result is given; ``None``: a result is required.
        citation: The item's own source when it differs from the sheet's.
        percent: Whether the result is a percentage: a target, a cut-off or a result outside
            0–100 is then refused (:data:`fpcore.plausibility.MAX_PERCENT`).
    """

    code: str = attrs.field(validator=code_validator)
    title: Message = attrs.field(validator=_message)
    points: Decimal = attrs.field(converter=_dec_points, validator=positive)
    target: Decimal | None = attrs.field(default=None, converter=_opt_target)
    step: Decimal = attrs.field(converter=_dec_step, validator=positive)
    deduction: Decimal = attrs.field(converter=_dec_deduction, validator=non_negative)
    direction: Direction = Direction.HIGHER_IS_BETTER
    counting: StepCounting = StepCounting.PROPORTIONAL
    floor: Decimal = attrs.field(default=_ZERO, converter=_dec_floor)
    zero_beyond: Decimal | None = attrs.field(default=None, converter=_opt_zero_beyond)
    if_unassessed: Decimal | None = attrs.field(default=None, converter=_opt_if_unassessed)
    citation: Citation | None = attrs.field(default=None, validator=_opt_citation)
    percent: bool = attrs.field(default=False, validator=flag)

    def __attrs_post_init__(self) -> None:
        _check_floor(self)
        _check_unassessed(self)
        if self.percent:
            for name in ("target", "zero_beyond"):
                check_percent(getattr(self, name), name)
        if (
            self.zero_beyond is not None
            and self.target is not None
            and self.direction.shortfall(self.zero_beyond, self.target) == 0
        ):
            raise InvalidInputError(
                "zero_beyond", self.zero_beyond, "must lie on the worse side of the target"
            )

    @property
    def keys(self) -> tuple[str, ...]:
        """The result keys this item reads."""
        return (self.code,) if self.target is not None else (self.code, f"{self.code}.target")


@final
@attrs.frozen(kw_only=True)
class Band:
    """One band of a banded item: values at least as good as ``bound`` earn ``share``.

    Attributes:
        bound: The band's edge (inclusive), e.g. ``99`` for "≥ 99 %".
        share: Fraction of the item's points (``1`` full, ``0.9``…), between 0 and 1.
    """

    bound: Decimal = attrs.field(converter=_dec_bound)
    share: Decimal = attrs.field(converter=_dec_share)

    @share.validator
    def _check_share(self, attribute: attrs.Attribute[Decimal], value: Decimal) -> None:
        if not _ZERO <= value <= _ONE:
            raise InvalidInputError("share", value, "must be between 0 and 1")


def _to_bands(values: Iterable[Band]) -> tuple[Band, ...]:
    return instances(values, Band, "bands", at_least_one="band")


@final
@attrs.frozen(kw_only=True)
class BandedItem:
    """Points by band: e.g. ≥ 99 % full, 97–99 % 90 %, 95–97 % 80 %, below 70 %.

    Attributes:
        code: Result key.
        title: Name in both languages.
        points: Full marks.
        bands: Bands from best to worst; the first band the value reaches applies.
        otherwise: Share earned by a value that reaches no band.
        direction: Whether higher or lower values are better.
        if_unassessed: Points when no result is given; ``None``: a result is required.
        citation: The item's own source when it differs from the sheet's.
        percent: Whether the result is a percentage: a band bound or a result outside 0–100
            is then refused (:data:`fpcore.plausibility.MAX_PERCENT`).
    """

    code: str = attrs.field(validator=code_validator)
    title: Message = attrs.field(validator=_message)
    points: Decimal = attrs.field(converter=_dec_points, validator=positive)
    bands: tuple[Band, ...] = attrs.field(converter=_to_bands)
    otherwise: Decimal = attrs.field(default=_ZERO, converter=_dec_otherwise)
    direction: Direction = Direction.HIGHER_IS_BETTER
    if_unassessed: Decimal | None = attrs.field(default=None, converter=_opt_if_unassessed)
    citation: Citation | None = attrs.field(default=None, validator=_opt_citation)
    percent: bool = attrs.field(default=False, validator=flag)

    def __attrs_post_init__(self) -> None:
        _check_unassessed(self)
        previous: Band | None = None
        for index, band in enumerate(self.bands):
            if self.percent:
                check_percent(band.bound, f"bands[{index}].bound")
            if previous is not None and (
                band.share > previous.share
                or self.direction.at_least_as_good(band.bound, previous.bound)
            ):
                raise InvalidInputError(
                    f"bands[{index}]",
                    band,
                    "bands must run from best to worst, with shares never rising",
                )
            previous = band
        if not _ZERO <= self.otherwise <= self.bands[-1].share:
            raise InvalidInputError(
                "otherwise", self.otherwise, "must be between 0 and the last band's share"
            )

    @property
    def keys(self) -> tuple[str, ...]:
        """The result keys this item reads."""
        return (self.code,)


@final
@attrs.frozen(kw_only=True)
class CaseDeductionItem:
    """A deduction per case or per missing element (−2 per missing item, −3 per mis-report).

    The result is the count of cases (a non-negative whole number).

    Attributes:
        code: Result key of the count.
        title: Name in both languages.
        points: Full marks.
        per_case: Points lost per case.
        floor: Lowest score (``0``, or negative where the sheet allows).
        if_unassessed: Points when no result is given; ``None``: a result is required.
        citation: The item's own source when it differs from the sheet's.
    """

    code: str = attrs.field(validator=code_validator)
    title: Message = attrs.field(validator=_message)
    points: Decimal = attrs.field(converter=_dec_points, validator=positive)
    per_case: Decimal = attrs.field(converter=_dec_per_case, validator=non_negative)
    floor: Decimal = attrs.field(default=_ZERO, converter=_dec_floor)
    if_unassessed: Decimal | None = attrs.field(default=None, converter=_opt_if_unassessed)
    citation: Citation | None = attrs.field(default=None, validator=_opt_citation)

    def __attrs_post_init__(self) -> None:
        _check_floor(self)
        _check_unassessed(self)

    @property
    def keys(self) -> tuple[str, ...]:
        """The result keys this item reads."""
        return (self.code,)


@final
@attrs.frozen(kw_only=True)
class ChecklistElement:
    """One element of a checklist and what its absence costs.

    Attributes:
        code: Element code; its result key is ``"<item code>.<element code>"``.
        title: Name in both languages.
        deduction: Points lost if the element is not in place.
    """

    code: str = attrs.field(validator=code_validator)
    title: Message = attrs.field(validator=_message)
    deduction: Decimal = attrs.field(converter=_dec_deduction, validator=non_negative)


def _to_elements(values: Iterable[ChecklistElement]) -> tuple[ChecklistElement, ...]:
    elements = instances(values, ChecklistElement, "elements", at_least_one="element")
    codes = set()
    for index, element in enumerate(elements):
        if element.code in codes:
            raise InvalidInputError(f"elements[{index}].code", element.code, "is repeated")
        codes.add(element.code)
    return elements


@final
@attrs.frozen(kw_only=True)
class ChecklistItem:
    """A checklist: each element is a finding (``True``: in place); each absence is deducted.

    Attributes:
        code: Item code; element results are keyed ``"<code>.<element>"``.
        title: Name in both languages.
        points: Full marks.
        elements: The elements checked.
        floor: Lowest score.
        if_unassessed: Points when no element result is given; ``None``: results are required.
        citation: The item's own source when it differs from the sheet's.
    """

    code: str = attrs.field(validator=code_validator)
    title: Message = attrs.field(validator=_message)
    points: Decimal = attrs.field(converter=_dec_points, validator=positive)
    elements: tuple[ChecklistElement, ...] = attrs.field(converter=_to_elements)
    floor: Decimal = attrs.field(default=_ZERO, converter=_dec_floor)
    if_unassessed: Decimal | None = attrs.field(default=None, converter=_opt_if_unassessed)
    citation: Citation | None = attrs.field(default=None, validator=_opt_citation)

    def __attrs_post_init__(self) -> None:
        _check_floor(self)
        _check_unassessed(self)

    @property
    def keys(self) -> tuple[str, ...]:
        """The result keys this item reads."""
        return tuple(f"{self.code}.{e.code}" for e in self.elements)


@final
@attrs.frozen(kw_only=True)
class AssessorItem:
    """A score the assessors give within bounds (on-site inspection, file review).

    Attributes:
        code: Result key of the given score.
        title: Name in both languages.
        points: Full marks (the upper bound).
        minimum: The lowest score assessors may give (``0`` unless the sheet allows less).
        if_unassessed: Points when no result is given; ``None``: a result is required.
        citation: The item's own source when it differs from the sheet's.
    """

    code: str = attrs.field(validator=code_validator)
    title: Message = attrs.field(validator=_message)
    points: Decimal = attrs.field(converter=_dec_points, validator=positive)
    minimum: Decimal = attrs.field(default=_ZERO, converter=_dec_minimum)
    if_unassessed: Decimal | None = attrs.field(default=None, converter=_opt_if_unassessed)
    citation: Citation | None = attrs.field(default=None, validator=_opt_citation)

    def __attrs_post_init__(self) -> None:
        _check_unassessed(self)
        if self.minimum > self.points:
            raise InvalidInputError("minimum", self.minimum, "must not exceed points")

    @property
    def keys(self) -> tuple[str, ...]:
        """The result keys this item reads."""
        return (self.code,)


@final
@attrs.frozen(kw_only=True)
class LevelProgressItem:
    """Level against a reference mean and progress on last year, weighted (Hunan 2017).

    The value is compared with the reference mean (the level part) and with the previous year
    (the progress part). Each part earns 1 when the value is at least as good, else the ratio of
    the better value to the worse one (``mean / value`` when lower is better). The weight of the
    level part depends on whether the value is worse than the mean or not. Points are rounded to
    0.01 half up.

    Note that a weight switch at the mean can make a better value score lower (a unit just
    better than the mean is weighted on progress): this is the rule's shape, not a defect.

    Attributes:
        code: Result key of the value; ``"<code>.reference"`` and ``"<code>.previous"`` hold
            the reference mean and last year's value.
        title: Name in both languages.
        points: Full marks.
        level_weight_if_worse: Weight of the level part when the value is worse than the mean.
        level_weight_otherwise: Weight of the level part otherwise.
        full_at: A value at least this good earns full marks regardless (e.g. sex ratio ≤ 107).
        direction: Whether higher or lower values are better.
        if_unassessed: Points when no result is given; ``None``: results are required.
        citation: The item's own source when it differs from the sheet's.
    """

    code: str = attrs.field(validator=code_validator)
    title: Message = attrs.field(validator=_message)
    points: Decimal = attrs.field(converter=_dec_points, validator=positive)
    level_weight_if_worse: Decimal = attrs.field(
        converter=_dec_level_weight_if_worse, validator=unit_interval
    )
    level_weight_otherwise: Decimal = attrs.field(
        converter=_dec_level_weight_otherwise, validator=unit_interval
    )
    full_at: Decimal | None = attrs.field(default=None, converter=_opt_full_at)
    direction: Direction = Direction.LOWER_IS_BETTER
    if_unassessed: Decimal | None = attrs.field(default=None, converter=_opt_if_unassessed)
    citation: Citation | None = attrs.field(default=None, validator=_opt_citation)

    def __attrs_post_init__(self) -> None:
        _check_unassessed(self)

    @property
    def keys(self) -> tuple[str, ...]:
        """The result keys this item reads."""
        return (self.code, f"{self.code}.reference", f"{self.code}.previous")


Item: TypeAlias = (
    TargetItem | BandedItem | CaseDeductionItem | ChecklistItem | AssessorItem | LevelProgressItem
)
"""Every kind of assessment item."""

_ITEM_TYPES: Final = (
    TargetItem,
    BandedItem,
    CaseDeductionItem,
    ChecklistItem,
    AssessorItem,
    LevelProgressItem,
)


def _to_items(values: Iterable[Item]) -> tuple[Item, ...]:
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        raise InvalidInputError("items", values, "must be a tuple or list of assessment items")
    items = tuple(values)
    for index, item in enumerate(items):
        if not isinstance(item, _ITEM_TYPES):
            raise InvalidInputError(f"items[{index}]", item, "must be an assessment item")
    if not items:
        raise InvalidInputError("items", items, "must hold at least one item")
    return items


@final
@attrs.frozen(kw_only=True)
class Section:
    """A group of items with a subtotal (e.g. 人口控制 24 points).

    Attributes:
        code: Section code.
        title: Name in both languages.
        items: The section's items.
    """

    code: str = attrs.field(validator=code_validator)
    title: Message = attrs.field(validator=_message)
    items: tuple[Item, ...] = attrs.field(converter=_to_items)

    @property
    def maximum(self) -> Decimal:
        """Full marks of the section, the sum of its items' points."""
        return sum((item.points for item in self.items), _ZERO)


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class Consequence:
    """What follows from a veto or an accountability rule.

    Attributes:
        code: Stable code, e.g. ``"unit.no_honours"``.
        message: The consequence in both languages.
        years: For how many years it runs, counting the assessed year (``2``: this year and
            next); ``0`` for a one-off measure (removal from post). At most
            :data:`~fpcore.dates.MAX_AGE`: no measure outlasts a lifetime.
        citation: Where the consequence comes from.
    """

    code: str = attrs.field(validator=code_validator)
    message: Message = attrs.field(validator=_message)
    years: int = attrs.field(default=1)
    citation: Citation | None = attrs.field(default=None, validator=_opt_citation)

    @years.validator
    def _check_years(self, attribute: attrs.Attribute[int], value: object) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise InvalidInputError("years", value, "must be a whole number ≥ 0")
        if value > MAX_AGE:  # a plausibility limit, not a legal one (fpcore.plausibility)
            raise InvalidInputError(
                "years", value, f"is longer than a lifetime: at most {MAX_AGE} (MAX_AGE)"
            )


@final
@attrs.frozen(kw_only=True)
class FindingTrigger:
    """A veto triggered by a finding (``True``), e.g. deliberate concealment of a birth.

    Attributes:
        key: Result key of the finding.
    """

    key: str = attrs.field(validator=code_validator)


@final
@attrs.frozen(kw_only=True)
class ThresholdTrigger:
    """A veto triggered by a value crossing a threshold, e.g. compliance below 82 %.

    Attributes:
        key: Result key of the value (often an item's code).
        comparison: How the value is compared with the threshold to trigger the veto.
        threshold: The threshold (sheet data, cited by the veto).
    """

    key: str = attrs.field(validator=code_validator)
    comparison: Comparison
    threshold: Decimal = attrs.field(converter=_dec_threshold)


Trigger: TypeAlias = FindingTrigger | ThresholdTrigger
"""What sets off a veto."""


def _to_consequences(values: Iterable[Consequence]) -> tuple[Consequence, ...]:
    return instances(values, Consequence, "consequences")


@final
@attrs.frozen(kw_only=True)
class Veto:
    """A one-vote veto (一票否决): its trigger, source and consequences.

    Attributes:
        code: Stable code.
        title: Name in both languages.
        trigger: The finding or threshold that sets it off.
        consequences: What follows, in the order the source lists them.
        citation: The rule's source.
    """

    code: str = attrs.field(validator=code_validator)
    title: Message = attrs.field(validator=_message)
    trigger: Trigger = attrs.field()
    consequences: tuple[Consequence, ...] = attrs.field(default=(), converter=_to_consequences)
    citation: Citation | None = attrs.field(default=None, validator=_opt_citation)

    @trigger.validator
    def _check_trigger(self, attribute: attrs.Attribute[Trigger], value: object) -> None:
        if not isinstance(value, FindingTrigger | ThresholdTrigger):
            raise InvalidInputError(
                "trigger", value, "must be a FindingTrigger or ThresholdTrigger"
            )


@final
@attrs.frozen(kw_only=True)
class GradeBand:
    """A total of at least ``min_score`` earns ``grade``.

    Attributes:
        grade: The grade.
        min_score: Lowest total for the grade (inclusive: a total exactly at the edge earns it).
    """

    grade: Grade = attrs.field(validator=is_a(Grade, "a Grade"))
    min_score: Decimal = attrs.field(converter=_dec_min_score)


def _to_sections(values: Iterable[Section]) -> tuple[Section, ...]:
    return instances(values, Section, "sections", at_least_one="section")


def _to_vetoes(values: Iterable[Veto]) -> tuple[Veto, ...]:
    return instances(values, Veto, "vetoes")


def _to_grades(values: Iterable[GradeBand]) -> tuple[GradeBand, ...]:
    bands = instances(values, GradeBand, "grades")
    return tuple(sorted(bands, key=lambda b: b.min_score, reverse=True))


@final
@attrs.frozen(kw_only=True)
class AssessmentSheet:
    """An assessment sheet (考核细则): items in sections, vetoes, grade bands and its source.

    Attributes:
        code: Stable code, e.g. ``"village_100_point"``.
        title: Name in both languages.
        assesses: The unit or post assessed ("village committee", "township cadre").
        sections: The items, grouped in sections with subtotals.
        vetoes: One-vote vetoes.
        grades: Grade bands; bands run from the best grade down, a total exactly at a band's
            ``min_score`` earns that band.
        below_bands: Grade of a total below every band.
        veto_grade: Grade whenever a veto is triggered, whatever the total.
        citation: The sheet's source (items may cite their own).
        grades_citation: The grade bands' source, when it is not the sheet's (often
            illustrative: few sheets print their bands).
        jurisdiction: Where the sheet applies, if it is a local sheet.
        note: What the sheet rests on, and what of it is illustrative.

    Raises:
        InvalidInputError: If codes (of items, sections or vetoes) repeat, a grade band's
            ``min_score`` is below 0 or above the sheet's maximum (no unit could reach it),
            bands do not rise with the grade, or the veto grade is not the worst grade the
            sheet gives.
    """

    code: str = attrs.field(validator=code_validator)
    title: Message = attrs.field(validator=_message)
    assesses: Message = attrs.field(validator=_message)
    sections: tuple[Section, ...] = attrs.field(converter=_to_sections)
    grades: tuple[GradeBand, ...] = attrs.field(converter=_to_grades)
    citation: Citation = attrs.field()
    vetoes: tuple[Veto, ...] = attrs.field(default=(), converter=_to_vetoes)
    grades_citation: Citation | None = attrs.field(default=None, validator=_opt_citation)
    below_bands: Grade = Grade.FAIL
    veto_grade: Grade = Grade.FAIL
    jurisdiction: Jurisdiction | None = attrs.field(default=None)
    note: str | None = attrs.field(default=None)

    @jurisdiction.validator
    def _check_jurisdiction(
        self, attribute: attrs.Attribute[Jurisdiction | None], value: object
    ) -> None:
        if value is not None and not isinstance(value, Jurisdiction):
            raise InvalidInputError("jurisdiction", value, "must be a Jurisdiction or None")

    @note.validator
    def _check_note(self, attribute: attrs.Attribute[str | None], value: object) -> None:
        if value is not None and not isinstance(value, str):
            raise InvalidInputError("note", value, "must be a string or None")

    @citation.validator
    def _check_citation(self, attribute: attrs.Attribute[Citation], value: object) -> None:
        if not isinstance(value, Citation):
            raise InvalidInputError("citation", value, "must be a Citation")

    def __attrs_post_init__(self) -> None:
        keys = [key for item in self.items for key in item.keys]
        for key in keys:
            if keys.count(key) > 1:
                raise InvalidInputError("items", key, "is a result key used twice")
        codes = [item.code for item in self.items]
        for code in codes:
            if codes.count(code) > 1:
                raise InvalidInputError("items", code, "is an item code used twice")
        sections = [section.code for section in self.sections]
        for index, code in enumerate(sections):
            if code in sections[:index]:
                raise InvalidInputError(
                    f"sections[{index}].code", code, "is a section code used twice"
                )
        maximum = self.maximum
        for index, band in enumerate(self.grades):
            if not _ZERO <= band.min_score <= maximum:
                raise InvalidInputError(
                    f"grades[{index}].min_score",
                    band.min_score,
                    f"must be from 0 to the sheet's maximum {maximum}: no unit could score "
                    "outside it",
                )
        veto_codes = [veto.code for veto in self.vetoes]
        for code in veto_codes:
            if veto_codes.count(code) > 1:
                raise InvalidInputError("vetoes", code, "is a veto code used twice")
        ranks = [band.grade.rank for band in self.grades]
        for index, (upper, lower) in enumerate(itertools.pairwise(ranks)):
            if lower >= upper:
                raise InvalidInputError(
                    f"grades[{index + 1}]",
                    self.grades[index + 1],
                    "a lower band must give a worse grade",
                )
        if ranks and self.below_bands.rank >= ranks[-1]:
            raise InvalidInputError(
                "below_bands", self.below_bands, "must be worse than the lowest band's grade"
            )
        if self.veto_grade.rank > self.below_bands.rank:
            raise InvalidInputError(
                "veto_grade", self.veto_grade, "must be no better than any grade the sheet gives"
            )

    @property
    def items(self) -> tuple[Item, ...]:
        """Every item, section by section."""
        return tuple(item for section in self.sections for item in section.items)

    @property
    def maximum(self) -> Decimal:
        """Full marks of the sheet."""
        return sum((section.maximum for section in self.sections), _ZERO)

    @property
    def keys(self) -> tuple[str, ...]:
        """Every result key the sheet reads, items first, then veto triggers (no repeats)."""
        found: list[str] = []
        for key in (
            *(k for item in self.items for k in item.keys),
            *(veto.trigger.key for veto in self.vetoes),
        ):
            if key not in found:
                found.append(key)
        return tuple(found)

    def item(self, code: str) -> Item:
        """The item with this code.

        Raises:
            KeyError: If the sheet has no such item.
        """
        for candidate in self.items:
            if candidate.code == code:
                return candidate
        raise KeyError(code)

    def grade_for(self, total: Decimal) -> Grade:
        """The grade a total earns by the bands alone (no veto).

        A total exactly at a band's lower edge earns that band.
        """
        for band in self.grades:
            if total >= band.min_score:
                return band.grade
        return self.below_bands


def results_mapping(results: object) -> Mapping[str, object]:
    """Check that ``results`` is a mapping of codes to results."""
    if not isinstance(results, Mapping):
        raise InvalidInputError("results", results, "must be a mapping of result keys to values")
    for key in results:
        if not isinstance(key, str):
            raise InvalidInputError("results", key, "has a key that is not a string")
    return results
