"""The sheet model refuses what cannot be scored, naming the field."""

from decimal import Decimal

import attrs
import pytest

from fpcore.assessment import (
    AssessmentSheet,
    AssessorItem,
    Band,
    BandedItem,
    CaseDeductionItem,
    ChecklistElement,
    ChecklistItem,
    Comparison,
    Consequence,
    Direction,
    FindingTrigger,
    Grade,
    GradeBand,
    HasValue,
    LevelProgressItem,
    Section,
    TargetItem,
    ThresholdTrigger,
    Veto,
    score,
)
from fpcore.assessment.sheets import VILLAGE_100_POINT
from fpcore.errors import InvalidInputError
from fpcore.explain import Message
from fpcore.params import Citation, Confidence

C = Citation(title="测试", confidence=Confidence.ILLUSTRATIVE)
T = Message(zh="项", en="item")
ITEM = CaseDeductionItem(code="a", title=T, points=10, per_case=1)
SECTION = Section(code="s", title=T, items=(ITEM,))
BANDS = (GradeBand(grade=Grade.EXCELLENT, min_score=9), GradeBand(grade=Grade.PASS, min_score=6))


def sheet(**changes):
    fields = {
        "code": "t",
        "title": T,
        "assesses": T,
        "sections": (SECTION,),
        "grades": BANDS,
        "citation": C,
    }
    fields.update(changes)
    return AssessmentSheet(**fields)


def element(code="e"):
    return ChecklistElement(code=code, title=T, deduction=1)


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: TargetItem(code="x", title=T, points=0, step=1, deduction=1), "points"),
        (lambda: TargetItem(code="x", title=T, points=1, step=1, deduction=-1), "deduction"),
        (lambda: TargetItem(code="x", title=T, points=1, step=0, deduction=1), "step"),
        (lambda: TargetItem(code="x", title=T, points=1, step=1, deduction=1, floor=2), "floor"),
        (lambda: TargetItem(code="X", title=T, points=1, step=1, deduction=1), "code"),
        (lambda: TargetItem(code="x", title="t", points=1, step=1, deduction=1), "title"),
        (
            lambda: TargetItem(code="x", title=T, points=1, step=1, deduction=1, citation="c"),
            "citation",
        ),
        (
            lambda: TargetItem(code="x", title=T, points=1, step=1, deduction=1, if_unassessed=2),
            "if_unassessed",
        ),
        (
            lambda: TargetItem(
                code="x", title=T, points=1, target=90, step=1, deduction=1, zero_beyond=95
            ),
            "zero_beyond",
        ),
        (lambda: TargetItem(code="x", title=T, points=1.5, step=1, deduction=1), "points"),
        (lambda: Band(bound=1, share=Decimal("1.5")), "share"),
        (lambda: BandedItem(code="x", title=T, points=1, bands=()), "bands"),
        (lambda: BandedItem(code="x", title=T, points=1, bands=(1,)), "bands[0]"),
        (
            lambda: BandedItem(
                code="x",
                title=T,
                points=1,
                bands=(Band(bound=90, share=Decimal("0.5")), Band(bound=80, share=1)),
            ),
            "bands[1]",
        ),
        (
            lambda: BandedItem(
                code="x",
                title=T,
                points=1,
                bands=(Band(bound=80, share=1), Band(bound=90, share=1)),
            ),
            "bands[1]",
        ),
        (
            lambda: BandedItem(
                code="x", title=T, points=1, bands=(Band(bound=80, share=0),), otherwise=1
            ),
            "otherwise",
        ),
        (lambda: ChecklistItem(code="x", title=T, points=1, elements=()), "elements"),
        (lambda: ChecklistItem(code="x", title=T, points=1, elements=(1,)), "elements[0]"),
        (
            lambda: ChecklistItem(code="x", title=T, points=1, elements=(element(), element())),
            "elements[1].code",
        ),
        (lambda: AssessorItem(code="x", title=T, points=1, minimum=2), "minimum"),
        (
            lambda: LevelProgressItem(
                code="x",
                title=T,
                points=1,
                level_weight_if_worse=2,
                level_weight_otherwise=0,
            ),
            "level_weight_if_worse",
        ),
        (lambda: Section(code="s", title=T, items=()), "items"),
        (lambda: Section(code="s", title=T, items=("item",)), "items[0]"),
        (lambda: Consequence(code="c", message=T, years=-1), "years"),
        (lambda: Consequence(code="c", message=T, years=True), "years"),
        (lambda: Veto(code="v", title=T, trigger="x"), "trigger"),
        (
            lambda: Veto(code="v", title=T, trigger=FindingTrigger(key="x"), consequences=(1,)),
            "consequences[0]",
        ),
        (lambda: FindingTrigger(key="Bad key"), "key"),
        (lambda: sheet(sections=()), "sections"),
        (lambda: sheet(sections=(1,)), "sections[0]"),
        (lambda: sheet(vetoes=(1,)), "vetoes[0]"),
        (lambda: sheet(grades=(1,)), "grades[0]"),
        (lambda: sheet(citation="c"), "citation"),
        (lambda: sheet(sections=(SECTION, SECTION)), "items"),
        (
            lambda: sheet(
                sections=(
                    Section(
                        code="s",
                        title=T,
                        items=(
                            ChecklistItem(code="c", title=T, points=1, elements=(element("a"),)),
                            ChecklistItem(code="c", title=T, points=1, elements=(element("b"),)),
                        ),
                    ),
                )
            ),
            "items",
        ),
        (
            lambda: sheet(
                vetoes=(
                    Veto(code="v", title=T, trigger=FindingTrigger(key="x")),
                    Veto(code="v", title=T, trigger=FindingTrigger(key="y")),
                )
            ),
            "vetoes",
        ),
        (
            lambda: sheet(
                grades=(
                    GradeBand(grade=Grade.PASS, min_score=9),
                    GradeBand(grade=Grade.EXCELLENT, min_score=6),
                )
            ),
            "grades[1]",
        ),
        (lambda: sheet(below_bands=Grade.PASS), "below_bands"),
        (lambda: sheet(jurisdiction="360728"), "jurisdiction"),
        (lambda: sheet(note=3), "note"),
        (
            lambda: sheet(veto_grade=Grade.PASS),
            "veto_grade",
        ),
    ],
)
def test_invalid_models(build, field):
    with pytest.raises(InvalidInputError) as info:
        build()
    assert field == info.value.field


def test_veto_grade_may_be_worse_than_bands():
    s = sheet(
        grades=(GradeBand(grade=Grade.GOOD, min_score=5),),
        below_bands=Grade.PASS,
        veto_grade=Grade.FAIL,
    )
    assert s.grade_for(Decimal("4.9")) is Grade.PASS
    assert s.item("a") is ITEM
    with pytest.raises(KeyError):
        s.item("b")


def test_veto_on_an_unassessed_item_does_not_fire():
    item = TargetItem(code="x", title=T, points=5, target=90, step=1, deduction=1, if_unassessed=0)
    veto = Veto(
        code="floor",
        title=T,
        trigger=ThresholdTrigger(key="x", comparison=Comparison.BELOW, threshold=80),
    )
    s = sheet(sections=(Section(code="s", title=T, items=(ITEM, item)),), vetoes=(veto,))
    card = score(s, {"a": 0})
    assert not card.vetoed
    assert Decimal("10.00") == card.total
    card = score(s, {"a": 0, "x": 70})
    assert card.vetoed
    assert "70 < 80" in card.explain("en")  # no citation on the veto: nothing appended


def test_missing_veto_key_listed_once():
    veto = Veto(
        code="v",
        title=T,
        trigger=ThresholdTrigger(key="a", comparison=Comparison.ABOVE, threshold=3),
    )
    with pytest.raises(InvalidInputError) as info:
        score(sheet(vetoes=(veto,)), {})
    assert info.value.value == ("a",)


def test_results_keys_and_maximum():
    # items' keys first; the statistics veto reuses an item key, the findings come last
    assert VILLAGE_100_POINT.keys[-2:] == ("concealed_births", "seven_prohibitions_breach")
    assert VILLAGE_100_POINT.keys.count("birth_statistics_error") == 1
    assert VILLAGE_100_POINT.maximum == Decimal(100)


def test_grade_labels_and_direction():
    assert Grade.FAIL.label("en") == "fail (incompetent)"
    assert Direction.HIGHER_IS_BETTER.shortfall(Decimal(96), Decimal(95)) == 0
    assert isinstance(attrs.evolve(ITEM), CaseDeductionItem)


def test_has_value_protocol():
    class Rate:
        value = Decimal(1)

    assert isinstance(Rate(), HasValue)
    assert not isinstance(object(), HasValue)
