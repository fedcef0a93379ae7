"""dateline: news articles -> evidence-linked event data.

>>> import dateline
>>> analysis = dateline.analyze("KABUL, Afghanistan (AP) - ...")   # doctest: +SKIP
>>> record = dateline.to_dict(analysis)                             # the contract's JSON
"""

from __future__ import annotations

from dateline.errors import DatelineError, InputError
from dateline.ingest import make_article, read_inputs
from dateline.model import (
    Analysis,
    Article,
    Claim,
    Dateline,
    Entity,
    Event,
    EventDate,
    Framing,
    Location,
    Notice,
    Quote,
    Sourcing,
    Span,
    Speaker,
)  # fmt: skip
from dateline.pipeline import Failure, Pipeline, analyze, analyze_many
from dateline.serialize import from_dict, to_dict

__version__ = "0.1.0"

__all__ = [
    "Analysis", "Article", "Claim", "Dateline", "DatelineError", "Entity", "Event", "EventDate",
    "Failure", "Framing", "InputError", "Location", "Notice", "Pipeline", "Quote", "Sourcing",
    "Span", "Speaker", "__version__", "analyze", "analyze_many", "from_dict", "make_article",
    "read_inputs", "to_dict",
]  # fmt: skip
