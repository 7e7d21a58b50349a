"""Checks, decisions and their explanations in Chinese and English.

Rules store facts, not sentences: a :class:`Check` holds a stable code, whether the condition
held, the values compared and the parameter records used; text is rendered only when asked for,
by :meth:`Explained.explain` (``lang="zh"`` or ``"en"``) or ``_repr_html_()`` in a notebook.

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

Every explained result of fpcore (a decision, a birth ruling, a fee, leave, a score card, a pay
award, an indicator report, a sex-ratio test, an audit) derives from :class:`Explained`, and so
has the same members: ``headline(lang)``, ``explain(lang)``, ``checks``, ``check(code)``,
``is_illustrative``, ``is_reform``, ``unverified_after``, ``sources`` and ``_repr_html_()``.
An explanation lists each source once, at its end, and marks each line with the numbers of
the sources behind it (``[1]``, ``[2]``).
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from itertools import starmap
from typing import TYPE_CHECKING, Any, ClassVar, Final, Literal, TypeAlias, final

import attrs

from fpcore._validate import check_lang
from fpcore.errors import InvalidInputError
from fpcore.jurisdictions import Jurisdiction
from fpcore.params import Citation, Resolution

__all__ = [
    "Check",
    "Checks",
    "Decision",
    "Explained",
    "Fact",
    "Lang",
    "Message",
    "Share",
    "all_of",
    "check_lang",
    "checks_html",
    "format_fact",
    "make_decision",
    "render_checks",
    "render_horizon",
    "unverified_after",
]

Fact: TypeAlias = Decimal | int | bool | date | str | None
"""A value a check compared (an amount, an age, a flag, a date, a code, or ``None`` if unknown)."""

Lang: TypeAlias = Literal["zh", "en"]

"""A language explanations can be rendered in."""

_check_lang = check_lang

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

    A field ``{name|one|many}`` renders the count ``name`` followed by the word that agrees
    with it (``"1 birth"``, ``"2 births"``); Chinese templates need no such field.

    >>> Message(zh="{n}个子女", en="{n|child|children}").render("en", {"n": 1})
    '1 child'
    >>> Message(zh="{n}个子女", en="{n|child|children}").render("en", {"n": 2})
    '2 children'
    """

    zh: str
    en: str

    def render(self, lang: Lang, facts: dict[str, Fact] | None = None) -> str:
        """Fill the template in ``lang`` with ``facts`` (rendered with :func:`format_fact`)."""
        template = self.en if _check_lang(lang) == "en" else self.zh
        if not facts:
            return template
        return template.format_map(_Filled(facts, lang))


class _Filled(dict[str, str]):
    """The facts of a template as text; ``name|one|many`` fields count in words."""

    __slots__ = ("_facts", "_lang")

    def __init__(self, facts: dict[str, Fact], lang: Lang) -> None:
        super().__init__({k: format_fact(v, lang) for k, v in facts.items()})
        self._facts = facts
        self._lang = lang

    def __missing__(self, key: str) -> str:
        name, _, words = key.partition("|")
        one, _, many = words.partition("|")
        if name not in self._facts or not many:
            raise KeyError(key)
        value = self._facts[name]
        single = value == 1 or value == "1"
        return f"{format_fact(value, self._lang)} {one if single else many}"


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

    def _repr_html_(self) -> str:
        """The check as a one-row HTML table with its sources (for notebooks)."""
        return checks_html((self,))


def all_of(*results: bool | None) -> bool | None:
    """Conditions taken together: ``False`` if one failed, else ``None`` if one is undecided.

    >>> all_of(True, True), all_of(True, None), all_of(None, False)
    (True, None, False)
    """
    if False in results:
        return False
    return None if None in results else True


def _check_amount(instance: object, attribute: attrs.Attribute[Decimal], value: object) -> None:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise InvalidInputError(attribute.name, value, "must be a finite Decimal")


def _check_optional_amount(
    instance: Decision, attribute: attrs.Attribute[Decimal | None], value: object
) -> None:
    if value is None:
        if instance.eligible is not None:
            raise InvalidInputError(attribute.name, value, "is None only when eligible is None")
        return
    if instance.eligible is None:
        raise InvalidInputError(attribute.name, value, "must be None when eligible is None")
    _check_amount(instance, attribute, value)  # type: ignore[arg-type]


# -- rendering shared by every result ------------------------------------------------------------

_FONTS: Final = (
    "font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', "
    "'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', sans-serif"
)
_LEFT: Final = ' style="text-align: left"'
_RIGHT: Final = ' style="text-align: right; font-variant-numeric: tabular-nums"'


class _Numbers:
    """Numbers given to sources in the order they are first cited (``[1]``, ``[2]``, …)."""

    __slots__ = ("order",)

    def __init__(self) -> None:
        self.order: dict[Citation, int] = {}

    def marks(self, citations: Iterable[Citation]) -> str:
        order = self.order
        return "".join(f"[{order.setdefault(c, len(order) + 1)}]" for c in citations)


def _cited(citations: Iterable[Citation | None]) -> tuple[Citation, ...]:
    """The citations given, each once, in order (``None`` left out)."""
    return tuple(dict.fromkeys(c for c in citations if c is not None))


def _closing_lines(citations: tuple[Citation, ...], horizon: date | None, lang: Lang) -> list[str]:
    lines = []
    if any(c.is_illustrative for c in citations):
        lines.append(
            "  ! Uses an illustrative value that no source gives; treat the result as a demonstration."
            if lang == "en"
            else "  ！使用了无来源的示例值，结果仅供演示。"
        )
    if any(c.is_reform for c in citations):
        lines.append(
            "  ! Uses a reform value (a what-if set by the caller, not the law)."
            if lang == "en"
            else "  ！使用了改革测算值（调用方设定的假设，非现行规定）。"
        )
    if horizon is not None:
        lines.append(render_horizon(horizon, lang))
    return lines


def _source_lines(numbers: _Numbers, lang: Lang) -> list[str]:
    if not numbers.order:
        return []
    return [
        "  Sources:" if lang == "en" else "  依据：",
        *(f"  [{n}] {c.render(lang)}" for c, n in numbers.order.items()),
    ]


def _check_line(check: Check, lang: Lang, numbers: _Numbers) -> str:
    text = check.message.render(lang, dict(check.facts))
    marks = numbers.marks(check.citations)
    return f"  {_MARK[check.passed]} {text} {marks}" if marks else f"  {_MARK[check.passed]} {text}"


def _check_rows_html(checks: Iterable[Check], numbers: _Numbers) -> str:
    rows = []
    for check in checks:
        facts = dict(check.facts)
        rows.append(
            f'<tr data-code="{html.escape(check.code)}"><td>{_MARK[check.passed]}</td>'
            f"<td{_LEFT}>{html.escape(check.message.render('en', facts))}<br>"
            f"<small>{html.escape(check.message.render('zh', facts))}</small></td>"
            f"<td{_LEFT}><small>{numbers.marks(check.citations)}</small></td></tr>"
        )
    return "".join(rows)


def _table_html(body: str) -> str:
    return (
        '<table class="fpcore-checks"><thead><tr><th></th>'
        f"<th{_LEFT}>Condition</th><th{_LEFT}>Sources</th></tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def _sources_html(numbers: _Numbers) -> str:
    if not numbers.order:
        return ""
    items = "".join(
        f'<li value="{n}"><small>{html.escape(c.render("en"))}</small></li>'
        for c, n in numbers.order.items()
    )
    return f'<ol class="fpcore-sources"{_LEFT}>{items}</ol>'


class Explained:
    """The members every explained result shares (the kernel of fpcore's results).

    A result supplies its ``checks`` and :meth:`headline`; the kernel gives it
    :meth:`check`, :attr:`sources` (each instrument once, in the order first cited),
    :attr:`is_illustrative`, :attr:`is_reform`, :attr:`unverified_after`, :meth:`explain`
    and ``_repr_html_``. A result may add lines after its checks (``_notes``) and sources
    that no check carries (``_extra_sources``, e.g. an amount's provenance).
    """

    __slots__ = ()
    _css: ClassVar[str] = "fpcore-decision"
    """The class of the result's HTML block (beside ``fpcore-result``)."""

    if TYPE_CHECKING:

        @property
        def checks(self) -> tuple[Check, ...]:
            """One per condition, in the order checked."""

    def headline(self, lang: Lang = "zh") -> str:
        """The first line of the explanation: what, where, when, and the outcome."""
        raise NotImplementedError  # pragma: no cover - every result defines it

    # -- hooks ---------------------------------------------------------------------------------

    def _as_of(self) -> date | None:
        """The date the result is for (horizons are measured from it)."""
        on = getattr(self, "on", None)
        return on if isinstance(on, date) else None

    def _extra_resolutions(self) -> tuple[Resolution, ...]:
        """Parameter values the result used outside its checks (e.g. the amount's)."""
        return ()

    def _extra_sources(self) -> tuple[Citation, ...]:
        """Sources of the result that no check carries."""
        return tuple(r.citation for r in self._extra_resolutions())

    def _lead(self, lang: Lang, numbers: _Numbers) -> list[str]:
        """Lines before the checks (a report's figures); ``numbers`` gives source markers."""
        return []

    def _lead_html(self, numbers: _Numbers) -> str:
        """HTML before the checks (a report's figures)."""
        return ""

    def _notes(self, lang: Lang, numbers: _Numbers) -> list[str]:
        """Lines after the checks (amounts, figures); ``numbers`` gives source markers."""
        return []

    def _notes_html(self, numbers: _Numbers) -> str:
        """HTML after the headline (amounts, figures)."""
        return ""

    # -- the shared members --------------------------------------------------------------------

    def check(self, code: str) -> Check:
        """The check with this code.

        Raises:
            KeyError: If the result has no such check.
        """
        for candidate in self.checks:
            if candidate.code == code:
                return candidate
        raise KeyError(code)

    @property
    def sources(self) -> tuple[Citation, ...]:
        """Every source behind the result, each once, in the order first cited."""
        return _cited(
            (
                *(c for check in self.checks for c in check.citations),
                *self._extra_sources(),
            )
        )

    @property
    def is_illustrative(self) -> bool:
        """Whether any value behind the result has no source."""
        return any(c.is_illustrative for c in self.sources)

    @property
    def is_reform(self) -> bool:
        """Whether any value behind the result is a what-if the caller set (a reform)."""
        return any(c.is_reform for c in self.sources)

    @property
    def unverified_after(self) -> date | None:
        """The earliest horizon the result's date passed, or ``None``.

        ``None`` when the result's date is within the date through which the sources of every
        value it used were checked; otherwise that earliest date: the result then rests on the
        last values known, presumed to still apply, and its explanation says so.
        """
        on = self._as_of()
        if on is None:
            return None
        return unverified_after(
            on, (*(r for c in self.checks for r in c.provenance), *self._extra_resolutions())
        )

    def explain(self, lang: Lang = "zh") -> str:
        """The result in full sentences, each source once at the end.

        The headline, one line per condition with the markers of its sources (``[1]``),
        the lines of the result's own (amounts, figures), closing remarks, then the sources.
        """
        lang = _check_lang(lang)
        numbers = _Numbers()
        lines = [self.headline(lang), *self._lead(lang, numbers)]
        lines.extend(_check_line(c, lang, numbers) for c in self.checks)
        lines.extend(self._notes(lang, numbers))
        sources = self.sources
        numbers.marks(sources)  # any source no line marked is still listed
        lines.extend(_closing_lines(sources, self.unverified_after, lang))
        lines.extend(_source_lines(numbers, lang))
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        """A small HTML view for notebooks (escaped; no IPython import)."""
        numbers = _Numbers()
        lead = self._lead_html(numbers)
        checks = _check_rows_html(self.checks, numbers)
        notes = self._notes_html(numbers)
        sources, horizon = self.sources, self.unverified_after
        numbers.marks(sources)
        remarks = "".join(
            f'<p class="fpcore-remark"><small>{html.escape(en.strip())}<br>'
            f"{html.escape(zh.strip())}</small></p>"
            for en, zh in zip(
                _closing_lines(sources, None, "en"),
                _closing_lines(sources, None, "zh"),
                strict=True,
            )
        )
        if horizon is not None:
            remarks += (
                f'<p class="fpcore-unverified"><small>'
                f"{html.escape(render_horizon(horizon, 'en').strip())}<br>"
                f"{html.escape(render_horizon(horizon, 'zh').strip())}</small></p>"
            )
        return (
            f'<div class="fpcore-result {self._css}" style="{_FONTS}; text-align: left">'
            f"<p><strong>{html.escape(self.headline('en'))}</strong><br>"
            f"{html.escape(self.headline('zh'))}</p>"
            + lead
            + notes
            + (_table_html(checks) if checks else "")
            + remarks
            + _sources_html(numbers)
            + "</div>"
        )


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


_Row: TypeAlias = tuple[
    str, bool | None, Message, tuple[tuple[str, Fact], ...], tuple[Resolution, ...], Citation | None
]
"""A check not yet built, as the tuple ``(code, passed, message, facts, provenance, citation)``."""


class _Pending:
    """A slot outside the attrs fields, for checks recorded but not yet built."""

    __slots__ = ("_rows",)


_BUILDING: Final = threading.Lock()
"""Held while a result builds a lazy value, so that it is built once whatever the threads."""

_UNDETERMINED: Final = Message(zh="无法确定", en="undetermined")


@final
@attrs.frozen(kw_only=True)
class Decision(Explained, _Pending):
    """The outcome of a rule for one family on one date, with every condition checked.

    Attributes:
        subject: Code of what was decided (a programme code).
        title: Its name in both languages.
        eligible: Whether the family qualifies: ``True``, ``False``, or ``None`` when a
            condition could not be decided (an input is missing) and none failed.
        amount: What is payable (``Decimal`` yuan, in ``unit``); ``0.00`` when not eligible,
            ``None`` when undetermined.
        on: The date the decision is for.
        jurisdiction: The jurisdiction whose rules were applied.
        checks: One per condition, in the order the rule checked them (a rule may record them
            with :class:`Checks`; they are then built when first read, once, thread-safely).
        breakdown: The amount per beneficiary (empty when undetermined).
        unit: What ``amount`` is per (default: yuan per year).
        amount_provenance: The parameter values the amount was taken from (its rate).
    """

    subject: str
    title: Message
    eligible: bool | None
    amount: Decimal | None = attrs.field(validator=_check_optional_amount)
    on: date
    jurisdiction: Jurisdiction
    checks: tuple[Check, ...] = ()
    breakdown: tuple[Share, ...] = ()
    unit: Message = YUAN_PER_YEAR
    amount_provenance: tuple[Resolution, ...] = ()

    if not TYPE_CHECKING:  # pragma: no branch - keeps attribute typos visible to type checkers

        def __getattr__(self, name):
            # Rules record their checks as rows (see ``Checks``); the Check objects are built on
            # first access, and every reader (equality, repr, pickling, serde, explanations)
            # goes through this attribute, so laziness is never visible. The build runs under a
            # lock, and a reader that waited for it takes the checks already stored: however
            # many threads read first, the checks are built once.
            if name != "checks":
                raise AttributeError(name)
            with _BUILDING:
                rows = self._rows
                if rows is None:  # built by another thread while this one waited
                    return _D_CHECKS_GET(self)
                checks = tuple(starmap(_make_check, rows))
                _D_CHECKS(self, checks)
                _P_ROWS(self, None)
                return checks

    @property
    def failed(self) -> tuple[Check, ...]:
        """The checks that failed."""
        return tuple(c for c in self.checks if c.passed is False)

    @property
    def undecided(self) -> tuple[Check, ...]:
        """The checks that could not be decided, when the decision is undetermined."""
        if self.eligible is not None:
            return ()
        return tuple(c for c in self.checks if c.passed is None)

    def _extra_resolutions(self) -> tuple[Resolution, ...]:
        return self.amount_provenance

    def headline(self, lang: Lang = "zh") -> str:
        """The first line of the explanation: what, where, when, and the outcome.

        An undetermined decision names the conditions that could not be decided.
        """
        lang = _check_lang(lang)
        where = self.jurisdiction.name(lang)
        title = self.title.render(lang)
        if self.eligible is None:
            missing = [c.message.render(lang, dict(c.facts)) for c in self.undecided]
            if lang == "en":
                why = f": {'; '.join(missing)}" if missing else ""
                return f"{title} — {where}, {self.on.isoformat()}: undetermined{why}."
            why = f"：{'；'.join(missing)}" if missing else ""
            return f"{title}——{where}，{self.on.isoformat()}：无法确定{why}。"
        amount = format_fact(self.amount, lang)
        unit = self.unit.render(lang)
        if lang == "en":
            outcome = f"eligible, {amount} {unit}" if self.eligible else "not eligible"
            return f"{title} — {where}, {self.on.isoformat()}: {outcome}."
        outcome = f"符合条件，金额 {amount} {unit}" if self.eligible else "不符合条件"
        return f"{title}——{where}，{self.on.isoformat()}：{outcome}。"

    def _notes(self, lang: Lang, numbers: _Numbers) -> list[str]:
        if not self.breakdown and not self.amount_provenance:
            return []
        marks = numbers.marks(_cited(r.citation for r in self.amount_provenance))
        parts = [f"{s.label.render(lang)} {format_fact(s.amount, lang)}" for s in self.breakdown]
        amount = (
            _UNDETERMINED.render(lang)
            if self.amount is None
            else f"{format_fact(self.amount, lang)} {self.unit.render(lang)}"
        )
        if lang == "en":
            each = f" ({'; '.join(parts)})" if parts else ""
            return [f"  Amount: {amount}{each}" + (f" {marks}" if marks else "")]
        each = f"（{'；'.join(parts)}）" if parts else ""
        return [f"  金额：{amount}{each}" + (f" {marks}" if marks else "")]

    def _notes_html(self, numbers: _Numbers) -> str:
        if not self.breakdown and not self.amount_provenance:
            return ""
        marks = numbers.marks(_cited(r.citation for r in self.amount_provenance))
        rows = "".join(
            f"<tr><td{_LEFT}>{html.escape(s.label.render('en'))} · "
            f"{html.escape(s.label.render('zh'))}</td>"
            f"<td{_RIGHT}>{html.escape(format_fact(s.amount))}</td></tr>"
            for s in self.breakdown
        )
        total = "undetermined" if self.amount is None else format_fact(self.amount)
        return (
            '<table class="fpcore-amount"><tbody>'
            + rows
            + f"<tr><th{_LEFT}>Amount · 金额 <small>{marks}</small></th>"
            f"<td{_RIGHT}><strong>{html.escape(total)}</strong></td></tr>"
            "</tbody></table>"
        )


# -- fast construction for rule code ---------------------------------------------------------
#
# attrs' frozen ``__init__`` sets each slot through ``object.__setattr__`` and runs converters
# and validators: about 2 µs for a Check, several times the cost of the condition it records.
# Rules build several checks per decision, so the kernel builds them with the private
# positional constructors below, which set the slots directly. They convert and validate
# nothing: the arguments must already have the field types (``mypy --strict`` checks the
# calls), and the tests check that each builds an object equal to the one ``__init__`` builds.


def _slot_setters(cls: type[Any], *names: str) -> tuple[Callable[[Any, Any], None], ...]:
    """The slot setters of ``cls``'s attrs fields, which must be exactly ``names``, in order."""
    fields = tuple(field.name for field in attrs.fields(cls))
    if fields != names:
        raise TypeError(f"{cls.__name__} has fields {fields}, not {names}")
    return tuple(cls.__dict__[name].__set__ for name in names)


_new: Final = object.__new__
_P_ROWS: Final = _Pending.__dict__["_rows"].__set__
_D_CHECKS_GET: Final = Decision.__dict__["checks"].__get__
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
    _D_AMOUNT_PROVENANCE,
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
    "amount_provenance",
)


def _make_check(
    code: str,
    passed: bool | None,
    message: Message,
    facts: tuple[tuple[str, Fact], ...] = (),
    provenance: tuple[Resolution, ...] = (),
    citation: Citation | None = None,
) -> Check:
    """A :class:`Check`, built positionally without conversion (kernel only)."""
    check: Check = _new(Check)
    _C_CODE(check, code)
    _C_PASSED(check, passed)
    _C_MESSAGE(check, message)
    _C_FACTS(check, facts)
    _C_PROVENANCE(check, provenance)
    _C_CITATION(check, citation)
    return check


class Checks:
    """The checks of one result, recorded in order: the one builder every rule uses.

    :meth:`add` records a check and returns whether it passed; :func:`make_decision` hands the
    record to the decision, which builds the :class:`Check` objects only when they are first
    read, and other results take them built with :meth:`build`. The facts, values and
    provenance are all recorded by the rule: only the wrapping is deferred.

    >>> checks = Checks()
    >>> checks.add("demo.age", 61 >= 60, Message(zh="年满60周岁", en="aged 60 or over"))
    True
    >>> [c.code for c in checks.build()]
    ['demo.age']
    """

    __slots__ = ("_rows",)

    def __init__(self) -> None:
        self._rows: list[_Row] = []

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
        self._rows.append((code, passed, message, facts, provenance, citation))
        return passed

    def insert_first(self, check: Check) -> None:
        """Record an already built check before the others (e.g. a ruling on file)."""
        self._rows.insert(
            0,
            (
                check.code,
                check.passed,
                check.message,
                check.facts,
                check.provenance,
                check.citation,
            ),
        )

    def failed(self, code: str) -> bool:
        """Whether a check with ``code`` was recorded as failed."""
        return any(row[0] == code and row[1] is False for row in self._rows)

    def build(self) -> tuple[Check, ...]:
        """The recorded checks, built."""
        return tuple(starmap(_make_check, self._rows))

    def __len__(self) -> int:
        return len(self._rows)


def _make_share(beneficiary: str, label: Message, amount: Decimal) -> Share:
    """A :class:`Share`, built positionally without validation (kernel only)."""
    share: Share = _new(Share)
    _S_BENEFICIARY(share, beneficiary)
    _S_LABEL(share, label)
    _S_AMOUNT(share, amount)
    return share


def make_decision(
    subject: str,
    title: Message,
    eligible: bool | None,
    amount: Decimal | None,
    on: date,
    jurisdiction: Jurisdiction,
    checks: Checks,
    breakdown: tuple[Share, ...] = (),
    unit: Message = YUAN_PER_YEAR,
    amount_provenance: tuple[Resolution, ...] = (),
) -> Decision:
    """The :class:`Decision` a rule returns: its checks as recorded in ``checks``.

    Built without the keyword constructor's validation, so the arguments must have the field
    types (``mypy --strict`` checks the calls): ``amount`` a finite Decimal, or ``None``
    exactly when ``eligible`` is ``None``. The decision keeps the checks recorded so far and
    builds them when they are first read.

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
    _P_ROWS(decision, tuple(checks._rows))
    _D_BREAKDOWN(decision, breakdown)
    _D_UNIT(decision, unit)
    _D_AMOUNT_PROVENANCE(decision, amount_provenance)
    return decision


def render_checks(checks: Iterable[Check], lang: Lang = "zh") -> tuple[str, ...]:
    """One indented line per check (✓ held, ✗ failed, – not applicable or unknown).

    Each line carries the markers of its sources; closing lines flag any illustrative value
    and any reform value used, and the sources follow, each once.
    """
    lang = _check_lang(lang)
    items = tuple(checks)
    numbers = _Numbers()
    lines = [_check_line(c, lang, numbers) for c in items]
    lines.extend(_closing_lines(tuple(numbers.order), None, lang))
    lines.extend(_source_lines(numbers, lang))
    return tuple(lines)


def checks_html(checks: Iterable[Check]) -> str:
    """An escaped HTML table of checks (status, condition in en / zh, source markers).

    The numbered sources follow the table.
    """
    numbers = _Numbers()
    rows = _check_rows_html(checks, numbers)
    return _table_html(rows) + _sources_html(numbers)
