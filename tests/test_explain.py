import pickle
from datetime import date
from decimal import Decimal

import attrs
import pytest

from fpcore import (
    DINGNAN,
    Check,
    Citation,
    Confidence,
    Decision,
    InvalidInputError,
    Message,
    Share,
    default_book,
)
from fpcore.explain import (
    Checks,
    Explained,
    _make_check,
    _make_share,
    _slot_setters,
    all_of,
    checks_html,
    format_fact,
    make_decision,
    render_checks,
)
from fpcore.params import sources

make_check, make_share = _make_check, _make_share

AGE = Message(zh="{who}年满{limit}周岁（{age}周岁）", en="{who} is aged {limit} or over ({age})")
RURAL = Message(zh="夫妻双方均为农村居民", en="both spouses are rural residents")
RULING = Message(
    zh="1973—2001年间无政策外生育：{ruling}", en="no out-of-policy birth in 1973–2001: {ruling}"
)


def decision(eligible=True, amount="1440.00", extra=()):
    rate = default_book().resolve(
        "reward_assistance.amount", on=date(2010, 6, 30), jurisdiction=DINGNAN
    )
    checks = (
        Check(code="ra.rural", passed=True, message=RURAL, citation=sources.GUOBAN_2004_21),
        Check(
            code="ra.age",
            passed=eligible,
            message=AGE,
            facts=(("who", "丈夫"), ("limit", 60), ("age", 62)),
            provenance=(rate,),
        ),
        Check(code="ra.ruling", passed=None, message=RULING, facts=(("ruling", None),)),
        *extra,
    )
    return Decision(
        subject="reward_assistance",
        title=Message(zh="农村部分计划生育家庭奖励扶助", en="Rural reward-and-assistance"),
        eligible=eligible,
        amount=Decimal(amount),
        on=date(2010, 6, 30),
        jurisdiction=DINGNAN,
        checks=checks,
        breakdown=(
            Share(
                beneficiary="father",
                label=Message(zh="父亲", en="father"),
                amount=Decimal("720.00"),
            ),
            Share(
                beneficiary="mother",
                label=Message(zh="母亲", en="mother"),
                amount=Decimal("720.00"),
            ),
        ),
    )


def test_explain_in_chinese():
    lines = decision().explain("zh").splitlines()
    assert (
        lines[0]
        == "农村部分计划生育家庭奖励扶助——定南县，2010-06-30：符合条件，金额 1,440.00 元/年。"
    )
    # each line carries the markers of its sources; the sources follow once, at the end
    assert lines[1] == "  ✓ 夫妻双方均为农村居民 [1]"
    assert lines[2] == "  ✓ 丈夫年满60周岁（62周岁） [2]"
    assert lines[3] == "  – 1973—2001年间无政策外生育：未记录"
    assert lines[4] == "  金额：1,440.00 元/年（父亲 720.00；母亲 720.00）"
    assert lines[5] == "  依据："
    assert lines[6].startswith("  [1] 《国务院办公厅转发") and "（国办发〔2004〕21号）" in lines[6]
    assert lines[7].startswith("  [2] 《全国农村部分计划生育家庭奖励扶助标准")
    assert len(lines) == 8


def test_explain_in_english_uses_english_titles():
    text = decision(eligible=False, amount="0.00").explain("en")
    lines = text.splitlines()
    assert lines[0] == "Rural reward-and-assistance — Dingnan County, 2010-06-30: not eligible."
    assert lines[1] == "  ✓ both spouses are rural residents [1]"
    assert lines[2] == "  ✗ 丈夫 is aged 60 or over (62) [2]"
    assert lines[3] == "  – no out-of-policy birth in 1973–2001: not recorded"
    assert lines[4] == "  Amount: 0.00 yuan per year (father 720.00; mother 720.00)"
    assert lines[5] == "  Sources:"
    assert lines[6].startswith("  [1] General Office of the State Council")


def test_each_source_is_listed_once_and_the_amount_has_its_own():
    rate = default_book().resolve(
        "reward_assistance.amount", on=date(2010, 6, 30), jurisdiction=DINGNAN
    )
    d = attrs.evolve(decision(), amount_provenance=(rate,))
    lines = d.explain("en").splitlines()
    # the amount's source is the age check's: one source, two markers
    assert lines[4].startswith("  Amount: 1,440.00 yuan per year (") and lines[4].endswith("[2]")
    assert d.sources == (sources.GUOBAN_2004_21, rate.citation)
    assert sum(line.startswith("  [") for line in lines) == 2


def test_an_undetermined_decision_names_what_is_missing_and_has_no_amount():
    d = attrs.evolve(decision(), eligible=None, amount=None, breakdown=())
    assert d.headline("en") == (
        "Rural reward-and-assistance — Dingnan County, 2010-06-30: undetermined: "
        "no out-of-policy birth in 1973–2001: not recorded."
    )
    assert d.headline("zh").endswith("：无法确定：1973—2001年间无政策外生育：未记录。")
    assert [c.code for c in d.undecided] == ["ra.ruling"]
    assert decision().undecided == ()
    no_reason = attrs.evolve(d, checks=())
    assert no_reason.headline("en").endswith(": undetermined.")
    assert no_reason.headline("zh").endswith("：无法确定。")
    rate = default_book().resolve(
        "reward_assistance.amount", on=date(2010, 6, 30), jurisdiction=DINGNAN
    )
    with_rate = attrs.evolve(d, amount_provenance=(rate,))
    assert "  Amount: undetermined [2]" in with_rate.explain("en").splitlines()
    assert "undetermined" in with_rate._repr_html_()
    # an undetermined decision has no amount, and only it
    with pytest.raises(InvalidInputError, match="amount"):
        attrs.evolve(decision(), amount=None)
    with pytest.raises(InvalidInputError, match="amount"):
        attrs.evolve(d, amount=Decimal("0.00"))


def test_english_counts_agree_with_their_nouns():
    births = Message(zh="{n}次生育", en="{n|birth|births}")
    assert births.render("en", {"n": 1}) == "1 birth"
    assert births.render("en", {"n": 2}) == "2 births"
    assert births.render("en", {"n": 0}) == "0 births"
    assert births.render("zh", {"n": 1}) == "1次生育"
    with pytest.raises(KeyError):
        Message(zh="", en="{m|x|xs}").render("en", {"n": 1})
    with pytest.raises(KeyError):
        Message(zh="", en="{n|x}").render("en", {"n": 1})


def test_all_of_is_three_valued():
    assert all_of() is True
    assert all_of(True, None) is None
    assert all_of(None, False, True) is False


def test_illustrative_values_are_flagged():
    demo = Check(
        code="x.demo",
        passed=True,
        message=Message(zh="示例", en="demo"),
        citation=Citation(title="示例", confidence=Confidence.ILLUSTRATIVE),
    )
    d = decision(extra=(demo,))
    assert d.is_illustrative and not decision().is_illustrative
    assert "  ！使用了无来源的示例值，结果仅供演示。" in d.explain("zh").splitlines()
    assert "illustrative value that no source gives" in d.explain("en")


def test_check_accessors():
    d = decision(eligible=False)
    assert d.check("ra.age").fact("age") == 62
    assert [c.code for c in d.failed] == ["ra.age"]
    with pytest.raises(KeyError):
        d.check("nope")
    with pytest.raises(KeyError):
        d.check("ra.age").fact("nope")
    assert d.check("ra.rural").citations == (sources.GUOBAN_2004_21,)
    assert Check(code="x", passed=True, message=RURAL).citations == ()
    twice = Check(
        code="x",
        passed=True,
        message=RURAL,
        citation=sources.GUOBAN_2004_21,
        provenance=d.check("ra.age").provenance * 2,
    )
    assert len(twice.citations) == 2


def test_html_is_escaped_and_complete():
    evil = Check(code="x.<b>", passed=False, message=Message(zh="<script>", en="<script>"))
    page = decision(extra=(evil,))._repr_html_()
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert page.count("<tr data-code=") == 4  # one row per check
    assert "father · 父亲" in page and "720.00" in page and "不符合条件" not in page
    # facts that exist for rendering are never shown as data; codes only as attributes
    assert "who =" not in page and ">ra.age<" not in page
    assert "Noto Sans CJK SC" in page and "text-align: right" in page
    no_breakdown = attrs.evolve(decision(), breakdown=())
    assert "fpcore-amount" not in no_breakdown._repr_html_()
    assert checks_html(()).count("<tr") == 1
    one = decision().check("ra.rural")._repr_html_()
    assert one.count("<tr data-code=") == 1 and "fpcore-sources" in one


def test_format_fact_and_languages():
    assert format_fact(Decimal("1234567.8")) == "1,234,567.8"
    assert format_fact(False) == "否" and format_fact(False, "en") == "no"
    assert format_fact(date(2010, 1, 2)) == "2010-01-02"
    assert format_fact(60) == "60"
    assert Message(zh="无", en="none").render("en") == "none"
    with pytest.raises(InvalidInputError, match="lang"):
        decision().explain("fr")
    with pytest.raises(InvalidInputError, match="lang"):
        render_checks((), "de")


def test_amounts_must_be_decimals():
    with pytest.raises(InvalidInputError, match="amount"):
        attrs.evolve(decision(), amount=1440)
    with pytest.raises(InvalidInputError, match="amount"):
        Share(beneficiary="x", label=RURAL, amount=Decimal("NaN"))


def test_decisions_round_trip_through_evolve():
    d = decision()
    assert attrs.evolve(d) == d


def test_facts_from_any_iterable_become_a_tuple_of_pairs():
    check = Check(code="x", passed=True, message=RURAL, facts=[("age", 60), ("limit", 60)])
    assert check.facts == (("age", 60), ("limit", 60))
    assert Check(code="x", passed=True, message=RURAL, facts=(("a", 1),)).facts == (("a", 1),)


def _lazy_twin(eager):
    """The same decision as ``eager``, built the way rules build theirs (checks as rows)."""
    rows = Checks()
    for c in eager.checks:
        rows.add(c.code, c.passed, c.message, c.facts, c.provenance, c.citation)
    return make_decision(
        eager.subject,
        eager.title,
        eager.eligible,
        eager.amount,
        eager.on,
        eager.jurisdiction,
        rows,
        tuple(make_share(s.beneficiary, s.label, s.amount) for s in eager.breakdown),
        eager.unit,
    )


def test_fast_constructors_build_what_init_builds():
    eager = decision()
    for check in eager.checks:
        fast = make_check(
            check.code,
            check.passed,
            check.message,
            check.facts,
            check.provenance,
            check.citation,
        )
        assert fast == check
        assert attrs.asdict(fast, recurse=False) == attrs.asdict(check, recurse=False)
    for share in eager.breakdown:
        assert make_share(share.beneficiary, share.label, share.amount) == share
    assert _lazy_twin(eager) == eager


def test_decisions_built_from_rows_are_indistinguishable():
    eager = decision()
    lazy = _lazy_twin(eager)
    assert repr(lazy) == repr(eager)
    assert lazy == eager and hash(lazy) == hash(eager)
    assert lazy.checks is lazy.checks  # built once, on first read
    assert _lazy_twin(eager).explain("en") == eager.explain("en")
    assert _lazy_twin(eager).failed == eager.failed
    assert pickle.loads(pickle.dumps(_lazy_twin(eager))) == eager
    assert attrs.evolve(_lazy_twin(eager), eligible=False).checks == eager.checks
    with pytest.raises(AttributeError):
        lazy.no_such_attribute  # noqa: B018


def test_the_checks_builder_returns_the_outcome():
    rows = Checks()
    assert rows.add("a", True, RURAL) is True
    assert rows.add("b", None, RURAL) is None
    assert [(c.code, c.passed) for c in rows.build()] == [("a", True), ("b", None)]
    assert rows.failed("a") is False and len(rows) == 2
    rows.add("c", False, RURAL)
    assert rows.failed("c")
    rows.insert_first(Check(code="z", passed=True, message=RURAL))
    assert [c.code for c in rows.build()] == ["z", "a", "b", "c"]


def test_every_explained_result_derives_from_the_kernel():
    from fpcore.assessment import PayAward, ScoreCard
    from fpcore.births import BirthRuling, FeeAssessment, LeaveEntitlements
    from fpcore.indicators import AuditResult, IndicatorReport, SexRatioTest

    for kind in (
        Decision,
        BirthRuling,
        FeeAssessment,
        LeaveEntitlements,
        ScoreCard,
        PayAward,
        IndicatorReport,
        SexRatioTest,
        AuditResult,
    ):
        assert issubclass(kind, Explained), kind
        for member in ("headline", "explain", "check", "sources", "is_illustrative"):
            assert hasattr(kind, member), (kind, member)
        assert hasattr(kind, "is_reform") and hasattr(kind, "unverified_after")


def test_fast_constructors_refuse_a_class_whose_fields_changed():
    with pytest.raises(TypeError, match="fields"):
        _slot_setters(Check, "code", "passed")


def test_a_reform_value_is_marked_in_every_explanation():
    from datetime import date
    from decimal import Decimal

    from fpcore import (
        DINGNAN,
        Child,
        Citation,
        Confidence,
        Family,
        Hukou,
        Person,
        Sex,
        assess,
        default_book,
    )

    he = Person(sex=Sex.MALE, birth_date=date(1948, 3, 1), hukou=Hukou.RURAL)
    girl = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True)
    family = Family(father=he, mother=None, children=(girl,), jurisdiction=DINGNAN)
    what_if = Citation(title="改革测算", confidence=Confidence.REFORM)
    assert what_if.is_reform and not what_if.is_illustrative
    assert "what-if" in what_if.render("en") and "改革测算值" in what_if.render("zh")
    book = default_book().override(
        "reward_assistance.amount",
        "1500",
        start=date(2012, 1, 1),
        jurisdiction=DINGNAN,
        citation=what_if,
    )
    d = assess("reward_assistance", family, on=date(2013, 1, 1), book=book)
    assert d.amount == Decimal("1500.00")
    assert d.is_reform and not assess("reward_assistance", family, on=date(2013, 1, 1)).is_reform
    assert "reform value" in d.explain("en")
    assert "改革测算值" in d.explain("zh")
