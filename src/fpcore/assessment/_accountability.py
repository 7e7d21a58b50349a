"""Accountability (责任追究): the consequences that follow from a record of score cards."""

from __future__ import annotations

import enum
import html
from collections.abc import Iterable
from typing import Final, final

import attrs

from fpcore._validate import instances
from fpcore.assessment._model import Consequence, code_validator
from fpcore.assessment._score import ScoreCard
from fpcore.errors import InvalidInputError, shown
from fpcore.explain import Lang, Message
from fpcore.params import Citation

__all__ = [
    "Accountability",
    "AccountabilityFinding",
    "AccountabilityRule",
    "VetoPattern",
    "accountability",
]


class VetoPattern(enum.Enum):
    """How vetoes accumulate into a heavier consequence.

    ``IN_TERM``: at least ``count`` vetoed years within one term of office.
    ``CONSECUTIVE``: at least ``count`` vetoed years in a row.
    """

    IN_TERM = "in_term"
    CONSECUTIVE = "consecutive"


@final
@attrs.frozen(kw_only=True)
class AccountabilityRule:
    """A rule that turns repeated vetoes into a consequence (e.g. removal from post).

    Attributes:
        code: Stable code.
        title: Name in both languages.
        pattern: How vetoes are counted.
        count: How many vetoed years set it off.
        consequence: What follows.
        citation: The rule's source.
    """

    code: str = attrs.field(validator=code_validator)
    title: Message
    pattern: VetoPattern
    count: int = attrs.field(repr=shown)  # a huge int has no repr() past 4,300 digits
    consequence: Consequence
    citation: Citation

    @count.validator
    def _check_count(self, attribute: attrs.Attribute[int], value: object) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise InvalidInputError("count", value, "must be a whole number ≥ 1")


@final
@attrs.frozen(kw_only=True)
class AccountabilityFinding:
    """One consequence that follows from the record.

    Attributes:
        consequence: What follows.
        because: The vetoed years behind it.
        years: The years it runs (empty for a one-off measure such as removal).
        source: The rule or veto that imposes it, in both languages.
        citation: Its source.
    """

    consequence: Consequence
    because: tuple[int, ...]
    years: tuple[int, ...]
    source: Message
    citation: Citation | None

    def explain(self, lang: Lang = "zh") -> str:
        """One line: consequence, years, reason, source."""
        because = ", ".join(str(y) for y in self.because)
        years = ", ".join(str(y) for y in self.years)
        text = self.consequence.message.render(lang)
        if lang == "en":
            line = f"{text} — {self.source.render(lang)}, vetoed in {because}"
            line += f"; applies in {years}" if years else ""
        else:
            line = f"{text}——{self.source.render(lang)}，否决年度 {because}"
            line += f"；适用年度 {years}" if years else ""
        if self.citation is not None:
            line += (" 依据：" if lang == "zh" else ". Source: ") + self.citation.render(lang)
        return line


@final
@attrs.frozen(kw_only=True)
class Accountability:
    """Every consequence that follows from a record of score cards.

    Attributes:
        subject: Whose record it is.
        vetoed_years: The years with at least one veto.
        findings: The consequences, per-veto ones first, then those of repeated vetoes.
    """

    subject: str
    vetoed_years: tuple[int, ...]
    findings: tuple[AccountabilityFinding, ...]

    def in_year(self, year: int) -> tuple[Consequence, ...]:
        """The consequences that run in ``year``.

        One-off measures (removal) count in the year of the last veto that set them off.
        """
        found: list[Consequence] = []
        for finding in self.findings:
            applies = year in finding.years or (not finding.years and finding.because[-1] == year)
            if applies and finding.consequence not in found:
                found.append(finding.consequence)
        return tuple(found)

    def explain(self, lang: Lang = "zh") -> str:
        """The record's consequences, one per line."""
        if lang not in ("zh", "en"):
            raise InvalidInputError("lang", lang, "must be 'zh' or 'en'")
        if lang == "en":
            head = f"Accountability — {self.subject or '(unnamed)'}: " + (
                f"vetoed in {', '.join(map(str, self.vetoed_years))}."
                if self.vetoed_years
                else "no veto, no consequence."
            )
        else:
            head = f"责任追究——{self.subject or '（未署名）'}：" + (
                f"{'、'.join(map(str, self.vetoed_years))} 年度被一票否决。"
                if self.vetoed_years
                else "未被否决，无追究事项。"
            )
        return "\n".join([head, *(f"  → {f.explain(lang)}" for f in self.findings)])

    def _repr_html_(self) -> str:
        """An escaped HTML list for notebooks."""
        items = "".join(f"<li>{html.escape(f.explain('en'))}</li>" for f in self.findings)
        return (
            f'<div class="fpcore-accountability"><p>{html.escape(self.explain("en").splitlines()[0])}'
            f"</p><ul>{items}</ul></div>"
        )


_VETO_SOURCE: Final = Message(zh="否决项：{title}", en="veto: {title}")


def _runs(consequence: Consequence, year: int) -> tuple[int, ...]:
    return tuple(range(year, year + consequence.years))


def _longest_run(years: list[int]) -> list[int]:
    best: list[int] = []
    run: list[int] = []
    for year in years:
        run = [*run, year] if run and run[-1] + 1 == year else [year]
        if len(run) > len(best):
            best = run
    return best


def accountability(
    history: Iterable[ScoreCard],
    *,
    rules: Iterable[AccountabilityRule] = (),
    term: tuple[int, int] | None = None,
) -> Accountability:
    """The consequences that follow from a person's or unit's score cards over the years.

    Each vetoed card brings its vetoes' consequences, each running its number of years from the
    card's year; each rule (e.g. "vetoed twice in one term → demotion or removal") adds its
    consequence when the record matches its pattern.

    Args:
        history: Score cards of one person or unit; each must have a ``year``.
        rules: Rules on repeated vetoes (e.g. ``fpcore.assessment.sheets.ACCOUNTABILITY_RULES``).
        term: First and last year of the current term of office, for ``IN_TERM`` rules;
            ``None`` treats the whole history as one term.

    Raises:
        InvalidInputError: If a card has no year, the cards are of different subjects, or the
            term is not a pair of years.

    References:
        浙委办〔2007〕27号 (Zhejiang one-vote veto rules); Jiangxi 2009 (two years running →
        removal), as cited by each rule.

    >>> accountability([]).findings
    ()
    """
    cards = instances(history, ScoreCard, "history")
    for index, card in enumerate(cards):
        if card.year is None:
            raise InvalidInputError(
                f"history[{index}].year", None, "must be set for accountability"
            )
    subjects = {card.subject for card in cards}
    if len(subjects) > 1:
        raise InvalidInputError("history", tuple(sorted(subjects)), "mixes several subjects")
    if term is not None and (
        not isinstance(term, tuple)
        or len(term) != 2
        or not all(isinstance(y, int) and not isinstance(y, bool) for y in term)
        or term[0] > term[1]
    ):
        raise InvalidInputError("term", term, "must be (first year, last year)")
    rule_list = instances(rules, AccountabilityRule, "rules")
    findings: list[AccountabilityFinding] = []
    vetoed: set[int] = set()
    for card in sorted(cards, key=lambda c: c.year or 0):
        year = card.year or 0
        for hit in card.vetoes:
            vetoed.add(year)
            findings += [
                AccountabilityFinding(
                    consequence=c,
                    because=(year,),
                    years=_runs(c, year),
                    source=Message(
                        zh=_VETO_SOURCE.render("zh", {"title": hit.veto.title.zh}),
                        en=_VETO_SOURCE.render("en", {"title": hit.veto.title.en}),
                    ),
                    citation=hit.veto.citation,
                )
                for c in hit.veto.consequences
            ]
    years = sorted(vetoed)
    for rule in rule_list:
        if rule.pattern is VetoPattern.IN_TERM:
            matched = [y for y in years if term is None or term[0] <= y <= term[1]]
        else:
            matched = _longest_run(years)
        if len(matched) >= rule.count:
            last = matched[-1]
            findings.append(
                AccountabilityFinding(
                    consequence=rule.consequence,
                    because=tuple(matched),
                    years=_runs(rule.consequence, last),
                    source=rule.title,
                    citation=rule.citation,
                )
            )
    return Accountability(
        subject=next(iter(subjects), ""), vetoed_years=tuple(years), findings=tuple(findings)
    )
