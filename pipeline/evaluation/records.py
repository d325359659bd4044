"""Score extracted records against gold files (``corpus/gold/<stem>.json``).

Fields and how items match (greedy one-to-one within an article):
- ``speakers``: by name; ``speaker_title``: exact title among matched speakers whose gold
  title is set; ``speaker_roles``: (name, role) pairs;
- ``awards``: count equal and honour equal after dropping quotes/spaces (or one contains
  the other);
- ``funding``: currency equal and amount within 0.5 %;
- ``meetings``: names sharing at least half their characters; for matched meetings the
  values ``meeting_date``, ``meeting_host`` (host name) and ``meeting_attendees`` are
  scored as predictions (a non-null predicted value is right or wrong; a non-null gold
  value is found or missed).
- diagnostics, outside ``overall``: ``published``, the article's publication date (the day
  only), scored like a meeting value (meeting years and relative dates rest on it);
  ``meeting_organizer`` and ``meeting_location`` of matched meetings, compared without
  spaces and quote marks.
Each field gets precision, recall and F1; ``overall`` is the mean F1 of :data:`FIELDS`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIELDS = (
    "meetings",
    "meeting_date",
    "meeting_host",
    "meeting_attendees",
    "speakers",
    "speaker_title",
    "speaker_roles",
    "awards",
    "funding",
)
#: Scored and printed but not part of ``overall`` (the record fields the issue defines).
DIAGNOSTIC_FIELDS = ("published", "meeting_organizer", "meeting_location")
# Meeting names that share this share of characters (of the shorter) are the same meeting.
MEETING_NAME_OVERLAP = 0.5
AMOUNT_TOLERANCE = 0.005


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    counts: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS + DIAGNOSTIC_FIELDS})
    mismatches: list[dict[str, Any]] = field(default_factory=list)
    docs: int = 0

    @property
    def overall(self) -> float:
        return sum(self.counts[f].f1 for f in FIELDS) / len(FIELDS)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            f: {"precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4),
                "tp": c.tp, "fp": c.fp, "fn": c.fn}
            for f, c in self.counts.items()
        }
        out["overall"] = round(self.overall, 4)
        out["docs"] = self.docs
        return out


def _norm(text: str | None) -> str:
    return re.sub(r"[\s“”「」『』\"'《》]", "", text or "")


def _honor_match(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    return bool(a and b) and (a == b or a in b or b in a)


def _name_overlap_score(a: str, b: str) -> float:
    """How closely two meeting names agree: one inside the other scores 1 plus the share of the longer it covers
    (the same name scores 2), otherwise the share of the smaller set of characters the two have in common."""
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return 1.0 + min(len(a), len(b)) / max(len(a), len(b))
    return len(set(a) & set(b)) / min(len(set(a)), len(set(b)))


def _name_overlap(a: str, b: str) -> bool:
    return _name_overlap_score(a, b) >= MEETING_NAME_OVERLAP


def _match(
    gold: list[dict[str, Any]],
    pred: list[dict[str, Any]],
    same: Callable[[dict[str, Any], dict[str, Any]], bool],
    score: Callable[[dict[str, Any], dict[str, Any]], float] | None = None,
) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Pair gold and predicted items that are the `same`. With a `score`, the closest pairs are taken first (then
    gold order, then predicted order): a gold 会见 is not paired with a predicted 座谈会 that merely shares 会 when
    the page's 座谈会 is in the gold too, which would swap the two meetings' dates and hosts. Without one, each gold
    item takes the first free predicted item in order."""
    if score is not None:
        candidates = sorted(
            ((-score(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if same(g, p)),
        )
        gold_taken: dict[int, int] = {}
        pred_taken: set[int] = set()
        for _, i, j in candidates:
            if i not in gold_taken and j not in pred_taken:
                gold_taken[i] = j
                pred_taken.add(j)
        pairs = [(g, pred[gold_taken[i]]) for i, g in enumerate(gold) if i in gold_taken]
        missed = [g for i, g in enumerate(gold) if i not in gold_taken]
        return pairs, missed, [p for j, p in enumerate(pred) if j not in pred_taken]
    pairs = []
    free = list(pred)
    missed = []
    for g in gold:
        hit = next((p for p in free if same(g, p)), None)
        if hit is None:
            missed.append(g)
        else:
            free.remove(hit)
            pairs.append((g, hit))
    return pairs, missed, free


def _score_value(counts: Counts, gold_value: Any, pred_value: Any) -> bool:
    """One scalar field of a matched pair; returns whether it is right."""
    if pred_value is not None and gold_value is not None and pred_value == gold_value:
        counts.tp += 1
        return True
    if pred_value is not None:
        counts.fp += 1
    if gold_value is not None:
        counts.fn += 1
    return pred_value is None and gold_value is None


def score_article(stem: str, gold: dict[str, Any], pred: dict[str, Any], report: Report) -> None:
    c = report.counts
    report.docs += 1

    def miss(field_name: str, kind: str, item: Any) -> None:
        report.mismatches.append({"doc": stem, "field": field_name, "kind": kind, "item": item})

    gold_day, pred_day = (v[:10] if isinstance(v, str) else None for v in (gold.get("published"), pred.get("published")))
    if not _score_value(c["published"], gold_day, pred_day) and (gold_day or pred_day):
        miss("published", "wrong", {"gold": gold_day, "pred": pred_day})

    # Speakers
    pairs, missed, extra = _match(gold["speakers"], pred.get("speakers", []), lambda g, p: _norm(g["name"]) == _norm(p["name"]))
    c["speakers"].tp += len(pairs)
    c["speakers"].fn += len(missed)
    c["speakers"].fp += len(extra)
    for g in missed:
        miss("speakers", "missed", g["name"])
    for p in extra:
        miss("speakers", "spurious", p["name"])
    gold_roles = {(g["name"], r) for g in gold["speakers"] for r in g["roles"]}
    pred_roles = {(p["name"], r) for p in pred.get("speakers", []) for r in p["roles"]}
    c["speaker_roles"].tp += len(gold_roles & pred_roles)
    c["speaker_roles"].fn += len(gold_roles - pred_roles)
    c["speaker_roles"].fp += len(pred_roles - gold_roles)
    # Roles of people missed or invented altogether are already counted as speaker mismatches.
    matched = {g["name"] for g, _ in pairs}
    for name, role in sorted(gold_roles - pred_roles):
        if name in matched:
            miss("speaker_roles", "missed", f"{name} {role}")
    for name, role in sorted(pred_roles - gold_roles):
        if name in matched:
            miss("speaker_roles", "spurious", f"{name} {role}")
    for g, p in pairs:
        if g.get("title"):
            if _norm(p.get("title")) == _norm(g["title"]):
                c["speaker_title"].tp += 1
            else:
                c["speaker_title"].fn += 1
                if p.get("title"):
                    c["speaker_title"].fp += 1
                miss("speaker_title", "wrong", {"name": g["name"], "gold": g["title"], "pred": p.get("title")})
        elif p.get("title"):
            c["speaker_title"].fp += 1
            miss("speaker_title", "spurious", {"name": g["name"], "pred": p.get("title")})

    # Awards
    pairs, missed, extra = _match(
        gold["awards"], pred.get("awards", []), lambda g, p: g["count"] == p["count"] and _honor_match(g["honor"], p["honor"])
    )
    c["awards"].tp += len(pairs)
    c["awards"].fn += len(missed)
    c["awards"].fp += len(extra)
    for g in missed:
        miss("awards", "missed", f"{g['count']}{g['unit']} {g['honor']}")
    for p in extra:
        miss("awards", "spurious", f"{p['count']}{p['unit']} {p['honor']}")

    # Funding
    def same_money(g: dict[str, Any], p: dict[str, Any]) -> bool:
        return g["currency"] == p["currency"] and abs(float(g["amount"]) - float(p["amount"])) <= AMOUNT_TOLERANCE * max(
            1.0, abs(float(g["amount"]))
        )

    pairs, missed, extra = _match(gold["funding"], pred.get("funding", []), same_money)
    c["funding"].tp += len(pairs)
    c["funding"].fn += len(missed)
    c["funding"].fp += len(extra)
    for g in missed:
        miss("funding", "missed", f"{g['amount']} {g['currency']}")
    for p in extra:
        miss("funding", "spurious", f"{p['amount']} {p['currency']} ({p.get('text')})")

    # Meetings
    pairs, missed, extra = _match(gold["meetings"], pred.get("meetings", []), lambda g, p: _name_overlap(g["name"], p["name"]),
                                  score=lambda g, p: _name_overlap_score(g["name"], p["name"]))
    c["meetings"].tp += len(pairs)
    c["meetings"].fn += len(missed)
    c["meetings"].fp += len(extra)
    for g in missed:
        miss("meetings", "missed", g["name"])
        for key, gk in (("meeting_date", "date"), ("meeting_attendees", "attendee_count")):
            if g.get(gk) is not None:
                c[key].fn += 1
        if g.get("host"):
            c["meeting_host"].fn += 1
    for p in extra:
        miss("meetings", "spurious", p["name"])
    for g, p in pairs:
        for key, gv, pv in (
            ("meeting_date", g.get("date"), p.get("date")),
            ("meeting_host", (g.get("host") or {}).get("name"), (p.get("host") or {}).get("name")),
            ("meeting_attendees", g.get("attendee_count"), p.get("attendee_count")),
        ):
            if not _score_value(c[key], gv, pv) and (gv is not None or pv is not None):
                miss(key, "wrong", {"meeting": g["name"], "gold": gv, "pred": pv})
        for key, gk in (("meeting_organizer", "organizer"), ("meeting_location", "location")):
            gv, pv = (_norm(v) or None for v in (g.get(gk), p.get(gk)))
            if not _score_value(c[key], gv, pv) and (gv is not None or pv is not None):
                miss(key, "wrong", {"meeting": g["name"], "gold": g.get(gk), "pred": p.get(gk)})


def evaluate(predictions: dict[str, dict[str, Any]], gold_dir: Path, stems: list[str] | None = None) -> Report:
    """Score ``predictions`` (stem -> article record) against the gold files in ``gold_dir``."""
    report = Report()
    for path in sorted(gold_dir.glob("*.json")):
        stem = path.stem
        if stems is not None and stem not in stems:
            continue
        if stem not in predictions:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        score_article(stem, gold, predictions[stem], report)
    return report
