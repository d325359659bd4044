"""Skeleton printer and validator for the boilerplate gold annotations.

Usage:
    python make_skeleton.py PATH [PATH ...]     print a skeleton for raw files
    python make_skeleton.py --check [RAW_DIR ...]
                                                validate every *.json here

Skeleton rows: line number n, 12-hex sha1 prefix of the stripped line, and the
first 20 characters of the line. The preview is for the annotator's eyes only;
it must never be written into the JSON gold files (dev article text is
third-party and must not be copied into the repository).

--check looks up each annotated file in the RAW_DIRs given (default: the
repository's corpus/raw, then /work/shared/corpus/raw) and verifies that every
non-blank line is annotated exactly once, that no blank/out-of-range line is
annotated, that the sha1 matches the current file, and that labels and reason
codes come from the documented sets.
"""
import glob
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
DEFAULT_RAW_DIRS = [os.path.join(REPO, "corpus", "raw"), "/work/shared/corpus/raw"]

LABELS = {"keep", "remove", "meta"}
REASONS = {
    "keep": {"body", "headline", "dateline", "author_credit", "body_with_junk"},
    "remove": {"app_prompt", "navigation", "subscribe_ad", "share", "copyright",
               "icp_footer", "vote_widget", "related_list", "image_caption",
               "photo_caption", "template", "title_repeat", "duplicate_body",
               "spam", "html_tag", "page_widget"},
    "meta": {"metadata"},
}


def sha12(stripped):
    return hashlib.sha1(stripped.encode("utf-8")).hexdigest()[:12]


def read_lines(path):
    """Yield (n, stripped_line, sha1_12) for every non-blank line of *path*."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        text = fh.read()
    for n, line in enumerate(text.split("\n"), start=1):
        s = line.rstrip("\r").strip()
        if s:
            yield n, s, sha12(s)


def find_raw(name, raw_dirs):
    for d in raw_dirs:
        p = os.path.join(d, name)
        if os.path.exists(p):
            return p
    return None


def check(raw_dirs):
    errors = 0
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    for jp in files:
        with open(jp, encoding="utf-8") as fh:
            doc = json.load(fh)
        name = doc["file"]
        problems = []
        if os.path.splitext(name)[0] != os.path.splitext(os.path.basename(jp))[0]:
            problems.append("file field does not match json name")
        raw = find_raw(name, raw_dirs)
        if raw is None:
            print(f"SKIP {name}: raw file not found")
            continue
        truth = {n: h for n, _, h in read_lines(raw)}
        seen = set()
        for e in doc["lines"]:
            n = e["n"]
            if n in seen:
                problems.append(f"line {n} annotated twice")
            seen.add(n)
            if n not in truth:
                problems.append(f"line {n} is blank or out of range")
            elif truth[n] != e["sha1"]:
                problems.append(f"line {n} sha1 mismatch")
            if e["label"] not in LABELS:
                problems.append(f"line {n} bad label {e['label']!r}")
            elif e["reason"] not in REASONS[e["label"]]:
                problems.append(f"line {n} reason {e['reason']!r} not valid for {e['label']}")
            if set(e) != {"n", "sha1", "label", "reason"}:
                problems.append(f"line {n} unexpected keys {sorted(e)}")
        missing = sorted(set(truth) - seen)
        if missing:
            problems.append(f"unannotated lines {missing}")
        if problems:
            errors += 1
            print(f"FAIL {name}: " + "; ".join(problems))
        else:
            counts = {}
            for e in doc["lines"]:
                counts[e["label"]] = counts.get(e["label"], 0) + 1
            print(f"ok   {name}: {len(truth)} lines {counts}")
    print(f"{len(files)} files, {errors} failing")
    return 1 if errors else 0


def main(argv):
    if len(argv) > 1 and argv[1] == "--check":
        return check(argv[2:] or DEFAULT_RAW_DIRS)
    for path in argv[1:]:
        print("#", path)
        for n, s, h in read_lines(path):
            print(f"{n}\t{h}\t{s[:20]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
