"""The segment and entities stages: sentences, words, rule entities and NER.

``segment`` splits the clean text into sentences (the extractors' unit of evidence).
``entities`` tags rule entities (DATE, TIME, COUNT, MONEY, PERCENT, TITLE, HONOR) over
the whole text and runs the configured NER backend (PER, ORG, LOC) only on sentences
where people or organizations matter to the extractors, which keeps the stage fast.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.document import Document, Entity
from pipeline.errors import ConfigError

#: Where the model's people can become records: sentences with a role trigger of the
#: speaker extractor (models/patterns/extraction.json, "roles").  Names found there also
#: count at their bare mentions elsewhere, so the model need not see every sentence.
NER_TRIGGER_SECTION = "roles"


def ner_trigger_pattern(patterns_dir: str) -> re.Pattern[str]:
    """One regex of every role trigger word (longest first)."""
    import json
    from pathlib import Path

    data = json.loads((Path(patterns_dir) / "extraction.json").read_text(encoding="utf-8"))
    words = {w for role, triggers in data[NER_TRIGGER_SECTION].items() if not role.startswith("_") for w in triggers}
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


class SegmentStage:
    name = "segment"
    requires = ("clean_text",)
    provides = ("sentences",)

    def __init__(self, config: dict[str, Any]) -> None:
        from pipeline.segment import Segmenter

        self.segmenter = Segmenter(config["lexicons_dir"])
        self.with_words = bool(config["segment"]["words"])

    def __call__(self, doc: Document) -> Document:
        doc.sentences = self.segmenter.split_sentences(doc.clean_text)
        if self.with_words:
            doc.tokens = self.segmenter.words(doc.clean_text)
        return doc


def load_ner(spec: str) -> Any:
    """A NER backend from ``crf:PATH``, ``hanlp:PATH_OR_ID`` or ``none`` (returns None)."""
    kind, _, target = spec.partition(":")
    if kind == "none":
        return None
    if kind == "crf":
        from pipeline.entities.ner import CrfNer

        return CrfNer.from_disk(target)
    if kind == "hanlp":
        from pipeline.entities.hanlp_backend import HanlpNer

        return HanlpNer.load(target)
    raise ConfigError(f"ner.backend: unknown backend {kind!r} in {spec!r} (use crf:PATH, hanlp:PATH_OR_ID or none)")


class EntityStage:
    name = "entities"
    requires = ("clean_text", "sentences")
    provides = ("entities",)

    def __init__(self, config: dict[str, Any]) -> None:
        from pipeline.entities.rules import RuleTagger

        self.rules = RuleTagger.from_config(config)
        self.ner = load_ner(config["ner"]["backend"])
        self.ner_worthy = ner_trigger_pattern(config["patterns_dir"])

    def __call__(self, doc: Document) -> Document:
        text = doc.clean_text
        entities: list[Entity] = list(self.rules.tag(text))
        if self.ner is not None:
            spans = [(s, e) for s, e in doc.sentences if self.ner_worthy.search(text, s, e)]
            results = self.ner.predict_spans([text[s:e] for s, e in spans])
            for (s, _e), found in zip(spans, results, strict=True):
                for start, end, label in found:
                    entities.append(Entity(label, text[s + start : s + end], s + start, s + end, "model"))
        entities.sort(key=lambda e: (e.start, -e.end))
        doc.entities = entities
        return doc

