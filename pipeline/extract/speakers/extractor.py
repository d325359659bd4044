"""SpeakerExtractor: the speakers of a document, built on the readings of the modules beside it."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pipeline.document import Document, Entity
from pipeline.errors import ConfigError
from pipeline.extract.common import (
    Lexicons,
    Sentence,
    grouped_word_alternation,
    longest_first,
    pair_gated,
    publication_date,
    start_after,
    word_alternation,
    word_starts,
)
from pipeline.extract.speakers.exclusions import SpeakerExclusions
from pipeline.extract.speakers.families import SENTENCE_FAMILIES
from pipeline.extract.speakers.mentions import _UNTITLED_NAME_ANCHOR, SpeakerMentions
from pipeline.extract.speakers.patterns import (
    _ACT_STILL_AHEAD,
    _ACTS_AFTER_NAME,
    _ADDRESS_FRAME_OPENING,
    _ADDRESS_ROLES,
    _ADDRESS_STOPS,
    _AFTER_MEETING_INSIDE,
    _AID_HANDED,
    _AIDED_REPRESENTATIVE_END,
    _AMONG_THEM,
    _AMONG_THEM_INLINE,
    _ANOTHER_EVENT_BETWEEN,
    _ANOTHER_LECTURE,
    _ANOTHERS_ACT_BEFORE,
    _ASKING,
    _AT_A_MEETING,
    _AT_A_MEETING_TOLD,
    _AT_WIDER_MEETING,
    _BACK_FROM_FILM,
    _BACK_TO_MEETING,
    _BRACKETED_TITLE,
    _BYLINE_JOURNALIST,
    _BYLINE_POSTS_SET_OFF,
    _CALL_STILL_AHEAD_BEFORE,
    _CO_CHAIR_GAP,
    _CO_CHAIR_VERB,
    _COMPANIONS_AFTER,
    _CONFERRED_ON_AFTER,
    _CONFERRED_ON_BEFORE,
    _CONFERRING,
    _COURTESY_AFTER_NAME,
    _DEGREES_AFTER_NAME,
    _DEPARTMENT_AFTER_LABEL,
    _DESCRIBED_JOIN,
    _DESCRIPTOR_LINK,
    _DETERMINER_HEAD,
    _DROPPED_PART_END,
    _EARLIER_TOLD,
    _EPITHET_INSIDE,
    _EVENT_REACTION,
    _EXPERIENCE_TOLD_AFTER,
    _EXPLAINS,
    _FOLLOWED_BEFORE,
    _FRAME_ROLE,
    _GATHERING_WORD,
    _GRANTED_BEFORE,
    _GREETED_AND_SPOKE,
    _GREETING_ELSEWHERE,
    _GREETING_MESSAGE_ISSUED_AFTER,
    _GROUP_COUNT,
    _GROUP_IN_TURN,
    _GROUP_JOIN,
    _GROUP_SYMPOSIUM,
    _GUEST_GROUP_WORDS,
    _GUEST_LABEL_RE,
    _GUESTS_ARE,
    _GUESTS_CONFER,
    _GUESTS_PRESIDE,
    _GUESTS_TAKE,
    _HEARD_REACTION,
    _HONOUR_PART,
    _HONOUR_REACTION,
    _HONOUR_WON_BEFORE,
    _HONOURED_AFTER,
    _HONOURED_BEFORE,
    _HONOURED_LABEL,
    _HONOUREES_SPOKESMAN,
    _HOST_OR_VENUE_SPLIT,
    _IN_ADDRESS,
    _IN_YEARS_GREETING,
    _INSIDE_QUOTED_SPEECH,
    _JOINED_BEFORE,
    _JOINT_ROLES,
    _JOURNALIST_ACT_AFTER,
    _KIN_OF,
    _LABEL_BEFORE,
    _LABELLED_UNNAMED_SUBJECT,
    _LAST_ITEM_JOINTS,
    _LATIN_GLOSS,
    _LAYPERSON_BEFORE,
    _LECTURE_HELD,
    _LECTURE_VERB,
    _LECTURE_WORD,
    _LECTURER_LABEL_BEFORE,
    _LED_GROUP_AFTER,
    _LED_OATH_FRAME,
    _LISTED_AFTER_ROLE,
    _LISTED_CONFERRAL,
    _MANNER_SOFT_AFTER_NAME,
    _MEETING_ACT,
    _MET_PARTNER_AFTER,
    _MET_PARTNER_BEFORE,
    _MILITARY_RANKS,
    _MINORITY_SYLLABLES,
    _NEW_YEAR_GATHERING,
    _OBJECT_OWN,
    _ONE_OF_HEAD,
    _ORG_BEFORE,
    _OUTSIDE_MEETING,
    _OWN_CLAUSE_VERB,
    _OWN_CONFERRAL,
    _OWN_INSTRUCTION,
    _OWN_WIN_FRAME,
    _PARTICIPANT_BEFORE,
    _PARTNER_BEFORE,
    _PAST_RITE_CHAIRED_BY,
    _PERSON_NOUN_END,
    _POST_JOINER,
    _POST_SUBJECT,
    _POSTS_CONFER,
    _PRESENT_AFTER,
    _PRESS_CONFERENCE_HELD,
    _PRESS_CONFERENCE_HELD_WORDS,
    _PRESS_RANK,
    _PRESS_RELAYING_DECISIONS,
    _PRONOUN_CLAUSE_AFTER_NAME,
    _PRONOUN_START,
    _QUOTE_CLOSED_BEFORE,
    _RANK_BEFORE_NEXT,
    _RANKS,
    _RECALLS_AFTER,
    _RECEIVED_AFTER_NAME,
    _RECEIVED_BEFORE,
    _REMARKS_AS_ATTRIBUTE,
    _REMARKS_RIGHT_AFTER,
    _REPORT_DIRECTS,
    _REPORT_GIVEN_THEN_DEPLOYS,
    _REPORT_WORD,
    _REPORTER_AFTER,
    _REPRESENTATIVE_BEFORE,
    _ROLE_LABEL_BEFORE,
    _SEAT_END,
    _SEGMENT,
    _SHARED_AFTER_NAME,
    _SHARED_ROLE,
    _SHARING_MEETING,
    _SHOWN_FILM,
    _SOFT_AFTER_NAME,
    _SOFT_SPEECH_VERBS,
    _SPEECH_ROLES,
    _SPOKE_AT_MEETING_BEFORE,
    _SUBJECT_START,
    _SUMMED_UP_MEETING,
    _SUMMED_UP_YEAR,
    _TALK_TOLD,
    _TALKS_PARTNER_AFTER,
    _TALKS_PARTNER_BEFORE,
    _TEACHING_AGAIN,
    _TELLS_AFTER,
    _THANKS_TO_VISITORS,
    _TRANSLIT_CHARS,
    _TURN_COMES,
    _TURN_TAKEN,
    _UNIFORMED_RANKS,
    _UNKNOWN_POST_ITEM,
    _UNNAMED_POST_SUBJECT,
    _VERB_IN_GAP,
    _VERB_ONLY_AFTER,
    _VERB_ONLY_LEAD,
    _WIDER_MEETING_RELAYED,
    _WINNER_SPEAKS_HERE,
    _WITH_PARTNER,
    Mention,
    _cite,
    _directs,
    _end_before_space,
    _greeted_on_visit,
    _inside_clause,
    _listed_winner,
    _listed_with_first,
    _mask_clause_rest,
    _new_person,
    _not_speaking_here,
    _on_agenda_line,
    _planned_from,
    _recalls_at_own_meeting,
    _remark_at_talk,
    _representative_at_own_meeting,
    _said_apart_told,
    _split_collective,
    _sympathy_at_no_meeting,
    _talks_looked_back,
    _under_listed_title,
    experience_talked,
    leads_the_holder,
    page_year_written,
    remarks_of_another_time,
)
from pipeline.extract.speakers.person_context import apply_person_context
from pipeline.extract.speakers.roles import SpeakerRoles, role_words
from pipeline.extract.speakers.titles import SpeakerTitles
from pipeline.regex_gate import any_literal, opening_chars
from pipeline.values import parse_number

# A toast proposed in the words quoted (为…干杯, 乾杯).
_TOAST_WORDS = re.compile("干杯|乾杯")
# Words of saying in a sentence of a person's other acts (主持节目 tells none; 主持会议并讲话, 说, 表示 do): the soft verbs
# and the strong ones; not 称号, 说明, 希望工程, words that hold one.
_SAYING_WORDS = re.compile("(?!称号|说明|希望工程)(?:" + "|".join(sorted(
    _SOFT_SPEECH_VERBS | {"指出", "强调", "讲话", "致辞", "发言", "称", "要求", "号召"})) + ")")
# The acts a group of guests is told performing, and the role each gives every member (GUIDELINES §4).
_GUEST_GROUP_ACTS = ((_GUESTS_CONFER, "颁奖"), (_GUESTS_PRESIDE, "主持"))


# 素林表示 / 。素林感谢… / 大使素林说，: the first part of a dotted name as a word of its own, at a clause's start or after
# a title's last character, and followed by punctuation or a verb of saying (with an adverb before it); not 阿里巴巴集团,
# 约翰内斯堡市, 市长约翰逊 (the letters open a longer name, and reading them as the person cuts that name and its title)
# (one character before the part, tested at the character before it, and what must follow it, tested where it ends: two
# patterns compiled once, not one pattern per dotted name of every page, whose compiling cost about 1% of the extract
# stage on pages the process had not seen)
_FIRST_PART_BEFORE = re.compile("[，。；：,;:！？!?、\\s“”‘’（(]|[长使统理席士生授]")
_FIRST_PART_AFTER = re.compile(
    "(?:还|也|又|则|随后|同时|再次|最后|在|对|向)?"
    "(?:说|表示|指出|强调|认为|介绍|感谢|称|谈到|回忆|希望|提出|宣布|致辞|发言|讲话|呼吁|重申|补充|坦言|回答|答|祝贺|欢迎)"
    "|[，。；：,;:！？!?、）)”\\s]|$"
)


# The characters of a part of a dotted name written before a short name (_dotted_forms_ending): the transliteration
# characters, with 路 and 易 of the common Louis and 让 of Jean.
_DOTTED_PART_CHARS = frozenset(_TRANSLIT_CHARS + "尔路易让")
# Most characters of one such part.
DOTTED_PART_MAX = 6
# Groups of first characters the title words' alternation is cut into (grouped_word_alternation): the title words of
# 4,490 sentences of 300 newspaper articles were found in 2.45 us a sentence with 8 groups (2.4-2.6 with 16, 3.0-3.4
# with 4) against 4.2 with one tree of all 240 first characters (the best of 7 interleaved runs on a loaded machine).
TITLE_WORD_GROUPS = 8


def _dotted_forms_ending(name: str, text: str) -> set[str]:
    """Every dotted name of ``text`` ending in ``·name`` (路易斯·费尔南德斯 for 费尔南德斯): the matches of
    ``re.finditer(f"(?:[{_DOTTED_PART_CHARS}]{{1,6}}·)+{re.escape(name)}", text)``, found with ``str.find`` instead of a
    pattern compiled per name (about 30 compiles per 1,500 newspaper articles, each evicting the re module's cached ones).

    How it reads as the pattern does: a part's characters hold no ``·``, so a match's parts are the runs between its
    dots, each of one to six of those characters.  The pattern's leftmost match at or after ``pos`` ends on the first
    ``·name`` found from ``pos`` or on a dot of the same chain after it: it starts where the chain of parts before that
    ``·name`` starts (a run longer than six characters cut to its last six, no further part before it), and its greedy
    repeat ends it on the last dot of the chain that ``name`` follows.  The next search starts at its end."""
    forms: set[str] = set()
    pos = 0
    while (dot := text.find("·" + name, pos)) >= 0:
        start = dot  # (walk back over the parts before the dot, while each is a run of one to six part characters)
        while True:
            run = start
            while run > pos and text[run - 1] in _DOTTED_PART_CHARS and start - run < DOTTED_PART_MAX:
                run -= 1
            if run == start:
                break  # (no part before this dot)
            if run > pos and text[run - 1] in _DOTTED_PART_CHARS:
                start = start - DOTTED_PART_MAX  # (a longer run: its last six characters are the first part)
                break
            start = run
            if run - 1 >= pos and text[run - 1] == "·" and run - 1 > pos and text[run - 2] in _DOTTED_PART_CHARS:
                start = run - 1  # (a dot with a part before it: the chain goes on before)
                continue
            break
        if start == dot:
            pos = dot + 1  # (no part before the first ·name: no match ends on it or on a later dot of its chain)
            continue
        end, last = dot + 1 + len(name), dot
        while True:  # (the dots of the chain after this one: a run of one to six part characters, then a dot)
            run = last + 1
            while run < len(text) and text[run] in _DOTTED_PART_CHARS and run - last - 1 < DOTTED_PART_MAX:
                run += 1
            if run == last + 1 or run >= len(text) or text[run] != "·":
                break
            last = run
            if text.startswith(name, last + 1):
                end = last + 1 + len(name)
        forms.add(text[start:end])
        pos = end
    return forms


def _first_part_alone(first: str, text: str) -> bool:
    """``first`` is written somewhere in ``text`` as a word of its own (_FIRST_PART_BEFORE, _FIRST_PART_AFTER): at the
    text's start or after one of those characters, and before punctuation, a verb of saying or the text's end."""
    at = text.find(first)
    while at >= 0:
        if (at == 0 or _FIRST_PART_BEFORE.match(text, at - 1)) and _FIRST_PART_AFTER.match(text, at + len(first)):
            return True
        at = text.find(first, at + 1)
    return False


# A clause that goes on with a list of names (…、乙，以及丙担任主礼嘉宾): still the list of the clause before.
# A monarch's or pope's regnal number right after the name (哈桑二世, 路易十六世, 胡安·卡洛斯一世), the name's own end
# (not 二世纪, a century).
_REGNAL_NUMBER = re.compile("[一二三四五六七八九十]{1,3}世(?!纪)")
_LIST_GOES_ON_CLAUSE = re.compile(r"\s*(?:以及|及|和|与|还有)")
# A verb or a preposition in what stands before a titled name: the clause tells an act, no item of a list of guests.
_ACT_IN_ITEM = re.compile("出席|参加|主持|致辞|讲话|发言|陪同|表示|宣布|邀请|为|向|与|在")


# A body (not a meeting) right before 由 and the chair's name (…委员会，由某某主持; 新成立的专家委员会由某某主持): the 主持 is
# leadership of the body (GUIDELINES §4 thirty-second round); not 理事会 or 常委会, which may be a sitting.
_BODY_LED_BY = re.compile("(?<!常)(?:委员会|领导小组|工作小组|工作组|研究所|研究院|研究中心|基金会|项目组|课题组)[”」]?[，,]?(?:将|则|并)?由$")
# A marshal named on the page (刘伯承元帅, 元帅叶剑英), whose surname with 帅 (刘帅) is a form of address.
_MARSHAL_NAMED = re.compile("元帅|元帥")
# A meeting told in a greeting's sentence or the one before it (参加座谈, 会上, 团拜会): the greeting may be made there.
_MEETING_WORD_NEAR_GREETING = re.compile("座谈|会上|会议|大会|团拜会|茶话会|联欢会|招待会|宴会|仪式|典礼|会见|会谈")
# Verbs of wishing or asking that a name read by the model may take in from either side (乔石祝克雷库: 祝).
_GLUED_VERBS = frozenset("祝请邀谢")


def _after_unmatched_close(title: str) -> str:
    """``title`` from after its last closing bracket that no bracket in it opens: the chain never opens with the tail
    of a bracket closed before it, a byline's (（记者顾正龙、刘加文）联合国…特别委员会（特委会）主席巴特勒 → 联合国…主席;
    GUIDELINES §4: a byline is no title, thirty-second round); brackets inside the chain (（特委会）) stay."""
    if "）" not in title and ")" not in title:
        return title
    depth, cut = 0, 0
    for i, c in enumerate(title):
        if c in "（(":
            depth += 1
        elif c in "）)":
            if depth:
                depth -= 1
            else:
                cut = i + 1
    return title[cut:]


def _regnal_forms(name: str, text: str) -> set[str]:
    """The forms ``name`` and a regnal number after it (_REGNAL_NUMBER) take in ``text``, as ``re.finditer`` of the two
    finds them (left to right, a match read on from its end); the number tried only where the name is written, not
    a pattern compiled for every name of every page (136 compiles took 4% of the speakers' time on unseen pages)."""
    forms = set()
    at = text.find(name)
    while at >= 0:
        number = _REGNAL_NUMBER.match(text, at + len(name))
        if number is None:
            at = text.find(name, at + 1)
            continue
        forms.add(text[at : number.end()])
        at = text.find(name, number.end())
    return forms


def _guest_clause_start(text: str, start: int, end: int, titled_items: frozenset[tuple[int, int]] = frozenset()) -> int:
    """Where the clause that ends at ``end`` (a 担任主礼嘉宾 in the sentence from ``start``) begins: after the last comma or
    semicolon before it, walking back over breaks that only go on with a list (，以及丙) and over commas that set off the
    list's items (甲局副局长X，乙署主任Y，议员Z、W担任主礼嘉宾: each item a title and a name and nothing else, the Hong
    Kong and Macau way of listing guests, GUIDELINES §4 eleventh review round). ``titled_items``: the (start, end) of
    such items, a clause from its start up to a titled name ending at its comma."""
    at = end
    while True:
        cut = max(text.rfind(mark, start, at) for mark in "，,；;")
        if cut < 0:
            return start
        if _LIST_GOES_ON_CLAUSE.match(text, cut + 1, end):
            at = cut
            continue
        if text[cut] in "，," and (_clause_opening(text, start, cut), cut) in titled_items:
            at = cut  # (乙署主任Y，: one titled item of the list, set off by its comma)
            continue
        return cut + 1


def _clause_opening(text: str, start: int, end: int) -> int:
    """The start of the clause ending at ``end`` (after the last comma or semicolon before it, ``start`` at most)."""
    return max(start, max(text.rfind(mark, start, end) for mark in "，,；;") + 1)


class SpeakerExtractor(SpeakerMentions, SpeakerTitles, SpeakerExclusions, SpeakerRoles):
    def __init__(self, lex: Lexicons) -> None:
        self.lex = lex
        self._long_stops = tuple(w for w in lex.name_stops if len(w) >= 2)
        # (李德胜上台发言: the verbs and acts of two characters or more that a model name cut one short runs into;
        # not a word of address, which may follow a courtesy character: 王强老先生, 李明老同志)
        self._act_stops = tuple(w for w in self._long_stops if w not in _ADDRESS_STOPS) + _ACTS_AFTER_NAME
        # (the tests text.startswith(stops, pos) of the mentions, as one match each: see word_starts)
        self._name_stop = word_starts(lex.name_stops)
        self._long_stop = word_starts(self._long_stops)
        self._act_stop = word_starts(self._act_stops)
        self._org_suffix = word_starts(lex.org_suffixes)
        # (王建国书记强调, 李县长宣布: a two-character stop word opening on a surname is the verb after a post, no name)
        self._stop_names = frozenset(w for w in lex.name_stops if len(w) == 2)
        self._surname_starts = frozenset(w[0] for w in (*lex.surnames, *lex.compound_surnames) if w)
        # (the characters a known name may open with, known_names: every surname and the first character of every
        # compound surname, 完 of 完颜, as 欧 of 欧阳; built once here, not once per document)
        self._name_first_chars = lex.surnames | {s[0] for s in lex.compound_surnames}
        # (the characters a name read right after a title can open with, other than a capital letter or a dotted name's
        # Han character: a surname's first character (_name_at, _padded_name_at, _class_like_name_at), a Japanese
        # family name's (_name_at), a minority syllable's (_MINORITY_NAME) and a transliteration character)
        self._title_name_openers = frozenset(
            s[0] for s in (*lex.surnames, *lex.compound_surnames, *lex.east_asian_surnames, *_MINORITY_SYLLABLES) if s
        ) | frozenset(_TRANSLIT_CHARS) | {"老"}  # (局长老家明致辞: the surname 老, read by SpeakerMentions._old_surname_name_at)
        self._titles_by_start: dict[str, list[str]] = {}
        self._region_text: str | None = None  # the text whose places after a region word are in _region_ends
        self._region_doc: Document | None = None  # the document read, whose region _region_flags reads
        self._sar_page: bool | None = False  # whether the text read is a Hong Kong or Macau page (None: not read yet)
        self._sar_gala: bool | None = False  # whether that page's event is a ceremony other than a prize-giving (likewise)
        self._region_ends: list[int] = []
        self._absent_text: str | None = None  # the text whose tests finding nothing are in _absent (_absent_in)
        self._absent: frozenset[str] = frozenset()
        # (the families of the loop's readings a sentence may hold, one scan of it: families.py; the tests of the gate
        # set a scan that returns every family)
        self._families: Callable[[str], frozenset[str]] = SENTENCE_FAMILIES
        for t in lex.titles:
            if t:
                self._titles_by_start.setdefault(t[0], []).append(t)
        # (one alternation of the title words, for the patterns below: the tree of their shared beginnings, cut into
        # TITLE_WORD_GROUPS groups by first character, see grouped_word_alternation)
        titles = grouped_word_alternation(lex.titles, TITLE_WORD_GROUPS)
        # (pair_gated: a look-ahead on the first two characters of a title word; the alternation opens on one Han
        # character in four, and every branch of it was tried at each such place)
        self._title_end = pair_gated("(?:" + titles + ")$")
        # (a string is one title word exactly when ``_title_end.fullmatch`` reads it whole: a set lookup, not a match;
        # also the membership test of the lexicon's words, which ``in lex.titles`` made a scan of its tuple)
        self._title_words = frozenset(lex.titles)
        self._title_any = pair_gated("(?:" + titles + ")")
        # 代表委员, 人大代表政协委员, 专家院士: bare post nouns side by side with no 、 and no body before them
        # name a group of people (a person's posts are listed with 、 or carry their body); what follows is
        # the group's verb, not a name (代表委员热议总书记重要讲话)
        self._collective_posts = re.compile("(?:" + titles + "){2,}")
        # A title word right after a name, ending before a verb or punctuation (陈某副书记主持, 李某局长、) or before the
        # person's name in Latin letters in brackets (叶玉如教授（Professor Nancy Ip）).
        # (behind a look-ahead on its first two characters, pair_gated: it is tried right after every candidate name,
        # where most characters open no title, and where one does, the second rules out most of the title words that
        # the engine would otherwise try one by one)
        # (授予鲁明远院士省科学技术突出贡献奖, 授予王某教授“…”称号: an academic rank right after the name of one an honour is
        # conferred on, the honour closing the clause after it; the rank is the title when nothing is before the name, §4)
        self._title_after = pair_gated(
            "(?:院士|教授|研究员)(?=[^，。；、\\s]{2,16}?(?:奖|称号|勋章|奖章)(?:[，。；,;]|$))|"
            "(?:常务副|副|代理|代)?(?:" + "|".join(longest_first(_UNIFORMED_RANKS)) + "|" + titles + "|" + "|".join(_MILITARY_RANKS) + "|" + _DEGREES_AFTER_NAME
            + r")(?=[、，,。；\s和与及则也还亦]|[（(](?=[A-Z])|" + "|".join(
                map(re.escape, longest_first(set(lex.name_stops) - {"同志"}))
            ) + ")"
        )
        # (the characters a title word after a name can open with: the list-item reading of mentions tests them first)
        self._title_after_openers = opening_chars(self._title_after)
        # (the words of _title_after's core that are no title word of the lexicon, and 学校监, the opening of the words
        # _titles_in drops title words from: a text holding none of them where _titles_in finds no title word has no title
        # after a name or before one anywhere, and the rule names' readings that need one find nothing there (the
        # list-item walk, which tries _title_after after every item's would-be name, is most of them); one search)
        self._title_after_extra = any_literal(
            {"学校监", *(w for w in (*_UNIFORMED_RANKS, *_MILITARY_RANKS, "博士", "院士", "教授", "研究员") if w not in self._title_words)})
        # (the words a sentence holding no title word needs for a rule name, mentions._UNTITLED_NAME_WORDS; None: no gate)
        self._untitled_anchor = _UNTITLED_NAME_ANCHOR
        self._trigger_role = {trigger: role for trigger, role in reversed(lex.role_triggers)}
        # (企业代表陈波谈了企业发展的体会: the lexicon's 谈了体会 with its topic between, roles.py)
        self._experience_talked = experience_talked(lex.role_triggers)
        # (a stretch after a name holding none of these words gives roles_after no role: it returns at once, roles.py)
        self._role_words = role_words(self._trigger_role, self._experience_talked)
        # (推进会, 开工仪式, 颁奖典礼: gatherings, not 活动 or 比赛, which a visit may include)
        meeting_nouns = sorted((w for w in lex.patterns["meeting_heads"]["words"] if len(w) >= 2 and w[-1] in "会议式礼"),
                               key=len, reverse=True)
        self._meeting_act = re.compile("|".join([_MEETING_ACT, *map(re.escape, meeting_nouns)]))
        self._meeting_nouns = meeting_nouns
        self._meeting_noun_set = frozenset(meeting_nouns)  # (a model name that is one of them: no person, mentions)
        # (one search for any of the relaying words in a stretch of text, not one test per word)
        self._relay_marker = re.compile("|".join(map(re.escape, lex.relay_before_name)) or "(?!)")
        # (any future marker in a stretch of text, the gate of _future_before)
        self._future_marker = re.compile("|".join(map(re.escape, lex.future_markers)) or "(?!)")
        # (the first characters of the words stripped before a title: most titles open with none of them)
        self._prefix_strip_starts = frozenset(word[0] for word in lex.title_prefix_strip)
        self._relay_prefix = re.compile("^(?:" + "|".join(map(re.escape, sorted(lex.relay_before_name, key=len, reverse=True))) + ")(?=.{2})")
        # (the triggers as a tree of their shared beginnings, word_alternation: the same leftmost-longest matches, the
        # engine trying the few first characters at a place instead of each of the hundreds of words)
        self._trigger_re = re.compile(word_alternation(sorted(self._trigger_role, key=len, reverse=True)))
        self._triggers = tuple(self._trigger_role)
        self._trigger_start = word_starts(self._triggers)  # (text.startswith(self._triggers, pos) as one match)
        self._role_order = list(dict.fromkeys(role for _, role in lex.role_triggers))
        self._noun_triggers = frozenset(lex.patterns["role_not_before"]["triggers"])
        self._address_words = [t for t, role in self._trigger_role.items() if role == "致辞" and t != "表示"]
        self._rule_cache: dict[str, tuple[tuple[int, int], ...]] = {}  # (this document's sentences: rule_names)
        # (every document's: the tests absent from a page -> a sentence text -> its rule names, rule_names)
        self._rule_memo: dict[frozenset[str], dict[str, tuple[tuple[int, int], ...]]] = {}
        self._rule_memo_size = 0  # (the texts kept in _rule_memo, all pages' absent tests together)
        self._title_cache: dict[str, list[re.Match[str]]] = {}
        # (every document's: the roles read in a window, with the flags and the page's region, _roles_in)
        self._roles_memo: dict[tuple[str, bool, bool, bool, bool, bool], tuple[str, ...]] = {}
        unchecked = sorted(lex.verb_only_triggers - set(_VERB_ONLY_AFTER))
        if unchecked:
            raise ConfigError(f"verb_only_triggers: no context for {unchecked} in pipeline/extract/speakers/patterns.py _VERB_ONLY_AFTER")
        self._verb_only_lead = re.compile(
            _VERB_ONLY_LEAD + "(?:" + "|".join(map(re.escape, sorted(lex.verb_only_triggers))) + ")$"
        )

    def _after_unnamed_opener(self, text: str, sentence: Sentence, mentions: list[Mention],
                              holders_of: dict[str, set[str]], last_actor: str | None,
                              last_subject: str | None) -> tuple[str | None, str | None]:
        """The last actor and subject after ``sentence``: unchanged, unless the sentence opens on a surname and a
        post that no mention covers (李县长对防汛工作作了具体安排。他强调…: the 他 is the one the reference names;
        李新民述职。黄书记在点评时指出…。他要求…: one nobody named, not the last actor)."""
        opener = _UNNAMED_POST_SUBJECT.match(text, sentence.start, sentence.end)
        if opener and not any(m.start <= opener.start("ref") < m.end for m in mentions):
            ref = opener["ref"]
            holder = self._holder_by_reference(ref[:1], ref[1:], holders_of)
            return (None, holder) if holder else (None, None)
        if "labelled_unnamed" not in self._absent_in(text) and _LABELLED_UNNAMED_SUBJECT.search(sentence.text) \
                and _LABELLED_UNNAMED_SUBJECT.match(text, sentence.start, sentence.end):
            return None, None  # (老党员代表、退休教师彭某深情回顾了…。他说: the 他 is that one, named but not read)
        return last_actor, last_subject

    def _names_nobody(self, sentences: list[Sentence], known: set[str], index: tuple[list[int], list[Entity]]) -> bool:
        """Whether no sentence of the page can give a mention (:meth:`mentions` reads its spans from the sentence's rule
        names, the known names, the model's person names of the sentence and a line short enough to be a bare name under
        a headline): none of the four on the page.

        Why it is a page with no speaker: every person of __call__ is one a mention names (a 他/她 goes on with one named
        before; a post, a surname and post, a guest group or a post conferring stand for one indexed from a mention
        before; the readings after the loop merge and edit the people read), so its loop reads no one.  The page's rule
        names are read anyway (names_keeping_yi, known_names: kept per text, asked again here at no cost); a page
        naming nobody is about two in five of the newspaper's, and its loop over sentences was about a third of the
        speakers' time there."""
        if known or index[1]:
            return False
        # (the bare name line's test in mentions, widened: a line of four characters or fewer not closed by a colon)
        return not any(self.rule_names(s.text) or (s.text[-1:] not in "：:" and len(s.text.strip(" \u3000")) <= 4)
                       for s in sentences)

    @staticmethod
    def _dotted_parts_alone(known: set[str], text: str) -> set[str]:
        """Parts of dotted names written alone elsewhere as a word of their own: names of the page, each read as its
        person by _merge_short_foreign_names.

        - The first part (素林·披素万 …。素林感谢…: a Thai or Indonesian name puts the given name first).
        - The last part (马耳他总统乌戈·米夫萨德·邦尼奇会见了…。邦尼奇欢迎…。他说…; GUIDELINES §4 thirty-ninth round: later
          mentions of the same person).

        Only a part of one dotted name on the page (乔治·邦尼奇 and 彼得·邦尼奇 stay apart: the short one is neither's),
        written as a whole word (阿里巴巴集团, 约翰内斯堡市 and 彼得森公司 hold the letters of 阿里, 约翰, 彼得 inside another
        name: no mention of the person, _first_part_alone)."""
        if "·" not in text:
            return set()
        parts: set[str] = set()
        for take, longest in ((lambda name: name.split("·", 1)[0], 4), (lambda name: name.rsplit("·", 1)[1], 5)):
            fulls: dict[str, set[str]] = {}
            for name in known:
                if "·" in name:
                    fulls.setdefault(take(name), set()).add(name)
            parts |= {part for part, full in fulls.items()
                      if len(full) == 1 and 2 <= len(part) <= longest and part not in known
                      and _first_part_alone(part, text)}
        return parts

    @staticmethod
    def _short_roles(short: dict[str, Any], person: dict[str, Any], soft_only: frozenset[str] | set[str]) -> list[str]:
        """The roles a later short mention (``short``) adds to the full name's record (``person``): not the 讲话 of soft
        remarks (说, 表示; ``soft_only``: the short names with those only) when the full name gave a named address with no
        speech of its own (``soft_only`` holds the full name too): the remarks go on with the address, as a 他说 or the
        full name's own 说 would (GUIDELINES §4: remarks inside an address; thirty-second round)."""
        folded = short["name"] in soft_only and person["name"] in soft_only
        return [r for r in short["roles"] if r not in person["roles"] and not (r == "讲话" and folded)]

    @staticmethod
    def _unglue_verbs(people: dict[str, dict[str, Any]], known: set[str]) -> None:
        """乔石祝克雷库这次访华取得成功: a verb of wishing or asking (祝, 请, 邀, 谢) read into a name is no part of it: a
        name that is another name of the page with the verb before it (祝克雷库, 克雷库 the last part of 马蒂厄·克雷库) is
        that other party, no speaker; one with the verb after it (乔石祝) is the person who wishes, the record his
        (GUIDELINES §4 name: the personal name only; thirty-second round, after the thirtieth's joining words)."""
        names = set(people) | known
        parts = names | {part for n in names if "·" in n for part in n.split("·")}
        for name in [n for n in people if len(n) >= 3]:
            if name[0] in _GLUED_VERBS and name[1:] in parts:
                del people[name]
            elif name[-1] in _GLUED_VERBS and name[:-1] in names - {name}:
                glued = people.pop(name)
                person = people.setdefault(name[:-1], {**glued, "name": name[:-1], "roles": [], "evidence": []})
                person["roles"] += [r for r in glued["roles"] if r not in person["roles"]]
                person["evidence"] += [e for e in glued["evidence"] if e not in person["evidence"]]

    @staticmethod
    def _merge_family_names(people: dict[str, dict[str, Any]], family_names: frozenset[str],
                            soft_only: frozenset[str] | set[str] = frozenset(), known: frozenset[str] | set[str] = frozenset()) -> None:
        """日本首相桥本龙太郎…。桥本表示…: a later mention by a Japanese family name alone (models/lexicons/
        east_asian_surnames.txt) is the one person of the page whose full name opens with it (a given name of one to three
        characters after it), not a second speaker: one record per person, the fullest name and title (GUIDELINES §4).
        The full name may be one of the page's names (``known``: those read by the rules or the model) written without a
        role of its own (日本首相桥本龙太郎同…举行会谈。…桥本说…): the record takes the full name, as a dotted name's last
        part does (GUIDELINES §4 thirty-eighth round)."""
        for name in [n for n in people if n in family_names]:
            full = [n for n in set(people) | set(known)
                    if n != name and n.startswith(name) and 1 <= len(n) - len(name) <= 3]
            if len(full) != 1:
                continue
            short = people.pop(name)
            if full[0] not in people:
                people[full[0]] = {**short, "name": full[0]}  # (the full name written once, without a role)
                continue
            person = people[full[0]]
            person["title"] = person["title"] or short["title"]
            person["roles"] += SpeakerExtractor._short_roles(short, person, soft_only)
            person["evidence"] += [e for e in short["evidence"] if e not in person["evidence"]]

    @staticmethod
    def _restore_regnal_numbers(people: dict[str, dict[str, Any]], text: str) -> None:
        """国王哈桑二世会见了…。哈桑国王表示…: a monarch's regnal number written with the name (二世, 十六世) is part of the
        personal name (GUIDELINES §4 name), so a record named by the later short mention takes the one full form the
        text writes (one record per person, the fullest name)."""
        if "世" not in text:
            return
        for name in [n for n in people if not n.endswith("世")]:
            forms = _regnal_forms(name, text)
            if len(forms) != 1:
                continue
            full = forms.pop()
            short = people.pop(name)
            if full not in people:
                people[full] = {**short, "name": full}
                continue
            person = people[full]
            person["title"] = person["title"] or short["title"]
            person["roles"] += [r for r in short["roles"] if r not in person["roles"]]
            person["evidence"] += [e for e in short["evidence"] if e not in person["evidence"]]

    @staticmethod
    def _merge_short_foreign_names(people: dict[str, dict[str, Any]], known: set[str], text: str,
                                   soft_only: frozenset[str] | set[str] = frozenset()) -> None:
        """詹姆斯·罗布尔 …。罗布尔还说: a later mention by the last part of a dotted name is the same
        person (when one dotted name among the speakers, the names found or the text ends so)."""
        if "·" not in text:
            return  # (every name is a span of the text: no dotted name anywhere)
        for name in [n for n in people if "·" not in n]:
            # (路易斯·费尔南德斯 …。费尔南德斯说: 路 and 易 of the common Louis, 让 of Jean, stand in given names alone)
            written = _dotted_forms_ending(name, text)  # (found by str.find: no pattern compiled per name)
            # (素林·披素万 …。素林感谢…: the first part alone too, _dotted_parts_alone)
            forms = {n for n in (*people, *known, *written)
                     if "·" in n and (n.endswith("·" + name) or n.startswith(name + "·"))}
            # (副州长叶尔兰·阿布迪科夫 …。阿布迪科夫说: a first part opening on a character the transliteration set lacks
            # is read whole after the title and cut short by the written form, 尔兰·阿布迪科夫; the cut reading is
            # the same name, not a second person of that surname)
            full = sorted(n for n in forms if not any(o != n and o.endswith(n) for o in forms))
            if len(full) != 1:
                continue
            short = people.pop(name)
            if full[0] not in people:
                # (大学的詹姆斯·罗布尔介绍了…。罗布尔说: the full name written once, without a role)
                people[full[0]] = {**short, "name": full[0]}
                continue
            person = people[full[0]]
            person["roles"] += SpeakerExtractor._short_roles(short, person, soft_only)
            person["evidence"] += [e for e in short["evidence"] if e not in person["evidence"]]

    def __call__(self, doc: Document, sentences: list[Sentence]) -> list[dict[str, Any]]:
        excluded = set(doc.meta.get("reporters", [])) | set(doc.meta.get("editors", [])) | set(
            doc.meta.get("authors", [])
        )
        text = doc.clean_text
        # (a Hong Kong or Macau page: a guest who 主持頒獎儀式 officiates the prize-giving, 颁奖, GUIDELINES §4 nineteenth
        # round; on a mainland page the ceremony is chaired, even in Traditional script and naming Hong Kong in passing,
        # so the page's region is the vote funding reads its currency from, not any regional word)
        # (read only where a role window holds a conferral, the one reading that depends on it: SpeakerRoles._region_flags)
        self._region_doc, self._sar_page, self._sar_gala = doc, None, None
        people: dict[str, dict[str, Any]] = {}
        titles: dict[str, str] = {}  # the fullest title written before each name, from any mention
        titles_after: dict[str, str] = {}  # 夏伟根书记: a title word after the name, used when none is before
        holders_of: dict[str, set[str]] = {}  # post (校长, 市委书记, 行政长官) -> the people written with it
        short_holders: dict[str, set[str]] = {}  # short form of a post (董 of 董事长, 支书 of 支部书记) -> its holders
        organizations: dict[str, str] = {}  # the organization written before a name with a title after it
        ranks: dict[str, str] = {}  # 教授 of 李旭锋教授
        shared_titles: dict[str, str] = {}  # 专家 of 乙 in 党史党建专家甲、乙
        head_titles: dict[str, str] = {}  # 院党组成员、副院长 of 甲 in 院党组成员、副院长甲、乙 (the list's head)
        units_of: dict[str, str] = {}  # 城关镇 of 李娜 in 县发改局、城关镇等2个单位主要负责人王磊、李娜
        departments: dict[str, str] = {}  # 电机工程系 of 林子涵 in 毕业生代表、电机工程系林子涵 (no title)
        evidence_seen: dict[str, set[tuple[int, int]]] = {}  # clean spans already in each person's evidence
        instructed: set[str] = set()  # people who gave a written instruction (作出批示)
        # speech texts' bylined speakers whose 颁奖 the speech tells (刚才，我和陈某同志为…颁发了奖牌): the act's own
        # clause holds the conferring verb, which the byline line cited as evidence does not
        conferred_in_speech: set[str] = set()
        relayed_names: set[str] = set()  # people whose remarks elsewhere the text relays
        self._rule_cache = {}
        self._title_cache = {}
        # (在…例行记者会上，发言人某某…。某某表示…: at a press conference the text reports, the statement is made there)
        # (not 会后在记者会中说明院会决议: one where a meeting's decisions are relayed is no occasion, §3/§4 fourteenth round)
        press_conference = any(w in text for w in _PRESS_CONFERENCE_HELD_WORDS) \
            and _PRESS_CONFERENCE_HELD.search(_PRESS_RELAYING_DECISIONS.sub("", text)) is not None
        index = self.person_index(doc)  # (once per document: the three readers below share it)
        # (the page's year: its publication's, else the latest it writes with a month; remarks dated two years or more before
        # it are of another time, GUIDELINES §4 thirty-first round)
        published = publication_date(doc)
        page_year = published.year if published else page_year_written(text)
        keeping_yi = self.names_keeping_yi(doc, sentences, index)
        known = self.known_names(doc, sentences, excluded, keeping_yi, index)
        known |= self._dotted_parts_alone(known, text)
        if self._names_nobody(sentences, known, index):
            return []  # (no sentence gives a mention, and every person read below comes from one)
        known_re = self.names_pattern(known)
        last_actor: str | None = None  # the last person given a role, for a sentence opening with 他/她
        last_subject: str | None = None  # the subject of the sentence before, when it had no role there
        subject_carried = False  # last_subject was kept over a sentence naming nobody
        on_tour: str | None = None  # one told on a visit, no meeting told since (省长雷振东来到某某港视察。)
        quoted: set[str] = set()  # people given 讲话 by words quoted before their name (“…”李桂兰说。)
        # people given 讲话 by soft remarks only (勉励…, 表示…, see _soft_remarks_only), with the sentence they are in,
        # and the sentence where such a person's address is first named
        softly: dict[str, int] = {}
        addressed_at: dict[str, int] = {}
        spoke: set[str] = set()  # people given 讲话 otherwise
        # 主礼嘉宾 -> the people named as such and where (_GUESTS_TAKE, _GUESTS_ARE)
        guest_groups: dict[str, tuple[list[str], Sentence]] = {}
        conferred_on: set[str] = set()  # people an honour was conferred on (副市长王军为孙伟颁发奖章)
        named_before: list[Any] = []  # the mentions of the sentence before (a group's exchange told with no one named)
        guest_page = any(word in text for word in _GUEST_GROUP_WORDS)  # (none on the page: none in a sentence)
        new_year_page = _NEW_YEAR_GATHERING.search(text) is not None  # (新春团拜会…: the year's greeting given there)
        for number, sentence in enumerate(sentences):
            mentions = self.mentions(doc, sentence, excluded, known, index, known_re, keeping_yi)
            # (去年…发布了研究成果: no presenter at the press conference the text reports)
            briefing = press_conference and not _EARLIER_TOLD.search(text, sentence.start, sentence.end)
            # (read here only when a tour is told: else it matters only to mentions, read below once there are any)
            meeting_here = None if on_tour is None else self._meeting_act.search(text, sentence.start, sentence.end) is not None
            if meeting_here:
                on_tour = None
            # (a sentence holding neither pronoun cannot open on one: most are not tried)
            pronoun = _PRONOUN_START.match(sentence.text) if "他" in sentence.text or "她" in sentence.text else None
            soft = _SOFT_AFTER_NAME.match(text, sentence.start + pronoun.end()) if pronoun else None
            if soft and _HONOUR_REACTION.match(text, soft.end()):
                pronoun = None  # 他表示，获此殊荣感到非常荣幸: a reaction to an honour, no speech
            # 部长尹某通报了…情况。他要求，…: the subject of the sentence before, when no one acted there
            antecedent = last_subject or last_actor
            if pronoun and antecedent is not None and antecedent not in people:
                people[antecedent] = _new_person(antecedent)
            if pronoun and antecedent in people:
                # 市长高振华致闭幕辞。他表示，…: the pronoun's remarks are the last actor's.
                first = mentions[0].start if mentions else sentence.end
                person = people[antecedent]
                before = len(person["roles"])
                # 致辞…。他介绍/表示…: soft remarks go on with the same address
                roles = self.roles_after(
                    text, sentence.start + pronoun.end(), first, pronoun=True, briefing=briefing,
                    address=self._addressed(person),
                )
                if (antecedent == on_tour and not meeting_here) or self._in_activity(text, sentence.start + pronoun.end()):
                    roles = [r for r in roles if r != "讲话"]  # 某某来到某某港视察。他指出，…: remarks on the tour
                if number and _said_apart_told(sentences[number - 1].text):
                    roles = [r for r in roles if r != "讲话"]  # (…在信中表示遗憾。他说，…: the letter's words going on)
                if "讲话" in roles:
                    # (他表示…, before the person's address is named: see softly below)
                    told_first = roles == ["讲话"] and not _ADDRESS_ROLES.intersection(person["roles"])
                    if told_first and self._soft_remarks_only(text, sentence.start + pronoun.end(), first):
                        softly.setdefault(antecedent, number)
                    else:
                        spoke.add(antecedent)
                for role in roles:
                    if role not in person["roles"]:
                        person["roles"].append(role)
                if len(person["roles"]) > before:
                    last_actor = person["name"]
                    _cite(person, evidence_seen, doc, sentence)
            if "报告" in sentence.text and _REPORT_DIRECTS.match(sentence.text):
                reporters = [person for person in people.values() if "作报告" in person["roles"]]
                if len(reporters) == 1 and "讲话" not in reporters[0]["roles"]:
                    # 某某作年度工作报告。…。报告对明年重点工作作出安排: the one report's directive clause, 讲话 (§4)
                    reporters[0]["roles"].append("讲话")
                    spoke.add(reporters[0]["name"])
                    _cite(reporters[0], evidence_seen, doc, sentence)
            # (赵敏回顾了…工作。2025年，全局共完成…。她要求，…: a sentence naming nobody, the report's content, keeps the
            # subject for a 他/她 after it)
            # (only one such sentence, in the subject's paragraph: a profile's later 他 is no speaker at a meeting)
            carried = None if pronoun or subject_carried or "\n" in text[max(0, sentence.start - 1) : sentence.start] \
                else last_subject
            subject_carried = False
            last_subject = None
            acted = False  # someone in this sentence was given a role (then a 他 goes on with the actor)
            mentions = self._with_post_references(text, sentence, mentions, holders_of)
            mentions = self._with_short_post_references(text, sentence, mentions, holders_of, short_holders)
            for mention in mentions:
                self._with_acting_post(text, mention)
                # 李校长, 张书记 after 校长李志明, 市委书记张国华: the person named before, by surname and post
                resolved = self._by_surname_and_post(mention.name, holders_of)
                if resolved is not None:
                    mention.name = resolved
            mentions = [m for m in mentions if m.name]
            # (both patterns need 嘉宾 or 颁奖人, _GUEST_GROUP: most sentences name neither, and the two scans of every
            # sentence cost about 2% of the extract stage)
            guests_named = guest_page and any(word in sentence.text for word in _GUEST_GROUP_WORDS)
            for named in (*_GUESTS_TAKE.finditer(text, sentence.start, sentence.end),
                          *_GUESTS_ARE.finditer(text, sentence.start, sentence.end)) if guests_named else ():
                taken = named.re is _GUESTS_TAKE
                members = [m.name for m in mentions if (m.end <= named.start() if taken else m.start >= named.end())]
                if taken:
                    # (局长甲出席并致辞，副局长乙、理事长丙等担任主礼嘉宾: only the subject of the clause that takes the
                    # label, the list read on past 以及/及; one who only gave an address is no guest, GUIDELINES §4; a clause
                    # naming nobody, 并担任主礼嘉宾, keeps the subject told before)
                    items = frozenset(
                        (opening, m.end) for m in mentions
                        if (opening := _clause_opening(text, sentence.start, m.start)) < m.start
                        and m.start - opening <= 30 and self._title_end.search(text, opening, m.start)
                        and not _ACT_IN_ITEM.search(text, opening, m.start))
                    own = _guest_clause_start(text, sentence.start, named.start(), items)
                    members = [m.name for m in mentions if own <= m.start and m.end <= named.start()] or members
                if members:
                    guest_groups[named["label"]] = (members, sentence)
            # (the acts give roles only to the members of a group named before: none named, the scans find no one)
            for group_act, role in _GUEST_GROUP_ACTS if guest_groups else ():
                for act in group_act.finditer(text, sentence.start, sentence.end):
                    members, named_in = guest_groups.get(act["label"], ((), sentence))
                    for name in members:
                        person = people.setdefault(name, _new_person(name))
                        if role not in person["roles"]:
                            person["roles"].append(role)
                        # (cited also when the role was given already, as 担任主礼嘉宾 alone gives 颁奖: the act told
                        # here is what keeps it at a ceremony whose name confers nothing, 就职典礼)
                        _cite(person, evidence_seen, doc, named_in)
                        _cite(person, evidence_seen, doc, sentence)
            # (a post alone stands for its holder only once someone is indexed as holding it)
            post = _POST_SUBJECT.match(text, sentence.start, sentence.end) if holders_of else None
            if post and (not mentions or mentions[0].start > post.end("post")) and len(holders_of.get(post["post"], ())) == 1:
                # 行政长官李家超…出席午宴。行政长官在午宴上致辞时表示…: a post alone as the subject, when
                # one person named before holds it
                mentions.insert(0, Mention(post.start("post"), post.end("post"), next(iter(holders_of[post["post"]]))))
            # (every match's look-ahead holds 颁 inside the sentence: most sentences are not scanned)
            for conferring in _POSTS_CONFER.finditer(text, sentence.start, sentence.end) \
                    if holders_of and "颁" in sentence.text else ():
                # 由理事长及乡长颁发奖牌: posts alone conferring, each held by one person named before (§4 thirtieth round)
                parts, at = [], conferring.start("posts")
                for part in _POST_JOINER.split(conferring["posts"]):
                    parts.append((at, at + len(part), part))
                    at += len(part) + 1
                if all(len(holders_of.get(part, ())) == 1 for _, _, part in parts) \
                        and not any(conferring.start("posts") <= m.start < conferring.end() for m in mentions):
                    for start, end, part in parts:
                        mentions.append(Mention(start, end, next(iter(holders_of[part]))))
                    mentions.sort(key=lambda m: m.start)
            if not mentions:
                # (nobody named: none of the readings of mentions below applies, only an unnamed post opening it)
                # (王某以“…”为题讲授党课。他说，…。他强调，…: a 他 naming nobody else is the subject of its sentence, the
                # one it stands for, for a 他 in the next: the last actor may be one who chaired before the lecturer spoke)
                last_actor, last_subject = self._after_unnamed_opener(text, sentence, mentions, holders_of, last_actor,
                                                                      antecedent if pronoun and antecedent else carried)
                # (…营业收入218.6亿元；新签合同额412亿元。他强调: a part cut at a semicolon is still the one sentence
                # naming nobody, the carry spent only at its full stop)
                subject_carried = carried is not None and last_subject == carried \
                    and not text[sentence.start : sentence.end].rstrip().endswith(("；", ";"))
                continue
            if meeting_here is None:
                meeting_here = self._meeting_act.search(text, sentence.start, sentence.end) is not None
            # (the families of readings that may read anything in the sentence naming someone, from one scan of it)
            present = self._families(sentence.text)
            floor = sentence.start
            for mention in mentions:
                mention.title, mention.recipient, mention.relayed = self.title_before(
                    text, mention.start, mention.end, floor
                )
                # (the anchored look after the name first; 为/向/给 and 16 characters are all the look before can
                # reach, its look-behinds reading the text before the search's start)
                if _CONFERRED_ON_AFTER.match(text, mention.end) and _CONFERRED_ON_BEFORE.search(
                        text, max(sentence.start, mention.start - 20), mention.start):
                    conferred_on.add(mention.name)
                if mention.relayed and self._heard_report(text, sentence, mention) \
                        and not self._future_before(text, sentence.start, mention.start):
                    mention.relayed = False  # (关于 after the name: here the report heard, no views relayed)
                if "quoted_speech" in present and _INSIDE_QUOTED_SPEECH.search(text, sentence.start, mention.start):
                    # 王明说：“李华部长接见我时说，…”: a person in another's quoted words is only reported
                    mention.relayed = True
                if not mention.relayed and remarks_of_another_time(
                        text, sentence.start, sentence.end, mention.start, mention.end, page_year,
                        [(m.start, m.end) for m in mentions if m.end <= mention.start]):
                    # 1980年5月，某某在会见外宾时说; 正如某某1995年所说; 鲁宾说，国务卿某某认为: remarks of another time or
                    # another's, relayed (GUIDELINES §4 thirty-first round)
                    mention.relayed = True
                if mention.title and text.endswith(mention.title, 0, mention.start):
                    mention.body = self._body_come_from(text, sentence.start, mention.start - len(mention.title))
                    if mention.body:
                        units_of.setdefault(mention.name, mention.body)  # (the organization, apart from the title)
                if mention.title is None:
                    # 主持人：刘某（社区党委副书记、居委会主任）: the title in brackets after the name
                    bracketed = _BRACKETED_TITLE.match(text, mention.end)
                    if bracketed and self._title_end.search(bracketed["title"]):
                        mention.title = bracketed["title"]
                if mention.title is None:
                    dept = _DEPARTMENT_AFTER_LABEL.search(text, max(floor, mention.start - 24), mention.start) \
                        if "department" in present else None
                    if dept:
                        departments.setdefault(mention.name, dept["dept"])
                    org = _ORG_BEFORE.search(text[max(floor, mention.start - 24) : mention.start])
                    mention.org = _HOST_OR_VENUE_SPLIT.split(org["org"])[-1] if org else None
                    if mention.org is not None and len(mention.org) < 2:
                        mention.org = None
                mention.after = self._title_after.match(text, mention.end)
                gloss = None if mention.after else _LATIN_GLOSS.match(text, mention.end)
                if gloss and "·" in mention.name:
                    # 大卫·帕克（David Parker）教授: the name's Latin form in brackets before the rank after it
                    mention.after = self._title_after.match(text, gloss.end())
                if mention.after and mention.after.group() == "代表":
                    mention.after = None  # 王晓明代表受表彰的先进个人发言: 代表 speaks for others, no post
                # 李旭锋教授、…张国友: 教授 is 李旭锋's
                floor = mention.after.end() if mention.after else mention.end
                if courtesy := _COURTESY_AFTER_NAME.match(text, floor):
                    floor = courtesy.end()  # 约翰·史密斯先生、…主任艾玛·布朗女士: 先生 is no part of the next title
            # 在述职环节，甲、乙…依次上台，讲述…: the programme segment names the role of the people in it
            segment = _SEGMENT.match(sentence.text) if "segment" in present else None
            among = False  # (the segment is a group's in the sentence before, one of it picked out by 其中)
            if segment is None and "among" in present and _AMONG_THEM.match(sentence.text) and "\n" not in text[sentence.start - 1 : sentence.start]:
                previous = _previous_full_stop_sentence_start(text, sentence.start)
                segment = _GROUP_IN_TURN.search(text, previous, sentence.start)
                among = segment is not None
            among_from = sentence.start  # (where the people picked out by 其中 begin)
            if segment is None and "turn" in present and (turn := _TURN_COMES.search(text, sentence.start, sentence.end)):
                # (…逐一登台述职。…。轮到甲，他直言…: the one whose turn comes in the group's sequence, the last group
                # told before, GUIDELINES §4 twenty-first round)
                for group in _GROUP_IN_TURN.finditer(text, 0, turn.start()):
                    segment = group  # (the last group told before)
                if segment is not None and _ANOTHER_EVENT_BETWEEN.search(text[segment.end() : turn.start()]):
                    segment = None
                among = segment is not None
                among_from = turn.end() if among else sentence.start
            if segment is None and mentions and _TURN_TAKEN.match(text, mentions[0].end):
                # (…28人逐一上台述职。…。儿科主任卜某最后一个上台。他直言…: one who takes a turn of the group's sequence
                # told before, like 轮到X, GUIDELINES §4 twenty-first round)
                for group in _GROUP_IN_TURN.finditer(text, 0, mentions[0].start):
                    segment = group  # (the last group told before)
                if segment is not None and _ANOTHER_EVENT_BETWEEN.search(text[segment.end() : mentions[0].start]):
                    segment = None
                among = segment is not None
            if segment is None and "among" in present \
                    and (inline := _AMONG_THEM_INLINE.search(text, sentence.start, sentence.end)):
                segment = _GROUP_IN_TURN.search(text, sentence.start, inline.start())
                if segment is not None and not text.startswith(("，", ","), segment.end()):
                    segment = None  # (the group's act must end its clause: 分别作了表态发言，其中…)
                among = segment is not None
                among_from = inline.end() if among else sentence.start
            # (会前，李明深入企业检查…，他强调…: remarks on a visit outside the meeting, no 讲话 at it)
            outside = _OUTSIDE_MEETING.match(text, sentence.start, sentence.end) if "outside" in present else None
            if outside and self._meeting_act.search(text, outside.end("lead" if outside["lead"] else "frame"), sentence.end):
                outside = None
            back = _BACK_TO_MEETING.search(text, outside.end(), sentence.end) if outside and outside["before"] else None
            outside_end = back.start() if back else sentence.end
            film = _SHOWN_FILM.search(text[sentence.start : sentence.end]) if "film" in present else None
            on_screen_from = sentence.start + film.end() if film else sentence.end
            back_from_film = _BACK_FROM_FILM.search(text, on_screen_from, sentence.end) if film else None
            on_screen_to = back_from_film.start() if back_from_film else sentence.end
            segment_role = self._trigger_role.get(segment["seg"]) if segment else None
            picked = [m for m in mentions if m.start >= among_from]  # (the people from 其中 on, read by the loop)
            toured_here: dict[str, int] = {}  # people told on a visit earlier in this sentence, where that mention ends
            for k, mention in enumerate(mentions):
                # A recipient named after the actor (向运动员李祎…颁授) does not end the actor's window, nor does
                # one whose words are relayed inside a clause (传达学习习近平总书记重要讲话精神，研究…，并作总结讲话:
                # the object of the actor's verb, no act of its own); the rest of that one's clause is masked, so
                # that the relayed speech gives the actor nothing (领学了省委书记李明在…上的重要讲话).
                relayed_objects = [m for m in mentions[k + 1 :] if m.relayed and not m.recipient and _inside_clause(text, m)]
                later = [m for m in mentions[k + 1 :] if not m.recipient and m not in relayed_objects]
                limit = later[0].start if later else sentence.end
                after_meeting = _AFTER_MEETING_INSIDE.search(text, mention.end, limit) if "after_meeting" in present else None
                if after_meeting and not self._meeting_act.search(text, after_meeting.end(), limit):
                    limit = after_meeting.start()  # 王某参加会议并在会后就…提出要求: words after the meeting (§4)
                # 孙某作交流发言。孙某介绍，…: soft remarks after the person's address go on with it
                earlier = people.get(mention.name)
                mention.roles = self.roles_after(_mask_clause_rest(text, relayed_objects, limit), mention.end, limit,
                                                 address=bool(earlier and self._addressed(earlier)),
                                                 briefing=briefing)
                if "作报告" not in mention.roles and _SUMMED_UP_YEAR.match(text, mention.end, limit):
                    # 王芳总结了学院本年度教学工作: 作年度工作总结 in verb form (§4); a directive clause after it (…，对今年工作
                    # 作出了具体安排) keeps its 讲话, as in the meeting's work report (§4 fifteenth and thirtieth rounds)
                    mention.roles.insert(0, "作报告")
                elif "讲话" not in mention.roles and _SUMMED_UP_MEETING.match(text, mention.end, limit):
                    mention.roles.append("讲话")  # 主持会议并总结了会议: the closing summary of the meeting (§4)
                if "主持" in mention.roles and _PAST_RITE_CHAIRED_BY.search(
                        text, sentence.start, mention.start - len(mention.title or "")):
                    mention.roles.remove("主持")  # 去年的…闭幕式由副县长李强主持: the chair of a past event's rite (§4)
                if "主持" not in mention.roles and later and _CO_CHAIR_GAP.fullmatch(text, mention.end, later[0].start) \
                        and _CO_CHAIR_VERB.match(text, later[0].end):
                    mention.roles.insert(0, "主持")  # …，并与邻市市长李强共同主持会议: the subject co-chairs, first
                if "作报告" not in mention.roles and self._heard_report(text, sentence, mention):
                    mention.roles.insert(0, "作报告")  # 会议听取了副市长李某关于…的报告: the report is his own
                if not mention.roles and _EXPLAINS.match(text, mention.end) \
                        and _LECTURE_HELD.search(text, sentence.start, sentence.end):
                    mention.roles = ["作报告"]  # 讲座…由院长黄国华讲解…要点: the lecture's speaker (GUIDELINES §4)
                if "作报告" in mention.roles and earlier and "讲党课" in earlier["roles"] \
                        and _TEACHING_AGAIN.search(text, mention.end, limit) \
                        and not _REPORT_WORD.search(text, mention.end, limit) \
                        and not _ANOTHER_LECTURE.search(text, mention.end, limit):
                    mention.roles.remove("作报告")  # 甲讲授了…专题党课。甲从…方面进行授课: that party lecture again (§4)
                if not mention.roles and len(mentions) == 1 and (byline := self._byline_role(text, mention)):
                    mention.roles = [byline]  # 在…大会上的讲话 / 市委书记 陈建国: the speech text's speaker
                    lead = text[text.rfind("\n", 0, mention.start) + 1 : mention.start].strip()
                    if _BYLINE_POSTS_SET_OFF.search(lead):
                        # 县委书记，县长，县委党校校长 赵强: the whole line before the name, as written (not its last
                        # groups); 市委书记 市人大常委会主任 张立群: one chain, the spaces written as 、
                        mention.title = re.sub(r"[ \u3000]+", "、", lead)
                    mention.roles += [r for r in self._speaker_acts(text, mention.end) if r != byline]
                    if "颁奖" in mention.roles:
                        conferred_in_speech.add(mention.name)
                if "主持" in mention.roles and _BODY_LED_BY.search(
                        text, sentence.start, mention.start - len(mention.title or "")):
                    # 将成立…“伙伴关系委员会”，由副国务卿某某主持: a body led, no meeting chaired (GUIDELINES §4 thirtieth
                    # round: 在某某主持下的 + a body; thirty-second round)
                    mention.roles.remove("主持")
                if _ACT_STILL_AHEAD.match(text, mention.after.end() if mention.after else mention.end) \
                        or "call_ahead" in present and _CALL_STILL_AHEAD_BEFORE.search(text, sentence.start, mention.start):
                    # 等一会儿，卞某书记还要作重要讲话, 还将请县长王某作重要讲话: an address still to come, none given (§4)
                    mention.roles = []
                instruction = _OWN_INSTRUCTION.match(text, mention.end)
                if instruction:
                    mention.roles = []  # 周某作出批示。周某在批示中指出: a written instruction, no address
                    if "批示" in instruction.group():
                        instructed.add(mention.name)  # (作出指示 may be oral: what follows may be said there)
                if _LED_OATH_FRAME.match(text, mention.end):
                    mention.roles = ["宣读"]  # 在党委书记王建的带领下，新党员庄严宣誓: the one leading the oath
                elif text.startswith("的", mention.end) and not _OBJECT_OWN.match(text, mention.end) \
                        and not self._trigger_re.match(text, mention.end + 1):
                    # 方鸣的搭档、…主持刘某说: the name qualifies someone else's noun (not 在某某的主持下)
                    mention.roles = []
                if "followed" in present and _FOLLOWED_BEFORE.search(text, sentence.start, mention.start) \
                        and _REMARKS_AS_ATTRIBUTE.match(text, mention.end):
                    # 要深刻领会程立书记提出的“三个坚持”要求, 落实市长王明强调的各项任务: the remarks qualify what is
                    # followed, told as made earlier (a source of relayed words, §4), no act of this meeting
                    mention.roles = []
                framed = _IN_ADDRESS.match(text, mention.end)
                if (framed or _REMARKS_RIGHT_AFTER.match(text, mention.end)) and mention.name in relayed_names \
                        and mention.name not in people:
                    # 传达了…毛立新在…会议上的讲话。毛立新在讲话中指出 / 毛立新强调: the relayed address, quoted on
                    mention.relayed = True
                wider = _AT_WIDER_MEETING.match(text, mention.end)
                if wider and re.search(_WIDER_MEETING_RELAYED.format(lv=wider["lv"]), text[: sentence.start]):
                    # 传达了全市…会议精神。某某在全市会议上强调: the relayed meeting's words (§4 thirty-second round)
                    mention.relayed = True
                    mention.roles = []
                # 汪县长在讲话中充分肯定了成绩: the address is implied by its frame (GUIDELINES §4); (…新春团拜会…。某某在新春
                # 贺词中希望…: the year's greeting is a frame too, on a page naming a New Year gathering, the greeting
                # given there, 致辞 also where the roles' message reading took the trigger away, 在新年致辞中; where both
                # frames read, 在致辞中, they give the same role)
                frame_role = _FRAME_ROLE[framed["w"]] if framed else None
                if framed is None and new_year_page and _IN_YEARS_GREETING.match(text, mention.end) \
                        and not _GREETING_ELSEWHERE.match(text, sentence.start):
                    frame_role = "致辞"
                if frame_role is not None and frame_role not in mention.roles:
                    mention.roles.insert(0, frame_role)
                soft = _SOFT_AFTER_NAME.match(text, mention.end)
                # (“这份荣誉属于全体村民。”获奖者、某村党支部书记苏建华说: an honoured person's words to the press)
                # (not 受表彰代表…表示: a representative speaking at the ceremony)
                label_window = text[max(sentence.start, mention.start - 30) : mention.start]
                # (the readings below only take speech roles away, or give 致辞 to remarks that only thank: a mention
                # with no role, most of them, is read on only where its words are thanks, _only_thanks)
                if mention.roles or self._only_thanks(text, mention, soft):
                    manner = _MANNER_SOFT_AFTER_NAME.match(text, mention.end)
                    # (获得绩优志工的陈玉兰今年82岁，她开心地说: the soft words after a pronoun going on with the name, the
                    # honoured person's same reaction, §4 recipients whose reactions are quoted)
                    pronoun = None if soft or manner else _PRONOUN_CLAUSE_AFTER_NAME.match(text, mention.end, sentence.end)
                    later = pronoun and (_SOFT_AFTER_NAME.match(text, pronoun.end() + 1)
                                         or _MANNER_SOFT_AFTER_NAME.match(text, pronoun.end() + 1))
                    # (获得“劳动模范”称号的赵红梅感慨地说: a manner adverb before the soft verb, the same reaction)
                    honoured_says = (soft or manner or later) and "honoured" in present and (
                        _HONOURED_LABEL.search(label_window) or _HONOURED_BEFORE.search(label_window)
                        or _GRANTED_BEFORE.search(label_window)) \
                        and not _HONOUREES_SPOKESMAN.search(label_window) \
                        or self._honour_receiver_reacts(text, sentence, mention, label_window, soft or manner, conferred_on) \
                        or bool((soft or manner) and _RECEIVED_BEFORE.search(label_window)) \
                        or bool(_RECEIVED_AFTER_NAME.match(text, mention.end)) \
                        or bool(soft and not _HONOUREES_SPOKESMAN.search(label_window)
                                and not _SPOKE_AT_MEETING_BEFORE.search(text, sentence.start, mention.start)
                                and _listed_winner(text, mention.name, sentence.start)
                                and not _directs(text, soft.end(), sentence.end)) \
                        or bool((soft or later) and (won := _HONOUR_WON_BEFORE.search(label_window)) and won["led"] is None
                                and not _HONOUREES_SPOKESMAN.search(label_window)
                                and not _SPOKE_AT_MEETING_BEFORE.search(text, sentence.start, mention.start)) \
                        or bool((soft or manner)
                                and (self._paid_group_representative(text, label_window, sentence.start)
                                     or (_AIDED_REPRESENTATIVE_END.search(label_window) is not None
                                         and _AID_HANDED.search(text, 0, sentence.start) is not None))
                                and not _representative_at_own_meeting(text, label_window, sentence.start, mention.start)) \
                        or bool(manner
                                and (lay := _LAYPERSON_BEFORE.search(label_window))
                                and not _SPOKE_AT_MEETING_BEFORE.search(text, sentence.start, mention.start)
                                and not any(g["group"] == lay.group() for g in _GROUP_SYMPOSIUM.finditer(
                                    text, text.rfind("\n", 0, mention.start) + 1, mention.start))) \
                        or bool(soft and not manner and _LAYPERSON_BEFORE.search(label_window)
                                and not _SPOKE_AT_MEETING_BEFORE.search(text, sentence.start, mention.start)
                                and not _TALK_TOLD.search(text, 0, mention.start))
                    # (谈到获奖，韦某表示…: the frame of one's own win before the name, no 会上/上台 in the sentence)
                    own_win = bool(soft and "own_win" in present and _OWN_WIN_FRAME.search(text, sentence.start, mention.start)
                                   and not _WINNER_SPEAKS_HERE.search(text, sentence.start, soft.end()))
                    if _not_speaking_here(text, sentence, mention) or (soft and _HONOUR_REACTION.match(text, soft.end())) or own_win \
                            or honoured_says or (soft and _HEARD_REACTION.match(text, soft.end())) \
                            or (soft and _talks_looked_back(text, sentence.start, mention.start, soft.end())) \
                            or (soft and ((_EVENT_REACTION.match(text, soft.end()) and not _remark_at_talk(text, soft.end(), mention.start))
                                          or _PARTICIPANT_BEFORE.search(label_window))):
                        mention.roles = [r for r in mention.roles if r not in _SPEECH_ROLES]
                    elif self._only_thanks(text, mention, soft) and not _HONOURED_LABEL.search(label_window) \
                            and not _HONOURED_BEFORE.search(label_window):
                        mention.roles = ["致辞"]  # 姚某表示，感谢志工们…付出。, 姚某也感谢…: remarks that only thank (§4)
                if mention.roles == ["讲话"] and _TELLS_AFTER.match(text, mention.end) and (rep := _REPRESENTATIVE_BEFORE.search(
                        text, max(sentence.start, mention.start - 40), mention.start)) and not _SEAT_END.search(rep["label"]):
                    mention.roles = ["发言"]  # “最美家庭”代表刘某讲述了…故事: a representative's address (§4 代表发言)
                if mention.roles == ["讲话"] and _RECALLS_AFTER.match(text, mention.end) \
                        and not _recalls_at_own_meeting(text, label_window, mention.start):
                    mention.roles = []  # 老党员代表李某回忆了…, at a meeting not named for the group: a memory told, no address
                # (…谈起自己的创业历程，深有感触地说: soft words inside the turn belong to it, as inside an address, §4)
                # (the anchored look first: it fails at most names, before the scan of the remarks' triggers)
                if _EXPERIENCE_TOLD_AFTER.match(text, mention.end) \
                        and (not mention.roles or mention.roles == ["讲话"] and self._soft_remarks_only(text, mention.end, limit)) \
                        and _SHARING_MEETING.search(text, 0, mention.start):
                    mention.roles = ["发言"]  # 座谈会上，脱贫户代表李某谈了…的体会: 谈体会 at a 座谈会 (§4 twenty-third round)
                if on_screen_from <= mention.start < on_screen_to:
                    mention.roles = []  # 片中，…刘某在忏悔时说: words on a film shown, no act at the meeting
                if mention.roles and _LED_GROUP_AFTER.match(text, mention.end):
                    mention.roles = []  # 科学家王林等人领导的研究小组…说: the group speaks, its leader only named (§4)
                if (outside and mention.start < outside_end) or self._in_activity(text, mention.end):
                    # (会前，…检查…; 王强在植树时说: remarks on a visit or an activity, no address at a meeting)
                    mention.roles = [r for r in mention.roles if r != "讲话"]
                tours = self._tours(text, mention)
                if tours:
                    toured_here.setdefault(mention.name, mention.end)
                # (李明走访慰问了…贫困户，坐在…家的炕上，李明说: the visitor named again later in the sentence telling the
                # visit, no meeting told between, speaks on the visit, GUIDELINES §4 thirty-seventh round)
                again = mention.name in toured_here and toured_here[mention.name] < mention.start \
                    and self._meeting_act.search(text, toured_here[mention.name], mention.start) is None
                if not meeting_here and (on_tour is not None or tours or again):
                    # 省长雷振东来到某某港视察。雷振东指出，…。随后，雷振东主持召开座谈会: the remarks are the tour's;
                    # so are those of the hosts who show the visitors round (董事长许某介绍，…), no meeting told yet
                    # (§4 twelfth review round: remarks during an inspection give no role)
                    mention.roles = [r for r in mention.roles if r != "讲话"]
                if "role_label" in present and _ROLE_LABEL_BEFORE.search(text, max(sentence.start, mention.start - 40), mention.start):
                    mention.labelled = not mention.roles
                    mention.roles = ["主持", *(r for r in mention.roles if r != "主持")]
                elif "lecturer_label" in present \
                        and _LECTURER_LABEL_BEFORE.search(text, max(sentence.start, mention.start - 40), mention.start):
                    mention.roles = ["作报告", *(r for r in mention.roles if r != "作报告")]
                elif mention.roles and (frame := _ADDRESS_FRAME_OPENING.match(text, sentence.start)) is not None \
                        and frame.end() <= mention.start <= frame.end() + 40 \
                        and not any(p.start < mention.start for p in mentions if p is not mention and p.start >= frame.end()):
                    # 在致辞中，校长周某说…: the address framed before the name is that person's; soft remarks go on with it
                    # (GUIDELINES §4 thirtieth review round); 指出/强调/要求 still add 讲话
                    kind = "发言" if frame["kind"] == "发言" else "致辞"
                    roles = self.roles_after(text, mention.end, limit, address=True, briefing=briefing)
                    mention.roles = [kind, *(r for r in roles if r != kind)]
                listed = _LISTED_AFTER_ROLE.search(text, sentence.start, mention.start) if "listed" in present else None
                if listed is None and text[sentence.start - 1 : sentence.start] in ("；", ";"):
                    # (颁奖嘉宾：甲；乙；丙: the label's list goes on over the semicolons that end sentences here)
                    line_start = text.rfind("\n", 0, sentence.start) + 1
                    listed = _LISTED_AFTER_ROLE.search(text, max(line_start, mention.start - 120), mention.start)
                    listed = listed if listed and listed["role2"] else None
                listed_role = listed and (listed["role"] or listed["role2"] or listed["role3"])
                if listed_role and not (mention.recipient or mention.relayed) and listed_role not in mention.roles:
                    # 在大会上发言的还有…甲、…乙等: the role written before the list of names
                    mention.roles = [listed_role, *mention.roles]
                # (其中，某村书记李某的述职得到县委书记王某的肯定: only the first one named is the one picked out, and
                # not one told after another's act)
                if segment_role and not (mention.recipient or mention.relayed) and mention.start >= among_from \
                        and not (among and ((mention is not picked[0]
                                             and not _listed_with_first(text, picked[: picked.index(mention) + 1]))
                                            or _ANOTHERS_ACT_BEFORE.search(text, sentence.start, mention.start))):
                    # (soft remarks, 讲述…, belong to the segment's address; …述职环节，…，县委书记王某进行点评:
                    # one with a role of his own is not in the segment)
                    roles = self.roles_after(text, mention.end, limit, address=True, briefing=briefing)
                    if not set(roles) - {segment_role}:
                        mention.roles = [segment_role]
            if segment is None and mentions and "\n" not in text[sentence.start - 1 : sentence.start] \
                    and text[sentence.start - 1 : sentence.start] in ("。", "；", ";"):
                # (两个党组织书记作了交流发言。甲介绍了…，乙分享了…: the unnamed group's speakers, named in the next
                # sentence, GUIDELINES §4 twenty-first round; the group's act closes its sentence, no one named in it)
                # (…逐一进行述职。甲介绍了…；乙汇报了…: a part after 。…； goes on naming the group's speakers when the
                # part before it named only such speakers)
                opening = sentence.start
                if text[opening - 1] != "。":
                    opening = _previous_full_stop_sentence_start(text, sentence.start)
                    if text[opening - 1 : opening] != "。" or not named_before or any(
                            len(p.roles) != 1 or p.start < opening for p in named_before):
                        opening = -1
                previous = _previous_full_stop_sentence_start(text, opening) if opening > 0 else 0
                group = _GROUP_IN_TURN.search(text, previous, opening) if opening > 0 else None
                if group is not None and group.end() == opening - 1 \
                        and not any(previous <= p.start < opening for p in named_before) \
                        and all(p.roles == [self._trigger_role.get(group["seg"])] for p in named_before if p.start >= opening):
                    role = self._trigger_role.get(group["seg"])
                    # (县委书记王某 at the 县委's meeting leads it, no one of the group; more named than the group counts
                    # are not its speakers: GUIDELINES §4 twenty-first round, second part)
                    shared = [m for m in mentions if role and (told := _SHARED_AFTER_NAME.match(text, m.end))
                              and (role == "述职" or not told["reported"])
                              and set(m.roles) <= {"讲话", role, *(("作报告",) if told["reported"] else ())}
                              and not leads_the_holder(text, m.title, previous)]
                    counted = _GROUP_COUNT.match(group.group())
                    size = parse_number(counted["n"]) if counted else None
                    for mention in shared if size is None or len(shared) <= size else []:
                        mention.roles = [role]
            named_before = mentions
            self._objects_of_subjects(text, sentence, mentions, briefing)
            # Names joined by 、/和 (titles between them allowed) share the last one's roles.
            group_end = len(mentions)  # (the group the last name closes, for roles paired by 分别)
            for k in range(len(mentions) - 2, -1, -1):
                gap = text[mentions[k].end : mentions[k + 1].start]
                bracketed = _BRACKETED_TITLE.match(gap)
                if bracketed:
                    gap = gap[bracketed.end() :]  # 王磊（县发改局局长）、李娜（…）作交流发言: the first one's title
                if mentions[k + 1].title:
                    # (…黄大山，县人大代表、非遗传承人罗玉兰: a descriptor dropped from the next title still stands before it)
                    if (described := _DESCRIPTOR_LINK.search(gap)) and described.end() == len(gap) \
                            and gap.endswith(mentions[k + 1].title, 0, described.start()):
                        gap = gap[: described.start()]
                    gap = gap[: len(gap) - len(mentions[k + 1].title)]
                    # (甲，优秀团员、工程师乙: an honour dropped from the next title still stands before it)
                    while (dropped := _DROPPED_PART_END.search(gap)) and (
                            _HONOUR_PART.match(dropped[1]) or _GUEST_LABEL_RE.fullmatch(dropped[1])):
                        gap = gap[: dropped.start()]
                # (…主任李明博士，…总裁王建一作主旨演讲: a rank or courtesy title after the name, then the comma)
                after = self._title_after.match(gap) or _RANK_BEFORE_NEXT.match(gap)  # 杨卉明副主任、黄劲松副主席…为…颁奖
                if after:
                    gap = gap[after.end() :]
                elif courtesy := _COURTESY_AFTER_NAME.match(gap):
                    gap = gap[courtesy.end() :]  # 约翰·史密斯先生、…主任艾玛·布朗女士
                if mentions[k + 1].body and gap.endswith(mentions[k + 1].body + "的"):
                    gap = gap[: len(gap) - len(mentions[k + 1].body) - 1]  # 来自甲大学的教师王某、乙学院的副教授李某
                if mentions[k + 1].org and gap.endswith(mentions[k + 1].org):
                    gap = gap[: len(gap) - len(mentions[k + 1].org)]  # 华东师范大学刘敏教授、中山大学薛德升教授
                # 省委副书记甲，省委常委、组织部部长乙为…颁奖: a comma between title-led names joins them too
                # (新四军老同志代表甲，军事科学院院长乙…在大会上发言: a representative label leads a name too)
                label = _LABEL_BEFORE.search(gap)
                if label and not mentions[k + 1].title:
                    gap = gap[: label.start()]  # 县长李强，职工代表张明
                elif (mentions[k + 1].title or mentions[k + 1].org) and (label := _LABEL_BEFORE.search(gap[:-1])) \
                        and gap.endswith("、"):
                    # 主席邵燕，女企业家代表、…董事长林海燕: the label dropped from the title; 局长甲和先进个人代表、
                    # …税务局征管科乙: from the organization written before a name with no title word
                    gap = gap[: label.start()]
                # (委员甲、乙，副主委丙等…发言: 乙 is under the title written before 甲)
                comma = gap.strip() in ("，", ",") and all(
                    m.title or m.after or _LABEL_BEFORE.search(text, max(sentence.start, m.start - 14), m.start)
                    or _under_listed_title(text, mentions, j)
                    for j, m in enumerate(mentions[k : k + 2], start=k)
                )
                # (市第七中学教师王燕、农民工刘小东分享了…: in a list of titled people, a descriptor the lexicon does not
                # know as a title still opens the next item)
                joined = _GROUP_JOIN.match(gap) or (not mentions[k + 1].title and (
                    _DESCRIBED_JOIN.match(gap)
                    or (mentions[k].title and _UNKNOWN_POST_ITEM.fullmatch(gap) and not _VERB_IN_GAP.search(gap))))
                if (joined or comma) and not mentions[k].roles:
                    mentions[k].roles = list(mentions[k + 1].roles)
                    mentions[k].recipient = mentions[k].recipient or mentions[k + 1].recipient
                    self._pair_respectively(text, mentions[k : group_end])
                elif mentions[k].labelled and gap.strip() == "、":
                    # 主持人李娜、赵鹏宣布典礼开始: the label's role, then what the list does together
                    mentions[k].roles = list(dict.fromkeys([*mentions[k].roles, *mentions[k + 1].roles]))
                else:
                    group_end = k + 1
            for k in range(len(mentions) - 1):
                # 甲宣读表彰决定，并与县长乙（一起）为获奖代表颁奖: after an act of his own the subject does the next
                # one together with the person named after 与/同, so that person's roles are his too
                first, partner = mentions[k], mentions[k + 1]
                gap_end = partner.start - len(partner.title or "")
                # (李家超出席结业会操，并联同局长邓炳强为优秀学员颁发奖项: after attending, only a conferral is
                # done together; a partner's speech is the partner's own)
                shared_roles = partner.roles if first.roles else [r for r in partner.roles if r in _JOINT_ROLES]
                if shared_roles and not (first.recipient or first.relayed or partner.recipient) \
                        and _WITH_PARTNER.search(text, first.end, gap_end) is not None:
                    first.roles += [r for r in shared_roles if r not in first.roles]
            for k, mention in enumerate(mentions):
                following = mentions[k + 1].start if k + 1 < len(mentions) else sentence.end
                # 甲、乙…参加开幕式并先后致辞 / …等12位专家，分别作了…报告
                if mention.roles and "shared" in present and _SHARED_ROLE.search(text, mention.end, min(following, mention.end + 40)):
                    for earlier in mentions[:k]:
                        # (市委书记黄某出席座谈会，企业家代表甲、乙先后发言: the one who attends or listens
                        # in a clause of his own is not in the list; 区委书记甲通报了…情况，乙、丙先后发言: nor is one
                        # who does anything else there)
                        if not earlier.roles and not earlier.recipient and not _OWN_CLAUSE_VERB.search(
                                text, earlier.end, mention.start) and not self._acts_in_own_clause(text, earlier, mention.start):
                            earlier.roles = list(mention.roles)
            for mention in mentions:
                if _KIN_OF.match(text, mention.end):
                    # (吴某的亲属代表吴小华、张某的夫人李某先后发言: the one whose relative speaks is only named)
                    mention.roles = []
            planned_at = _planned_from(text, sentences, number)
            for mention in mentions:
                # 县委定于4月8日召开县委全会。全会由县委书记…主持; 三、主持人：…: a plan, nobody acting (GUIDELINES §3)
                mention.planned = (planned_at is not None and mention.start >= planned_at) or _on_agenda_line(text, mention.start)
            shared = None  # the title over a 、-list of names (党史党建专家甲、乙)
            lists: list[tuple[list[str], list[Mention]]] = []  # units counted before a shared post, and the names
            for k, mention in enumerate(mentions):
                joint = text[(mentions[k - 1].after.end() if mentions[k - 1].after else mentions[k - 1].end)
                             : mention.start] if k else ""
                if mention.title:
                    shared, units = _split_collective(mention.title)
                    lists.append((units, [mention]))
                elif shared and k and not mention.org and (
                    joint == "、"
                    # (副局长李明和王芳分别作交流发言: the last name joined by 和/及/与, then the list's 分别 at once; also
                    # after other titled items, 县委副书记王强、副县长李明和王芳分别讲话, GUIDELINES §4 eleventh round)
                    or joint in _LAST_ITEM_JOINTS and not mention.after
                    and text.startswith("分别", mention.end)
                ):
                    shared_titles.setdefault(mention.name, shared)
                    lists[-1][1].append(mention)
                else:
                    shared = None
            # 大会执行主席甲、乙 … 县政协主席甲: the post over the list is the head's own title only when no other is
            # written for the head either (GUIDELINES §4)
            list_heads = {id(listed[0]) for _, listed in lists if len(listed) > 1} | {
                id(m) for m in mentions if m.title and self._untitled_name_follows(text, m.after.end() if m.after else m.end)}
            for units, listed in lists:
                if len(units) > 1 and len(units) == len(listed):
                    # 县发改局、城关镇、县工业园区等3个单位主要负责人王磊、李娜、赵勇: one unit each, respectively (§4)
                    for unit, mention in zip(units, listed, strict=True):
                        units_of.setdefault(mention.name, unit)
            led_by: str | None = None  # the subject of a 联同 clause, whose act the companions only share
            for k, mention in enumerate(mentions):
                after = mention.after
                if after and after.group() in _RANKS:
                    ranks.setdefault(mention.name, after.group())
                if mention.title:
                    title = _split_collective(mention.title)[0]
                    self._index_posts(holders_of, mention.name, title, short_holders)
                    if after and after.group() in _RANKS:
                        # (…院长麦某仪教授致辞。麦教授其后颁发…: the rank after the name is one the holder is called by
                        # after the surname too, as a post before it is)
                        self._index_posts(holders_of, mention.name, after.group(), short_holders)
                    if id(mention) in list_heads:
                        shared_titles.setdefault(mention.name, title)
                        if len(title) > len(head_titles.get(mention.name, "")):
                            head_titles[mention.name] = title
                    # the fullest chain among the mentions (corpus/GUIDELINES.md §4)
                    elif len(title) > len(titles.get(mention.name, "")):
                        titles[mention.name] = title
                else:
                    if after:
                        self._index_posts(holders_of, mention.name, after.group(), short_holders)
                        titles_after.setdefault(mention.name, after.group())
                        # (the fullest chain among the mentions, §4: 清华大学 in a headline, 清华大学机械工程系 in the body)
                        if mention.org and (mention.name not in organizations or (
                                len(mention.org) > len(organizations[mention.name])
                                and mention.org.startswith(organizations[mention.name]))):
                            organizations[mention.name] = mention.org
                if _PARTNER_BEFORE.search(text, max(0, mention.start - len(mention.title or "") - 3),
                                          mention.start - len(mention.title or "")) and not ("shared" in present and _SHARED_ROLE.search(
                        text, mention.end, min(sentence.end, mention.end + 12))):  # (他与李明先后讲话: both)
                    continue  # 他同克林顿总统在首脑会晤中…指出: the partner of the one who speaks
                if _TALKS_PARTNER_AFTER.match(text, mention.end) and _TALKS_PARTNER_BEFORE.search(
                        text, max(sentence.start, mention.start - 24), mention.start):
                    continue  # 克林顿总统在与江泽民主席会谈时，重申…: the other party of the subject's talks
                if _MET_PARTNER_AFTER.match(text, mention.end) and _MET_PARTNER_BEFORE.search(
                        text, max(sentence.start, mention.start - 36), mention.start):
                    continue  # 首相在会见中联部副部长某某时重申…: the one met (GUIDELINES §4 thirty-first round)
                if mention.relayed and not mention.recipient:
                    relayed_names.add(mention.name)
                    # (会议传达了王某在…上的讲话精神。他提出，…: a 他 after relayed remarks is the one relayed)
                    last_actor = last_subject = None
                elif _PRESENT_AFTER.match(text, mention.end):
                    relayed_names.discard(mention.name)  # (…传达了王强在…上的讲话。王强出席会议: here in person)
                if mention.relayed or mention.recipient or mention.planned or _REPORTER_AFTER.match(text, mention.end) or (
                    (mention.title or "").endswith("记者") and not (
                        mention.roles and not _ASKING.match(text, mention.end)
                        and (_PRESS_RANK.search(mention.title) or (not _BYLINE_JOURNALIST.search(mention.title)
                                                                   and _JOURNALIST_ACT_AFTER.match(text, mention.end))))
                ):
                    # (本报讯记者李某、王某报道：the reporters of a dateline; but 高级记者李明作了发言 and 江城日报记者周婷
                    # 作交流发言 take part)
                    continue
                person = people.get(mention.name)
                if person is not None and not mention.roles and _SOFT_AFTER_NAME.match(text, mention.end):
                    last_actor = mention.name  # 叶某表示，… (her address going on): 她说… is hers too
                head_end = mention.start - len(mention.title or "")
                if mention.title is None and (lay := _PERSON_NOUN_END.search(text, sentence.start, head_end)):
                    head_end = lay.start()  # (村民杨某第一个开口。她反映…: a lay label before the subject)
                if k == 0 and not mention.roles and not _HONOURED_AFTER.match(text, mention.end) and \
                        _SUBJECT_START.fullmatch(text, sentence.start, head_end):
                    last_subject = mention.name  # (the sentence's subject, for a 他/她 in the next one)
                if person is None and not mention.roles:
                    continue
                if person is None:
                    person = people[mention.name] = _new_person(mention.name)
                if k == 0 and _COMPANIONS_AFTER.match(text, mention.end):
                    led_by = mention.name
                if mention.roles:
                    last_actor = led_by or mention.name
                    acted = True
                    if mention.roles == ["讲话"] and _SOFT_AFTER_NAME.match(text, mention.end) and _QUOTE_CLOSED_BEFORE.search(
                            text, max(0, mention.start - len(mention.title or "") - 1), mention.start - len(mention.title or "")):
                        quoted.add(mention.name)  # “我们村小学只有30多个学生。”李桂兰说。
                    elif "讲话" in mention.roles:
                        # (soft remarks alone, before any address of the person's: see softly; not 作工作报告后表示,
                        # remarks after an act at the meeting, GUIDELINES §4)
                        stop = mentions[k + 1].start if k + 1 < len(mentions) else sentence.end
                        told_first = mention.roles == ["讲话"] and not _ADDRESS_ROLES.intersection(person["roles"])
                        if told_first and self._soft_remarks_only(text, mention.end, stop):
                            softly.setdefault(mention.name, number)
                        else:
                            spoke.add(mention.name)
                    for role in mention.roles:
                        if role not in person["roles"]:
                            person["roles"].append(role)
                    _cite(person, evidence_seen, doc, sentence)
            if acted:
                last_subject = None  # 张三出席会议，市长李四…作报告。他指出: the actor, not the attending subject
            if not meeting_here:
                for mention in mentions:
                    if self._tours(text, mention):
                        on_tour = mention.name  # 省长雷振东来到某某港视察。: remarks told next are the tour's
            last_actor, last_subject = self._after_unnamed_opener(text, sentence, mentions, holders_of, last_actor,
                                                                  last_subject)
            given = _REPORT_GIVEN_THEN_DEPLOYS.search(text, sentence.start, sentence.end) if "report" in present else None
            before = [m for m in mentions if m.end <= given.start()] if given else []
            if before and before[-1].name in people and "作报告" in people[before[-1].name]["roles"] \
                    and "讲话" not in people[before[-1].name]["roles"]:
                # 某某作工作报告，总结2023年工作，部署2024年重点任务: the report's deployment clause, 讲话 (§4)
                people[before[-1].name]["roles"].append("讲话")
                spoke.add(before[-1].name)
                _cite(people[before[-1].name], evidence_seen, doc, sentence)
            for name in softly.keys() - addressed_at.keys():
                if name in people and _ADDRESS_ROLES.intersection(people[name]["roles"]):
                    addressed_at[name] = number
        for name in quoted - spoke:
            # “…”李桂兰说。她在…全体会议上发言时表示…: words quoted beside the person's address are that address's
            # or the press's, no speech of their own (GUIDELINES §4)
            roles = people[name]["roles"] if name in people else []
            if "讲话" in roles and set(roles) - {"讲话"} and set(roles) - {"讲话"} <= _ADDRESS_ROLES:
                roles.remove("讲话")
        for name in softly.keys() - spoke - quoted:
            # 校长陈某为毕业生拨穗，勉励毕业生…。陈某致辞时表示…: soft remarks told before the person's address is
            # named belong to it, as those told after it do (GUIDELINES §4: 致辞时表示 is 致辞 only); a 致辞 read only
            # from words of courtesy (表示热烈欢迎) is no address named, and gives way to the speech instead.
            # (县长王强表示…。当天下午，王强出席运动会开幕式并致辞: an address named more than a sentence later, or in a
            # sentence telling another event attended or held, is another occasion's, and the remarks stay 讲话)
            if name in addressed_at and self._address_elsewhere(sentences, softly[name], addressed_at[name]):
                continue
            person = people.get(name)
            rest = set(person["roles"]) - {"讲话"} if person else set()
            if person and "讲话" in person["roles"] and rest and rest <= _ADDRESS_ROLES \
                    and ("致辞" not in rest or self._named_address(person)):
                person["roles"].remove("讲话")
        # (people whose 讲话 comes from soft remarks only, 阿不来提说 after 阿不来提·阿不都热西提's 祝词: a short form of a name
        # is the person for the remarks inside an address too, GUIDELINES §4 thirty-second round)
        soft_only = {n for n, p in people.items() if p["roles"] == ["讲话"] and p["evidence"] and all(
            (at := ev["text"].find(n)) >= 0 and self._soft_remarks_only(ev["text"], at + len(n), len(ev["text"]))
            for ev in p["evidence"])}
        soft_only |= {n for n, p in people.items() if "讲话" not in p["roles"] and _ADDRESS_ROLES.intersection(p["roles"])
                      and (_ADDRESS_ROLES.intersection(p["roles"]) - {"致辞"} or self._named_address(p))}
        self._unglue_verbs(people, known)
        self._merge_short_foreign_names(people, known, text, soft_only)
        # (the model's person names too: a Japanese full name of five characters is known to it only, 桥本龙太郎-like)
        self._merge_family_names(people, self.lex.east_asian_surnames, soft_only, known | {e.text for e in index[1]})
        for name, person in people.items():
            if not (person["title"] or titles.get(name)) and name in titles_after and not (
                    titles_after[name] in _RANKS and name in shared_titles):
                # (中国地理学会副理事长甲教授、乙教授 … 华东师范大学乙教授: the post shared over the list, then
                # the rank, rather than the rank alone)
                # 市商务局曹斌局长: title 局长, organization 市商务局 (the guidelines' separate organization)
                person["title"], person["organization"] = titles_after[name], organizations.get(name)
            # a title shared over a list only when none is written for the person anywhere
            person["title"] = person["title"] or titles.get(name) or shared_titles.get(name)
            # (院党组成员、副院长甲、乙…。副院长甲指出: the chain over the list is written right before its head and only
            # lengthens the head's own post, so it is the fullest chain among the head's mentions, §4; a different post
            # elsewhere, 大会执行主席甲、乙 … 县政协主席甲, stays the head's own)
            head = head_titles.get(name)
            if person["title"] and head and len(head) > len(person["title"]) and head.endswith("、" + person["title"]):
                person["title"] = head
            if person["title"]:
                # (有线新闻网著名评论员: an epithet, no post; 该公司主席: a determiner, its body the organization when named just before)
                determiner = _DETERMINER_HEAD.match(person["title"])
                if determiner and not person["organization"]:
                    person["organization"] = self._determined_body(text, determiner.group(), person["title"])
                person["title"] = _ONE_OF_HEAD.sub("", _DETERMINER_HEAD.sub("", _EPITHET_INSIDE.sub("", person["title"])))
                person["title"] = _after_unmatched_close(person["title"]) or None
            if not person["title"] and not person["organization"] and name in departments:
                # 毕业生代表、电机工程系林子涵: the department is the organization, the title null (seventeenth round)
                person["organization"] = departments[name]
            unit = units_of.get(name)
            if person["title"] and unit and not person["organization"] and unit not in person["title"]:
                person["organization"] = unit
            rank = ranks.get(name)
            if person["title"] and rank and rank not in person["title"]:
                person["title"] += "、" + rank
        for name in [n for n, p in people.items() if not press_conference and self._spokesperson_statement(p)]:
            del people[name]
        for person in people.values():
            if press_conference and "作报告" in person["roles"] and not any(
                    _LECTURE_WORD.search(ev["text"]) for ev in person["evidence"]) and any(
                    (explained := _LECTURE_VERB.search(ev["text"])) and explained.group().endswith(("解读", "讲解"))
                    for ev in person["evidence"]):
                person["roles"].remove("作报告")  # 在新闻发布会上…就稳经济政策作政策解读: a briefing (_LECTURE_WORD)
        for person in people.values():
            if (person["title"] or "").endswith("讲解员") and "作报告" in person["roles"] and not any(
                    _LECTURE_HELD.search(ev["text"]) for ev in person["evidence"]):
                person["roles"].remove("作报告")  # 讲解员李红为大家讲解了展馆历史: a guide's talk on a visit, no lecture
        for name in [n for n in instructed if n in people and self.remarks_only(people[n])]:
            # 姜某在…报告上作了重要批示。他说，…。姜某强调，…: the instruction's words quoted, no address (§4)
            del people[name]
        for person in people.values():
            if "颁奖" in person["roles"] and person["name"] not in conferred_in_speech and not any(_CONFERRING.search(
                    text, start_after(text, max(0, _end_before_space(text, ev["clean_start"]) - 1), "。！？\n"),
                    ev["clean_end"]) for ev in person["evidence"]):
                # 由局长某某主礼(剪彩): officiating at an inauguration confers nothing (主礼 is 颁奖 only
                # when awards are conferred, GUIDELINES §4); the sentence before may tell the occasion
                # (…舉行表彰大會。…到場主禮), also across a paragraph break (…頒授榮譽博士學位予四位人士。\n典禮由…主禮)
                person["roles"].remove("颁奖")
            if "颁奖" in person["roles"] and not _GATHERING_WORD.search(text) and all(
                    _LISTED_CONFERRAL.search(ev["text"]) for ev in person["evidence"]):
                # 政府今日公布授勋名单。行政长官某某颁授大紫荆勋章予三位人士: an honours list, no ceremony reported, and
                # speakers belong to a reported meeting (GUIDELINES §4); the awards stay
                person["roles"].remove("颁奖")
            if {"致辞", "讲话"} <= set(person["roles"]) and not self._named_address(person) and not any(
                    _GREETED_AND_SPOKE.search(ev["text"], at, at + 60)
                    for ev in person["evidence"] for at in [ev["text"].find(person["name"])] if at >= 0) \
                    and not self._greeted_after_speech(person) and not self._greeted_with_no_speech(person, text):
                # 向…表示热烈祝贺。刘某表示，…: a welcome or congratulation opening a speech is part of it
                person["roles"].remove("致辞")
            if "讲话" in person["roles"] and "致辞" not in person["roles"]:
                # 站起来提议：“为…干杯！”: words that only propose a toast are an address of wishes, 致辞 (GUIDELINES §4
                # thirty-first round, as 在祝酒时说 in the thirtieth); so are they of one who hosts the show and says
                # nothing else (X主持节目。…X说：“让我们为…干杯”: 主持, 致辞; fortieth round): the sentences other than
                # the toasts', if any, go with another role and tell no words
                others = [ev["text"] for ev in person["evidence"] if not _TOAST_WORDS.search(ev["text"])]
                if len(others) < len(person["evidence"]) and (not others or (
                        len(person["roles"]) > 1 and not any(_SAYING_WORDS.search(other) for other in others))):
                    person["roles"][person["roles"].index("讲话")] = "致辞"
            if self._courtesy_only(person) and person["roles"] and all(
                    _greeted_on_visit(ev["text"]) or _sympathy_at_no_meeting(ev["text"], text)
                    or _greeted_after_visit(text, ev) for ev in person["evidence"]):
                # (greetings on a visit or at a show, and sympathy shown where no meeting is told: no address, §4 tenth,
                # twenty-seventh and thirtieth rounds)
                person["roles"].remove("致辞")
            if person["roles"] == ["致辞"] and all(
                    _THANKS_TO_VISITORS.search(ev["text"]) and _AT_A_MEETING.search(ev["text"]) is None
                    and _AT_A_MEETING_TOLD.search(ev["text"]) is None for ev in person["evidence"]):
                # (某某向前来探望的人们致谢: the one visited thanks the visitors, greetings on a visit, §4 tenth and
                # thirty-fifth rounds)
                person["roles"].remove("致辞")
            if person["roles"] == ["致辞"] and all("致贺词" in ev["text"] for ev in person["evidence"]) and any(
                    _GREETING_MESSAGE_ISSUED_AFTER.match(text, at + len(person["name"]))
                    for at in (m.start() for m in re.finditer(re.escape(person["name"]), text))):
                # (a headline's 某某致贺词 where the page tells the same person's 贺词 issued, 某某为…发表了贺词: a
                # message sent, no address, §4 thirty-fifth round)
                person["roles"].remove("致辞")
        for name in [n for n in people if len(n) == 2 and n[1] in "帅帥" and _MARSHAL_NAMED.search(text.replace(n, ""))]:
            family = re.escape(name[0])
            if re.search(family + "[\u4e00-\u9fff]{1,2}(?:同志)?(?:元帅|元帥)|(?:元帅|元帥)" + family, text):
                # 刘伯承元帅…。刘帅…: a surname with 帅 is the form of address of the marshal of that surname the page names,
                # no name (GUIDELINES §4 name, like 张女士 or 陈太; thirty-second round)
                del people[name]
        self._guest_of_honour_addressing(text, people)
        apply_person_context(text, people)
        self._restore_regnal_numbers(people, text)  # (after the titles are read, keyed by the names as written)
        return [p for p in people.values() if p["roles"]]

    @staticmethod
    def _guest_of_honour_addressing(text: str, people: dict[str, dict[str, Any]]) -> None:
        """局长甲担任主礼嘉宾并致辞。典礼上，署长乙主持颁奖仪式: the guest of honour whose 颁奖 comes from 主礼 alone,
        with an address, while another speaker confers the prizes, takes 致辞 only (GUIDELINES §4 twentieth round)."""
        if "主礼" not in text:
            return

        def officiated_only(person: dict[str, Any]) -> bool:
            others = [n for n in people if n != person["name"]]
            for ev in person["evidence"]:
                sentence = text[ev["clean_start"] : ev["clean_end"]]
                at = sentence.find(person["name"])
                if at < 0:
                    if _OWN_CONFERRAL.search(sentence):
                        return False  # (主礼嘉宾其后为得奖者颁发奖座: the guests' group act)
                    continue
                own = sentence[at:]
                # (another named in a clause of their own ends the guest's part; not one joined to the guest,
                # 并与署长乙一同颁发…, 甲、乙为得奖者颁奖)
                ends = [i for i in (own.find(n, len(person["name"])) for n in others)
                        if i > 0 and not _JOINED_BEFORE.search(own, max(own.rfind("，", 0, i), 0), i)]
                if _OWN_CONFERRAL.search(own, 0, min(ends, default=len(own))):
                    return False
            return any("主礼" in text[ev["clean_start"] : ev["clean_end"]] for ev in person["evidence"])

        conferrers = {n for n, p in people.items() if "颁奖" in p["roles"] and not officiated_only(p)}
        for person in people.values():
            if {"颁奖", "致辞"} <= set(person["roles"]) and conferrers - {person["name"]} and officiated_only(person):
                person["roles"].remove("颁奖")


def _greeted_after_visit(text: str, ev: dict[str, Any]) -> bool:
    """A greeting (``ev``, a sentence of the person's) told right after the sentence telling a visit, its clause reaching
    back into that one (…分别看望了…等老同志。江泽民等同志…向老同志致以亲切的节日问候; 来到…家中。张华向…致以新春的问候),
    also across a paragraph break, with no meeting named in the greeting's own sentence: greetings on that visit, no role
    (GUIDELINES §4 tenth and twenty-seventh rounds; thirty-second round: the visit told in the sentence before)."""
    start = ev["clean_start"]
    if start <= 0 or _AT_A_MEETING.search(ev["text"]) is not None:
        return False
    end = len(text[:start].rstrip())
    before = text[_previous_full_stop_sentence_start(text, end) : end]
    # (走访慰问…，与…座谈。…参加座谈，向民政部表示感谢: a talk told in either sentence may be where the words are said)
    return bool(before) and _MEETING_WORD_NEAR_GREETING.search(before + ev["text"]) is None \
        and _greeted_on_visit(before + ev["text"])


def _previous_full_stop_sentence_start(text: str, start: int) -> int:
    """Where the sentence before the one opening at ``start`` begins (after a 。 or a line break only, not after ！ or ？
    as the meetings reading's ``_previous_sentence_start`` reads it)."""
    return max(text.rfind("。", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
