"""Checks, decisions and their explanations in Chinese and English.

Rules store facts, not sentences: a :class:`Check` holds a stable code, whether the condition
held, the values compared and the parameter records used; text is rendered only when asked for,
by :meth:`Decision.explain` (``lang="zh"`` or ``"en"``) or ``_repr_html_()`` in a notebook.

>>> from datetime import date
>>> from decimal import Decimal
>>> from fpcore import DINGNAN
>>> age = Message(zh="年满{limit}周岁（{age}周岁）", en="aged {limit} or over ({age})")
>>> d = Decision(
...     subject="demo", title=Message(zh="示例", en="Demo"), eligible=True,
...     amount=Decimal("600.00"), on=date(2008, 6, 30), jurisdiction=DINGNAN,
...     checks=(Check(code="demo.age", passed=True, message=age,
...                   facts=(("age", 60), ("limit", 60))),))
>>> print(d.explain("en"))
Demo — Dingnan County, 2008-06-30: eligible, 600.00 yuan per year.
  ✓ aged 60 or over (60)
>>> print(d.explain("zh"))
示例——定南县，2008-06-30：符合条件，金额 600.00 元/年。
  ✓ 年满60周岁（60周岁）
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from itertools import starmap
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias, final

import attrs

from fpcore._validate import check_lang
from fpcore.errors import InvalidInputError
from fpcore.jurisdictions import Jurisdiction
from fpcore.params import Citation, Resolution

__all__ = [
    "Check",
    "Checks",
    "Decision",
    "Fact",
    "Lang",
    "Message",
    "Row",
    "Share",
    "checks_html",
    "format_fact",
    "make_check",
    "make_decision",
    "make_share",
    "render_checks",
    "render_horizon",
    "unverified_after",
]

Fact: TypeAlias = Decimal | int | bool | date | str | None
"""A value a check compared (an amount, an age, a flag, a date, a code, or ``None`` if unknown)."""

Lang: TypeAlias = Literal["zh", "en"]

_check_lang = check_lang  # the rules' modules import it from here
"""A language explanations can be rendered in."""

_MARK: Final = {True: "✓", False: "✗", None: "–"}


def unverified_after(on: date, resolutions: Iterable[Resolution]) -> date | None:
    """The earliest horizon before ``on`` of the values read, or ``None`` if none is passed.

    Each resolution carries the date through which the sources of its key were checked
    (:attr:`fpcore.params.Resolution.verified_through`). A result for a later date rests on
    the last value known, presumed to still apply.

    >>> from fpcore import DINGNAN, default_book
    >>> r = default_book().resolve("reward_assistance.min_age", on=date(2030, 1, 1),
    ...                            jurisdiction=DINGNAN)
    >>> unverified_after(date(2030, 1, 1), (r,)), unverified_after(date(2020, 1, 1), (r,))
    (datetime.date(2026, 11, 1), None)
    """
    passed = None
    for resolution in resolutions:
        horizon = resolution.verified_through
        if horizon is not None and horizon < on and (passed is None or horizon < passed):
            passed = horizon
    return passed


def render_horizon(horizon: date, lang: Lang = "zh") -> str:
    """The line that says a result is past the date its sources were checked through.

    >>> print(render_horizon(date(2026, 11, 1), "en"))
      ! Past 2026-11-01, the date through which the sources of a value used were checked: the result presumes that value still applies.
    """
    day = horizon.isoformat()
    if _check_lang(lang) == "en":
        return (
            f"  ! Past {day}, the date through which the sources of a value used were checked: "
            "the result presumes that value still applies."
        )
    return f"  ！所用数值的来源仅核查至{day}，此后仍按最后已知的数值推定适用。"


def format_fact(value: Fact, lang: Lang = "zh") -> str:
    """Render one fact for a sentence.

    >>> format_fact(Decimal("1440.00")), format_fact(True, "en"), format_fact(None)
    ('1,440.00', 'yes', '未记录')
    """
    if value is None:
        return "not recorded" if lang == "en" else "未记录"
    if isinstance(value, bool):
        return ("yes" if value else "no") if lang == "en" else ("是" if value else "否")
    if isinstance(value, Decimal):
        return f"{value:,}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@final
@attrs.frozen(cache_hash=True)
class Message:
    """A sentence template in Chinese and English; ``{name}`` fields are filled with facts.

    >>> Message(zh="{n}个子女", en="{n} children").render("en", {"n": 2})
    '2 children'
    """

    zh: str
    en: str

    def render(self, lang: Lang, facts: dict[str, Fact] | None = None) -> str:
        """Fill the template in ``lang`` with ``facts`` (rendered with :func:`format_fact`)."""
        template = self.en if _check_lang(lang) == "en" else self.zh
        if not facts:
            return template
        return template.format_map({k: format_fact(v, lang) for k, v in facts.items()})


def _to_facts(value: Iterable[tuple[str, Fact]]) -> tuple[tuple[str, Fact], ...]:
    if type(value) is tuple:  # the hot path: rules pass tuples of pairs already
        return value
    return tuple((str(name), fact) for name, fact in value)


@final
@attrs.frozen(kw_only=True)
class Check:
    """One condition a rule checked.

    Attributes:
        code: Stable identifier, e.g. ``"reward_assistance.age"``; changing it is breaking.
        passed: ``True`` held, ``False`` failed, ``None`` not applicable or input missing.
        message: The sentence, filled with ``facts`` when rendered.
        facts: The values compared, as ``(name, value)`` pairs.
        provenance: The parameter resolutions the check used (value, level, citation).
        citation: The rule's own source, for conditions that use no parameter.
    """

    code: str
    passed: bool | None
    message: Message
    facts: tuple[tuple[str, Fact], ...] = attrs.field(default=(), converter=_to_facts)
    provenance: tuple[Resolution, ...] = ()
    citation: Citation | None = None

    def fact(self, name: str) -> Fact:
        """The fact called ``name``.

        Raises:
            KeyError: If the check holds no such fact.
        """
        for key, value in self.facts:
            if key == name:
                return value
        raise KeyError(name)

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The rule's citation and those of every parameter used, without repeats."""
        found: list[Citation] = []
        for citation in (self.citation, *(r.citation for r in self.provenance)):
            if citation is not None and citation not in found:
                found.append(citation)
        return tuple(found)

    @property
    def is_illustrative(self) -> bool:
        """Whether any value behind this check has no source."""
        return any(c.is_illustrative for c in self.citations)

    @property
    def is_reform(self) -> bool:
        """Whether any value behind this check is a what-if the caller set (a reform)."""
        return any(c.is_reform for c in self.citations)

    def explain(self, lang: Lang = "zh") -> str:
        """The condition as one sentence, followed by its sources."""
        text = self.message.render(lang, dict(self.facts))
        cited = (
            "；".join(c.render(lang) for c in self.citations)
            if lang == "zh"
            else "; ".join(c.render(lang) for c in self.citations)
        )
        if not cited:
            return text
        return f"{text}。依据：{cited}" if lang == "zh" else f"{text}. Source: {cited}"


def _check_amount(instance: object, attribute: attrs.Attribute[Decimal], value: object) -> None:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise InvalidInputError(attribute.name, value, "must be a finite Decimal")


@final
@attrs.frozen(kw_only=True)
class Share:
    """One beneficiary's part of a decision's amount.

    Attributes:
        beneficiary: Who (``"father"``, ``"mother"``, ``"child 1"``, or a person id).
        label: The beneficiary as text in both languages.
        amount: That person's amount, in the decision's unit.
    """

    beneficiary: str
    label: Message
    amount: Decimal = attrs.field(validator=_check_amount)


YUAN_PER_YEAR: Final = Message(zh="元/年", en="yuan per year")


Row: TypeAlias = tuple[
    str, bool | None, Message, tuple[tuple[str, Fact], ...], tuple[Resolution, ...], Citation | None
]
"""A check not yet built, as the tuple ``(code, passed, message, facts, provenance, citation)``."""


class _Pending:
    """A slot outside the attrs fields, for checks recorded but not yet built."""

    __slots__ = ("_rows",)


@final
@attrs.frozen(kw_only=True)
class Decision(_Pending):
    """The outcome of a rule for one family on one date, with every condition checked.

    Attributes:
        subject: Code of what was decided (a programme code).
        title: Its name in both languages.
        eligible: Whether the family qualifies.
        amount: What is payable (``Decimal`` yuan, in ``unit``); ``0.00`` when not eligible.
        on: The date the decision is for.
        jurisdiction: The jurisdiction whose rules were applied.
        checks: One per condition, in the order the rule checked them (a rule may hand them
            over as rows, see :func:`make_decision`; they are then built when first read).
        breakdown: The amount per beneficiary.
        unit: What ``amount`` is per (default: yuan per year).
    """

    subject: str
    title: Message
    eligible: bool
    amount: Decimal = attrs.field(validator=_check_amount)
    on: date
    jurisdiction: Jurisdiction
    checks: tuple[Check, ...] = ()
    breakdown: tuple[Share, ...] = ()
    unit: Message = YUAN_PER_YEAR

    if not TYPE_CHECKING:  # pragma: no branch - keeps attribute typos visible to type checkers

        def __getattr__(self, name):
            # Rules record their checks as rows (see ``make_decision``); the Check objects are
            # built on first access, and every reader (equality, repr, pickling, serde,
            # explanations) goes through this attribute, so laziness is never visible.
            if name != "checks":
                raise AttributeError(name)
            checks = tuple(starmap(make_check, self._rows))
            _D_CHECKS(self, checks)
            _P_ROWS(self, None)
            return checks

    @property
    def failed(self) -> tuple[Check, ...]:
        """The checks that failed."""
        return tuple(c for c in self.checks if c.passed is False)

    @property
    def is_illustrative(self) -> bool:
        """Whether any value behind the decision has no source."""
        return any(c.is_illustrative for c in self.checks)

    @property
    def is_reform(self) -> bool:
        """Whether any value behind the decision is a what-if the caller set (a reform)."""
        return any(c.is_reform for c in self.checks)

    @property
    def unverified_after(self) -> date | None:
        """The earliest horizon the decision's date passed, or ``None`` (see below).

        ``None`` when :attr:`on` is within the date through which the sources of every value
        the checks used were checked; otherwise that earliest date: the decision then rests on
        the last values known, presumed to still apply, and its explanation says so.
        """
        return unverified_after(self.on, (r for c in self.checks for r in c.provenance))

    def check(self, code: str) -> Check:
        """The check with this code.

        Raises:
            KeyError: If the decision has no such check.
        """
        for candidate in self.checks:
            if candidate.code == code:
                return candidate
        raise KeyError(code)

    def headline(self, lang: Lang = "zh") -> str:
        """The first line of the explanation: what, where, when, and the outcome."""
        lang = _check_lang(lang)
        where = self.jurisdiction.name(lang)
        title = self.title.render(lang)
        amount = format_fact(self.amount, lang)
        unit = self.unit.render(lang)
        if lang == "en":
            outcome = f"eligible, {amount} {unit}" if self.eligible else "not eligible"
            return f"{title} — {where}, {self.on.isoformat()}: {outcome}."
        outcome = f"符合条件，金额 {amount} {unit}" if self.eligible else "不符合条件"
        return f"{title}——{where}，{self.on.isoformat()}：{outcome}。"

    def explain(self, lang: Lang = "zh") -> str:
        """The whole decision in full sentences, one line per condition, with sources."""
        lines = [self.headline(lang), *render_checks(self.checks, lang)]
        horizon = self.unverified_after
        if horizon is not None:
            lines.append(render_horizon(horizon, lang))
        if self.breakdown:
            parts = [
                f"{s.label.render(lang)} {format_fact(s.amount, lang)}" for s in self.breakdown
            ]
            lines.append(
                ("  By beneficiary: " if lang == "en" else "  分项：")
                + ("; ".join(parts) if lang == "en" else "；".join(parts))
            )
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        """A small HTML table for notebooks (escaped; no IPython import)."""
        breakdown = "".join(
            f"<li>{html.escape(s.label.render('en'))}: {html.escape(format_fact(s.amount))}</li>"
            for s in self.breakdown
        )
        horizon = self.unverified_after
        return (
            f'<div class="fpcore-decision"><p><strong>{html.escape(self.headline("en"))}'
            f"</strong><br>{html.escape(self.headline('zh'))}</p>"
            + (
                f'<p class="fpcore-unverified">{html.escape(render_horizon(horizon, "en").strip())}'
                f"<br>{html.escape(render_horizon(horizon, 'zh').strip())}</p>"
                if horizon is not None
                else ""
            )
            + (f"<ul>{breakdown}</ul>" if breakdown else "")
            + checks_html(self.checks)
            + "</div>"
        )


# -- fast construction for rule code ---------------------------------------------------------
#
# attrs' frozen ``__init__`` sets each slot through ``object.__setattr__`` and runs converters
# and validators: about 2 µs for a Check, several times the cost of the condition it records.
# Rules build several checks per decision, so they use the positional constructors below, which
# set the slots directly. They convert and validate nothing: the arguments must already have
# the field types (``mypy --strict`` checks the calls), and the tests check that each builds an
# object equal to the one ``__init__`` builds.


def _slot_setters(cls: type[Any], *names: str) -> tuple[Callable[[Any, Any], None], ...]:
    """The slot setters of ``cls``'s attrs fields, which must be exactly ``names``, in order."""
    fields = tuple(field.name for field in attrs.fields(cls))
    if fields != names:
        raise TypeError(f"{cls.__name__} has fields {fields}, not {names}")
    return tuple(cls.__dict__[name].__set__ for name in names)


_new: Final = object.__new__
_P_ROWS: Final = _Pending.__dict__["_rows"].__set__
_C_CODE, _C_PASSED, _C_MESSAGE, _C_FACTS, _C_PROVENANCE, _C_CITATION = _slot_setters(
    Check, "code", "passed", "message", "facts", "provenance", "citation"
)
_S_BENEFICIARY, _S_LABEL, _S_AMOUNT = _slot_setters(Share, "beneficiary", "label", "amount")
(
    _D_SUBJECT,
    _D_TITLE,
    _D_ELIGIBLE,
    _D_AMOUNT,
    _D_ON,
    _D_JURISDICTION,
    _D_CHECKS,
    _D_BREAKDOWN,
    _D_UNIT,
) = _slot_setters(
    Decision,
    "subject",
    "title",
    "eligible",
    "amount",
    "on",
    "jurisdiction",
    "checks",
    "breakdown",
    "unit",
)


def make_check(
    code: str,
    passed: bool | None,
    message: Message,
    facts: tuple[tuple[str, Fact], ...] = (),
    provenance: tuple[Resolution, ...] = (),
    citation: Citation | None = None,
) -> Check:
    """A :class:`Check`, built positionally without conversion (for rule code on hot paths).

    >>> make_check("x", True, Message(zh="是", en="yes")) == Check(
    ...     code="x", passed=True, message=Message(zh="是", en="yes"))
    True
    """
    check: Check = _new(Check)
    _C_CODE(check, code)
    _C_PASSED(check, passed)
    _C_MESSAGE(check, message)
    _C_FACTS(check, facts)
    _C_PROVENANCE(check, provenance)
    _C_CITATION(check, citation)
    return check


class Checks:
    """The checks of one decision, recorded in order (a builder for rule code).

    A check is recorded as a :data:`Row`, a plain tuple; :func:`make_decision` hands the rows to
    the decision, which builds the :class:`Check` objects only when they are first read. The
    facts, values and provenance are all recorded by the rule: only the wrapping is deferred.

    >>> checks = Checks()
    >>> checks.add("demo.age", 61 >= 60, Message(zh="年满60周岁", en="aged 60 or over"))
    True
    >>> [row[0] for row in checks.rows]
    ['demo.age']
    """

    __slots__ = ("rows",)

    def __init__(self) -> None:
        self.rows: list[Row] = []

    def add(
        self,
        code: str,
        passed: bool | None,
        message: Message,
        facts: tuple[tuple[str, Fact], ...] = (),
        provenance: tuple[Resolution, ...] = (),
        citation: Citation | None = None,
    ) -> bool | None:
        """Record a check and return whether it passed."""
        self.rows.append((code, passed, message, facts, provenance, citation))
        return passed


def make_share(beneficiary: str, label: Message, amount: Decimal) -> Share:
    """A :class:`Share`, built positionally without validation (``amount`` a finite Decimal)."""
    share: Share = _new(Share)
    _S_BENEFICIARY(share, beneficiary)
    _S_LABEL(share, label)
    _S_AMOUNT(share, amount)
    return share


def make_decision(
    subject: str,
    title: Message,
    eligible: bool,
    amount: Decimal,
    on: date,
    jurisdiction: Jurisdiction,
    checks: tuple[Check, ...] | Checks,
    breakdown: tuple[Share, ...] = (),
    unit: Message = YUAN_PER_YEAR,
) -> Decision:
    """A :class:`Decision`, built positionally without validation (``amount`` a finite Decimal).

    Given a :class:`Checks` builder, the decision keeps its rows and builds the checks when
    :attr:`Decision.checks` is first read.

    >>> from fpcore import DINGNAN
    >>> checks = Checks()
    >>> checks.add("demo.age", True, Message(zh="年满60周岁", en="aged 60 or over"))
    True
    >>> d = make_decision("demo", Message(zh="示例", en="Demo"), True, Decimal("1.00"),
    ...                   date(2012, 1, 1), DINGNAN, checks)
    >>> d.check("demo.age").passed
    True
    """
    decision: Decision = _new(Decision)
    _D_SUBJECT(decision, subject)
    _D_TITLE(decision, title)
    _D_ELIGIBLE(decision, eligible)
    _D_AMOUNT(decision, amount)
    _D_ON(decision, on)
    _D_JURISDICTION(decision, jurisdiction)
    if type(checks) is Checks:
        _P_ROWS(decision, tuple(checks.rows))
    else:
        _D_CHECKS(decision, checks)
    _D_BREAKDOWN(decision, breakdown)
    _D_UNIT(decision, unit)
    return decision


def render_checks(checks: Iterable[Check], lang: Lang = "zh") -> tuple[str, ...]:
    """One indented line per check (✓ held, ✗ failed, – not applicable or unknown).

    Closing lines flag any illustrative value and any reform value used.
    """
    lang = _check_lang(lang)
    items = tuple(checks)
    lines = [f"  {_MARK[c.passed]} {c.explain(lang)}" for c in items]
    if any(c.is_illustrative for c in items):
        lines.append(
            "  ! Uses an illustrative value that no source gives; treat the result as a demonstration."
            if lang == "en"
            else "  ！使用了无来源的示例值，结果仅供演示。"
        )
    if any(c.is_reform for c in items):
        lines.append(
            "  ! Uses a reform value (a what-if set by the caller, not the law)."
            if lang == "en"
            else "  ！使用了改革测算值（调用方设定的假设，非现行规定）。"
        )
    return tuple(lines)


def checks_html(checks: Iterable[Check]) -> str:
    """An escaped HTML table of checks: status, condition (en / zh), values, sources."""
    rows = []
    for check in checks:
        facts = ", ".join(f"{k} = {format_fact(v, 'en')}" for k, v in check.facts)
        sources = "<br>".join(html.escape(c.render("en")) for c in check.citations)
        rows.append(
            f"<tr><td>{_MARK[check.passed]}</td>"
            f"<td>{html.escape(check.message.render('en', dict(check.facts)))}<br>"
            f"<small>{html.escape(check.message.render('zh', dict(check.facts)))}</small></td>"
            f"<td><code>{html.escape(check.code)}</code><br><small>{html.escape(facts)}</small></td>"
            f"<td><small>{sources}</small></td></tr>"
        )
    return (
        '<table class="fpcore-checks"><thead><tr><th></th><th>Condition</th><th>Values</th>'
        "<th>Source</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )
