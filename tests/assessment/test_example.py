"""The assessment example script runs and shows the pay it computes."""

import runpy
from pathlib import Path

EXAMPLE = Path(__file__).parents[2] / "examples" / "assessment_year.py"


def test_assessment_year_example(capsys):
    runpy.run_path(str(EXAMPLE), run_name="__main__")
    out = capsys.readouterr().out
    # township 94.10 → excellent → the full 2,400 salary as bonus
    assert "party secretary  salary    2400  bonus   2400.00 yuan" in out
    # Village C is vetoed: 800 × 70 % = 560.00 and nothing of the withheld share
    assert "560.00 yuan/month  vetoed" in out
    assert "allowance  60.00 yuan/month" in out
    assert "removed from post" in out
    assert "illustrative" in out
