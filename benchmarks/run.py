"""Run fpcore's benchmarks and print a table, then one line per target (see PERFORMANCE.md).

Usage: ``python benchmarks/run.py [repeats]`` (default 3).

Minimal runner of issue 4; issue 5 has its own — the two are reconciled at merge.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
sys.path.insert(0, str(pathlib.Path(__file__).parent.parent / "src"))

import bench_incentives


def main() -> None:
    figures = bench_incentives.measure(log=lambda line: print("#", line, flush=True))
    rows = bench_incentives.rows(figures)
    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark':<{width}}  {'min':>12}  {'median':>12}")
    for name, low, mid in rows:
        print(f"{name:<{width}}  {low:>12}  {mid:>12}")
    print()
    for target in bench_incentives.targets(figures):
        print(target)


if __name__ == "__main__":
    main()
