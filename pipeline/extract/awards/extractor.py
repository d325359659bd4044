"""AwardExtractor: the awards records of a document, built on the modules beside it."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

try:  # the regex parser is public as sre_parse up to Python 3.10 and moved to re._parser in 3.11
    import re._constants as sre_constants
    import re._parser as sre_parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse as sre_parser  # type: ignore[no-redef]

from pipeline.document import Document
from pipeline.extract.awards.cleanup import AwardCleanup
from pipeline.extract.awards.lists import AwardLists
from pipeline.extract.awards.patterns import (
    _ABOUT_TAIL,
    _ACTING_AFTER,
    _AFTER_QUOTE,
    _AID_HONOR,
    _AIMED,
    _AIMED_LEVEL,
    _AIMED_PRAISE,
    _ALL_KINDS,
    _AMONG_THEM_AHEAD,
    _AMONG_THEM_NEXT_CLAUSE,
    _AMONG_THEM_SOON,
    _AND_WORD,
    _ANY_HOLDER,
    _APPLIED_AFTER,
    _APPLIED_FOR,
    _APPLYING_AFTER_COUNT,
    _APPOINTED,
    _APPRAISAL_GRADE,
    _APPROX_BEFORE,
    _APPROX_WORD_BEFORE,
    _ASIDE_LEAD,
    _AWARD_VERB,
    _BAN_HOLDERS,
    _BARE_GRADE_OPENING,
    _BARE_HUNDRED,
    _BARE_MEDALS,
    _BARE_TOKENS,
    _BATCH,
    _BEFORE_ITEM_COUNT,
    _BLAME_LABEL,
    _BODIES_JOINED,
    _BODIES_NAMED,
    _BODY_HOLDER_HEAD,
    _BODY_WORDS_AT,
    _BODY_YEAR_PREFIX,
    _BUILT,
    _BUILT_IN_CLAUSE,
    _BUILT_QUOTED,
    _CANDIDACY,
    _CARING_CONFERRED_AFTER,
    _CARING_CONFERRED_BEFORE,
    _CARING_HOLDERS,
    _CATEGORY,
    _CATEGORY_AHEAD,
    _CEREMONY_OF_PRIZE,
    _CERTIFICATE_ONLY,
    _CERTIFICATE_WORDS,
    _CHOSEN_AS_VERBS,
    _CITATION,
    _CLASS_PREFIX,
    _CLASS_WORD,
    _CLAUSE_END_AHEAD,
    _CLAUSE_IN_ITEM,
    _CLAUSE_NOT_HONOR,
    _CLAUSE_TO_END,
    _COLLECTIVE_WORD,
    _COLLECTIVES_AND_INDIVIDUALS,
    _COMMA_OPENING,
    _COMMENDED_ELSEWHERE,
    _COMMENDED_OBJECT,
    _COMMENDED_WORDS,
    _COMPARED,
    _COMPLETION_WORD,
    _CONFERRAL_CLOSING,
    _CONFERRAL_NAMED,
    _CONFERRAL_OF_OBJECTS,
    _CONFERRED_AFTER,
    _CONFERRED_BATCH,
    _CONFERRED_DONE,
    _CONFERRED_IN,
    _CONFERRED_IN_AHEAD,
    _CONFERRED_LATER,
    _CONFERRED_ON_THEM,
    _CONFERRING_BETWEEN,
    _CONFERRING_END,
    _CONFERRING_PREFIX,
    _CONFERRING_SUBJECT,
    _CONFERRING_WORD,
    _CONTENDED_AFTER,
    _CONTENDED_PRIZE,
    _CONTENDED_REST,
    _CONTEST,
    _CONTEST_FRAME_GRADE,
    _CONTEST_RESULT_TAIL,
    _CONTEST_WON,
    _COPULA_AFTER_HOLDERS,
    _COUNT_GOT_QUOTED,
    _COUNT_IN,
    _COUNT_IN_NAME,
    _COUNTED_HONOR_PIECE,
    _COUNTED_OBJECTS,
    _COUNTED_SERIES,
    _COUNTED_TAIL,
    _CUMULATIVE,
    _DE_TAIL,
    _DECIDED_PRIZE_TITLE,
    _DECORATION_HOLDERS_END,
    _DECORATIONS_BEFORE_BARE,
    _DEEDS_END,
    _DEMONSTRATIVE_OPENING,
    _DESCRIBED,
    _DESIGNATED_LIST_PUBLISHED,
    _DESIGNATED_OBJECT,
    _DESIGNATED_PASSIVE,
    _DESIGNATING,
    _DESIGNATING_AFTER_OBJECT,
    _DESIGNATING_VERBS,
    _DESIGNATION_NAME,
    _DIGIT,
    _DUAL_UNIT,
    _EACH_HOLDER,
    _EARLIER_EDITION_HOLDERS,
    _EDITION,
    _EDITION_OR_YEAR_BEFORE_QUOTE,
    _EDITION_PREFIX,
    _ELIDED_HOLDER,
    _ENDS_IN_REPRESENTATIVES,
    _ENTERED_AFTER,
    _ENTRANT_VERBS,
    _ENTRIES_RECEIVED,
    _EVENT_BEFORE_PRIZE,
    _EVENT_TOTAL,
    _FETED_EARLIER_IN_CLAUSE,
    _FETED_ELSEWHERE_AFTER,
    _FIRST_OR_NTH_EDITION,
    _FOLLOWING_WORD,
    _FOR_BEFORE_COUNT,
    _FOR_HOLDERS,
    _FOR_HOLDERS_DESCRIBED,
    _FORMER_STATE_BEFORE,
    _FRAME_AFTER,
    _FRAME_THEN_PART,
    _GENERIC_WINNERS,
    _GIVEN_OUT,
    _GIVEN_PREFIX,
    _GOT_BARE,
    _GRADE_ITSELF,
    _GRADE_NAMED,
    _GRADE_NUMERAL,
    _GRADE_TAIL,
    _GRADE_WITHIN,
    _GRADE_WON,
    _GRADE_WON_AFTER,
    _GRADE_WORD,
    _GRADE_WORDS,
    _GRADED_WORD,
    _GRADES_AWARDED,
    _GRADES_LIST_LEAD,
    _GRADES_SET_UP,
    _GRADING_EXERCISE,
    _GRANT_JOINED,
    _GRANTED_AFTER_APPLYING,
    _GREW_INTO_AFTER,
    _GROUP_NAMED,
    _HANDING_VERB_INSIDE,
    _HAVING_PREFIX,
    _HAVING_TWO_LEFT,
    _HOLDER_ENDED,
    _HOLDER_HEAD,
    _HOLDER_HEADS,
    _HOLDER_KIND_NAMED,
    _HOLDER_LEVEL,
    _HOLDERS_AFTER,
    _HOLDERS_AFTER_TOKEN,
    _HOLDERS_CHOSEN_AS,
    _HOLDERS_COUNTED,
    _HOLDERS_DEEDS_RELEASED,
    _HOLDERS_DESCRIBED_AFTER,
    _HOLDERS_ETC,
    _HOLDERS_FETED,
    _HOLDERS_KIN_AFTER,
    _HOLDERS_KIN_NAMED_AFTER,
    _HOLDERS_WITH_KIN_ATTEND,
    _HOLDING,
    _HOLDING_CUE,
    _HOLDING_NOW,
    _HONOR_CHARS,
    _HONOR_PIECE,
    _HONOR_TAIL,
    _HONORARY_DEGREE,
    _HONOUR_FILLER_PREFIX,
    _HONOURED_BEFORE,
    _HONOURS_SPLIT,
    _ITEM_CLOSED,
    _ITEM_CONTINUED,
    _ITEM_COUNT_CLOSING,
    _ITEM_GAP,
    _ITEM_HONOUR_BEFORE,
    _ITEM_OWN_TOTAL,
    _ITEMS_AFTER_TOTAL,
    _ITEMS_COUNTED,
    _ITEMS_GRANT_BEFORE,
    _ITEMS_NOT_PROJECTS,
    _ITEMS_VERB,
    _JOINED_GRADES,
    _JOINED_PLAIN,
    _JOINED_QUOTE_ITEM,
    _JOINED_QUOTES,
    _JOINED_TOKEN,
    _JOINER,
    _JOINER_END,
    _JOINING,
    _KEEPSAKE_AHEAD,
    _LATIN_LETTERS,
    _LEADING_CONNECTOR,
    _LEADING_HOUSEHOLD,
    _LEADING_VERB,
    _LEVEL_BEFORE_QUOTE,
    _LEVEL_HONOR_TITLE,
    _LEVEL_OPENING,
    _LEVEL_OPENING_HONOUR,
    _LEVEL_WORD,
    _LINE_HONOR,
    _LINE_NUMBER,
    _LIST_AFTER_COUNT,
    _LIST_AFTER_QUOTE,
    _LIST_GOES_ON_TAIL,
    _LIST_NOTICED_BEFORE,
    _LIST_PUBLISHED,
    _LIST_WORD_AHEAD,
    _LISTED_CONFERRED,
    _LISTED_NOT_YET,
    _MEDAL_END,
    _MEDAL_GRADE,
    _MEMBERS_AFTER_QUOTE,
    _MEMBERS_CERTIFIED,
    _MERIT,
    _MERIT_CITATION,
    _MERIT_LABEL,
    _MERIT_OR_COMMENDATION,
    _MERIT_WORD,
    _MERIT_WORKS,
    _MIXED_HONOR,
    _MIXED_RECIPIENTS,
    _MONEY_BEFORE,
    _MONEY_IN_HONOR,
    _MONEY_TO_EACH_TAIL,
    _NAMED_FOR_COUNTS,
    _NAMED_HOLDERS,
    _NAMED_SCHOLARSHIP_GIVEN,
    _NAMES_BEFORE_ETC,
    _NO_NOUN_AFTER,
    _NOMINATED_AFTER,
    _NOMINATED_IN,
    _NOMINATION_AFTER_QUOTE,
    _NOMINEES_PRIZE_AFTER,
    _NOT_A_PRIZE_WORD,
    _NOT_AN_HONOR,
    _NOT_CONFERRED_LIST,
    _NOT_HONOUR_ITEM,
    _NOT_SECOND_HOLDERS,
    _NOTICE_AFTER,
    _NOUN_AFTER,
    _OBJECTS_MADE,
    _OCCASION_PREFIX,
    _ON_LIST_BEFORE_QUOTE,
    _ONCE_BEFORE,
    _ONCE_CONFERRED,
    _ONCE_GOT_AFTER,
    _ONCE_RECEIVED,
    _ONE_AS_WORD,
    _ONE_CHAR_LEVEL_QUOTE,
    _OPTIONAL_JOINER,
    _ORG_HONOR,
    _ORIGIN_BEFORE,
    _ORIGIN_BEFORE_QUOTE,
    _ORIGIN_MODIFIER,
    _OTHER_ACT_BEFORE_COUNT,
    _OTHER_PERIOD_CHOSEN,
    _PAID_AFTER,
    _PASS_GRADE,
    _PEOPLE_BEFORE_BODIES,
    _PEOPLE_PRIZES_AFTER,
    _PEOPLE_THEN_BODIES,
    _PERIOD_PREFIX,
    _PERSON_DESIGNATION_NAME,
    _PERSON_HOLDER_HEAD,
    _PERSON_NOUN,
    _PINNED_MEDAL,
    _PINNED_PLAIN_MEDAL,
    _PLACE_VALUE_AFTER,
    _PLACES_FILLED,
    _PLAIN_HOLDERS,
    _PLAIN_HONOR,
    _PLAIN_NOUN_END,
    _PLANNED,
    _PLANNED_AFTER_COUNT,
    _PLAQUE_HANDED_WITH_LE,
    _PLAQUE_ONLY_AFTER,
    _PLAQUES_AFTER,
    _PLAQUES_END,
    _PRAISE_WORD,
    _PRAISED_MEMBERS,
    _PRIZE_BEFORE_HOLDERS,
    _PRIZE_CEREMONY_WORD,
    _PRIZE_CONTEXT_WORD,
    _PRIZE_ENTRY_TAIL,
    _PRIZE_GIVING_NOUNS,
    _PRIZE_GRADE,
    _PRIZE_HOLDERS,
    _PRIZE_HOLDERS_TAIL,
    _PRIZE_NAME,
    _PRIZE_NAMED_IN_FULL,
    _PRIZE_OPENING,
    _PRIZE_OPENING_SENTENCE,
    _PRIZE_OR_MEDAL,
    _PRIZE_REWARDS_HOLDERS,
    _PRIZE_TOKENS,
    _PRIZE_WINNERS_END,
    _PRIZE_WORD,
    _PRIZE_WORKS,
    _PRIZE_WORKS_CHOSEN,
    _PRIZES_HANDED,
    _PRIZES_SET_UP,
    _PROFILE,
    _PROFILE_BROKEN,
    _PROPOSED_IN_LIST,
    _PROPOSED_LIST,
    _PUT_FORWARD_END,
    _QUOTA,
    _QUOTE_CLOSE,
    _QUOTE_MARK,
    _QUOTE_OPEN,
    _QUOTED_BODY_END,
    _QUOTED_ETC,
    _QUOTED_HONOR,
    _QUOTED_HONOR_AFTER,
    _QUOTED_ITEM,
    _QUOTED_ITEM_HONOR,
    _QUOTED_JOINER,
    _QUOTED_PERSON_END,
    _QUOTED_PRIZE,
    _QUOTED_WHOLE,
    _QUOTED_WINNERS_AFTER,
    _QUOTES,
    _RANK_BEFORE,
    _RANK_DESCRIPTOR,
    _RANK_TAIL,
    _RANKING_CONFERRED_BEFORE,
    _RANKING_JOINED_DAY,
    _RANKING_NAME,
    _RANKING_TITLE,
    _RANKS_OF_HONOUR,
    _RATED_FACILITY,
    _RATING_WORD,
    _RECEIVED_AFTER,
    _RECEIVED_IN,
    _RECEIVED_QUOTE,
    _RECEIVED_VERB_AFTER,
    _RECEIVING,
    _RECEIVING_REPEATED_IN,
    _RECIPIENT_HEAD,
    _RECIPIENTS_BEFORE_COUNT,
    _RECIPIENTS_BEFORE_TITLE,
    _RECORDED_COMMENDATION,
    _REFERRED_CONFERRING,
    _REFERRED_ON_LIST,
    _REFERRED_RECEIVING,
    _REFERRED_TALLY,
    _REFERRED_WORDS,
    _REGION_LEVEL_PREFIX,
    _RELATIVE_YEAR,
    _RELEASE_CEREMONY,
    _REPEATED_RECEIVING,
    _REPEATED_WIN,
    _REPRESENTATIVE_ACTING,
    _REPRESENTATIVE_ON_STAGE,
    _REPRESENTATIVE_OR_NOMINATED,
    _REPRESENTATIVES_AFTER,
    _RETAINED,
    _REWARD_GIVEN,
    _REWARD_TAIL,
    _REWARD_VERB_AFTER,
    _REWARD_VERB_BEFORE,
    _REWARDED,
    _SANCTION,
    _SCHEME,
    _SCHEME_AFTER_QUOTE,
    _SCOPE,
    _SCOPE_AFTER_COUNT,
    _SCOPE_BEFORE_BEST_TEN,
    _SCOPE_BEFORE_PRIZE,
    _SCOPE_COUNT,
    _SCOPE_OPENING,
    _SCOPE_WORD,
    _SECOND_UNIT,
    _SELECTED,
    _SELECTED_INTO,
    _SELECTED_PREFIX,
    _SENTENCE_MARKS,
    _SERVICE_YEARS_PREFIX,
    _SET_UP,
    _SET_UP_ATTRIBUTE,
    _SET_UP_CONFERRED,
    _SET_UP_DONE_AFTER,
    _SET_UP_END,
    _SET_UP_WON_AFTER,
    _SHARE_AFTER,
    _SHORT_QUOTE,
    _SHORTLIST,
    _SHORTLISTED_AFTER,
    _SIBLING_BEFORE,
    _SIBLING_NEXT,
    _SINCE_FOUNDED,
    _SINGLE_QUOTED,
    _SITES_CHECKED,
    _SPORTS_FRAME,
    _STAR_BY_SERVICE,
    _STAR_CHOSEN,
    _STAR_LEVEL,
    _STAR_RATED_BUSINESS,
    _STOCK_WITH_NEW,
    _TALLY,
    _TALLY_LEAD,
    _TALLY_TAIL,
    _TEAM_PRIZE,
    _THING_HONOR,
    _THIS_EDITION,
    _THIS_OCCASION,
    _THIS_PRIZE,
    _THIS_TIME,
    _TIME_AHEAD,
    _TIME_BEFORE_THIS_PRIZE,
    _TIME_SCOPE,
    _TITLE_CONTENDED_AFTER,
    _TITLE_OF_COUNT_AHEAD,
    _TITLE_PIECE,
    _TITLE_QUOTED,
    _TITLE_WORD_TAIL,
    _TOKEN_AFTER,
    _TOKEN_GIVEN_TO_PREFIX,
    _TOKEN_GRADE_ITEM,
    _TOKEN_HANDED_BEFORE,
    _TOKEN_WORD,
    _TOPIC_HONOUR_COUNT,
    _TOTAL_BEFORE,
    _TROPHY_WORDS,
    _TW_COMMENDATION_TIMES,
    _TW_GRADE_ITEM,
    _TW_MERIT,
    _TW_MERIT_HOLDERS,
    _TW_MERIT_WORD,
    _UNNAMED_TITLE,
    _UP_TO_DE,
    _VERB_LED_DESCRIPTION,
    _VERB_OPENS,
    _VOUCHED_HONOR,
    _WEAK_HEADS,
    _WHOLE,
    _WHOLE_BELOW_NATION,
    _WHOLE_OR_JOINER_END,
    _WHOLE_QUOTED_ITEM,
    _WINNER_NOUNS,
    _WINNERS_AFTER_PRIZE,
    _WINNERS_DESCRIBED,
    _WINNERS_FETED,
    _WINNERS_SETTLED,
    _WINNERS_WORDS,
    _WITHDRAWN,
    _WITHDRAWN_DESCRIBES,
    _WITHIN_BEFORE_ITEMS,
    _WON_BARE,
    _WON_ELSEWHERE,
    _WON_IN_PREFIX,
    _WON_OVER_YEARS,
    _WON_PREFIX,
    _WORD_ENDING_JI,
    _WORDS_BEFORE_QUOTE,
    _WORKS_AUTHORS_TAIL,
    _WORKS_BEFORE_COUNT,
    _WORKS_CONFERRED,
    _WORKS_NOT_WON,
    _WORKS_WON,
    _YEAR_OPENING,
    _YEAR_PREFIX,
    _YEAR_WORD_PREFIX,
    _YEAR_WORD_QUOTE,
    APPOINTED_WITHIN,
    CONTEST_BEFORE,
    MEDAL_GRADE_WITHIN,
    NUM,
    REFERRED_WITHIN,
    TOTAL_WORD_BEFORE,
    _commended_at,
    _fields_joined,
    _joined_honours,
    _kind_mismatch,
    _levels_side_by_side,
    _line_list_conferred,
    _list_proposed,
    _pair_by_kind,
    _pairs_in_order,
    _prize_before_within,
    _quote_view,
    _quoted_in,
    _written_quoted,
)
from pipeline.extract.awards.periods import AwardPeriods
from pipeline.extract.common import (
    PRIZE_GRADES,
    TAIWAN,
    Lexicons,
    Sentence,
    clause_bounds,
    end_before,
    evidence,
    first_char_gated,
    literal_gated,
    start_after,
)
from pipeline.regex_gate import LiteralGated, any_literal, gate_literals
from pipeline.values import parse_number

# A plaque handed right after a designation's name (…企业授牌, …颁发牌匾): the designation conferred by plaque.
_PLAQUE_HANDED = re.compile(r"(?:授牌|颁牌|颁发了?(?:牌匾|奖牌))")
#: How long the description of those commended between 对 and their count may be (对在抗洪抢险中表现突出、受到群众广泛赞誉的
#: 十二名民警予以嘉奖, 对…获第十六届“飞天”奖作品的七位编剧给予嘉奖): a quoted group counts one. Calibrated on the People's
#: Daily tuning part (pd_2211's 19) with room for a longer clause; was 16, which cut those of newspaper copy.
COMMENDED_DESCRIPTION_CHARS = 32
# A prize's grade won, the verb right before its count (获两项优秀奖, 夺得3个一等奖, 荣获了二等奖): how far before the count
# the verb may start (获得了, 荣获了: three characters).
VERB_BEFORE_COUNT_CHARS = 3
# An act told as the time of another (他当选不久, 获奖后, 授勋之际): a word of conferral so followed is no conferral of a
# count after it in the clause.
_AS_TIME_AFTER = re.compile("不久|之?后|以后|以来|之际|期间|时")
# The verbs of naming or choosing that confer a plain title on counted holders (命名…为, 评出…为), not of fixing a status
# (确定, 认定: 确定20个村为贫困村).
_NAMING_OR_CHOOSING = ("命名", *_CHOSEN_AS_VERBS.split("|"))
_GRADE_WON_VERB_FIRST = re.compile(rf"(?:获得|荣获|夺得|斩获|摘得|获(?![颁授评]))了?{NUM}[项个枚名位块座]"
                                   rf"(?:国家级?|全国|[省市县区]级?)?(?:{PRIZE_GRADES})(?=[，。；,;、和及]|$|的)")
# A prize-giving right after a name taken out of its sentence (\0): that name is the prize given (_PRIZE_OF_CEREMONY).
_PRIZE_GIVEN_AT = re.compile("\0颁奖(?:" + "|".join(_PRIZE_GIVING_NOUNS) + ")")

# The fixed patterns the readings below apply where they stand, compiled here once: written inline they were looked up
# in the ``re`` module's cache on every call, and compiled anew whenever the patterns the extractors build per page had
# pushed them out of it.
# (分别获评“甲”“乙”: the honours of a respective list, split at a joiner or between two quotes side by side)
_RESPECTIVE_HONOURS_SPLIT = re.compile(rf"[、和及与]|(?<=[{_QUOTE_CLOSE}])(?=[{_QUOTE_OPEN}])")
# (“甲”“乙”: two quotes side by side)
_QUOTES_SIDE_BY_SIDE = re.compile(f"[{_QUOTE_CLOSE}][{_QUOTE_OPEN}]")
# (先进集体和先进个人: the joiners kept among the parts, _fields_rejoined)
_JOINING_KEPT = re.compile(f"({_JOINING.pattern})")
# (a count of one of the units of bodies or people, _add_elided_repeats)
_UNIT_COUNT = re.compile(rf"{NUM}[个名位家项人所户]")
# (“五一劳动奖状”获得单位: the holders' noun after a quoted honour, _add)
_HOLDERS_AFTER_QUOTE_TAIL = re.compile(f"(?<=[{_QUOTE_CLOSE}])获(?:得|奖)?(?:者|单位|集体|个人)$")
# (镇党委对“优秀共产党员”…: the body and its preposition before the first quote, _add)
_BODY_BEFORE_FIRST_QUOTE = re.compile(f"^[^{_QUOTE_OPEN}{_QUOTE_CLOSE}]{{0,8}}?(?:对|为|向|给)(?=[{_QUOTE_OPEN}])")
# (“甲”“乙”共50名: side-by-side quotes inside a phrase, joined as a list's items, _add)
_QUOTES_JOINED_INSIDE = re.compile(
    f"(?<=[^{_QUOTE_OPEN}{_QUOTE_CLOSE}])[{_QUOTE_CLOSE}][{_QUOTE_OPEN}](?=[^{_QUOTE_OPEN}{_QUOTE_CLOSE}])")


#: The characters the year patterns before an honour end with, besides a digit (see _after_numeral).
_NUMERAL_CHARS = "〇○零一二三四五六七八九"


def _after_numeral(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` right after a digit (``\\d``: ``str.isdecimal``) or a numeral of
    :data:`_NUMERAL_CHARS`.  Why: a cheap test, needed by the year patterns built around an honour in
    ``AwardExtractor._add`` (each of their alternatives ends in one of those), that spares building them for most honours:
    a pattern per honour is compiled anew on every page (about 1.5% of the extract stage on unseen pages)."""
    at = text.find(word)
    while at >= 0:
        if at and (text[at - 1].isdecimal() or text[at - 1] in _NUMERAL_CHARS):
            return True
        at = text.find(word, at + 1)
    return False


def _counted(units: str, suffix: str = "") -> str:
    """A count (:data:`NUM`) and its unit (one of ``units``) as the named groups ``n`` and ``unit``, each name followed
    by ``suffix`` (``n2``/``unit2`` for a second count in one pattern)."""
    return rf"(?P<n{suffix}>{NUM})(?P<unit{suffix}>{units})"


@functools.lru_cache(maxsize=128)
def _count_in(unit: str) -> re.Pattern[str]:
    """A count (:data:`NUM`) and ``unit`` right after it.  Why cached here: the units are the lexicon's few words, and
    the other extractors' patterns built per page flood the ``re`` module's own cache, which then compiled NUM anew for
    most calls (2.5% of the awards reading in the whole stage)."""
    return re.compile(rf"{NUM}{re.escape(unit)}")


# Most characters a count gate's class may hold (a class of CJK ranges would let every sentence through).
MAX_COUNT_GATE_CHARS = 400
_REPEAT_OPS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT,
               *((sre_constants.POSSESSIVE_REPEAT,) if hasattr(sre_constants, "POSSESSIVE_REPEAT") else ()))


def _edge_chars(items: Any, last: bool) -> set[str] | None:
    """Every character a match of the parsed items opens with (``last``: ends with), ``\\d`` standing for any digit, or
    None when that is not a small known set (a negated class, a category other than \\d, a wildcard, a wide range, items
    that may all be empty).  Look-arounds and anchors are zero width: skipped, the character is a neighbour's."""
    c = sre_constants
    optional: set[str] = set()
    for op, av in reversed(items) if last else items:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue
        if op in _REPEAT_OPS:
            chars = _edge_chars(av[2].data, last)
            if chars is None:
                return None
            if av[0] == 0:
                optional |= chars  # (left out, the edge is the next item's)
                continue
        elif op is c.LITERAL:
            chars = {chr(av)}
        elif op is c.IN:
            chars = set()
            for kind, value in av:
                if kind is c.LITERAL:
                    chars.add(chr(value))
                elif kind is c.RANGE and value[1] - value[0] < MAX_COUNT_GATE_CHARS:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                    chars.add(r"\d")
                else:
                    return None
        elif op is c.BRANCH:
            chars = set()
            for alternative in av[1]:
                alt = _edge_chars(alternative.data, last)
                if alt is None:
                    return None
                chars |= alt
        elif op is c.SUBPATTERN and not av[1] & re.IGNORECASE:
            chars = _edge_chars(av[3].data, last)
            if chars is None:
                return None
        else:
            return None
        return chars | optional
    return None


# The characters a count (NUM) can end with.
_COUNT_ENDS = frozenset(_edge_chars(sre_parser.parse(NUM).data, last=True) or ())


def _mandatory_runs(items: Any) -> Any:
    """The sequences of parsed items that every match of ``items`` runs through: ``items`` itself and, within it, the
    bodies of groups and of repeats of at least one (not optional items, nor one of several alternatives)."""
    yield items
    for op, av in items:
        if op is sre_constants.SUBPATTERN and not av[1] & re.IGNORECASE:
            yield from _mandatory_runs(av[3].data)
        elif op in _REPEAT_OPS and av[0] >= 1:
            yield from _mandatory_runs(av[2].data)


def _count_gate(pattern: re.Pattern[str] | LiteralGated) -> str | None:
    """A look-up, as the source of a pattern, that finds a place in any text where ``pattern`` matches: a character a
    count (:data:`NUM`) can end with right before one that what follows the count can open with (its unit), where every
    match holds the count and that item side by side, neither optional (in the pattern's own sequence, a group's, or a
    repeat's of at least one; look-arounds between them are zero width); None where no such pair is found (then the
    pattern is searched as it is).

    Why: the readings run some sixty patterns over every sentence with a word of conferring, each looking for counted
    holders; three in five of those sentences hold no count before a unit at all, and one search of the gate spares them
    every pattern that needs one.  The same matches: a text where the gate finds nothing holds no match of the pattern."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parser.parse(pattern.pattern, pattern.flags)
    except re.error:  # (a parser of another Python version that reads the pattern otherwise: no gate)
        return None
    zero_width = (sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT)
    for run in _mandatory_runs(parsed.data):
        items = [(op, av) for op, av in run if op not in zero_width]
        for (op, av), (next_op, next_av) in zip(items, items[1:], strict=False):
            ends = _edge_chars([(op, av)], last=True)
            if not ends or not ends <= _COUNT_ENDS:
                continue
            opens = _edge_chars([(next_op, next_av)], last=False)
            if opens and len(opens) <= MAX_COUNT_GATE_CHARS:
                escaped = ("".join(ch if ch == r"\d" else re.escape(ch) for ch in sorted(chars)) for chars in (ends, opens))
                return "[{}](?=[{}])".format(*escaped)
    return None


# The other noun of a works unit in brackets (篇（部）, 部（篇）).
_BRACKETED_ALTERNATIVE = re.compile("（[^（）]{1,2}）$")


# 共批出奖学金…, 颁发“优秀学生奖学金”…: a scholarship granted in a clause, its quoted name kept (the clause's own span).
_SCHOLARSHIP_GRANTED = re.compile(r"(?:批出|颁发|颁出|颁授)了?[^，。；,;]{0,20}?(?:[“「『](?P<name>[^”」』，。；]{1,20}?奖学金)[”」』]|奖学金)")



# A label told as the total of the citations beside it (本次有功员警共63人, 合計, 計).
_LABEL_TOTAL = re.compile("[共计計]|合[计計]|[总總][计計]")


def _totals_citations(text: str, label: dict[str, Any], citations: list[dict[str, Any]]) -> bool:
    """Whether the merit citations are the ones ``label`` (本次有功员警共38人) totals: told in its sentence or in a run of
    sentences with nothing but blanks between that reaches it (记一大功2人、记功10人。嘉奖26人。本次有功员警共38人), or
    summing to its count. A citation told elsewhere on the page (表揚防颱有功人員50人。…另警察局記一大功2人) totals nothing
    of it (GUIDELINES §5: a label over the citations' total is no honour)."""
    if sum(c["count"] for c in citations) == label["count"]:
        return True
    spans = sorted({(c["evidence"]["clean_start"], c["evidence"]["clean_end"]) for c in citations})
    start, end = label["evidence"]["clean_start"], label["evidence"]["clean_end"]
    if any(s >= start and e <= end for s, e in spans):
        return True  # (本案有功人員計記一大功3人…: the citations in the label's own sentence)
    grown = True
    while grown:  # the label's sentence, grown over adjacent citation sentences on either side
        grown = False
        for s, e in spans:
            if (s < start and not text[e:start].strip()) or (e > end and not text[end:s].strip()):
                start, end, grown = min(start, s), max(end, e), True
    # (an adjacent citation counts only where the label is told as a total: 共, 合计, 计; 表揚…有功人員50人。另…記一大功2人 is
    # another matter told next)
    grew = start != label["evidence"]["clean_start"] or end != label["evidence"]["clean_end"]
    return grew and _LABEL_TOTAL.search(label["evidence"]["text"]) is not None

# The words the loop of AwardExtractor.__call__ tests with ``in`` before a sentence's own conferring readings (名单, 事迹,
# 认定, 跻身 and 入选 each gate one term of its ``context_here``): part of the page gate (AwardExtractor._conferral_words),
# so a term added there with a word test of its own adds its word here.
_CONTEXT_TERM_WORDS = ("名单", "事迹", "认定", "跻身", "入选")


def _conferral_words(context_words: list[str]) -> re.Pattern[str] | None:
    """One search for every literal of which a page with an award record holds at least one, or None when one of them
    is not known (a pattern whose required literals the parser cannot tell, an empty context word).

    Why a page can hold no record without one: a record is added only past the loop's test of a sentence (as the loop
    views it: rows joined with spaces and a colon, quotes rewritten as “”, numerals in names as 某, none of which writes
    one of these literals), where ``context_here`` or ``listed_on`` holds.  Each term of ``context_here`` needs an award
    word (``self.context``), one of the required literals of _PLAQUE_HANDED_WITH_LE, _COUNT_GOT_QUOTED or _DESIGNATING,
    or one of _CONTEXT_TERM_WORDS; ``listed_on`` needs a sentence read before (whose ``conferring_before`` needs it to
    pass), ``context_here``, or a list line under a conferring line: _CONFERRED_IN or _REWARD_GIVEN in a line of the page
    (``_list_introduced``, ``_line_list_conferred``).  The cleanup after the loop drops from the records found, adding
    none.  Two pages in three of the newspaper's hold none of these words, and the loop's tests of their sentences were
    about half of the awards' time (4% of the extract stage)."""
    literals = gate_literals([*context_words, *_CONTEXT_TERM_WORDS],
                             (_PLAQUE_HANDED_WITH_LE, _COUNT_GOT_QUOTED, _DESIGNATING, _CONFERRED_IN, _REWARD_GIVEN))
    return None if literals is None else any_literal(literals)


class AwardExtractor(AwardLists, AwardPeriods, AwardCleanup):
    def __init__(self, lex: Lexicons) -> None:
        p = lex.patterns
        self.context = re.compile("|".join(map(re.escape, p["award_context"])))
        # (a page none of whose words could confer an honour gives no record: __call__ reads none of its sentences)
        self._conferral_words = _conferral_words(p["award_context"])
        self.person_units = tuple(p["person_units"])
        units = "|".join(map(re.escape, sorted(p["person_units"] + p["org_units"], key=len, reverse=True)))
        # A count and its unit as the groups n and unit (n2 and unit2 for a second count), as most patterns below read it.
        count, count2 = _counted(units), _counted(units, "2")
        self._unit_words = tuple(w for w in p["person_units"] + p["org_units"] if w)
        self._unit_last_chars = frozenset(w[-1] for w in self._unit_words)  # (a cheap test before the words')
        heads = "|".join(map(re.escape, sorted(p["honor_heads"], key=len, reverse=True)))
        # (先进村20个: a short head ends an honour only right before its count)
        heads_before_count = "|".join(map(re.escape, sorted(
            p["honor_heads"] + p["honor_heads_before_count"]["words"], key=len, reverse=True)))
        starts = "|".join(map(re.escape, sorted(p["honor_starts"], key=len, reverse=True)))
        standalone = "|".join(map(re.escape, sorted(p["honor_standalone"]["words"], key=len, reverse=True)))
        self._standalone = frozenset(p["honor_standalone"]["words"])
        # 为/向6名「50年以上党龄」老党员代表颁发了「光荣在党50年」纪念章: the honour is what is handed over.
        # (为在2025届高考中作出突出贡献的20名教师颁发了“…奖”: a clause describing the holders, closed by 的, may run longer
        # than a list closed by 等)
        self.conferred = re.compile(
            rf"(?:为|向|给)(?:[^，。；“”「」]{{0,12}}?等|[^，。；“”「」]{{0,20}}?的|全[市县区校省院]|全体|[^，。；“”「」\d一二三四五六七八九十百千两廿卅]{{1,4}}?)?{count}"
            # (为1个集体和4名个人颁发了“嘉奖令”: bodies and people counted apart, the same honour for both)
            rf"(?:[^，。；“”「」\d]{{0,6}}?[和及与、]{count2})?[^，。；]{{0,24}}?(?:颁发|颁授|授予|(?P<pinned>佩戴|戴上))了?"
            # (向23位科学家颁发了首届“杰出科技成就奖”, 颁发了本届“…”: the edition before the mark, dropped, §5 tenth round)
            rf"(?:{_EDITION}|{_THIS_EDITION})?{_QUOTED_HONOR_AFTER}"
        )
        # 向运动员甲等廿八名人士和实体颁授勋章、奖章和奖状: the same without quote marks, the honour
        # running to the end of the clause and ending in a medal or certificate word.
        self.conferred_plain = re.compile(
            # (向共320名人士颁授…: 共 before a total)
            # (向廿八名人士及五个实体颁授…, 向42名个人及8个团体颁授勋章: a count of bodies joined after the count of
            # people, the same honours)
            # (为辖区内9名老党员颁发纪念章: a short scope before the count, as in the quoted form)
            # (另向35名人员颁发第一勋扣、10名人员颁发第二勋扣: a later conferral joined by 、 right after the honour of
            # one, its own count and verb, 为/向 written once or again)
            rf"(?:(?:为|向|给)(?:[^，。；“”「」]{{0,20}}?等|全[市县区校省院]|全体|合?共|[^，。；“”「」\d一二三四五六七八九十百千两廿卅]{{1,4}}?)?"
            # (为15家2024年度文化旅游工作先进单位颁发奖牌: the year of the work honoured after the count is no part of the
            # holders' honour, as in count_first, §5 thirteenth review round)
            rf"|(?<=[章扣状许奖衔牌杯书]、)(?:另?(?:为|向|给))?)"
            rf"{count}"
            # (为十二名老党员佩戴光荣在党50年纪念章: a medal pinned on with no quote marks, as 佩戴“…”纪念章 is, §5 medals;
            # only a medal's word closes what is pinned, see __call__)
            rf"(?:(?:人士|(?<=[名位])个人)(?:及|和|与){count2})?{_PERIOD_PREFIX}?(?P<between>[^，。；“”「」]{{0,12}}?)"
            r"(?:颁发|颁授|追授|(?P<handed>发放)|(?P<pinned>佩戴|戴上))了?"
            # (为3600名学生发放国家励志奖学金: a named scholarship handed out, as with 颁发, §5 tenth round; 发放 of anything
            # else is money or aid handed out, AwardExtractor.__call__)
            # (为8位教师颁发师铎奖: a prize named by its own word; 向共320名人士颁授勋衔或嘉奖: ranks or commendations,
            # the day's total, its alternatives joined by 或)
            # (向三十名人员颁发长期服务奖章及向五名人员颁发卓越奖章: the honour ends before the next conferral joined by
            # 、/及/和, never across its verb)
            # (光荣在党50年纪念章: a count of years inside the medal's name)
            r"(?P<honor>(?:(?!颁发|颁授|追授)(?:[\u4e00-\u9fff、和及或]|\d{1,3}(?=周?年))){0,20}?(?:勋章|星章|奖章|勋扣|奖状|嘉许状|嘉许|嘉奖|勋衔|纪念章|奖牌|奖杯|荣誉证书|证书|(?<=[\u4e00-\u9fff]{2})奖[学教]金|(?<=[\u4e00-\u9fff]{2})奖"
            # (向共三十八个个人及团体颁授勋章、奖章和荣誉称号: titles of honour listed last after medals, Macau's day)
            r"|(?<=[章状][、和及])荣誉称号|(?:荣誉|名誉)(?:博士)?学位))"
            # (…纪念章并合影: another act of the same conferrers after 并)
            rf"(?=[，。；,;]|$|并(?=[\u4e00-\u9fff])|(?:、|以及|及|和|并)(?:另?(?:为|向|给))?{NUM}(?:{units})[^，。；“”「」]{{0,12}}?(?:颁发|颁授|追授)"
            # (为326名优秀新生发放奖学金共计980万元: the money's total right after what is handed closes the item)
            r"|(?:共计|合计|总计|共)?(?:约|达)?[\d.]+[万亿]?元)"
        )
        # 为6名“光荣在党50年”的老党员颁发纪念章: the quote qualifying the recipients names the medal handed over
        # (§5, as in 为9名老党员颁发“光荣在党50年”纪念章).
        self.conferred_token = re.compile(
            rf"(?:为|向|给)(?:全[市县区校省院]|全体|[^，。；“”「」\d一二三四五六七八九十百千两廿卅]{{1,4}}?)?{count}"
            rf"{_QUOTED_HONOR}的?[^，。；“”「」\d]{{0,8}}?(?:颁发|颁授)了?"
            r"(?P<token>纪念章|勋章|奖章)(?=[，。；,;]|$)"
        )
        # 向30名优秀护理员颁奖 / 为12名杰出青年颁发奖项: the recipients' honour, then the presentation.
        self.conferred_prize = re.compile(
            # (协会为今年评出的20名优秀会员颁奖, 为新当选的10名…: a clause describing them before the count, closed by 的)
            rf"(?:为|向|给)(?:全[市县区校省院]|全体|[^，。；“”「」\d一二三四五六七八九十百千两廿卅]{{2,12}}?的)?{count}{_PERIOD_PREFIX}?"
            # (为十五个先进集体、三十名先进个人颁奖: a second count in Chinese numerals opens the next item, as 30名 does)
            rf"(?P<honor>(?:(?![、和及与]{NUM}(?:{units}))[^，。；“”「」\d的]){{2,12}}?)"
            # (为24名国家奖学金获得者、296名国家励志奖学金获得者颁奖: a second count of holders of another prize before
            # the one presentation, each count its own honour, §5)
            rf"(?:(?:、|和|及|以及){count2}(?P<honor2>[^，。；、“”「」\d的和及]{{2,12}}?))?"
            # (为15家安全生产工作先进单位授牌: a plaque handed to the holders of an honour named as their description, like
            # 为20户“种粮大户”授牌, §5; the description must read as an honour, not 为10家企业授牌)
            r"(?:颁奖|颁发了?(?:奖项|奖励|奖品|荣誉)|授牌|颁牌)(?=[，。；,;]|$)"
        )
        # 授予甲等384名同志、追授乙等16名同志“全国优秀共产党员”称号: two counts, one honour.
        self.paired = literal_gated(re.compile(
            rf"{count}(?:同志|人士)?、(?:追授|授予|表彰)[^。；“”「」、，]{{0,12}}?等?"
            rf"{count2}(?:同志|人士)?{_QUOTED_HONOR_AFTER}"
        ))
        # 分别授予15个县区、30个市直部门“…”称号 / 授予甲村等5个村、乙社区等3个社区“…”称号: two counts of recipients, each
        # with its own noun or names before 等, joined by 、 as the objects of one 授予, then one honour (§5: one record
        # per stated count, the same honour).
        recipients = r"[^，。；、“”「」\d（）()]{0,6}?(?:（[\u4e00-\u9fff、]{1,6}）)?"
        # (授予41个集体和76名个人“…”称号: the two counts joined by 和/及/与 as well)
        self.paired_granted = literal_gated(re.compile(
            rf"(?:分别)?(?:授予|追授)(?:[^，。；、“”「」\d]{{1,12}}?等)?{count}{recipients}(?:、|和|及|与)"
            rf"(?:[^，。；、“”「」\d]{{1,12}}?等)?{count2}{recipients}"
            rf"{_QUOTED_HONOR_AFTER}"
        ))
        # 41个集体和76名个人被授予“…”称号 / 5个集体、12名个人荣获“…”称号: two counts of recipients, each with its own
        # noun, joined as the subject of one passive or receiving verb, then one honour (§5: one record per stated count,
        # the same honour); not before a second quoted honour (…获得“甲”和“乙”称号: paired in order below) or a noun, nor with
        # 分别/各 (the counts shared out over several honours).
        holders = r"(?:(?!分别|分获|各)[^，。；、“”「」\d和及与])"
        self.paired_received = literal_gated(re.compile(
            rf"{count}{holders}{{0,6}}?(?:、|和|及|与){count2}{holders}{{0,6}}?"
            rf"(?:被(?:授予|追授|评为|命名为)|荣获|获评|获得|获授|获颁|{_GIVEN_OUT})了?{_YEAR_PREFIX}?{_LEVEL_WORD}?"
            rf"{_QUOTED_HONOR}"
            # (the quote closing the clause or before 称号: not …获得“平安校园”宣传资料, a thing handed out)
            rf"(?=(?:荣誉|光荣)?称号|[，。；,;]|$){_AFTER_QUOTE}"
        ))
        # 授予2项成果省科学技术重大贡献奖 / 授予“甲”等8项成果特等奖、20项成果一等奖: a prize or its grade conferred on a
        # count of works (成果, 项目, 论文, 作品), named after them and closing the clause (§5: one record per grade; the
        # titles listed before 等 are the works, no honour).
        self.works_granted = re.compile(
            rf"(?:(?:授予|追授)(?:[^，。；]{{1,40}}?等)?|(?<=奖、))(?P<n>{NUM})(?P<unit>项|篇|件|部)"
            r"(?:科技成果|科研成果|教学成果|成果|项目|论文|作品|课题)"
            r"(?P<honor>[^\W\d的并后和及与、]{0,16}?奖)(?=[，。；,;、]|$)"
        )
        # (…奖金奖的126人、银奖的210人: a bare grade after the count of a prize's grade, 的 between or not)
        self._elided_grade = re.compile(
            rf"[、和及](?P<grade>{PRIZE_GRADES})的?{count}"
            r"(?=[、和及，。；,;]|$|进行|予以|给予|受到|颁|授)")
        self.grades_each = re.compile(rf"(?P<grades>[一二三四五特](?:[、和及][一二三四五特])+)等奖各{count}")
        # 4人获颁最高荣誉的大紫荆勋章 / 有14人获得金紫荆星章: count, a receiving verb, the honour.
        # (共有六十名地區人士及十五個團體獲頒嘉許狀: two counts joined before the verb, one honour)
        # (first_char_gated: it opens with an optional count group, so the engine tried it at every position of every
        # sentence holding 获; the look-ahead on the opening characters finds the same matches, about 5 times faster)
        self.received = first_char_gated(
            rf"(?:(?P<n0>{NUM})(?P<unit0>{units})[^，。；、\d及和与获奖章]{{0,6}}?(?:及|和|与|、))?"
            # (36名在读博士、硕士生日前获得…奖学金: the recipients described, a list of kinds allowed)
            rf"{count}(?:(?:[^，。；、\d]|、(?![^，。；]{{0,6}}?{NUM})){{0,12}}?"
            # (12名服務時數超過一千小時的義工獲頒金獎: a longer description closed by 的 and the holders' noun, another
            # number inside it but no count of holders)
            rf"|(?:(?!{NUM}(?:{units}))[^，。；、]){{2,24}}?的[^\W\d的]{{1,6}}?)"
            # (46名警员获颁发卓越服务奖章: 获颁发 whole, its 发 not left on the honour)
            rf"(?:获颁发|获颁授|获颁|{_GIVEN_OUT}|获授|获追授|获得(?!者)|荣获|获(?![评选]|得者))(?:(?:{_TITLE_PIECE}|[^，。；《》]){{0,8}}的)?"  # (获评…称号: read below)
            # (获《我们的家园》…奖: a 的 inside a title's marks opens no honour after it)
            # (三位科学家荣获本年度…成就奖, 荣获首届…奖, 荣获1997年度…奖: the edition or the year of the prize, no part of
            # its name, §5 tenth and thirteenth review rounds)
            # (8名教师获省教委1997年度优秀教学成果奖: the conferring body and the year before the prize, no part of its name)
            rf"(?:{_EDITION}|{_THIS_EDITION}|本年度|{_YEAR_PREFIX}|{_BODY_YEAR_PREFIX})?"
            # (二百五十名义工获颁金状: Hong Kong's gold, silver and bronze volunteer awards; “红领巾奖章”金章，12名获得银章: a
            # metal grade of a medal, named by _add from the medal just before)
            # (not 奖杯和奖金: prize money, no prize named)
            # (not 28户农户获得以奖代补资金4.2万元: 以奖代补, 以奖促治 name a way of paying a subsidy, no prize)
            # (7个集体获省工人先锋号: the union's honour of teams, named …号 like the youth league's 青年文明号)
            # (共有320人获授勋衔或嘉许: ranks of honour or commendations, the day's total, not 授勋 cut off)
            # (三百人获颁勋章、奖章及奖状: the day's medals and certificates listed, one count over them all, §5)
            # (十名人员获颁第二勋扣: a clasp added to a long-service medal)
            # (6名记者获《江城日报》好新闻奖: a title in book-title marks inside the prize's name, one piece of it)
            rf"(?P<honor>(?:{_HONOR_CHARS}|{_TITLE_PIECE}){{0,14}}(?:勋章|星章|奖章|纪念章|称号|奖状|嘉许状|奖[学教]金|助学金|(?<!以)奖(?![金品杯])|(?<=[金银铜])[状章]|先锋号|文明号|勋扣)"
            # (45位人士获颁勋章、奖章和荣誉称号: Macau's medals and titles of honour listed, one count over them all)
            # (共有二百名人士获颁授勋衔或获嘉许, …获颁勋章或获嘉许: the receiving verb said again after the join, one
            # count over both, the whole phrase, §5, never a cut part)
            rf"(?:[、及和或]{_REPEATED_RECEIVING}?(?:(?![获颁授\d])[^\W的并后，。；]){{0,10}}?(?:勋章|星章|奖章|奖状|嘉许状|荣誉称号)(?![\u4e00-\u9fff])"
            rf"|[及或和]{_REPEATED_RECEIVING}?嘉[许奖](?!状)"
            # (30位作者分别获银笔奖、铜笔奖: one count over prizes listed with 、, the whole phrase, §5 thirty-fourth round;
            # not 3人获一等奖、二等奖5人, where the second prize has a count of its own)
            rf"|、(?:(?![获颁授\d])[^\W\d的并后，。；、]){{1,10}}?(?<!以)奖(?![\u4e00-\u9fff\d０-９]))*"
            # (获嘉许为「长者服务义工」: commended as the quoted honour, read by quoted_after_count, not 嘉许 alone)
            # (not 约2,000名来自获嘉许机构的代表出席, 获嘉许的公司代表: 获嘉许 before the bodies the people come from,
            # guests present, §3, no holders, §5, tests/extract/awards/test_award_commended_bodies_attributive.py)
            rf"|授勋(?:[及或和]{_REPEATED_RECEIVING}?嘉许)?|勋衔(?:[及或和]{_REPEATED_RECEIVING}?嘉许)?|嘉许(?!为|的|{_HOLDER_HEADS})"
            # (15名市民获得此项荣誉: an honour named before, §5 tenth round)
            # (not 获此殊荣, 获此荣誉: read by AwardExtractor.referred, its tallies set apart)
            # (有10人获得这一荣誉, 这一荣誉称号: 这一 with no 项 between as well)
            rf"|(?:(?:该|此|这一?)项|该|这一)(?:荣誉称号|荣誉|殊荣)(?![\u4e00-\u9fff]))"
        )
        # 另有20人分别获颁专业、工商、教育等各类功绩勋章: the honour after 等/各类 ending the list.
        self.received_listed = literal_gated(re.compile(
            rf"{count}[^，。；、\d]{{0,8}}?(?:获颁发|获颁授|获颁|{_GIVEN_OUT}|获授|获得|荣获)[^，。；]{{0,30}}?(?:等|各类)+"
            rf"(?P<honor>{_HONOR_CHARS}{{1,10}}(?:勋章|星章|奖章|纪念章|奖状|奖))"
        ))
        # 其中包括三名大紫荆勋章获授人士: a count, a medal, then those it was conferred on (Hong Kong's honours lists); not
        # 获得者 or 得主, which describe holders of earlier prizes as often (3名诺贝尔奖获得者出席).
        self.count_holders = literal_gated(first_char_gated(
            rf"{count}(?P<honor>{_HONOR_CHARS}{{1,14}}?(?:勋章|星章|奖章|纪念章|奖状|嘉许状|奖))"
            r"(?:获授|获颁)人士"
        ))
        # 银莲花荣誉勋章也只有一位获得 / 获颁铜紫荆星章的有12人: the honour, then how many received it.
        self.had_count = literal_gated(re.compile(
            rf"(?P<honor>{_HONOR_CHARS}{{2,16}}(?:勋章|星章|奖章|奖状|纪念章|奖|称号))(?:也|则|共|今年|今年度)?"
            rf"(?:只有|仅有|共有|有){count}(?:人士)?(?:获得|获颁|获授|获奖|获此)"
        ))
        # (获一等奖的还有《甲》和《乙》等，共11件作品 / 获金奖的作品共5部: the winners named before 等 and counted after
        # 共, or the works' noun before 共; a bare 获 as 获得, _GOT_BARE; §5 "A prize's winners counted after its … name
        # … are its count")
        self.received_then_count = re.compile(
            rf"(?:获颁|获得|获授|荣获|{_GOT_BARE})(?P<honor>{_HONOR_CHARS}{{2,16}}(?:勋章|星章|奖章|奖状|纪念章|奖|称号))的"
            rf"(?:(?:还|也)?(?:共)?有|(?:作品|成果|论文|节目|单位|集体|个人|学生|同志)(?:共计|共有|共)"
            rf"|(?:还|也)?有[^。；“”「」\d]{{2,40}}?等[，,]?(?:共计|总共|共)){count}"
        )
        # 获评全省优秀共青团员的有25人 / 荣获市级三好学生称号的有8人: an unquoted honour received, then how many have it
        # (read only when the phrase reads as an honour, _honor_like: not 获得表彰的有30人).
        self.received_plain_then_count = re.compile(
            rf"(?:获评|被评为|荣获|获得|获颁授?|获授)(?P<honor>{_HONOR_CHARS}{{2,16}}?)(?:荣誉)?(?:称号)?的(?:共有|共计|共|有)"
            rf"{count}"
        )
        # A line that is one honour and its count (大紫荆勋章：4人, 一、先进集体（5个）, “优秀共产党员”（20名）).
        # (表彰名单如下：优秀共产党员（20名）：张三、李四……: the bracketed count heads the names after a colon, the
        # list opened by 如下：)
        self.line_count = re.compile(
            # (一、“五好”家庭（10户）: an honour quoted only in its qualifying word heads the line as well)
            rf"^\s*(?:[^\n：:“”「」]{{0,10}}如下[：:]\s*)?{_LINE_NUMBER}?[{_QUOTE_OPEN}【]?"
            rf"{_LINE_HONOR}[{_QUOTE_CLOSE}】]?"
            rf"(?:[：:]\s*(?:共)?{count}\s*[。；;]?\s*$|[ \t\u3000]*[（(](?:共)?{count2}[）)](?:\s*[。；;]?\s*$|[：:]))"
        )
        # A line that is only a count, perhaps in brackets (（5个）, 三名, 共20名): the second half of a list row broken in two.
        self.count_only_line = re.compile(rf"\s*[（(]?(?:共|计)?{NUM}(?:{units})[）)]?\s*[。；;]?\s*$")
        # The count closing a section of a list under its honour's heading, after the holders' names (一、先进集体 /
        # 办公室、财务科… / 共10个; …人事科等，共10个; （共25名）; 张三、李四等25名同志): a total after 共, 计 or 合计, or
        # after the names and 等, the holders' noun perhaps after it.
        self.closing_count = re.compile(
            rf"(?:[^\n]*?等[，,]?|(?:[^\n]*?[，,、])?\s*[（(]?(?=共|计|合计))\s*(?:共|计|合计)?"
            rf"(?P<count>{NUM}(?:{units}))(?:单位|集体|同志|个人|人)?[）)]?\s*[。；;]?\s*$"
        )
        # The same line with the count right after the honour or after a space or tab (一、优秀教师120名, 1.优秀教师 120名；,
        # 优秀教师\t120名), or a row of a table (| 优秀员工 | 45名 |): read only inside a list that a conferral introduces
        # (_list_introduced), for such lines also make up tables of other things.
        self.list_line = re.compile(
            # (2024年度最佳新人 5名: a written year opening the row is dropped, the honour kept; a bare 年度 stays in it, §5)
            # (1　优秀共产党员　15名: a flattened table's row number in a column of its own, under 序号)
            rf"^\s*(?:\|\s*)?(?:{_LINE_NUMBER}|\d{{1,3}}[ \t\u3000]+)?(?:(?:19|20)\d{{2}}年度?[ \t\u3000]*)?[{_QUOTE_OPEN}【]?{_LINE_HONOR}[{_QUOTE_CLOSE}】]?"
            # (市科技进步奖　一等奖　12项, | 市科技进步奖 | 二等奖 | 28项 |: the prize's grade in a column of its own)
            rf"(?:(?:\s*\|\s*|[ \t\u3000]+)(?P<grade>{PRIZE_GRADES}))?"
            rf"(?:\s*\|\s*|[ \t\u3000]+)?(?:共)?{count}\s*(?:\|\s*)?[。；;]?\s*$"
        )
        # 获评“省级优秀教师”称号的有8人: a quoted honour, then those who have it.
        self.quoted_then_had = first_char_gated(
            # (荣获“…”称号的单位共8家: the holders named after 的)
            # (获得“光荣在党50年”纪念章的老党员共30名: the token's noun after the quote, read into the honour by _add)
            # (荣获市级“三好学生”的有8人, 獲頒「榮譽勳章」的有30人: a level before the mark, dropped as after 获评)
            # (授予“光荣在党50年”纪念章的老党员共32名, 被授予“…”称号的同志有12名: those it was conferred on, counted after)
            # (获得本届“中国青年五四奖章”的共有10人: the edition before the mark, dropped, §5 tenth round)
            rf"(?:获评|被评为|荣获|获得|获颁授?|获授|被?授予)(?:{_EDITION}|{_THIS_EDITION})?{_LEVEL_WORD}?{_QUOTED_HONOR}"
            r"(?:荣誉)?(?:称号|纪念章|勋章|奖章)?的"
            r"(?:(?:老)?(?:单位|集体|个人|同志|人员|企业|学校|党组织|党支部|教师|学生|同学|干部|职工|党员)?(?:共有|共计|共|有)"
            r"|(?:老)?(?:单位|集体|个人|同志|人员|企业|学校|党组织|党支部|教师|学生|同学|干部|职工|党员)(?=[\d一二三四五六七八九十两]))"
            rf"{count}"
        )
        # 「卓越服务金质奖章」则只颁予一人: a quoted honour handed to a count.
        self.quoted_handed_to = re.compile(
            # (頒發「師鐸獎」給12位優良教師, 頒發「績優志工」獎給35位志工: Taiwan copy hands it 给 them)
            # (“优秀团队”奖授予甲事业部等五个团队: holders named before 等, then their count, as after a bare 授予)
            # (“先进集体”称号授予八个部门: the title word between the quote and 授予, no part of the honour, §5)
            rf"{_QUOTED_HONOR}(?:(?P<tail>奖牌|奖状|奖)|(?:荣誉)?称号)?(?:则|亦|也|共)?(?:只|仅)?"
            rf"(?:颁予|授予|颁授予|(?<=[」』”牌状奖])给(?=[^，。；]{{0,4}}?{NUM}))"
            rf"(?:[^，。；\d一二三四五六七八九十“”「」]{{1,24}}?等|[^，。；\d一二三四五六七八九十]{{0,4}}?)"
            rf"{count}"
        )
        # 大紫荆勋章颁授予五人 / 行政长官社区服务奖状颁授予一百二十名人士: an unquoted decoration opening its clause, handed
        # to a count closing it (an honours list's lines); not 该奖授予3人 (a prize named before) nor 今年的…勋章 (over 的).
        self.plain_handed_to = re.compile(
            rf"(?:(?<=[，。；：:\n])|^)\s*(?!该|此|这|本)(?P<honor>(?:(?!的)[\u4e00-\u9fff]){{2,16}}?(?:勋章|星章|奖章|奖状|嘉许状|奖牌))"
            rf"(?:则|亦|也|共)?(?:只|仅)?(?:颁予|颁授予|授予){count}[^，。；\d、和及与]{{0,4}}?(?=[，。；,;]|$)"
        )
        # 服务年资嘉许状：甲、乙等十二名…: a list line headed by the honour, closed by a count.
        self.labelled_list = re.compile(
            rf"^\s*(?P<honor>{_HONOR_CHARS}{{2,16}}(?:勋章|星章|奖章|奖状|嘉许状|纪念章|奖|称号))[:：][^。\n]{{0,120}}?等{count}"
        )
        # 命名…等42个党支部为2023年度市直机关“五星级”党支部: those named to an honour.
        self.named_to = re.compile(
            # (确定12个乡镇为2024年度市级“…”示范乡镇, 认定…为…: a designation, read as 命名 is)
            # (命名甲馆、乙湖、丙山、…、癸园共十个景区和场所为…: the holders named one by one before 共/等 and the count, a
            # list as long as real copy writes it, _NAMED_HOLDERS)
            # (将12个乡镇命名为“文明乡镇”, 把5个村认定为…: the holders before the verb, in the 将/把 frame)
            rf"(?:(?P<verb_first>{_DESIGNATING_VERBS}|{_CHOSEN_AS_VERBS})|[将把])(?:{_NAMED_HOLDERS}|[^，。；“”「」]{{0,20}}?){count}[^，。；“”「」\d]{{0,8}}?"
            rf"(?(verb_first)|(?:{_DESIGNATING_AFTER_OBJECT}))为[^，。；“”「」]{{0,16}}?{_QUOTED_HONOR_AFTER}"
        )
        # (批准命名甲镇工贸小区等60个乡镇企业小区为第二批全国乡镇企业示范区: the same designation of an unquoted honour closing
        # the clause, which must read as one, _honor_like; the batch before it is no part of its name)
        self.named_to_plain = re.compile(
            rf"(?:(?P<verb_first>{_DESIGNATING_VERBS}|{_CHOSEN_AS_VERBS})|[将把])(?:{_NAMED_HOLDERS}|[^，。；“”「」]{{0,20}}?){count}[^，。；“”「」\d]{{0,8}}?"
            rf"(?(verb_first)|(?:{_DESIGNATING_VERBS}))为(?:{_EDITION})?"
            r"(?P<honor>[^，。；“”「」\d的为]{3,20}?)(?=[，。；,;]|$)"
        )
        # 分别授予3个单位和12名个人“甲”和“乙”称号 / 授予20个党组织、85名党员和15名党务工作者“甲”“乙”“丙”称号: counts,
        # then as many quoted honours, paired in order (with or without 分别; counts and honours differing in number
        # give nothing).
        # (分别授予张三等5名同志、李四等3名同志“甲”“乙”称号: holders named before each count's 等)
        # (one count and its holders' noun, 3个单位, 12名个人: an item of the counts listed before or after the honours)
        join = _JOINING.pattern  # (和, 及, 与 or 、 between two items)
        count_item = rf"{NUM}(?:{units})[^，。；“”「」\d、和及与]{{0,6}}?"
        counted = rf"(?:[^，。；“”「」\d、]{{1,12}}?等)?{count_item}"
        quoted_run = rf"(?P<honors>(?:[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\n]{{2,30}}[{_QUOTE_CLOSE}]{join}?){{2,4}})"
        # (分别授予10个单位和30名个人先进集体和先进个人称号: the honours unquoted, each opening on a start word, joined
        # by 和 or 、 before 称号: paired in order as quoted ones are)
        plain_item = "[^，。；“”「」\\d和及、与]{2,12}?"
        plain_run = rf"(?P<plain>(?:{starts}){plain_item}(?:{join}(?:{starts}){plain_item}){{1,3}})(?:荣誉)?称号"
        self.counts_then_honors = first_char_gated(
            rf"(?:分别)?(?:授予|追授|评为|命名为?|表彰为?)(?P<counts>(?:{counted}{join}){{1,3}}{counted})(?:{quoted_run}|{plain_run})")
        # 对获得“甲”“乙”“丙”称号的15个党组织、60名党员和12名党务工作者进行表彰: quoted honours received, then as
        # many counts of their holders, paired in order (a scope or a year may stand before the first quote).
        self.honors_then_counts = re.compile(
            rf"(?:获得|荣获|获评|获颁)[^，。；“”「」\d]{{0,4}}?{_YEAR_PREFIX}?"
            rf"{quoted_run}(?:荣誉)?(?:称号)?的(?P<counts>(?:{count_item}{join}){{1,3}}{NUM}(?:{units}))")
        # 授予“体育突出贡献奖”运动员40名、教练员15名: one quoted prize conferred, then its holders in two or more groups,
        # each with its own count (§5: one record per stated count, the same honour, as for 授予甲等…、追授甲等…); the
        # groups are no part of the prize's name. (One group alone, 表彰了“…奖”企业10家, is read as before, the holders
        # kept with the name: tests/extract/pages/test_planned_projects_and_street_names.py.)
        self.quoted_for_groups = re.compile(
            rf"(?:授予|追授|颁发|颁授|表彰|表扬)了?[{_QUOTE_OPEN}](?P<honor>[^{_QUOTE_CLOSE}\n，。；]{{2,30}}?(?:奖|勋章|奖章|奖状))"
            rf"[{_QUOTE_CLOSE}](?:荣誉)?(?:称号)?(?P<groups>(?:[\u4e00-\u9fff]{{1,6}}?{NUM}(?:{units})[、和及与]){{1,4}}"
            rf"[\u4e00-\u9fff]{{1,6}}?{NUM}(?:{units}))(?=[，。；,;]|$)"
        )
        self._group_count = re.compile(rf"(?P<who>[\u4e00-\u9fff]{{1,6}}?){count}")
        # 100家单位和100名个人分别荣获“三下乡”先进集体、先进个人称号: counts, then as many honours
        # paired in order (a quoted prefix of the first belongs to the second too).
        # (对10个党组织和30名党员分别授予“甲”和“乙”称号, 15名党员和8名党务工作者分获“甲”和“乙”称号)
        self.respectively_received = literal_gated(first_char_gated(
            rf"(?P<counts>(?:{NUM}(?:{units})[^，。；“”「」\d]{{0,6}}?[和及、与]){{1,3}}{NUM}(?:{units}))[^，。；“”「」\d]{{0,6}}?"
            # (10个集体和25名个人被授予“先进集体”“先进个人”称号: without 分别 only when each honour's name shows the
            # kind of its count, in order)
            # (四十六个团体及二十八间学校分别获颁“甲”及“乙”, 分别获选“甲”和“乙”: 获颁 and 获选 as 荣获, §5 twenty-ninth round)
            r"(?:分别(?:荣获|获得|获评|获颁|获选为?|被授予|被评为|被命名为|授予|颁授|命名为)|分获"
            r"|(?P<plain>荣获|获得|获评|被授予|被评为|被命名为))了?"
            r"(?P<honors>[^，。；]{2,60}?)"
            # (…分别获评“甲”和“乙”。: quoted honours need no 称号 after them; 被评为先进集体和先进个人。 nor unquoted
            # ones closing the clause)
            rf"(?:(?:荣誉|光荣)?称号|(?<=[{_QUOTE_CLOSE}])(?=[，。；,;]|$)|(?<=[\u4e00-\u9fff])(?=[，。；,;]|$))"
        ))
        # 对…的8个集体和20名个人予以表彰，分别授予“甲”和“乙”称号 / 表彰了…的12名干部群众，授予其“甲”称号 /
        # 8个集体和20名个人受到表彰，被授予“甲”和“乙”称号:
        # the counts in one clause, the honours conferred on them in the next.
        self.granted_them = literal_gated(first_char_gated(
            rf"{count}[^，。；“”「」\d]{{0,6}}?(?:[和及、与]{count2}[^，。；“”「」\d]{{0,6}}?)?"
            # (对…的5名运动员给予通报表彰，授予“体育突出贡献奖”)
            rf"(?:予以|进行了?|给予了?)?(?:通报)?(?:表彰|表扬|嘉奖)?[，,](?:并)?(?P<each>分别)?被?(?:授予|追授)(?:其|他们|她们|其中)?"
            # (授予他们县级“青年岗位能手”称号: the honour's level before its quote)
            r"(?:[省市县区镇]级|国家级)?"
            rf"{_QUOTED_HONOR}"
            rf"(?:[和及、与]?{_QUOTED_HONOR.replace('?P<honor>', '?P<honor2>')})?"
        ))
        # 受到表彰的先进集体和先进个人分别为10个和30名 / 表彰先进基层党组织、优秀共产党员、优秀党务工作者分别为
        # 10个、30名、8名: honours, then their counts in order.
        self.respectively_counts = re.compile(
            # (表彰的“甲”“乙”“丙”分别为…: quoted honours side by side, no mark between them)
            # (表彰了先进集体和先进个人，分别为10个和25名 / …各10个、25名 / 表彰先进集体和先进个人10个、25名: the link
            # after a comma, 各 or none, read only when each honour's name shows the kind of its count, in order)
            r"(?P<honors>[\u4e00-\u9fff“”「」]{2,24}?(?:(?:[和及、与]|(?<=[”」])(?=[“「]))[\u4e00-\u9fff“”「」]{1,16}?){1,4})"
            r"(?:分别(?:为|是|有|达)|(?P<loose>[，,]分别(?:为|是|有|达)|各|))"
            rf"(?P<counts>{NUM}(?:{units})(?:[和及、与]{NUM}(?:{units})){{1,4}})"
        )
        # Every match of respectively_counts holds a unit word right before a link mark (its counts group: a count, a
        # unit, then [和及、与] and the next count): a sentence with none has no match, and the pattern, whose lazy run
        # of honours opens at every Chinese character, is not tried there.
        self._unit_then_link = re.compile(rf"(?:{units})[和及、与]")
        self._count = re.compile(rf"{count}")
        # 授予装卸一队等10个集体…, 表彰了机务3队党支部等5个集体: a numeral and a unit inside a recipient's name, listed
        # before 等 and the count; the name's numeral is no count (§5: the count is the one after 等)
        # (gated: substituted in every sentence, and it opens with a look-behind)
        self._name_numeral = first_char_gated(
            rf"(?<=[\u4e00-\u9fff])(?:[一二三四五六七八九十]{{1,3}}|\d{{1,2}})(?=(?:{units})[^\W\d和及与、]{{0,6}}?等{NUM}(?:{units}))")
        # 分别评选出一、二、三等奖5名、10名、15名: grades, then their counts in order.
        self.grades_counts = re.compile(
            rf"(?P<grades>[一二三四五特](?:[、和及][一二三四五特])+)等奖(?:各|分别)?(?:评出|评选出|决出|产生)?"
            rf"(?P<counts>{NUM}(?:{units})(?:[、和及]{NUM}(?:{units}))+)")
        # 授予12名同志市级优秀共产党员称号: the honour unquoted before 称号.
        # (授予十名同志优秀公务员称号、五个单位先进集体称号: a later grant of the list, its 授予 not repeated)
        self.titled_plain = re.compile(
            rf"(?:授予|追授|(?<=称号[、和及与])|(?<=称号以及)){_RECIPIENTS_BEFORE_COUNT}{count}(?:同志|人士|党员|教师|干部|职工|个人|学生|班组|单位|集体|企业|家庭|学校|党组织|党支部|团队|部门|社区"
            # (授予三十个村党组织县级先进基层党组织称号: other recipients, told from the honour by its level)
            rf"|[\u4e00-\u9fff]{{0,6}}?{_RECIPIENT_HEAD}(?={_LEVEL_OPENING}))?"
            # (授予王某等15人2023年度优秀辅导员称号: the year of the work honoured between the recipients and the honour is no
            # part of its name, as between a count and its honour, GUIDELINES §5 thirteenth round)
            rf"{_PERIOD_PREFIX}?"
            r"(?P<honor>[^，。；“”「」\d]{2,20}?)(?:荣誉)?称号"
        )
        # 授予2名科学家市科学技术突出贡献奖 / 授予382名个人省五一劳动奖章 / 授予2人市…奖: an unquoted prize or medal
        # closing the clause, after its recipients' noun (none after 人), told from them by its level.
        # (授予10个单位市五一劳动奖状, 授予20个班组市工人先锋号: a union's certificate and its honour of teams, named …号
        # like the youth league's 青年文明号)
        # (授予10个单位江陵市五一劳动奖状: a city's name opening the honour, as a level does)
        # (授予100个单位全国五一劳动奖状、授予968名职工全国五一劳动奖章、966个集体…: grants joined by 、, the later ones
        # with or without their own 授予; _GRANT_JOINED)
        self.granted_prize_plain = literal_gated(re.compile(
            rf"(?:(?:授予|追授){_RECIPIENTS_BEFORE_COUNT}|(?<=[章状奖号]、)){count}(?:(?<=人)|[\u4e00-\u9fff]{{0,6}}?{_RECIPIENT_HEAD}"
            # (授予15名教师园丁奖教金, 授予120名学生国家励志奖学金: a named scholarship or teaching award after teachers or
            # students, no level needed, §5 tenth round as with 颁发)
            rf"|[\u4e00-\u9fff]{{0,6}}?(?P<pupils>教师|老师|学生|同学|学子|新生|研究生|本科生|毕业生))"
            rf"(?P<honor>(?(pupils)(?:(?![和及与、并]|称号)[\u4e00-\u9fff]){{2,10}}?(?:奖学金|奖教金)|(?:{_LEVEL_OPENING}|[\u4e00-\u9fff]{{1,3}}[省市县区州])[\u4e00-\u9fff]{{1,16}}?(?:奖章|勋章|奖状|奖|先锋号|文明号)))"
            rf"(?=[，。；,;]|$|、(?:授予|追授)?{_RECIPIENTS_BEFORE_COUNT}{NUM})"
        ))
        # 授予“高速飞行器热防护技术”等5个项目集团科技进步特等奖，15个项目一等奖 / 授予12项成果院科技进步奖: a prize
        # conferred on projects or results counted (项目/成果, which open no prize's name, so the prize needs no level
        # opening it); the projects may be named in quotes before 等, and a next grant may follow after a comma or 、
        # (not 3个项目获奖: a verb of receiving, no prize named)
        self.granted_to_items = literal_gated(re.compile(
            rf"(?:(?:授予|追授)(?:[^，。；“”「」]|[“「][^”」]{{1,30}}[”」]){{0,30}}?等?|(?<=奖[，,、]))(?P<n>{NUM})(?P<unit>个|项)(?:项目|成果){_ITEMS_NOT_PROJECTS}"
            rf"(?P<honor>(?!获|荣获|被|分别|共|均|各|也|还|将|拟|已|曾|{_ITEMS_VERB})[\u4e00-\u9fff]{{2,16}}?奖)(?=[，。；,;、]|$)"
        ))
        # 表彰了优秀共产党员、优秀党务工作者各10名: unquoted honours listed, each with the count.
        self.listed_each = literal_gated(re.compile(
            rf"(?P<honor>(?:[\u4e00-\u9fff]{{2,14}}[、和及与]){{1,4}}[\u4e00-\u9fff]{{2,14}}?)各{count}"
        ))
        # 团队嘉许奖章(共七个团队): the count in brackets after the honour.
        self.bracketed_count = re.compile(
            rf"(?P<honor>{_HONOR_CHARS}{{2,16}}(?:勋章|星章|奖章|奖状|嘉许状|纪念章|奖|称号))[（(](?:共)?{count}"
            r"[^（）()，。；]{0,6}[）)]"
        )
        # 授予以下同志“2023年度优秀员工”称号（共6人）：…: a quoted honour, its count in brackets.
        # (命名…为“四强”党支部（共16个）: an honour quoted only in its qualifying word, its holders' noun after the mark,
        # read on by _add as after any quoted honour)
        self.quoted_bracketed_count = re.compile(
            rf"{_QUOTED_HONOR}(?:[\u4e00-\u9fff]{{0,4}}?{_HOLDER_HEAD})?(?:荣誉)?(?:称号)?[（(](?:共|计)?{count}[）)]"
        )
        # 周某等4名同志被追授这一称号: the honour named before in the sentence.
        # (15名市民获得此项荣誉: 项 between, §5 tenth round)
        # (first_char_gated: searched in every sentence; it opens with an optional count group, which the engine tried
        # at every position)
        self.referred = first_char_gated(
            # (共有2家单位、5名个人获此殊荣: a count of bodies joined before the count of people, the same honour)
            rf"(?:(?P<n0>{NUM})(?P<unit0>{units})[^，。；“”「」\d、和及与]{{0,6}}?[、和及与])?{count}[^，。；“”「」\d]{{0,12}}?(?:(?:被?(?:{'|'.join(_REFERRED_CONFERRING)})|{'|'.join(_REFERRED_RECEIVING)})(?:这一|该|此|这)项?(?:称号|荣誉称号|荣誉|殊荣|奖章|勋章|奖项|奖)"
            # (公布了“最美家庭”名单，我村两户家庭获此殊荣; …企业名单，5家子公司榜上有名: an honour list named before)
            # (…公布了“五星级党支部”名单，我镇3个党支部上榜 / 名列其中; “最美护士”评选结果揭晓，共10名护士当选)
            # (not 3名护士当选“最美护士”: a quote after 当选 names its own honour)
            # (…公布“改善医疗服务示范医院”名单，我市有3家医院入选: 入选 said of the list, as 上榜)
            rf"|(?P<anaphor>获此(?:殊荣|荣誉|称号|奖项)|榜上有名|(?P<on_list>{'|'.join(_REFERRED_ON_LIST)})(?![\u4e00-\u9fff“「『])))"
            r"(?P<ranks>(?!))?"  # (referred_after's 跻身这一行列, never matching here, for the loop that reads both)
        )
        # 为“红旗党支部”授旗。获此殊荣的共有12个党支部: the count told after 获此殊荣, the same back reference as
        # 12个党支部获此殊荣 (§5: a count that refers back to an honour just named).  The groups of ``referred`` that
        # this order does not have are kept, never matching, for the loop that reads both.
        # (他们跻身“十佳文化特色家庭”行列。同时跻身这一行列的还有李华、张明等10个家庭: joining the ranking just named,
        # 这一行列 referring back to it as 这一荣誉 does, its holders named before 等, then counted, §5 twenty-second round)
        self.referred_after = re.compile(
            rf"(?:(?P<anaphor>获此(?:殊荣|荣誉|称号))的[\u4e00-\u9fff]{{0,4}}?(?:共计|一共|共|总共)?(?:有|为|是|达)"
            rf"|(?P<ranks>跻身(?:这一|该|此)行列)的(?:还有|共有|有)(?:[^。；“”「」]{{1,80}}?等)?)"
            rf"{count}(?![\u4e00-\u9fff]{{0,2}}[次届年])"
            rf"(?P<n0>(?!))?(?P<unit0>(?!))?(?P<on_list>(?!))?"
        )
        # The gap between count and quote: a few characters, or 同志/人士 and an apposition
        # (授予吴良镛等384名同志、追授李献忠等16名同志“全国优秀共产党员”称号).
        self.quoted = literal_gated(first_char_gated(
            # (not 5个单位和“先进个人”称号的20名: the quote after 和 is the next item's honour)
            # (授予15个县（市、区）“…”称号: the recipients' noun with its alternatives in brackets)
            # (授予20名青年第二届“中国青年五四奖章”: the edition or the year before the mark, no part of the name)
            # (8家国家级专精特新“小巨人”企业: a level before the words of a designation, §5)
            # (另授予2名科技工作者“科技创新突出贡献奖”: a longer holders' noun ending in a head of persons, 者/家/员)
            # (表彰了8个民生实事项目“优秀承办单位”: the field the holders worked in, longer than a few characters, before a
            # quoted honour that ends on its holders' own noun; the field is no part of the name, as a level is not)
            rf"{count}(?:(?:{_LEVEL_WORD})?(?:[^，。；、“”「」和及与]{{0,4}}?|[^，。；、“”「」和及与\d]{{5,8}}?(?<=[者家员师])"
            rf"|(?<=[个家所])[^，。；、“”「」和及与\d的]{{5,8}}?(?=[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\n，。；]{{0,28}}?{_QUOTED_BODY_END}[{_QUOTE_CLOSE}])"
            rf"|(?<=[名位人])[^，。；、“”「」和及与\d的]{{5,8}}?(?=[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\n，。；]{{0,28}}?{_QUOTED_PERSON_END}[{_QUOTE_CLOSE}])"
            # (表彰了20名在岗位上工作满二十年的“功勋员工”, 30个在创建工作中表现突出的“先进集体”: what the holders did, a
            # clause opening on 在/于 and closed by 的 right before the mark, no part of the honour, like 获颁服务满20年的“…”;
            # not 12个部门推荐的“优秀公务员”: bodies that put others forward, no 在 before their act)
            rf"|(?<=[名位人个家所])(?:在|于)[^，。；、“”「」\d]{{2,16}}?的(?=[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\n，。；]{{2,28}}[{_QUOTE_CLOSE}])"
            # (授予3名在新产线建设中作出突出贡献的同志“突出贡献奖”, 授予三名从事临床工作四十年以上的老专家“终身成就奖”, 5个在创建中
            # 表现突出的基层党组织“…”称号: the same clause, or one opening on another verb, closed by 的 and followed by the
            # holders' own noun, a head of persons or of bodies by the count's unit, right before the mark; GUIDELINES §5:
            # the honour is what is quoted, the holders' description no part of it)
            rf"|(?<=[名位人])[^，。；、“”「」]{{2,20}}?的[\u4e00-\u9fff]{{0,4}}?{_PERSON_HOLDER_HEAD}(?=[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\n，。；]{{2,28}}[{_QUOTE_CLOSE}])"
            rf"|(?<=[个家所])[^，。；、“”「」]{{2,20}}?的[\u4e00-\u9fff]{{0,4}}?{_BODY_HOLDER_HEAD}(?=[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\n，。；]{{2,28}}[{_QUOTE_CLOSE}]))"
            rf"(?:（[\u4e00-\u9fff、]{{1,6}}）)?(?:{_YEAR_PREFIX}|{_EDITION})?"
            rf"|(?:同志|人士)[^。；“”「」\d]{{0,16}}?"
            r"|(?:基层党组织|党组织|党支部|集体|单位|企业|学校|家庭|班组)"
            # (向15名乡村教师发放“春晖”奖教金, 为20名优秀青年教师颁发“园丁”奖: the holders' noun longer than the few
            # characters above, then the verb handing the honour over right before the mark; the honour closes the
            # clause, its word (奖教金, 称号) at most a few characters after the mark: not 发放“春晖”奖教金使用说明手册,
            # a booklet handed out)
            r"|[^，。；、“”「」和及与\d]{0,8}?(?:颁发|发放|颁授)了?"
            r"(?=[“「『][^“”「」『』\n]{1,30}[”」』][\u4e00-\u9fff]{0,4}(?:[，。；,;、]|$))"
            # (授予十二个机关党支部县级“四强”党支部称号: the honour's unquoted rest between the mark and 称号)
            # (3个科室荣获医院2024年一季度“优秀科室”称号: the part of the year the honour is for, right before the mark,
            # is no word of the holders or the conferrer and takes no room of their span)
            rf"|[^，。；、“”「」]{{0,12}}?(?:第?[一二三四]季度|[上下]半年)?(?=[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\n]{{2,30}}[{_QUOTE_CLOSE}]"
            rf"(?:[\u4e00-\u9fff]{{0,4}}?{_HOLDER_HEAD})?称号)"
            # (10名领导干部妻子被省纪委、省妇联命名为“十佳廉内助”: the agent between 被 and the verb; 获选为, Hong Kong
            # and Taiwan copy's 獲選為)
            # (10名“勤俭持家，廉洁奉公”的干部家属被…命名为“…”: a quoted saying that describes the holders, closed by 的,
            # before their noun, commas inside its marks; the agent after 被 may list three bodies, 被省纪委、省监察厅、省妇联)
            # (共有26个瓜果、蔬菜品种获得“…”称号: two nouns of the holders joined by 、, no count after it: one holders' noun)
            rf"|(?:[^，。；、“”「」]|、(?![^，。；]{{0,6}}?{NUM})|（[\u4e00-\u9fff、]{{1,8}}）|[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\n。；]{{1,24}}[{_QUOTE_CLOSE}]的){{0,20}}?(?:被[^，。；“”「」]{{0,20}}?(?:评为|授予|命名为|(?:{_DESIGNATING_VERBS})为)|获评|获选为?|(?:荣获|获得|获颁发?|获授)"
            # (12位志工获颁服务满20年的“金质奖”: what the honour is for, closed by 的 right before the mark, no part of its
            # name, as in received)
            rf"(?:[^，。；、“”「」]{{1,10}}?的(?=[{_QUOTE_OPEN}]))?|评为|获?嘉许为|成功创建|创建|创成"
            # (45名教师入选“最美教师”名单: selected onto the list of those conferred, not 入选…候选人名单, _LISTED_NOT_YET)
            r"|入选"
            # (12名学生获省级“优秀学生干部”: a bare 获 before a quoted honour that closes the clause (perhaps with its
            # title word or nomination prize after the mark), or a
            # quoted contest whose prize's grade closes it, the edition before the mark: 5名来自我校的选手获“挑战杯”一等奖,
            # 获第十届“创青春”大赛金奖, _GRADE_TAIL; not 获“XX杯”一等奖后…)
            rf"|获(?=(?:{_EDITION})?(?:{_LEVEL_WORD}|[\u4e00-\u9fff]{{0,4}}[省市县区州])?[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\n]{{2,30}}[{_QUOTE_CLOSE}]"
            # (20名退役军人获“最美退役军人”提名奖, 获“优秀网格员”荣誉称号: the honour's nomination prize or its title word
            # closing the clause after the mark)
            # (5名教师获“全国模范教师”提名: a nomination received, its own honour, §5 eleventh review round)
            r"(?:[，。；,;、]|$|(?:(?:荣誉)?称号|(?:(?:荣誉)?称号)?提名奖?)(?=[，。；,;、]|$)|" + _GRADE_TAIL.pattern + ")))"
            # (999名妇女获评全国“三八红旗手”, 5个村被评为省级“美丽乡村示范村”: a level between the verb and the mark,
            # dropped with a whole quoted honour as after 授予, kept with one quoted in part, _LEVEL_BEFORE_QUOTE)
            # (15名教师获评2023年度“优秀教师”, 被评为2024年度市级“…”: the honour's year before the mark, dropped as
            # the level is)
            # (20名教师获评省“优秀教师”: a level written as one character right before the mark, dropped too)
            # (十名青年获评江川区“五四青年奖章”, 获得柳河市“三八红旗手”: the conferring place's name right before the
            # mark, dropped as its level is)
            # (获第十届“创青春”大赛金奖: the edition before the mark, no part of the name)
            rf"(?:{_YEAR_PREFIX}|{_RELATIVE_YEAR}|{_EDITION})?(?:{_LEVEL_WORD}|[\u4e00-\u9fff]{{0,4}}[省市县区州](?=[{_QUOTE_OPEN}]))?)"
            # (10名“好媳妇”的丈夫被评为“模范丈夫”, 20名“爱岗敬业”的民警被评为“…”: a quoted word closed by 的 and the
            # holders' noun, then a verb of receiving and a quoted honour in the clause, describes the holders, the honour
            # is the later one; not 两个“…标杆党组织”的示范引领下, 20间获嘉许为「…」的机构颁发奖座: no honour after them)
            rf"{_QUOTED_HONOR_AFTER}(?!的[^，。；“”「」]{{1,12}}?(?:被|获评|荣获|获得|获)[^，。；“”「」]{{0,20}}?[{_QUOTE_OPEN}])"
        ))
        # 颁发「体育推手奖」予6个企业团体 / 颁授「长期服务嘉许状」予资深义工共8人 (Taiwan, Hong Kong).
        self.given_to = re.compile(
            # (頒發「績優志工」獎項予12位志工, 頒發「模範勞工」獎予15名勞工: 奖 written after the mark is the prize's, 奖项
            # only says it is one)
            # (頒發了「…」予25名員工: 了 after the verb)
            # (頒發首屆「台精傑出學生獎」予10位同學, 颁授第三届「…」予…: an edition word before the quote, dropped like
            # 第N届, GUIDELINES §5 "首届 is dropped like 第N届"; 颁发本年度「…」予…: this conferral's year, twenty-ninth round)
            # (颁发“明德”奖学金予30名同学: a named scholarship handed to a count, §5 tenth and thirty-third rounds)
            rf"(?:颁发|颁授|颁赠|颁予)了?(?:{_EDITION_OR_YEAR_BEFORE_QUOTE})?{_QUOTED_HONOR}(?:奖牌|奖状|奖座|奖项|(?P<prize>奖(?:学金|教金)?))?予"
            rf"[^，。；]{{0,12}}?(?:共)?{count}"
            rf"(?:[^，。；\d]{{0,6}}?(?:及|和|与|、){count2})?"  # 予45名义工及8间机构
        )
        # (頒發「甲獎」予25名員工及「乙獎」予5個部門: a second quoted prize joined right after the first's recipients,
        # handed to its own count)
        self._given_to_joined = re.compile(
            rf"[^，。；\d{_QUOTE_OPEN}]{{0,6}}?(?:及|和|与|、|以及){_QUOTED_HONOR}"
            rf"(?:奖牌|奖状|奖座|奖项|(?P<prize>奖))?予[^，。；]{{0,12}}?(?:共)?{count}"
        )
        # 行政长官社区服务奖状颁予六十五人 / 颁授金紫荆星章予10人: an unquoted honour handed to a count.
        # (荣誉奖状颁予12名个人及9个团体: two counts; 颁授荣誉博士学位予3位杰出人士, 名誉博士学位予四位: an honorary degree)
        self.handed_to = re.compile(
            # (颁授勋章及奖状予共190名人士, 颁授勋衔及嘉奖予共302名人士: the medals and certificates of the day, a total)
            # (颁发嘉许状予120名义工: a certificate of commendation, a commendation by its wording)
            rf"(?:颁授|颁发)?(?P<honor>(?:勋章|奖章|勋衔)(?:(?:及|和|、|或)(?:勋章|奖章|奖状|嘉许状|嘉奖|嘉许)){{1,3}}|[^\W\d的并后予及]{{0,16}}(?:勋章|星章|奖章|奖状|嘉许状|纪念章|(?<=[^\W\d的并后予及]{{2}})奖|(?:荣誉|名誉)(?:博士)?学位|(?:荣誉|名誉)(?:大学)?院士(?=衔|称号|颁予|授予|予)"
            # (该奖学金今年授予20名学生, 该奖今年授予…: a scholarship or a prize named before, §5 tenth round)
            rf"|(?<=[该此本])奖(?:学金)?|(?<=这一)奖(?:学金)?"
            # (颁发清寒优秀学生奖学金予152名学生, 颁发国家励志奖学金予120名学生: a named scholarship or teachers' prize handed
            # to a count, its name two characters or more, §5 tenth, twelfth and thirty-third rounds; not a bare 奖学金)
            rf"|(?<=[^\W\d的并后予及]{{2}})(?<!颁发|颁授|颁赠)奖[学教]金))(?:衔|称号)?(?:今年度?|本年度|当年)?(?:则|亦|也|共)?"
            # (颁发师铎奖给8位教师: Taiwan copy hands it 给 them)
            # (予二〇二三年授勋名单内共二百八十三人: the recipients described before 共 and their total)
            rf"(?:颁予|授予|予|(?<=奖)给|(?<=奖[学教]金)给)(?:[^，。；]{{0,16}}?合?共)?{count}"
            rf"(?:[^，。；\d]{{0,4}}?(?:及|和|与|、){count2})?"
        )
        # 授予3位知名人士名誉博士学位: an honorary degree conferred on a count of people, named after them (§5, as
        # 颁授荣誉博士学位予3位杰出人士 above; not 1200名毕业生获颁学位, degrees earned).
        self.degree_granted = re.compile(
            rf"(?:授予|颁授|颁发|颁予)(?:[^，。；“”「」\d]{{0,8}}?){count}[^，。；“”「」\d]{{0,10}}?"
            rf"(?P<honor>{_HONORARY_DEGREE})(?:衔|称号)?(?=[，。；,;]|$)"
        )
        # 向3位杰出校友授予名誉博士学位, 向4位杰出人士颁授名誉院士衔: the same honours conferred on a count of
        # people written first (§5; the honour is what is conferred, not the people's description).
        self.degree_granted_to = re.compile(
            rf"(?:向|为|给){count}[^，。；“”「」\d]{{0,10}}?(?:授予|颁授|颁发|颁予)了?"
            rf"(?P<honor>{_HONORARY_DEGREE})(?:衔|称号)?(?=[，。；,;]|$)"
        )
        # 为获得“青年优秀论文奖”的8名青年学者颁奖: the honour before the count.
        self.honor_then_count = re.compile(
            # (为获得“光荣在党50年”纪念章的126名老党员…: the token's noun after the quote)
            # (对荣获“优秀共产党员”称号的张三、李四等10名同志进行了表彰: the holders named before 等 and the count)
            # (为获选今年“青创之星”的10组团队颁奖: 获选 as 获评, §5 twenty-ninth round)
            rf"(?:获得|荣获|获评|获颁|获选为?)[^，。；“”「」]{{0,4}}?{_YEAR_PREFIX}?{_QUOTED_HONOR}"
            # (为获得“十佳员工”和“优秀员工”称号的23名员工颁奖: one count over quoted honours joined by 和, the whole phrase)
            rf"(?P<more>(?:[和及与、]?[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\n，。；]{{2,30}}[{_QUOTE_CLOSE}]){{0,3}})"
            # (对获得“江城杯”优质工程的48项工程进行了表彰: the works honoured after the quoted prize)
            r"(?:荣誉)?(?:称号|纪念章|奖章|勋章|奖杯|奖牌|奖状|" + _GRADE_WORDS + "|" + _MERIT_WORKS
            # (为获得“安康杯”竞赛优胜奖的6家单位颁奖: a grade of the quoted campaign's prize, its contest word between)
            + rf"|(?P<grade>(?:竞赛|比赛|评比|活动)?{_GRADE_NAMED}))?的"
            # (not 获得…称号的党员代表和群众等200人参加会议: those attending, holders among them)
            rf"(?:(?:(?!代表|群众|家属|和|及)[^，。；“”「」\d]){{2,40}}?等(?=(?P<listed>{NUM})))?{count}"
            # (named holders need a conferring verb after them: not …等3人来我县宣讲, …等30人参与了座谈)
            rf"(?(listed)(?={_LISTED_CONFERRED}))"
            # (为获得“优秀组织奖”的6所学校和15名教练员颁奖: a second count of holders of the same honour, joined by 和/及;
            # not their representatives, 和15名教练员代表, nor those taking part, 和200名参赛选手)
            rf"(?:[\u4e00-\u9fff]{{0,4}}?(?:和|及|以及|与){count2}{_NOT_SECOND_HOLDERS})?"
        )
        # 对获得“先进集体”称号的5个单位和“先进个人”称号的20名个人进行了表彰: each listed honour, then its count
        # (the receiving verb once, before the first item).
        self.listed_honor_then_count = first_char_gated(
            rf"(?:(?:获得|荣获|获评|获颁)[^，。；“”「」]{{0,8}}?{_YEAR_PREFIX}?|[和及、]\s*(?:获得|荣获)?){_QUOTED_HONOR}"
            rf"(?:荣誉)?(?:称号)?的{count}"
            # (…“优秀组织奖”的6所学校和15名教练员: a second count of holders of the same honour, as in honor_then_count)
            rf"(?:[\u4e00-\u9fff]{{0,4}}?(?:和|及|以及|与){count2}{_NOT_SECOND_HOLDERS})?"
        )
        # (the item before with its own count: …称号的5个单位和…, or holders named before 等: …的王红、赵刚等15名同志和…)
        self._after_listed_count = re.compile(rf"[的等]{NUM}(?:{units})[\u4e00-\u9fff]{{0,6}}$")
        # 为六十四个获得“戏曲小梅花”称号的小演员佩花: the count before the recipients' honour.
        self.count_then_honor = literal_gated(first_char_gated(
            rf"{count}(?:获得|荣获|获评|获颁|被授予)(?:了)?[{_QUOTE_OPEN}](?P<honor>[^{_QUOTE_CLOSE}\n]{{2,30}})"
            rf"[{_QUOTE_CLOSE}](?:荣誉)?称号的"
        ))
        # 评选出“金牌员工”20名、“卓越团队”5个 / “好婆婆”“好媳妇”各5名: quoted honours, then the count.
        self.quoted_then_count = first_char_gated(
            rf"(?P<honor>(?:[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\n，。；]{{2,30}}[{_QUOTE_CLOSE}][、和及与]?){{1,4}})"
            # (颁发“光荣在党50年”纪念章120枚: the token's noun after the quote belongs to the honour; so does 奖 right
            # before the count: 颁发「特殊优良教师」奖15名 → 特殊优良教师奖)
            # (頒發「傑出婦女」獎項12名: 奖项 before a count of people only says the quoted honour is a prize, as in
            # given_to; not “十佳”奖项3个, the prizes counted)
            # (表彰“爱心企业”奖项5个: 奖项 after an honour conferred on counted bodies is dropped as well; not 设立“十佳青年”
            # 奖项3个, places set up, nothing conferred: §5, eleventh review round)
            rf"(?:称号|荣誉称号|奖项(?=(?:共|各|约)?[ \t\u3000]?{NUM}[名位人])|(?P<prizes>奖项)(?=(?:共|各|约)?{NUM}[个家所支])"
            # (颁发“打诈尖兵”奖座6座, “工安优良厂商”奖牌5面, “优秀志愿者”荣誉证书50本: a trophy, plaque or certificate
            # counted after a quoted honour counts the honour, the object's noun dropped; §5, eleventh review round)
            rf"|(?P<object>{_TROPHY_WORDS}|(?P<cert>{_CERTIFICATE_WORDS}))"
            rf"|(?P<token>纪念章|勋章|奖章|奖(?=[\d一二三四五六七八九十两百]))|(?P<merit>{_MERIT_WORKS}))?(?:获得者|获奖者|得主|(?<=奖[{_QUOTE_CLOSE}])(?:{_PRIZE_HOLDERS}|(?P<works>{_PRIZE_WORKS})))?"
            # (评出“优秀党支部书记”，共有以下8人：张三、…: the count heading the names after a colon)
            # (表彰了“优秀教师” 120名: a space before the count)
            # (表彰了“优秀志愿者”约100名: an approximate count read as 约100名“…” is, no 约 left on the honour; the other
            # approximate words give nothing, _APPROX_BEFORE)
            # (“青年科技奖”共评出获奖者15名, “金点子奖”评选出15名获奖者: a prize's winners chosen, counted; not “…奖”评出15名
            # with no winners' word, the count then being of what else was chosen)
            # (表彰了“城管执法标兵”张立军、王海涛、刘明等6名: the holders' names listed between the honour and 等 before the
            # count, GUIDELINES §5 "Holders counted after a name list … are the honour" and "No count word → no record, even
            # if the recipients are listed by name": the count after 等 is written)
            rf"(?:{_NAMES_BEFORE_ETC})?"
            rf"(?:[，,]?共|各|约|[，,]共有?(?:以下|如下)(?=[^，。；]{{1,6}}[：:])"
            # (“青年科技奖”评选共评出获奖者15名, 「…奖」選舉共選出十位得獎者: the selection's word between, 选出 as 评出, §5
            # thirty-first review round)
            rf"|(?<=奖[{_QUOTE_CLOSE}])(?:评选|评审|选举)?共?(?:评(?:选)?|选)出了?(?:{_WINNERS_WORDS}|(?={NUM}[名位人](?:{_WINNERS_WORDS})))"
            # (本届“十佳青年”共评出10名, “十佳青年”评选共评出获奖者10名, 今年“优秀教师”共表彰30名: a quoted title's holders
            # chosen or commended, counted with no noun and the clause closed right after the unit, §5 thirtieth review round;
            # a title names its holders, while a prize's count needs the winners' word above: not “青年科技奖”共评出15名)
            # (本届“十佳青年”选举共选出十位得奖者: 选出 as 评出, the winners' word closing the clause after the unit)
            rf"|(?<![奖][{_QUOTE_CLOSE}])(?:评选|选举|活动)?共?(?:评(?:选)?出|选出|表彰|表扬)了?(?:{_WINNERS_WORDS})?"
            rf"(?={NUM}(?:{units})(?:{_WINNERS_WORDS})?(?:[，。；,;]|$)))?"
            rf"[ \t\u3000]?(?P<n>{NUM})(?P<unit>{units}"
            # (a certificate counted by 本, 份 or 张)
            r"|(?(cert)(?:本|份|张)|(?!)))"
        )
        # (…纪念章28枚和“优秀共产党员”证书40本: a quoted honour's token joined after another's, its own count; a
        # certificate counted by 本 or 份)
        self._token_count_joined = re.compile(
            rf"[和及、][{_QUOTE_OPEN}](?P<honor>[^{_QUOTE_CLOSE}\n，。；]{{2,30}})[{_QUOTE_CLOSE}]"
            rf"(?P<token>{_CERTIFICATE_WORDS}|纪念章|勋章|奖章|{_TROPHY_WORDS})(?P<n>{NUM})(?P<unit>{units}|本|份|张)(?=[，。；,;]|$)")
        self._count_before = re.compile(rf"{NUM}(?:{units})[^，。；、“”「」\d]{{0,6}}$")
        # 表扬模范父亲32名、孝行楷模10名: unquoted honours listed right after an award verb.
        # (优秀员工（共40名）、优秀管理者（共10名）: each item's own count in brackets, 共 inside them)
        # (表彰优秀教师 120名、优秀班主任 60名: a space between an honour and its count)
        # (表彰先进网点10个、“服务之星”15名: a quoted honour as a whole item, read by quoted_then_count, the list going
        # on past it)
        def honour_items(separator: str) -> str:
            """One to eight honours each with its count, set off by ``separator``."""
            # (其中先进集体中有二十个为民政部门: a part of the holders just counted, told by 中有, no honour item)
            return (rf"(?P<items>(?:(?:{_QUOTED_ITEM_HONOR}|{_SERVICE_YEARS_PREFIX}?(?:(?!{NUM}(?:{units})|中有){_HONOR_PIECE}){{2,12}}?)"
                    rf"{_ITEM_GAP}{NUM}(?:{units})[）)]?{separator}?){{1,8}})")

        honor_items = honour_items("[、和及]")
        # (表彰先进网点10个，优秀客户经理20名: after the verb the items may be set off by commas too, each such item an
        # honour of its own, nothing vouching for it; not a clause opening on 其中 or 分别, read as such below)
        honor_items_after = honour_items("(?:[、和及]|[，,](?!其中|分别))")
        self.listed_after_verb = re.compile(
            # (…受到表彰。其中，先进集体20个、先进个人80名: the list after 其中 continues the sentence before)
            # (先进集体（10个）、先进个人（30名）: the counts in brackets)
            # (表彰了2023年度优秀员工46名、…: the year before the list)
            # (表彰了先进单位、优秀项目，分别为先进单位8家、优秀项目12个: the counts of honours named in the clause
            # before, opening the next one; those honoured must be said before, _HONOURED_BEFORE)
            # (获表彰的有：就业工作先进单位（6个）、…: those commended listed after 的有)
            # (会议表彰了一批先进典型，其中突出贡献集体5个、突出贡献者3名: 其中 opening a later clause of the sentence
            # that confers them, _HONOURED_BEFORE)
            # (表彰了2024届优秀毕业生320名、…: a school's class before the list, as a year)
            # (表扬服务满二十五年的资深优良教职员12名: a description of the holders ending in 的 before the honour)
            # (授予三八红旗集体8个、“三八红旗”手20名: the honours and their counts conferred by 授予 or 追授 too; not holders
            # named before 等, 授予李某等同志“四有”好老师称号（共22名）, nor a title, 被授予“…”称号的同学有45名, which the quoted
            # patterns read)
            # (颁发流动红旗5面: a mobile red flag counted is an honour, with no recipient kind, §5 eleventh review round;
            # not 颁发奖牌10面, 颁发证书200本: the objects alone)
            rf"(?:(?:表彰|表扬|评选出|评出|评选|命名|(?<![被获])(?:授予|追授)(?![^，。；]{{0,16}}?等|[^，。；]*?称号)|创建|创成"
            rf"|(?:颁发|颁授)(?=[\u4e00-\u9fff]{{0,8}}?流动红旗{NUM}面))(?:了|的(?:有|是|为)[：:]?)?(?:(?:19|20)\d{{2}}学?年度?|{_CLASS_PREFIX})?"
            rf"(?:(?<![的有是为：:])[^，。；\d“”「」的]{{2,24}}?的)?|^\s*其中[，,：:]?"
            r"|(?P<within>(?<=[，,])其中[，,：:]?)"
            rf"|(?P<respective>(?<=[，,])分别(?:为|是)[：:]?)){honor_items_after}"
            # (表揚金質獎20名、銀質獎35名、銅質獎50名績優志工: the recipients named after the last count)
            r"(?!以上|以下|左右)(?=(?:[\u4e00-\u9fff]{2,8})?(?:[，。；,;]|$))"
        )
        # 对安全生产先进企业6家、优秀安全员18人进行了表彰 / 会上，优秀管理者10名受到表彰: the same list between
        # 对 and a conferring verb, or opening a clause before a passive one.
        self.listed_before_verb = re.compile(
            # (会上，公司对优秀技师（共30名）…进行了表彰: the subject and 对 before the list, not the first item's)
            rf"(?:对(?:(?:19|20)\d{{2}}学?年度?)?|(?:^|(?<=[，,：:\s]))(?![\u4e00-\u9fff]{{1,8}}?(?<![应面针绝相])对(?![口外台内接标象话]))){honor_items}"
            rf"(?=(?:分别)?(?:{_CONFERRED_AFTER}|{_RECEIVED_AFTER}))"
        )
        # 会议为上年度“安康杯”竞赛优胜班组12个、优秀安全员30名颁奖: the same list between 为 and a verb of handing prizes or
        # plaques (§5 tenth round: a prize grade of a quoted campaign and an honour conferred on counted holders at the
        # event); the year or the edition the honours are for is no part of them (为上届优胜班组12个…颁奖: the prizes handed
        # now, 上届 no word of the honour). Not 因为/作为/成为/认为 (no beneficiary), not 为了 (a purpose: 为了…颁奖，工会筹措
        # 资金 hands nothing) and not aid handed out (为困难职工20名发放慰问金: no verb of prizes).
        self.listed_for_prizes = re.compile(
            rf"(?<![因作成认以])为(?!了)(?:(?:19|20)\d{{2}}学?年度?|上一?年度|本年度|上一?届)?{honor_items}"
            r"(?=颁奖|颁发(?:了)?(?:奖牌|奖杯|奖状|荣誉证书|证书)|授牌)"
        )
        # (表彰了全县优秀教师50名: the whole place the commendation covers is no part of the honour, §5; a national level,
        # 全国劳动模范, names the honour and stays)
        self._list_item = re.compile(rf"(?:{_WHOLE_BELOW_NATION})?{_SERVICE_YEARS_PREFIX}?(?P<honor>{_QUOTED_ITEM_HONOR}|{_HONOR_PIECE}{{2,12}}?){_ITEM_GAP}{count}")
        # 表彰了12名金牌工匠、8名青年岗位能手和3个工人先锋号 / 对15名年度十佳员工进行了表彰: counts right
        # after the conferring verb (or between 对 and the verb), each before an honour that runs to the
        # next count or the clause's end; the honour need not start with a word the lists know.
        # (表彰了10个先进网点、15名“服务之星”: a quoted honour as a whole item, read by the quoted patterns)
        # (表彰了48项“江城杯”优质工程、20家优秀建筑企业: a quoted word that more of the honour follows, read by the quoted
        # patterns, the list going on past it)
        # (表彰15个2024年度先进单位: the year of the work honoured between the count and the honour, no part of its name, as
        # it is before the count)
        # (对30个全省优化营商环境工作先进集体…: a scope word right after the count, no part of the honour, GUIDELINES §5
        # sixteenth review round; it sits outside the honour's 2-12 bound so a long honour after it is still read whole)
        item = rf"{NUM}(?:{units}){_PERIOD_PREFIX}?(?:{_SCOPE_WORD})?(?:{_QUOTED_ITEM_HONOR}{_COUNTED_HONOR_PIECE}{{0,8}}?|{_COUNTED_HONOR_PIECE}{{2,12}}?)"
        self.counted_after_verb = first_char_gated(
            # (表彰了全市50名劳动模范和20个先进集体, 表彰了在…中表现突出的50名…: a scope or a description first)
            # (对全市教育系统100名优秀教师、…和20所…学校: the whole place's line of work as the scope)
            rf"(?:(?P<verb>(?:表彰|表扬|评选出|评出|命名)了?)|对)(?:{_PERIOD_PREFIX}?(?:{_WHOLE}(?:[\u4e00-\u9fff]{{1,8}}?(?:系统|行业|战线))?"
            rf"|[^，。；\d“”「」]{{2,24}}?的"
            # (对6个县（市、区）的20名优秀河湖长, 对全市12个乡镇的35个先进集体: a count of the places the honoured come from
            # is their scope, not an honour's count, §5)
            rf"|(?:{_WHOLE})?{NUM}个[^，。；\d“”「」的]{{1,12}}?的"
            # (表彰江城一中等5所先进学校, 表揚西屯區公所等8個績優區公所: the holders named before 等, then their count and
            # the honour, §5)
            rf"|{_HOLDERS_ETC}(?={NUM}(?:{units})))|{_PERIOD_PREFIX})?"
            # (对2024年度20名优秀政协委员进行了表彰: the year alone before the count; also a part of a year, 上半年 or 第三季度)
            # (对十佳员工、20名优秀管理者和6个优秀团队进行了表彰: honours listed bare before the counted ones, with no count
            # of their own, give nothing; the counts after them keep their honours)
            rf"(?:(?:(?!{NUM}(?:{units}))[^\W\d的、，。；“”「」]){{2,12}}?、){{0,3}}"
            # (表彰了全县50名优秀教师和全县12所先进学校: the scope repeated before each count)
            # (表彰江城一中等5所先进学校和李某等10名优秀教师: holders named before the next count's 等 as well)
            rf"(?P<items>(?:{item}(?:以及|[、和及与；;])(?:{_WHOLE}|{_HOLDERS_ETC})?(?={NUM}(?:{units}))){{0,7}}{item})"
            r"(?=[，。；,;]|$|(?P<after_verb>" + _CONFERRED_AFTER + "))"
        )
        # 会上，20个先进村、50名致富带头人受到表彰: the counts and their honours, then the passive verb.
        self.counted_before_verb = first_char_gated(
            rf"(?:^|(?<=[，,：:\s]))(?:{_WHOLE})?(?P<items>(?:{item}[、和及与](?:{_WHOLE})?(?={NUM}(?:{units}))){{0,7}}{item})"
            r"(?:分别)?(?=" + _RECEIVED_AFTER + ")"
        )
        # (表彰了10个先进基层党组织；20名优秀共产党员。: a sentence that is only such counts, after a
        # sentence conferring honours)
        self.counted_sentence = re.compile(
            rf"^\s*(?:其中[，,：:]?\s*)?(?P<items>(?:{item}[、和及与，,；;](?={NUM}(?:{units}))){{0,7}}{item})\s*[。；;]?\s*$"
        )
        # 对获得“江城杯”优质工程的48项工程、20家优秀建筑企业进行了表彰: counted honours listed after the holders of a quoted
        # one, up to the conferring verb after them or the clause's end after a conferring verb (§5; not …、20家企业参加
        # 了观摩: those attending)
        self.items_after_quoted = re.compile(
            # (the holders' noun of the quoted honour's count first: …的48项工程、…, …的8个单位和…)
            rf"[\u4e00-\u9fff]{{0,4}}?(?:以及|[、和及与])(?P<items>(?:{item}(?:以及|[、和及与])(?={NUM}(?:{units}))){{0,7}}{item})"
            r"(?=(?:分别)?(?:" + _CONFERRED_AFTER + "|" + _RECEIVED_AFTER + r"|颁奖|颁发|授牌)|(?P<end>[，。；,;]|$))"
        )
        self._counted_item = re.compile(
            rf"{count}{_PERIOD_PREFIX}?(?:{_SCOPE_WORD})?(?P<honor>{_QUOTED_ITEM_HONOR}{_COUNTED_HONOR_PIECE}{{0,8}}?|{_COUNTED_HONOR_PIECE}{{2,12}}?)"
            rf"(?=(?:以及|[、和及与；;])(?:{_WHOLE}|{_HOLDERS_ETC})?(?={NUM})|[，。；,;]|$|进行|予以|给予|通报|(?:分别)?{_RECEIVED_AFTER})"
        )
        # 会议表彰了一批先进。先进集体10个，先进个人30名。: a sentence that is only such a list, after
        # a sentence conferring honours
        # (…进行表彰。其中，先进基层党组织6个，优秀共产党员22名。: the parts after 其中, no total before)
        # (…进行表彰。其中，“优秀管理者”10名，“优秀员工”35名。: quoted honours, read by quoted_then_count)
        list_items = (rf"(?P<items>(?:[{_QUOTE_OPEN}]?(?:(?!{NUM}(?:{units}))[\u4e00-\u9fff]){{2,12}}?[{_QUOTE_CLOSE}]?"
                      rf"[（(]?{NUM}(?:{units})[）)]?[、和及，,；;]?){{1,8}})")
        self.list_sentence = re.compile(rf"^\s*(?:其中[，,：:]?\s*)?{list_items}\s*[。；;]?\s*$")
        # (此次共有15人获得国家勋章和国家荣誉称号，其中“共和国勋章”4人，国家荣誉称号11人。: the same list after 其中
        # closing the sentence, the parts of a count received or conferred in the clause right before it, which
        # holds the verb and the count in either order)
        self.parts_clause = literal_gated(re.compile(
            rf"(?<![^，。；,;])(?=[^，。；,;]*?(?:{_RECEIVING}|{_CONFERRED_IN.pattern}))[^，。；,;]*?{NUM}(?:{units})[^，。；,;]*?"
            rf"[，,]\s*其中[，,：:]?\s*{list_items}"
            r"\s*[。；;]?\s*$"
        ))
        # 颁发了本次大会青年优秀论文奖，…吴某等10位青年学者获此殊荣: the count refers back to the honour.
        # (颁发防灾绩优单位奖牌，共有8个区公所获奖: the honour's plaque named after it, its token, no part of its name)
        self.anaphoric = re.compile(
            rf"(?:颁发|颁授|授予|评选出|评出)了?(?P<honor>[^，。；“”「」]{{0,12}}?[{_QUOTE_OPEN}]?[^，。；“”「」]{{2,20}}?"
            rf"(?:(?:奖|称号|勋章|奖章|奖状)[{_QUOTE_CLOSE}]?|[{_QUOTE_CLOSE}]?(?=(?P<token>奖牌|牌匾)[，,])))(?:奖牌|牌匾)?"
            # (首度颁发“终身成就奖”，由张某等4位会员获得: the holders 由 whom it is received, 获得 closing the clause)
            # (not 颁发县长奖，共有县长奖12名、议长奖8名、校长奖30名获奖: counts of several honours listed, each its own,
            # in digits or in the numerals of Taiwan and Hong Kong pages (县长奖十二名、议长奖八名);
            # no item of such a list, a count closed by 、, may stand before the one read; not 由…等3个单位推荐的4位…获得,
            # the count of those who put them forward)
            rf"[，,](?P<by>[^，。；]{{0,8}}?由)?(?:(?!{NUM}[名位人个家所件项]、)[^。；]){{0,60}}?{count}"
            # (由县委组织部等3个单位推荐的4位老同志获得: no 的 between the holders' count and 获得, the count of those
            # who put them forward closing a relative clause before it is not theirs)
            rf"(?(by)(?:(?!的)[^，。；]){{0,12}}?获得(?=[，。；,;]|$)|(?:(?!{NUM}[名位人个家所件项])[^，。；]){{0,12}}?(?:获此殊荣|获此荣誉|获此奖项|获此称号|获此奖|{_WON_BARE})(?![\u4e00-\u9fff]))"
        )
        # 省“五个一工程”奖揭晓，我市共有6部作品获奖 / 第八届省青年科技奖评选结果揭晓，我校3名教师获奖: a prize announced,
        # then the count of its winners in the next clause (a count referring back to the honour just named, §5); the
        # prize quoted (with 奖 or 奖章 after the mark) or unquoted and ending on 奖 or 奖章, not a contest's (大赛…揭晓:
        # its results, §5).
        self.announced_anaphoric = re.compile(
            rf"(?:[{_QUOTE_OPEN}](?P<quoted>[^{_QUOTE_CLOSE}\n，。]{{2,20}})[{_QUOTE_CLOSE}](?P<tail>奖章|奖|称号)?"
            rf"|(?:(?<=[，,；;：:\n])|^)\s*(?:第[\d一二三四五六七八九十百]+届|{_YEAR_PREFIX})?"
            r"(?P<plain>(?!第)(?:(?!的)[^，。；“”「」\d\s]){2,16}?(?:奖章|奖)))"
            r"(?:评选结果|评审结果|评选|获奖名单|名单)?(?:日前|近日|近期|正式|已经?|今天|今日|昨天|昨日)?(?:揭晓|公布|出炉)"
            rf"[，,](?:[^，。；\d]{{0,8}}[，,])?[^，。；\d]{{0,10}}?{count}[^，。；\d]{{0,10}}?"
            r"获奖(?![\u4e00-\u9fff])"
        )
        # 公布113年师铎奖得奖名单，共有六十三位教师获奖: a prize's list of winners published, then their count (a year
        # before the prize, 113年 in Taiwan's calendar, is no part of it).
        # (公布「优质服务奖」得奖名单, 公布了第五届“市长质量奖”获奖名单: the prize quoted, its edition before the mark, read
        # as the unquoted one, §5 thirty-first review round)
        self.list_anaphoric = re.compile(
            rf"(?:公布|发布|揭晓)了?(?:\d{{2,4}}学?年度?)?(?:第[\d一二三四五六七八九十百]+届(?=[{_QUOTE_OPEN}]))?[{_QUOTE_OPEN}]?"
            rf"(?P<honor>[^，。；“”「」\d]{{2,20}}?奖)[{_QUOTE_CLOSE}]?(?:得奖|获奖)名单[，,][^。；]{{0,40}}?"
            rf"{count}[^，。；]{{0,12}}?(?:获此殊荣|获此奖|获奖)(?![\u4e00-\u9fff])"
        )
        # 举行绩优员警表扬大会，共有四十二名员警获得表扬 / 举行“最美家庭”表彰大会，10户家庭受到表彰: those commended at a
        # ceremony named after their honour; the honour must read as one (not 举行年度总结表彰大会), be one honour (not
        # 先进集体和先进个人表彰大会: the count may be over both) and more than a bare word of praise (先进表彰大会).
        self.ceremony_commended = re.compile(
            rf"(?:举行|召开|举办)了?{_YEAR_PREFIX}?(?:第[\d一二三四五六七八九十百]+届)?(?:{_WHOLE})?(?!(?:先进|优秀|模范)(?:表扬|表彰))"
            rf"(?P<honor>[{_QUOTE_OPEN}]?(?:(?![和及与])[\u4e00-\u9fff]){{2,12}}?[{_QUOTE_CLOSE}]?)(?:表扬|表彰)(?:大会|典礼|仪式|会)"
            rf"(?:[^。；，,]{{0,20}}[，,])?[^，。；\d]{{0,6}}?{count}[^，。；\d]{{0,8}}?"
            r"(?:获得|受到|得到)了?(?:表扬|表彰)(?=[，。；,;]|$)"
        )
        # 舉行2023年度勳章、獎章和榮譽獎狀頒授典禮，合共65名個人及團體獲得表彰: holders counted in the clause after a ceremony
        # named for the decorations it confers (one, or several joined by 、/和/及), commended there: their count, the whole
        # phrase its honour (GUIDELINES §5: a count over honours joined by 和 is one record whose honour is the whole phrase;
        # twenty-sixth review round: holders counted in the clause after a ceremony named for the honour hold it). A total
        # the other counts add up to is dropped later (AwardCleanup); guests watching (…嘉宾出席观礼) are no holders.
        decoration = r"(?:(?![和及与、])[\u4e00-\u9fff]){0,8}?(?:勋章|星章|奖章|奖状|嘉许状)"
        self.ceremony_decorations_commended = re.compile(
            rf"(?:举行|举办)了?(?:{_YEAR_PREFIX})?(?P<honor>{decoration}(?:[、和及与]{decoration})*)"
            rf"(?:颁授|颁发|授勋)(?:大会|典礼|仪式)[，,]\s*(?:合共|共有|共计|合计|共)?{count}"
            r"[^，。；\d]{0,8}?(?:获得|受到|得到)了?(?:表扬|表彰)(?=[，。；,;]|$)")
        # 举行2024年行政长官卓越教学奖颁奖典礼，共有42名教师获奖: the winners of the prize the ceremony named after it
        # presents, counted in a clause of their own (GUIDELINES §5, a count referring back to an honour just named); an
        # unquoted prize's name ends in 奖 (the quoted one is ceremony_anaphoric's).
        # (會中頒發112年度模範公務人員獎項，共有十二名同仁獲獎: a prize conferred at the meeting, named by 奖项 after it, its
        # winners counted in the next clause, the same reference back; not 颁发各类奖项 or 一等奖等奖项, no one prize named)
        # (行政长官社区服务奖状颁授典礼今日在礼宾府举行，共有112名人士获颁奖状: the ceremony's name opening the sentence, held
        # in its first clause, its prize a named certificate ending in 奖状 (§5: a certificate of commendation conferred on an
        # exact count is an honour), the winners receiving that certificate)
        # (the sentence-opening form is a pattern of its own, so that the verbs' form keeps its gate on their first
        # characters)
        ceremony_won = (
            rf"(?:{_YEAR_PREFIX}|1[01]\d学?年度|(?(conferred)年度|(?!)))?(?:第[\d一二三四五六七八九十百]+届)?"
            # (a named scholarship or teachers' prize is an honour like a prize, §5: 李氏奖学金颁奖典礼)
            rf"(?P<honor>(?(conferred)(?!各|多|所有|相关|本届|年度|{NUM})(?:(?![和及与、等])[\u4e00-\u9fff]){{2,14}}?|(?:{_PRIZE_NAME}"
            r"|(?P<certificate>(?:(?![和及与])[\u4e00-\u9fff]){2,14}?奖状))))"
            rf"(?(conferred)奖项|{_PRIZE_CEREMONY_WORD})"
            # (not 共有6名学生在全省比赛中获奖: a win elsewhere, not this prize's)
            rf"(?:[^。；，,]{{0,20}}[，,])?\s*(?:共有|共|有)?{count}(?:(?!{_WON_ELSEWHERE})[^，。；\d和及与、]){{0,8}}?"
            rf"(?:(?(certificate)获颁奖状|(?!))|{_WON_BARE}|获此殊荣|获此荣誉)(?=[，。；,;]|$)"
        )
        self.ceremony_prize_won = first_char_gated(rf"(?:举行|召开|举办|(?P<conferred>颁发))了?{ceremony_won}")
        # 由…举办的第二届国际青少年消除贫困奖（1997）颁奖大会今天在京举行，11名青少年获此殊荣; …讯2024年度十佳青年卫士评选今天揭晓，
        # …的10名民警获此殊荣: a ceremony or a selection named for one honour, held or announced in its clause, its holders
        # counted in the next clause (GUIDELINES §5: a count that refers back to an honour just named; sixteenth review
        # round: the winners of a ceremony named for one prize). The ceremony may follow its organiser (由…举办的) or a
        # dateline, and carry its year in brackets; a selection's honour needs the explicit 获此殊荣/获此荣誉 and must read
        # as an honour (_honor_like), a ceremony's is a prize (…奖).
        self.ceremony_then_holders = re.compile(
            rf"(?:^|(?<=[，,：:]))\s*(?:[^，。；,;：:]{{0,40}}?(?:(?<=[的讯])|(?={_YEAR_PREFIX}|第[\d一二三四五六七八九十百]+届|首届)))?"
            rf"(?:{_YEAR_PREFIX})?(?:第[\d一二三四五六七八九十百]+届|首届)?"
            rf"(?P<honor>(?!第|首届)(?:(?![和及与的])[\u4e00-\u9fff]){{2,16}}?)(?:（(?:19|20)\d{{2}}年?度?）)?"
            rf"(?:(?<=[奖）])(?P<ceremony>(?:颁奖|颁授|授奖|表彰)?(?:大会|典礼|仪式|晚会))|评选(?:结果|活动)?)"
            rf"[^，。；,;\d]{{0,20}}?(?:举行|召开|举办|揭晓)[，,]\s*(?:共有|共|有)?(?:[^，。；,;\d]{{0,16}}?的)?{count}"
            rf"(?:[^，。；\d和及与、]){{0,8}}?(?:(?P<referred>获此殊荣|获此荣誉)|{_WON_BARE})(?=[，。；,;]|$)"
        )
        # 这次第五届少数民族文学创作奖，又有24个民族的63位作家获奖: this edition's prize named alone in its clause, its winners
        # counted in the next (GUIDELINES §5 nineteenth review round: a count of winners told after the honour in its own
        # clause); the places they come from, counted before them with 的 (24个民族的), are no holders.
        self.edition_prize_won = re.compile(
            rf"(?:^|(?<=[，,；;：:]))\s*(?:这次|本次|此次|本届|这届)的?(?:{_WHOLE})?(?:第[\d一二三四五六七八九十百]+届|首届)?"
            rf"(?P<honor>{_PRIZE_NAME})[，,]\s*(?:又|还|另|共)?(?:共有|有)?(?:[^，。；,;\d]{{0,6}}?{NUM}个[^，。；,;\d]{{1,6}}?的)?"
            rf"{count}(?:[^，。；\d和及与、]){{0,8}}?(?:获此殊荣|获此荣誉|{_WON_BARE})(?=[，。；,;]|$)"
        )
        # 获表彰的有：江城书店等96个单位为全国出版系统先进集体，李明等45位同志为…: the holders named before 等 and their count,
        # each item after a heading of those commended, 为 the honour (GUIDELINES §5 eleventh review round: holders counted
        # after a name list are the honour after the count; tenth: 命名…等60个…为…, the honour after 为).
        self.commended_as_heading = re.compile(r"(?:获|受到?|得到)(?:了)?(?:表彰|表扬|嘉奖)的(?:有|是)[：:]")
        self.commended_as_item = re.compile(
            rf"(?:^|(?<=[：:，,；;]))\s*[^，。；,;：:\d]{{1,30}}?等{count}[^，。；,;\d为]{{0,6}}?为"
            r"(?P<honor>[^，。；,;、\d为]{2,24}?)(?=[，。；,;]|$)"
        )
        self.ceremony_opening_won = re.compile(
            rf"^(?P<conferred>(?!))?(?=[^，。；,;]{{0,24}}?{_PRIZE_CEREMONY_WORD}[^，。；,;]{{0,20}}?举行[，,]){ceremony_won}")
        # 主持行政长官社区服务奖状颁授典礼，向八十四名热心服务社群的人士颁授奖状; 举行杰出青年奖颁奖典礼，为10名青年颁奖: those a
        # ceremony named after one prize or certificate confers on, counted in the clause right after its name, with only the
        # prize's token (奖状, 证书, 奖项) or a bare 颁奖, are that prize's winners (GUIDELINES §5: a count referring back to
        # the honour just named; sixteenth review round: the winners of a ceremony named for one prize). The ceremony held,
        # chaired or attended; not a token of another kind handed over (向…颁发纪念品), nor holders named by an honour of their
        # own (为10名优秀教师颁发证书: read as that honour).
        self.ceremony_conferred_on = first_char_gated(
            rf"(?:举行|举办|主持|出席)了?[{_QUOTE_OPEN}]?(?:{_YEAR_PREFIX}|1[01]\d学?年度)?[{_QUOTE_OPEN}]?(?:第[\d一二三四五六七八九十百]+届)?"
            rf"(?P<honor>{_PRIZE_NAME}|(?:(?![和及与])[\u4e00-\u9fff]){{2,14}}?(?:奖状|嘉许状))[{_QUOTE_CLOSE}]?"
            rf"{_PRIZE_CEREMONY_WORD}[{_QUOTE_CLOSE}]?[，,]\s*(?:并|随后|其后|亲自)?(?:向|为|给){count}[^，。；\d]{{0,16}}?"
            r"(?:(?:颁授|颁发|颁予)了?(?:奖状|嘉许状|奖项|奖座|奖杯|奖牌|证书|荣誉证书)?|颁奖)(?=[，。；,;]|$)")
        # 第五届江城杰出教师奖颁奖典礼昨日在…举行，市长某某主礼，颁发奖项予二十名教师: the same ceremony named for
        # one prize opening the sentence and told held, up to two clauses of who officiates, then its token handed to a
        # count (颁发奖项予…, 向…颁授奖状): that prize's winners (GUIDELINES §5 sixteenth review round; thirty-seventh round).
        # Not a token of another kind (颁发纪念品予…), nor a count in the officiating clauses.
        self.ceremony_opening_conferred_on = re.compile(
            rf"^(?=[^，。；,;]{{0,24}}?{_PRIZE_CEREMONY_WORD})(?:{_YEAR_PREFIX}|1[01]\d学?年度)?(?:第[\d一二三四五六七八九十百]+届|首届)?"
            rf"[{_QUOTE_OPEN}]?(?P<honor>{_PRIZE_NAME}|(?:(?![和及与])[\u4e00-\u9fff]){{2,14}}?(?:奖状|嘉许状))[{_QUOTE_CLOSE}]?"
            rf"{_PRIZE_CEREMONY_WORD}[^，。；,;]{{0,40}}?举行[，,]\s*"
            r"(?:[^，。；,;\d]{1,30}?(?:主礼|主持|出席|致辞)(?:[，,]\s*|(?=并))){0,2}(?:并|随后|其后|亲自)?"
            r"(?:(?P<handed>(?:颁授|颁发|颁予)了?(?:奖状|嘉许状|奖项|奖座|奖杯|奖牌|证书|荣誉证书)?予)|(?:向|为|给))"
            rf"{count}[^，。；,;\d]{{0,16}}?"
            r"(?(handed)|(?:(?:颁授|颁发|颁予)了?(?:奖状|嘉许状|奖项|奖座|奖杯|奖牌|证书|荣誉证书)?|颁奖))(?=[，。；,;]|$)")
        # …举行2024年度李氏奖学金颁奖典礼。共有32位学生获奖: the same winners counted at the head of the next sentence
        # (GUIDELINES §5: a count referring back to the honour just named), the ceremony held in the sentence before
        # (举行/召开/举办 before its name, or 在…举行 after it); not a count that won elsewhere (有32名学生在省赛中获奖),
        # nor one joined to another count (和/及/与, or 、 before another count).
        # (举行「113年度绩优学生奖学金颁奖典礼」，由县长林某亲自颁奖。: the name quoted whole, a Taiwan year before it, and one
        # clause of who presents after it are still the ceremony held in the sentence before)
        self.prize_ceremony_held = re.compile(
            # (举行2025/2026学年「…奖学金」颁奖典礼: the school year before the marks round the prize's name)
            rf"(?:(?:举行|召开|举办)了?[{_QUOTE_OPEN}]?(?:{_YEAR_PREFIX}|1[01]\d学?年度)?[{_QUOTE_OPEN}]?(?:第[\d一二三四五六七八九十百]+届)?"
            # (举行“明德奖学金”颁奖典礼: the marks round the prize's name alone, its ceremony word after them)
            rf"(?P<honor>{_PRIZE_NAME})[{_QUOTE_CLOSE}]?{_PRIZE_CEREMONY_WORD}"
            rf"[{_QUOTE_CLOSE}]?"
            rf"|^{_YEAR_PREFIX}?(?:第[\d一二三四五六七八九十百]+届)?"
            rf"(?P<head>{_PRIZE_NAME}){_PRIZE_CEREMONY_WORD}"
            # (…颁奖典礼，副市长某某主礼，并为获奖学生颁发证书。: up to two clauses of who officiates or hands over
            # after it, no count in them, are still the ceremony held in the sentence before; a list of those attending
            # may be long: 校长某某、捐赠人某某先生及获奖学生家长等近百人出席)
            r"[^，。；,;]{0,20}?举行)[^，。；,;]{0,20}"
            r"(?:[，,]\s*[^，。；,;\d]{1,40}?(?:主礼|主持|出席|致辞|讲话|颁奖|颁发|颁授)[^，。；,;\d]{0,12}?){0,2}$")
        self.winners_next = re.compile(
            rf"\s*(?:本届|今年|本年度|本学年|此次|本次)?(?:共有|共|有)?{count}"
            rf"(?:(?!{_WON_ELSEWHERE})(?:[^，。；\d和及与、]|、(?!{NUM}))){{0,10}}?(?:{_WON_BARE}|获此殊荣|获此荣誉)(?=[，。；,;]|$)")
        # 议长奖则由周某代为颁发，共十八名毕业生获奖: a prize opening its clause, presented by someone at the event, its
        # winners counted in the next clause (GUIDELINES §5 nineteenth review round, like a count opening the next
        # sentence); the count right after the comma (not 去年共有…, 历年来…: another period), no win elsewhere.
        # The prize may be the object of the verb (理事长则代表校友总会颁发校友奖学金，共20名毕业生获奖), and what each winner
        # receives may stand between (…，每名新台币5,000元，共20名毕业生获奖: a share, no count of holders, §5).
        self.prize_presented_won = re.compile(
            # (大会中并颁发「绩优工会」奖项，共计4个工会获奖: a quoted honour handed out as 奖项, the word dropped, §5
            # eleventh review round; its winners counted after 共计 as after 共有)
            rf"(?:^|(?<=[，,。；;]))\s*(?P<handed>[^，。；,;\d]{{0,30}}?(?:颁发|颁授)了?[{_QUOTE_OPEN}]?)?"
            rf"(?P<honor>{_PRIZE_NAME}|(?<=[{_QUOTE_OPEN}])[^，。；,;\d{_QUOTE_CLOSE}]{{2,14}}(?=[{_QUOTE_CLOSE}]奖项))"
            rf"(?(handed)[{_QUOTE_CLOSE}]?(?:奖项)?|(?:则|亦|也)?由[^，。；,;\d]{{1,20}}?"
            r"(?:亲自|代为|代表|负责)?(?:颁发|颁授|颁奖))[，,]\s*"
            r"(?:每(?:名|人|位)(?:[^，。；,;]|,(?=\d{3})){1,20}?元[，,]\s*)?"
            rf"(?:共有|共计|总计|计有|共|有)?{count}(?:(?!{_WON_ELSEWHERE})[^，。；\d和及与、]){{0,8}}?(?:{_WON_BARE})(?=[，。；,;]|$)"
        )
        # 学校设立杰出教师奖，选出二十四名得奖者; 设立“乡村教育贡献奖”，评出获奖者十五名: the winners counted after a prize
        # named just before are that prize's count (GUIDELINES §5 fourteenth review round). The prize is set up right before
        # the clause that chooses its winners, and a winners' word stands beside the count: not 设立…奖。大会选出二十四名代表
        # (no prize's winners), nor 设立…奖以来，累计评出… (a tally since, the adverb between ends the match). The winners
        # may be told as a count that won (设立“杰出学生奖”，首届有十名学生获奖), not one that took part (…，有十名学生报名).
        self.prize_set_winners = re.compile(
            rf"(?:设立|设置|创设|新设|增设|另设|特设|专设)了?{_YEAR_PREFIX}?(?:首届)?[{_QUOTE_OPEN}]?"
            rf"(?P<honor>(?:(?![和及与、{_QUOTE_CLOSE}])[\u4e00-\u9fff]){{2,14}}?奖)[{_QUOTE_CLOSE}]?"
            # (另设「杰出进步学生奖」表扬15名…学生, 特设“敬业奉献奖”，奖励12名…员工: the prize set up and at once conferred
            # on a count of holders, the verb of commending right after it, §5 thirtieth review round; not 另设…奖15名,
            # places set up, nor …奖，每年表扬15名, a standing scheme)
            rf"(?:[，,]?\s*(?:并|用以|以)?(?:表彰|表扬|嘉许|奖励)了?(?={NUM}(?:{units}))|[，,]\s*"
            r"(?:(?:并|共|首批|今年|当年|本届|首届)?(?:评出|选出|评选出|评定出)了?"
            rf"(?=(?:{_WINNERS_WORDS}|得奖者)|{NUM}(?:{units})(?:{_WINNERS_WORDS}|得奖者))(?:{_WINNERS_WORDS}|得奖者)?"
            # (设立「杰出学生奖」，首届有十名学生获奖: the winners counted as those who won, at the end of their clause;
            # their noun between, 在校学生 and 从众多候选人中脱颖 too, not a contest or an event they won at:
            # 有十名教师在省赛中获奖, 于全国比赛上, 从省赛中: a win elsewhere, not this prize's)
            r"|(?:今年|当年|本届|首届|首批)?(?:共有|共|有)"
            rf"(?={NUM}(?:{units})(?:(?!{_WON_ELSEWHERE})[^，。；\d和及与、]){{0,12}}?(?:获奖|得奖)(?=[，。；,;]|$))))"
            rf"{count}(?:{_WINNERS_WORDS}|得奖者)?"
        )
        # 本届质量奖共有47家企业申报，经评审，5家企业获奖: the winners counted in their own clause right after the entrants of
        # a prize named are that prize's count (GUIDELINES §5 twenty-second review round); the entrants are none (申报,
        # 报名, 参评 before the comma), and a win elsewhere (5家企业在省赛中获奖) is not this prize's.
        self.prize_entrants_winners = re.compile(
            rf"(?:^|(?<=[，,。；;：:]))\s*(?:本届|今年|本年度|此次|本次|首届|第[\d一二三四五六七八九十]+届)?[{_QUOTE_OPEN}]?"
            rf"(?P<honor>{_PRIZE_NAME})[{_QUOTE_CLOSE}]?(?:评选)?(?:共有|共|有){NUM}(?:{units})"
            rf"[^，。；\d“”「」]{{0,8}}?(?:{_ENTRANT_VERBS})[，,]\s*(?:经[^，。；,;\d]{{1,10}}?[，,]\s*)?"
            # (本届明德奖学金共有1046人申请，经审查后核定受奖学生320名; …，经评审，评出获奖者30名: the winners named by
            # their word before the count, after a verb of settling them, are that prize's count as well)
            rf"(?:(?P<settled>(?:经[^，。；,;\d]{{1,10}}?)?(?:最终|最后)?(?:{_WINNERS_SETTLED})(?:{_WINNER_NOUNS}))"
            rf"|(?:最终|最后|共有|共|有)?){count}"
            rf"(?(settled)|(?:(?!{_WON_ELSEWHERE})[^，。；\d和及与、]){{0,8}}?(?:{_WON_BARE}|获此殊荣))(?=[，。；,;]|$)"
        )
        # 四县领导依次走上主席台，接过市委书记颁发的“光荣脱贫县”的铜牌: an honour's plaque handed to the leaders of counted
        # places confers it on the places (GUIDELINES §5 twenty-second review round); the count is the places' (四县), their
        # leaders only receive it. The plaque, medal or certificate of the quoted honour must be what is handed over (not
        # 接过…颁发的纪念品, no token of an honour).
        self.leaders_took_plaque = re.compile(
            rf"(?P<n>{NUM})(?P<unit>县市|县|村)(?:的|党政)?(?:主要)?(?:领导|负责人|代表|党委书记|党支部书记|书记)"
            rf"[^。；“”「」\d]{{0,16}}?(?:接过|领取|接受)[^。；“”「」\d]{{0,16}}?(?:颁发|颁授|授予)的[{_QUOTE_OPEN}]"
            rf"(?P<honor>[^，。；{_QUOTE_OPEN}{_QUOTE_CLOSE}]{{2,16}})[{_QUOTE_CLOSE}](?:称号)?的?(?:铜牌|奖牌|牌匾|匾牌|荣誉牌|证书|荣誉证书|奖杯|奖状)"
        )
        # 会上，张华家庭、李明家庭等10个家庭跻身“十佳文明家庭”行列: counted holders told at the event as joining a ranking
        # hold it (GUIDELINES §5 twenty-second review round); only with the event named first in the sentence (会上, 大会上,
        # 仪式上): told as background (我市已有10个家庭跻身…行列) it is a tally, left alone.
        self.joined_ranking = re.compile(
            r"(?:会上|大会上|会议上|典礼上|仪式上)[，,]?[^。；\d“”「」]{0,40}?"
            rf"{count}[^，。；\d“”「」]{{0,6}}?跻身(?:于|进入)?[{_QUOTE_OPEN}](?P<honor>[^，。；{_QUOTE_OPEN}{_QUOTE_CLOSE}]{{2,16}})"
            rf"[{_QUOTE_CLOSE}](?:的)?(?:行列|之列)"
        )
        # 为新认定的15家市级就业见习基地授牌, 为8家省级众创空间颁牌: a designation conferred on counted units with its plaque,
        # unquoted, its level word dropped (GUIDELINES §5 tenth review round: 为新认定的8家国家级专精特新“小巨人”企业授牌). The
        # level word marks the designation (not 为12家企业授牌: the holders' own noun, no honour named), and the plaque is
        # handed over (not 挂牌, a body hanging its own). The units may be described by the act that made them eligible
        # (为目前已通过评审的15家…授牌): a short clause ending on a designating or review verb and 的.
        self.designated_plaque = re.compile(
            rf"为(?:[^，。；\d为]{{0,8}}?(?:认定|命名|评定|评选|获批|评审|验收)的|{_BATCH})?(?P<n>{NUM})(?P<unit>家|个|所)"
            rf"{_BATCH}?{_LEVEL_WORD}(?P<honor>{_DESIGNATION_NAME})"
            # (…重点村和5个乡村旅游重点镇授牌: a second designation of the same batch, its level shared with the first)
            rf"(?:[和及、](?P<n2>{NUM})(?P<unit2>家|个|所)(?:{_LEVEL_WORD})?(?P<honor2>{_DESIGNATION_NAME}))?"
            r"(?:授牌|颁牌)")
        # 为15名新认定的市级非物质文化遗产代表性传承人颁发证书: a designation conferred on counted people with its
        # certificate, the level word dropped, read like the units' plaque above (GUIDELINES §5 tenth and thirteenth
        # review rounds); the level word marks the designation (not 为15名传承人颁发证书: no level, maybe a training's).
        # (the designating act or batch, told before the count or after it: 为新认定的15名…, 为15名新认定的…)
        designated = rf"(?:[^，。；\d为]{{0,8}}?(?:认定|命名|评定|评选)的|{_BATCH})?"
        self.designated_certified = re.compile(
            rf"为{designated}(?P<n>{NUM})(?P<unit>名|位)"
            rf"{designated}{_LEVEL_WORD}(?P<honor>{_PERSON_DESIGNATION_NAME})"
            r"颁发了?(?:荣誉)?(?:证书|牌匾|证牌)")
        # 首批共认定院士专家工作站六家, 正式认定市级众创空间12个: the same designation conferred, the count after the
        # designation's name (not 认定高新技术企业312家: a rating of firms, no designation of the heads above). 认定 is
        # the body's own act, not the object of another verb: no designation undone, sought, pending or put off (取消认定,
        # 撤销认定, 申请认定, 申报认定, 拟认定, 待认定, 未认定, 复核认定, 暂缓认定, 不予认定); and 共认定 sums a batch only
        # after the batch's word (首批共认定, 今年共认定), else it is the stock held to date (全市共认定市级公共服务平台20个:
        # a running tally).
        self.designated_counted = re.compile(
            rf"(?:(?:{_BATCH}|本批|本次|此次|今年|年内)共|正式|新"
            r"|(?<![共拟待未])(?<!取消)(?<!撤销)(?<!申请)(?<!申报)(?<!复核)(?<!暂缓)(?<!不予))"
            rf"认定(?:{_LEVEL_WORD})?(?P<honor>{_DESIGNATION_NAME})"
            rf"(?P<n>{NUM})(?P<unit>家|个|所)(?=[，。；,;]|$)")
        # 为“先进单位”颁发奖牌，20个单位受到表彰: a plaque given for a quoted honour (GUIDELINES §5, like 为20户“种粮大户”
        # 授牌), the count of those commended in the next clause (为2023年度“…”: the year before the mark is dropped).
        self.plaque_commended = re.compile(
            rf"为[^，。；“”「」\d]{{0,4}}?(?:(?:19|20)\d{{2}}年度?)?[{_QUOTE_OPEN}](?P<honor>[^{_QUOTE_CLOSE}\n，。]{{2,20}})[{_QUOTE_CLOSE}](?:称号)?(?:获得者)?"
            r"(?:颁发了?(?:奖牌|奖状|证书|荣誉证书|牌匾)|授牌|颁牌|颁奖)[，,]"
            rf"[^，。；\d]{{0,8}}?{count}[^，。；\d]{{0,8}}?(?:受到|获得|得到)了?(?:表彰|表扬)(?=[，。；,;]|$)"
        )
        # 举行2023年度“十佳客户经理”颁奖仪式，10名客户经理获此殊荣: the count refers back to the honour
        # of the ceremony named before it.
        self.ceremony_anaphoric = re.compile(
            # (「香港十大杰出青年」选举颁奖典礼昨日举行，十位得奖者…: the winners of the prize the ceremony presents)
            rf"[{_QUOTE_OPEN}](?P<honor>[^{_QUOTE_CLOSE}\n，。]{{2,20}})[{_QUOTE_CLOSE}](?:选举|评选)?(?:颁奖|表彰|授奖)(?:仪式|典礼|大会|晚会)"
            rf"[^。；]{{0,40}}?{count}(?:[^，。；\d]{{0,12}}?(?:获此殊荣|获此荣誉|获此称号)|(?:得奖者|获奖者|得主))"
        )
        # “某某青年科学奖”首届颁奖大会今天在京举行，十二位…青年科学家获奖: the winners of the quoted prize whose ceremony
        # the clause before tells held, counted opening their own clause as those who won (GUIDELINES §5, like a count
        # opening the next sentence, ceremony_prize_won for an unquoted prize); the edition may stand between the name and
        # the ceremony word. Not a win elsewhere (3名学生在全国比赛中获奖), nor a count joined to another (和, 及, 、), nor a
        # tally over the years (120位科学家曾先后获奖).
        self.ceremony_quoted_won = re.compile(
            rf"[{_QUOTE_OPEN}](?P<honor>[^{_QUOTE_CLOSE}\n，。]{{2,20}}奖)[{_QUOTE_CLOSE}]"
            r"(?:首届|第[\d一二三四五六七八九十百]+届)?(?:颁奖|授奖)(?:仪式|典礼|大会|晚会)"
            rf"[^。；，,]{{0,30}}[，,]\s*(?:共有|共|有)?{count}"
            rf"(?:(?!{_WON_ELSEWHERE}|{_WON_OVER_YEARS})[^，。；\d和及与、]){{0,12}}?(?:{_WON_BARE})(?=[，。；,;]|$)"
        )
        # 全县“最美家庭”颁奖典礼在县文化馆举行，20户家庭受到表彰: those commended at a ceremony named after a quoted
        # honour, counted at the head of a clause of their own (GUIDELINES §5, a count referring back to an honour just
        # named); not …，20户家庭和10名个人受到表彰 (the count then runs over more than the honour's holders), nor a
        # name for several honours (“两优一先”, “双先”: the count is over all of them).
        # (举行“优秀教师”嘉许典礼，共嘉许65位教师 / 「杰出员工」颁奖礼，共嘉许28名…员工 / “文明楼院”授牌仪式，为15个楼院授牌:
        # the ceremony's act told with the count after it, the same conferral; not a count joined to another, nor one
        # with a quoted honour of its own in the clause)
        self.ceremony_quoted_commended = re.compile(
            rf"[{_QUOTE_OPEN}](?![^{_QUOTE_CLOSE}]*?[一二两三双][优先])(?P<honor>[^{_QUOTE_CLOSE}\n，。]{{2,20}})[{_QUOTE_CLOSE}](?:选举|评选)?"
            r"(?:颁奖|表彰|授奖|嘉许|授牌)(?:仪式|典礼|大会|晚会|(?<=颁奖)礼)"
            rf"[^。；]{{0,40}}?[，,]\s*(?:(?P<active>(?:共|并|现场)?(?:表彰|表扬|嘉许)了?)|(?P<given>为[^，。；\d“”「」]{{0,6}}?)|共有|共|有)?"
            rf"{count}"
            r"(?(active)[^，。；\d和及与、“”「」]{0,12}?|(?(given)[^，。；\d和及与、“”「」]{0,8}?(?:授牌|颁牌)"
            r"|[^，。；\d和及与、]{0,8}?(?:受到|获得|得到)了?(?:表彰|表扬|嘉许)))(?=[，。；,;]|$)"
        )
        # 对获得2023年度安全生产先进单位的15个单位进行了表彰: the same with an unquoted honour.
        self.honor_then_count_plain = first_char_gated(
            # (对评为优秀教师的15名教师进行了表彰: 评为 without 被 as well)
            # (为获得该奖学金的20名新生颁奖: a prize named before, referred back to, §5; _add resolves it)
            rf"(?:获得|荣获|获评|被?评为)(?P<honor>[^，。；“”「」的]{{2,24}}?(?:{heads})|{_THIS_PRIZE.pattern})"
            rf"(?:称号|荣誉称号)?的{count}"
            # (…先进单位的8个乡镇和12家企业: a second count of holders of the same honour)
            rf"(?:[\u4e00-\u9fff]{{0,4}}?[和及与]{count2})?"
        )
        # 对荣获一等奖的3个单位、二等奖的5个单位进行了表彰: a later item of that list, its honour before 的 and its count
        # (the receiving verb once, before the first item; checked to follow an item with its own count)
        self.listed_honor_then_count_plain = re.compile(
            rf"[、和及](?:获得|荣获|获评)?(?P<honor>[^，。；“”「」的、和及\d]{{2,24}}?(?:{heads}))(?:称号|荣誉称号)?的{count}"
        )
        # 3名同志获评全省优秀共产党员, 5名教师被评为省级优秀教师: a count, a verb, an unquoted honour
        # (2名教师获选市级骨干教师: 获选 as 获评; 12所学校被命名为省级文明校园)
        # 另有17位教育奉献奖得主一并接受表扬 / 大会表彰了17名青年科技奖获得者: a prize's winners counted and commended at
        # the event, the prize named before 得主/获得者 (§5: a prize conferred on its winners named by it, like 为12名白求恩奖
        # 获得者颁奖); not winners only described (3名诺贝尔奖得主出席), nor a prize name holding a verb (获奖者).
        self.winners_commended = literal_gated(re.compile(
            rf"(?P<lead>(?:表彰|表扬)了?)?{count}(?P<honor>(?:(?![获颁受被授为])[\u4e00-\u9fff]){{2,16}}?奖)"
            rf"(?:获得者|获奖者|得主)(?(lead)(?=[，。；,;、和及]|$)|[^，。；\d]{{0,8}}?(?:受到|接受|得到)了?[^，。；\d]{{0,6}}?(?:表彰|表扬))"
        ))
        self.count_verb_plain = literal_gated(first_char_gated(
            # (二十名教师中有三人被评为…: the count of those honoured is the one after 中有)
            # (36名来自各高校的博士生，日前获得…: a count opening a subject that a modifier with 的 makes long, its
            # predicate after a comma and a time word of this news; not 30名党员中的5名, a part counted after it)
            rf"{count}(?:(?:(?!中有|其中)[^，。；、\d“”「」]){{0,8}}?"
            rf"|(?:(?!中的|其中)[^，。；\d“”「」]){{2,24}}?的[^，。；\d“”「」的]{{1,10}}?[，,](?:日前|近日|最近|前不久|今天|昨天))"
            # (王某等10名运动员当选全国十佳运动员: chosen in a selection as the honour, like 被评为; the honour's head
            # still required, so 3名代表当选县人大常委会委员, an office filled by election, stays out)
            r"(?:获评|获选为?|被评为|评为|被授予|被命名为|荣获|获得|当选为?|(?P<selected>入选))"
            # (我区两个村入选全国文明村镇, 3家企业入选省级专精特新企业名单: selected into an honour conferred, its list
            # named or not; not 入选…候选名单, …培育名单, …拟推荐名单: no head of an honour before 名单)
            # (3家企业入选省级专精特新企业名单: a level opening it, a short head ends the honour before its list)
            # (20个村被命名为卫生村: the honour ends the clause, so a short head ends it too, as before a count)
            rf"(?P<honor>[\u4e00-\u9fff]{{0,14}}?(?:{heads_before_count})|(?<=入选)(?:第[\d一二三四五六七八九十]+批)?{_LEVEL_OPENING}"
            rf"[\u4e00-\u9fff]{{1,14}}?(?:{heads_before_count})(?=名单))(?:荣誉称号|称号|(?(selected)名单))?(?=[，。；,;、和及]|$)"
        ))
        self.count_first = first_char_gated(
            # (20名全县优秀共产党员: a scope word may stand before the honour's first word)
            # (十個傑出義工團體: a head right after a head belongs to the honour)
            # (32名劳动模范: an honour complete in itself)
            # (120名各级先进个人: 各级, 各类, 各项 dropped like a level word, _HONOUR_FILLER_PREFIX, §5 fifteenth round)
            # (为15家2024年度先进单位授牌: the year of the work honoured between the count and the honour is no part of its
            # name, as in counted_after_verb, §5 thirteenth review round)
            # (表扬33位来自全县各乡镇的模范母亲: where the honoured come from, _ORIGIN_MODIFIER, before the honour)
            # (对…等5个教学质量奖获奖集体进行表彰, 表彰了12家科技进步奖获奖单位: a prize named before its holders' noun
            # 获奖集体/获奖单位/获奖者, the noun no part of it, §5 thirtieth review round; not …获奖单位代表, those attending)
            rf"{count}(?:{_ORIGIN_MODIFIER})?{_PERIOD_PREFIX}?(?P<honor>{_PRIZE_BEFORE_HOLDERS}|(?:{_ALL_KINDS}){{0,2}}(?:全国|全省|全市|全县|全区|全校|[省市县区])?(?:(?:{starts})(?:[\u4e00-\u9fff]|（[\u4e00-\u9fff、]{{1,6}}）){{0,14}}?(?:{heads})(?:团体|组织|集体|单位|分队|团队|班组|教师|干部|医师|员工|职工|工作者|导师|长(?![\u4e00-\u9fff]))?|(?:{standalone})(?![\u4e00-\u9fff]{{0,2}}(?:代表|候选)))"
            # (命名了264个全国双拥模范城（县）: the honour's kind of unit and its bracketed alternative, ending the clause)
            r"(?:[\u4e00-\u9fff]{0,2}（[\u4e00-\u9fff、]{1,4}）(?=[，。；,;、]|$))?"
            # (命名了50个全国文明城市（区）: a start word, no head, a kind of place and its bracketed alternative places
            # ending the clause: places named, the honour as written; not 5个示范项目（试点）)
            rf"|(?:全国|全省|全市|全县|全区|[省市县区])?(?:{starts})[\u4e00-\u9fff]{{0,8}}?(?:城市|城|县|区|市|镇|乡)"
            r"（[区县市镇乡旗、]{1,4}）(?=[，。；,;、]|$))"
        )
        # 表揚42位模範勞工及8位特殊貢獻勞工: a second item with its own count joined after a counted honour (及, 以及, 暨,
        # 和, 与, 、), its honour ending in a head with no start word of the lists
        self.joined_count = re.compile(
            rf"(?:以及|及|暨|和|与|、){count}(?P<honor>[\u4e00-\u9fff]{{2,14}}?(?:{heads}))"
            r"(?=[，。；,;、和及与暨]|以及|$)")
        # 颁发了“甲”“乙”等奖项共30个: a total over a group of quoted honours closed by 等, its count after the group
        self.quoted_etc_total = re.compile(
            rf"(?:颁发|颁授|评出|评选出|表彰|授予|决出)了?[{_QUOTE_OPEN}](?P<honor>[^{_QUOTE_CLOSE}\n，。；]{{2,30}})[{_QUOTE_CLOSE}]"
            rf"(?=(?:[、，,]?[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\n，。；“”「」]{{2,30}}[{_QUOTE_CLOSE}]){{1,5}}等(?:[\d一二三四五六七八九十]+类)?"
            rf"(?:奖项|荣誉称号|荣誉|称号)(?:共计?|合计|总计){count})")
        # (受到表彰的先进党支部有6个: 有 between the honour and its count)
        self._head_then_count = re.compile(rf"(?:{heads_before_count})[{_QUOTE_CLOSE}]?(?:{_WINNERS_WORDS})?(?:{_BEFORE_ITEM_COUNT})?(?:(?<=章|状)[ \t\u3000])?{NUM}(?:{units})")
        self.honor_first = re.compile(
            # (其中A级诚信企业30家, AAA级诚信企业: Latin letters of a grade inside the honour, more of it after them)
            rf"(?P<honor>(?:{starts})?(?:[\u4e00-\u9fff“”「」]|[A-Za-z]{{1,4}}(?=[\u4e00-\u9fff])){{0,14}}?(?:{heads_before_count}))[{_QUOTE_CLOSE}]?(?:{_WINNERS_WORDS})?(?:{_BEFORE_ITEM_COUNT})?"
            # (大紫荆勋章 3人: a space between a medal or a certificate and its count, §5; lines such as 示范医院 12所
            # are read only under a conferral, list_line)
            rf"(?:(?<=章|状)[ \t\u3000])?{count}"
            # (…一等奖5篇、二等奖10篇获奖。: 获奖 closing the clause says the counted works won the prize)
            r"(?![\u4e00-\u9fff]{0,2}(?:党员|同志|获奖(?![，。；,;]|$)|受表彰)|奖项|类)"  # “甲奖”、“乙奖”三个奖项: categories
        )

        # Merit citations (立功): 为12名民警记个人三等功, 3个集体荣立集体二等功, 给予15名同志记三等功奖励 /
        # 记个人二等功1人、个人三等功5人 / 对荣立三等功的8名官兵进行表彰.
        self.merit_for = first_char_gated(
            # (为6名参与救援民警记三等功; not 为荣立二等功的2名民警和荣立三等功的10名…: the next holders' grade)
            # (为5名员警记一大功, 为12名员警各记功2次: Taiwan's merits after their holders, 记 kept in the citation's name)
            rf"{count}(?:(?![和及与](?:荣立|记))[^，。；、\d“”「」]){{0,8}}?(?:(?:记|荣立|立)了?|(?={_WORD_ENDING_JI}记))"
            rf"(?P<honor>{_MERIT}|{_RECORDED_COMMENDATION}|{_TW_MERIT})"
        )
        # (記一大功員警3人、記功2次員警20人、嘉獎2次員警60人: Taiwan's citations with the holders' noun before their count,
        # 嘉奖 with its times a citation like 记功2次; the noun is no part of the citation, §5 "count as written")
        self.merit_counted = first_char_gated(
            rf"(?<![\u4e00-\u9fff]{{2}}的)(?P<honor>{_MERIT}|{_RECORDED_COMMENDATION}|{_TW_MERIT}|{_TW_COMMENDATION_TIMES})(?:奖励)?"
            rf"(?:{_TW_MERIT_HOLDERS})?{count}")
        # 对表现突出的7名民警予以嘉奖 / 给予7名民警嘉奖奖励 / 给予2名民警个人三等功奖励: a commendation or a
        # citation given to a count with 予以/给予 (not 对获得嘉奖的7名…: the holders, read above)
        # (授予刑侦大队等2个单位集体三等功: 授予 with the recipients and the citation as its two objects)
        self.commended = re.compile(
            # (对获评“优秀”等次的18名公务员予以嘉奖: a quoted grade describing those commended)
            rf"(?:对|给予了?|授予|追授)(?:[^，。；“”「」\d]|[“「][^，。；“”「」]{{1,12}}[”」]){{0,{COMMENDED_DESCRIPTION_CHARS}}}?{count}[^，。；“”「」\d嘉记]{{0,10}}?"
            # (宣读了对9名民警予以嘉奖的决定: the decision conferring it; not 嘉奖的民警, its holders)
            rf"(?:予以|给予了?)?(?:通报)?记?(?P<honor>嘉奖|{_MERIT})(?!的(?!决定|命令|通令|通报))"
        )
        # 5名同志获得县委、县政府嘉奖: a commendation received, the bodies giving it between (not 曾获得…: a record).
        self.commendation_received = first_char_gated(
            rf"{count}[^，。；、\d“”「」曾]{{0,8}}?(?:获得|受到|得到)了?[^，。；\d“”「」的曾]{{0,16}}?(?P<honor>嘉奖)(?![令的])"
        )
        self.merit_holders = re.compile(rf"(?:荣立|记|获得?|受到?)了?(?P<honor>{_MERIT}|嘉奖)的{count}")
        # 会议对先进单位和先进个人进行了表彰，4个单位、12名个人受到表彰: counts of plain holders, then a passive verb of
        # commendation; their honours are the ones named just before (_NAMED_FOR_COUNTS).
        self.commended_plain = re.compile(
            rf"(?:^|(?<=[，,：:\s]))(?P<lead>[^，。；,;：:\d“”「」]{{0,8}}?)"
            # (a holder noun of up to six characters: 36名人民陪审员受到表彰, the head of 优秀人民陪审员)
            rf"(?P<items>(?:{NUM}(?:{units})[^\W\d和及与、]{{0,6}}?[、和及与]){{0,3}}{NUM}(?:{units})[^\W\d和及与、]{{0,6}}?)"
            r"(?:分别|均|都)?(?=(?:受到|得到|获得|获|被|受)了?(?:通报)?(?:表彰|表扬)(?=[，。；,;]|$))"
        )
        self._commended_plain_item = re.compile(rf"{count}(?P<noun>[^\W\d和及与、]{{0,6}})")
        # (the patterns above that need a count before its unit, by the gate that finds where one may stand: one search of
        # each gate per sentence, instead of a search of each pattern, where it finds none; by identity, as ``absent``)
        needing: dict[str, set[int]] = {}
        for value in vars(self).values():
            if isinstance(value, (re.Pattern, LiteralGated)) and (gate := _count_gate(value)) is not None:
                needing.setdefault(gate, set()).add(id(value))
        self._count_gates = [(re.compile(gate), frozenset(ids)) for gate, ids in needing.items()]

    @staticmethod
    def _matches(pattern: re.Pattern[str] | LiteralGated, text: str, uncounted: set[int]) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``; nothing, at once, where ``pattern`` is among the ``uncounted`` ones of ``text``
        (:meth:`_uncounted`)."""
        return iter(()) if id(pattern) in uncounted else pattern.finditer(text)

    def _uncounted(self, text: str) -> set[int]:
        """The ids of the patterns that need a count (:func:`_count_gate`) where ``text`` holds no count of theirs: none
        of them matches anywhere in ``text``."""
        uncounted: set[int] = set()
        for gate, ids in self._count_gates:
            if gate.search(text) is None:
                uncounted |= ids
        return uncounted

    @staticmethod
    def _respective_tokens(text: str, m: re.Match[str]) -> tuple[str, str] | None:
        """The two honours of a conferral match ``m`` with two counts when 分别 pairs them with two quoted honours and
        their tokens joined by 和 (分别为30名…、20名…颁发了“甲”纪念章和“乙”证书 → 甲纪念章, 乙证书); else None."""
        clause_start = start_after(text, m.start())
        token = _TOKEN_WORD.match(text, m.end("honor") + 1)
        joined = _JOINED_TOKEN.match(text, token.end()) if token else None
        if joined is None or "分别" not in text[clause_start : m.start("honor")]:
            return None
        return m["honor"] + token.group(), _QUOTES.sub("", joined["more"][1:])

    def _other_holders(self, other: str, named: str, unit: str) -> bool:
        """``other``, a quoted honour named before ``named``, is the one a count in ``unit`` refers back to when
        ``named`` is of the other kind: one is an honour of bodies, the other reads as an honour of people."""
        bodies = _ORG_HONOR.search(named) is not None
        return bodies != (_ORG_HONOR.search(other) is not None) and not _kind_mismatch(other, unit) \
            and (unit in self.person_units) == bodies and self._honor_like(other)

    def _shared_qualifier(self, honor: str, head: str) -> bool:
        """Whether ``head`` after 和 is a holder's word that takes the qualifier of ``honor`` (先进集体和个人: 先进个人), so
        that the two are honours joined under one count."""
        own = _ANY_HOLDER.search(honor)
        return own is not None and head in ("集体", "单位", "个人") and head != own.group() \
            and self._honor_like(honor[: own.start()] + head)

    def _kind(self, unit: str, honor: str, after: str = "") -> str | None:
        """``after``: the text right after the count's unit."""
        if unit in ("户", "对"):
            # households, and pairs (8对“模范婆媳”), are neither persons nor organizations (corpus/GUIDELINES.md §5)
            return None
        if honor.endswith("家庭") and unit not in self.person_units:
            # 两个“五好家庭”, 20个“最美家庭”: families, like households, have no recipient kind, also when counted by
            # 个 (§5 eleventh review round; 20名“最美家庭”成员: their members, people)
            return None
        if unit == "个" and honor.endswith("个人"):
            return "person"  # “爱心个人”奖项20个: persons, though counted by 个 (§5 eleventh review round)
        if unit == "个" and _PEOPLE_PRIZES_AFTER.match(after):
            return "person"  # 颁发了30个“优秀教师”奖项: prizes of people, one a person
        if _ORG_HONOR.search(honor) and not (unit in self.person_units and _MEMBERS_AFTER_QUOTE.match(after)):
            return "organization"
        if _THING_HONOR.search(honor) and unit not in self.person_units:
            # 评出优秀案例30个, 优秀志愿服务项目20个: works and projects, no bodies (§5; not 获得“优秀项目”的3个项目和
            # 20名个人: people counted by a unit of persons, whatever the honour names)
            return None
        citation = _CITATION.fullmatch(honor)
        # (3家派出所获得嘉奖, 对3个中队给予集体嘉奖: the count is of bodies named after it, not of citations; 评出三等功12个、
        # 嘉奖40个: the citation before its count and no noun after it, citations counted)
        if citation and unit not in self.person_units and unit == "个" and (
                after.startswith(honor) or _NO_NOUN_AFTER.match(after)):
            # 27个个人三等功, 150个嘉奖: citations counted; their holders are people when 个人 says so, bodies when
            # 集体 does, else unknown (§5)
            return {"个人": "person", "集体": "organization"}.get(citation["holder"] or "")
        if unit in self.person_units:
            return "person"  # 12名“优秀党组织书记”: people, though the honour names an organization
        # (特优8校: schools; 绩优农事小组3组: farming groups, bodies counted by their own measure word; 特优3里, 产销班5班,
        # 特优2乡: Taiwan's villages, farm production groups and townships, read only in a list of grades, §5 tenth round:
        # counts in 县 and 村 are organizations)
        if unit in ("个", "家", "支", "所", "县市", "县", "村", "间", "队", "校", "组", "里", "班", "乡", "镇", "区"):
            return "organization"
        return None

    def __call__(self, doc: Document, sentences: list[Sentence]) -> list[dict[str, Any]]:
        if self._conferral_words is not None and self._conferral_words.search(doc.clean_text) is None:
            return []  # (no word that could confer an honour on the page: see _conferral_words)
        awards: list[dict[str, Any]] = []
        # (the sentence before conferred counted honours: 表彰了…。其中，… continues it; not 拟表彰…公示。
        # 其中，…, nor 引进人才500名。其中，…)
        conferred_before = False
        conferring_before = False  # the sentence before confers honours, whether counted or not
        # the conferring sentence that leads the lines proposes them (以下单位和个人为表彰候选对象。: candidates, §5)
        proposed_before = False
        list_rows: set[int] = set()  # where the rows of a list that a conferral introduces start
        # (一、先进集体 / 办公室、财务科… / 共10个: a section of a list closed by its count, read as one row)
        joined, closed_sections = self._split_rows_joined(doc.clean_text, sentences)
        # (every match of _SINGLE_QUOTED holds one of its literals, and the sentences are slices of the clean text, the
        # joined rows adding only spaces and a colon: a page with none of them has no single quote to rewrite)
        if any(mark in doc.clean_text for mark in _SINGLE_QUOTED.literals):
            joined = list(map(_quote_view, joined))
        for sentence in map(self._recipient_view, joined):
            text = sentence.text
            # (…名单，我市有3家医院入选: 入选 an award word only when it refers back to an honour's list)
            # (12名学生获省级“优秀学生干部”: a bare 获 of a quoted honour after a count, _COUNT_GOT_QUOTED)
            # (确定25个团队为“优秀家庭医生团队”: a designation of counted holders to an honour, read as 命名 is, is its own
            # context; not 确定3个项目为“重点项目”, a list of projects, nor 计划确定…, a plan)
            # (首批共认定院士专家工作站六家: a designation conferred on counted units is its own context, as 命名 is)
            # (公布了第二批20家“示范店”名单: a published final list of designated units, §5 eighteenth review round)
            # (every term below needs a literal of the page gate, _conferral_words: a new term names its word there)
            # (_COUNT_GOT_QUOTED only where an opening quotation mark stands: its gate tests 获 alone, and every match
            # holds “ or 「 as well)
            # (会议为10户“脱贫致富带头户”授了牌: a plaque or banner handed with 了 inside the verb, as 授牌 in the lexicon; not
            # added to the lexicon, which the meeting rules read too)
            context_here = self.context.search(text) is not None or _PLAQUE_HANDED_WITH_LE.search(text) is not None or (
                ("“" in text or "「" in text) and _COUNT_GOT_QUOTED.search(text) is not None) or (
                "名单" in text and _DESIGNATED_LIST_PUBLISHED.search(text) is not None) or (
                "事迹" in text and _HOLDERS_DEEDS_RELEASED.search(text) is not None
                and _RELEASE_CEREMONY.search(doc.clean_text) is not None) or (
                "认定" in text and self.designated_counted.search(text) is not None) or (
                # (会上，…等10个家庭跻身“十佳文明家庭”行列: joining a ranking at the event is its own context; not 会上，通报了
                # 去年…跻身…行列: an earlier year's ranking, told at the event, §5)
                "跻身" in text and any(not self._past_told(doc, text, j.start("n")) for j in self.joined_ranking.finditer(text))) or (
                # (…１月２０日，他们跻身“…”行列。同时跻身这一行列的还有…等10个家庭: the ranking joined on its day just before)
                "跻身" in text and any(j["ranks"] and _RANKING_JOINED_DAY.search(
                    doc.clean_text, max(0, sentence.start - REFERRED_WITHIN), sentence.start + j.start()) is not None
                    for j in self.referred_after.finditer(text))) or (
                # (认定12所学校为“绿色学校”: a quoted designation naming its holders' own kind, 学校 of schools, 企业 of
                # firms, is an honour conferred on them, §5 命名…为; not 确定3个项目为“重点项目”, projects listed)
                _DESIGNATING.search(text) is not None and any(
                    self._honor_like(d["honor"]) or _HOLDER_KIND_NAMED.search(d["honor"])
                    for d in (*self.named_to.finditer(text), *_DESIGNATED_PASSIVE.finditer(text)))) or (
                "入选" in text and (
                self.referred.search(text) is not None or self.count_verb_plain.search(text) is not None
                or any(_SELECTED_INTO.search(text, q.end("unit"), q.start("honor")) for q in self.quoted.finditer(text))))
            # (一、先进集体（5个） / 大紫荆勋章：4人: a line of a list of honours under a conferral)
            # (tried only where a colon or an opening bracket stands, as every match of line_count holds one before its
            # count: the match ran the honour's run and its tails on every sentence, six in seven of them holding neither)
            line_item = self.line_count.match(text) if "：" in text or "（" in text or ":" in text or "(" in text else None
            if line_item is not None and not self._honor_like(line_item["honor"]):
                line_item = None
            # (一、优秀教师120名 / | 优秀员工 | 45名 |: a line of a list or a table row, read only under a conferral)
            list_row = self.list_line.match(text) if self._ends_in_unit(text) else None
            if list_row is not None and self._row_honour(list_row["honor"]) and self._list_introduced(doc, sentence):
                list_rows.add(sentence.start)
                line_item = line_item or list_row
            if sentence.start in closed_sections and line_item is not None:
                list_rows.add(sentence.start)  # (a row of the list, no headline over the body's counts)
            # (经研究，以下单位和个人为2023年度表彰候选对象。 / 先进集体（3个）: the rows of a proposal, nothing conferred,
            # as _line_list_conferred reads the lead sentence of the other list path)
            list_sentence = self.list_sentence.match(text) if conferring_before and not proposed_before else None
            if list_sentence is None and context_here:
                list_sentence = self.parts_clause.search(text)
            counted_sentence = self.counted_sentence.match(text) if conferring_before and not proposed_before else None
            # (其中，“年度卓越团队”3个、…: a quoted item under a conferral whose title, its year aside, opens on praise or
            # ranks its holders, or a quoted category of holders (“抗疫先锋集体”), as an item joined to a counted honour
            # reads; not “百岁老人”10名, “五保户”35户: groups of people quoted)
            quoted_items = set(_QUOTED_ITEM.findall(list_sentence["items"])) if list_sentence is not None else set()
            if list_sentence is not None and (_NOT_CONFERRED_LIST.search(text) or not all(
                    self._honor_like(item["honor"]) or (
                        item["honor"] in quoted_items and _VOUCHED_HONOR.search(_YEAR_OPENING.sub("", item["honor"])))
                    for item in self._list_item.finditer(_QUOTES.sub("", list_sentence["items"])))):
                list_sentence = None  # (全县共有省级文明村12个, 候选对象15个: holdings and candidates, nothing conferred)
            listed_on = list_sentence is not None or counted_sentence is not None or (conferred_before and _ITEMS_AFTER_TOTAL.match(text) is not None) or (
                line_item is not None
                and (line_item.re is self.list_line
                     or _line_list_conferred(doc.clean_text, sentence.start)))
            if not context_here and not listed_on:
                conferred_before = conferring_before = False
                continue
            count_before = len(awards)
            uncounted = self._uncounted(text)
            # (read only for a sentence that goes on: most sentences stop above)
            conferring_here = _CONFERRED_IN.search(text) is not None and not _PLANNED.search(text) and not _SCHEME.search(text)
            taken: list[tuple[int, int]] = []
            first_added = len(awards)
            # Two counts of one honour (授予甲等384名、追授乙等16名“…”; 颁发「…」予45名义工及8间机构), or of two
            # honours paired in order (分别授予3个单位和12名个人“甲”和“乙”称号).
            for m in (*self._matches(self.counts_then_honors, text, uncounted), *self._matches(self.honors_then_counts, text, uncounted)):
                plain = m.groupdict().get("plain")
                if plain:
                    honors = _JOINING.split(plain)
                    if not all(self._honor_like(h) for h in honors):
                        continue  # (授予…优秀教师和教练员称号: an item that reads as no honour; the phrase is read below)
                else:
                    honors = _QUOTED_ITEM.findall(m["honors"])
                taken.append((m.start(), m.end()))
                counts = list(self._count.finditer(m["counts"]))
                if len(counts) > len(honors):
                    # (授予3个教研组、30名教师和2个年级组“先进集体”“优秀教师”称号: each count by its kind)
                    paired = _pair_by_kind(honors, [c["unit"] for c in counts])
                    if paired is None:
                        continue  # 20个党组织、85名党员和15名党务工作者“甲”“乙”: the kinds leave a count unsure
                    honors = paired
                elif len(counts) != len(honors) or any(_kind_mismatch(h, c["unit"]) for h, c in zip(honors, counts, strict=True)):
                    continue  # two counts for three honours, or a count of people for bodies: no pairs guessed
                for honor, c in zip(honors, counts, strict=True):
                    self._add(awards, doc, sentence, m, c["n"], c["unit"], honor_first=False, honors=[honor],
                              at=m.start("counts") + c.start("n"))
            for m in self._matches(self.quoted_for_groups, text, uncounted):
                groups = list(self._group_count.finditer(m["groups"]))
                if not all(_GROUP_NAMED.fullmatch(g["who"]) and not self._honor_like(g["who"]) for g in groups):
                    continue  # 授予“甲奖”先进集体5个: an honour after the quote, not the holders; read below
                taken.append((m.start(), m.end()))
                for g in groups:
                    self._add(awards, doc, sentence, m, g["n"], g["unit"], honor_first=False, honors=[m["honor"]],
                              at=m.start("groups") + g.start("n"))
            for m in (*self._matches(self.paired, text, uncounted), *self._matches(self.paired_granted, text, uncounted), *self._matches(self.paired_received, text, uncounted),
                      *self._matches(self.given_to, text, uncounted)):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                if m.re in (self.paired_granted, self.paired_received) and any(_kind_mismatch(m["honor"], m[u]) for u in ("unit", "unit2")):
                    continue  # 授予15名同志、3个党支部“先进基层党组织”称号: not one honour for both counts
                taken.append((m.start(), m.end()))
                # (頒發「模範勞工」獎予…: the prize named with the 奖 after the mark)
                prize = m.groupdict().get("prize")
                prize = [m["honor"] + prize] if prize and not m["honor"].endswith(prize) else None
                for n in ("n", "n2"):
                    if m[n]:
                        self._add(awards, doc, sentence, m, m[n], m["unit" + n[1:]], honor_first=False, honors=prize,
                                  at=m.start(n))
                joined = self._given_to_joined.match(text, m.end()) if m.re is self.given_to else None
                while joined is not None:
                    prize = [joined["honor"] + "奖"] if joined["prize"] and not joined["honor"].endswith("奖") else [joined["honor"]]
                    self._add(awards, doc, sentence, joined, joined["n"], joined["unit"], honor_first=False, honors=prize,
                              at=joined.start("n"))
                    taken.append((joined.start(), joined.end()))
                    joined = self._given_to_joined.match(text, joined.end())
            for m in self._matches(self.works_granted, text, uncounted):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                if self._add(awards, doc, sentence, m, m["n"], m["unit"], honor_first=False, honors=[m["honor"]], at=m.start("n")):
                    taken.append((m.start(), m.end()))
            # (prize grades first: 一、二、三等奖各评出2名、4名、6名，分别授予“…”称号 counts the grades, the title after them
            # shared and no count of its own)
            for m in self._matches(self.grades_counts, text, uncounted):
                if _SET_UP_END.search(text[: m.start()]):
                    continue  # 比赛设一、二、三等奖5名、10名、15名: prizes set up, none conferred yet
                taken.append((m.start(), m.end()))
                grades = [g + "等奖" for g in _GRADE_NUMERAL.findall(m["grades"])]
                counts = list(self._count.finditer(m["counts"]))
                if len(counts) == len(grades):  # (else no pairs guessed)
                    for grade, c in zip(grades, counts, strict=True):
                        self._add(awards, doc, sentence, m, c["n"], c["unit"], honor_first=False, honors=[grade],
                                  at=m.start("counts") + c.start("n"))
            # 评出一、二、三等奖各10名: one record per grade
            for m in self._matches(self.grades_each, text, uncounted):
                if _SET_UP_END.search(text[: m.start()]):
                    continue  # 比赛设一、二、三等奖各5名: prizes set up, none conferred yet
                grades = [g + "等奖" for g in _GRADE_NUMERAL.findall(m["grades"])]
                if self._add(awards, doc, sentence, m, m["n"], m["unit"], honor_first=False, honors=grades, at=m.start("n")):
                    taken.append((m.start(), m.end()))
            for m in self._matches(self.granted_them, text, uncounted):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                pairs = [("n", m["honor"]), ("n2", m["honor2"])]
                if m["honor2"] is None:
                    pairs = [(n, m["honor"]) for n in ("n", "n2") if m[n]]  # 授予其“甲”称号: one honour for each count
                elif not m["n2"]:
                    continue  # two honours, one count: not paired
                for n, honor in pairs:
                    self._add(awards, doc, sentence, m, m[n], m["unit" + n[1:]], honor_first=False, honors=[honor], at=m.start(n))
                taken.append((m.start(), m.end()))
            for m in self._matches(self.respectively_counts, text, uncounted) if self._unit_then_link.search(text) else ():
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                # (评选出一、二、三等奖分别为5名、10名、15名: grades written once, one item each)
                items = _HONOURS_SPLIT.split(_JOINED_GRADES.sub(lambda g: "等奖、".join(_GRADE_NUMERAL.findall(g.group())),
                                                                m["honors"]))
                if not _HONOURED_BEFORE.search(text, 0, m.end("honors") - len(items[-1])):
                    continue  # 参加评选的…分别为50名和30名: the entrants, not those honoured
                honors = [_LEADING_VERB.sub("", _UP_TO_DE.sub("", h)) for h in items]
                if not all(self._honor_like(h) for h in honors):
                    continue
                counts = list(self._count.finditer(m["counts"]))
                if m["loose"] is not None and not _pairs_in_order([_QUOTES.sub("", h) for h in honors], [c["unit"] for c in counts]):
                    continue  # 表彰优秀党员、先进集体10名、20个: no 分别, and the names contradict the order
                taken.append((m.start(), m.end()))
                if len(counts) != len(honors):
                    continue  # 甲、乙、丙分别为10个、30名: not one count per honour, no pairs guessed
                for honor, c in zip(honors, counts, strict=True):
                    self._add(awards, doc, sentence, m, c["n"], c["unit"], honor_first=False, honors=[honor],
                              at=m.start("counts") + c.start("n"))
            for m in self._matches(self.respectively_received, text, uncounted):
                # (分别获评“甲”“乙”: quoted honours side by side)
                honors = [h for h in _RESPECTIVE_HONOURS_SPLIT.split(m["honors"]) if h]
                counts = list(self._count.finditer(m["counts"]))
                if len(honors) < 2 or not all(len(_QUOTES.sub("", h)) >= 2 and (self._honor_like(h) or _QUOTES.search(h))
                                              for h in honors):
                    continue  # (分别荣获全国和省级先进集体称号: one honour at two levels, not two honours)
                if m["plain"] and not _pairs_in_order([_QUOTES.sub("", h) for h in honors], [c["unit"] for c in counts]):
                    continue  # 3个集体和5名个人获得“先进个人”和“先进集体”称号: no 分别, and the names contradict the order
                taken.append((m.start(), m.end()))
                if len(honors) != len(counts):
                    continue  # three honours for two counts: no pairs guessed
                quoted = _QUOTED_ITEM.match(honors[0])
                if quoted and _CATEGORY.fullmatch(honors[0][quoted.end() :]) and all(_CATEGORY.fullmatch(h) for h in honors[1:]):
                    honors[1:] = [quoted.group() + h for h in honors[1:]]  # “三下乡”先进集体、先进个人: the second is “三下乡”先进个人
                for honor, c in zip(honors, counts, strict=True):
                    self._add(awards, doc, sentence, m, c["n"], c["unit"], honor_first=False, honors=[honor],
                              at=m.start("counts") + c.start("n"))
            for m in self._matches(self.listed_each, text, uncounted):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue  # 先进集体、先进个人各10个、25名: the counts paired in order already
                items = _JOINING.split(_LEADING_CONNECTOR.sub("", _LEADING_VERB.sub("", m["honor"])))
                if any(h.endswith("代表") for h in items) or _ACTING_AFTER.match(text, m.end()):
                    continue  # 优秀党员和优秀党务工作者代表各1名作交流发言: representatives acting
                second = _SECOND_UNIT.match(text, m.end())
                paired = _pair_by_kind(items, [m["unit"], second["unit"]]) if second and len(items) == 2 else None
                if paired is not None and all(self._honor_like(h) for h in items):
                    # 先进集体、先进个人各10个（名）: each honour with the unit of its kind, one record each (§5)
                    for honor, unit in zip(paired, (m["unit"], second["unit"]), strict=True):
                        self._add(awards, doc, sentence, m, m["n"], unit, honor_first=False, honors=[honor], at=m.start("n"),
                                  split_dual=True)
                    taken.append((m.start(), second.end()))
                    continue
                if len(items) > 1 and all(self._honor_like(h) for h in items) and self._add(
                        awards, doc, sentence, m, m["n"], m["unit"], honor_first=False, honors=items, at=m.start("n")):
                    taken.append((m.start(), m.end()))
            if line_item is not None:
                n, unit = (line_item["n"], line_item["unit"]) if line_item["n"] else (line_item["n2"], line_item["unit2"])
                if self._add(awards, doc, sentence, line_item, n, unit, honor_first=False, honors=[line_item["honor"] + (line_item.groupdict().get("grade") or "")],
                             at=line_item.start("n") if line_item["n"] else line_item.start("n2")):
                    taken.append((line_item.start(), line_item.end()))
            if "授牌" in text or "颁牌" in text or "认定" in text:
                for m in (*self._matches(self.designated_plaque, text, uncounted), *self._matches(self.designated_counted, text, uncounted)):
                    if self._designation_tallied(text, m.start()):
                        continue  # 今年以来，全市已为20家市级…基地授牌: plaques handed out over a period, a tally (§5)
                    if not any(m.start() < e and s < m.end() for s, e in taken) and self._add(
                            awards, doc, sentence, m, m["n"], m["unit"], honor_first=False, honors=[m["honor"]],
                            at=m.start("n"), kind="organization"):
                        taken.append((m.start(), m.end()))
                        if m.groupdict().get("n2"):
                            self._add(awards, doc, sentence, m, m["n2"], m["unit2"], honor_first=False,
                                      honors=[m["honor2"]], at=m.start("n2"), kind="organization")
            if "颁发" in text:
                for m in self._matches(self.designated_certified, text, uncounted):
                    if not self._designation_tallied(text, m.start()) \
                            and not any(m.start() < e and s < m.end() for s, e in taken) and self._add(
                                awards, doc, sentence, m, m["n"], m["unit"], honor_first=False, honors=[m["honor"]],
                                at=m.start("n"), kind="person"):
                        taken.append((m.start(), m.end()))
            # The patterns with a long lazy honour scan run only where their core is present.
            # (by identity: a compiled pattern's hash reads its whole program)
            merit = "等功" in text or "嘉奖" in text or _TW_MERIT_WORD.search(text) is not None
            won_bare = "获奖" in text or "得奖" in text or "获颁" in text or "获授" in text  # (the words of _WON_BARE)
            absent = {id(p) for p, core in (
                (self.honor_first, self._head_then_count.search(text) is not None),
                (self.handed_to, "予" in text or "奖给" in text or "金给" in text),
                (self.plain_handed_to, "予" in text),
                (self.anaphoric, "获此" in text or won_bare or "由" in text),
                (self.announced_anaphoric, "获奖" in text),
                (self.ceremony_anaphoric, "获此" in text or "奖者" in text or "得主" in text),
                (self.ceremony_quoted_won, won_bare),
                (self.plaque_commended, "为" in text and ("表彰" in text or "表扬" in text)),
                (self.ceremony_quoted_commended, "表彰" in text or "表扬" in text or "嘉许" in text or "授牌" in text),
                (self.ceremony_prize_won, "颁奖" in text or "授奖" in text or "颁授" in text or "奖项" in text),
                (self.ceremony_opening_won, "典礼" in text or "仪式" in text or "大会" in text or "晚会" in text),
                (self.ceremony_conferred_on, "颁" in text and ("典礼" in text or "仪式" in text or "大会" in text or "晚会" in text)),
                (self.ceremony_opening_conferred_on, "颁" in text and "举行" in text),
                # (ruled for Traditional text, §5 nineteenth round; a Simplified page keeps today's reading)
                (self.prize_presented_won, doc.language in ("zh-Hant", "mixed") and ("由" in text or "颁" in text)
                 and won_bare),
                (self.prize_set_winners, "设" in text and ("奖者" in text or "得主" in text or "获得者" in text
                                                       or won_bare or "表" in text or "嘉许" in text or "奖励" in text)),
                (self.prize_entrants_winners, (won_bare or "获此" in text or "受奖" in text or "获奖" in text or "得奖" in text)
                 and ("申报" in text or "报名" in text or "参评" in text or "参选" in text or "参赛" in text
                      or "申请" in text)),
                (self.joined_ranking, "跻身" in text),
                (self.leaders_took_plaque, "接过" in text or "领取" in text or "接受" in text),
                (self.merit_for, merit),
                (self.merit_counted, merit),
                (self.merit_holders, "等功" in text or "嘉奖的" in text),
                (self.commended, merit),
                (self.commendation_received, "嘉奖" in text),
                # (the verb of received holds 获; the counts of both bracketed patterns sit in brackets)
                (self.received, "获" in text),
                (self.quoted_bracketed_count, "（" in text or "(" in text),
                (self.bracketed_count, "（" in text or "(" in text),
            ) if not core} | uncounted
            for m in self.quoted_then_count.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                if m["works"]:
                    lead = text[start_after(text, m.start()) : m.start()]
                    if not _WORKS_CONFERRED.search(lead) or _WORKS_NOT_WON.search(lead):
                        continue  # 组织申报“科技进步奖”项目20个, 通报了“…奖”项目20个的推荐情况: no prize won
                before = self._count_before.search(text, max(0, m.start() - 12), m.start())
                # (not 获得“甲”的6个代表队和“乙”30名: the count before holds the item that 和 closes, the quote its own)
                own_count_before = before is not None and text[before.start() - 1 : before.start()] not in _QUOTE_CLOSE \
                    and not _JOINER_END.search(before.group())
                honors = _QUOTED_ITEM.findall(m["honor"])
                start = m.start()
                if own_count_before and len(honors) == 1:
                    continue  # 12名“甲”、6名“乙”: each count stands before its honour (not “甲”10名和“乙”6名)
                if m["honor"][-1] not in _QUOTE_CLOSE and m.end() < len(text) and text[m.end()] in _QUOTE_OPEN:
                    continue  # 对“甲”、20名“乙”和6个“丙”: the count stands before the next quoted honour, not after this one
                if _COMMA_OPENING.match(text[m.end("honor") : m.start("n")]) and not _CLAUSE_END_AHEAD.match(text[m.end():]) \
                        and not _FOLLOWING_WORD.search(text[m.end("honor") : m.start("n")]):
                    continue  # 被评为“…”，共12名教师在比赛中获奖: the count of another clause
                if ("评" in text[m.end("honor") : m.start("n")] or "选出" in text[m.end("honor") : m.start("n")]) \
                        and _OTHER_PERIOD_CHOSEN.search(text, start_after(text, m.start()), m.start()):
                    continue  # 去年“青年科技奖”共评出获奖者15名: winners chosen in another period, not at this event
                if m["unit"] == "处":
                    clause_start, clause_end = start_after(text, m.start()), clause_bounds(text, m.end("n"))[1]
                    if _SITES_CHECKED.search(text, clause_start, m.start()) \
                            or not _CONFERRED_DONE.search(text, clause_start, clause_end):
                        continue  # 通报了检查“三小场所”200处的情况: sites checked, none honoured
                if m["token"]:
                    honors = [h + m["token"] for h in honors]
                elif (m["object"] or m["prizes"]) and _OBJECTS_MADE.search(text, start_after(text, m.start()), m.start()):
                    # 为本次表彰大会订制“劳动模范”奖杯20座: objects made, no honour for any later reader either
                    taken.append((start_after(text, m.start()), m.end()))
                    continue
                elif (m["object"] or m["prizes"]) and not _CONFERRAL_OF_OBJECTS.search(
                        text, start_after(text, m.start()), clause_bounds(text, m.end("n"))[1]):
                    continue  # 订购“安全生产”奖杯3座, 制作“劳动模范”奖牌20块用于本次表彰: objects bought or made, none handed over
                elif m["merit"]:
                    # 为“平安工地”示范项目12个授牌: the works honoured, only with a verb of conferring in the clause (not
                    # 打造“美丽乡村”示范项目12个, 建成“四好农村路”示范工程5个: works built, §5)
                    if not _CONFERRED_DONE.search(text, start_after(text, m.start()), clause_bounds(text, m.end("n"))[1]):
                        continue
                    honors = [h + m["merit"] for h in honors]
                if len(honors) > 1 and "各" not in text[m.end("honor") : m.start("n")]:
                    # (表彰了10个“先进集体”和“先进个人”50名: the first has its own count before it; 表彰了“…50强”“…优秀民营
                    # 企业家”20名: two quotes side by side, no mark between and no total word before the count; the count
                    # after the last is that one's, as after “甲”和“乙”20名, never the two names run together)
                    side_by_side = len(honors) == 2 and _QUOTES_SIDE_BY_SIDE.search(m["honor"]) is not None \
                        and not _TOTAL_BEFORE.search(text, m.end("honor"), m.start("n"))
                    if not (own_count_before or side_by_side) or m["honor"][-1] not in _QUOTE_CLOSE \
                            or _CATEGORY_AHEAD.match(text[m.end() :]):
                        # “甲”“乙”共12名 without 各: the count is not each one's (nor …“乙”和8个“丙”: the next item's;
                        # 下设“甲奖”“乙奖”“丙奖”三个奖项: the categories counted, §5)
                        continue
                    if side_by_side and not own_count_before and not _COUNT_IN_NAME.search(honors[0]):
                        # (评选出“好婆婆”“好媳妇”12名: neither name counts its own holders, so the count is over the
                        # pair, named as written, 好婆婆、好媳妇, as “甲”“乙”等奖项 is; §5, never a cut part)
                        honors = ["、".join(honors)]
                    else:
                        honors = honors[-1:]
                        # (the quotes before the last are left to the patterns reading their own counts)
                        start = m.start("honor") + max(m["honor"].rfind(q) for q in _QUOTE_OPEN)
                if self._add(awards, doc, sentence, m, m["n"], m["unit"], honor_first=False, honors=honors,
                             at=m.start("n")):
                    taken.append((start, m.end()))
                    # (颁发了“光荣在党50年”纪念章28枚和“优秀共产党员”证书40本: a second token with its own count)
                    # (“优秀共产党员”证书40本: a certificate's or a trophy's noun dropped, as above)
                    joined = self._token_count_joined.match(text, m.end()) if m["token"] or m["object"] else None
                    if joined and self._add(awards, doc, sentence, joined, joined["n"], joined["unit"], honor_first=False,
                                            honors=[joined["honor"] + ("" if joined["token"] in _COUNTED_OBJECTS
                                                                       else joined["token"])], at=joined.start("n")):
                        taken.append((joined.start(), joined.end()))
            # (listed_before_verb looks ahead to a verb of conferring or receiving, each ending in 表彰, 表扬 or 嘉奖)
            for m in (*([list_sentence] if list_sentence is not None else []), *self._matches(self.listed_after_verb, text, uncounted),
                      *(self._matches(self.listed_before_verb, text, uncounted) if _COMMENDED_WORDS.search(text) else ()),
                      *(self._matches(self.listed_for_prizes, text, uncounted) if _PRIZES_HANDED.search(text) else ())):
                items = list(self._list_item.finditer(m["items"]))
                if m.re is self.listed_after_verb and (m["respective"] or m["within"]) and not _HONOURED_BEFORE.search(text, 0, m.start()) \
                        and not (m["within"] and _TOKEN_HANDED_BEFORE.search(text, 0, m.start())
                                 and all(_TOKEN_GRADE_ITEM.fullmatch(item["honor"]) for item in items)):
                    continue  # 参评单位分别为…, 全县有文明村50个，其中…: no conferral said before the counts
                if any(_WHOLE_OR_JOINER_END.search(item["honor"]) for item in items):
                    continue  # 表彰了全市50名劳动模范和20个先进集体, …和全县12所…: counts first, read below
                if _ITEMS_AFTER_TOTAL.match(m.group()) and (
                        any(_NOT_HONOUR_ITEM.search(item["honor"]) for item in items) or _ACTING_AFTER.match(text, m.end())):
                    continue  # 其中，先进个人代表3名作典型发言: representatives acting, not the parts of a total
                if m.re is self.listed_before_verb and any(_ENDS_IN_REPRESENTATIVES.search(item["honor"]) for item in items):
                    continue  # 优秀共产党员代表10名受到表彰: representatives on stage, not all those honoured
                if any(_CONFERRING_END.search(item["honor"]) for item in items):
                    continue  # 其中大紫荆勋章颁予3人: an honour handed to a count, read as such below
                # 表扬模范父亲32名、孝行楷模10名: one item reading as an honour vouches for the list
                # (a whole quoted item vouches for none: 表彰“服务之星”15名、客户经理20名)
                listed = any((self._honor_like(item["honor"]) or _LEADING_HOUSEHOLD.match(item["honor"]))
                             and not _WHOLE_QUOTED_ITEM.fullmatch(item["honor"]) for item in items)
                # (表彰爱心企业12家、热心公益人士8名: caring holders counted right after 表彰 or 评选出, §5 twelfth round)
                listed = listed or (m.re is self.listed_after_verb and _CARING_CONFERRED_BEFORE.match(m.group()) is not None
                                    and any(_CARING_HOLDERS.match(item["honor"]) for item in items))
                grade_prefix = ""  # (优秀QC成果一等奖3项、二等奖6项: a bare grade after a full one is a grade of its prize)
                within = _WITHIN_BEFORE_ITEMS.search(text, 0, m.start("items"))
                if within is not None:
                    grade_prefix = _prize_before_within(text, within.start() + 1)
                for item in items:
                    span = (m.start("items") + item.start(), m.start("items") + item.end())
                    if any(span[0] < e and s < span[1] for s, e in taken) or _WHOLE_QUOTED_ITEM.fullmatch(item["honor"]):
                        continue  # (a whole quoted item: quoted_then_count's)
                    if m["items"][item.start() - 1 : item.start()] in ("，", ",") and (
                            not self._honor_like(item["honor"]) or _ENDS_IN_REPRESENTATIVES.search(item["honor"])
                            or not _ITEM_CLOSED.match(text, span[1])):
                        break  # 表彰先进网点10个，新增客户2000户 / 优秀员工代表20名参加会议: a clause after a comma that names
                        # no honour, or tells what those counted do, ends the list
                    if m.re in (self.listed_before_verb, self.listed_for_prizes) and not self._honor_like(item["honor"]) \
                            and _PLAIN_NOUN_END.search(item["honor"]):
                        continue  # 对新入职教师20名、优秀教师15名进行了表彰: a plain noun among the honours before the verb
                    if _LATIN_LETTERS.search(item["honor"]) and not self._honor_like(item["honor"]):
                        continue  # 表彰了VIP客户10名和优秀员工20名: a class of customers, not vouched for by the list
                    if _CLAUSE_IN_ITEM.search(item["honor"]):
                        break  # 受表彰的模范母亲由县内13个乡镇推荐: the count is of the places in a clause, no honour after it
                    if _VERB_LED_DESCRIPTION.match(item["honor"]):
                        continue  # 表扬服务满三十年的教职员20名: the verb and a description of plain holders, no honour
                    if item["honor"].startswith("其中"):  # (省自然科学奖49项，其中一等奖1项: 其中 inside the list)
                        grade_prefix = _prize_before_within(text, m.start("items") + item.start())
                    added_before = len(awards)
                    if self._add(awards, doc, sentence, item, item["n"], item["unit"], honor_first=True, listed=listed,
                                 at=m.start("items") + item.start("n")):
                        taken.append(span)
                        self._add_bodies_joined(awards, doc, sentence, span[1])
                    if len(awards) > added_before:
                        grade = _PRIZE_GRADE.search(awards[-1]["honor"])
                        if grade is None:
                            grade_prefix = ""
                        elif grade.start() > 0:
                            grade_prefix = awards[-1]["honor"][: grade.start()]
                        elif grade_prefix:
                            awards[-1]["honor"] = grade_prefix + awards[-1]["honor"]
                            if _TEAM_PRIZE.match(grade_prefix) and awards[-1]["unit"] == "个" and awards[-1]["recipient_kind"] is None \
                                    and not (_MIXED_RECIPIENTS.match(sentence.text, span[1]) or _THING_HONOR.search(awards[-1]["honor"])):
                                awards[-1]["recipient_kind"] = "organization"  # 团体一等奖1个、二等奖2个: team prizes too
            for m in (*([counted_sentence] if counted_sentence is not None else []), *self._matches(self.counted_after_verb, text, uncounted),
                      *self._matches(self.counted_before_verb, text, uncounted)):
                if m.re is self.counted_after_verb and m["verb"] is None and m["after_verb"] is None:
                    continue  # 对12名…: 对 with no conferring verb after the counts
                counted_items = list(self._counted_item.finditer(m["items"]))
                # (表扬63位模范劳工及5位劳工之友: after the conferring verb one item reading as an honour vouches for
                # the items joined to it that read as honours of their own kind, not for plain nouns: 表彰了50名优秀教师和
                # 10名新入职教师, 30名优秀运动员和5名教练员)
                vouched = m.groupdict().get("verb") is not None and len(counted_items) > 1 and any(
                    self._honor_like(item["honor"]) and not _WHOLE_QUOTED_ITEM.match(item["honor"]) for item in counted_items)
                for item in counted_items:
                    honor, at = item["honor"], m.start("items") + item.start("n")
                    if _WHOLE_QUOTED_ITEM.match(honor):
                        continue  # (an item opening on a quoted word: the quoted patterns')
                    span = (at, m.start("items") + item.end())
                    honor = honor.rsplit("为", 1)[-1] if m.group().startswith("命名") else honor  # 命名了5个村为…示范村
                    if (described := _WINNERS_DESCRIBED.match(honor)) and self._honor_like(honor[described.end():]):
                        # (表彰了25篇获奖社科优秀论著, 表彰了30名获奖优秀教师: 获奖 describes the holders or works, the honour
                        # after it, as before 优秀教师 with 为…颁发, §5 twenty-second review round; not 获奖教师: no honour left)
                        honor = honor[described.end():]
                    # (27个个人三等功和150个嘉奖: merit citations and commendations count like honours, §5)
                    honor_read = self._honor_like(honor) or (vouched and _VOUCHED_HONOR.search(honor) is not None) \
                        or _MERIT_OR_COMMENDATION.fullmatch(honor) is not None
                    # (表彰了12家爱心企业, 12家爱心企业和8名热心人士受到表彰: caring holders right after 表彰 or 评选出 or
                    # before a passive or 对…进行 表彰, §5 twelfth review round; not 12家爱心企业捐款)
                    honor_read = honor_read or (_CARING_HOLDERS.match(honor) is not None and (
                        _CARING_CONFERRED_BEFORE.match(m.groupdict().get("verb") or "") is not None
                        or _CARING_CONFERRED_AFTER.match(text, m.end()) is not None))
                    # (表彰了191篇获奖人口科学论著, 表彰了30部获奖作品: works commended as 获奖 with no honour word after it:
                    # 获奖 names the honour, §5 twenty-second review round (works commended as 获奖 are counted); not
                    # 表彰了30名获奖教师, people with no honour named)
                    if (authors := _WORKS_AUTHORS_TAIL.search(honor)) is not None and _WORKS_WON.search(honor, 0, authors.start()):
                        honor = honor[: authors.start()]  # 191篇获奖人口科学论著及作者: the works counted, their authors along
                    # (对191篇获奖论著及其作者进行了表彰: the conferring verb after the works, 对…进行表彰, reads as 表彰了…;
                    # the cr35 review's B20)
                    conferred = m.groupdict().get("verb") is not None or m.groupdict().get("after_verb") is not None
                    works_won = conferred and (described := _WINNERS_DESCRIBED.match(honor)) is not None \
                        and _WORKS_WON.search(honor) is not None and not _CLAUSE_NOT_HONOR.search(honor, described.end())
                    honor_read = honor_read or works_won
                    honor_read = honor_read or (_RANKING_TITLE.match(honor) is not None
                                                and _RANKING_CONFERRED_BEFORE.match(m.groupdict().get("verb") or "") is not None)
                    if any(span[0] < e and s < span[1] for s, e in taken) or (_CLAUSE_NOT_HONOR.search(honor) and not works_won) \
                            or not honor_read:
                        continue  # (表彰了12名优秀党员和优秀党务工作者: one count over two honours; 10名同志: no honour;
                        # 300名优秀员工代表参加大会, 50名先进工作者受到表彰: a clause, not an honour)
                    if self._add(awards, doc, sentence, item, item["n"], item["unit"], honor_first=False, honors=[honor], at=at):
                        taken.append(span)
            for m in [*self._matches(self.referred, text, uncounted),
                      *(self._matches(self.referred_after, text, uncounted) if "获此" in text or "跻身" in text else ())] \
                    if any(w in text for w in _REFERRED_WORDS) or "跻身" in text else ():
                clause_start = start_after(text, m.start("n"))
                if m["anaphor"] and self._tallied(text, clause_start, m.start("n"), _REFERRED_TALLY):
                    continue  # 截至目前，…我省有86个村获此殊荣; 近年来，…先后有6个村镇获此殊荣: a tally (§5)
                if m["anaphor"] and _REPEATED_WIN.search(text, m.end("unit"), m.start("anaphor")):
                    continue  # 其中3个单位已连续三届获此称号: repeat holders among those counted, a tally (§5)
                # the honour quoted last before it, in this sentence or the text shortly before
                before = doc.clean_text[max(0, sentence.start - REFERRED_WITHIN) : sentence.start] + text[: m.start()]
                if m["anaphor"] or m["ranks"]:
                    before = before[before.rfind("\n") + 1 :]  # (获此殊荣: the honour named in its own paragraph)
                if m["ranks"]:
                    # (１月２０日，他们跻身“十佳文化特色家庭”行列。同时跻身这一行列的还有…等10个家庭: the ranking joined on its day
                    # just before, §5 twenty-second and twenty-fourth review rounds; none told as background)
                    joined = list(_RANKING_JOINED_DAY.finditer(before))
                    if joined and not _REPRESENTATIVES_AFTER.match(text, m.end()) and not self._tallied(text, clause_start, m.start("n"), _REFERRED_TALLY) and self._add(
                            awards, doc, sentence, m, m["n"], m["unit"], honor_first=False, honors=[joined[-1]["honor"]],
                            at=m.start("n")):
                        taken.append((m.start(), m.end()))
                    continue
                # (“能被评为全国优秀教师，是对我的鼓励。”: words quoted, punctuated as a sentence, name no honour)
                quotes = list(_SHORT_QUOTE.finditer(before))
                listed_at = [k for k, q in enumerate(quotes) if _LIST_AFTER_QUOTE.match(before, q.end())]
                if m["on_list"] and listed_at and all(q[1] == quotes[listed_at[-1]][1] for q in quotes[listed_at[-1] :]):
                    # (发布全国“最美家庭”名单，999户家庭获评全国“最美家庭”。我省有28户家庭入选: the list named before the
                    # honour's repeat)
                    quotes = quotes[: listed_at[-1] + 1]
                named = [q[1] for q in quotes[-1:]]
                # (with a quote before: only a batch whose honour holds the last quote and goes on after it,
                # 命名了第二批“红色物业”示范小区; not 表彰了第三届全市“优秀企业家”, whose quote holds the whole honour)
                # (公布全省改善医疗服务示范医院名单，我市有3家医院入选: 入选, 上榜 said of an unquoted honour's list
                # published, not of a batch conferred; a list named after the last quote is nearer than it)
                batch = [b for b in sorted([*([] if m["on_list"] else [*_CONFERRED_BATCH.finditer(before), *_COMMENDED_OBJECT.finditer(before)]),
                                            *_LIST_PUBLISHED.finditer(before)],
                                           key=lambda b: b.start())
                         if not quotes or b.start("honor") <= quotes[-1].start() < quotes[-1].end() < b.end("honor")
                         or (m["on_list"] and b.start() >= quotes[-1].end())] if m["anaphor"] else []
                if batch and self._honor_like(batch[-1]["honor"]) \
                        and (not _JOINING.search(batch[-1]["honor"]) or _fields_joined(batch[-1]["honor"])) \
                        and not _kind_mismatch(batch[-1]["honor"], m["unit"]):
                    # 命名表彰了一批市级文明单位，我区12个单位榜上有名: the unquoted honour of the batch just conferred
                    if self._add(awards, doc, sentence, m, m["n"], m["unit"], honor_first=False, honors=[batch[-1]["honor"]],
                                 at=m.start("n")):
                        taken.append((m.start(), m.end()))
                        if m["n0"] and not _kind_mismatch(batch[-1]["honor"], m["unit0"]):
                            self._add(awards, doc, sentence, m, m["n0"], m["unit0"], honor_first=False,
                                      honors=[batch[-1]["honor"]], at=m.start("n0"))
                    continue
                other_kind = None  # the honour of the first count's kind when the second's is another
                if m["anaphor"] and named:
                    # (“守合同重信用”企业名单: the holders' noun after the quote; the quote must read as an honour)
                    noun = _NOUN_AFTER.match(before[quotes[-1].end() :])
                    named = [named[0] + (noun.group() if noun else "")]
                    # (获此殊荣 says an honour was won, and a list may name it; 榜上有名 is said of rankings too)
                    # (“十大孝星”颁奖晚会…。本届共有10位孝星获此殊荣: the ceremony presenting it; 十大孝星 reads as an
                    # honour of its own kind, _VOUCHED_HONOR)
                    # (“江城工匠”名单公布，我市15人获此荣誉: 获此荣誉 and 获此称号 as 获此殊荣, §5)
                    listed = m["anaphor"] in ("获此殊荣", "获此荣誉", "获此称号") and (_LIST_WORD_AHEAD.match(before[quotes[-1].end() :])
                                                       or _VOUCHED_HONOR.search(named[0]))
                    on_list = _LIST_AFTER_QUOTE.match(before, quotes[-1].end())
                    # (发布“新时代好少年”名单，我区20人入选: a quoted name ending on its holders' head noun, its list right
                    # after the quote)
                    listed = listed or bool(m["on_list"] and on_list and on_list.group() == "名单"
                                            and _HOLDER_ENDED.search(named[0]) and not _NOMINATED_IN.search(named[0]))
                    if m["anaphor"] != "获此殊荣" and _CANDIDACY.search(before, quotes[-1].end()):
                        named = []  # “最美医生”候选人名单公布，我院2名医生上榜: candidates, nothing conferred yet (§5)
                    elif m["on_list"] and not (on_list and (self._honor_like(named[0]) or listed)):
                        named = []  # 上榜, 当选: said of an honour's list or selection just named (not “百强县”名单, a ranking)
                    elif m["on_list"] and on_list["ranking"] and not _CONFERRED_IN.search(before, max(0, quotes[-1].start() - 20)):
                        named = []  # “中国最美县城”榜单发布，我省3个县城上榜: a media ranking, no conferral named
                    elif not (self._honor_like(named[0]) or listed):
                        named = []
                    elif _kind_mismatch(named[0], m["unit"]) and m["n0"] and len(quotes) > 1 \
                            and self._other_holders(quotes[-2][1], named[0], m["unit"]) \
                            and not _kind_mismatch(named[0], m["unit0"]):
                        # (…“全省三八红旗手”称号，…“全省三八红旗集体”称号。其中，我市有2个集体、6名同志获此殊荣: each count
                        # refers back to the honour of its own kind, §5)
                        other_kind = named[0]
                        named = [quotes[-2][1]]
                    elif _kind_mismatch(named[0], m["unit"]):
                        named = []  # …被评为“先进基层党组织”。全县共有15名党员获此殊荣: not the honour last named
                if m["anaphor"] in ("获此殊荣", "获此荣誉") and not quotes and not batch:
                    # 宣读了《关于表彰…体育道德风尚奖的决定》，五个代表团和二十名运动员获此殊荣: the prize the decision read names
                    decided = list(_DECIDED_PRIZE_TITLE.finditer(before))
                    prize = _EVENT_BEFORE_PRIZE.sub("", decided[-1]["decided"]) if decided else ""
                    if prize and self._honor_like(prize) and not _kind_mismatch(prize, m["unit"]):
                        named = [prize]
                if named and self._add(awards, doc, sentence, m, m["n"], m["unit"], honor_first=False, honors=named[-1:],
                                       at=m.start("n")):
                    taken.append((m.start(), m.end()))
                    # (“十大金牌导游”“十佳旅行社”评选结果，分别有10名导游、10家旅行社获此殊荣: 分别 pairs the counts with
                    # the two honours just named side by side, in order)
                    respective = bool(m["n0"]) and len(quotes) > 1 and "分别" in text[clause_start : m.start("n0")] \
                        and _OPTIONAL_JOINER.fullmatch(before[quotes[-2].end() : quotes[-1].start()]) is not None
                    first = quotes[-2][1] if respective else other_kind or named[-1]
                    if m["n0"] and not respective and len(quotes) > 1 and _kind_mismatch(first, m["unit0"]) \
                            and self._other_holders(quotes[-2][1], first, m["unit0"]):
                        # (授予…“全省三八红旗手”称号，授予…“全省三八红旗集体”称号。其中，我市有6名同志、2个集体获此殊荣:
                        # each count of its own kind refers back to the honour of that kind just named, §5)
                        first = quotes[-2][1]
                    if m["n0"] and not _kind_mismatch(first, m["unit0"]) and (
                            not respective or self._honor_like(first) or _VOUCHED_HONOR.search(first)):
                        self._add(awards, doc, sentence, m, m["n0"], m["unit0"], honor_first=False, honors=[first],
                                  at=m.start("n0"))
            for pattern in (self.merit_for, self.merit_holders, self.merit_counted, self.commended, self.commendation_received, self.conferred, self.conferred_token, self.conferred_plain, self.conferred_prize, self.named_to, self.named_to_plain, self.handed_to, self.degree_granted, self.degree_granted_to,
                            self.count_then_honor,
                            self.listed_honor_then_count, self.quoted_etc_total, self.quoted, self.honor_then_count, self.honor_then_count_plain,
                            self.listed_honor_then_count_plain, self.anaphoric, self.list_anaphoric, self.announced_anaphoric,
                            self.ceremony_anaphoric, self.ceremony_quoted_won,
                            self.ceremony_commended, self.ceremony_decorations_commended, self.ceremony_quoted_commended, self.ceremony_prize_won, self.ceremony_opening_won, self.ceremony_conferred_on, self.ceremony_opening_conferred_on, self.prize_presented_won, self.prize_set_winners, self.prize_entrants_winners, self.joined_ranking, self.leaders_took_plaque, self.plaque_commended, self.count_holders, self.received_listed,
                            self.had_count, self.received_then_count, self.received_plain_then_count, self.quoted_then_had, self.quoted_handed_to, self.plain_handed_to,
                            self.winners_commended,
                            # (the quoted one first: “四强”党支部称号（共16个） is no unquoted 党支部称号)
                            self.quoted_bracketed_count, self.bracketed_count,
                            self.labelled_list, self.received, self.count_verb_plain, self.count_first, self.honor_first,
                            self.titled_plain, self.granted_prize_plain, self.granted_to_items):
                if id(pattern) in absent:
                    continue
                for m in pattern.finditer(text):
                    if any(m.start() < e and s < m.end() for s, e in taken):
                        continue
                    if m.groupdict().get("n") and _KEEPSAKE_AHEAD.match(text, m.end("unit") if m.groupdict().get("unit") else m.end()) \
                            and _FOR_HOLDERS_DESCRIBED.search(text, 0, m.start("n")):
                        # 为荣获省级“五四青年奖章”的2名青年颁发了纪念奖杯: a keepsake for holders of an honour won elsewhere,
                        # nothing conferred (GUIDELINES §5 twenty-first review round), whichever reading found the count
                        continue
                    if pattern is self.granted_prize_plain and text[m.start() - 1 : m.start()] == "、" and not _GRANT_JOINED.search(
                            text, start_after(text, m.start()), m.start()):
                        continue  # …奖章、50名…市五一劳动奖章 with no 授予 before in the clause: not a grant joined on
                    if pattern is self.titled_plain and not _GRANT_JOINED.match(text, m.start()) and not _GRANT_JOINED.search(
                            text, start_after(text, m.start()), m.start()):
                        continue  # 取消三名同志…称号、两个单位…称号: a later item with no 授予 before in the clause
                    if pattern is self.granted_to_items and not _GRANT_JOINED.match(text, m.start()) \
                            and not _ITEMS_GRANT_BEFORE.search(text, start_after(text, m.start() - 1), m.start()):
                        continue  # …奖，3个项目申报省级科技奖: no grant in the clause before the projects counted
                    if pattern in (self.joined_ranking, self.leaders_took_plaque) and self._past_told(doc, text, m.start("n")):
                        continue  # 前年四县领导接过…的铜牌, 通报了去年…10个家庭跻身…行列: an earlier year's, told at the event (§5)
                    if pattern is self.prize_set_winners and _OTHER_PERIOD_CHOSEN.search(
                            text, start_after(text, m.start()), m.start()):
                        continue  # 去年设立…奖，共评出获奖者12名: winners chosen in another period, not at this event
                    if pattern is self.prize_presented_won and m["handed"] and _OTHER_PERIOD_CHOSEN.search(m["handed"]):
                        continue  # 基金會去年頒發…獎學金，…，共15名學生獲獎: handed out in another period, not at this event (§5)
                    if pattern in (self.count_first, self.conferred_plain) \
                            and (_PLAQUES_END.search(m.group(0)) or _PLAQUES_AFTER.match(text, m.end())) \
                            and self._designation_tallied(text, m.start()):
                        continue  # 今年以来已为20家先进单位授牌, 截至目前，全县已为…颁发奖牌: plaques over a period, a tally (§5)
                    if pattern is self.count_first and _HANDING_VERB_INSIDE.search(m["honor"]):
                        continue  # 为326名优秀新生发放奖学金: the holders, a verb and what is handed, no one honour's name
                    if pattern is self.count_first and _REGION_LEVEL_PREFIX.sub("", m["honor"]) in self._standalone \
                            and not _HONOURED_BEFORE.search(text):
                        continue  # 为50名劳动模范颁发慰问金: the holders of an honour, not honoured here
                    if pattern is self.received_plain_then_count and not self._honor_like(m["honor"]):
                        continue  # 获得表彰的有30人: no honour named
                    if pattern in (self.received_plain_then_count, self.quoted_then_had) and (
                            _ONCE_BEFORE.search(text, 0, m.start()) is not None or self._tallied(
                                text, start_after(text, m.start()), m.start())):
                        continue  # 近年来获评“省级文明单位”的有6个, 曾获评…的有5人: holders tallied, nothing conferred now (§5)
                    if pattern in (self.honor_then_count, self.honor_then_count_plain) and _CONTEST.search(m["honor"]):
                        continue  # 获得大赛一等奖的5名选手: a contest's result (§5)
                    if pattern is self.honor_then_count and _FOR_HOLDERS.search(text, 0, m.start()) \
                            and not _CONFERRED_IN_AHEAD.match(text[m.end() :]):
                        continue  # 为获得“…”纪念章的26名老党员送上慰问金: holders visited, nothing conferred (§5)
                    if pattern is self.honor_then_count and m["grade"] and not _CONFERRED_IN_AHEAD.match(text[m.end() :]):
                        continue  # 获得“安康杯”竞赛优胜奖的6家单位参加了会议: a grade won, conferred at no ceremony told (§5)
                    if pattern is self.received and (
                            (_CONTEST.search(text, m.end("unit"), m.start("honor")) and not (
                                # (学校召开表彰大会。我校5名学生在全省数学竞赛中获一等奖: a prize grade told at a commendation
                                # or prize ceremony is an award, §5, as when the contest is named before the count; not a
                                # sports meet's, _SPORTS_FRAME)
                                _PRIZE_GRADE.fullmatch(m["honor"]) and self._commended_near(doc, sentence)
                                and not _SPORTS_FRAME.search(text, m.end("unit"), m.start("honor"))))
                            or (_DEMONSTRATIVE_OPENING.match(m["honor"]) and not _THIS_PRIZE.fullmatch(m["honor"]))):
                        continue  # 3名选手在全国技能大赛中获得金奖: a contest's result; 获得该奖学金: no honour named
                    if pattern is self.conferred_plain and m["handed"] and not _NAMED_SCHOLARSHIP_GIVEN.fullmatch(m["honor"]) \
                            and not (m["honor"] in ("奖学金", "奖教金")
                                     and self._prize_referred_to(m["honor"], text[: m.start()])):
                        continue  # 为50名老党员发放纪念章, 为30名困难学生发放助学金: goods or aid handed out, no honour conferred
                    if pattern is self.received and _ITEM_HONOUR_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                        continue  # 大紫荆勋章三人、金紫荆星章十二人获颁授勋衔: the count closes the list's item before it (§5)
                    if pattern is self.received and _HOLDERS_WITH_KIN_ATTEND.match(text, m.end("honor")):
                        continue  # 约300名获嘉许人员及其家属出席典礼: holders and their families attending, no holders counted (§5)
                    if pattern is self.quoted and _TITLE_OF_COUNT_AHEAD.match(text[m.end("honor") + 1 :]):
                        # 15名同志和“先进基层党组织”称号的3个党支部, …32名同志，荣获“乙”称号的赵六等10名同志: the quote is
                        # the next item's, with its own count
                        continue
                    if pattern is self.conferred and m["pinned"] and not _PINNED_MEDAL.match(m["after"]):
                        continue  # 为新党员佩戴“…”党徽, 佩戴“…”绶带: only a medal pinned on is an honour conferred (§5)
                    if pattern is self.conferred_plain and m["pinned"] and not _PINNED_PLAIN_MEDAL.search(m["honor"]):
                        continue  # 为老党员佩戴荣誉证书: only a medal is pinned on (§5 medals; 大红花, 党徽 end in no medal word)
                    if pattern is self.conferred and m["n2"] and (second := self._respective_tokens(text, m)):
                        # 分别为30名老党员、20名优秀党员颁发了“甲”纪念章和“乙”证书: two counts, two quoted honours with their
                        # tokens, paired in order (§5: one record per stated count)
                        added = [self._add(awards, doc, sentence, m, m[n], m["unit" + n[1:]], False, honors=[honor], at=m.start(n))
                                 for n, honor in zip(("n", "n2"), second, strict=True)]
                        if any(added):
                            taken.append((m.start(), m.end()))
                        continue
                    if pattern is self.quoted and _SELECTED_INTO.search(text, m.end("unit"), m.start("honor")) and (
                            _LISTED_NOT_YET.match(text, m.end("honor") + 1) or _SCHEME_AFTER_QUOTE.match(text, m.end("honor") + 1)):
                        continue  # 45名教师入选“最美教师”候选人名单 / 拟表彰名单 / “…”培养计划: nothing conferred (§5)
                    if pattern is self.quoted and _ON_LIST_BEFORE_QUOTE.search(text, m.end("unit"), m.start("honor") - 1):
                        ranking = _LIST_AFTER_QUOTE.match(text, m.end("honor") + 1)
                        if _RANKING_NAME.search(m["honor"]) or (ranking and ranking["ranking"]) or not self._honor_like(m["honor"]):
                            continue  # 5家企业上榜“2024中国企业500强”, 3个县城上榜“中国最美县城”榜单: a ranking, no conferral (§5)
                    if pattern is self.quoted and not self._honor_like(m["honor"]) and _MEMBERS_CERTIFIED.match(text, m.end("honor") + 1) \
                            and not _CONFERRAL_NAMED.search(text):
                        continue  # 为20名“双报到”党员颁发证书: members of a scheme given a certificate, no honour named
                    clause_end = min((i for i in map(lambda ch: text.find(ch, m.end()), "，。；,;") if i >= 0), default=len(text))
                    # (有一项是“奖励见义勇为”, 一种“贺年（有奖）明信片”: an award word inside the marks of a phrase that reads as no
                    # honour makes no conferral; the word must stand outside them, §5 a quoted description is no award)
                    if pattern is self.quoted and not self._honor_like(m["honor"]) and not self.context.search(text, 0, m.start("honor")) \
                            and not self.context.search(text, m.end("honor"), clause_end) \
                            and not _PLAQUE_HANDED_WITH_LE.search(text, m.end("honor"), clause_end) \
                            and not _CONFERRED_ON_THEM.match(text, clause_end) \
                            and not _DESIGNATED_LIST_PUBLISHED.search(text, 0, clause_end) \
                            and not any(_HOLDER_KIND_NAMED.search(d["honor"]) for d in _DESIGNATED_PASSIVE.finditer(text, m.start(), clause_end)):
                        # (12所学校被认定为“绿色学校”: a designation naming its holders' own kind conferred on them, §5 命名…为)
                        # 为10名“百岁老人”送上慰问品，并为5户“…”颁发牌匾: a group named, the conferral a later clause's
                        # (not 20名“新时代好少年”走上舞台，市领导为他们颁发证书: conferred on them)
                        continue
                    if pattern is self.quoted and m["n"] == "一" and not any(
                            (c.end() <= m.start("honor") - 1 or c.start() >= m.end("honor") + 1)
                            and not _AS_TIME_AFTER.match(text, c.end())
                            for c in self.context.finditer(text, start_after(text, m.start()), clause_end)):
                        # 有一个来宾“留言簿”, 见到一幅醒目的“党员示范岗”标志, 他当选不久竟然来了一个“…”: 一 the article before a
                        # quoted name, no word of conferral in its clause outside the marks (an award word in another
                        # clause, 荣誉室, or told as the time of the act, 当选不久, confers nothing): a quoted description,
                        # no award (§5)
                        continue
                    if pattern is self.listed_honor_then_count_plain and not (
                            self._honor_like(m["honor"]) and self._after_listed_count.search(text, max(0, m.start() - 24), m.start())):
                        continue  # 参加全县运动会和“…”的50名学生: no honour, or no item before with its own count
                    if pattern is self.listed_honor_then_count and text[m.start()] in "和及、" and not self._after_listed_count.search(
                            text, max(0, m.start() - 24), m.start()):
                        continue  # 参与“送温暖”和“献爱心”的50名志愿者: no item before with its own count
                    # (六十四个获得“…”称号的小演员: the recipients written after 的 are people)
                    people = (pattern is self.count_then_honor and m["unit"] not in ("家", "所", "间")
                              and not _COLLECTIVE_WORD.search(m["honor"]) and bool(_PERSON_NOUN.match(text, m.end())))
                    plain = pattern in (self.honor_first, self.count_verb_plain, self.ceremony_commended, self.named_to_plain)
                    if pattern is self.named_to_plain and m["verb_first"] in _NAMING_OR_CHOOSING \
                            and _HOLDER_KIND_NAMED.search(m["honor"]):
                        # 评出全国五十七个村庄为鲜花村, 命名二十个社区为平安社区: a title naming its holders' own kind, an honour
                        # by its frame as a quoted one is (§5 tenth review round, 命名…为); not 确定20个村为贫困村, a status
                        plain = False
                    between = m.groupdict().get("between") or ""
                    if pattern is self.anaphoric and m["token"] and not self._honor_like(m["honor"]):
                        continue  # 颁发纪念奖牌，共有8个单位获奖: a plaque for no honour named
                    if pattern is self.conferred_prize and any(
                            honor is not None and (honor.endswith("代表") or honor.startswith(("获奖", "受表彰", "获表彰"))
                                                   or not self._honor_like(_PRIZE_WINNERS_END.sub("", honor)))
                            for honor in (m["honor"], m["honor2"])):
                        continue  # 为30名获奖者颁奖, 为10名优秀党员代表颁奖: no honour named, or representatives
                    if pattern is self.conferred_prize and m.group(0).endswith(("授牌", "颁牌")) \
                            and self._designation_tallied(text, m.start()):
                        continue  # 今年以来，全市已为20家…先进单位授牌: plaques handed out over a period, a tally (§5)
                    if pattern is self.conferred_prize and m["n2"]:
                        # 为24名国家奖学金获得者、296名国家励志奖学金获得者颁奖: one record per count, each its own prize
                        for n, unit, honor in ((m["n"], m["unit"], m["honor"]), (m["n2"], m["unit2"], m["honor2"])):
                            if self._add(awards, doc, sentence, m, n, unit, True, honors=[honor], at=m.start("n") if n is m["n"] else m.start("n2")):
                                taken.append((m.start(), m.end()))
                        continue
                    if pattern is self.conferred_plain and _ENDS_IN_REPRESENTATIVES.search(between):
                        continue  # 为10名优秀共产党员代表颁发了荣誉证书: the representatives on stage, not all honoured
                    if pattern in (self.conferred_plain, self.handed_to) and _BARE_TOKENS.fullmatch(_CONFERRING_PREFIX.sub("", m["honor"])) and (
                            _GENERIC_WINNERS.fullmatch(between) if pattern is self.conferred_plain
                            else _GENERIC_WINNERS.match(text, m.end("unit"))):
                        continue  # 为20名获奖者颁发荣誉证书, 颁发嘉许状予20位得奖者: the token of prizes named elsewhere
                    between = between.rsplit("的", 1)[-1]  # 为15名受表彰的优秀共产党员颁发…
                    if pattern is self.conferred_plain and _JOINER.search(between) and self._honor_like(between):
                        # 为15名优秀党员和优秀党务工作者颁发…: one count over two honours, the whole phrase (§5, never a cut
                        # part); no record when a part is no honour (为10名优秀党员和困难党员颁发…)
                        if not _COUNT_IN.search(between) and all(
                                len(part) >= 2 and self._honor_like(part) for part in _JOINER.split(between)) and self._add(
                                awards, doc, sentence, m, m["n"], m["unit"], True, honors=[between], at=m.start("n")):
                            taken.append((m.start(), m.end()))
                        continue
                    # (为10名青年科技奖得主颁发奖杯和证书: the winners of a prize handed its tokens; not 为12名诺贝尔奖获得者颁发荣誉
                    # 市民证书, another honour conferred on a prize's earlier winners)
                    winners = _PRIZE_WINNERS_END.search(between) is not None and _PRIZE_TOKENS.fullmatch(m["honor"]) is not None
                    if pattern is self.conferred_plain and self._honor_like(_PRIZE_WINNERS_END.sub("", between) if winners else between) \
                            and not _COMPLETION_WORD.search(m["honor"]) and not _DIGIT.search(between) \
                            and not _NAMED_SCHOLARSHIP_GIVEN.fullmatch(m["honor"]) \
                            and not (m["honor"] in ("奖学金", "奖教金") and self._prize_referred_to(m["honor"], text[: m.start()])):
                        # (not 设立了新生奖学金，…为326名优秀新生颁发奖学金: the bare 奖学金 takes the scholarship named before
                        # it in the sentence, §5 twelfth review round, over the holders' description)
                        # 为15名优秀共产党员颁发了荣誉证书: the honour is the recipients', the certificate its token
                        if self._add(awards, doc, sentence, m, m["n"], m["unit"], True, honors=[between], at=m.start("n")):
                            taken.append((m.start(), m.end()))
                        continue
                    if pattern is self.conferred_plain and _CERTIFICATE_ONLY.fullmatch(m["honor"]) and between \
                            and "的" not in (m["between"] or "") and not _COLLECTIVES_AND_INDIVIDUALS.fullmatch(between):
                        # 向12名援鄂医疗队队员颁发荣誉证书, 为30名志愿者颁发证书: a bare certificate handed to plain holders
                        # names no honour (§5 "An award record needs the honour named"; designations by certificate are
                        # honours, "never the certificate's noun"); not 为35个集体和个人颁发荣誉证书, a total over them, nor
                        # 为48名从教满三十年的教师颁发荣誉证书, holders qualified by a clause closed by 的 (the invented tuning
                        # gold counts that service certificate, syn_g05)
                        continue
                    # (頒發「績優社區」獎牌給8個社區: the plaque is the honour's token, no part of its name)
                    named = [m["honor"]] if pattern is self.quoted_handed_to else None
                    if pattern is self.handed_to and not m["n2"] and _BARE_TOKENS.fullmatch(_CONFERRING_PREFIX.sub("", m["honor"])) \
                            and (holders := _HOLDERS_AFTER_TOKEN.match(text, m.end("unit"))) \
                            and (holders["quoted"] or self._honor_like(holders["plain"])):
                        named = [holders["quoted"] or holders["plain"]]  # 颁发嘉许状予35名「优秀义工」: the holders' honour
                    if pattern is self.conferred_plain and m["honor"] == "奖学金":
                        # (…首届“某某奖学金”颁授环节，…向15名学生颁发奖学金: the scholarship quoted before in the sentence)
                        named = [q for q in _QUOTED_ITEM.findall(text, 0, m.start()) if q.endswith("奖学金")][-1:] or None
                    if pattern is self.honor_then_count and m["grade"]:
                        named = [m["honor"] + m["grade"]]  # 安康杯竞赛优胜奖: the quoted campaign and its prize's grade
                    if pattern is self.titled_plain and (recipients := _RECIPIENTS_BEFORE_TITLE.fullmatch(m["honor"])) \
                            and self._honor_like(recipients["honor"]):
                        named = [recipients["honor"]]  # 授予10名战士一级英雄模范称号: 一级英雄模范, not 战士一级英雄模范
                    if pattern is self.count_first and (more := _JOINED_PLAIN.match(text, m.end())) \
                            and (self._honor_like(more["next"]) or self._shared_qualifier(m["honor"], more["next"])) \
                            and not _REPRESENTATIVE_OR_NOMINATED.search(more["next"]):
                        # 表彰了20名优秀教师和优秀班主任: one count, the whole phrase (§5); so is 120名先进集体和个人, the
                        # qualifier written once (a total over both: no split is stated, §5 "never a cut part")
                        named = [m["honor"] + more.group("more")]
                    if pattern is self.count_first and named is None and _NOMINEES_PRIZE_AFTER.match(text, m.end()):
                        named = [m["honor"] + "提名奖"]  # 254名全国道德模范提名奖获得者: the honour's nomination prize (§5)
                    if pattern is self.announced_anaphoric:
                        honor = m["plain"] or m["quoted"] + (m["tail"] if m["tail"] in ("奖", "奖章") else "")
                        if _CONTEST.search(honor) or not (m["plain"] or m["tail"] or self._honor_like(honor)):
                            continue  # “XX杯”大赛揭晓…: a contest's results (§5); a quoted name that reads as no honour
                        named = [honor]
                    if pattern is self.conferred_token:
                        # (the quote and the medal: 光荣在党50年纪念章; not 为5名“五一劳动奖章”获得者颁发奖章, the medal named whole)
                        named = [m["honor"] if m["honor"].endswith(m["token"]) else m["honor"] + m["token"]]
                    if self._add(awards, doc, sentence, m, m["n"], m["unit"], plain, honors=named,
                                 at=m.start("n"),
                                 kind="person" if people else None):
                        taken.append((m.start(), m.end()))
                        if m.re is self.received and m["n0"] and "分别" not in m.group():
                            self._add(awards, doc, sentence, m, m["n0"], m["unit0"], plain, at=m.start("n0"))
                        if m.re in (self.handed_to, self.honor_then_count, self.listed_honor_then_count, self.honor_then_count_plain, self.conferred_plain, self.conferred) \
                                and m["n2"]:
                            self._add(awards, doc, sentence, m, m["n2"], m["unit2"], plain, honors=named, at=m.start("n2"))
                        if m.re in (self.honor_then_count, self.listed_honor_then_count) and not m["n2"]:
                            self._add_items_after_quoted(awards, doc, sentence, m, taken)
                        if m.re is self.honor_first:
                            self._add_bodies_joined(awards, doc, sentence, m.end())
                        if m.re is self.count_first:
                            self._add_joined_counts(awards, doc, sentence, m.end(), taken)
                        self._add_elided_grades(awards, doc, sentence, m.end("unit"), taken)
            for m in self._matches(self.commended_plain, text, uncounted) if "表" in text else ():
                if any(m.start("items") < e and s < m.end() for s, e in taken):
                    continue
                self._add_commended_plain(awards, doc, sentence, m)
            for added in awards[first_added:]:
                self._add_elided_repeats(awards, added, doc, sentence, taken)
            self._shared_scope(awards[first_added:], text)
            # (each of the three reads only matches of its count patterns: none where the sentence holds no count of theirs)
            if len(awards) == first_added and ("获" in text or "得奖" in text) and id(self.winners_next) not in uncounted:
                self._add_ceremony_winners_next(awards, doc, sentence)
            if len(awards) == first_added and "获" in text and not (
                    id(self.ceremony_then_holders) in uncounted and id(self.edition_prize_won) in uncounted):
                self._add_holders_after_ceremony(awards, doc, sentence)
            if len(awards) == first_added and "的" in text and id(self.commended_as_item) not in uncounted:
                self._add_commended_as_items(awards, doc, sentence)
            if len(awards) > first_added:  # (it renames records added here only: no sentence before to read otherwise)
                self._name_grades_within(awards[first_added:], text, sentence.start, self._previous_text(doc, sentence))
            self._add_grades_listed(awards, first_added, doc, sentence)
            self._add_topic_honour_counts(awards, first_added, doc, sentence)
            self._add_prize_works_chosen(awards, first_added, doc, sentence)
            # (共表彰先进单位和个人50个（名）。其中，…: a count over bodies and people gives no record, but its
            # parts follow)
            conferred_before = (len(awards) > count_before or _DUAL_UNIT.search(text) is not None) and conferring_here
            # (表彰了…10个；…20名；…5名: each list sentence carries the conferral on)
            conferring_before = conferring_here or (conferring_before and listed_on)
            proposed_before = _list_proposed(text) if conferring_here else proposed_before and listed_on
        awards = self._drop_prize_restatements(doc, awards)
        # (本次有功员警共63人 after 记一大功5人…: a label over the citations' total, no honour, whichever pattern found it; §5;
        # the citations may be told in a sentence of their own, 依據敘獎結果，本案有功人員計記一大功3人…, read as records)
        # (高三2班获评优秀班集体: 班 a class's number, counting no holders of the honour; see _BAN_HOLDERS)
        awards = [a for a in awards if a["unit"] != "班" or _BAN_HOLDERS.search(a["evidence"]["text"])]
        citations = [a for a in awards if _MERIT_CITATION.match(a["honor"])]
        awards = [a for a in awards if not (_MERIT_LABEL.search(a["honor"])
                                            and (_MERIT_CITATION.search(a["evidence"]["text"])
                                                 or _totals_citations(doc.clean_text, a, citations)))]
        awards.sort(key=lambda a: a["_at"])  # text order, whichever pattern found them
        awards = self._drop_several_honours_restated(doc, awards)
        for a in awards:
            del a["_at"]
        return self._drop_repeats(self._drop_sums(self._drop_headline_restatements(doc, awards, list_rows)))

    def _add_grades_listed(self, awards: list[dict[str, Any]], first_added: int, doc: Document, sentence: Sentence) -> None:
        """頒發「X獎」，計有特優3校、優等7校、甲等12校獲獎 / 共有特優社區3個、優等社區8個…獲獎: Taiwan's prize grades listed
        after 計有/共有 in a sentence that awards them, one record per grade (§5 twenty-first review round), a bare grade named
        with the prize quoted right before (X獎特優, as after 其中); what other patterns read of the list (the prize with the
        first grade's count) gives way."""
        text = sentence.text
        if ("有" not in text and "其中" not in text) or not _GRADES_AWARDED.search(text):
            return
        for lead in _GRADES_LIST_LEAD.finditer(text):
            items, end = [], lead.end()
            while (item := _TW_GRADE_ITEM.match(text, end)) is not None:
                items.append(item)
                end = item.end()
            prize = lead["prize"]
            if prize is None and (earlier := list(_QUOTED_PRIZE.finditer(text, 0, lead.start()))):
                prize = earlier[-1]["prize"]  # 舉行「X獎」頒獎典禮，計有特優3校…: the prize quoted before in the sentence
            # (at least two grades, each bare under a prize or each with its holders' noun: not 共有特優學校3所, a holding)
            if len(items) < 2 or not all(prize or i["noun"] for i in items):
                continue
            # (the list the subject of the awarding verb in its own clause, or under a prize quoted before it: not
            # 本縣共有特優學校3所、優等學校7所，今年另有2校獲獎, a holding, the award another's)
            # (會中表揚績優產銷班，計有特優產銷班2班、…: the clause right before 計有 commends them, the list its holders;
            # not 舉行頒獎典禮，本縣共有…: 共有 after another clause is a holding)
            commended_before = lead.group().endswith("计有") and lead.start() > 0 and text[lead.start() - 1] in "，," \
                and _GRADES_AWARDED.search(text, start_after(text, lead.start() - 1), lead.start()) is not None
            if not prize and not _GRADES_AWARDED.search(text, end, end_before(text, end)) and not commended_before:
                continue
            span = (items[0].start(), items[-1].end())
            awards[first_added:] = [a for a in awards[first_added:] if not span[0] <= a["_at"] - sentence.start < span[1]]
            for item in items:
                honor = prize + item["grade"] if prize and not item["noun"] else item["grade"] + item["noun"]
                self._add(awards, doc, sentence, item, item["n"], item["unit"], honor_first=False, honors=[honor],
                          at=item.start("n"))

    def _add_topic_honour_counts(self, awards: list[dict[str, Any]], first_added: int, doc: Document,
                                 sentence: Sentence) -> None:
        """功績勳章方面，共有十四名人士及實體獲頒: an honour set as the topic before 方面, then a count of its holders and the
        verb receiving it, is that honour's count (§5); the holders' kind read from what the count names (人士及實體: people
        and bodies, no single kind). Counts another pattern read already are left as they are."""
        text = sentence.text
        if "方面" not in text:
            return
        for m in _TOPIC_HONOUR_COUNT.finditer(text):
            if not self._honor_like(m["honor"]) or any(
                    a["_at"] - sentence.start == m.start("n") for a in awards[first_added:]):
                continue
            self._add(awards, doc, sentence, m, m["n"], m["unit"], honor_first=True, honors=[m["honor"]], at=m.start("n"))

    def _add_prize_works_chosen(self, awards: list[dict[str, Any]], first_added: int, doc: Document,
                                sentence: Sentence) -> None:
        """本届沅水文学奖共评出获奖作品12部: a prize that selects its counted winning works is that prize's count, kind
        null (GUIDELINES §5 eighteenth review round: works selected at a commendation are counted as the honour). Counts
        another pattern read already are left as they are; the past-period checks of :meth:`_add` drop earlier editions."""
        text = sentence.text
        if "获奖" not in text:
            return
        for m in _PRIZE_WORKS_CHOSEN.finditer(text):
            if any(a["_at"] - sentence.start == m.start("n") for a in awards[first_added:]):
                continue
            honor = m["honor"]
            if text.endswith(("本届", "本次", "此次"), 0, m.start("honor")) and (full := list(re.finditer(
                    _PRIZE_NAMED_IN_FULL + re.escape(honor) + ")", doc.clean_text[: sentence.start]))):
                honor = full[-1]["full"]  # 第七届沅芷文学奖颁奖典礼…。本届文学奖共评出…: the prize named in full before
            self._add(awards, doc, sentence, m, m["n"], m["unit"], honor_first=True, honors=[honor], at=m.start("n"))

    def _add_ceremony_winners_next(self, awards: list[dict[str, Any]], doc: Document, sentence: Sentence) -> None:
        """…李氏奖学金颁奖典礼。共有32位学生获奖: a count of winners opening the sentence right after one that holds a
        ceremony named for one prize or scholarship is that honour's count (GUIDELINES §5, a count referring back to the
        honour just named), as :attr:`ceremony_prize_won` reads it within one sentence."""
        m = self.winners_next.match(sentence.text)
        if m is None:
            self._add_scholarship_winners(awards, doc, sentence)
            return
        previous = self._previous_text(doc, sentence)
        ceremony = self.prize_ceremony_held.search(previous.rstrip("。！？"))
        if ceremony is None and (opening := _PRIZE_OPENING.match(previous)):
            # (…「星辉奖学金」颁奖典礼。「星辉奖学金」由校友于去年捐资设立。今年共有32位学生获奖: a sentence about the prize
            # itself, opening on its name, between the ceremony and the count; the count still refers back to it, §5)
            full = doc.clean_text
            end = len(full[: len(full[: sentence.start].rstrip()) - len(previous)].rstrip())
            earlier = full[start_after(full, end - 1, "。！？\n", floor=max(0, end - 200)) : end] if end > 0 else ""
            ceremony = self.prize_ceremony_held.search(earlier.rstrip("。！？"))
            if ceremony is not None and (ceremony["honor"] or ceremony["head"]) != opening["honor"]:
                ceremony = None  # another prize's ceremony
        if ceremony is None:
            return
        self._add(awards, doc, sentence, m, m["n"], m["unit"], honor_first=False,
                  honors=[ceremony["honor"] or ceremony["head"]], at=m.start("n"))

    def _add_holders_after_ceremony(self, awards: list[dict[str, Any]], doc: Document, sentence: Sentence) -> None:
        """…X奖（1997）颁奖大会今天在京举行，11名青少年获此殊荣; X评选今天揭晓，10名运动员获此殊荣; 这次第五届X奖，又有63位作家获奖:
        holders counted in the clause after a ceremony, a selection or this edition's prize named for one honour are that
        honour's count (GUIDELINES §5, a count referring back to the honour just named), as
        :meth:`_add_ceremony_winners_next` reads a count opening the next sentence."""
        text = sentence.text
        for m in (*self.ceremony_then_holders.finditer(text), *self.edition_prize_won.finditer(text)):
            if m.re is self.ceremony_then_holders and not (
                    (m["ceremony"] and m["honor"].endswith("奖") and not _NOT_A_PRIZE_WORD.search(m["honor"]))
                    or (m["referred"] and self._honor_like(m["honor"]))):
                continue  # 评选今天揭晓，10名选手获奖: a bare win after a selection of no honour named
            self._add(awards, doc, sentence, m, m["n"], m["unit"], honor_first=False, honors=[m["honor"]], at=m.start("n"))

    def _add_commended_as_items(self, awards: list[dict[str, Any]], doc: Document, sentence: Sentence) -> None:
        """获表彰的有：江城书店等96个单位为全国出版系统先进集体，李明等45位同志为…: each item after a heading of those commended,
        its holders named before 等 and counted, 为 an honour (GUIDELINES §5 eleventh review round), one record each."""
        heading = self.commended_as_heading.search(sentence.text)
        if heading is None:
            return
        for m in self.commended_as_item.finditer(sentence.text, heading.end() - 1):
            if self._honor_like(m["honor"]):
                self._add(awards, doc, sentence, m, m["n"], m["unit"], honor_first=False, honors=[m["honor"]], at=m.start("n"))

    def _add_scholarship_winners(self, awards: list[dict[str, Any]], doc: Document, sentence: Sentence) -> None:
        """…共批出奖学金二千八百万元，共有320名学生获奖: winners counted in the clause right after one that grants a
        scholarship are that scholarship's count (GUIDELINES §5: a count referring back to the honour just named; a bare
        奖学金 takes the one named in the clause, else is 奖学金), as a count opening the next sentence is
        (:meth:`_add_ceremony_winners_next`). Only 奖学金: aid handed out (助学金) is no honour."""
        text = sentence.text
        for comma in (i for i, ch in enumerate(text) if ch in "，,"):
            m = self.winners_next.match(text, comma + 1)
            if m is None:
                continue
            granted = _SCHOLARSHIP_GRANTED.search(text, start_after(text, comma), comma)
            # (基金會去年頒發清寒獎學金，共20名學生獲獎: granted in another period, its winners no award of this event, §5)
            if granted is not None and not _OTHER_PERIOD_CHOSEN.search(text, start_after(text, comma), granted.start()):
                self._add(awards, doc, sentence, m, m["n"], m["unit"], honor_first=False,
                          honors=[granted["name"] or "奖学金"], at=m.start("n"))
            return

    def _add_commended_plain(self, awards: list[dict[str, Any]], doc: Document, sentence: Sentence, m: re.Match[str]) -> None:
        """The records of match ``m`` of ``commended_plain`` (counts of plain holders commended, 4个单位、12名个人受到表彰):
        each count paired with an honour named just before, in the clauses before it or the sentence before in its
        paragraph (§5: a count that refers back to an honour just named counts). A count takes the one honour of its
        kind (单位/集体/个 bodies, 名/人/位 people), or the honours in order when there are as many counts as honours
        and the kinds do not contradict it; with none named, nothing."""
        text = sentence.text
        clause_start = start_after(text, m.start("items"))
        if self._tallied(text, clause_start, m.start("items"), _COMMENDED_ELSEWHERE):
            return  # 近年来，先后有10个单位受到表彰: a tally (§5); 另有3名个人…: others
        clean = doc.clean_text
        previous = start_after(clean, max(0, sentence.start - 1), _SENTENCE_MARKS)
        # (…印发了《关于表彰优秀教师的决定》。⏎⏎全市30名教师受到表彰: a decision's title closing the paragraph before
        # names the honour the next paragraph's count refers back to, §5 fourteenth round; only a decision's title
        # reaches across a paragraph break, the other readings stay within one paragraph)
        paragraph_end = len(clean[: sentence.start].rstrip())
        across = not clean[previous : sentence.start].strip() and 0 < paragraph_end < sentence.start \
            and clean[paragraph_end - 1] in "。！？!?"
        if across:
            previous = start_after(clean, paragraph_end - 1, _SENTENCE_MARKS)
        before = clean[previous : paragraph_end if across else sentence.start] + text[:clause_start]
        own = len(before) - clause_start  # where the count's own sentence begins in ``before``
        # (across a paragraph break only a decision's title counts; honours named in the count's own sentence always do:
        # 会议对…先进单位和先进个人进行了表彰，30个单位、45名个人受到表彰 opening a paragraph)
        named = [n for n in _NAMED_FOR_COUNTS.finditer(before)
                 if n.end() < len(before) and (n["decided"] or not across or n.start() >= own)]
        if not named or _HOLDERS_COUNTED.search(before[named[-1].end() :]):
            return  # (表彰了先进集体10个，…: the honours counted already; the plain count is another fact)
        last = named[-1]
        phrase = next(g for g in (last["object"], last["plain"], last["titled"], last["meeting"], last["decided"]) if g)
        honors = [h for h in _JOINING.split(_QUOTES.sub("", phrase)) if h]
        if not last["titled"]:
            honors = self._fields_rejoined(_QUOTES.sub("", phrase))
        honors = [_SCOPE_OPENING.sub("", h) for h in honors]
        # (基层社建设先进单位: the phrase before the category names the kind of unit honoured, whose plain count,
        # 4个基层社受到表彰, refers back to it)
        scopes = [h[: category.start()] if (category := _CATEGORY.search(h)) else "" for h in honors]
        # (安全生产工作先进单位: the category inside the longer phrase, §5, as the lists keep it)
        honors = [h[category.start() :] if (category := _CATEGORY.search(h)) else h for h in honors]
        for k in range(1, len(honors)):
            elided = _ELIDED_HOLDER.match(honors[k - 1])
            if honors[k] in ("集体", "单位", "个人") and elided:
                honors[k] = elided["qualifier"] + honors[k]  # 先进集体和个人: 先进个人
        if not honors or not all(self._honor_like(h) or last["titled"] for h in honors):
            return  # 召开表彰大会, 对获奖单位进行了表彰: no honour named
        items = list(self._commended_plain_item.finditer(m["items"]))
        units = [item["unit"] for item in items]
        if len(items) == len(honors) and _pairs_in_order(honors, units):
            paired: list[str | None] = list(honors)
        else:
            # (对先进单位和先进个人进行了表彰，12名个人受到表彰: the one honour of the count's kind)
            fits = [[h for h in honors if not _kind_mismatch(h, unit)
                     and (len(honors) == 1 or _kind_mismatch(h, "名") != _kind_mismatch(h, "个"))] for unit in units]
            paired = [f[0] if len(f) == 1 else None for f in fits]
        for item, honor in zip(items, paired, strict=True):
            scope = scopes[honors.index(honor)] if honor is not None else ""
            # (28名村级河长: the holders' level says who they are, not which honour; the head noun, 河长, is compared)
            noun = _HOLDER_LEVEL.sub("", item["noun"])
            if last["decided"] and (not noun or not honor.endswith(noun) or "通报" in m.string[m.end() : m.end() + 6]):
                continue  # 《关于表彰…优秀辅导员的决定》，12名同志受到表彰: only the honour's own head noun counts (§5)
            if honor is None or not (item["noun"] in _PLAIN_HOLDERS or honor.endswith(noun)
                                     or (len(item["noun"]) >= 2 and item["noun"] in scope
                                         and not _kind_mismatch(honor, item["unit"]))):
                continue  # 会议对先进单位进行了表彰，30名教师受到表彰: no honour of theirs named
            self._add(awards, doc, sentence, m, item["n"], item["unit"], honor_first=False, honors=[honor],
                      at=m.start("items") + item.start("n"))

    def _fields_rejoined(self, phrase: str) -> list[str]:
        """The honours joined in ``phrase`` (先进集体和先进个人), a part that reads as no honour joined back to the
        part after it: the joiner then links two fields inside one honour's scope (文化和旅游工作先进集体: not 文化
        and 旅游工作先进集体), §5 (the category inside the longer phrase)."""
        parts = _JOINING_KEPT.split(phrase)
        honors: list[str] = []
        carried = ""
        for k in range(0, len(parts), 2):
            piece = carried + parts[k]
            if piece and k + 1 < len(parts) and not self._honor_like(piece):
                carried = piece + parts[k + 1]
                continue
            carried = ""
            if piece:
                honors.append(piece)
        return honors

    def _ends_in_unit(self, text: str) -> bool:
        """Whether ``text`` ends in a unit word, then perhaps a table bar, a stop mark and spaces (the ending of every
        :attr:`list_line` match, ``\\s`` being ``str.isspace``): a cheap test before that pattern, which most lines fail
        only after trying each length of the honour."""
        tail = text.rstrip()
        if tail[-1:] in ("。", "；", ";"):
            tail = tail[:-1].rstrip()
        if tail.endswith("|"):
            tail = tail[:-1].rstrip()
        return tail[-1:] in self._unit_last_chars and tail.endswith(self._unit_words)

    def _recipient_view(self, sentence: Sentence) -> Sentence:
        """The sentence with a numeral inside a recipient's name listed before 等 and the count (装卸一队等10个集体)
        written as 某 (same length: offsets into the clean text hold), so that no pattern reads it as a count."""
        if "等" not in sentence.text:
            return sentence  # (_name_numeral looks ahead for 等: most sentences have none, and the sub of each costs)
        text = self._name_numeral.sub(lambda m: "某" * len(m.group()), sentence.text)
        return sentence if text == sentence.text else Sentence(sentence.start, sentence.end, text)

    def _add_items_after_quoted(self, awards: list[dict[str, Any]], doc: Document, sentence: Sentence,
                                m: re.Match[str], taken: list[tuple[int, int]]) -> None:
        """对获得“江城杯”优质工程的48项工程、20家优秀建筑企业进行了表彰: the counted honours listed after the holders of a
        quoted honour, each its own record when it reads as an honour and the clause confers them (§5)."""
        text = sentence.text
        listed = self.items_after_quoted.match(text, m.end())
        if listed is None or any(s < listed.end() and listed.start() < e for s, e in taken):
            return
        if listed["end"] is not None and not _CONFERRED_DONE.search(text, start_after(text, m.start()), m.start()):
            return  # (…的48项工程、20家企业参加了观摩: no conferring verb before a list that closes the clause)
        for item in self._counted_item.finditer(listed["items"]):
            if not self._honor_like(item["honor"]):
                continue
            at = listed.start("items") + item.start("n")
            if self._add(awards, doc, sentence, item, item["n"], item["unit"], False, at=at):
                taken.append((listed.start("items") + item.start(), listed.start("items") + item.end()))

    def _add_joined_counts(self, awards: list[dict[str, Any]], doc: Document, sentence: Sentence, end: int,
                           taken: list[tuple[int, int]]) -> None:
        """表揚42位模範勞工及8位特殊貢獻勞工: the items with their own counts joined after a counted honour, each
        its own record when it reads as an honour (§5; not 表彰了20名优秀教师和5名退休教师)."""
        text = sentence.text
        while (more := self.joined_count.match(text, end)) and not any(s < more.end() and more.start() < e for s, e in taken):
            if self.count_first.match(text, more.start("n")) or not self._honor_like(more["honor"]):
                return  # found on its own, or no honour
            if not self._add(awards, doc, sentence, more, more["n"], more["unit"], False, at=more.start("n")):
                return
            taken.append((more.start(), more.end()))
            end = more.end()

    @staticmethod
    def _name_grades_within(added: list[dict[str, Any]], text: str, sentence_start: int, before: str = "") -> None:
        """Bare grades listed after 其中 with their counts (市科技进步奖共授奖120项，其中一等奖3项、二等奖30项) are
        grades of the prize named right before the comma (GUIDELINES §5: 省自然科学奖30项，其中一等奖2项 →
        省自然科学奖一等奖 2); ``text`` is the sentence starting at ``sentence_start`` in the clean text. With no prize
        named before the grade in its sentence, a ceremony named for a prize in the sentence ``before`` names it
        (…冶金科学技术奖颁奖大会日前召开。本年度共授奖项目60项，其中特等奖2项 → 冶金科学技术奖特等奖, §5 tenth round)."""
        ceremony = _CEREMONY_OF_PRIZE.search(before)
        if ceremony and _PRIZE_GRADE.search(ceremony["prize"]):
            ceremony = None  # (一等奖颁奖仪式: a grade's ceremony, no prize named)
        for a in added:
            if not _PRIZE_GRADE.fullmatch(a["honor"]):
                continue
            within = _GRADE_WITHIN.search(text, 0, a["_at"] - sentence_start)
            prize = _prize_before_within(text, within.start() + 1) if within else ""
            if not prize and ceremony and not _PRIZE_WORD.search(_NOT_A_PRIZE_WORD.sub("", text[: a["_at"] - sentence_start])):
                prize = _SCOPE_BEFORE_PRIZE.sub("", ceremony["prize"])
            head = text[: a["_at"] - sentence_start]
            opening = _PRIZE_OPENING_SENTENCE.search(head) if not prize else None
            named = opening and (opening["prize"] or opening["prize_"])
            if named and not _PRIZE_GRADE.search(named) and not _PRIZE_WORD.search(
                    _NOT_A_PRIZE_WORD.sub("", head[: opening.start()] + head[opening.end() :])):
                # (…科技进步奖评审结果，共评出获奖项目80项，其中一等奖10项: the prize's ceremony or results earlier in the
                # sentence, no other prize named before the grade)
                prize = _SCOPE_BEFORE_PRIZE.sub("", named)
            if prize:
                a["honor"] = prize + a["honor"]

    @staticmethod
    def _shared_scope(added: list[dict[str, Any]], text: str) -> None:
        """表彰了全县安全生产工作先进集体10个、先进个人20名: the scope written once before a list of
        categories (a bare category follows after 、) is no part of the first one's name; keep the
        category (GUIDELINES §5). Quoted honours stay as written."""
        # (…新闻宣传工作先进单位6个、优秀通讯员18名: any honour opened by a word of praise is as bare)
        bare = [a["honor"] for a in added if _CATEGORY.fullmatch(a["honor"]) or _PRAISE_WORD.match(a["honor"])]
        for a in added:
            category = _CATEGORY.search(a["honor"])
            if not category or category.start() == 0 or not _SCOPE.fullmatch(a["honor"][: category.start()]):
                continue
            # (the item right before a bare category of the list, its count between)
            if any(re.search(re.escape(a["honor"]) + rf"{NUM}[个名位家项人]、" + re.escape(b), text) for b in bare):
                a["honor"] = category.group()

    def _add_bodies_joined(self, awards: list[dict[str, Any]], doc: Document, sentence: Sentence, end: int) -> None:
        """荣誉奖状14名及8个实体: a count of bodies joined right after the count of the award just added (``end``, an
        offset into the sentence, right after its unit), the same honour conferred on them (§5: one record per count)."""
        joined = _BODIES_JOINED.match(sentence.text, end)
        if joined is not None:
            self._add(awards, doc, sentence, joined, joined["n"], joined["unit"], honor_first=False,
                      honors=[awards[-1]["honor"]], at=joined.start("n"))

    def _add_elided_grades(self, awards: list[dict[str, Any]], doc: Document, sentence: Sentence, end: int,
                           taken: list[tuple[int, int]]) -> None:
        """获得…奉献奖金奖的126人、银奖的210人、铜奖的380人: bare grades joined right after the count of a prize's grade
        just added (``end``, an offset into the sentence, right after its unit), the prize written once before the
        first; one record per grade (§5), each named with the prize (…奉献奖银奖), as in a list of grades."""
        grade = _PRIZE_GRADE.search(awards[-1]["honor"]) if awards else None
        if grade is None or grade.start() == 0 or awards[-1]["evidence"]["clean_start"] != sentence.start:
            return
        prize = awards[-1]["honor"][: grade.start()]
        for joined in self._elided_grade.finditer(sentence.text, end):
            if joined.start() != end or any(joined.start() < e and s < joined.end() for s, e in taken):
                break
            if not self._add(awards, doc, sentence, joined, joined["n"], joined["unit"], honor_first=False,
                             honors=[prize + joined["grade"]], at=joined.start("n")):
                break
            taken.append((joined.start(), joined.end()))
            end = joined.end()

    def _add_elided_repeats(self, awards: list[dict[str, Any]], added: dict[str, Any], doc: Document, sentence: Sentence,
                            taken: list[tuple[int, int]]) -> None:
        """高一年级评出“优秀班集体”4个，高二年级3个，高三年级2个: counts that follow with the honour left out, each told of a
        scope parallel to the subject that conferred the honour of ``added`` (an award of this sentence: 高二年级 beside
        高一年级, by their last word), refer back to that honour: one record each (GUIDELINES §5 fifteenth review round).
        Not a count of something else (全区评出…，参赛队伍3个: no parallel scope), nor a clause that names an honour of
        its own, nor a clause holding more than the one count."""
        text = sentence.text
        counted = _count_in(added["unit"]).match(text, added["_at"] - sentence.start)
        if counted is None:
            return
        end = counted.end()
        clause_start = start_after(text, end - 1)
        subject = _CONFERRING_SUBJECT.match(text, clause_start)
        if subject is None or len(_UNIT_COUNT.findall(text[clause_start:end])) != 1:
            return
        honor, unit = added["honor"], added["unit"]
        for joined in _SCOPE_COUNT.finditer(text, end):
            if joined.start() != end or joined["unit"] != unit or any(joined.start() < e and s < joined.end() for s, e in taken):
                break
            # (parallel: as long, all but the first one or two words the same, 高二年级 beside 高一年级, 西城区 beside 东城区;
            # not 参赛队伍3个 after 全区评出…, 共有班级12个 after 高一年级评出…: no scope parallel to the one that conferred)
            scope, first = joined["scope"], subject["subject"]
            if scope == first or len(scope) != len(first) or not first.endswith(scope[-max(1, len(scope) - 2) :]):
                break
            if _TIME_SCOPE.fullmatch(first) or _TIME_SCOPE.fullmatch(scope):
                break  # 今年评出“文明家庭”40户，去年35户: another period's count, a comparison, not this conferral's
            if not self._add(awards, doc, sentence, joined, joined["n"], joined["unit"], honor_first=False,
                             honors=[honor], at=joined.start("n")):
                break
            taken.append((joined.start(), joined.end()))
            end = joined.end()
    @staticmethod
    def _places_filled(doc: Document, sentence: Sentence, at: int) -> bool:
        """A verb of conferring, winning or announcing results stands before the count at ``at`` (an offset into
        ``sentence.text``): in its sentence, in the items before it up to the last full stop (一等奖3名，…；二等奖5名，…),
        or in the full sentence before those (征文评选今天揭晓。一等奖3名，…)."""
        if _PLACES_FILLED.search(sentence.text, 0, at):
            return True
        full = doc.clean_text
        start = start_after(full, sentence.start, "。！？\n", floor=max(0, sentence.start - 300))
        end = len(full[:start].rstrip())
        before = start_after(full, end - 1, "。！？\n", floor=max(0, end - 200)) if end > 0 else start
        return _PLACES_FILLED.search(full, before, sentence.start) is not None

    def _add(self, awards: list[dict[str, Any]], doc: Document, sentence: Sentence, m: re.Match[str], n: str,
             unit: str, honor_first: bool, honors: list[str] | None = None, listed: bool = False, at: int = 0,
             kind: str | None = None, split_dual: bool = False) -> bool:
        """Append the award of match ``m`` (count ``n`` ``unit``, at offset ``at`` of the sentence)
        when it reads as one.

        ``honors``: several honours sharing the count (“甲”“乙”各5名), one record each;
        ``listed``: an item of a list after an award verb whose other items read as honours;
        ``kind``: the recipients' kind when the text names them (else read from the unit);
        ``split_dual``: a count of bodies and people (10个（名）) already split by the honours' kinds, one unit each."""
        if _APPLIED_AFTER.match(sentence.text, at + len(n) + len(unit)):
            return False  # 本届质量奖共有47家企业申报: entrants counted, nothing conferred (§5)
        if _PLANNED_AFTER_COUNT.match(sentence.text, at + len(n) + len(unit)):
            return False  # 12所学校拟被认定为“绿色学校”: a designation planned, nothing conferred (§5)
        if unit == "对" and _ONE_AS_WORD.search(sentence.text, 0, at + len(n)):
            return False  # 统一对先进个人进行表彰: the preposition 对 after a word ending in 一, no pairs counted
        planned = _PLANNED.search(sentence.text, 0, at)
        if planned is not None and planned.group().endswith("将") and _DESIGNATED_OBJECT.match(sentence.text, planned.end() - 1) \
                and not _TIME_AHEAD.search(sentence.text, 0, planned.start()):
            planned = None  # 省政府将12个乡镇命名为“文明乡镇”: 将 marks the holders designated, as 把 does (§5 命名…为)
        if planned is not None or _PROPOSED_LIST.match(sentence.text, at):
            return False  # 将…每年向20名优秀义工发放奖励金: a planned scheme, not honours conferred
        if _PRIZES_SET_UP.search(sentence.text, start_after(sentence.text, at), at):
            return False  # 设立“十佳青年”奖项3个: places set up, nothing conferred
        if _OTHER_ACT_BEFORE_COUNT.search(sentence.text, start_after(sentence.text, at), at) \
                and not _CONFERRED_IN.search(sentence.text, at, end_before(sentence.text, at)):
            return False  # 表彰大会后，县领导看望了20名“劳动模范”: holders visited, nothing conferred on them (§5)
        if _GRADES_SET_UP.search(sentence.text, start_after(sentence.text, at), at):
            return False  # 本届比赛设个人一等奖10名、二等奖20名: a contest's prize scale, nothing conferred
        if _PLACE_VALUE_AFTER.match(sentence.text, at + len(n) + len(unit)) and not self._places_filled(doc, sentence, at):
            return False  # 二等奖2名，奖品价值500元: a scheme's places and what each is worth, nothing conferred (§5)
        if _APPROX_WORD_BEFORE.search(sentence.text, max(0, at - 2), at):
            return False  # 逾300名学生获颁…嘉许状, 近200名: an approximate count, no explicit count (§5)
        if _FORMER_STATE_BEFORE.search(sentence.text, max(0, at - 1), at) and _GREW_INTO_AFTER.match(sentence.text, at):
            return False  # 从一名“学困生”成长为…: the state someone grew out of, nothing conferred (§5)
        if _ORIGIN_BEFORE.search(sentence.text, max(0, at - 8), at):
            return False  # 来自29个乡镇的模范母亲88位: the places the honoured come from (§5)
        if _RANK_BEFORE.search(sentence.text, 0, at):
            return False  # 男女组前八名选手分别获得奖杯和奖金: places of a ranking, a competition result (§5)
        clause_start = start_after(sentence.text, at)
        if (_LIST_NOTICED_BEFORE.search(sentence.text, clause_start, at) or _PROPOSED_IN_LIST.match(sentence.text, at + len(n))) \
                and _LIST_AFTER_COUNT.match(sentence.text, at):
            return False  # 公示了20家“示范店”名单, 20家拟认定“示范店”名单: a notice or a proposal, nothing conferred (§5)
        later = _CONFERRED_LATER.match(sentence.text, at + len(n))
        if later and later["next"] and self._conferred_done(sentence.text, clause_start, later.start("next")):
            later = None  # 表彰了先进个人50名，将为他们颁发奖金: commended now, something more handed out later
        if _AIMED.search(sentence.text, clause_start, at) or _AIMED_LEVEL.search(sentence.text, clause_start, at) or later \
                or _AIMED_PRAISE.search(sentence.text, clause_start, at):
            return False  # 力争再创建…5个, 3名…选手将被授予…: a target or a conferral still to come
        # (建院以来…; 多年来，…: the years over, unless this time or occasion is named before the count:
        # 会议表彰了…, 6月17日，…, 本届大会…)
        since = _SINCE_FOUNDED.search(sentence.text, 0, at) or _TALLY_LEAD.match(sentence.text)
        over_years = since is not None and not _THIS_TIME.search(sentence.text, since.end(), at) and (
            since.re is _SINCE_FOUNDED or not _THIS_OCCASION.search(sentence.text, since.end(), at))
        if _CUMULATIVE.search(sentence.text, clause_start, at) or over_years \
                or (clause_start and _COUNTED_SERIES.search(sentence.text, start_after(sentence.text, clause_start - 1), clause_start)):
            return False  # 学校累计表彰优秀教师900名; 已召开七次表彰大会，共表彰…: holders counted over the years
        if self._past_period(doc, sentence.text, at, self._previous_text(doc, sentence)):
            return False  # 2023年，全县共表彰…20名; 上届评选中，8个…; “十四五”以来，…: an earlier period's conferrals (§5)
        earlier = [a for a in awards if a["evidence"]["clean_start"] < sentence.start]
        if earlier and self._unlinked_running_tally(doc, sentence, at, m, earlier, n):
            # 全局今年共有300名民警获得嘉奖 after a ceremony's own honours, told in a sentence before: this year's tally (§5)
            return False
        if self._year_after_review(doc, sentence, at):
            return False  # 会议回顾了过去一年的工作。一年来，共有15名教师荣获…: that period's tally (§5)
        if self._span_before_won(doc, sentence, at):
            return False  # 建社近10年来，…。编纂…，获得…图书奖共8项: prizes won over the span told before (§5)
        # (an honour conferred after the count, in its own clause, is conferred whatever exercise a meeting's name
        # tells: 县召开星级饭店等级评定工作会议，会上，12名个人被授予“先进个人”称号, §5)
        # (县召开等级评定工作会议，12家单位被评为先进单位: an honour title, not a grade, given after the meeting's name)
        if _GRADING_EXERCISE.search(sentence.text, 0, at) and not _CONFERRED_DONE.search(sentence.text, 0, at) \
                and not _CONFERRED_DONE.search(sentence.text, at, end_before(sentence.text, at)) \
                and not all(h and not _GRADE_ITSELF.search(h) for h in honors or [m.groupdict().get("honor") or ""]):
            return False  # …评估定级结果，全国共有1180个公共图书馆被评为“一级图书馆”: grades of an evaluation (§5)
        feted = _FETED_ELSEWHERE_AFTER.match(sentence.text, at)
        if feted and (feted.group("other") is not None or not _CONFERRED_DONE.search(sentence.text, 0, at)):
            # 另有3位教师获…师铎奖，已于9月下旬赴台北接受表扬: another event's honour (§5); told at an occasion named as
            # another (在另一典礼上), even after this event's own conferral to others in the sentence
            return False
        if _FETED_EARLIER_IN_CLAUSE.match(sentence.text, at + len(n) + len(unit)):
            return False  # 另有三名学生早前已于另一场典礼获颁“…奖”: honoured before or elsewhere, not at this event (§5)
        if _ONCE_CONFERRED.search(sentence.text, clause_start, at):
            return False  # 2022年曾表彰“巾帼文明岗”8个: a past conferral told as background (§5)
        if self._earlier_conferred_attribute(doc, sentence.text, clause_start, at):
            return False  # 在去年命名的15个“五星级党支部”带动下: holders of an earlier conferral described (§5)
        if any(not _WITHDRAWN_DESCRIBES.match(sentence.text, w.end(), at)
               for w in _WITHDRAWN.finditer(sentence.text, clause_start, max(at, m.end()))):
            return False  # 对考核不合格的3个单位撤销“市级文明单位”称号: an honour taken away, nothing conferred
        applied = [*_APPLIED_FOR.finditer(sentence.text, clause_start, at)][-1:]
        if applied and not (_GRANTED_AFTER_APPLYING.search(sentence.text, applied[0].end(), end_before(sentence.text, at))
                            or _GRANTED_AFTER_APPLYING.search(sentence.text, clause_start, applied[0].start())
                            or sentence.text.startswith("的", applied[0].end())):
            # 已向省厅申报集体二等功1个: applied for, not conferred (§5, like works put forward); not 表彰了各乡镇推荐的“最美
            # 家庭”20户, 表扬…推荐的模范父亲共58位: those put forward, described by it, commended by a verb before it
            return False
        entries = [*_ENTRIES_RECEIVED.finditer(sentence.text, clause_start, at)][-1:]
        if entries and not _GRANTED_AFTER_APPLYING.search(sentence.text, entries[0].end(), end_before(sentence.text, at)):
            return False  # 共收到各地选送的优秀版面作品272件: entries sent in, nothing conferred (§5)
        quota = [q for q in _QUOTA.finditer(sentence.text, 0, at) if not self._conferred_done(sentence.text, q.end(), at)]
        if quota:
            return False  # 表彰名额分配为：优秀共产党员100名: a quota, nothing conferred yet (§5)
        clause = clause_bounds(sentence.text, at)  # (its marks, CLAUSE_BREAK, are more than clause_start's)
        clause_end = clause[1]
        if _RETAINED.search(sentence.text, clause_start, clause_end):
            return False  # 12个单位继续保留“文明单位”称号: kept after a review, nothing conferred (§5)
        after_count = at + len(n) + len(unit)
        if _HOLDERS_DESCRIBED_AFTER.match(sentence.text, after_count) and not (
                _CONFERRED_IN.search(sentence.text) or _HOLDERS_FETED.search(sentence.text)):
            return False  # 20位获得全国劳动模范称号的校友返回母校: holders described, nothing conferred here (§5)
        if _APPLYING_AFTER_COUNT.match(sentence.text, after_count):
            return False  # 为12个申请“红旗党支部”称号的党支部授旗: those applying, nothing conferred on them (§5)
        kin = _HOLDERS_KIN_AFTER.match(sentence.text, after_count)
        if kin and not (_CONFERRED_IN.search(sentence.text, clause_start, at)
                        or _CONFERRED_IN.search(sentence.text, kin.end(), clause_end)):
            # 约六百名获授勋人士的亲友出席观礼: the holders' relatives counted (§5); not 为30名获奖学生的家长颁发“优秀家长”
            # 荣誉证书, 授予15名获奖学生的父母“优秀家长”称号: an honour conferred on the relatives themselves
            return False
        if _HOLDERS_KIN_NAMED_AFTER.match(sentence.text, after_count, clause_end) \
                and not _CONFERRED_IN.search(sentence.text, clause_start, clause_end) \
                and not _RECEIVED_IN.search(sentence.text, clause_start, clause_end) \
                and not _AWARD_VERB.search(sentence.text, after_count, clause_end):
            # (not 10名军人的妻子获“好军嫂”称号: the relatives themselves honoured)
            return False  # 一位模范劳工的女儿说, 五名优秀教师的家属也来到现场: relatives of holders, nothing conferred (§5)
        if _TITLE_CONTENDED_AFTER.match(sentence.text, after_count, clause_end):
            return False  # 60名选手将争夺“十佳歌手”称号: entrants contending, nothing conferred (§5)
        if _SHORTLISTED_AFTER.match(sentence.text, after_count, clause_end):
            return False  # 共有15名教师入围“最美教师”评选, 20名选手进入复赛: a shortlist, nothing conferred (§5)
        if _EARLIER_EDITION_HOLDERS.match(sentence.text, after_count, clause_end):
            return False  # 10名往届“最美医生”获得者为新当选者颁奖: holders of an earlier edition described (§5)
        if _SET_UP_ATTRIBUTE.search(sentence.text, max(clause_start, at - 8), at) \
                and _FOR_BEFORE_COUNT.search(sentence.text, clause_start, at) \
                and _PLAQUE_ONLY_AFTER.match(sentence.text, after_count, clause_end) \
                and not any(self._honor_like(_QUOTES.sub("", h)) for h in honors or [m.groupdict().get("honor") or ""]):
            # 为新成立的8个“妇女之家”授牌: units set up, their plaque marks the opening (§5 units built); not 为新建成的10个
            # “五星级党群服务中心”授牌, a rank or a word of praise conferred on them
            return False
        if _FOR_BEFORE_COUNT.search(sentence.text, clause_start, at) and _PAID_AFTER.match(sentence.text, after_count, clause_end) \
                and not _CONFERRED_IN.search(sentence.text, clause_start, clause_end):
            return False  # 为12家“专精特新”企业兑付奖励资金: holders paid, nothing conferred (§5)
        if (_REWARD_VERB_BEFORE.search(sentence.text, clause_start, at) or (
                _FOR_BEFORE_COUNT.search(sentence.text, clause_start, at)
                and _REWARD_VERB_AFTER.match(sentence.text, after_count, clause_end))) and (
                _MONEY_BEFORE.search(sentence.text, 0, at) or _SHARE_AFTER.match(sentence.text, after_count)):
            return False  # 县财政安排奖补资金300万元，奖励20家“示范企业”: holders paid, nothing conferred (§5)
        if _FRAME_AFTER.match(sentence.text, after_count) and not _CONFERRED_IN.search(sentence.text, clause_start, clause_end):
            return False  # 全市236个市级文明单位中，有12个单位…: the frame of a later part, holders counted (§5)
        if _FRAME_THEN_PART.match(sentence.text, after_count):
            return False  # 二十名教师中有三人被评为…: all counted, the part honoured is counted after 有
        received = _RECEIVED_VERB_AFTER.match(sentence.text, at)
        # (五年来，全县20名教师获评“…”，大会对他们进行了表彰: a later clause says they were honoured here, §5)
        if received and (self._tallied(sentence.text, clause_start, at)
                         and not self._honoured_later(sentence.text, at, clause_end)
                         or _ONCE_RECEIVED.search(received.group())) \
                or _ONCE_GOT_AFTER.match(sentence.text, at):
            return False  # 近年来先后有6名村民获评“好媳妇”, 5名同志曾获得县委嘉奖, 5名青年曾获…: a tally (§5)
        if received and self._spoken_holding(sentence.text, clause_start, at) \
                and not self._honoured_later(sentence.text, at, clause_end):
            return False  # 会议指出，全市有120个村获评省级文明村: the holders a speaker counts at present (§5)
        held_now = clause_bounds(sentence.text, max(0, clause_start - 2))[0] if clause_start else -1
        if held_now >= 0 and _HOLDING_NOW.match(sentence.text, held_now):
            return False  # 我校现有教职工1200人，其中获评全国优秀教师3人: holders among the staff (§5)
        if _NOTICE_AFTER.match(sentence.text, at) and not self._conferred_done(sentence.text, clause_start, clause_end):
            return False  # 共评出五星级文明户1200户，现予以公示: proposed under a public notice (§5)
        holding = [h for h in _HOLDING.finditer(sentence.text, clause_start, at)
                   if not _CONFERRING_BETWEEN.search(sentence.text, h.end(), at)]
        if not holding and not received and clause_start > 0 \
                and not _CONFERRING_BETWEEN.search(sentence.text, clause_start, at):
            # 目前，全县共有“甲”获得者26名，“乙”获得者40名: a bare honour and count after a held count carry its holding on
            held_start = start_after(sentence.text, clause_start - 1)
            carried = [h for h in _HOLDING.finditer(sentence.text, held_start, clause_start)
                       if not _CONFERRING_BETWEEN.search(sentence.text, h.end(), clause_start)]
            if carried and self._tallied(sentence.text, held_start, carried[0].end(), _HOLDING_CUE):
                return False
        if not received and holding and (self._tallied(sentence.text, clause_start, at, _HOLDING_CUE)
                                         or (_STOCK_WITH_NEW.match(sentence.text, at)
                                             and not _EVENT_TOTAL.search(sentence.text, clause_start, at))):
            return False  # 目前，全市已有省级美丽乡村示范村32个; 共有…236个，其中新命名…30个: what the place holds (§5)
        if _ENTERED_AFTER.match(sentence.text, at):
            return False  # 共有86人报名参加“优秀青年人才”评选: entrants, nothing conferred
        contended = _CONTENDED_AFTER.match(sentence.text, at)
        prize = contended and _CONTENDED_PRIZE.match(sentence.text, contended.end())
        if prize and not _CONTENDED_REST.match(sentence.text, contended.end()):
            won = _CONTEST_WON.match(sentence.text, prize.end())
            honor_at = m.start("honor") if "honor" in m.re.groupindex and m["honor"] else -1
            if won is None or honor_at < won.end() and not (
                    honor_at >= 0 and _CONTEST_FRAME_GRADE.match(sentence.text, m.end("honor") + 1)):
                return False  # 5名选手参加“挑战杯”一等奖的角逐: entrants contending, nothing conferred
        if _SCHEME.search(sentence.text, 0, at) and not _THIS_TIME.search(sentence.text, clause_start, at):
            return False
        if _EACH_HOLDER.search(sentence.text, clause_start, at):
            return False  # 每人获颁奖章一座, 每个获奖单位颁发奖牌一块: what each holder gets, no count of holders
        # (the set-up list may run on over 、，； which end this sentence: read back to the 。 that opens its own)
        count_at = sentence.start + at
        opened = min(start_after(doc.clean_text, count_at, "。！？\n"), sentence.start + clause_start)
        set_up = [s for s in _SET_UP.finditer(doc.clean_text, opened, count_at)
                  if s.start() >= sentence.start + clause_start
                  or not _SET_UP_CONFERRED.search(doc.clean_text, s.end(), count_at)]
        if set_up and not _SET_UP_WON_AFTER.match(sentence.text, after_count) \
                and not (all(doc.clean_text[s.end()] in _QUOTE_OPEN for s in set_up)
                         and _SET_UP_DONE_AFTER.match(sentence.text, after_count)):
            # 本届设一等奖1名: a prize set up (not 设…奖，评出一等奖3名: conferred in its own clause); also the later grades of
            # the set-up list in the sentence (设一等奖1名，奖金10万元；二等奖3名，…) while no verb of conferring comes between
            return False
        shortlist = list(_SHORTLIST.finditer(sentence.text, clause_start, at))
        if shortlist and not _SELECTED.search(sentence.text, shortlist[-1].end(), at):
            return False  # 入围…评选的45名: a shortlist (not 从入围的…中评选出10名)
        if unit in ("项", "枚") and (_TALLY.search(sentence.text, clause_start, at) or (
                _AMONG_THEM_AHEAD.match(sentence.text[clause_start:]) and self._tally_before(sentence.text, clause_start))):
            return False  # 他曾获国家科学技术进步奖二等奖2项, 我校获奖17项，其中一等奖2项, 先后荣获勋章3枚: a tally (§5)
        if unit in ("项", "枚") and clause_start and sentence.text[clause_start - 1] in "，," \
                and _ITEM_CONTINUED.fullmatch(sentence.text, clause_start, clause_end) \
                and _ITEM_COUNT_CLOSING.search(sentence.text, 0, clause_start - 1) \
                and self._tally_before(sentence.text, clause_start - 1):
            return False  # …先后获得省级优质工程奖31项，“鲁班奖”6项: an item of the tallied list, its verb elided (§5)
        if unit == "项" and (profile := [p for p in _PROFILE.finditer(sentence.text, 0, at)]) \
                and not _PROFILE_BROKEN.search(sentence.text, profile[-1].end(), at) and sentence.text[at + len(n) + 1 : at + len(n) + 2] != "的":
            return False  # 主讲人张明长期从事材料研究，获省科技进步一等奖2项: a person's own record in a profile, a tally (§5)
        before = max(0, sentence.start - CONTEST_BEFORE)
        # (另外，在…竞赛中，我校8名学生获一等奖: another matter than the conferral told before it, _ASIDE_LEAD; only a
        # prize grade counted, and only when the sentence confers nothing itself: not …获一等奖的8名选手被记个人二等功, a
        # merit conferred, nor …8名选手获一等奖，大会对他们予以奖励)
        # (the contest may follow the count too: 此外，另有5名学生在大赛中获得一等奖, §5 either word order)
        # (另外，本校另有3位教师获…；化学系2名研究生在全国化学竞赛中获一等奖: the lead opens the whole sentence, its clauses
        # after a ； too, though the sentences read here are cut there: read it at the sentence's opening, `opened`)
        won_after = _GRADE_WON_AFTER.match(sentence.text, at)
        aside = bool((_ASIDE_LEAD.match(sentence.text) or _ASIDE_LEAD.match(doc.clean_text, opened))
                     and _CONTEST.search(sentence.text, 0, won_after.end() if won_after else at)
                     and any(_PRIZE_GRADE.search(h) for h in honors or [m.groupdict().get("honor") or ""])
                     and not _CONFERRED_IN.search(sentence.text) and not _CONFERRED_DONE.search(sentence.text)
                     and not _REWARD_GIVEN.search(sentence.text) and not _REWARDED.search(sentence.text))
        commended = not aside and self._commended_near(doc, sentence)
        # (参加全国烹饪大赛获两项优秀奖: the verb before the count and the grade after it, the same result won)
        # (获一等奖的有张明、李华等，共5人: a match that opens clauses before the count's looks from its own start)
        won = _GRADE_WON.search(sentence.text, min(clause_start, m.start()), at) or _GRADE_WON_VERB_FIRST.search(
            sentence.text, max(clause_start, at - VERB_BEFORE_COUNT_CHARS), clause_end)
        if won and not commended and _CONTEST.search(doc.clean_text, before, sentence.start + at):
            return False  # 大赛在天津举行。我市代表队共获得一等奖2项: prizes won at a contest (§5), no commendation
        if not won and won_after and (
                aside
                or (not commended and _CONTEST.search(doc.clean_text, before, sentence.start + at)
                    and not self._conferred_in_article(doc))
                or (_SPORTS_FRAME.search(sentence.text, 0, at) and not _CONFERRED_IN.search(sentence.text, 0, at))):
            # 在全省数学竞赛中，我校5名学生获一等奖 / 全省数学竞赛日前举行，我校5名学生获一等奖: the grade won at the contest
            # named before the count, no commendation or prize ceremony reported (near the sentence or anywhere in the
            # article: …获一等奖。5月7日，颁奖典礼在省城举行 reports the ceremony): a competition result (§5), as when the
            # contest follows the count (5名学生在全省数学竞赛中获一等奖); at a sports meet framing the sentence whatever
            # the meeting that tells it (总结表彰大会召开。在全省运动会上，我市5名运动员获一等奖)
            return False
        if won and _SPORTS_FRAME.search(sentence.text, clause_start, won.start()) \
                and not _CONFERRED_IN.search(sentence.text, clause_start, at) \
                and any(_PRIZE_GRADE.search(h) for h in honors or [m.groupdict().get("honor") or ""]):
            # 总结表彰大会召开。代表团在全国民族运动会上共获得一等奖12个: the grades were won at the sports meet framing
            # the clause (§5, a competition result), whatever the meeting that tells them commends; not a title conferred
            # on the winners (在校运动会上获得一等奖的12名同学被授予“体育之星”称号: the title is the honour)
            return False
        weak = m.groupdict().get("honor") or ""
        # (not 为10名青年科技奖得主颁发奖杯: a prize's winners with the conferral on them after, in the clause; nor
        # 为3位“杰出校友”颁发证书: a quoted title of such a head, the writer's mark of an honour, handed to them)
        if weak.endswith(_WEAK_HEADS) and not _CONFERRED_IN.search(sentence.text, 0, at) and not (
                (_PRIZE_WINNERS_END.search(weak) or sentence.text.startswith(("“", "「", "『"), at + len(n) + len(unit)))
                and _FOR_BEFORE_COUNT.search(sentence.text, clause_start, at)
                and _CONFERRED_IN.search(sentence.text, at, clause_end)):
            return False  # 10位杰出校友回到母校, 3名金牌得主出席: people described, nothing conferred here
        if m.re is not _PLAIN_HONOR and "honor" in m.re.groupindex and m["honor"] \
                and _QUOTED_WINNERS_AFTER.match(m.string, m.end("honor")) \
                and not _CONFERRED_IN.search(sentence.text, clause_start) and not _WINNERS_FETED.search(sentence.text, clause_start):
            # 5名“最美医生”获得者出席了会议: holders described, nothing conferred from their clause on (頒獎典禮上，8位「…」得主
            # 分享心得: the ceremony's name before them confers nothing on them)
            return False
        built = _BUILT_QUOTED.search(sentence.text, clause_start, at)
        if built is not None and not (
                # (会议对农田水利建设“红旗乡镇”3个进行了通报表扬: 建设 closing a field of work before the quote, a field word
                # dropped like a level, with a verb conferring in the clause, §5 twenty-second and thirty-third rounds)
                built.group().startswith("建设") and built.start() > clause_start
                and "\u4e00" <= sentence.text[built.start() - 1] <= "\u9fff"
                and _CONFERRED_IN.search(sentence.text, clause_start, clause_end)):
            return False  # 新建“文化礼堂”3座: units built, named in quotes
        if honors:
            return all([self._add(awards, doc, sentence, _PLAIN_HONOR.match(h), n, unit, False, at=at, split_dual=split_dual)
                        for h in honors])
        honor = m["honor"].strip("“”「」\"『』")
        # (3户家庭获得“最美家庭”称号提名: a nomination received is its own honour, 最美家庭提名; §5, eleventh review round)
        # (8名同志获评“最美家庭”称号提名奖: the nomination prize, 最美家庭提名奖)
        nominated = _NOMINATION_AFTER_QUOTE.match(sentence.text, m.end()) if m.re is not _PLAIN_HONOR else None
        nomination = nominated is not None and _RECEIVED_QUOTE.search(sentence.text, at, m.end()) is not None
        if nomination:
            honor += "提名" + (nominated["prize"] or "")
        if _YEAR_WORD_QUOTE.match(honor) and m.string[m.start("honor") - 1 : m.start("honor")].isdigit():
            # (表彰了2025年度“民营经济突出贡献奖”企业10家: the rest of a year cut off before the quoted honour, no part
            # of its name, as 2025年度 is not)
            honor = _YEAR_WORD_PREFIX.sub("", honor)
        if honor_first:
            # 评选出“十佳志愿者”和“优秀志愿服务项目”20个: the count after the last of two quoted honours is that one's
            # (not “十佳员工”和“优秀员工”共23名: a total over both, the whole phrase, §5)
            if not _TOTAL_BEFORE.search(sentence.text, max(0, at - 3), at):
                honor = _QUOTED_JOINER.split(honor)[-1]
        # (a conferring verb of another clause does not make it one: 共有36名教师获得…表彰，培养省级骨干教师200名)
        # (全市已建成文明小区194个、文明单位和文明窗口1556个: the verb opening the clause builds every item of its list)
        if (_BUILT.match(honor) or _BUILT_IN_CLAUSE.search(sentence.text, clause_start, at)) \
                and not _CONFERRED_IN.search(sentence.text, *clause) and not _RECEIVED_IN.search(sentence.text, *clause):
            return False  # 培养民兵科技示范户1.5万户, 建立示范基地5个: units built up, no honour conferred
        after = m.groupdict().get("after") or ""
        if after.startswith("的") and not after.startswith(("的称号", "的荣誉")) and not (
            _AWARD_VERB.search(sentence.text, m.end("unit"), m.start("honor")) or self._honor_like(honor)
        ):
            return False  # 一位“手到病除”的电焊技师: a quoted description, not an honour
        if after.startswith(("等次", "档次")):
            return False  # 12个单位获评“优秀”等次: the grade of an evaluation, no award (§5)
        # (先进集体和先进个人200个（名），其中先进集体68个、先进个人130名: a total over bodies and people, kept when
        # its parts do not add up to it; else no honour's count)
        dual = _DUAL_UNIT.match(sentence.text, at) is not None and not split_dual
        if _SANCTION.match(sentence.text, at):
            return False  # 1名“群众最不满意的公务员”被撤职: a sanction, not an honour
        if not nomination and (_NOMINATED_AFTER.match(sentence.text, m.end()) or _NOMINATED_AFTER.match(after)
                               or _NOMINATED_IN.search(honor)):
            return False  # 30名“最美教师”候选人, 4个“全国文明城市提名城市”: nominees, not honoured yet
        if m.re is not _PLAIN_HONOR and (_REPRESENTATIVE_ACTING.match(sentence.text[m.end() :])
                                         or _REPRESENTATIVE_ON_STAGE.search(m.groupdict().get("honor") or "")):
            return False  # 为10名优秀共产党员代表颁发…, 100名优秀党员代表参加了大会: representatives, not all honoured
        appointed = _APPOINTED.search(sentence.text, m.end(), min(len(sentence.text), m.end() + APPOINTED_WITHIN))
        if appointed and "并" not in sentence.text[m.end() : appointed.start()]:
            return False  # 为10名“法治副校长”颁发了聘书: an appointment, not an honour (not 表彰…并颁发任命书)
        # (102个“五好”基层党组织, “感动江城”年度人物: the noun after the closing mark, from the sentence)
        # (positions of the text the match was made on: a slice of the sentence for some patterns, so that
        # 评出“五星级”党支部20个 does not read 党支部 again after the honour)
        source = m.string
        quote_end = (m.end("honor") + 1) if m.re is not _PLAIN_HONOR and "honor" in m.re.groupindex else -1
        quote_closed = quote_end > 0 and source[quote_end - 1 : quote_end] in _QUOTE_CLOSE
        grouped = False  # (a group of quoted honours closed by 等, named whole)
        noun_after = _NOUN_AFTER.match(source[quote_end : quote_end + 8]) if quote_closed else _NOUN_AFTER.match(after)
        # (30名“四有”好老师, 10个“巾帼”文明岗: the rest of an honour quoted only in its qualifying word)
        tail = _HONOR_TAIL.match(source, quote_end) if (
            quote_closed and noun_after is None and not _QUOTED_WHOLE.search(honor)) else None
        if tail is None and quote_closed and noun_after is None and _PRAISE_WORD.fullmatch(honor):
            tail = _PRAISED_MEMBERS.match(source, quote_end)  # 12名“优秀”党员: 优秀党员, not the bare word of praise
        if noun_after and _TOKEN_AFTER.fullmatch(noun_after.group()) and _HOLDER_ENDED.search(honor):
            noun_after = None  # 为5家支行颁发了“普惠金融先进单位”奖牌: the plaque of the honour quoted (§5)
        if tail is None and quote_closed and noun_after is None:
            ranked = _RANK_TAIL.match(source, quote_end)
            # (“美丽乡村”示范村, “和谐社区”示范社区: a rank naming again the holders' noun the quote ends on reads the
            # quote as a campaign's name too, §5 honour text; not “文明家庭”示范户, whose rank names other holders)
            head = _HOLDER_ENDED.search(honor)
            tail = ranked if ranked and (ranked["campaign"] or not head or (
                head.group() and ranked.group().endswith(head.group()))) else None
        if tail is None and quote_closed and noun_after is None:
            graded = _GRADE_TAIL.match(source, quote_end)
            tail = graded if graded and not (graded["contest"] and _QUOTED_WHOLE.search(honor)) else None
            if tail is None and not _QUOTED_WHOLE.search(honor) and _CONTEST_RESULT_TAIL.match(source, quote_end):
                return False  # 3名学生获得“希望杯”数学邀请赛金牌: a contest's result (§5), not the contest's name
            if tail is not None and tail["own_count"] is not None and at < m.start("honor"):
                return False  # 5名学生获“挑战杯”一等奖2项: the grade's own count after it is its count (read after the honour)
            # (not 10名“最美志愿者”在比赛中获一等奖: a whole honour quoted, its holders described)
            framed = _CONTEST_FRAME_GRADE.match(source, quote_end) if tail is None and not _QUOTED_WHOLE.search(honor) else None
            if framed:
                honor = framed["grade"]
        if noun_after or tail:
            honor += (noun_after or tail).group()
            # (授予十二个机关党支部县级“四强”党支部称号: the level written before the mark is part of the name)
            level = _LEVEL_BEFORE_QUOTE.search(source, 0, m.start("honor") - 1) if quote_closed else None
            if level and _PLAQUE_HANDED.match(source, quote_end + len((noun_after or tail).group())):
                # (为32家市级“专精特新”中小企业授牌: a designation handed by plaque drops its level, §5 thirteenth round)
                level = None
            honor = level.group() + honor if level else honor
            words = _WORDS_BEFORE_QUOTE.search(source, 0, m.start("honor") - 1) if quote_closed and not level else None
            honor = words["words"] + honor if words else honor  # (专精特新“小巨人”企业: the designation's words)
            # (为30名老党员颁发了“光荣在党50年”纪念章和“优秀党员”证书: one count before two quoted honours with their
            # tokens joined by 和, then the clause's end: one record, the whole phrase, §5; not with a second count)
            token_joined = _JOINED_TOKEN.match(source, quote_end + len((noun_after or tail).group())) if (
                quote_closed and at < m.start("honor") and not ("n2" in m.re.groupindex and m["n2"])) else None
            if token_joined:
                honor += _QUOTES.sub("", token_joined["more"])
        elif quote_closed and (etc := _QUOTED_ETC.match(source, quote_end)):
            # 86名员工和团队获得“优秀员工”“优秀团队”等奖项, 颁发了“甲”“乙”等奖项共30个: one count over a group of
            # honours, the whole group as written (§5, never a cut part)
            honor = "、".join([honor, *_QUOTED_ITEM.findall(etc["more"])]) + "等" + etc["word"]
            grouped = True
        elif quote_closed and at < m.start("honor") and (joined := _JOINED_QUOTES.match(source, quote_end)) and all(
                q["joiner"] or ("、" not in q["item"] and self._honor_like(q["item"]))
                for q in _JOINED_QUOTE_ITEM.finditer(joined["more"])):
            # 对23名“十佳员工”和“优秀员工”进行了表彰: one count before two quoted honours joined by 和, then the
            # conferral: one record, the whole phrase (§5, never a cut part); their representatives are not all honoured
            if joined["representatives"]:
                return False
            honor += _joined_honours(joined["more"])
        elif "more" in m.re.groupindex and m["more"]:
            honor += _joined_honours(m["more"])  # (获得“甲”和“乙”称号的23名: the same, the count after)
        vouched_by_verb = False
        if honor_first:
            stripped = _LEADING_CONNECTOR.sub("", _LEADING_VERB.sub("", honor))
            # 表扬员工294名: the verb may be the honour's own first word; not after a subject (学校表扬资深教师十五位), where
            # it is the act of conferring and the honour follows it (GUIDELINES §5 thirty-seventh review round)
            after_subject = _LEADING_VERB.match(honor) is not None and _VERB_OPENS.match(honor) is None
            honor = stripped if self._honor_like(stripped) or after_subject else _LEADING_CONNECTOR.sub("", honor)
            # (学校表扬资深教师十五位: a title of its own kind, 资深, 十大…, X之友, vouched by the verb conferring it, as an item
            # of a list of honours is; a plain class of people, 学校表扬教师二十名, stays no honour)
            # (学校表扬了服务满三十年的资深教师十五位: the description before 的 is none, §5 thirty-sixth round)
            described = _UP_TO_DE.sub("", honor)
            if after_subject and described != honor and not self._honor_like(honor) \
                    and (self._honor_like(described) or _VOUCHED_HONOR.search(described)):
                honor = described
            vouched_by_verb = after_subject and _VOUCHED_HONOR.search(honor) is not None
            if prize := _PRIZE_REWARDS_HOLDERS.search(_QUOTES.sub("", honor)):
                honor = prize["prize"]  # “明德奖学金”资助优秀学生50名: the prize, its holders counted
        honor = _CONFERRING_PREFIX.sub("", honor)  # 行政长官今日颁授金紫荆星章
        honor = _HONOUR_FILLER_PREFIX.sub("", honor)
        if (described := _WINNERS_DESCRIBED.match(honor)) and self._honor_like(honor[described.end():]):
            honor = honor[described.end():]  # 为20名获奖优秀教师颁发证书: the holders described as 获奖, honour 优秀教师 (§5)
        # (表彰本年度优秀教师10名: this year, no part of the honour)
        honor = _OCCASION_PREFIX.sub("", honor)  # 本次大会青年优秀论文奖
        # (学校今年)获国家科学技术进步奖二等奖, 我校今年共获省科学技术奖: the winner and the verb before it
        # (我县获评省级文明村3个: 获评 as a whole, not its 评 left on the honour)
        # (获颁大紫荆勋章的有4人: 获颁 as a whole, not its 颁 left on the honour)
        honor = _RECEIVING_REPEATED_IN.sub("", honor)  # 勋衔或获嘉许: one verb over both
        # (大紫荆勋章获授人5名: the holders' word, whose 获 opens no honour after it)
        honor = _DECORATION_HOLDERS_END.sub("", honor)
        honor = _WON_PREFIX.sub("", honor)
        # (为20名获奖优秀教师颁发证书: 获奖 describes the holders, who hold the honour after it, GUIDELINES §5 eighteenth
        # review round; not 获奖教师, where nothing after it is an honour)
        if honor.startswith("获奖") and self._honor_like(honor[2:]):
            honor = honor[2:]
        # (not 一等奖, 高等学校, 中等职业, 平等就业: 等 inside a word)
        named_first = [] if grouped or _GRADED_WORD.search(honor) \
            else honor.split("等")
        if len(named_first) > 1 and len(named_first[-1]) >= 3 and self._honor_like(named_first[-1]):
            honor = named_first[-1]  # 市财政局机关党委等先进基层党组织10个: the recipients named before 等 (not 一等奖)
        honor = _GIVEN_PREFIX.sub("", honor)  # (获颁)授大紫荆勋章
        # (颁发感谢状给绩优志工团队5队: the token handed over, then 给 and the holders named by their honour)
        honor = _TOKEN_GIVEN_TO_PREFIX.sub("", honor)
        # (获颁授最高荣誉大紫荆勋章, 最高级别的金紫荆星章: a descriptor of its rank before a named honour, no part of the
        # name, as a level before the quote mark is not; not 最高荣誉勋章, where nothing names the honour without it)
        ranked = _RANK_DESCRIPTOR.match(honor)
        if ranked and len(honor) - ranked.end() >= 4 and self._honor_like(honor[ranked.end() :]):
            honor = honor[ranked.end() :]
        # (比赛共决出一等奖, 公司共奖励优秀员工, 颁奖仪式上揭晓了年度人物: the verb of the clause)
        # (今年共选出模范母亲30名: 选出 as well)
        verbless = _SELECTED_PREFIX.sub("", honor)
        honor = verbless if self._honor_like(verbless) else honor
        # (学生在全国大学生数学建模竞赛中获国家一等奖: the contest the prize was won in)
        honor = _WON_IN_PREFIX.sub("", honor)
        honor = _TALLY_TAIL.sub("", honor)
        honor = _CONFERRAL_CLOSING.sub("", honor)  # 市科学技术进步奖共授奖120项: the prize, not its conferral
        # (优秀志愿者约100名: 约 belongs to the count, read as in 约100名“…”; not 诚信守约, a word ending in 约)
        honor = _ABOUT_TAIL.sub("", honor)  # 受表彰的优秀共产党员共30名, 先进党支部有6个, 先进集体达15个
        # (“优秀网格员”计46人: 计 before the count; not 优秀设计, 优秀会计, 统计: words ending in 计)
        honor = _COUNTED_TAIL.sub("", honor)
        honor = _EDITION_PREFIX.sub("", honor)  # 第六届“…青年科技奖”, 第三批: the edition
        # An unquoted honour right after a year's number loses what it keeps of the year word at its start (2023年先进集体:
        # the year's 年 as well; 学年度, 年度, or nothing): the test is the year before the honour, as the word may be empty.
        if (not _QUOTE_MARK.search(honor) and _after_numeral(sentence.text, honor)
                # (表扬113年度模范劳工, 民国113年模范母亲: a year of Taiwan's calendar, three digits)
                and re.search(r"(?:\d{4}|(?<![\d.．])(?:民国)?\d{2,3}|[〇○零一二三四五六七八九]{4})" + re.escape(honor), sentence.text)):
            honor = _YEAR_WORD_PREFIX.sub("", honor)  # 表彰了2023年度先进集体10个: the category (GUIDELINES §5), not 年度先进集体
        # (表彰了2024届优秀毕业生320名, 二〇二四届: the rest of a school's class cut off before the honour, its year's digits
        # left out of the honour's characters or its numerals read into it; not 一级英雄模范, a grade with no year before it)
        class_word = _CLASS_WORD.match(honor)
        if (class_word and not _QUOTE_MARK.search(honor) and _after_numeral(sentence.text, honor)
                and re.search(r"(?:(?:19|20)?\d{2}|[〇○零一二三四五六七八九]{2,4})" + re.escape(honor), sentence.text)):
            honor = honor[class_word.end() :]
        # (表彰来自12个单位的“先进个人”30名: the places the honoured come from, no part of the honour)
        # (表扬全县18个乡镇推荐的“模范父亲”共58位: those who put the holders forward, a description of them ending in the
        # verb before 的; the quoted honour wins, §5)
        origin = _ORIGIN_BEFORE_QUOTE.match(honor)
        if origin and (re.search(f"来自[^，。；]{{0,6}}{re.escape(origin[1])}的", sentence.text)
                       or _PUT_FORWARD_END.search(origin[1])):
            honor = honor[origin.end() :]
        holders = _HOLDERS_AFTER.fullmatch(honor)
        if holders and (holders["titled"] or self._honor_like(holders["honor"]) or _THIS_PRIZE.fullmatch(holders["honor"])):
            honor = holders["honor"]  # 获评“优秀共产党员”称号的党员15名: the holders after 的, not the honour
        described = _DESCRIBED.fullmatch(honor)
        # (not “群众最满意的优秀村干部”: the quote marks hold the whole name, its 的 included)
        quoted_whole = described is not None and re.search(
            f"[{_QUOTE_OPEN}《]{re.escape(honor[: described.start('category')])}", sentence.text) is not None
        if described and not quoted_whole and self._honor_like(described["category"]):
            honor = described["category"]  # 在疫情防控中表现突出的先进单位20家: the category, not its description (§5)
        if honor in _BARE_MEDALS:
            # 举行“光荣在党50年”纪念章颁发仪式，为22名老党员颁发纪念章: the medal named in full before
            named = re.findall(rf"[“「『]([^”」』，。]{{2,20}})[”」』]{honor}", sentence.text[:at])
            if not named:
                # (举行“光荣在党50年”纪念章颁发仪式。书记为28名老党员颁发纪念章: named in a sentence before, in the
                # same paragraph)
                paragraph = doc.clean_text[doc.clean_text.rfind("\n", 0, sentence.start) + 1 : sentence.start]
                named = re.findall(rf"[“「『]([^”」』，。]{{2,20}})[”」』]{honor}", paragraph)
            if named:
                honor = named[-1] + honor
            elif m.re is self.conferred_plain and honor != "勋章":
                # 为22名老党员颁发纪念章 alone: an award record needs the honour named (§5); a decoration conferred
                # (向42名个人颁授勋章) is the honour itself, a medal with a count (§5)
                return False
        if honor in ("奖学金", "奖教金") and (named := self._prize_referred_to(honor, sentence.text[:at])):
            # (设立园丁奖教金，15名教师获得奖教金: a bare 奖教金 or 奖学金 takes the name of the one named before it in the
            # sentence, §5 twelfth review round)
            honor = _FIRST_OR_NTH_EDITION.sub("", named[-1])
        if _THIS_PRIZE.fullmatch(_TIME_BEFORE_THIS_PRIZE.sub("", honor)):
            honor = _TIME_BEFORE_THIS_PRIZE.sub("", honor)
            if _REPEATED_WIN.search(sentence.text, at, clause_end):
                return False  # 其中3个单位已连续三届获此称号: repeat holders among those counted, a tally (§5)
            # 首届青年文学奖今天颁奖，6名作家喜获该奖: the prize named before in the sentence (or, named in none before
            # the count in it, in the sentence before: 市政府设立“金牛奖”。今年该奖授予10名企业家, §5 tenth round)
            for before in (sentence.text[:at], self._previous_text(doc, sentence)):
                named = self._prize_referred_to(honor, before)
                if named:
                    break
            if not named:
                return False
            honor = _FIRST_OR_NTH_EDITION.sub("", named[-1])
        if _CONFERRING_WORD.search(honor):
            return False  # 向30名杰出护理员颁发奖项: the act of presenting read into the honour
        if _MONEY_IN_HONOR.fullmatch(honor) and not re.search(
                f"[{_QUOTE_OPEN}]{re.escape(honor)}[{_QUOTE_CLOSE}]", sentence.text):
            return False  # 30个获奖项目各获得10万元奖励资金: an amount, no honour (§5)
        if _COMPARED.search(honor):
            return False  # 先进基层党组织增加了5个, 优秀共产党员比去年多5名: a comparison, no conferral (§5)
        # (共有金奖义工256名, 受表彰的有…, 县府表扬师铎奖教师: the clause's verb and subject, not the honour)
        # (全县共有全国文明村镇: the place and its holding verb)
        honor = _HAVING_PREFIX.sub("", honor)
        # (先进集体5个，先进个人也有12名; 铜紫荆星章则有六十四人: the adverb of a list going on, not the honour's)
        honor = _LIST_GOES_ON_TAIL.sub("", honor)
        # (共有金奖2项、银奖4项产生: 有 before a two-character honour)
        had = _HAVING_TWO_LEFT.match(honor)
        honor = honor[had.end() :] if had and self._honor_like(honor[had.end() :]) else honor
        # (“红领巾奖章”一星章获得者42名: a medal's as well)
        honor = _WINNERS_AFTER_PRIZE.sub("", honor)  # 国家奖学金获得者86名
        honor = _PRIZE_HOLDERS_TAIL.sub("", honor)  # 体育道德风尚奖代表队6个: the prize, not its holders
        # (“五一劳动奖状”获得单位15个: the holders' noun after a quoted honour)
        honor = _HOLDERS_AFTER_QUOTE_TAIL.sub("", honor)
        # (镇党委对“优秀共产党员”“优秀党务工作者”共50名进行表彰: the body and its preposition before the first quote)
        honor = _BODY_BEFORE_FIRST_QUOTE.sub("", honor)
        # (“优秀共产党员”“优秀党务工作者”共50名: side-by-side quotes, one count over both: the whole phrase, its items
        # apart as in a list, §5, not glued into one name)
        honor = _QUOTES_JOINED_INSIDE.sub("、", honor)
        one_char_level = _ONE_CHAR_LEVEL_QUOTE.match(honor)
        if one_char_level and _QUOTED_WHOLE.search(one_char_level["quoted"]):
            honor = honor[one_char_level.end() :]
        chosen = _HOLDERS_CHOSEN_AS.match(honor)
        if chosen and self._honor_like(honor[chosen.end() :]):
            honor = honor[chosen.end() :]  # 10名运动员当选全国十佳运动员: the holders and the verb, not the honour
        best_ten = _SCOPE_BEFORE_BEST_TEN.match(honor)
        if best_ten and not _written_quoted(doc.clean_text, honor):
            # 10名运动员当选全国十佳运动员: the field the ten best are chosen from (§5 twenty-second review round, after
            # 当选/被评为; the twenty-third drops such a word whatever the verb: 获评全国十佳运动员), not inside quote marks
            honor = honor[best_ten.end() :]
        scoped = _SCOPE_OPENING.match(honor)
        if scoped and _commended_at(sentence.text, honor) and not _quoted_in(sentence.text, honor):
            # 会议表彰了全市三八红旗手50名: the scope of the body commending, not the honour's (not “全县十佳村医”, quoted;
            # nor 我市3名同志获评全省优秀共产党员, the level of an honour received from above, nor 表彰全市优秀教师的决定，授予
            # 30名同志“全市优秀教师”称号: a level inside the quote marks stays, §5)
            honor = honor[scoped.end() :]
        honor = _QUOTE_MARK.sub("", honor)  # the guidelines drop quote marks from honours
        honor = _TITLE_QUOTED.sub(r"\1", honor)  # 授予…《人民满意的公务员》称号: 《》 used as quote marks
        honor = _DE_TAIL.sub("", honor)  # 获授大紫荆勋章的有3人: the holders after 的, not the honour
        if _MONEY_TO_EACH_TAIL.search(honor):
            return False  # 为10个先进村各安排奖补资金5万元: money to the holders, no conferral (§5)
        honor = _REWARD_TAIL.sub("", honor)  # 对10个先进村各奖励5万元: the reward, not the honour
        if _UNNAMED_TITLE.fullmatch(honor):
            # (授予28人国家荣誉称号: the state's title, named by its level; 授予28人荣誉称号, 授予10名同志市级荣誉称号: a
            # title of honour naming none, no record, §5)
            if not (honor == "国家" and "honor" in m.re.groupindex and source.startswith("荣誉称号", m.end("honor"))):
                return False
            honor = "国家荣誉称号"
        # 全省优秀教师称号, 劳模称号 (not 国家荣誉称号: a level alone left names no honour)
        # (国家勋章和国家荣誉称号, 勋章和荣誉称号: nor a level's title after a conjunction, where the cut would leave 国家勋章和国家;
        # the phrase is kept whole, one count over both honours)
        # (“甲”“乙”等荣誉称号: a group closed by 等 keeps its word, as 甲、乙等奖项 does, §5)
        untitled = _TITLE_WORD_TAIL.sub("", honor)
        joined = _JOINING.split(untitled)
        if not _LEVEL_HONOR_TITLE.fullmatch(honor) and not (
                untitled != honor and len(joined) > 1 and (not joined[-1] or _UNNAMED_TITLE.fullmatch(joined[-1]))):
            honor = untitled
        entry = _PRIZE_ENTRY_TAIL.search(honor)
        if entry is not None and _WORKS_NOT_WON.search(sentence.text, start_after(sentence.text, at), at):
            return False  # 推荐“五个一工程奖”作品10部参评, 入选…作品10部: works put forward, no prize won
        honor = honor[: entry.start()] if entry is not None else honor  # 一等奖作品8件: the prize grade
        if _BARE_GRADE_OPENING.match(honor) and (_RATING_WORD.search(sentence.text, 0, at) or not (
                _PRIZE_CONTEXT_WORD.search(sentence.text) or TAIWAN.search(doc.clean_text))):
            return False  # 通报医院等级评审结果，评出甲等医院5家、乙等8家: a rating, no prize (§5)
        if _COPULA_AFTER_HOLDERS.search(honor):
            return False  # 3个先进乡镇均为去年…的乡镇: holders just honoured, restated and described, no conferral (§5)
        if honor.endswith("证书") and not honor.endswith("荣誉证书") and not _MERIT_WORD.search(honor[:-2]):
            return False  # 获奖证书, 捐赠证书, 志愿服务证书: a certificate, no honour (not 优秀教师证书)
        if _GRADE_WORD.search(honor) or _PASS_GRADE.match(honor) or _BLAME_LABEL.match(honor) or (
                _APPRAISAL_GRADE.search(honor) and not _quoted_in(sentence.text, honor)):
            # 评出“优秀”等次公务员85名; 评出合格党员812名、基本合格党员3名 (民主评议); 评出考核优秀乡镇5个 (not quoted):
            # the grade of an evaluation, no award (§5)
            return False
        if _STAR_RATED_BUSINESS.search(honor) or _RATED_FACILITY.match(honor):
            return False  # 命名五星级农家乐15家, 被评为“三级甲等医院”: a rating of a facility or a business, no honour (§5)
        if _STAR_LEVEL.search(honor) and _STAR_BY_SERVICE.search(sentence.text) and not _quoted_in(sentence.text, honor) \
                and not _STAR_CHOSEN.search(sentence.text, clause_start, at):
            return False  # 为12名五星级志愿者颁发星级证书: a star level reached by service hours, a rating (§5)
        if _AID_HONOR.search(honor):
            return False  # 国家助学金资助学生2860名: need-based aid, no honour (§5)
        if _MEDAL_GRADE.fullmatch(honor):
            # (…获得“红领巾奖章”一星章，8名队员获得二星章: 红领巾奖章二星章, the medal of the grade just before)
            graded = [a for a in awards if sentence.start + at - MEDAL_GRADE_WITHIN <= a["_at"] < sentence.start + at
                      and "\n" not in doc.clean_text[a["_at"] : sentence.start + at]]
            medal = _MEDAL_GRADE.search(graded[-1]["honor"]) if graded else None
            if medal and medal.start() > 0 and medal.end() == len(graded[-1]["honor"]):
                honor = graded[-1]["honor"][: medal.start()] + honor
            elif honor[0] in "金银铜":
                return False  # 12名选手获得银章 alone: no medal named (§5)
        count = parse_number(n)
        if count is None and n in _BARE_HUNDRED and not _APPROX_BEFORE.search(sentence.text, 0, at) \
                and sentence.text.count("“", 0, at) <= sentence.text.count("”", 0, at):
            count = _BARE_HUNDRED[n]  # 表彰百名“优秀村干部”: an exact hundred (not 近百名, nor inside “百名好医生”)
        if unit in ("枚", "块") and (count == 1 or _MEDAL_END.search(honor)):
            return False  # 获得金牌12枚: a medal tally (§5); 为他颁发…奖牌一块: one token for one recipient
        # (…功绩奖章12名、奖状11个: a bare 奖状 after decorations counted in one list is the honours system's
        # certificate grade, 勋章、奖章和奖状, no token handed over)
        after_count = at + len(n) + len(unit)
        if (scope := _SCOPE_AFTER_COUNT.match(honor)) is not None and sentence.text.startswith(honor, after_count):
            # 表彰50名全市优秀教师, 对30个全省…先进集体: a scope word right after the count is no part of the honour
            # (GUIDELINES §5 sixteenth review round; 全国劳动模范 names a national title and stays)
            honor = honor[scope.end() :]
        if (level := _LEVEL_OPENING_HONOUR.match(honor)) is not None and not _PRIZE_OR_MEDAL.search(honor) \
                and self._honor_like(honor[level.end() :]) and not _written_quoted(doc.clean_text, honor) \
                and not _levels_side_by_side(doc.clean_text, honor[level.end() :]):
            # 15名教师被评为市级优秀教师, 8名教师当选县级骨干教师, 表彰市优秀医生12名: a level or scope word before an
            # unquoted title is dropped whatever the verb or frame (GUIDELINES §5 twenty-third review round); not inside
            # quote marks anywhere on the page (also an honour that a count refers back to, …“全省三八红旗手”称号。
            # 其中，我市有6名同志获此殊荣), in a prize's or medal's own name, nor where levels tell apart categories side by
            # side
            honor = honor[level.end() :]
        # (隆重发布10名“最美医生”先进事迹，并为他们颁发证书: the holders' deeds released are no part of the honour,
        # GUIDELINES §5 twentieth review round)
        honor = _DEEDS_END.sub("", honor)
        graded_certificate = honor == "奖状" and _DECORATIONS_BEFORE_BARE.search(sentence.text, max(0, at - 40), at) is not None
        # (首届李明远农业科技基金颁奖仪式…，9名专家喜获该奖: a fund whose prize-giving is held confers its prize, unlike
        # 获得“春苗助学基金”的救助款, a fund that helps)
        fund_prize = honor.endswith("基金") and _PRIZE_GIVEN_AT.search(sentence.text.replace(honor, "\0")) is not None
        if count is None or count <= 0 or count != int(count) or len(honor) < 2 or (
                _NOT_AN_HONOR.search(honor) and not graded_certificate and not fund_prize):
            return False
        if honor_first and not (listed or self._honor_like(honor) or graded_certificate or vouched_by_verb):
            return False
        if "授旗" in sentence.text and not self._honor_like(honor) and not self.context.search(sentence.text.replace("授旗", "")):
            return False  # 为新组建的8支“青年突击队”授旗: a flag for a team set up, no honour unless one is named (为10支“优秀…队”授旗)
        if any(a["honor"] == honor and a["count"] == int(count) and a["evidence"]["clean_start"] == sentence.start
               for a in awards):
            return True  # 表彰了3个先进党支部，并为3个先进党支部各下拨…: one fact
        # (共表彰先进集体和先进个人30个（名）: two honours joined by 和 under one count, one record, as without （名）, §5)
        if dual and not (_JOINING.search(honor) and "、" + honor not in sentence.text
                         and (_AMONG_THEM_SOON.match(sentence.text[at:] + doc.clean_text[sentence.end : sentence.end + 8])
                              or ("、" not in honor and _AND_WORD.search(honor)))):
            # 先进集体、先进个人共85个（名）: one count over bodies and people, no parts to weigh it against
            # (nor a list's tail read as its honour: 优秀共产党员、优秀党务工作者和先进基层党组织共80个（名）)
            return False
        # (共有56个先进集体和先进个人受到表彰: one count over an honour of bodies and one of people, a total of neither kind)
        mixed = _MIXED_RECIPIENTS.match(sentence.text, at + len(n) + len(unit)) is not None or _MIXED_HONOR.search(honor) is not None
        recipient_kind = None if dual or mixed else kind or self._kind(unit, honor, sentence.text[at + len(n) + len(unit) :])
        if recipient_kind == "organization" and unit in ("个", "项") and honor.endswith("等奖项"):
            recipient_kind = None  # 颁发了“甲”“乙”等奖项共30个: prizes counted, not bodies
        if recipient_kind == "organization" and (_ITEMS_COUNTED.match(sentence.text, at + len(n) + len(unit))
                                                 or _WORKS_BEFORE_COUNT.search(sentence.text, max(0, at - 8), at)):
            recipient_kind = None  # 授予12个项目科技进步奖: projects counted, neither people nor bodies (§5)
        # (团体一等奖1个: a prize of teams, its count one of the bodies that won it, §5)
        team_prize = _TEAM_PRIZE.match(honor) is not None
        if recipient_kind == "organization" and unit == "个" and _PRIZE_GRADE.search(honor) and not team_prize \
                and not _BODIES_NAMED.match(sentence.text, at + len(n) + len(unit)):
            recipient_kind = None  # 决出金奖3个: prizes counted, not bodies (§5; not 一等奖的3个单位)
        if recipient_kind == "organization" and unit == "个" and honor.endswith("奖") and not team_prize \
                and re.search(f"{re.escape(honor)}[{_QUOTE_CLOSE}]?$", sentence.text[:at]) \
                and _NO_NOUN_AFTER.match(sentence.text, at + len(n) + len(unit)):
            # 颁发“金点子奖”20个: prizes counted, no holders named on either side of the count (not 向5个合作团队颁授
            # “…奖”, “体育道德风尚奖”代表队6个)
            recipient_kind = None
        awards.append({
            "honor": honor,
            "count": int(count),
            # (表彰了25篇（部）获奖社科优秀论著: the other noun in brackets is left out of the unit, 篇, §5 twenty-second
            # review round; the lexicon keeps 篇（部） whole only so that the count is read past it)
            "unit": _BRACKETED_ALTERNATIVE.sub("", unit),
            "recipient_kind": recipient_kind,
            "recipients": [],
            # (the sentence as written, not its quote view)
            "evidence": evidence(doc, Sentence(sentence.start, sentence.end, doc.clean_text[sentence.start : sentence.end])),
            # (312名毕业生获评优秀毕业生，其中省级…98名、校级…214名: a total over the parts after 其中;
            # not 共评出金奖3名、银奖5名、铜奖8名: 共 belongs to the list, not to an item after a 、)
            # (100个先进集体和个人受到表彰。其中，…: a total over persons and entities, parts in the next sentence)
            "_total": dual or bool(_RANKS_OF_HONOUR.search(honor))
                      or bool(_PEOPLE_THEN_BODIES.match(sentence.text, at + len(n) + len(unit))
                              or (_BODY_WORDS_AT.match(sentence.text, at + len(n) + len(unit))
                                  and _PEOPLE_BEFORE_BODIES.search(sentence.text, max(0, at - 12), at))) or bool((_TOTAL_BEFORE.search(sentence.text, max(0, at - TOTAL_WORD_BEFORE, sentence.text.rfind("、", 0, at) + 1), at)
                            and not (_SIBLING_NEXT.match(sentence.text, at + len(n) + len(unit)) and not _AND_WORD.search(honor))
                            and not _ITEM_OWN_TOTAL.search(sentence.text, max(0, at - TOTAL_WORD_BEFORE * 2), at))
                           or _AMONG_THEM_NEXT_CLAUSE.match(sentence.text[at:])
                           or (_COLLECTIVES_AND_INDIVIDUALS.match(sentence.text[at:])
                               and _ITEMS_AFTER_TOTAL.match(doc.clean_text, sentence.end, sentence.end + 4) is not None)
                           # (大会表彰了326名先进个人。其中，劳动模范48名，…: the count's clause closing its sentence, the
                           # parts in the next one opened by 其中; not an item with a sibling after it in a 、-list)
                           or (_CLAUSE_TO_END.match(sentence.text[at:])
                               and not (_SIBLING_NEXT.match(sentence.text, at + len(n) + len(unit)) and not _AND_WORD.search(honor))
                               and _ITEMS_AFTER_TOTAL.match(doc.clean_text, sentence.end, sentence.end + 4) is not None)),
            # (向37个个人和团体颁授勋章、奖章及奖状。今年共有8人获颁…，12人…，17个…: a count over people and bodies
            # at once, told before its parts; dropped only when parts after it add up to it)
            "_mixed_total": _MIXED_RECIPIENTS.match(sentence.text, at + len(n) + len(unit)) is not None,
            # (评出一等奖3队、二等奖5队、三等奖8队。其中…: the last item of a counted list, weighed only against parts after
            # it, never against its siblings before, 8 no total of 3 + 5)
            "_parts_after": _SIBLING_BEFORE.search(sentence.text, max(0, at - 40), at) is not None,
            "_at": sentence.start + at,
        })
        return True
