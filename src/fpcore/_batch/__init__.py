"""The compiled batch path behind :mod:`fpcore.batch` (not part of the API; see there).

* ``_rows`` — the canonical household row, its validator, and the adapters from register rows
  and from :class:`~fpcore.family.Family` objects;
* ``_kernels`` — per programme, a compile step (constants per book, jurisdiction and date) and
  a row kernel that settles what it can in integer fen;
* ``_engine`` — chunked streaming, the scalar fallback, results and explanations on demand.
"""
