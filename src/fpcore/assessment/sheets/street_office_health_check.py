"""A street office's bonus for women's health-check attendance.

References:
    - A street office's bonus for health-check attendance (local text, copy on a
      document-sharing site): attendance ≥ 99 % within the month earns 1,100 yuan per resident
      cadre in charge of ≥ 200 women, 1,000 yuan for fewer; 97–99 % earns 90 % of it, 95–97 %
      80 %, below 95 % 70 %. Exempt from the check: women married ≥ 5 years and infertile,
      women aged ≥ 45 at home with children aged ≥ 14, divorced or widowed women at home (the
      caller leaves them out of the rate).

Rounding: to the fen, half up (the amounts are whole yuan at every band).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from fpcore.assessment._model import Band
from fpcore.assessment._pay import ScaledCompletionBonus, SizeBase
from fpcore.assessment.sources import STREET_OFFICE_HEALTH_CHECK
from fpcore.explain import Message

__all__ = ["CODE", "HEALTH_CHECK_BONUS"]

CODE: Final = "street_office_health_check"

HEALTH_CHECK_BONUS: Final = ScaledCompletionBonus(
    code=CODE,
    title=Message(zh="育龄妇女健康检查奖励", en="Health-check attendance bonus"),
    citation=STREET_OFFICE_HEALTH_CHECK,
    bases=(
        SizeBase(min_size=200, amount=Decimal("1100")),
        SizeBase(min_size=0, amount=Decimal("1000")),
    ),
    bands=(
        Band(bound=Decimal(99), share=Decimal(1)),
        Band(bound=Decimal(97), share=Decimal("0.9")),
        Band(bound=Decimal(95), share=Decimal("0.8")),
    ),
    otherwise=Decimal("0.7"),
)
"""The street-office health-check bonus."""
