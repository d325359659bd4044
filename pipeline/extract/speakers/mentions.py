"""Person mentions: names read by the model and by rules, and the checks on them."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re

from pipeline.boilerplate import BARE_NAME_LINE
from pipeline.document import Document, Entity
from pipeline.extract.common import (
    CLAUSE_BREAK,
    NameScanner,
    Sentence,
    clause_bounds,
    start_after,
)
from pipeline.extract.speakers.patterns import (
    _ACT_AFTER_KIN_NAME,
    _ACT_AFTER_NAME_WEI,
    _ADDRESS_AFTER_SURNAME,
    _ADDRESS_AS_TIME,
    _ADDRESS_ONLY,
    _ADDRESSEE_AFTER_TO,
    _ADVERB_BEFORE_FOR,
    _ADVERB_OPENS_VERB,
    _ADVERB_ZENG,
    _AFTER_ZONG,
    _AGENT_OF_YOU_BEFORE,
    _APPOINTED_TO,
    _AT_VENUE_BEFORE,
    _ATTENDING_ACTS,
    _BECOMING_VERB,
    _BODY_BEFORE_NAME,
    _CAPTION_LEAD,
    _CLASS_BEFORE_NAME,
    _CLASS_LIKE_NAME,
    _CLASSMATE,
    _CLASSMATE_OPENING,
    _CLAUSE_HEAD,
    _CLAUSE_OPENING_END,
    _CLOSING_QUOTE_MARKS,
    _COMPANY_AFTER,
    _COMRADES,
    _COUNT_AS_NAME,
    _COUNTED_LIST,
    _COUNTED_LIST_TAIL,
    _COUNTED_PEOPLE_NOUNS,
    _COURTESY_OR_DEGREE_AFTER,
    _CUT_BEFORE_CLASSMATE,
    _CUT_TITLE,
    _DAY_AFTER_NAME,
    _DEGREE_LINK,
    _DEPUTY_OR_ACTING_END,
    _DESCRIPTOR_LINK,
    _DETERMINED_BODY,
    _DIGIT_COUNT_AFTER_JOIN,
    _DISTRICT_BODY,
    _DOCTRINE,
    _DOTTED_ITEM_START,
    _DOTTED_NAME,
    _EAST_ASIAN_CONTEXT,
    _ELDER_WORD,
    _ELDER_WORD_END,
    _EPONYM_AFTER,
    _EXPERIENCE_TOLD_AFTER,
    _FOR_WHOM_ACT,
    _FOREIGN_HEAD,
    _FROM_BODY_BEFORE,
    _FROM_PHRASE,
    _FUNCTION_AFTER_NAME,
    _GROUP_BEFORE_CLASSMATE,
    _GROUP_HEAD_CHARS,
    _GUESTS_TAKE_AFTER_NAME,
    _HAN,
    _HEAD_AFTER_SHORT_FOREIGN,
    _HONORIFIC_AFTER,
    _HONOUR_BEFORE_NAME,
    _IN_ADDRESS,
    _IN_TURN_WORD,
    _INSIDE_A_NAME,
    _JOINED_LAST_ITEM,
    _JOINING_IN_FIRST_PART,
    _JOINT_AFTER_ALSO,
    _KIN_AFTER_NAME,
    _KIN_BEFORE_NAME,
    _KIN_LISTED_BEFORE_NAME,
    _KIN_ONLY,
    _KINSHIP_TERM,
    _LABELLED_UNNAMED_SUBJECT,
    _LAI_SHUO_QUOTED,
    _LAST_ITEM_JOINTS,
    _LAST_LIST_NEIGHBOUR,
    _LATIN_AFTER_TITLE,
    _LATIN_LETTER,
    _LATIN_NAME,
    _LAY_RAISER_BEFORE_NAME,
    _LEGACY_AFTER,
    _LIST_END_AFTER,
    _LIST_NEIGHBOURS,
    _LISTED_THEN_SPEECH,
    _MANNER_AFTER,
    _MARRIED_SECOND_SURNAMES,
    _MASTER_ADDRESS,
    _MASTER_BEFORE_NAME,
    _MEMBER_NOUNS,
    _MILITARY_RANKS,
    _MINORITY_LONG_NAME,
    _MINORITY_NAME,
    _MINORITY_NAME_OPENING,
    _MINORITY_ONE_LISTED,
    _MINORITY_PAIR,
    _MINORITY_RUN,
    _MODEL_CODE_AFTER,
    _MODIFIER_NOT_GIVEN,
    _NAME_BEFORE_BRACKET,
    _NAME_CLOSING_AHEAD,
    _NAME_LAST_LIKE_WEI,
    _NAMED_AFTER,
    _NOT_GIVEN_NAME,
    _NOT_GIVEN_TAIL,
    _NOT_IN_DOTTED_NAME,
    _NOT_IN_NAME,
    _NOT_IN_RANKED_DOTTED,
    _NOT_ONE_BODY,
    _NOUN_BEFORE_COURTESY,
    _OCCUPATION_JIA,
    _OFFICE_CADRE,
    _OLD_SURNAME_NAME,
    _ON_BEHALF_AFTER_HE,
    _ON_BEHALF_SPEECH,
    _ON_SITE_ACT,
    _ONE_CHARACTER_BODIES,
    _OPEN_NAME_ELEMENT,
    _OPENING_QUOTE_MARKS,
    _ORG_LAST_CHAR,
    _PADDED_NAME,
    _PALACE_BODY,
    _PERSON_NOUN_BEFORE_NAME,
    _PLACE_AFTER_NAME,
    _PLACE_END,
    _PLACE_LIKE_END,
    _PLACE_UNIT,
    _PLACE_UNITS,
    _POST_IN_FIRST_PART,
    _PREPOSITION_AFTER_NAME,
    _PREPOSITION_BETWEEN_NAMES,
    _PREPOSITIONS_AFTER_NAME,
    _PRESENCE_AFTER_YI,
    _PU_WORD,
    _QUALIFIER,
    _QUOTED_HONOUR_BEFORE_NAME,
    _RAISED_AFTER_LAY_NAME,
    _RANK_AFTER_DOTTED,
    _RANK_QUALIFIER,
    _RANKS,
    _REGION_BEFORE_BODY_RE,
    _RESIDENCE_NOUNS,
    _RESIDENCE_OPENS,
    _RESPECTIVE_LIST,
    _ROLE_LABEL,
    _SEQUENCE_AFTER_NAME,
    _SHI_WORD,
    _SHORT_COUNTRIES,
    _SHORT_WORD_GAP,
    _SIDE_WORD,
    _SITE_AFTER,
    _SPACE_IN_NAME,
    _SPEECH_AFTER_ZE,
    _SPOKEN_WORD,
    _TIME_ADVERB,
    _TITLE_CHARS,
    _TITLE_CUT_FROM_WORD,
    _TITLED_ITEM,
    _TO_WHOM_GREETING,
    _TONG_NOT_TOGETHER,
    _TRANSLIT_CHARS,
    _TRANSLITERATED,
    _TURN_TAKEN,
    _VENUE_AFTER,
    _VENUE_NAME_END,
    _VENUE_USE_AFTER,
    _VERB_IN_GAP,
    _VERB_ON_SURNAME,
    _WEEKDAY,
    _WON_AFTER_TO,
    _WORD_THROUGH_WORKER,
    _YEAR_WORD,
    _ZENG_AFTER_NAME,
    BRAND_TITLE_GAP,
    DOTTED_FIRST_PART_REACH,
    MAX_FOREIGN_NAME,
    MAX_TITLE_CHARS,
    Mention,
    _ends_of,
    _list_item_starts,
    _post_ends_at,
    _speech_after_labelled,
    named_as_place_or_prize,
)
from pipeline.extract.speakers.person_context import country_group_read_as_name
from pipeline.regex_gate import any_literal, gate_literals

# Nothing but CJK unified ideographs (U+4E00 to U+9FFF), or nothing at all: a name's characters, one match instead of a
# Python test per character.
_HAN_ONLY = re.compile("[\u4e00-\u9fff]*")
# The chair qualified by its term (轮值主席, 本届主席, 现任主席): 国 after it opens 主席国, the state holding the chair.
_CHAIR_QUALIFIED_END = re.compile("(?:轮值|本届|现任|下任|新任|候任|前任)主席$")

# The scans of the rule names (SpeakerMentions._rule_names) that find nothing in a sentence when their test finds nothing
# in the whole text holding it, each tested once per text (SpeakerMentions._absent_in) rather than each scan tried in
# every sentence: a literal alternation or class (a match in the sentence is one in the text), the literals one of which
# lies inside every match of a literal-gated pattern, or two name syllables, the least a minority name opening a clause
# holds.  (A page names nobody in Latin letters, with an honour or a foreign head's post, far more often than it does.)
_ABSENT_TESTS = (
    ("honour", _HONOUR_BEFORE_NAME.search),
    ("spoken", _SPOKEN_WORD.search),
    ("latin", _LATIN_LETTER.search),
    ("foreign_head", _FOREIGN_HEAD.search),
    ("minority", _MINORITY_PAIR.search),
    ("in_turn", _IN_TURN_WORD.search),
)

# The words one of which a sentence holding no title word holds wherever SpeakerMentions._rule_names can read a name in
# it by a literal test, other than through the page's tests of _ABSENT_TESTS: 同志 (_COMRADES), 同学 (the classmates), 干部
# (_OFFICE_CADRE), the raising verbs (_LAY_RAISER_BEFORE_NAME), the dot of a foreign name (the dotted readings), 博士
# (_DEGREE_LINK), 图 (_CAPTION_LEAD) and the required literals of _ROLE_LABEL; the readings of the title words, the
# list items, _DESCRIPTOR_LINK, _HEAD_AFTER_SHORT_FOREIGN and _NAME_BEFORE_BRACKET need a title word.  A sentence
# with neither is not read further: four in five sentences of newspaper articles hold no title word, and the two dozen
# tests each one went through cost about a fifth of the rule names on first-seen text.  (None: _ROLE_LABEL's literals
# unknown, no gate.)
_UNTITLED_NAME_WORDS = gate_literals(("同志", "同学", "干部", "反映", "反馈", "建议", "提出", "·", "博士", "图"), (_ROLE_LABEL,))
_UNTITLED_NAME_ANCHOR = None if _UNTITLED_NAME_WORDS is None else any_literal(_UNTITLED_NAME_WORDS)

# Most sentence texts whose rule names are kept across documents (SpeakerMentions.rule_names): a sentence is read
# once per process while it stays in the memo (its text and a tuple of spans, most of them the empty tuple).
SENTENCE_MEMO_MAX = 20_000


class SpeakerMentions:
    """Person mentions: readings of SpeakerExtractor, whose ``__init__`` sets up the lexicon patterns they use."""

    def _absent_in(self, text: str) -> frozenset[str]:
        """The names of the tests of :data:`_ABSENT_TESTS` (and ``turn``, ``counted``, ``labelled_unnamed``: the literals
        of _TURN_TAKEN, _COUNTED_LIST_TAIL and _LABELLED_UNNAMED_SUBJECT; ``title_extra``: the words of
        ``_title_after_extra``) that find nothing in ``text``, a document's clean text; kept for the last text asked (the
        readers of one document ask in turn)."""
        if self._absent_text is not text:
            absent = {name for name, search in _ABSENT_TESTS if search(text) is None}
            if not any(literal in text for literal in _TURN_TAKEN.literals):
                absent.add("turn")
            if not any(literal in text for literal in _COUNTED_LIST_TAIL.literals):
                absent.add("counted")
            if not any(literal in text for literal in _LABELLED_UNNAMED_SUBJECT.literals):
                absent.add("labelled_unnamed")  # (read per sentence by the extractor's _after_unnamed_opener)
            # (the ranks and degrees that _rule_names tests for in a sentence with no title word: a literal alternation,
            # so none in the page is none in any of its sentences; one page in a hundred holds one, while the test of
            # every untitled sentence cost about 2% of the extract stage on newspaper articles)
            if self._title_after_extra.search(text) is None:
                absent.add("title_extra")
            self._absent_text, self._absent = text, frozenset(absent)
        return self._absent

    def _after_region(self, text: str, name: str) -> bool:
        """``name`` is written somewhere in ``text`` right after 香港/澳门/台湾/中华 (a body's short name).
        The places after a region word are found once per text: a search of the whole text for every name
        of every sentence was quadratic on long pages (tests/robustness/test_fuzz_smoke.py)."""
        if self._region_text is not text:
            self._region_text = text
            self._region_ends = [m.end() for m in _REGION_BEFORE_BODY_RE.finditer(text)]
        return any(text.startswith(name, end) for end in self._region_ends)

    def rule_names(self, text: str, absent: frozenset[str] = frozenset()) -> tuple[tuple[int, int], ...]:
        """Names right after a title word (surname + 1–2 chars, then a stop word or punctuation),
        and names starting a list item with a title word after them (杨卉明副主任、…).

        Memoized per text within one document (known_names and mentions both ask). ``absent``: the tests that find
        nothing in a text holding ``text`` (:meth:`_absent_in` of the document's text), whose scans are skipped; the
        names are the same with or without it."""
        cached = self._rule_cache.get(text)
        if cached is None:
            # (the names depend on the sentence's text and ``absent`` only, not on the page around it: a sentence
            # another page of this process held, a standing line or a repeated copy, is not read again)
            # (kept as tuples, by ``absent`` and then by text: most sentences name nobody and share the empty tuple, and
            # the memo adds few objects for the garbage collector to walk)
            memo = self._rule_memo.get(absent)
            if memo is None:
                memo = self._rule_memo[absent] = {}
            cached = memo.get(text)
            if cached is None:
                if self._rule_memo_size >= SENTENCE_MEMO_MAX:
                    self._rule_memo.clear()
                    self._rule_memo_size = 0
                    memo = self._rule_memo[absent] = {}
                # (安理会常任理事国中: a group of countries and a word of place, no title and name, §4 thirty-third round)
                cached = memo[text] = tuple((s, e) for s, e in self._rule_names(text, absent)
                                            if not country_group_read_as_name(text, s, e))
                self._rule_memo_size += 1
            self._rule_cache[text] = cached
        return cached

    def _titles_in(self, text: str) -> list[re.Match[str]]:
        """The title words of ``text`` as ``_title_any.finditer`` finds them, memoized per text within one document
        (the rule names and the post references of a sentence both scan it; the scan tries most positions)."""
        cached = self._title_cache.get(text)
        if cached is None:
            # (_TITLE_CUT_FROM_WORD opens on 学校监: tried after every title word only where the text holds it)
            cut = "学校监" in text
            cached = self._title_cache[text] = [m for m in self._title_any.finditer(text)
                                                if not (cut and _TITLE_CUT_FROM_WORD.match(text, max(0, m.start() - 1)))]
        return cached

    def _untitled_readable(self, text: str, absent: frozenset[str]) -> bool:
        """Whether a reading of :meth:`_rule_names` that needs no title word may read a name in ``text``: one of
        :data:`_UNTITLED_NAME_WORDS` stands in it, or a test of the page that the readings make for a sentence finds
        something in it (the same tests, in the same way: a minority name opening a clause, an honour, a word of
        speech or of a turn taken, a word of turns or a count closing a list, a Latin letter)."""
        return (self._untitled_anchor.search(text) is not None
                or "minority" not in absent and _MINORITY_NAME_OPENING.search(text) is not None
                or "honour" not in absent and _HONOUR_BEFORE_NAME.search(text) is not None
                or "spoken" not in absent and _SPOKEN_WORD.search(text) is not None
                or "turn" not in absent and _TURN_TAKEN.search(text) is not None
                or ("in_turn" not in absent or "counted" not in absent) and (
                    _IN_TURN_WORD.search(text) is not None or "、" in text and _COUNTED_LIST_TAIL.search(text) is not None)
                or "latin" not in absent and _LATIN_LETTER.search(text) is not None)

    def _rule_names(self, text: str, absent: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
        # (the literal tests before _COMRADES, _OFFICE_CADRE, _DEGREE_LINK, _CAPTION_LEAD, _ROLE_LABEL,
        # _HEAD_AFTER_SHORT_FOREIGN, _NAME_BEFORE_BRACKET and _LATIN_NAME skip the many sentences
        # that cannot hold a match: these patterns are tried at every position of the sentence)
        titles = self._titles_in(text)
        # (a title word anywhere in the text, or a rank or degree of _title_after's that is none, or a title cut from a
        # word that _titles_in drops: where none stands, no title follows or ends before any place of the text, and the
        # readings below that need one (_title_after after a name, _title_end before one) read nothing)
        titled = bool(titles) or ("title_extra" not in absent and self._title_after_extra.search(text) is not None)
        if not titled and self._untitled_anchor is not None and not self._untitled_readable(text, absent):
            return []  # (no title word and none of the words an untitled reading needs: see _UNTITLED_NAME_WORDS)
        spans = []
        # 会上，王强同志作了…, 陈立新、王晓燕、刘志刚3名同志先后作了…: names before 同志 (a person marker)
        for m in _COMRADES.finditer(text) if "同志" in text else ():
            at = m.start("names")
            for item in m["names"].split("、"):
                surname_len = 2 if item[:2] in self.lex.compound_surnames else 1
                # (向老同志致以…: 老同志 is a word, 向 a preposition)
                if (item[:surname_len] in self.lex.surnames and len(item) > surname_len
                        and item not in self.lex.non_names and not _TITLE_CHARS.search(item)
                        and not _ELDER_WORD.match(item)):
                    spans.append((at, at + len(item)))
                at += len(item) + 1
        classmates = [*_CLASSMATE.finditer(text), *(m for m in _CLASSMATE_OPENING.finditer(text)
                                                     if not _GROUP_BEFORE_CLASSMATE.match(m["name"]))] \
            if "同学" in text else []
        for m in classmates:
            name = m["name"]
            surname_len = 2 if name[:2] in self.lex.compound_surnames else 1
            if name[:surname_len] in self.lex.surnames and len(name) > surname_len and name not in self.lex.non_names \
                    and not _COUNT_AS_NAME.fullmatch(name):
                spans.append(m.span("name"))
        for m in titles:
            if m.group() == "代表" and self._name_ends_at(text, m.start(), spans):
                continue  # 王立新代表高校发言: 代表 after a name speaks for a body, no label before a name (高校)
            i = m.end()
            qualifier = _QUALIFIER.match(text, i)
            if qualifier:
                i = qualifier.end()  # 副院长（主持工作）冉某东
            while text[i : i + 1] in (" ", "\u3000"):
                i += 1  # 市政府新闻办副主任 钟某宁
            # (a name after the title opens with a surname or another character of _title_name_openers, a capital
            # letter, or any Han character of a dotted name: after most title words, 副市长、 or 主任委员会, none of the
            # readings below can read one)
            opening = text[i : i + 1]
            if opening not in self._title_name_openers and not "A" <= opening <= "Z" \
                    and not ("·" in text and _HAN.match(opening)):
                continue
            # (阿不都热合曼·买买提: a dotted name before anything read as surname and given name)
            dotted = _DOTTED_NAME.match(text, i) and self._transliterated_at(text, i)
            if dotted and self._title_any.search(text, i, text.find("·", i)):
                dotted = None  # 首相府国务秘书长佩尔·努德: the title goes on; the name follows its last word
            minority = _MINORITY_NAME.match(text, i) or self._one_element_listed(text, i) or _MINORITY_LONG_NAME.match(text, i)
            span = dotted or (minority and minority.span()) or self._name_at(text, i) or self._padded_name_at(text, i) or (
                None if m.group().endswith("代表") else self._class_like_name_at(text, i))  # (代表高一发言: a grade)
            latin = None if span else _LATIN_AFTER_TITLE.match(text, i)
            if latin:
                span = latin.span()  # 哈佛大学教授Michael Smith: a name in Latin letters after the title
            if span:
                spans.append(span)
            elif _TRANSLITERATED.match(text, i) and not m.group().endswith("代表"):  # (代表巴基斯坦: a country)
                span = self._transliterated_at(text, i)  # 墨西哥外长格林今天在…提议
                if span:
                    spans.append(span)
        for m in _MINORITY_NAME_OPENING.finditer(text) if "minority" not in absent else ():
            spans.append(m.span("name"))  # 座谈会上，…。沙马拉铁反映，…: a minority name opening a clause, its act after it
        for m in _HONOUR_BEFORE_NAME.finditer(text) if "honour" not in absent else ():
            span = self._name_at(text, m.end())  # 省劳动模范李大山发言
            if span:
                spans.append(span)
        # (the labels below name a speaker only before a speech act or report: _SPOKEN_WORDS)
        spoken_here = "spoken" not in absent and _SPOKEN_WORD.search(text) is not None
        for m in _QUOTED_HONOUR_BEFORE_NAME.finditer(text) if spoken_here and ("”" in text or "」" in text) else ():
            span = self._name_at(text, m.end())  # “优秀项目经理”林涛作交流发言
            if span and _speech_after_labelled(text, span[1]):
                spans.append(span)
        for m in _MASTER_BEFORE_NAME.finditer(text) if spoken_here and "师傅" in text else ():
            span = self._name_at(text, m.end())  # 带教师傅李明发言
            if span and (_speech_after_labelled(text, span[1]) or _ON_BEHALF_SPEECH.match(text, span[1])):
                spans.append(span)
        for m in _OFFICE_CADRE.finditer(text) if "干部" in text else ():
            span = self._name_at(text, m.end())  # 市税务局干部唐某某介绍…
            if span:
                spans.append(span)
        # (村民杨某第一个开口。她反映…: a turn taken with no speech verb, whose words the next sentence tells)
        turn_here = "turn" not in absent and _TURN_TAKEN.search(text) is not None
        for m in _PERSON_NOUN_BEFORE_NAME.finditer(text) if spoken_here or turn_here else ():
            span = self._name_at(text, m.end())  # 村民林美丽上台发言
            if not span:
                continue
            # (a resident heading a list of speakers, 市民李秀英、退休教师张明发言: the speech act after the list, §4
            # fifteenth round: a residence is a label of the one named)
            resident = m.group() in _RESIDENCE_NOUNS
            listed = resident and _LISTED_THEN_SPEECH.match(text, span[1])
            spoken = _speech_after_labelled(text, span[1]) or (listed and self._ends_on_name(listed.group())) \
                or _TURN_TAKEN.match(text, span[1])
            # (a full three-character name only: 围绕…、职工福利作发言 names a topic, no person; a resident's two-character
            # name where the residence opens the clause or follows its place, 幸福小区居民孙丽发言, 市民孙丽发言)
            full = span[1] - span[0] >= 3 or (resident and _RESIDENCE_OPENS.search(text, max(0, m.start() - 2), m.start())
                                              and text[span[0] : span[1]] not in self.lex.non_names)
            if full and spoken:
                spans.append(span)
        raised_here = "反映" in text or "反馈" in text or "建议" in text or "提出" in text
        for m in _LAY_RAISER_BEFORE_NAME.finditer(text) if raised_here else ():
            # (据村民刘桂芝反映: hearsay the page cites, no one raising it at the meeting)
            if text[max(0, m.start() - 1) : m.start()] == "据":
                continue
            span = self._name_at(text, m.end())  # 会上，村民李秀英反映了…问题 (the role rules judge the meeting)
            if not span or not _RAISED_AFTER_LAY_NAME.match(text, span[1]):
                continue
            # (a two-character name only where the lay word opens the clause or follows its place, 会上，居民王强建议…,
            # and is no common word: not 群众意见建议, 职工代表提出)
            full = span[1] - span[0] >= 3 or (_RESIDENCE_OPENS.search(text, max(0, m.start() - 2), m.start())
                                              and text[span[0] : span[1]] not in self.lex.non_names)
            if full:
                spans.append(span)
        for m in _KIN_BEFORE_NAME.finditer(text) if spoken_here else ():
            span = self._name_at(text, m.end())  # 王某的父亲王建军作了报告
            if span and _ACT_AFTER_KIN_NAME.match(text, span[1]):
                spans.append(span)
        for m in _KIN_LISTED_BEFORE_NAME.finditer(text) if spoken_here and "、" in text else ():
            span = self._name_at(text, m.end())  # 指导员张明、战友李强先后作了报告
            if span and _ACT_AFTER_KIN_NAME.match(text, span[1]):
                spans.append(span)
        for m in _OCCUPATION_JIA.finditer(text) if spoken_here and "家" in text else ():
            span = self._name_at(text, m.end())  # 美食家丁强发言
            if span and _speech_after_labelled(text, span[1]):
                spans.append(span)
        for m in _CLASS_BEFORE_NAME.finditer(text) if spoken_here and "·" in text else ():
            span = self._dotted_after_body(text, m.end())  # 初一（3）班木合塔尔·艾力发言
            if span and _speech_after_labelled(text, span[1]):
                spans.append(span)
        for m in _BODY_BEFORE_NAME.finditer(text) if spoken_here else ():
            # (机械工程系木拉提·吐尔逊致辞: a dotted name after the body, read whole before a surname opening it)
            span = ("·" in text and self._dotted_after_body(text, m.end())) or self._name_at(text, m.end())  # 机械学院张萌发言
            if span and _speech_after_labelled(text, span[1]) and (
                    span[1] - span[0] >= 3 or text[span[1] - 1] not in _GROUP_HEAD_CHARS):
                spans.append(span)
        for m in _BODY_BEFORE_NAME.finditer(text) if "·" in text else ():
            # 化学系大卫·帕克（David Parker）教授: a dotted name after its body and before a rank (its first part no
            # word of a place or body: the last body word before the dot opens it)
            # (机械系汉斯·韦伯 after 慕尼黑工业大学: the department's word opens the name, not the university's; nor
            # 大卫·帕克实验室的研究员: a lab named after the person, 的 and the lab's word inside the run)
            dot = text.find("·", m.end(), m.end() + DOTTED_FIRST_PART_REACH)
            if dot < 0 or _BODY_BEFORE_NAME.search(text, m.end(), dot):
                continue
            span = self._transliterated_at(text, m.end())
            if span and (qualifier := _RANK_QUALIFIER.search(text, dot + 2, span[1] + 3)) and qualifier.end() == span[1]:
                span = (span[0], qualifier.start())  # 大卫·帕克特聘教授: the rank's qualifier is no part of the name
            if span and _RANK_AFTER_DOTTED.match(text, span[1]) and not _NOT_IN_DOTTED_NAME.search(text, *span) \
                    and not _NOT_IN_RANKED_DOTTED.search(text, *span):
                spans.append(span)
        for m in _DEGREE_LINK.finditer(text) if "博士" in text else ():
            if self._title_end.search(text, max(0, m.start() - MAX_TITLE_CHARS), m.start()):
                span = self._name_at(text, m.end())  # 省委党校教授、博士李明
                if span:
                    spans.append(span)
        for m in _DESCRIPTOR_LINK.finditer(text) if titled and "、" in text else ():
            if self._title_end.search(text, max(0, m.start() - MAX_TITLE_CHARS), m.start()):
                span = self._name_at(text, m.end())  # 县人大代表、非遗传承人罗玉兰
                if span:
                    spans.append(span)
        if "in_turn" not in absent or "counted" not in absent:
            spans.extend(self._respective_list_names(text))
        if "·" in text:
            spans.extend(self._untitled_dotted_names(text))
        for m in _CAPTION_LEAD.finditer(text) if "图" in text else ():
            span = self._name_at(text, m.end())  # 图为王建国讲话
            if span:
                spans.append(span)
        for m in _ROLE_LABEL.finditer(text) if "主" in text or "报告人" in text else ():
            span = self._name_at(text, m.end())  # 主持人：刘某（…）
            while span:
                spans.append(span)
                # (主持人：李娜、赵鹏: every name of a 、-list after the label)
                span = self._name_at(text, span[1] + 1) if text.startswith("、", span[1]) else None
        for m in _HEAD_AFTER_SHORT_FOREIGN.finditer(text) if titled and "foreign_head" not in absent and _FOREIGN_HEAD.search(text) else ():
            after = self._title_after.match(text, m.end())  # 普京总统表示
            if after and m["name"] not in _SHORT_COUNTRIES and self._name_stop.match(text, after.end()) is not None:
                spans.append(m.span("name"))
        for m in _NAME_BEFORE_BRACKET.finditer(text) if titled and ("（" in text or "(" in text) else ():
            if self._bare_name(m["name"]) and self._title_end.search(m["title"]):
                spans.append(m.span("name"))  # 王磊（县发改局局长）、…
        # 哈佛大学Michael Chen教授, 来自腾讯玄武实验室的tombkeeper: names in Latin letters
        if "latin" not in absent and _LATIN_LETTER.search(text):
            spans.extend(m.span("name" if m["name"] else "handle") for m in _LATIN_NAME.finditer(text))
        # (an item opens with a surname of one or two characters and a given name of one or two, then a title word:
        # an item with no character a title word can open with two to four characters on is not read further,
        # most of them; _title_after_openers is None where that set is unknown)
        after_openers = self._title_after_openers
        for i, opened in _list_item_starts(text, self._surname_starts) if titled else ():  # (no surname, no name)
            if after_openers is not None and text[i + 2 : i + 3] not in after_openers \
                    and text[i + 3 : i + 4] not in after_openers and text[i + 4 : i + 5] not in after_openers:
                continue
            if _post_ends_at(text, i):
                continue
            surname_len = 2 if text[i : i + 2] in self.lex.compound_surnames else 1
            if text[i : i + surname_len] not in self.lex.surnames:
                continue
            for given in (2, 1):
                end = i + surname_len + given
                name = text[i:end]
                after = self._title_after.match(text, end)
                if (
                    after
                    and not after.group().endswith("代表")  # 师傅代表、高级技师…: a label, no name before it
                    # (游泳运动员代表杨帆发言: 代表 opens a label before the name after it, so 游泳 is no name)
                    and not (text.startswith("代表", after.end()) and self._name_at(text, after.end() + 2))
                    and ((text.startswith("、", after.end()) or self._name_stop.match(text, after.end()) is not None)
                         # (化学学院刘芳教授，新生代表、…: an academic rank after the name ends a comma-set item too)
                         or text.startswith(("，", ","), after.end()) and after.group() in _RANKS and opened)
                    and not _TITLE_CHARS.search(name)
                    and _HAN_ONLY.fullmatch(name) is not None  # (张伟，副总经理: no mark in a name)
                    and name[-1] not in "副代常"  # 高翔副局长: 副 opens the title
                    # (谢飞、何平等导演认为: 等 closes the list before a noun of the group, no given name's end, GUIDELINES §4
                    # thirty-sixth round)
                    and not (given == 2 and name[-1] == "等")
                    and not (len(name) == 3 and name[-1] == "大")  # 国科大党委书记、…: a university's short name
                    and name not in self.lex.non_names
                    and not self._inside_title_word(text, i, end)  # 宣传部长作…: a post word, no name before 部长
                    and name not in _SHORT_COUNTRIES  # (巴西总统表示: a country before its head's post)
                    and not self._chain_goes_on(text, after.end())
                    # (何平、陈卓为毕业生代表颁发学位证书: 为 opens whom the act is for, and the "title" after it heads
                    # the recipients' label; 陈卓 is read on the next turn of the loop)
                    and not (name[-1] == "为" and text.startswith("代表", after.end())
                             and _FOR_WHOM_ACT.match(text, end - 1))
                    # (致辞，向参赛运动员表示热烈欢迎: 向 is the preposition before the addressees of a greeting, §4:
                    # names are people; 参赛 is a verb, no given name)
                    and not (name[0] == "向" and _TO_WHOM_GREETING.match(text, after.end()))
                ):
                    spans.append((i, end))
                    break
        return self._with_joined_names(text, spans) if spans else spans

    def _with_joined_names(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``spans`` and the untitled names joined to one of them that run into the pair's act
        (全国劳动模范施永和康宁作典型发言, 非遗传承人王红、刘杰分别发言): the honour or title before the first name
        shows the pair are people, so a second name the model misses (康宁, also a word) is read there.  Only
        a name right before the pair's act or a word of turns (分别, 先后): 王强和群众代表座谈 reads no name 群众."""
        out = list(spans)
        seen = set(out)
        k = 0
        while k < len(out):
            end = out[k][1]
            k += 1
            if text[end : end + 1] not in ("、", *_LAST_ITEM_JOINTS):
                continue
            span = self._name_at(text, end + 1)
            if span is None or span in seen or any(s < span[1] and span[0] < e for s, e in out) \
                    or _SIDE_WORD.fullmatch(text, *span):
                continue  # (省长王强与韩方分别致辞: 韩方, "the Korean side", is a party, no person)
            # (not 王强与江苏代表团交流, 和常委们一起: a body or a group after the joint)
            if _speech_after_labelled(text, span[1]) or _IN_TURN_WORD.match(text, span[1]) \
                    or self._trigger_start.match(text, span[1]) is not None \
                    or _GUESTS_TAKE_AFTER_NAME.match(text, span[1]) is not None:
                out.append(span)
                seen.add(span)
        return out

    def _name_ends_at(self, text: str, at: int, spans: list[tuple[int, int]]) -> bool:
        """Whether a personal name ends right at ``at``: one read already (after its title), or one of three
        characters opening a clause (会上，王立新代表…), so that a word after it is a verb of that person's (not one
        of two: 农户代表 is a label)."""
        if any(end == at for _, end in spans):
            return True
        start = at - 3
        if start < 0 or (start > 0 and not _CLAUSE_OPENING_END.search(text, 0, start)):
            return False
        span = self._name_at(text, start)
        return span is not None and span[1] == at

    def _chain_goes_on(self, text: str, i: int) -> bool:
        """Whether a 、 at ``i`` goes on with a title written right before a name in the same clause
        (公司安全总监、安全环保部部长张强: one person's chain, so 安全 before 总监 is no name)."""
        if text[i : i + 1] != "、":
            return False
        stop = clause_bounds(text, i + 1)[1]
        return any(self._name_at(text, m.end()) for m in self._title_any.finditer(text, i + 1, stop))

    def _respective_list_names(self, text: str, persons: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
        """The names of a :data:`_RESPECTIVE_LIST` whose every item ends in one (优秀教师李春花、退役军人赵小龙
        分别…), when at least one item shows a person: a title or label before its name, a name of three
        characters, or a name of three or more characters in ``persons`` (the model's names in ``text``).
        None when an item names no person (各乡镇、县直各部门分别…) or when every item is a bare
        two-character word: places and firms open with a surname as often as names do (江苏、安徽、山东分别
        作了交流发言; 万达、华润…)."""
        spans: list[tuple[int, int]] = []
        in_turn = _RESPECTIVE_LIST.finditer(text) if _IN_TURN_WORD.search(text) else ()
        # (甲、乙、丙等3位书记作交流发言: a list closed by a count of people before its act, every item shown a person)
        counted = _COUNTED_LIST.finditer(text) if "、" in text and _COUNTED_LIST_TAIL.search(text) else ()
        for m in itertools.chain(in_turn, counted):
            found, shown = [], m.re is _COUNTED_LIST and m["noun"] in _COUNTED_PEOPLE_NOUNS
            for at, item in self._list_items(m["items"], m.start("items")):
                size, person = self._list_item_name(item)
                if size is None:
                    break
                if size:
                    found.append((at + len(item) - size, at + len(item)))
                # (a two-character model name shows no more than the item: 万达、华润、苏宁分别作了发言 with 苏宁)
                shown = shown or person or any(len(p) >= 3 and item.endswith(p) for p in persons)
            else:
                if shown:
                    spans.extend(found)
        return spans

    def _list_items(self, items: str, start: int) -> list[tuple[int, str]]:
        """The items of a 、-list at ``start`` with their offsets; a last item of two bare names joined by 和/及/与/以及
        (甲、乙、丙和丁依次述职: GUIDELINES §4, every person listed before the one act) is two items, while one name that
        holds the character (张和平) stays whole."""
        out, at = [], start
        for item in items.split("、"):
            out.append((at, item))
            at += len(item) + 1
        at, last = out[-1]
        joint = _JOINED_LAST_ITEM.fullmatch(last)
        if joint and not self._bare_name(last) and self._bare_name(joint["first"]) and self._bare_name(joint["second"]):
            out[-1:] = [(at, joint["first"]), (at + joint.start("second"), joint["second"])]
        return out

    def _list_item_name(self, item: str) -> tuple[int | None, bool]:
        """(length of the name ending a list item, whether the item shows a person).  The length is the
        whole item, or the last three characters after a label or honour (退役军人赵小龙); 0 when a title
        word ends right before the name (the title rule reads it), when the end reads as a two-character
        name too, or for a married name of Hong Kong (范徐丽泰: the model reads it); None when the item
        names no person.  A person shows in a title or label before the name or a three-character name;
        a bare two-character item (江苏, 王磊) or a three-character one ending like a place (马鞍山) shows none."""
        if len(item) == 4 and item[1] in _MARRIED_SECOND_SURNAMES and item[0] in self.lex.surnames \
                and self._bare_name(item[1:]):
            return len(item), True  # (叶刘淑仪: a married name, read whole)
        if self._bare_name(item):
            return len(item), len(item) > 2 and not _PLACE_LIKE_END.search(item)
        if any(self._title_end.search(item, 0, len(item) - size) for size in (2, 3)):
            return 0, True
        if len(item) >= 4 and item[-4] in self.lex.surnames and self._bare_name(item[-3:]) and (
                len(item) == 4 or self._title_end.search(item, 0, len(item) - 4)):
            # (前主席范徐丽泰, 陈方安生: a married name whose second surname is not listed; its last three
            # characters are no name of their own)
            return 0, True
        if len(item) > 3 and item.endswith(_MEMBER_NOUNS):
            return None, False  # (…进修班学员、市卫健委副主任陶青: a noun for a member ends the item, no 班学员)
        sizes = [size for size in (3, 2) if len(item) > size and self._bare_name(item[-size:])]
        # (企业家王磊: 家王磊 or 王磊, both read as names; 某某王磊: a three-character name whose surname
        # we do not list may end so too (an evaluation on the invented part): left to the other rules and the model)
        return (3, True) if sizes == [3] else ((0, False) if sizes else (None, False))

    def _bare_name(self, name: str) -> bool:
        """A surname and one or two given characters, no word of a post or place in it."""
        surname_len = 2 if name[:2] in self.lex.compound_surnames else 1
        return (name[:surname_len] in self.lex.surnames and 1 <= len(name) - surname_len <= 2
                and name not in self.lex.non_names and not _TITLE_CHARS.search(name)
                and not _ORG_LAST_CHAR.search(name) and not _PLACE_END.search(name))

    def _bare_east_asian_name(self, name: str) -> bool:
        """A Japanese family name of models/lexicons/east_asian_surnames.txt and a given name of one or two
        characters (山本哲也), no word of a post or place in it."""
        return any(name[:size] in self.lex.east_asian_surnames and 1 <= len(name) - size <= 2 for size in (2, 3)) \
            and name not in self.lex.non_names and not _TITLE_CHARS.search(name) and not _ORG_LAST_CHAR.search(name) \
            and not _PLACE_END.search(name)

    def _japanese_given_ya(self, name: str) -> bool:
        """A Japanese family name and a given name of one character and 也 (山本哲也, 小野寺达也): 也 is the name's
        own whatever follows; a family name and 也 alone (山本也) is "also"."""
        return self._bare_east_asian_name(name) and name.endswith("也") \
            and any(name[:size] in self.lex.east_asian_surnames and len(name) - size == 2 for size in (2, 3))

    def _class_like_name_at(self, text: str, i: int) -> tuple[int, int] | None:
        """A name written like a school year (高一), right after a title and right before a stop word that is no
        title (副校长高一致辞, 由副校长高一主持); the year alone is no name (高一（3）班学生, 高一年级)."""
        found = _CLASS_LIKE_NAME.match(text, i)
        if found and found.group()[0] in self.lex.surnames and self._name_stop.match(text, found.end()) is not None \
                and not self._title_any.match(text, found.end()):
            return found.span()
        return None

    def _padded_name_at(self, text: str, i: int) -> tuple[int, int] | None:
        """县长李  明同志: a two-character name padded with spaces to the width of three; 工会主席韩 立新主持:
        a space typed after the surname of a three-character name."""
        m = _PADDED_NAME.match(text, i)
        if not m or m[1] not in self.lex.surnames:
            return None
        for end in (m.end(), m.end() + 1):
            rest = text[end : end + 4]
            if end > m.end() and not _HAN.match(text, m.end()):
                break
            if not rest or rest[0] in CLAUSE_BREAK or rest[0] in "、“”（(" or self._name_stop.match(rest) is not None:
                return m.start(), end
        return None

    def _transliterated_at(self, text: str, i: int) -> tuple[int, int] | None:
        """A transliterated foreign name right after a title (格林, 加维里亚, 穆勒亚姆·辛格·亚达夫):
        a run of transliteration characters, ended by a stop word or punctuation; the longest run
        that is so ended (the stop word may start with a transliteration character: 格林在).
        Else a name of parts joined by the middle dot in any characters (阿不都热合曼·买买提主持…):
        its last part the shortest of two or more characters that a stop word ends."""
        run = _TRANSLITERATED.match(text, i)
        for end in range(run.end(), i + 1, -1) if run else ():
            if text[end - 1] == "·" or text.startswith(_MILITARY_RANKS, end - 1):
                continue  # (国防部长伊斯玛·拉希莫夫中将: the rank's first character is no part of the name)
            rest = text[end : end + 1]
            # (…总统扎帕罗夫、塔吉克斯坦总统…: the 、 of a list of titled people ends a name too)
            # (…拉希莫夫中将: a military rank after the name ends it, GUIDELINES §4 thirty-seventh round)
            if not rest or rest in CLAUSE_BREAK or self._name_stop.match(text, end) is not None \
                    or text.startswith(_MILITARY_RANKS, end) \
                    or (rest == "、" and _TITLED_ITEM.match(text, end + 1) is not None) \
                    or _HONORIFIC_AFTER.match(text, end) or _DAY_AFTER_NAME.match(text, end):
                return (i, end)  # (弗雷泽·斯托达特爵士: the honorific after the name ends it; so does a day, …亚达夫24日)
        dotted = _DOTTED_NAME.match(text, i)
        if dotted is None:
            return None
        first_dot = text.find("·", i, dotted.end())
        if _JOINING_IN_FIRST_PART.search(text, i, first_dot):
            return None  # (副社长对让·米奥先生: the dotted name is the object's, read by no title before it)
        if any(first_dot - p.end() >= 1 for p in _POST_IN_FIRST_PART.finditer(text, i, first_dot)):
            return None  # (…委员会高级官员玛丽·鲁滨逊: a post ends later, the name is read after it)
        # (…副总裁让-皮埃尔·杜兰、巴斯夫…总经理张晓红先后发言: the 、 right after the dotted run ends the name as in a list)
        end = self._dotted_end(text, i, dotted.end(), listed=text.startswith("、", dotted.end()))
        return (i, end) if end else None

    def _dotted_end(self, text: str, i: int, run_end: int, listed: bool = False) -> int | None:
        """Where a name of dotted parts starting at ``i`` (its run of characters and dots ending at ``run_end``)
        ends: the shortest last part of two or more characters that a stop word, time word, manner phrase,
        honorific or (``listed``) the 、 of a list ends (会见英国外交大臣罗宾·库克时表示); a last part of one character
        when it is a surname, a transliterated given name's family name (首席执行官彼得·张在发布会上致辞); never a part
        ending in the opening of a longer name element (古丽娜尔·阿不都分别…: not 阿不)."""
        last_dot = text.rfind("·", i, run_end)
        for end in range(last_dot + 2, run_end + 1):
            rest = text[end : end + 1]
            if text.endswith(_OPEN_NAME_ELEMENT, i, end):
                continue
            stop = not rest or rest in CLAUSE_BREAK or (listed and rest == "、") or self._name_stop.match(text, end) is not None \
                or text.startswith(_MILITARY_RANKS, end)  # (…·卡里莫夫少将: a rank after the name ends it)
            if end == last_dot + 2:
                if stop and text[end - 1] in self.lex.surnames and "·" not in text[end : end + 2] \
                        and not self._longer_part_acts(text, end, run_end):
                    return end
                continue
            if stop and self._stop_opens_on_syllable(text, end, run_end):
                continue  # 阿依古丽·买买提出席: 提 ends the part (买买提), 出席 the stop, not 提出
            if stop or _TIME_ADVERB.match(text, end) or _DAY_AFTER_NAME.match(text, end) or _MANNER_AFTER.match(text, end) \
                    or _HONORIFIC_AFTER.match(text, end) or (listed and _FUNCTION_AFTER_NAME.match(text, end)) \
                    or rest == "时" or (rest == "后" and self._name_stop.match(text, end + 1) is not None):
                return end  # (会见英国外交大臣罗宾·库克时表示, 会见…玛丽·鲁滨逊后表示)
        return None

    def _stop_opens_on_syllable(self, text: str, end: int, run_end: int) -> bool:
        """Whether a stop word of two or more characters read at ``end`` (提出 in 买买提出席) overlaps a stop one
        character further on (出席), its first character a transliteration character still inside the dotted run: the
        part takes that character and the later stop ends it.  A one-character stop (库克在会上) never overlaps."""
        if end + 1 > run_end or text[end] not in _TRANSLIT_CHARS or self._name_stop.match(text, end + 1) is None:
            return False
        return any(len(w) >= 2 and text.startswith(w, end) for w in self.lex.name_stops)

    def _longer_part_acts(self, text: str, end: int, run_end: int) -> bool:
        """Whether a one-character last part ending at ``end`` (a surname, 阿不都拉·艾) is cut by a one-character stop
        word that opens a longer part instead: the run goes on, with no mark, to a part of two to four characters
        right before a role's trigger (阿不都拉·艾则孜主持会议: 则 is a syllable of 艾则孜, not the conjunction); a
        stop of two characters or a mark after the one character (彼得·张在发布会上致辞, 彼得·张表示) keeps it."""
        # (read for a dotted name cut after one character only, rare: the word lists are taken from the lexicons here)
        if text[end : end + 1] in CLAUSE_BREAK or text.startswith(tuple(w for w in self.lex.name_stops if len(w) >= 2), end) \
                or text.startswith(_PREPOSITION_AFTER_NAME, end):
            return False
        roles = tuple(t for t, _ in self.lex.role_triggers)
        return any(text.startswith(roles, longer) for longer in range(end + 1, min(end + 3, run_end) + 1)
                   if not any(ch in CLAUSE_BREAK for ch in text[end:longer]))

    def _untitled_dotted_names(self, text: str) -> list[tuple[int, int]]:
        """Dotted names with no title before them that open a clause or a list item (会上，买买提·艾力、阿不都热合曼·
        吐尔逊、古丽娜尔·阿不都分别作交流发言; 热合曼·托合提代表…发言): each part of two characters or more (the last
        may be a surname), no character of a place, body or event in it."""
        spans = []
        for m in _DOTTED_ITEM_START.finditer(text):
            i = m.start()
            first_dot = text.find("·", i)
            if "的" in text[i:first_dot]:
                i = text.rfind("的", i, first_dot) + 1  # (大学的詹姆斯·罗布尔说: a modifier with 的 before the name)
                if first_dot - i < 2:
                    continue
            if self._title_any.search(text, i, first_dot) or _POST_IN_FIRST_PART.search(text, i, first_dot):
                continue  # (首席技术官汤姆·李介绍…: a title opens the item, the title rule reads the name after it)
            if _BODY_BEFORE_NAME.search(text, i, first_dot) or _CLASS_BEFORE_NAME.search(text, i, first_dot):
                continue  # (、机械工程系木拉提·吐尔逊致辞: the body opens the item, _dotted_after_body reads the name after it)
            run = _DOTTED_NAME.match(text, i)
            end = self._dotted_end(text, i, run.end(), listed=True) if run else None
            if end is None or _NOT_IN_DOTTED_NAME.search(text, i, end) or _TITLE_CHARS.search(text[i:end]) \
                    or self._org_follows(text, end):
                continue
            spans.append((i, end))
        return spans

    def _one_element_listed(self, text: str, i: int) -> re.Match[str] | None:
        """One listed minority name element right after a title, before the 、 of a list whose next item opens with its
        own title within a few characters (社区党委书记赛音、光明社区党支部书记乔木等…依次述职)."""
        one = _MINORITY_ONE_LISTED.match(text, i)
        if one is None:
            return None
        nxt = self._title_any.search(text, one.end() + 1, one.end() + 16)
        return one if nxt and not any(ch in CLAUSE_BREAK for ch in text[one.end() + 1 : nxt.start()]) else None

    def _dotted_after_body(self, text: str, i: int) -> tuple[int, int] | None:
        """A dotted name right after the body, department or class that labels a person (初一（3）班木合塔尔·艾力发言,
        机械工程系木拉提·吐尔逊致辞): its first part two characters or more with no break, no title or word of a place,
        body or event in it (not 中国·江城…, “青春·梦想”)."""
        dot = text.find("·", i, i + DOTTED_FIRST_PART_REACH)
        if dot - i < 2 or not all(_HAN.match(ch) for ch in text[i:dot]):
            return None
        if self._title_any.search(text, i, dot) or _POST_IN_FIRST_PART.search(text, i, dot):
            return None  # (医院护士尼格买提·热合曼, 公司董事长彼得·霍夫曼: a title after the body, the title rule reads the name)
        run = _DOTTED_NAME.match(text, i)
        end = self._dotted_end(text, i, run.end()) if run else None
        if end is None or _NOT_IN_DOTTED_NAME.search(text, i, end) or _TITLE_CHARS.search(text[i:end]):
            return None
        return (i, end)

    def _preposition_after_name(self, text: str, at: int) -> bool:
        """Whether 给, 把 or 跟 at ``at`` opens the object of a later verb (县长陈明给获奖者颁发奖章, 陈明把奖杯递给,
        孙丽跟大家分享): a preposition after the name, none of its characters; not one right before the person's own
        act (陈明给发言 reads a name ending in 给; 对 and 向 are stop words already)."""
        return (text[at : at + 1] in _PREPOSITIONS_AFTER_NAME and _HAN.match(text, at + 1) is not None
                and self._trigger_start.match(text, at + 1) is None)

    def _ends_on_name(self, listed: str) -> bool:
        """Whether the last item of ``listed`` (、退休教师张明, the rest of a list before its speech act) ends on a
        person's name: a list of speakers, not words of manner (居民高兴、开心地发言: 高兴 no name)."""
        last = listed.rsplit("、", 1)[-1]
        if last.endswith("地"):
            return False
        return any(self._name_at(last, i) == (i, len(last)) for i in range(max(0, len(last) - 4), len(last) - 1))

    def _old_surname_name_at(self, text: str, i: int) -> tuple[int, int] | None:
        """局长老家明致辞: the surname 老 right after a post, a given part of two characters, then the person's own act
        (:data:`_OLD_SURNAME_NAME`); not 老同志, 老干部, 老师傅 (a person noun or post after 老); a familiar address (老王)
        has no act right after three characters."""
        if not (i > 0 and self._title_end.search(text, max(0, i - 8), i)):
            return None
        m = _OLD_SURNAME_NAME.match(text, i)
        if m is None:
            return None
        given = m["given"]
        # (老两口, 老一辈, 老百姓, 老大爷: a numeral or a word of size after 老 makes a word, no given name)
        if self._title_any.match(text, i + 1) or _ELDER_WORD_END.match(given) or given[0] in "一二两三四五六七八九十百千几大小" or _TITLE_CHARS.search(given) or text[i : i + 3] in self.lex.non_names:
            return None
        return i, i + 3

    def _name_at(self, text: str, i: int) -> tuple[int, int] | None:
        if i >= len(text):
            return None
        surname_len = 2 if text[i : i + 2] in self.lex.compound_surnames else 1
        if _post_ends_at(text, i) or _FROM_PHRASE.match(text, i):
            return None  # (王明教授从历史、理论…: 从 opens a phrase, it is no surname here; not 从维熙)
        if text[i] == "老" and (old := self._old_surname_name_at(text, i)) is not None:
            return old
        if text[i : i + surname_len] not in self.lex.surnames:
            # 日本外务大臣小野寺健一: a Japanese family name of three characters opening on no Chinese surname (the
            # model misses names of five characters); not one of two (中村一郎), which the model reads
            return self._east_asian_name_at(text, i) if text[i : i + 3] in self.lex.east_asian_surnames else None
        if text[i] == "国" and (_CHAIR_QUALIFIED_END.search(text, max(0, i - 4), i) or text[max(0, i - 2) : i] == "东道"):
            # 轮值主席国荷兰首相, 本届主席国英国外交大臣: 主席国, 东道国 the state holding the chair or hosting, no
            # surname 国 (a qualifier of the chair's term before it: 轮值, 本届, 现任; thirty-fourth round; not
            # 协会主席国强, a name after a plain 主席)
            return None
        if _ADVERB_ZENG.match(text, i):
            return None  # 省长曾多次强调: 曾 the adverb (once, ever), no surname
        if _YEAR_WORD.match(text, i):
            return None  # 网格员年度工作总结会: 年度 the word of a year, no surname 年
        if _BECOMING_VERB.match(text, i) and not _FOR_WHOM_ACT.match(text, i + 2):
            return None  # 从一名普通学生成长为青年教师: the verb of becoming, no surname 成
        if _SHI_WORD.match(text, i):
            return None  # 法官释法说理: 释法 the verb (explain the law), no surname 释
        if _PU_WORD.match(text, i):
            return None  # 与会代表普遍认为: 普遍 the adverb, no surname 普
        if _DISTRICT_BODY.match(text, i):
            return None  # 代表区政协常委会: a district body, no surname 区
        if _PALACE_BODY.match(text, i):
            return None  # 市工人文化宫主任王强: the body after an occupation word, no name
        if _WORD_THROUGH_WORKER.match(text, i):
            return None  # 机电工程系教师胡某: 电工 of 机电工程, no name 程系 after it
        if text[i] in "和与及" and i > 0 and text[i - 1] not in CLAUSE_BREAK and not self._surname_he_after_post(text, i):
            return None  # 优秀班主任和优秀校长: a conjunction between titles, not the surname 和
        if text[i] == "向" and _ADDRESSEE_AFTER_TO.match(text, i + 1):
            return None  # 负责人向学员介绍: the preposition and the people told, not the surname 向
        if text[i] == "傅" and _MASTER_ADDRESS.search(text, max(0, i - 3), i + 1):
            return None  # 带教师傅李明, 老师傅王强: 师傅 a form of address, not a title and the surname 傅
        for given in (2, 1):
            end = i + surname_len + given
            if end > len(text):
                continue
            if given == 2 and self._name_stop.match(text[end - 1 :]) is not None and not (
                # 孟庆和主持: a conjunction right before a verb cannot join two names; it ends this one
                text[end - 1] in "和与及"
                and (text[end : end + 1] not in self.lex.surnames or self._name_stop.match(text, end) is not None)
                and (not self._title_any.match(text, end)  # 张明和县长李强: 和 joins two titled names
                     or text[end - 1] == "和" and _ON_BEHALF_AFTER_HE.match(text, end))  # 孙用和代表省政府致辞
                and not _DIGIT_COUNT_AFTER_JOIN.match(text, end)  # 田雨和3个街道负责人: 和 joins a counted group
                # 区委书记严可为，区长…: 为 before punctuation is the name's own character
                or text[end - 1] == "为" and text[end : end + 1] in ("，", "、", "。", ",")
                # 县委书记李有为为获奖者颁奖: of two 为 the first is the name's own, the second the preposition
                or text[end - 1] == "为" and text[end : end + 1] == "为"
                # 吴大为发言, 张有为作报告: 为 before the person's own act is the name's own character
                or text[end - 1] in _NAME_LAST_LIKE_WEI and _ACT_AFTER_NAME_WEI.match(text, end)
                and (text[end - 1] == "为" or not _ADDRESS_AS_TIME.match(text, end))
                # 王正一同志, 张守一同县长王军: 一同 here is 一 of the name and 同 of 同志 or joining a second person
                or text[end - 1] == "一" and (_TONG_NOT_TOGETHER.match(text, end) or self._title_any.match(text, end + 1))
            ):
                continue  # 廖怿在发言时: the third character starts a stop word, the name has two
            if given == 2 and text[end - 1] == "的":
                continue  # 在县委书记张明的主持下: 的 ends no name
            if given == 2 and _ADVERB_OPENS_VERB.match(text, end - 1):
                continue  # 委员李华曾提出了…建议, 王明已表示: the adverb opens the verb, the name has two characters
            if given == 2 and _ON_SITE_ACT.match(text, end - 1):
                continue  # 秦雪现场述职: 现场 before the act, the name has two characters
            if given == 2 and text[end - 1] in "与同" and _COMPANY_AFTER.match(text, end):
                continue  # 张华同与会代表合影, 李明与受表彰的…握手: the third character joins the company
            if given == 2 and (text[end - 1] == "等" and text.startswith(("同志", "人", "领导", "嘉宾"), end)
                               or _FUNCTION_AFTER_NAME.match(text, end - 1)):
                continue  # 王强、刘兵等同志: 等 closes a list; 李丽代为宣读, 李丽作…报告: a word after the name
            if given == 2 and self._preposition_after_name(text, end - 1):
                continue  # 县长陈明给获奖者颁发奖章: 给 opens whom the act is for, the name has two characters
            if given == 2 and self._title_any.match(text, end - 1):
                continue  # 陆林教授、: the third character starts a title word after a two-character name
            if given == 2 and text[end - 1] in "同跟" and self._title_any.match(text, end):
                continue  # 周强同县长王军: 同 joins a second titled person, as 和 does (张明和县长李强)
            if given == 2 and text[end : end + 1] == "为" and (
                    text[end - 1] in _ADVERB_BEFORE_FOR or text[end - 1] == "成" and not _FOR_WHOM_ACT.match(text, end)):
                continue  # 李明成为颁奖嘉宾, 李明来为学员授课: 成为 the verb, 来 an adverb; not 回良成为获奖者颁奖
            if given == 2 and text[end - 1] in "每逢上下本这" and _WEEKDAY.match(text, end - 1):
                continue  # 刘强每周三主持: the third character opens a weekday, the name has two
            name = text[i:end]
            if name[-1] == "们":
                continue  # 与家长们作了交流, 和同学们: the plural of a people noun, no given name ends in it
            if _HAN_ONLY.fullmatch(name) is None or name in self.lex.non_names or _WEEKDAY.fullmatch(name) \
                    or name in self._stop_names or name[:2] in self._stop_names:
                # (负责人通报了…: a two-character stop verb opening on a surname starts no three-character name either)
                continue
            if name[-1] in "副正常总" and self._title_any.match(text, end):
                continue  # 高校学生司副司长: 副 opens the next title, no name ends with it
            if self._inside_title_word(text, i, end):
                continue  # 市州委宣传部长作交流发言: 宣传 opens the post word 宣传部长, it is no name
            rest_at = end
            if i > 0 and text[i - 1] in " \u3000" and text[end : end + 1] in (" ", "\u3000"):
                # 护理部主任 覃丽 发言: a name set off by spaces on both sides as scraped; what follows the spaces
                # ends it
                rest_at = end + len(text[end : end + 3]) - len(text[end : end + 3].lstrip(" \u3000"))
            rest = text[rest_at : rest_at + 6]
            if (
                not rest
                or rest[0] in CLAUSE_BREAK
                or rest[0] in "、“”（("  # 主持人：刘某（社区党委副书记）
                or rest[0].isdigit()  # 王晓晖23日在北京介绍
                or _WEEKDAY.match(rest)  # 市委书记何伟周一在市委主持…
                or self._name_stop.match(rest) is not None
                or rest[0] == "的" and self._name_stop.match(rest[1:]) is not None  # 张明的主持下
                or _ON_SITE_ACT.match(rest) is not None  # 秦雪现场述职
                or _ADVERB_OPENS_VERB.match(rest) is not None  # 李华曾提出, 陈刚已表示
                or rest[0] in "与同" and _COMPANY_AFTER.match(rest, 1)  # 张华同与会代表合影
                or rest[0] in "同跟" and self._title_any.match(rest, 1)  # 周强同县长王军: a second titled person
                or _TONG_NOT_TOGETHER.match(text, end)  # 张守一同王军一起: 同 joins a second person named with 一起
                or self._title_any.match(rest)  # 杨卉明副主任: a title after the name
                or rest.startswith(_MILITARY_RANKS) and self._title_after.match(text, rest_at)  # 张某大校出席
                or _COURTESY_OR_DEGREE_AFTER.match(text, rest_at)  # 农晓燕博士作…, 黄文伯老先生发言
                or rest.startswith("资深大律师")  # 律政司司长林定国资深大律师: a post-nominal (SC) after the name
                or _FUNCTION_AFTER_NAME.match(text, rest_at)  # 副市长孙静代为宣读: a function word after the name
                or self._preposition_after_name(text, rest_at)  # 县长陈明给获奖者颁发奖章
                or _SEQUENCE_AFTER_NAME.match(text, rest_at)  # 局长丘应桦其后发表主题演讲: then, after the name
                or _EXPERIENCE_TOLD_AFTER.match(text, rest_at)  # 老党员代表王某谈了入党以来的体会
                # (获奖代表陈立接过奖杯后发言: taking what is handed over, an act right after the name, GUIDELINES §4
                # seventeenth review round: receiving, then addressing)
                or rest.startswith("接过")
            ):
                return i, end
        # 杨何蓓茵, 叶刘淑仪: a married name of Hong Kong and Macau (her surname after her husband's),
        # read only when no shorter name ends cleanly
        end = i + 4
        if surname_len == 1 and text[i + 1 : i + 2] in _MARRIED_SECOND_SURNAMES and end <= len(text) \
                and _HAN_ONLY.fullmatch(text, i, end) is not None:
            rest = text[end : end + 6]
            if not rest or rest[0] in CLAUSE_BREAK or rest[0] in "、“”（(" or self._name_stop.match(rest) is not None:
                return i, end
        return self._east_asian_name_at(text, i)

    def _surname_he_after_post(self, text: str, i: int) -> bool:
        """Whether the 和 at ``i`` is the surname 和 of a name written right after a post (会议由村党支部书记和建军主持,
        县委书记和平出席并讲话): a post ends right before it, no post opens right after it (县委书记和县长出席: two posts),
        and a given name of one or two characters then the person's act follow (a post's holder is named after it;
        和 joining the post to another's act would leave the post with no one)."""
        if text[i] != "和" or self._title_any.match(text, i + 1) or not self._title_end.search(text, max(0, i - MAX_TITLE_CHARS), i):
            return False
        # (not 教师和观众代表: a label after the joint, no act)
        return any(
            (self._trigger_start.match(text, i + 1 + given) is not None or text.startswith(_ATTENDING_ACTS, i + 1 + given))
            and all(_HAN.match(ch) for ch in text[i + 1 : i + 1 + given])
            and text[i + 1 : i + 1 + given] not in self.lex.non_names and not _TITLE_CHARS.search(text, i + 1, i + 1 + given)
            for given in (2, 1)
        )

    def _east_asian_name_at(self, text: str, i: int) -> tuple[int, int] | None:
        """A Japanese name where its first character, a Chinese surname, reads no Chinese name (日本众议院议员山本健一
        致辞, 日本前首相福田康夫出席), Japan or a place of it written before in the sentence: a family name of
        models/lexicons/east_asian_surnames.txt, then a given name of one to three characters, ended by a stop
        word or punctuation as a Chinese name is.  (Not where the first character is no Chinese surname,
        中村一郎: an evaluation on the invented held-out set lost a right speaker that way; the model reads those.)"""
        if not _EAST_ASIAN_CONTEXT.search(text, max(0, i - MAX_TITLE_CHARS), i):
            return None  # (a Chinese name the rules could not read stays unread)
        for size in (3, 2):
            surname = text[i : i + size]
            if len(surname) == size and surname in self.lex.east_asian_surnames:
                break
        else:
            return None
        if text.startswith(_PLACE_UNITS, i + size):
            return None  # 日本石川县知事: a family name that is also a place, the unit after it (石川县, 石川市)
        for given in (2, 1, 3):
            end = i + size + given
            name = text[i:end]
            if end > len(text) or _HAN_ONLY.fullmatch(name) is None or name in self.lex.non_names:
                continue
            if any(self._name_stop.match(text, k) is not None for k in range(i + size, end)):
                continue  # (山本在会上致辞: a stop word inside the given name, or opening it, ends the name before it)
            rest = text[end : end + 6]
            if not rest or rest[0] in CLAUSE_BREAK or rest[0] in "、“”（(" or self._name_stop.match(rest) is not None:
                return i, end
        return None

    def _inside_title_word(self, text: str, start: int, end: int) -> bool:
        """A title word of the lexicon opens at ``start`` and runs past ``end`` (宣传部长, 组织部长): the
        candidate name is the first part of a post word."""
        return any(len(t) > end - start and text.startswith(t, start) for t in self._titles_by_start.get(text[start], ()))

    def names_keeping_yi(self, doc: Document, sentences: list[Sentence],
                         index: tuple[list[int], list[Entity]] | None = None) -> frozenset[str]:
        """Names of three characters ending in 亦 that the rules cut before it (亦, "also", is a name stop),
        where 亦 cannot mean "also": before 同志 (陈思亦同志主持), after 由 (会议由…陈思亦主持), or for the
        first person named in the text unless presence follows (局长黄晓亦主持会议 as the first; 孙东亦在
        论坛上 is still "also").  A name cut before 亦 or 也 (a Japanese given name ends in 也 often: 山本哲也) keeps it where
        a list joint or punctuation follows, as no verb does, and a Japanese given name of one character and 也 keeps it
        before a verb too (社长山本哲也在会上致辞).  Every other mention of such a name keeps the
        character too (陈思亦强调)."""
        text = doc.clean_text
        absent = self._absent_in(text)
        spans = sorted({(sentence.start + s, sentence.start + e)
                        for sentence in sentences for s, e in self.rule_names(sentence.text, absent)}
                       | {(p.start, p.end) for p in (index or self.person_index(doc))[1]})
        kept = set()
        for s, e in spans:
            full = text[s : e + 1]
            if text[e : e + 1] not in ("亦", "也") or not (self._bare_name(full) or self._bare_east_asian_name(full)):
                continue
            if _JOINT_AFTER_ALSO.match(text, e + 1):
                kept.add(full)  # 日本…首席代表山本哲也、…: no verb after the character, it is the name's own
                continue
            if text[e] != "亦":
                if not self._bare_name(full) and self._japanese_given_ya(full):
                    kept.add(full)  # 社长山本哲也在会上致辞: a Japanese given name of one character and 也 (GUIDELINES §4)
                continue  # (也 before a verb is "also": 李强也在会上发言, 山本也出席)
            first = not any(ps < s and text[ps:pe] not in (full, full[:-1]) for ps, pe in spans)
            if text.startswith("同志", e + 1) or _AGENT_OF_YOU_BEFORE.search(text, max(0, s - 31), s) \
                    or (first and not (_PRESENCE_AFTER_YI.match(text, e + 1) and not _IN_ADDRESS.match(text, e + 1))):
                kept.add(full)
        return frozenset(kept)

    def known_names(self, doc: Document, sentences: list[Sentence], excluded: set[str],
                    keeping_yi: frozenset[str] = frozenset(),
                    index: tuple[list[int], list[Entity]] | None = None) -> set[str]:
        """Every name a mention rule finds anywhere in the text (so bare later mentions count); a name
        cut before 亦 that ``keeping_yi`` holds whole is known whole."""
        names = {e.text for e in (index or self.person_index(doc))[1]}
        model_names = frozenset(names)
        short_foreign = set()  # 普京 of 俄罗斯总统普京: a short transliterated name read after a title
        absent = self._absent_in(doc.clean_text)
        # (no list of turns or counted list anywhere in the text: none in a sentence, _respective_list_names)
        lists_here = "in_turn" not in absent or "counted" not in absent
        for sentence in sentences:
            for s, e in self.rule_names(sentence.text, absent):
                whole = sentence.text[s : e + 1]
                names.add(whole if whole[-1:] in ("亦", "也") and whole in keeping_yi else sentence.text[s:e])
                if e - s == 2 and all(ch in _TRANSLIT_CHARS for ch in sentence.text[s:e]):
                    short_foreign.add(sentence.text[s:e])
            for s, e in self._respective_list_names(sentence.text, model_names) if model_names and lists_here else ():
                names.add(sentence.text[s:e])  # (a list shown to be of people by a model name)
        first_chars = self._name_first_chars
        # (a transliterated name, 克林顿 or 普罗迪, need not open with a Chinese surname; nor need one of two
        # characters that a title introduces: 俄罗斯总统普京。普京表示…)
        text = doc.clean_text
        # (日本…以会长樱井一郎为团长…。樱井一郎表示: a model name of four Han characters opening on a Japanese family
        # name's first character, Japan named on the page, is known too, so that its titled mention is read; GUIDELINES
        # §4 thirty-fifth round)
        japanese_openers = frozenset(s[0] for s in self.lex.east_asian_surnames if s) \
            if _EAST_ASIAN_CONTEXT.search(text) else frozenset()
        names = {n for n in names if n not in excluded and n not in self.lex.non_names and (
            n[0] in first_chars or (len(n) >= 3 and n[0] in _TRANSLIT_CHARS) or n in short_foreign
            or _MINORITY_NAME.fullmatch(n)
            or (n in model_names and len(n) == 4 and n[0] in japanese_openers and all(_HAN.match(ch) for ch in n)))}
        # 香港公益金…。公益金会长致辞: a body's short name written elsewhere after its region, no person (a surname
        # 公 and a title after it read it as one)
        names = {n for n in names if n in model_names or not self._after_region(text, n)}
        # 巴林首都麦纳麦, 获马可·波罗奖: a place or a prize the page names, no person (GUIDELINES §4 thirty-first round)
        names = {n for n in names if not named_as_place_or_prize(text, n)}
        # Members of a list with a known name (董大伟、钱林茂、袁艳平分别…) are names too.
        # The neighbour must start right after the name: a search from there would scan the rest of
        # the text for every occurrence (quadratic on long pages, found by tests/robustness/fuzz.py).
        pattern = self.names_pattern(names)
        # A neighbour taken as a name opens the next one in turn (李红、赵明、吴刚作了发言: every item of the
        # list, not only the one beside the known name); the walk stops at the first item that is no name.
        # (甲、乙、丙和丁依次述职: the last item after 和/及/与 before the list's act is one too, and ends the walk)
        for _, end in pattern.spans(text) if pattern is not None else ():
            while (neighbour := _LIST_NEIGHBOURS.match(text, end) or _LAST_LIST_NEIGHBOUR.match(text, end)) is not None:
                candidate = neighbour["name"]
                if candidate[0] not in self.lex.surnames or candidate in excluded or _SIDE_WORD.fullmatch(candidate):
                    break
                names.add(candidate)
                if neighbour.re is _LAST_LIST_NEIGHBOUR:
                    break
                end = neighbour.end("name")
        return names

    @staticmethod
    def names_pattern(names: set[str]) -> NameScanner | None:
        """One scanner of ``names``, longest first (one scan per sentence, not one per name)."""
        return NameScanner(names) if names else None

    def person_index(self, doc: Document) -> tuple[list[int], list[Entity]]:
        """Model PER entities of name length sorted by start, with their starts (for slicing by
        sentence).  A model name that starts an organization anywhere in the text (陶润会 of
        陶润会党支部) is no person's name, wherever else it stands."""
        text = doc.clean_text
        # (transliterated names run longer: 彼得罗夫斯基, 尼古拉斯·拉迪)
        # (李明依次…: a model name whose last character starts a stop word of two or more characters
        # ends one character earlier)
        # (耿涛等3名同志, 李丽作…报告, 李丽代为宣读: a function word after a two-character name, read into it)
        # (欧阳静作总结讲话, 纳兰静作…: the same after a compound surname and a one-character given name, four in all)
        trimmed = [
            dataclasses.replace(e, text=e.text[:-1], end=e.end - 1)
            if e.type == "PER" and (e.end - e.start == 3 or e.end - e.start == 4 and e.text[:2] in self.lex.compound_surnames) and (
                self._long_stop.match(text, e.end - 1) is not None or _FUNCTION_AFTER_NAME.match(text, e.end - 1)
                or self._preposition_after_name(text, e.end - 1)
                # (郑静及白晓国分别发言: a model name over the joint before a list's last name and its act)
                or _LAST_LIST_NEIGHBOUR.match(text, e.end - 1))
            else self._dotted_model_name(text, e) if e.type == "PER" and "·" in e.text
            else self._grown_model_name(text, e) if e.type == "PER" and e.end - e.start == 2
            else e
            # (the model's names only: every step below reads or keeps PER entities alone, and the index holds no other)
            for e in doc.entities if e.type == "PER"
        ]
        # (县委书记才让卓玛主持…: a Tibetan or Uyghur name the model cut at its start, grown back to the run of
        # name syllables it ends, where a title or no Chinese character stands before the run)
        trimmed = [self._grown_minority_name(text, e) if e.type == "PER" else e for e in trimmed]
        # (施永向康宁颁发…: two names the model ran together over the preposition between them)
        trimmed = [self._cut_at_preposition(e) if e.type == "PER" else e for e in trimmed]
        # (李子涵同学发言: a model name cut one character short of 同学; a given name's last character before it,
        # no function word: 李明和同学们, 王刚与同学们)
        trimmed = [
            dataclasses.replace(e, text=text[e.start : e.end + 1], end=e.end + 1)
            if e.type == "PER" and e.end - e.start == 2 and _CUT_BEFORE_CLASSMATE.match(text, e.end)
            and self._name_stop.match(text, e.end) is None else e
            for e in trimmed
        ]
        # (本报讯（通讯员 黎春）1月16日，…: a model name running into a bracket or a mark is no name)
        # (本届年会共设…分论坛，邀请专家作专题报告: a model name that is a meeting's own noun, 年会, 晚会, 例会, is the
        # meeting, no person, its first character a surname or not)
        # (古人说，写文章要“惟陈言之务去”，“陈言”者，即…: a model name that a quotation mark opens and closes right
        # around, anywhere on the page, is a word quoted, a term under discussion, no person, GUIDELINES §4 named people)
        quoted_terms = {e.text for e in trimmed if e.type == "PER" and text[e.start - 1 : e.start] in _OPENING_QUOTE_MARKS
                        and text[e.end : e.end + 1] in _CLOSING_QUOTE_MARKS}
        candidates = [e for e in trimmed if e.type == "PER" and not _NOT_IN_NAME.search(e.text)
                      and e.text not in quoted_terms
                      and e.text not in self._meeting_noun_set and not _EPONYM_AFTER.match(text, e.end) and (
            2 <= e.end - e.start <= 4 or (5 <= e.end - e.start <= MAX_FOREIGN_NAME and not _ORG_LAST_CHAR.search(e.text))
        )]
        org_like = {
            name for name in {e.text for e in candidates}
            if any(self._org_follows(text, end) or _MODEL_CODE_AFTER.match(text, end) for end in _ends_of(name, text))
        }
        people = sorted((e for e in candidates if e.text not in org_like), key=lambda e: e.start)
        return [e.start for e in people], people

    def _cut_at_preposition(self, e: Entity) -> Entity:
        """A model name of five or more characters that is a Chinese name of two or three, the preposition 向, 为 or 给,
        and a second name opening with a surname (施永向康宁颁发奖杯): the one who acts is the first name, the second
        the recipient; cut at the preposition.  A transliterated name opens with no listed surname before such a joint."""
        if not 5 <= e.end - e.start <= 7 or "·" in e.text:
            return e
        for cut in (2, 3):
            rest = e.text[cut + 1 :]
            if (e.text[cut] in _PREPOSITION_BETWEEN_NAMES and e.text[0] in self.lex.surnames
                    and 2 <= len(rest) <= 3 and (rest[0] in self.lex.surnames or rest[:2] in self.lex.compound_surnames)):
                return dataclasses.replace(e, text=e.text[:cut], end=e.start + cut)
        return e

    def _dotted_model_name(self, text: str, e: Entity) -> Entity:
        """A model name of dotted parts that runs on into what follows it (买买提·吐尔逊作交流发言,
        阿米娜·穆罕默德视频致辞) ends before the stop word, function word or manner phrase, its last
        part keeping two characters at least."""
        for cut in range(e.start + e.text.rfind("·") + 3, e.end):
            if self._long_stop.match(text, cut) is not None or _FUNCTION_AFTER_NAME.match(text, cut) \
                    or _MANNER_AFTER.match(text, cut):
                return dataclasses.replace(e, text=text[e.start : cut], end=cut)
        return e

    def _grown_minority_name(self, text: str, e: Entity) -> Entity:
        """A model name that ends a longer run of Tibetan or Uyghur name syllables (让卓玛 of 才让卓玛), the run
        opening after a title word or a non-Chinese character: the whole run; not an ordinary Han name."""
        for start in range(max(0, e.start - 4), e.start):
            if _MINORITY_RUN.fullmatch(text, start, e.end) and (
                    start == 0 or not _HAN.match(text, start - 1)
                    or self._title_end.search(text, max(0, start - MAX_TITLE_CHARS), start)):
                return dataclasses.replace(e, text=text[start : e.end], start=start)
        # (乌兰图雅同学: a model name cut inside the run's last syllable, 乌兰图 of 乌兰+图雅, grows to the run's end
        # when the whole run is a name closed by an act or a mark)
        whole = _MINORITY_NAME.match(text, e.start)
        if whole and e.end < whole.end() <= e.end + 2 and _MINORITY_RUN.fullmatch(text, e.start, whole.end()):
            return dataclasses.replace(e, text=text[e.start : whole.end()], end=whole.end())
        return e

    def _grown_model_name(self, text: str, e: Entity) -> Entity:
        """A model name of two characters cut before a word that its third character makes with the
        verb 作 (张建力作交流发言, 宋建新作了表态发言: 力作, 新作), or before 为 opening whom an act is for
        (回良成为获奖者颁奖, 王建华为学员授课), is the name of three; not where that character is a function
        word or adverb (李明并作…, 王强又作…, 李明还为…) or opens a stop word. A model name that is a compound surname
        alone (皇甫) is grown by :meth:`_grown_compound_surname`."""
        if e.text in self.lex.compound_surnames:
            return self._grown_compound_surname(text, e)
        tail = text[e.end : e.end + 1]
        # (种植户张春来说：“…”: the model cuts 张春 before 来说, yet the words quoted after a colon make 说 the verb and
        # 来 the name's end; not 对张春来说，… where 来说 closes the phrase 对…来说, "as for")
        if (_LAI_SHUO_QUOTED.match(text, e.end) and e.text[:1] in self.lex.surnames
                and "对" not in _CLAUSE_HEAD.split(text[max(0, e.start - 20) : e.start])[-1]):
            return dataclasses.replace(e, text=text[e.start : e.end + 1], end=e.end + 1)
        if not tail or tail in _NOT_GIVEN_TAIL or not _HAN.match(tail) or self._name_stop.match(text, e.end) is not None:
            return e
        # (李德胜接过证书, 李德胜上台发言: the model cuts a name before a character it takes for a verb, yet a verb
        # or act of two characters follows that character, so the character ends the name; not grown here in
        # 王强登上讲台, where the character is the verb and 上 alone follows it, though a title before the name still
        # reads 王强登 there: the title reading's stop words hold 登台, not 登上)
        if e.text[:1] in self.lex.surnames and self._act_stop.match(text, e.end + 1) is not None:
            return dataclasses.replace(e, text=text[e.start : e.end + 1], end=e.end + 1)
        # (回良成为获奖者颁奖: 为 opening whom the act is for; the model's name stands for the surname there,
        # 回 being in no list of surnames; not 李明来为学员授课, 常为, 更为)
        if not (text[e.end + 1 : e.end + 2] in ("作", "做") and _FUNCTION_AFTER_NAME.match(text, e.end + 1)
                and e.text[:1] in self.lex.surnames
                or tail not in _ADVERB_BEFORE_FOR and _FOR_WHOM_ACT.match(text, e.end + 1)):
            return e
        return dataclasses.replace(e, text=text[e.start : e.end + 1], end=e.end + 1)

    def _grown_compound_surname(self, text: str, e: Entity) -> Entity:
        """A model name that is a compound surname alone (皇甫 of 皇甫立新在会上讲话, 上官 of 上官晓月主持) cut before
        its given name: the surname and the one or two characters after it that end where a clause break, a stop word,
        a function word or a preposition opens (two tried first); not before a word of address or a title (欧阳大妈,
        司马主任, 诸葛书记), nor where a function word would be read into the given name (欧阳在会上: none grown)."""
        if (_ADDRESS_AFTER_SURNAME.match(text, e.end) or _CUT_TITLE.match(text, e.end)
                or self._title_any.match(text, e.end) or self._name_stop.match(text, e.end) is not None):
            return e
        for size in (2, 1):
            end = e.end + size
            given = text[e.end : end]
            if len(given) < size or any(not _HAN.match(c) or c in _NOT_GIVEN_TAIL for c in given):
                continue
            after = text[end : end + 1]
            # (the text's end after the given name ends it, as a mark does)
            if (after == "" or after in CLAUSE_BREAK or after == "、" or after in _NOT_GIVEN_TAIL
                    or self._name_stop.match(text, end) is not None or _FUNCTION_AFTER_NAME.match(text, end)
                    or self._preposition_after_name(text, end)):
                return dataclasses.replace(e, text=text[e.start : end], end=end)
        return e

    def mentions(
        self,
        doc: Document,
        sentence: Sentence,
        excluded: set[str],
        known: set[str] = frozenset(),
        people: tuple[list[int], list[Entity]] | None = None,
        known_re: NameScanner | None = None,
        keeping_yi: frozenset[str] = frozenset(),
    ) -> list[Mention]:
        text = doc.clean_text
        # Span -> rank: rule names (anchored by a title and a stop word) beat known names,
        # which beat raw model spans (the model's boundaries are the least reliable: 刘智到).
        spans: dict[tuple[int, int], int] = {}
        offset = sentence.start
        for s, e in self.rule_names(sentence.text):
            if self._after_region(text, sentence.text[s:e]):
                continue  # (香港公益金…。公益金会长致辞: a body's short name, see known_names)
            if sentence.text[e : e + 1] == "同" and self._title_any.match(sentence.text, e + 1) \
                    and self._named_whole_elsewhere(text, sentence.text[s : e + 1], offset + s):
                e += 1  # 区委书记刘永同区长陈军…。刘永同在会上讲话: 同 is the name's own where the text names him so
            spans[(s + offset, e + offset)] = 0
        if known_re is None:
            known_re = self.names_pattern(known)
        if known_re is not None:
            for start, end in known_re.spans_in(text, sentence.start, sentence.end):
                spans.setdefault((start, end), 1)
        # (the line's name is four characters at most once its spaces are stripped: a longer sentence is not tried)
        bare = BARE_NAME_LINE.fullmatch(sentence.text) \
            if sentence.text[-1:] not in "：:" and len(sentence.text.strip(" \u3000")) <= 4 else None
        # (张　伟: a two-character name set to the width of three, as bylines print it)
        if bare and bare.span("name") in (self._name_at(sentence.text, bare.start("name")),
                                          self._padded_name_at(sentence.text, bare.start("name"))) \
                and text[sentence.end : sentence.end + 1] in ("", "\n") and self._headline_above(text, offset) is not None:
            spans[(offset + bare.start("name"), offset + bare.end("name"))] = 0  # 在…大会上的讲话 / 王建国
        # Only this sentence's slice of the sorted people: a long document costs
        # O(entities) overall, not O(sentences x entities) (found by tests/robustness/fuzz.py).
        starts, entities = people if people is not None else self.person_index(doc)
        lo, hi = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end)
        # (a list shown to be of people by a model name whose surname we do not list; the test of _IN_TURN_WORD
        # saves building the set of names for the many sentences with no such list)
        if hi > lo and _IN_TURN_WORD.search(sentence.text):
            for s, e in self._respective_list_names(sentence.text, frozenset(ent.text for ent in entities[lo:hi])):
                spans.setdefault((s + offset, e + offset), 0)
        for e in entities[lo:hi]:
            # A model name with a surname we do not list still counts right after a job title
            # or right before a role trigger (the lexicon of surnames is not complete).
            if _ELDER_WORD.match(e.text) and _ELDER_WORD_END.match(text, e.end):
                continue  # 向老同志致以祝福: a preposition and 老同志, not a person 向老
            if e.end <= sentence.end and not self._org_follows(text, e.end) and (
                self._plausible_name(e.text)
                or self._title_end.search(text, max(0, e.start - 12), e.start)
                or self._name_stop.match(text, e.end) is not None
            ):
                spans.setdefault((e.start, e.end), 2)
        if not spans:
            return []  # (most sentences name nobody: nothing below can add a mention)
        # 华宇新材料总经理徐磊, 高德地图副总裁董振宁: a model "name" opening the organization of the
        # title that a rule name follows is a brand, not a person.
        rule_starts = {s for s, e in spans if spans[(s, e)] == 0}
        for s, e in [p for p in spans if spans[p] > 0]:
            title = self._title_any.search(text, e, min(len(text), e + BRAND_TITLE_GAP))
            gap = text[e : title.start()] if title else ""
            while title and text[title.end() : title.end() + 1] == "、":
                # (国科大党委书记、校长周琪: a chain of titles before the rule name)
                more = self._title_any.match(text, title.end() + 1)
                if more is None:
                    break
                title = more
            # (张一鸣为毕业生代表陆嘉禾颁发: a verb's object between, a person acting)
            # (李家超联同政务司司长陈国基, 王建国携公司总经理李明: a verb between two people; 行政长官李家超
            # before: a titled person elsewhere)
            if title and title.end() in rule_starts and _SHORT_WORD_GAP.fullmatch(gap) \
                    and not _VERB_IN_GAP.search(gap) and not title.group().endswith("代表") \
                    and not self._titled_somewhere(text, text[s:e]):
                del spans[(s, e)]
        # Drop spans overlapping a better-ranked (then earlier, then longer) span.
        chosen: list[tuple[int, int]] = []
        for s, e in sorted(spans, key=lambda p: (spans[p], p[0], -(p[1] - p[0]))):
            if any(s < ce and cs < e for cs, ce in chosen):
                continue
            chosen.append((s, e))
        chosen.sort()
        out = []
        for s, e in chosen:
            # 王　伟: a two-character name padded to three (Michael Chen keeps its space)
            name = _SPACE_IN_NAME.sub("", text[s:e]).strip()
            if len(name) == 3 and name.endswith("等") and (text.startswith(("同志", "人", "领导", "嘉宾"), e)
                                                          or _LIST_END_AFTER.match(text, e)):
                name, e = name[:-1], e - 1  # 王强、刘兵等同志, 甲、房晓等为…颁奖 (a model span over 等)
            if len(name) == 3 and _ON_SITE_ACT.match(text, e - 1):
                name, e = name[:-1], e - 1  # 秦雪现场述职 (a model span over 现 of 现场)
            if len(name) == 3 and name.endswith("则") and _SPEECH_AFTER_ZE.match(text, e) \
                    and not self._named_whole_elsewhere(text, name, s):
                name, e = name[:-1], e - 1  # 蒋红则表示: 则 (then, in contrast) opens the verb, no part of the name
            if len(name) == 3 and name.endswith("曾") and _ZENG_AFTER_NAME.match(text, e - 1) \
                    and (name[:-1] in known or any(ent.text == name[:-1] for ent in entities)):
                # 县委书记王刚曾指出: 曾 (once) opens the verb where 王刚 is read as a name here or elsewhere in the text
                name, e = name[:-1], e - 1
            if len(name) == 3 and name.endswith("总") and _AFTER_ZONG.match(text, e):
                name, e = name[:-1], e - 1  # 王磊总经理, 张华总工程师: 总 opens the title after the name
            # (not 司马大爷, 欧阳阿姨: a compound surname alone before the kin address, no name; see _ADDRESS_ONLY below)
            if len(name) >= 4 and (kin := _KIN_AFTER_NAME.search(name)) \
                    and kin.start() > (2 if name[:2] in self.lex.compound_surnames else 1) \
                    and (name[0] in self.lex.surnames or name[:2] in self.lex.compound_surnames):
                name, e = name[: kin.start()], e - len(kin.group())  # 林阿满阿嬷: the name before the kin address
            if _KIN_ONLY.fullmatch(name):
                continue  # 阿伯: a kin address alone names nobody
            if len(name) == 2 and _CUT_TITLE.match(text, e - 1):
                continue  # 陈教授, 张主任: a surname and a title the model cut in two
            address = _ADDRESS_ONLY.fullmatch(name)
            if address and (address["surname"] in self.lex.surnames or address["surname"] in self.lex.compound_surnames):
                continue  # 家长代表张女士发言: a surname and a form of address, no name (§4)
            if name in self.lex.compound_surnames and _ADDRESS_AFTER_SURNAME.match(text, e):
                continue  # 欧阳大妈 read as 欧阳: the same
            if _NOUN_BEFORE_COURTESY.match(name) and text.startswith(("先生", "女士"), e):
                continue  # 学生家长汪先生: a common noun, a surname and a courtesy title
            if name in excluded or _ORG_LAST_CHAR.search(name) or name in self.lex.non_names and not (
                    spans.get((s, e)) == 0 and _CLASS_LIKE_NAME.fullmatch(name)):  # (副校长高一致辞: see _class_like_name_at)
                continue  # (项目部, 石门镇: an organization or place read as a name; 嘉宾: a word)
            # (专家学者王强、李明先后发言: the first name of a list after the group, its 、 a break too, cr8 1.5)
            if self._after_collective_posts(text, sentence.start, s) and not (
                    text[e : e + 1] in CLAUSE_BREAK or text[e : e + 1] == "、" and self._name_at(text, e + 1)
                    or self._name_stop.match(text, e) is not None):
                continue  # 代表委员热议总书记…: a group of people as subject and its verb with its object, not a name
            if _NAMED_AFTER.match(text, e):
                continue  # 曹禺戏剧文学奖, 吴孟超肝胆外科医学基金: a prize or fund named after the person
            if named_as_place_or_prize(text, name):
                continue  # 巴林首都麦纳麦, 获马可·波罗奖: a place or a prize the page names (§4 thirty-first round)
            if _VENUE_AFTER.match(text, e):
                continue  # 在邵逸夫堂致辞, 李兆基会议厅内: a venue named after the person, not the person acting
            if _VENUE_NAME_END.search(name) and _AT_VENUE_BEFORE.search(text, max(0, s - 1), s) \
                    and _VENUE_USE_AFTER.match(text, e):
                continue  # 于陆佑堂举行…典礼: a hall where the event is held, not a person
            if _AT_VENUE_BEFORE.search(text, max(0, s - 1), s) and _SITE_AFTER.match(text, e):
                continue  # 于何文田校园…举行: a place named before a campus, not a person
            if self._place_before_office(text, name, e):
                continue  # 高雄市长颁奖 (高雄市政府…): a place before the office of its head, not a person
            if _LEGACY_AFTER.match(text, e):
                continue  # 学雷锋志愿服务, 焦裕禄精神, 雷锋式: the person's legacy named, not the person acting
            if _DOCTRINE.match(text, e) or text[s - 1 : s] == "《":
                continue  # 马克思主义, 毛泽东思想, 《邓小平…纲要》: a doctrine or a title, not the person
            if _INSIDE_A_NAME.search(text, max(sentence.start, s - 16), s) and _NAME_CLOSING_AHEAD.match(text[e : e + 13]):
                continue  # 「行政长官卓越教学奖」: a word inside a prize's or a book's name
            if _KINSHIP_TERM.fullmatch(name[1:]):
                continue  # 居民代表张阿姨, 赵大爷: a surname and a kinship term, no personal name (GUIDELINES §4)
            if _NOT_GIVEN_NAME.fullmatch(name[1:]):
                continue  # 向全体(代表), 向美方: a preposition and its object, not a surname and a name
            if name[0] == "向" and _MODIFIER_NOT_GIVEN.fullmatch(name[1:]) and self._title_any.match(text, e):
                continue  # 向获奖教师颁发: a preposition, a modifier and a person noun, not 向 and a name
            if name[0] == "向" and _ADDRESSEE_AFTER_TO.match(text, s + 1):
                continue  # 向新同学表示热烈欢迎: the preposition and the people greeted, as _name_at reads it (§4)
            if name[0] == "区" and _DISTRICT_BODY.match(text, s):
                continue  # 区民代表会主席翁启明: the district's residents' council, no surname 区 (§4)
            if name[0] == "向" and _WON_AFTER_TO.match(text, s + 1):
                continue  # 向荣获“…”称号的同志颁发: a preposition and a phrase of winning, not a person 向荣
            if _VERB_ON_SURNAME.match(text, s - 1):
                continue  # 感谢志工朋友: 谢 closes the verb 感谢, no surname opening a name 谢志工
            if text[e : e + 1] in ("亦", "也") and name + text[e] in keeping_yi:
                # 常务副县长陈思亦同志主持, 首席代表山本哲也、…: the character is the name's own (names_keeping_yi)
                name, e = name + text[e], e + 1
            out.append(Mention(s, e, name))
        return out

    def _place_before_office(self, text: str, name: str, end: int) -> bool:
        """Whether ``name`` ending at ``end`` is a place before the office of its head (高雄市长, 青阳县长): a title
        after it opens with a place unit, and the text shows the place so, either as the place itself elsewhere
        (高雄市政府, 在高雄市举行: ``name`` and the unit with no title after them) or by another person named
        after the same title (市长陈启文: the office's holder, so ``name`` before it is no second one)."""
        after = self._title_after.match(text, end)
        if after is None or after.group()[0] not in _PLACE_UNIT:
            return False
        unit = after.group()[0]
        for k in _ends_of(name + unit, text):
            if k != end + 1 and not self._title_after.match(text, k - 1):
                return True
        office = after.group()
        for k in _ends_of(office, text):
            if text[k - len(office) - 1 : k - len(office)] in _DEPUTY_OR_ACTING_END:
                continue  # (副市长李军: a deputy, who may well serve beside a mayor named before his post)
            span = self._name_at(text, k)
            if span and text[span[0] : span[1]] != name and k != after.end():
                return True
        return False

    def _after_collective_posts(self, text: str, floor: int, start: int) -> bool:
        """Whether the clause before ``start`` (not before ``floor``) is all bare post nouns side by side
        that are not one post together (代表委员, not 主任医师): a group of people, no person's title. A group
        noun before 代表 names one person who speaks for it (教师代表李芳)."""
        clause_start = start_after(text, start, "，。；！？：\n,;:", floor=floor)
        clause = text[clause_start:start].strip()
        # (a clause opening with no title word's first character cannot be one: most are not tried)
        return clause[:1] in self._titles_by_start and clause not in self._title_words and not clause.endswith("代表") \
            and self._collective_posts.fullmatch(clause) is not None

    def _body_come_from(self, text: str, floor: int, title_start: int) -> str | None:
        """The body named in ``来自X的`` right before a title starting at ``title_start`` (来自南方理工大学的青年教师杨帆),
        or in a later item of the same list (…杨帆、省师范大学的副教授罗丽萍): X when it ends in an organization word;
        not a place or a group (来自全省各地的, 来自科研院所和企业的)."""
        m = _FROM_BODY_BEFORE.search(text, max(floor, title_start - 60), title_start)
        if m is None or _NOT_ONE_BODY.search(m["org"]):
            return None
        org = m["org"]
        return org if org.endswith(self.lex.org_suffixes) or org[-1] in _ONE_CHARACTER_BODIES else None

    def _titled_somewhere(self, text: str, name: str) -> bool:
        """``name`` written right after a title somewhere in ``text`` (行政长官李家超), spaces allowed."""
        for end in _ends_of(name, text):
            k = end - len(name)
            while k > 0 and text[k - 1].isspace():
                k -= 1
            if self._title_end.search(text, max(0, k - MAX_TITLE_CHARS), k):
                return True
        return False

    def _org_follows(self, text: str, end: int) -> bool:
        """An organization word right after a model name, or after a few more characters in
        the same clause (陶润会党支部, 陶润会文化传播有限公司): the name starts an organization; or a
        place word or meeting noun right after it (:data:`_PLACE_AFTER_NAME`): the name is a place."""
        if self._org_suffix.match(text, end) is not None or _PLACE_AFTER_NAME.match(text, end):
            return True
        appointed = _APPOINTED_TO.match(text, end)
        if appointed and self._title_any.search(text, appointed.end(), clause_bounds(text, end)[1]):
            return False  # 张华任集团党委书记: the post the person is appointed to, no organization opening on the name
        m = self.lex.org_name_ahead.match(text, end)
        return bool(m) and not any(stop in m.group() for stop in self.lex.name_stops)

    def _named_whole_elsewhere(self, text: str, name: str, at: int) -> bool:
        """Whether ``name`` (刘永同, read as 刘永 before 同 and a title at ``at``) stands elsewhere in ``text``
        with no title word after it (刘永同在会上讲话): there 同 can only be the name's own (周强同志 is 周强)."""
        i = text.find(name)
        while i >= 0:
            if i != at and not self._title_any.match(text, i + len(name)) and text[i + len(name) : i + len(name) + 1] != "志":
                return True
            i = text.find(name, i + 1)
        return False

    @staticmethod
    def _determined_body(text: str, determiner: str, title: str) -> str | None:
        """The body that 该行, 该公司, 该校 before ``title`` stands for (GUIDELINES §4 organization, given apart
        from the title): the one body of that kind whose name opens a clause before the title's first mention
        (江城农商银行召开…。该行党委书记… -> 江城农商银行); None when there is none or any other body of the kind
        is named before."""
        at = text.find(title)
        patterns = _DETERMINED_BODY.get(determiner[1:])
        if at < 0 or not patterns:
            return None
        opening, determiner_word, body_end = patterns
        before = text[:at]
        bodies = {m["body"] for m in opening.finditer(before)}
        if len(bodies) != 1:
            return None
        body = bodies.pop()
        # (华宇公司召开…，远航公司应邀参加。该公司…: another body of the kind named before, the reference unclear)
        rest = determiner_word.sub("", before.replace(body, ""))
        return None if body_end.search(rest) else body

    def _plausible_name(self, name: str) -> bool:
        """A model PER span that reads as a Chinese name: a surname first, no stop word after it."""
        surname_len = 2 if name[:2] in self.lex.compound_surnames else 1
        return (
            name[:surname_len] in self.lex.surnames
            and len(name) > surname_len
            and self._name_stop.match(name[surname_len:]) is None
            and not _WEEKDAY.fullmatch(name)
            and not _DISTRICT_BODY.match(name)
        )
