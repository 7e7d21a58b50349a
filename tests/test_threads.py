"""Lazy values of results are built once, correctly, when threads read them first together
(S1-2 of the reliability review: before the fix, ``Decision.checks`` raised ``TypeError`` in
this test: 7 of 72,000 reads on one run)."""

import sys
import threading
from datetime import date

from fpcore import PolicyBook, assess, default_book
from fpcore.synthetic import DINGNAN_2010, county

THREADS = 8


def test_eight_threads_reading_checks_first_get_the_same_checks():
    families = list(county(DINGNAN_2010.scaled(200), seed=1))
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter allows
    try:
        for _ in range(30):
            # a fresh book: nothing remembered from an earlier round
            book = PolicyBook(parameters=default_book().parameters, entries=default_book().entries)
            fresh = [
                assess("reward_assistance", f, on=date(2013, 1, 1), book=book) for f in families
            ]
            gate = threading.Barrier(THREADS)
            seen: list[list[object]] = [[] for _ in range(THREADS)]
            errors: list[BaseException] = []

            def read(
                slot: list[object],
                gate: threading.Barrier = gate,
                fresh: list[object] = fresh,
                errors: list[BaseException] = errors,
            ) -> None:
                gate.wait()
                for decision in fresh:
                    try:
                        slot.append(decision.checks)  # type: ignore[attr-defined]
                    except BaseException as exc:  # pragma: no cover - the failure reported
                        errors.append(exc)

            threads = [threading.Thread(target=read, args=(seen[i],)) for i in range(THREADS)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert errors == []
            for index, decision in enumerate(fresh):
                # built once: every thread holds the very tuple the decision keeps
                assert all(slot[index] is decision.checks for slot in seen)
                assert decision.checks and decision.checks[0].code.startswith("reward_assistance")
    finally:
        sys.setswitchinterval(old)
