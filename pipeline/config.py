"""Defaults in one place, user configuration layered over them and validated up front.

A user config is a JSON file (``--config FILE``) with the same nested keys as
:data:`DEFAULTS`; unknown keys and wrongly typed values raise :class:`ConfigError`
naming the key, before any document is read.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = PROJECT_ROOT / "models"

DEFAULTS: dict[str, Any] = {
    # Stage order of the document pipeline; see pipeline.nlp.STAGE_FACTORIES.
    "stages": ["normalize", "boilerplate", "segment", "entities", "extract"],
    # Normalization steps, in order; see pipeline.normalize.STEPS.
    "normalize_steps": ["entities", "unicode", "mojibake", "pinyin", "spam", "punctuation", "unwrap", "t2s"],
    "limits": {
        # Documents larger than this are rejected with E_TOO_LARGE (bytes).
        "max_bytes": 20 * 1024 * 1024,
        # Lines longer than this are cut for the line classifier (characters); the text is kept.
        "max_line_chars": 20_000,
        # Wall-clock limit for one document in seconds (enforced by the batch runner).
        "doc_timeout_s": 60.0,
    },
    "segment": {
        # Also segment whole articles into words with jieba (doc.tokens); off by default
        # because jieba (~80k chars/s) would be the slowest stage and no extractor needs it.
        "words": False,
    },
    "ner": {
        # Backend spec: "crf:PATH" (shipped default), "hanlp:PATH_OR_ID", or "none".
        "backend": "crf:" + str(MODELS_DIR / "ner"),
    },
    "lexicons_dir": str(MODELS_DIR / "lexicons"),
    "patterns_dir": str(MODELS_DIR / "patterns"),
}


def _merge(base: dict[str, Any], override: dict[str, Any], path: str) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in override.items():
        where = f"{path}.{key}" if path else key
        if key not in base:
            raise ConfigError(f"unknown configuration key {where!r}")
        default = base[key]
        if isinstance(default, dict):
            if not isinstance(value, dict):
                raise ConfigError(f"configuration key {where!r} must be an object")
            out[key] = _merge(default, value, where)
        elif isinstance(default, bool) or not isinstance(value, type(default)):
            if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
                out[key] = float(value)
            elif type(value) is not type(default):
                raise ConfigError(
                    f"configuration key {where!r} must be {type(default).__name__}, got {type(value).__name__}"
                )
            else:
                out[key] = value
        else:
            out[key] = value
    return out


def load_config(path: str | Path | None = None, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Return the defaults with the JSON file at ``path`` and ``overrides`` layered on top."""
    config = copy.deepcopy(DEFAULTS)
    if path is not None:
        try:
            user = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ConfigError(f"cannot read configuration file {path}: {exc}") from exc
        if not isinstance(user, dict):
            raise ConfigError(f"configuration file {path} must hold a JSON object")
        config = _merge(config, user, "")
    if overrides:
        config = _merge(config, overrides, "")
    return config
