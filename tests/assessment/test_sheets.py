"""Every built-in sheet: valid, cited, documented, scorable at full marks."""

from decimal import Decimal

import pytest

from fpcore.assessment import (
    AssessorItem,
    BandedItem,
    CaseDeductionItem,
    ChecklistItem,
    Direction,
    FindingTrigger,
    LevelProgressItem,
    TargetItem,
    score,
    sheet_markdown,
)
from fpcore.assessment.sheets import BUILT_IN_SHEETS, sheet
from fpcore.errors import UnknownSheetError

SHEETS = sorted(BUILT_IN_SHEETS)


def full_marks(s):
    """Results that meet every item's best case and trigger no veto."""
    results = {}
    for item in s.items:
        if isinstance(item, TargetItem):
            target = item.target if item.target is not None else Decimal(90)
            results[item.code] = target
            if item.target is None:
                results[f"{item.code}.target"] = target
        elif isinstance(item, BandedItem):
            results[item.code] = item.bands[0].bound
        elif isinstance(item, CaseDeductionItem):
            results[item.code] = 0
        elif isinstance(item, ChecklistItem):
            results.update(dict.fromkeys(item.keys, True))
        elif isinstance(item, AssessorItem):
            results[item.code] = item.points
        else:
            assert isinstance(item, LevelProgressItem)
            better = 1 if item.direction is Direction.LOWER_IS_BETTER else 200
            results[item.code] = Decimal(better)
            results[f"{item.code}.reference"] = Decimal(100)
            results[f"{item.code}.previous"] = Decimal(100)
    for veto in s.vetoes:
        if isinstance(veto.trigger, FindingTrigger):
            results[veto.trigger.key] = False
    return results


@pytest.mark.parametrize("code", SHEETS)
def test_full_marks_reach_the_maximum(code):
    s = sheet(code)
    card = score(s, full_marks(s))
    assert card.total == s.maximum
    assert not card.vetoed
    assert card.grade is s.grades[0].grade


@pytest.mark.parametrize("code", SHEETS)
def test_every_sheet_is_cited_and_documented(code):
    s = sheet(code)
    page = sheet_markdown(s)
    assert page.startswith(f"# {s.title.zh}")
    assert f"`{s.code}`" in page
    for item in s.items:
        assert f"`{item.code}`" in page
    assert s.citation.title in page.replace("\\|", "|") or s.citation.title[:5] in page
    assert "## 等次 — Grades" in page


def test_maxima_from_the_sources():
    assert sheet("village_100_point").maximum == Decimal(100)
    assert sheet("county_township_2008").maximum == Decimal(190)  # 90 + 100
    assert sheet("hunan_2017").maximum == Decimal(16)  # 3 + 3 + 7 + 3
    assert sheet("guoyou_onsite").maximum == Decimal(150)  # 5 × 25 + 25
    assert sheet("township_2013").maximum == Decimal(100)


def test_dingnan_sheets_say_they_are_illustrative():
    for code in ("dingnan_township_cadre", "dingnan_village_cadre", "dingnan_household_head"):
        assert sheet(code).citation.is_illustrative
        assert sheet(code).jurisdiction is not None


def test_unknown_sheet():
    with pytest.raises(UnknownSheetError, match="village_100_point"):
        sheet("village")
    with pytest.raises(KeyError):
        sheet(["unhashable"])
