"""Inputs shared by the tests that prove a gate exact: the tuning pages under ``corpus/`` and the stages
before extraction.

A gate test compares a gated reading with its plain one on every tuning page; the sealed ``corpus/heldout_*``
folders are left out so that no sealed page's text shows up in a failure message.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pipeline.config import PROJECT_ROOT, load_config
from pipeline.document import Document
from pipeline.extract.common import split_sentences
from pipeline.ingest import RawInput, to_document
from pipeline.nlp import Pipeline

#: Every raw text page under ``corpus/`` but the sealed sets.
REAL_FILES = sorted(path for path in Path(PROJECT_ROOT, "corpus").glob("**/raw/*.txt")
                    if not any(part.startswith("heldout") for part in path.parts))


def rules_only_pipeline() -> Pipeline:
    """The stages before extraction, with the rules alone (no NER model)."""
    nlp = Pipeline(load_config(overrides={"ner": {"backend": "none"}}))
    nlp.stages = [stage for stage in nlp.stages if stage.name != "extract"]
    return nlp


def random_texts(seed: int, count: int, pieces: list[str], longest: int = 30) -> list[str]:
    """``count`` seeded texts, each 1 to ``longest`` of ``pieces`` joined (so that random text tries both sides of a
    gate)."""
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, longest))) for _ in range(count)]


def prepared(nlp: Pipeline, text: str) -> Document | None:
    """``text`` run through ``nlp``; ``None`` when nothing is left to compare (a random string with no text after
    boilerplate removal, say)."""
    try:
        return nlp(to_document(RawInput("gate", text.encode("utf-8"), False, {})))
    except Exception:  # noqa: BLE001 (no text left after boilerplate: nothing to compare)
        return None


def read_alike(gated: Callable[..., Any], plain: Callable[..., Any], nlp: Pipeline, pages: Iterable[str],
               skipped: Callable[[Document, list], int] = lambda doc, sentences: 0) -> tuple[int, int]:
    """Assert that the ``gated`` extractor reads every page of ``pages`` (run through ``nlp``) as the ``plain`` one does.

    Returns what ``skipped(doc, sentences)`` counted over the pages (how often the gate left work out) and the number
    of pages that gave records, so that a test can check both sides of its gate were tried.
    """
    skips = found = 0
    for text in pages:
        doc = prepared(nlp, text)
        if doc is None:
            continue
        sentences = split_sentences(doc.clean_text)
        expected = plain(doc, sentences)
        assert gated(doc, sentences) == expected, text
        skips += skipped(doc, sentences)
        found += bool(expected)
    return skips, found
