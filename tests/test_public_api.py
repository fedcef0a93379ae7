from __future__ import annotations

import inspect

import dateline


def test_all_is_complete_and_importable() -> None:
    public = {name for name, obj in vars(dateline).items()
              if not name.startswith("_") and not inspect.ismodule(obj)}
    assert public - {"annotations"} <= set(dateline.__all__) | {"annotations"}
    for name in dateline.__all__:
        assert hasattr(dateline, name), name


def test_analyze_text_and_many(pipeline: object) -> None:
    text = ("ROME (Demo Wire) - The fictional harbour council agreed on Monday to reopen the "
            "terminal, its chair Ada Ferri said.")
    one = dateline.analyze(text)
    assert one.article.dateline is not None and one.article.dateline.place == "Rome"
    many = list(dateline.analyze_many([text, "", dateline.make_article(text, id="x")]))
    assert [a.article.id for a in many][-1] == "x"
    record = dateline.to_dict(one)
    assert dateline.to_dict(dateline.from_dict(record)) == record
