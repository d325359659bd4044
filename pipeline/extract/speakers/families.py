"""The reading families of the speakers' sentence loop, and the one scan of a sentence that tells which of them can read
anything there.

A family is a group of readings of ``SpeakerExtractor.__call__`` that look only inside the sentence (searched from its
start to its end, or in a stretch of it: the words before a name, the window after a name up to the next one) and each
of whose matches holds one of a few literal words: the required literals of its patterns
(``regex_gate.required_literals``).  One scan of a sentence naming someone for all those words
(:class:`SentenceFamilies`) gives the families that may read something there; the loop runs the readings of no other.
Where a family's words are not known (a pattern with no required literals), it is always run.

Why: the loop ran each of these readings with its own gate (a page-level test of its literals, or none: the search
itself, once per name) in every sentence naming someone; the scan of all their words costs under a microsecond per
sentence, and three sentences in four of the newspaper's articles hold none of them (0.3 words found per sentence).
The gain is small (the speakers' CPU 0.98-0.99x in an A/B in one process on 1,200 first-seen articles): each reading
gated was cheap already; the scan mostly makes the gates one declared table instead of a test written at each reading.

Known limitations: a reading that may look past the sentence (an anchored match right after a name reads on past its
end; the list of a label written over semicolons reads back from the line's start) is in no family and runs as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from pipeline.extract.speakers.patterns import (
    _AFTER_MEETING_INSIDE,
    _AMONG_THEM,
    _AMONG_THEM_INLINE,
    _CALL_STILL_AHEAD_BEFORE,
    _DEPARTMENT_AFTER_LABEL,
    _FOLLOWED_BEFORE,
    _GRANTED_BEFORE,
    _HONOURED_BEFORE,
    _HONOURED_LABEL,
    _INSIDE_QUOTED_SPEECH,
    _LECTURER_LABEL_BEFORE,
    _LISTED_AFTER_ROLE,
    _OUTSIDE_MEETING,
    _OWN_WIN_FRAME,
    _REPORT_GIVEN_THEN_DEPLOYS,
    _ROLE_LABEL_BEFORE,
    _SEGMENT,
    _SHARED_ROLE,
    _SHOWN_FILM,
    _TURN_COMES,
)
from pipeline.regex_gate import LiteralGated, any_literal, gate_literals

#: Each family: the words the loop tests for its readings and the patterns it searches inside the sentence (every match
#: of one holds one of its required literals).  The names are the ones ``__call__`` tests in the set the scan returns.
FAMILY_READINGS: dict[str, tuple[tuple[str, ...], tuple[re.Pattern[str] | LiteralGated, ...]]] = {
    "report": ((), (_REPORT_GIVEN_THEN_DEPLOYS,)),  # a report given, then its deployment clause
    "quoted_speech": ((), (_INSIDE_QUOTED_SPEECH,)),  # a name inside another's quoted words
    "department": ((), (_DEPARTMENT_AFTER_LABEL,)),  # a department after a representative label
    "segment": ((), (_SEGMENT,)),  # a segment of the programme opening the sentence (述职环节)
    "among": ((), (_AMONG_THEM, _AMONG_THEM_INLINE)),  # one of a group picked out by 其中
    "turn": ((), (_TURN_COMES,)),  # one whose turn comes (轮到)
    "outside": ((), (_OUTSIDE_MEETING,)),  # remarks on a visit before or after the meeting
    "film": ((), (_SHOWN_FILM,)),  # words on a film shown
    "after_meeting": ((), (_AFTER_MEETING_INSIDE,)),  # words after the meeting in a name's window
    "call_ahead": ((), (_CALL_STILL_AHEAD_BEFORE,)),  # an address still to come (还将请…)
    "followed": ((), (_FOLLOWED_BEFORE,)),  # remarks qualifying what is followed (领会…书记提出的)
    "honoured": ((), (_HONOURED_LABEL, _HONOURED_BEFORE, _GRANTED_BEFORE)),  # an honoured person's label before a name
    "own_win": ((), (_OWN_WIN_FRAME,)),  # the frame of one's own win before a name
    "role_label": ((), (_ROLE_LABEL_BEFORE,)),  # 主持人： before a name
    "lecturer_label": ((), (_LECTURER_LABEL_BEFORE,)),  # 主讲人： before a name
    "listed": ((), (_LISTED_AFTER_ROLE,)),  # a role written before a list of names (发言的还有…)
    "shared": ((), (_SHARED_ROLE,)),  # a role shared over a list (先后, 分别)
}


def _hidden_by(found: str, word: str) -> bool:
    """Whether an occurrence of ``word`` may go unreported by a scan that reports ``found`` (the scan's matches do not
    overlap, and at each position it reports the longest word starting there): ``word`` is ``found`` or a part of it,
    or it starts inside ``found`` and runs on past its end."""
    return word in found or any(word.startswith(found[i:]) for i in range(1, len(found)))


class SentenceFamilies:
    """The families of ``families`` (name -> its words; None: not known, always run) that may read something in a
    text: one scan for all their words.

    How it is exact: the scan (``findall`` of one alternation, longest first) reports, of the words occurring in the
    text, the leftmost at each place it reaches; a word occurring at a place it skips starts at or inside a word it
    reports (:func:`_hidden_by`), and so each word reported stands for the families of every word it may hide.  A family
    is left out only when none of its words occurs in the text; its readings, all of whose matches hold one of its
    words inside the text searched, then find nothing."""

    def __init__(self, families: Mapping[str, Iterable[str] | None]) -> None:
        words_of = {name: None if words is None else frozenset(words) for name, words in families.items()}
        #: The family names, and the families always run (their words not known).
        self.names = frozenset(words_of)
        self.always = frozenset(name for name, words in words_of.items() if words is None)
        words = {word for family in words_of.values() if family for word in family}
        self._scan = any_literal(words) if words else None
        self._families_of = {
            found: self.always | {name for name, family in words_of.items()
                                  if family and any(_hidden_by(found, word) for word in family)}
            for found in words
        }

    def __call__(self, text: str) -> frozenset[str]:
        """The families that may read something in ``text`` (a sentence's text)."""
        found = self._scan.findall(text) if self._scan is not None else ()
        if not found:
            return self.always
        if len(found) == 1:
            return self._families_of[found[0]]
        return frozenset().union(*(self._families_of[word] for word in set(found)))


def family_words() -> dict[str, frozenset[str] | None]:
    """The words of each family of :data:`FAMILY_READINGS` (None where a pattern's are not known)."""
    return {name: (None if (literals := gate_literals(words, patterns)) is None else frozenset(literals))
            for name, (words, patterns) in FAMILY_READINGS.items()}


#: The families of the loop of ``SpeakerExtractor.__call__``, built once.
SENTENCE_FAMILIES = SentenceFamilies(family_words())
