"""The indicators example scripts run and print what they promise."""

import runpy
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_dingnan_indicators_example(capsys):
    runpy.run_path(str(EXAMPLES / "dingnan_indicators.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "2008: 2699 births / 210000 people → 12.85‰" in out
    assert "2008: 13.33 yuan per person" in out
    assert "disagree: []" in out
    assert "agree at printed precision only: [('per_capita_funding', 2008)]" in out
    assert "but not 210,000 (the value with which 2009 and 2010 agree exactly)" in out
    assert "too few births to tell" in out
