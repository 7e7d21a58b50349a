"""Anping Town 2018: group rewards and penalties by completion band.

References:
    - Anping Town's 2018 rules on health checks (三查) and the four operations (四术) (local
      text, copy on a document-sharing site): quarterly 三查 completion ≥ 93 % and among the top
      6 villages → +100 yuan per person; below 90 % and among the bottom 6 → −100 yuan per
      person (resident township cadres and village cadres rewarded and penalised alike, out of
      village performance pay). 四术 completion ≥ 85 % → +1,000 yuan per quarter to the village
      group; 70–79 % → −1,000; 60–69 % → −2,000; 50–59 % → −3,000; below 50 % → −5,000.

The text gives no band for 四术 completion of 80–84 %: fpcore pays nothing there (derived).
Bands are read as "at least the lower edge" (70–79 % means ≥ 70 and < 80).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from fpcore.assessment._pay import CompletionBand, CompletionBands
from fpcore.assessment.sources import ANPING_2018
from fpcore.explain import Message

__all__ = ["ANPING_CHECKS", "ANPING_OPERATIONS"]

ANPING_CHECKS: Final = CompletionBands(
    code="anping_2018.checks",
    title=Message(zh="“三查”季度奖惩", en="Quarterly health-check reward or penalty"),
    citation=ANPING_2018,
    bands=(
        CompletionBand(min_rate=Decimal(93), amount=Decimal(100), top=6),
        CompletionBand(min_rate=Decimal(90), amount=Decimal(0)),
        CompletionBand(min_rate=Decimal(0), amount=Decimal(-100), bottom=6),
    ),
    unit=Message(zh="元/人", en="yuan per person"),
)
"""三查: +100 yuan per person (≥ 93 % and top 6), −100 (< 90 % and bottom 6)."""

ANPING_OPERATIONS: Final = CompletionBands(
    code="anping_2018.operations",
    title=Message(zh="“四术”季度奖惩", en="Quarterly four-operations reward or penalty"),
    citation=ANPING_2018,
    bands=(
        CompletionBand(min_rate=Decimal(85), amount=Decimal(1000)),
        CompletionBand(min_rate=Decimal(80), amount=Decimal(0)),
        CompletionBand(min_rate=Decimal(70), amount=Decimal(-1000)),
        CompletionBand(min_rate=Decimal(60), amount=Decimal(-2000)),
        CompletionBand(min_rate=Decimal(50), amount=Decimal(-3000)),
        CompletionBand(min_rate=Decimal(0), amount=Decimal(-5000)),
    ),
    unit=Message(zh="元/组/季度", en="yuan per village group per quarter"),
)
"""四术: +1,000 yuan per group and quarter at ≥ 85 %, down to −5,000 below 50 %."""
