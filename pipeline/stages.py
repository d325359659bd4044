"""The segment and entities stages: sentences, words, rule entities and NER.

``segment`` splits the clean text into sentences (the extractors' unit of evidence).
``entities`` tags rule entities (DATE, TIME, COUNT, MONEY, PERCENT, TITLE, HONOR) over
the whole text and runs the configured NER backend (PER, ORG, LOC) only on sentences
where people or organizations matter to the extractors, which keeps the stage fast.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from pipeline.document import Document, Entity
from pipeline.errors import ConfigError

#: Where the model's people can become records: sentences with a role trigger of the
#: speaker extractor (models/patterns/extraction.json, "roles"; not its "verb_only_triggers",
#: common words such as 希望 and 提出 that would send the model to many sentences with no act
#: at a meeting).  Names found there also
#: count at their bare mentions elsewhere, so the model need not see every sentence.
NER_TRIGGER_SECTION = "roles"
#: The model tags a window of each such sentence, not all of it: from the start of the clause
#: before a trigger's clause to the end of the trigger's clause.  The speaker extractor reads
#: a person's roles after the name, in the rest of the name's clause and, failing that, the
#: next clause (``roles_after``, MAX_ROLE_CLAUSES = 2 in pipeline/extract/speakers/patterns.py), or
#: in a role label before the name in the trigger's clause (主持人：…赵红), so a name
#: outside every window gets no role of its own.  Clauses end at the extractor's clause ends
#: (the sentence ends 。！？ end the sentence).
NER_CLAUSE_END = re.compile("[，；,;]")
NER_CLAUSES_BEFORE = 1
#: Words after which a role is shared by every name listed before, from the start of the
#: sentence (甲，乙，丙先后致辞): a sentence holding one is tagged whole.  The same words as
#: ``_SHARED_ROLE`` of pipeline/extract/speakers/patterns.py (tests/entities/test_stage.py checks).
NER_SHARED_ROLE = re.compile("先后|分别|依次|相继")


def ner_trigger_pattern(patterns_dir: str) -> re.Pattern[str]:
    """One regex of every role trigger word (longest first)."""
    import json
    from pathlib import Path

    from pipeline.extract.common import longest_first

    data = json.loads((Path(patterns_dir) / "extraction.json").read_text(encoding="utf-8"))
    words = {w for role, triggers in data[NER_TRIGGER_SECTION].items() if not role.startswith("_") for w in triggers}
    return re.compile("|".join(map(re.escape, longest_first(words))))


def ner_windows(text: str, start: int, end: int, triggers: re.Pattern[str]) -> list[tuple[int, int]]:
    """``(start, end)`` offsets into ``text`` of the parts of the sentence ``text[start:end]``
    the model tags, in order: for each trigger, its clause and the :data:`NER_CLAUSES_BEFORE`
    clauses before it, overlapping or touching windows merged; the whole sentence when it
    holds a trigger and a :data:`NER_SHARED_ROLE` word.  ``[]`` when it holds no trigger."""
    found = list(triggers.finditer(text, start, end))
    if not found:
        return []
    if NER_SHARED_ROLE.search(text, start, end):
        return [(start, end)]
    cuts = [start] + [m.end() for m in NER_CLAUSE_END.finditer(text, start, end)]
    if cuts[-1] != end:
        cuts.append(end)
    # cuts[k] .. cuts[k + 1] is clause k (its closing punctuation included); a trigger
    # starting at p lies in clause bisect_right(cuts, p) - 1.
    windows: list[tuple[int, int]] = []
    for m in found:
        k = bisect.bisect_right(cuts, m.start()) - 1
        w_start, w_end = cuts[max(k - NER_CLAUSES_BEFORE, 0)], cuts[k + 1]
        if windows and w_start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], w_end))
        else:
            windows.append((w_start, w_end))
    return windows


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
            spans = [w for s, e in doc.sentences for w in ner_windows(text, s, e, self.ner_worthy)]
            results = self.ner.predict_spans([text[s:e] for s, e in spans])
            for (s, _e), found in zip(spans, results, strict=True):
                for start, end, label in found:
                    entities.append(Entity(label, text[s + start : s + end], s + start, s + end, "model"))
        entities.sort(key=lambda e: (e.start, -e.end))
        doc.entities = entities
        return doc

