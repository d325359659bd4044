"""Regression snapshots: dump the records of tuning texts, diff two dumps."""

import json

from pipeline.evaluation import snapshot


def _write(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_diff_lists_only_changed_fields(tmp_path):
    base = {"id": "a", "part": "spec", "published": "2024-01-02", "meetings": [], "speakers": [],
            "awards": [], "funding": []}
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    _write(old, [base, {**base, "id": "b"}, {**base, "id": "a", "part": "dev"}])
    _write(new, [base, {**base, "id": "b", "funding": [{"amount": 5.0}]}, {**base, "id": "c"},
                 {**base, "id": "a", "part": "dev"}])
    changed = snapshot.diff(old, new)
    assert [(c["id"], sorted(c["fields"])) for c in changed] == [
        ("b", ["funding"]),
        ("c", ["awards", "funding", "meetings", "published", "speakers"]),
    ]
    assert changed[0]["fields"]["funding"] == {"old": [], "new": [{"amount": 5.0}]}
    assert changed[1]["fields"]["published"] == {"old": None, "new": "2024-01-02"}


def test_snapshot_record_keeps_sentence_and_start_of_evidence():
    record = {"published": None, "meetings": [{"name": "会", "evidence": {
        "text": "召开会。", "clean_start": 3, "clean_end": 7, "raw_start": 10, "raw_end": 14}}],
        "speakers": [], "awards": [], "funding": [], "title": "ignored"}
    out = snapshot.snapshot_record(record)
    assert out["meetings"][0]["evidence"] == {"text": "召开会。", "clean_start": 3}
    assert "title" not in out


def test_dump_of_the_specification_articles_never_reads_a_heldout_text(tmp_path):
    out = tmp_path / "snap.jsonl"
    n = snapshot.dump(out, ["spec", "dev"])
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(rows) >= 5  # (the five specification articles; the shared corpus adds its tuning part)
    heldout = snapshot._heldout_stems()
    assert not heldout & {r["id"] for r in rows}
    assert any(r["meetings"] for r in rows)
    assert snapshot.diff(out, out) == []
