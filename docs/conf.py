"""Sphinx configuration for fpcore's documentation."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE / "_ext"))

project = "fpcore"
author = "fpcore developers"
copyright = "2026, fpcore developers"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "fpcore_tables",
    "fpcore_birth_tables",
    "fpcore_sheets",
]
source_suffix = {".md": "markdown"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["_build", "_generated/README.md"]
html_theme = "furo"
html_title = "fpcore"
html_static_path = ["_static"]
html_css_files = ["fpcore.css"]
autodoc_typehints = "description"
autodoc_member_order = "bysource"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(decimal|datetime|fractions|typing|collections|enum|attrs|abc|builtins)(\..*)?"),
    (
        r"py:.*",
        r"(Decimal|Fraction|date|datetime|Final|Literal|TypeAlias|Iterable|Iterator|Callable)",
    ),
    (r"py:.*", r"(Attribute|Enum|IntEnum|Mapping|Sequence|Any|Self|T|object)"),
    (r"py:.*", r"(hypothesis|cattrs|pandas)(\..*)?"),
    (r"py:.*", r"InvalidArgument"),
    (r"py:.*", r"(SearchStrategy|Converter|DrawFn)"),
    (r"py:.*", r"dateutil(\..*)?"),
    (r"py:.*", r"fpcore(\.\w+)*\._\w+"),
]
suppress_warnings = ["myst.header"]


def _public_titles(app, doctree, docname):
    """Types and link tooltips name the public path (``fpcore.params.Citation``), not ``_model``."""
    import re

    from docutils import nodes

    private = re.compile(r"(fpcore(?:\.[a-z]\w*)*)\._[a-z]\w*")
    for ref in doctree.findall(nodes.reference):
        title = ref.get("reftitle", "")
        if "._" in title:
            ref["reftitle"] = private.sub(r"\1", title)
    for text in list(doctree.findall(nodes.Text)):
        if "._" in text and private.search(text):
            text.parent.replace(text, nodes.Text(private.sub(r"\1", str(text))))


def setup(app):
    app.connect("doctree-resolved", _public_titles)
