"""A tour of the built-in policy book: values, provenance, a what-if reform, an explanation.

Run: python examples/policy_book_tour.py
"""

from datetime import date
from decimal import Decimal

from fpcore import DINGNAN, JIANGXI, Check, Citation, Confidence, Decision, Message, default_book

book = default_book()
KEY = "reward_assistance.amount"

print("Rural reward-and-assistance, yuan per person per year, as resolved for Dingnan:")
for year in (2004, 2008, 2009, 2011, 2012, 2025):
    r = book.resolve(KEY, on=date(year, 6, 30), jurisdiction=DINGNAN)
    print(f"  {year}: {r.value:>8} from {r.jurisdiction.name_en} — {r.citation.render('en')}")

reform = book.override(
    KEY,
    "1200",
    start=date(2012, 1, 1),
    jurisdiction=DINGNAN,
    citation=Citation(title="县级提标测算", confidence=Confidence.ILLUSTRATIVE),
)
for jurisdiction in (DINGNAN, JIANGXI):
    before = book.value(KEY, on=date(2013, 1, 1), jurisdiction=jurisdiction)
    after = reform.value(KEY, on=date(2013, 1, 1), jurisdiction=jurisdiction)
    print(f"What-if in Dingnan only → {jurisdiction.name_en}: {before} → {after}")

amount = book.resolve(KEY, on=date(2010, 6, 30), jurisdiction=DINGNAN)
decision = Decision(
    subject="example",
    title=Message(zh="奖励扶助金标准查询", en="Reward-and-assistance rate lookup"),
    eligible=True,
    amount=amount.as_decimal() * 2,
    on=date(2010, 6, 30),
    jurisdiction=DINGNAN,
    checks=(
        Check(
            code="example.rate",
            passed=True,
            message=Message(
                zh="每人每年{rate}元，夫妻二人", en="{rate} yuan per person per year, two spouses"
            ),
            facts=(("rate", amount.as_decimal()),),
            provenance=(amount,),
        ),
    ),
)
print(decision.explain("zh"))
print(decision.explain("en"))
assert decision.amount == Decimal("1440.00")
