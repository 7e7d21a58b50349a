"""The cost of a reform: raise Dingnan's rural reward-and-assistance to 1,200 yuan a year.

Compares the current policy book with a what-if book on a synthetic Dingnan-like county (a
1-in-10 sample of the ~60,000 families of ``fpcore.synthetic.DINGNAN_2010``, to keep the run
short; the county-wide figure is the sample's × 10).
"""

from datetime import date

from fpcore import DINGNAN, Citation, Confidence, default_book
from fpcore.batch import reform_cost
from fpcore.synthetic import DINGNAN_2010, county

ON = date(2012, 6, 30)
SAMPLE = 10

what_if = Citation(
    title="测算：定南县奖扶标准提高到每人每年1200元",
    title_en="What-if: Dingnan raises reward-and-assistance to 1,200 yuan a year",
    confidence=Confidence.ILLUSTRATIVE,
)
reform = default_book().override(
    "reward_assistance.amount",
    "1200",
    start=date(2012, 1, 1),
    jurisdiction=DINGNAN,
    citation=what_if,
)

cost = reform_cost(
    "reward_assistance", county(DINGNAN_2010.scaled(SAMPLE), seed=2010), on=ON, reform=reform
)
print(f"Families in the sample:        {cost.base.families:>12,}")
print(f"Eligible families:             {cost.base.eligible:>12,}")
print(f"Outlay now (yuan/year):        {cost.base.amount:>12,}")
print(f"Outlay after reform:           {cost.reform.amount:>12,}")
print(f"Extra cost, sample:            {cost.difference:>12,}")
print(f"Extra cost, county estimate:   {cost.difference * SAMPLE:>12,}")
