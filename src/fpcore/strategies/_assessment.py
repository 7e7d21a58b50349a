"""Strategies for assessment results: valid result sets for any sheet."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from fpcore.assessment import (
    AssessmentSheet,
    AssessorItem,
    BandedItem,
    CaseDeductionItem,
    ChecklistItem,
    FindingTrigger,
    Item,
    TargetItem,
)
from fpcore.plausibility import MAX_PERCENT

__all__ = ["sheet_results"]

_PLACES = 1
_PERCENT = Decimal(MAX_PERCENT)  # a percentage item's result stays within 0-100


def _measures(low: Decimal, high: Decimal) -> st.SearchStrategy[Decimal]:
    return st.decimals(min_value=low, max_value=high, places=_PLACES)


def _upper(*values: Decimal | None) -> Decimal:
    return max([Decimal(100), *(2 * v for v in values if v is not None)])


def _item_results(item: Item) -> st.SearchStrategy[dict[str, object]]:
    if isinstance(item, TargetItem):
        high = _PERCENT if item.percent else _upper(item.target, item.zero_beyond)
        if item.target is None:
            return st.fixed_dictionaries(
                {
                    item.code: _measures(Decimal(0), high),
                    f"{item.code}.target": _measures(Decimal(0), high),
                }
            )
        return st.fixed_dictionaries({item.code: _measures(Decimal(0), high)})
    if isinstance(item, BandedItem):
        high = _PERCENT if item.percent else _upper(*(b.bound for b in item.bands))
        return st.fixed_dictionaries({item.code: _measures(Decimal(0), high)})
    if isinstance(item, CaseDeductionItem):
        return st.fixed_dictionaries({item.code: st.integers(0, 20)})
    if isinstance(item, ChecklistItem):
        return st.fixed_dictionaries({key: st.booleans() for key in item.keys})
    if isinstance(item, AssessorItem):
        return st.fixed_dictionaries(
            {item.code: st.decimals(min_value=item.minimum, max_value=item.points, places=2)}
        )
    high = _upper(item.full_at)
    return st.fixed_dictionaries({key: _measures(Decimal(0), high) for key in item.keys})


@st.composite
def _results(
    draw: st.DrawFn, sheet: AssessmentSheet, vetoes: bool | None, unassessed: bool
) -> dict[str, object]:
    results: dict[str, object] = {}
    for item in sheet.items:
        if unassessed and item.if_unassessed is not None and draw(st.booleans()):
            continue
        results.update(draw(_item_results(item)))
    for veto in sheet.vetoes:
        key = veto.trigger.key
        if key in results or any(key in item.keys for item in sheet.items):
            continue
        if isinstance(veto.trigger, FindingTrigger):
            results[key] = draw(st.booleans()) if vetoes is None else vetoes
        else:
            results[key] = draw(_measures(Decimal(0), _upper(veto.trigger.threshold)))
    return results


def sheet_results(
    sheet: AssessmentSheet, *, findings: bool | None = None, unassessed: bool = True
) -> st.SearchStrategy[dict[str, object]]:
    """Valid result sets for ``sheet``: every key it reads, with values it accepts.

    Numbers are ``Decimal`` to one place between 0 and twice the item's target or band edge
    (at least 100); counts 0–20; assessor scores within their bounds; checklist elements and
    findings ``True`` or ``False``.

    Args:
        sheet: The sheet.
        findings: Fix every veto finding to this value (``False``: no finding veto fires);
            ``None`` draws them.
        unassessed: Whether items that may go unassessed are sometimes left out.

    Raises:
        InvalidArgument: If ``sheet`` is not an ``AssessmentSheet`` or ``findings`` not a bool.

    >>> from hypothesis import given
    >>> from fpcore.assessment import score
    >>> from fpcore.assessment.sheets import VILLAGE_100_POINT
    >>> @given(sheet_results(VILLAGE_100_POINT))
    ... def test_total_within_maximum(results):
    ...     assert score(VILLAGE_100_POINT, results).total <= VILLAGE_100_POINT.maximum
    >>> test_total_within_maximum()
    """
    if not isinstance(sheet, AssessmentSheet):
        raise InvalidArgument(f"sheet={sheet!r} must be an AssessmentSheet")
    if findings is not None and not isinstance(findings, bool):
        raise InvalidArgument(f"findings={findings!r} must be True, False or None")
    if not isinstance(unassessed, bool):
        raise InvalidArgument(f"unassessed={unassessed!r} must be True or False")
    return _results(sheet, findings, unassessed)
