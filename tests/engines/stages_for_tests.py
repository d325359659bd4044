"""A test-only stage registered in worker processes through the ``setup`` hook.

``misbehave`` does nothing to ordinary documents; a document whose raw text holds
``【慢】`` sleeps far past any test time limit, one holding ``【崩】`` kills its process
with exit code 7 (what a segfault in a C extension looks like to the parent).
"""

from __future__ import annotations

import os
import time
from typing import Any

from pipeline.document import Document
from pipeline.nlp import STAGE_FACTORIES

SLOW_MARK = "【慢】"
CRASH_MARK = "【崩】"
# Long enough that only the time limit can end it; short enough that a leaked process dies soon.
SLEEP_S = 60.0
CRASH_EXIT_CODE = 7


class Misbehave:
    name = "misbehave"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()

    def __call__(self, doc: Document) -> Document:
        # The raw text: boilerplate removal may drop a short marked line from the clean text.
        if SLOW_MARK in doc.raw_text:
            time.sleep(SLEEP_S)
        if CRASH_MARK in doc.raw_text:
            os._exit(CRASH_EXIT_CODE)
        return doc


def _misbehave(config: dict[str, Any]) -> Misbehave:
    return Misbehave()


def register() -> None:
    """Add the ``misbehave`` stage to the stage factories of this process."""
    STAGE_FACTORIES.setdefault("misbehave", _misbehave)
