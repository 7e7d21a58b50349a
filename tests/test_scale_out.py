"""examples/scale_out_dask.py: partitions on a Dask cluster of worker processes give exactly
the single-process result (issue 7)."""

import pathlib
import runpy

import pytest

pytest.importorskip("dask.distributed")

SCRIPT = pathlib.Path(__file__).resolve().parent.parent / "examples" / "scale_out_dask.py"


@pytest.fixture(scope="module")
def example():
    return runpy.run_path(str(SCRIPT), run_name="scale_out_dask")


def test_dask_partitions_equal_one_process_to_the_fen(example):
    from fpcore.synthetic import DINGNAN_2010

    profile = DINGNAN_2010.scaled(400)
    seeds = range(3)
    distributed = example["main"](divisor=400, partitions=3, n_workers=2)
    local = example["single_process"](profile, seeds)
    # every programme, by the same code in the same order
    assert [o.program for o in distributed.outlays] == [o.program for o in local.outlays]
    for ours, theirs in zip(distributed.outlays, local.outlays, strict=True):
        assert ours.families == theirs.families == 3 * profile.families
        assert ours.eligible == theirs.eligible
        assert ours.amount == theirs.amount  # Decimal yuan: equal to the fen
        assert ours.amount == ours.amount.quantize(ours.amount.__class__("0.01"))
    assert any(o.eligible for o in distributed.outlays)
    # the merged indicator summary is the summary of the whole register, cell for cell
    assert distributed.summary == local.summary
    assert distributed.summary.births  # births of 2009 were counted
    assert str(distributed.report().rate("crude_birth_rate")) == str(
        local.summary.report().rate("crude_birth_rate")
    )


def test_combine_is_exact_for_any_split(example):
    from fpcore.synthetic import DINGNAN_2010

    profile = DINGNAN_2010.scaled(1000)
    parts = [example["evaluate"](profile, seed) for seed in range(3)]
    whole = example["single_process"](profile, range(3))
    assert example["combine"](parts) == whole
    # merging in another order and grouping gives the same
    assert example["combine"]([example["combine"](parts[1:]), parts[0]]) == whole


def test_main_refuses_a_disagreement(example, monkeypatch):
    monkeypatch.setitem(example["main"].__globals__, "single_process", lambda *a, **k: None)
    monkeypatch.setitem(example["main"].__globals__, "on_dask", lambda *a, **k: "other")
    with pytest.raises(AssertionError, match="differs"):
        example["main"](divisor=2000, partitions=1)
