"""Building sheets from plain data."""

from decimal import Decimal

import pytest

from fpcore.assessment import (
    BandedItem,
    ChecklistItem,
    Direction,
    Grade,
    LevelProgressItem,
    StepCounting,
    TargetItem,
    ThresholdTrigger,
    score,
    sheet_from_dict,
)
from fpcore.errors import InvalidInputError
from fpcore.params import Confidence


def data():
    return {
        "code": "county_sheet",
        "title": {"zh": "县考核", "en": "County sheet"},
        "assesses": "township",
        "citation": {
            "title": "县考核细则",
            "confidence": "secondary",
            "issued_on": "2010-01-05",
        },
        "grades_citation": {"title": "示例", "confidence": "illustrative"},
        "grades": {"excellent": "90", "good": 80, "pass": "60"},
        "below_bands": "fail",
        "veto_grade": "fail",
        "note": "demo",
        "sections": [
            {
                "code": "main",
                "title": "Main",
                "items": [
                    {
                        "kind": "target",
                        "code": "compliance",
                        "title": {"zh": "符合率", "en": "Compliance"},
                        "points": "40",
                        "target": "95",
                        "step": "1",
                        "deduction": "2",
                        "counting": "started",
                        "zero_beyond": "82",
                        "citation": {"title": "条款", "confidence": "official"},
                    },
                    {
                        "kind": "banded",
                        "code": "error",
                        "title": "Error",
                        "points": 20,
                        "direction": "lower",
                        "bands": [{"bound": "1", "share": "1"}, {"bound": "3", "share": "0.5"}],
                    },
                    {
                        "kind": "checklist",
                        "code": "org",
                        "title": "Organisation",
                        "points": 10,
                        "elements": [{"code": "plan", "title": "plan", "deduction": "5"}],
                    },
                    {"kind": "assessor", "code": "other", "title": "Other", "points": 30},
                ],
            }
        ],
        "vetoes": [
            {
                "code": "floor",
                "title": "Floor",
                "trigger": {"key": "compliance", "comparison": "<", "threshold": "82"},
                "consequences": [
                    {
                        "code": "unit.no_honours",
                        "message": {"zh": "无荣誉", "en": "no honours"},
                        "years": 2,
                        "citation": {"title": "条款", "confidence": "official"},
                    }
                ],
                "citation": {"title": "条款", "confidence": "official"},
            },
            {"code": "hidden", "title": "Hidden", "trigger": {"finding": "concealed"}},
        ],
    }


def test_round_trip_to_a_working_sheet():
    sheet = sheet_from_dict(data())
    compliance = sheet.item("compliance")
    assert isinstance(compliance, TargetItem)
    assert compliance.counting is StepCounting.STARTED
    assert compliance.citation.confidence is Confidence.OFFICIAL
    assert isinstance(sheet.item("error"), BandedItem)
    assert sheet.item("error").direction is Direction.LOWER_IS_BETTER
    assert isinstance(sheet.item("org"), ChecklistItem)
    assert isinstance(sheet.vetoes[0].trigger, ThresholdTrigger)
    assert sheet.citation.issued_on.year == 2010
    assert sheet.maximum == Decimal(100)
    card = score(
        sheet,
        {
            "compliance": Decimal("93.5"),
            "error": 2,
            "org.plan": True,
            "other": 25,
            "concealed": False,
        },
    )
    # compliance 1.5 short = 2 started steps at −2 → 36; error 2 ≤ 3 → 10; org 10; other 25
    assert Decimal("81.00") == card.total
    assert card.grade is Grade.GOOD


def test_level_progress_from_dict():
    d = data()
    d["sections"][0]["items"] = [
        {
            "kind": "level_progress",
            "code": "srb",
            "title": "SRB",
            "points": 100,  # the grade bands (up to 90) must be reachable
            "level_weight_if_worse": "0.3",
            "level_weight_otherwise": "0.7",
            "full_at": 107,
        }
    ]
    d["vetoes"] = []
    assert isinstance(sheet_from_dict(d).item("srb"), LevelProgressItem)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d.update(sections="x"), "sections"),
        (lambda d: d.update(title={"zh": "甲"}), "title"),
        (lambda d: d.update(citation={"title": "x", "confidence": "sure"}), "citation.confidence"),
        (
            lambda d: d.update(
                citation={"title": "x", "confidence": "official", "issued_on": "2010-13-01"}
            ),
            "citation.issued_on",
        ),
        (lambda d: d.update(grades={"great": 90}), "grades.great"),
        (lambda d: d.update(grades=[]), "grades"),
        (lambda d: d["sections"][0]["items"][0].update(kind="magic"), "sections[0].items[0].kind"),
        (lambda d: d["sections"][0]["items"][0].update(step="0"), "sections[0].items[0].step"),
        (lambda d: d["sections"][0]["items"][0].update(colour="red"), "sections[0].items[0]"),
        (
            lambda d: d["sections"][0]["items"][0].update(direction="up"),
            "sections[0].items[0].direction",
        ),
        (
            lambda d: d["sections"][0]["items"][1].update(bands=[{"bound": 1}]),
            "sections[0].items[1].bands[0]",
        ),
        (
            lambda d: d["sections"][0]["items"][2].update(
                elements=[{"code": "p", "title": 3, "deduction": 1}]
            ),
            "sections[0].items[2].elements[0].title",
        ),
        (lambda d: d["sections"][0].update(items=5), "sections[0].items"),
        (
            lambda d: d["vetoes"][0]["trigger"].update(comparison="≈"),
            "vetoes[0].trigger.comparison",
        ),
        (lambda d: d["vetoes"][0].update(trigger=None), "vetoes[0].trigger"),
        (
            lambda d: d["vetoes"][0]["consequences"][0].update(years=-1),
            "vetoes[0].consequences[0].years",
        ),
        (
            lambda d: d.update(
                vetoes=[{"code": "v", "title": "v", "trigger": {"finding": "Bad Key"}}]
            ),
            "vetoes[0].trigger.key",
        ),
        (lambda d: d.update(below_bands="excellent"), "sheet.below_bands"),
    ],
)
def test_errors_name_the_path(change, field):
    d = data()
    change(d)
    with pytest.raises(InvalidInputError) as info:
        sheet_from_dict(d)
    assert field == info.value.field


def test_uncited_consequence_and_bare_sheet_page():
    from fpcore.assessment import sheet_markdown

    d = data()
    del d["vetoes"][0]["consequences"][0]["citation"]
    del d["note"]
    sheet = sheet_from_dict(d)
    assert sheet.vetoes[0].consequences[0].citation is None
    page = sheet_markdown(sheet)
    assert "Note:" not in page
    assert "What the source says" not in page


def test_not_a_mapping():
    with pytest.raises(InvalidInputError) as info:
        sheet_from_dict([])
    assert info.value.field == "sheet"
