"""Hypothesis profiles (SG-17). ``.ci/run`` selects ``ci``; the default is ``dev``."""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    max_examples=300,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=50, deadline=None)
# mutation runs (benchmarks/mutation.py): few examples, derandomised, so that each mutant's
# test run is short and repeatable
settings.register_profile(
    "mutation",
    derandomize=True,
    deadline=None,
    max_examples=30,
    database=None,
    suppress_health_check=list(HealthCheck),
)
# the standing hostile-input suite on demand (tests/test_hostile.py): HYPOTHESIS_PROFILE=long
settings.register_profile(
    "long",
    deadline=None,
    max_examples=100_000,
    database=None,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
