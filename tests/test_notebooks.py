"""The example notebooks run end to end in a real Jupyter kernel (nbclient + ipykernel).

Each notebook is executed top to bottom in a fresh ``python3`` kernel; any cell error fails the
test. The kernel imports the fpcore of this checkout: ``PYTHONPATH`` is set to ``src`` (harmless
when fpcore is installed, as in CI). Then the outputs are checked for what the notebook is for.
"""

import os
import pathlib
import sys

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")
pytest.importorskip("pandas")

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "examples" / "notebooks"


def _run(name, monkeypatch):
    path = NOTEBOOKS / name
    notebook = nbformat.read(path, as_version=4)
    src = str(ROOT / "src")
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join(filter(None, (src, os.environ.get("PYTHONPATH"))))
    )
    monkeypatch.setenv("MPLBACKEND", "Agg")
    client = nbclient.NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=600,
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    client.execute()
    return notebook


def _outputs(notebook, mime):
    """Every output of ``mime`` type (``"text"`` for printed streams), in order."""
    found = []
    for cell in notebook.cells:
        for output in cell.get("outputs", ()):
            if mime == "text" and output["output_type"] == "stream":
                found.append(output["text"])
            elif mime in output.get("data", {}):
                found.append(output["data"][mime])
    return found


def test_the_kernel_is_this_python():
    from jupyter_client.kernelspec import KernelSpecManager

    spec = KernelSpecManager().get_kernel_spec("python3")
    # jupyter_client runs the native "python" kernel with the interpreter that launches it
    assert spec.argv[0] in {"python", "python3", sys.executable}


def test_dingnan_reproduced(monkeypatch):
    notebook = _run("dingnan_reproduced.ipynb", monkeypatch)
    text = "".join(_outputs(notebook, "text"))
    # The audit's one finding: 279.9万 ÷ 21万 = 13.3286 yuan, outside 13.4's [13.35, 13.45);
    # within the printed precision of 279.9万 and 21万 the quotient can reach it.
    assert "0 figure(s) disagree;" in text
    assert "1 agree at printed precision only:" in text
    assert "2008 per-capita funding 13.4 agrees with" in text
    assert "but not 210,000 (the value with which 2009 and 2010 agree exactly)" in text
    html = "".join(_outputs(notebook, "text/html"))
    assert "fpcore-audit" in html or "13.3286" in html  # the audit rendered as a table
    assert "21万" in html  # the reported table rendered as printed
    assert "sex ratio at birth" in html.lower()  # the indicator report and the test
    assert len(_outputs(notebook, "image/png")) == 2  # series and sex-ratio interval plots
    assert not [t for t in _outputs(notebook, "text") if "Warning" in t]


def test_family_through_time(monkeypatch):
    notebook = _run("family_through_time.ipynb", monkeypatch)
    text = "".join(_outputs(notebook, "text"))
    # 2018: reward-and-assistance at Jiangxi's 1,200 yuan a person a year (from 2017) for both
    # parents aged 60+: 2 × 1,200 = 2,400; special assistance after the only child's death: the
    # mother is 64, past Jiangxi's 49–59 band (950), and the sources give no amount for 60+, so
    # the national standard applies as a floor — rural raised to the urban 340 a month (from a
    # 2016 stand-in start): 2 × 340 × 12 = 8,160.
    assert "2018                     2400.00                     8160.00" in text
    # The reform: 1,500 a person a year for both parents = 3,000.00 yuan.
    assert "eligible, 3,000.00 yuan per year" in text
    html = "".join(_outputs(notebook, "text/html"))
    assert "<progress value=" in html  # the progress bar was drawn
    assert "Township T (example)" in html  # the score card rendered
    assert "reward_assistance.amount" in html  # the policy-book table rendered
    assert len(_outputs(notebook, "image/png")) == 1  # the step chart
    assert not [t for t in _outputs(notebook, "text") if "Warning" in t]


def test_county_register_dataframe(monkeypatch):
    notebook = _run("county_register_dataframe.ipynb", monkeypatch)
    text = "".join(_outputs(notebook, "text"))
    assert "families: 5,999; first: 360728-00001" in text
    # 99 impossible birth dates and one second mother: 100 problems in one error
    assert "problems reported at once: 100" in text
    assert "100 problems:" in text and "rows[0].出生日期: '1970-02-30' is not a date" in text
    # the typed frame
    assert "amount_fen                  Int64" in text
    assert "outcome                  category" in text
    # the reform changes 2026 and 2027 only: the extra cost is zero outside the window
    lines = {line.split()[0]: line.split() for line in text.splitlines() if line[:4].isdigit()}
    assert lines["2025"][-1] == lines["2028"][-1] == lines["2029"][-1] == "0.00"
    assert float(lines["2026"][-1]) > 0 and float(lines["2027"][-1]) > 0
    html = "".join(_outputs(notebook, "text/html"))
    assert "fpcore-book" in html and "fpcore-book-table" in html
    assert "<th>outcome</th>" in html or "outcome" in html  # the frames rendered
    assert len(_outputs(notebook, "image/png")) == 1  # the law-and-reform bar chart
    assert not [t for t in _outputs(notebook, "text") if "Warning" in t]


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.name)
def test_notebooks_are_committed_clean(path):
    """Committed without outputs (the tests and readers run them), for the python3 kernel."""
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    assert notebook.metadata["kernelspec"]["name"] == "python3"
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    assert all(not cell.outputs and cell.execution_count is None for cell in code)
