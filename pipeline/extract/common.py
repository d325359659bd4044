"""Shared machinery of the rule extractors: lexicons, sentences, evidence, names, titles.

All offsets are clean-text offsets unless a name says ``raw``.

Known limitations: person names are found by the NER model plus a title-anchored rule
(title word, surname, one or two more characters, then a verb or punctuation); a name
with neither is missed.  Title chains are read backwards from the name to the nearest
clause boundary and must end in a job-title word from the lexicon.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import repeat
from pathlib import Path
from typing import Any, TypeVar

from pipeline import segment
from pipeline.config import MODELS_DIR
from pipeline.document import Document, derived_view
from pipeline.regex_gate import (  # noqa: F401 (the extractors' import)
    DIGIT_CLASS,
    MAX_GATE_CHARS,
    first_char_gated,
    literal_gated,
    pair_gated,
)

_Kept = TypeVar("_Kept")


def bounded_memo(memo: dict[Hashable, _Kept], key: Hashable, limit: int, read: Callable[..., _Kept], *args: Any) -> _Kept:
    """``memo[key]``, read as ``read(*args)`` and kept when absent; the memo is emptied once it holds ``limit`` entries
    (the extractors' readings that depend on a sentence's text alone, kept across documents)."""
    try:
        return memo[key]
    except KeyError:
        pass
    if len(memo) >= limit:
        memo.clear()
    found = memo[key] = read(*args)
    return found


HAN = "\u3400-\u9fff"
# Characters that end a clause for title/role look-up.
CLAUSE_BREAK = "，。；：！？,;:!?（）()\n"
# The marks that end a clause, as the extractors' look-backs read them (start_after's default).
CLAUSE_MARKS = "，。；,;"
# The verbs that report what a speaker said (县长说, 他指出，), shared by the readings that tell a remark from a clause of
# the article's own; each reading adds the verbs of its own field (介绍, 透露, 谈到, 认为).
SPEECH_VERBS = "说|指出|表示|强调"
# Verbs telling a contest's grades won, after a list of grades set up (本届设一等奖…，共评出/产生/决出一等奖5名): the
# counts after them were conferred and their money paid; one list for awards' set-up reading and funding's prize decline.
GRADES_WON = "评出|评选出|决出|产生|诞生|包揽|摘得|夺得|榜上有名"
# The grades of a prize (一等奖, 金奖, 金质奖, 优秀奖, §5: a prize's grade is an award), one list for every rule that
# reads one: the awards' and the speakers' (a prize won before a winner's name, a conferring word).
PRIZE_GRADES = "[一二三四五六特]等奖|金奖|银奖|铜奖|[金银铜]质奖|优秀奖|优异奖|优胜奖|鼓励奖|特别奖"
# 省, 市, 县, 区, 镇, 乡, 州, 旗: the characters that end a place's name by its administrative level (云川市, 江北县,
# 达茂旗), for the patterns that read a place or a body named after one; each pattern adds or leaves out its own.
PLACE_LEVELS = "省市县区镇乡州旗"
# Hong Kong honours and appointments written after a name (鄧炳強，GBS，JP).
POST_NOMINALS = r"(?:GBM|GBS|SBS|BBS|MH|JP|SC|QC|MBE|OBE|CBE|太平绅士|大紫荆勋贤)"


def read_lexicon_lines(path: Path) -> list[str]:
    """The lines of a lexicon file with ``#`` comments cut off, empty or blank ones dropped; [] when there is no file.
    A module that takes several word lists from one file reads it once with this (see word_list and words_of_kind)."""
    if not path.exists():
        return []
    return [line for raw in path.read_text(encoding="utf-8").splitlines() if (line := raw.split("#", 1)[0]).strip()]


def read_word_list(path: Path) -> list[str]:
    """The words of a lexicon file, one a line (its first token; ``#`` opens a comment); [] when there is none."""
    return word_list(read_lexicon_lines(path))


def word_list(lines: list[str]) -> list[str]:
    """The words of a lexicon file's lines (read_lexicon_lines), one a line: its first token."""
    return [line.split()[0] for line in lines]


def read_words_of_kind(path: Path, kind: str) -> list[str]:
    """The words of a lexicon file whose second, tab-separated column is ``kind`` (``作家<TAB>occupation``), in file
    order; ``#`` opens a comment; [] when there is no file."""
    return words_of_kind(read_lexicon_lines(path), kind)


def words_of_kind(lines: list[str], kind: str) -> list[str]:
    """The words of a lexicon file's lines (read_lexicon_lines) whose second, tab-separated column is ``kind``."""
    out = []
    for line in lines:
        word, _, line_kind = line.partition("\t")
        if word.strip() and line_kind.strip() == kind:
            out.append(word.strip())
    return out


# 曾, 多次, 定期: talks told as earlier or repeated, a series; 将, 拟, 计划: talks still ahead. Neither is talks held: the
# meetings' record of talks (meetings/talks.py _SIDES_TALK) and the speakers' reading of remarks made at them
# (speakers/patterns.py _TALK_NOT_HELD_IN_CLAUSE) refuse the same words.
TALKS_EARLIER_WORDS = "曾|多次|屡次|数次|经常|定期"
TALKS_AHEAD_WORDS = "将|拟|计划"
# 即将换届的…, 即将离任的…: what follows 即将 when it closes a short attribute on another act before 的, a holder or a
# person described, and that holder's verb of holding follows in the clause (…召开, …主持): that act is ahead, not the
# meeting told after it (GUIDELINES §3 and §4 thirty-eighth review round); an act of holding or a place in it (即将召开的,
# 即将在京举行的) keeps the meeting ahead. The verb of holding is required after the holder rather than a list of the
# meeting's own acts banned in the attribute (即将拉开帷幕的…会议上, 即将揭晓的…大会上: the meeting itself ahead; such a list
# is never complete).
ATTRIBUTE_AHEAD = ("(?![^，。；的]{0,4}?(?:召开|举行|举办|开幕|揭幕|启动|开始|进行|开展|到来|来临))"
                   "[^，。；的在于\\d]{1,4}的(?=[^，。；！？\\n]{1,30}?(?:召开|举行|举办|主持))")

# Place words beginning with 将 (将军澳, 将乐县, 将军路; models/lexicons/jiang_places.txt): 将 there is no future
# marker.  NOT_JIANG_PLACE is a lookahead to write right before a 将 of the future (``NOT_JIANG_PLACE + "将…"``); it is
# read at import, as the extractors' module-level patterns are built with it (no list: no lookahead, not ``(?!)``).
_JIANG_PLACES = sorted(read_word_list(MODELS_DIR / "lexicons" / "jiang_places.txt"), key=len, reverse=True)
NOT_JIANG_PLACE = "(?!" + "|".join(_JIANG_PLACES) + ")" if _JIANG_PLACES else ""
# The posts of models/lexicons/job_titles.txt that end in 主持人 (节目主持人, 工作室主持人: a programme's presenter, a
# studio's head): 主持人 closing such a post's noun is a title word, no label of the meeting's chair (GUIDELINES §3 host).
# NOT_AFTER_HOST_POST_NOUN is a lookbehind to write right before 主持人, one list for the speakers' role label and the
# meetings' chair label (read at import, as the module-level patterns are built with it).
_HOST_POST_NOUNS = [w.removesuffix("主持人") for w in read_word_list(MODELS_DIR / "lexicons" / "job_titles.txt")
                    if w.endswith("主持人") and w != "主持人"]
NOT_AFTER_HOST_POST_NOUN = "".join(f"(?<!{noun})" for noun in _HOST_POST_NOUNS)
# 从化区, 从江县 (places) and 从事, 从业, 从严, 从速, 从简 (words): a 从 that opens a word, not the preposition "from"
# that the organizer and title readers cut off before a name.
FROM_OPENS_WORD = "[化江事业严速简]"
# A month's or a day's number (3月, 十二月, 28日, 二十八日): Arabic digits first (full-width ones too, \d being
# Unicode), then Chinese numerals; one spelling for every date pattern of the extractors, its order of trial kept.
DATE_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
# A meeting planned for a day ahead (定于4月8日召开, 拟于…举办, 决定于…召开, 将于…举行): the planning word, then,
# within the sentence, a verb of holding (GUIDELINES §3: planned meetings are none).
# 去年, 上届, 往年: an event or act told of another year or edition (去年的…闭幕式, 去年比赛结束后), none of the one just told.
PAST_EDITION = re.compile("去年|前年|上年|往年|往届|上届|上一届")
PLANNED_HOLDING = re.compile("(?:定于|拟于|决定于|(?<![上中少大])将于|计划于)[^。；！？\n]{0,40}?(?:召开|举行|举办|开班|开幕)")
# 中国农民丰收节庆祝活动, 端午节庆祝活动, 庆祝第40个教师节活动: a festival's celebration named by 活动, no ceremony noun in
# it (GUIDELINES §3: festivals are no meetings, their opening, closing or prize ceremony is one); not 节能宣传活动, 环节,
# 季节 (节 no festival's).
_FESTIVAL_KINDS = ("庆祝", "庆典")
FESTIVAL_ACTIVITY = ("(?<![环季细章关礼调脱])节(?:" + "|".join(_FESTIVAL_KINDS) + ")活动"
                     "|庆祝[^，。；！？\\n]{0,12}?(?<![环季细章关礼调脱])节活动")
# The literals one of which every match of FESTIVAL_ACTIVITY holds (a cheap gate before the patterns built on it).
FESTIVAL_ACTIVITY_WORDS = (*(f"节{kind}活动" for kind in _FESTIVAL_KINDS), "节活动")
FESTIVAL_CELEBRATION = re.compile("(?:" + FESTIVAL_ACTIVITY + ")$")
# Such a celebration told held in a sentence (举办…丰收节庆祝活动, …节庆祝活动在…举行).
# (not …节庆祝活动开幕式, …节庆祝活动暨表彰大会: a ceremony named with it)
FESTIVAL_CELEBRATION_HELD = re.compile("(?:举行|举办|开展)了?[^，。；！？\\n]{0,30}?(?:" + FESTIVAL_ACTIVITY + ")(?![暨开闭颁启仪典])"
                                       "|(?:" + FESTIVAL_ACTIVITY + ")(?![暨开闭颁启仪典])[^，。；！？\\n]{0,20}?(?:举行|举办|开展)")
# A clause opening on a back-reference by a bare noun (会议由…主持, 全会由…主持, 论坛由…主办, 开班式由…主持): the
# meeting told before it (read with ``match`` at the clause's start).
BACK_REFERENCE = re.compile(r"\s*(?:本次|此次|这次|该)?(?P<noun>会议|大会|全会|论坛|会|开班式|开幕式|仪式|典礼|培训班|活动)由")


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` sorted longest first, ties in the words' own order (an alternation built from them tries a longer
    word before a shorter one it opens with; never by length alone, which leaves a set's hash-seed order)."""
    return sorted(words, key=lambda w: (-len(w), w))


def word_alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of ``words`` that matches as ``"|".join(map(re.escape, words))`` does when every word
    comes after the longer words that open with it (a list sorted longest first), written as a tree of their shared
    beginnings (副主任|副主席|副书记 as 副(?:主(?:任|席)|书记)): at each place of a text the engine tries the few
    different first characters instead of every word, and a lexicon of hundreds of words searches about twice as
    fast.  The words a place can match all lie on one path of the tree, tried longest first, as in the plain
    alternation; a list in another order keeps the plain form."""
    for k, word in enumerate(words):
        if any(other.startswith(word) and other != word for other in words[k + 1 :]):
            return "|".join(map(re.escape, words))  # (a shorter word first would win there: keep the plain form)
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        alternatives = [re.escape(ch) + branch(child) for ch, child in node.items() if ch]
        if not alternatives:
            return ""
        if len(alternatives) == 1 and "" not in node:
            return alternatives[0]
        return "(?:" + "|".join(alternatives) + ")" + ("?" if "" in node else "")

    return branch(tree)


def grouped_word_alternation(words: list[str] | tuple[str, ...], groups: int) -> str:
    """:func:`word_alternation` of ``words`` split by first character into ``groups`` alternatives, each behind a
    look-ahead on the first characters of its words: ``(?=[主副])(?:主(?:任|席)|副(?:…))|(?=[书局])(?:…)|…``.  At a place
    of a text only the words opening with its character can match, and they all lie in one group, whose tree is the
    tree of the whole list cut to them: the same matches, tried in the same order (also where the pattern around it
    backtracks).  The engine tests a few classes and then the first characters of one group instead of every first
    character of the list, which reads a lexicon of hundreds of words faster (see the speakers' title words).  Words
    of no character, or fewer first characters than groups, keep the one tree."""
    firsts = sorted({word[0] for word in words if word})
    if "" in words or len(firsts) <= groups:
        return word_alternation(words)
    parts = []
    for k in range(groups):
        chars = firsts[k * len(firsts) // groups : (k + 1) * len(firsts) // groups]
        opening = frozenset(chars)
        part = [word for word in words if word[0] in opening]
        parts.append("(?=[" + "".join(map(re.escape, chars)) + "])(?:" + word_alternation(part) + ")")
    return "|".join(parts)


def word_starts(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern whose ``match(s, pos)`` finds something exactly when ``s.startswith(tuple(words), pos)`` holds, for
    ``0 <= pos``: whether one of a lexicon's words (the name stops, hundreds of them) opens at a place of a text.

    Why: ``str.startswith`` with a tuple compares every word in turn, some 2,400 machine instructions per call with the
    400 name stops (1.3% of the extract stage, callgrind); one match of the tree of the words (:func:`word_alternation`)
    reads the few characters at the place. No word may be empty (``s.startswith("", pos)`` fails past the string's end,
    where an empty match does not)."""
    unique = set(words)
    if "" in unique:
        raise ValueError("word_starts: an empty word opens everywhere; test it apart")
    if not unique:
        return re.compile("(?!)")
    # (behind a look-ahead on the words' first characters: at a place where no word opens, most places a caller tries,
    # the engine tests one class instead of the tree's first characters one by one, about a hundred of them for the
    # stop words; a match is otherwise the same)
    firsts = {word[0] for word in unique}
    gate = "(?=[" + "".join(map(re.escape, sorted(firsts))) + "])" if len(firsts) <= MAX_GATE_CHARS else ""
    return re.compile(gate + "(?:" + word_alternation(longest_first(unique)) + ")")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


class Lexicons:
    """Extraction lexicons from ``models/patterns/extraction.json`` and ``models/lexicons``."""

    def __init__(self, patterns: dict[str, Any], lexicons_dir: Path) -> None:
        self.patterns = patterns
        self.lexicons_dir = lexicons_dir
        roles = {k: v for k, v in patterns["roles"].items() if not k.startswith("_")}
        # 指示, 提出, 希望, 部署: triggers only as a verb right after the person (the speaker extractor checks where)
        verb_only = {k: v for k, v in patterns["verb_only_triggers"].items() if not k.startswith("_")}
        self.verb_only_triggers: frozenset[str] = frozenset(t for triggers in verb_only.values() for t in triggers)
        # (trigger, role) longest trigger first, so 作了讲话 wins over 讲话 and 主持人 over 主持.
        self.role_triggers: list[tuple[str, str]] = sorted(
            ((t, role) for section in (roles, verb_only) for role, triggers in section.items() for t in triggers),
            key=lambda p: -len(p[0]),
        )
        # A name ends before a stop word or a role trigger (尹弘致欢迎辞, 廖怿在发言时).
        self.name_stops: tuple[str, ...] = tuple(patterns["name_stop_words"]) + tuple(t for t, _ in self.role_triggers)
        not_before = patterns["role_not_before"]
        self.role_not_before: tuple[str, ...] = tuple(not_before["words"])
        self.event_noun_triggers: frozenset[str] = frozenset(not_before["triggers"])
        heads = "|".join(map(re.escape, sorted(patterns["org_name_heads"]["words"], key=len, reverse=True)))
        self.org_name_ahead = re.compile(f"[\u4e00-\u9fff]{{0,6}}?(?:{heads})")
        self.relay_after_trigger: tuple[str, ...] = tuple(patterns["relay_after_trigger"]["words"])
        self.title_prefix_strip: tuple[str, ...] = tuple(sorted(patterns["title_prefix_strip"], key=len, reverse=True))
        # Words before a name in its clause that make the person's remarks relayed (传达…书记的讲话精神).
        self.relay_before_name: tuple[str, ...] = tuple(patterns["relay_before_name"])
        self.not_speaker_after_name: tuple[str, ...] = tuple(patterns["not_speaker_after_name"]["words"])
        self.future_markers: tuple[str, ...] = tuple(patterns["future_markers"]["words"])

    @classmethod
    def from_dirs(cls, patterns_dir: str | Path, lexicons_dir: str | Path) -> Lexicons:
        data = json.loads((Path(patterns_dir) / "extraction.json").read_text(encoding="utf-8"))
        return cls(data, Path(lexicons_dir))

    def _lines(self, name: str) -> list[str]:
        return read_word_list(self.lexicons_dir / name)

    @cached_property
    def titles(self) -> tuple[str, ...]:
        base = ["书记", "副书记", "主任", "副主任", "局长", "部长", "科长", "主席", "董事长", "总经理", "校长", "院长",
                "会长", "理事长", "行政长官", "县长", "市长", "省长", "区长", "镇长", "乡长", "委员", "常委", "处长",
                "司长", "署长", "厅长", "主任委员", "秘书长", "总裁", "经理", "馆长", "组长", "队长", "所长", "站长",
                "次长", "部长助理", "负责人", "专家", "教授", "院士", "代表", "主管", "总监", "总工程师", "副总",
                "常务副总", "行长", "社长", "台长", "总编辑", "主编", "团长", "政委", "司令员", "会计师", "检察长"]
        return tuple(longest_first(set(base) | set(self._lines("job_titles.txt"))))

    @cached_property
    def non_names(self) -> frozenset[str]:
        """Organization and title words that a surname-initial rule must not read as a name
        (代表支部作述职: 支 is a surname, 支部 is not a name)."""
        words = {w for w in self._lines("org_suffixes.txt") if len(w) >= 2}
        return frozenset(words | set(self.titles) | set(self.patterns.get("non_names", [])))

    @cached_property
    def org_suffixes(self) -> tuple[str, ...]:
        """Organization words (党支部, 有限公司): a "name" right before one is an organization."""
        return tuple(sorted((w for w in self._lines("org_suffixes.txt") if len(w) >= 2), key=len, reverse=True))

    @cached_property
    def surnames(self) -> frozenset[str]:
        base = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
                   "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
                   "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯"
                   "纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪"
                   "简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎"
                   "甄丛仲虞敖巩明佘池查麻苑迟邝释")
        base |= set(self._lines("surnames.txt"))
        return frozenset(base)

    @cached_property
    def east_asian_surnames(self) -> frozenset[str]:
        """Japanese family names the Chinese list lacks (山本, 田中): read only where a Chinese surname reads no
        name."""
        return frozenset(self._lines("east_asian_surnames.txt")) - self.surnames

    @cached_property
    def compound_surnames(self) -> frozenset[str]:
        return frozenset(s for s in self.surnames if len(s) == 2) | {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐"}


def publication_date(doc: Document) -> dt.date | None:
    """The article's publication date (from the input's hints, else the page), or None."""
    value = doc.hints.get("published") or doc.meta.get("published")
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# 原文发布于2024年3月2日, 原发布时间：2024-03-02, 原文发表日期：2024年3月2日: a reposted page's line giving the original's
# date (anchored on the literal 原; the page's own stamp stays `published`).
_ORIGINAL_DATE = re.compile(r"原(?:文|稿)?(?:发布|发表|刊发|首发)(?:时间|日期)?\s*[：:于]?\s*"
                            r"((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})")


def _original_date(doc: Document, published: dt.date | None) -> dt.date | None:
    """The date a reposted page gives for the original (原文发布于2024年3月2日), not after the page's own stamp."""
    m = _ORIGINAL_DATE.search(doc.clean_text) if "原" in doc.clean_text else None
    if m is None:
        return None
    try:
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    return day if published is None or day <= published else None


def reference_date(doc: Document) -> dt.date | None:
    """The day relative dates are read against: a speech transcript's own day (在…上的讲话 / （2024年2月18日）, whose
    今天 is the day it was given, GUIDELINES §3 date), else the original's date a reposted page gives (its 昨天 counts
    from there, GUIDELINES §2 nineteenth review round), else the publication date."""
    value = doc.meta.get("speech_date")
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    published = publication_date(doc)
    return _original_date(doc, published) or published


def stamp_year(doc: Document) -> int | None:
    """The year of the page's publication stamp: the publication date's, else that of a stamp whose day and month
    read either way (发布时间：08/05/2024 is 2024 whichever the order, see pipeline.boilerplate), else None."""
    published = publication_date(doc)
    if published is not None:
        return published.year
    value = doc.meta.get("stamp_year")
    return value if isinstance(value, int) else None


# 张某1931年5月12日在北京逝世, 1931年5月出生于…: after a year, a birth or a death (its month, day and place between):
# the date of a life, not of the report.
LIFE_EVENT_AFTER_YEAR = r"(?:\d{1,2}月(?:\d{1,2}日)?)?[^，。；,;！？\n]{0,10}?(?:逝世|去世|病逝|辞世|牺牲|殉职|出生|诞生)"


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` (see :func:`pipeline.segment.split_sentences`)."""
    return [Sentence(s, e, text[s:e]) for s, e in segment.split_sentences(text)]


def evidence(doc: Document, sentence: Sentence) -> dict[str, Any]:
    raw_start, raw_end = doc.raw_span(sentence.start, sentence.end)
    return {
        "text": sentence.text,
        "clean_start": sentence.start,
        "clean_end": sentence.end,
        "raw_start": raw_start,
        "raw_end": raw_end,
    }


# One clause-breaking character (the forward scan of clause_bounds: one search, not a Python test per character).
_CLAUSE_BREAK_CHAR = re.compile("[" + re.escape(CLAUSE_BREAK) + "]")


def _last_of(marks: str) -> re.Pattern[str]:
    """A pattern whose match from a position, up to a bound, ends right after the last of ``marks`` before the bound:
    its greedy run of any characters reaches the bound at once and steps back to the nearest mark, one scan back as far
    as that mark (one ``str.rfind`` per mark reads the whole stretch for each mark it holds no copy of: most texts have
    no ASCII comma or semicolon).  One pattern per set of marks, compiled on its first use."""
    pattern = _LAST_OF.get(marks)
    if pattern is None:
        pattern = _LAST_OF[marks] = re.compile("(?s:.*)[" + re.escape(marks) + "]")
    return pattern


_LAST_OF: dict[str, re.Pattern[str]] = {}
_LAST_CLAUSE_BREAK = _last_of(CLAUSE_BREAK)


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause of ``text`` around ``pos`` (between clause-breaking punctuation)."""
    if 0 <= pos <= len(text):
        last = _LAST_CLAUSE_BREAK.match(text, 0, pos)  # (the scan back, one match: not a Python test per character)
        found = _CLAUSE_BREAK_CHAR.search(text, pos)
        return last.end() if last is not None else 0, found.start() if found is not None else len(text)
    s = pos
    while s > 0 and text[s - 1] not in CLAUSE_BREAK:
        s -= 1
    if pos < 0:  # (a negative offset counts from the end, as indexing reads it: the character loop)
        e = pos
        while e < len(text) and text[e] not in CLAUSE_BREAK:
            e += 1
        return s, e
    found = _CLAUSE_BREAK_CHAR.search(text, pos)
    return s, found.start() if found is not None else max(pos, len(text))


def start_after(text: str, end: int, marks: str = CLAUSE_MARKS, *, floor: int = 0) -> int:
    """The offset right after the last of ``marks`` in ``text[floor:end]``, ``floor`` when there is none: where the
    clause (or, with sentence marks, the sentence) holding ``end`` starts, read back no further than ``floor``.
    ``floor`` and ``end`` are read as :meth:`str.rfind` reads its bounds (a negative ``end`` counts from the end of
    ``text``)."""
    # (called for nearly every candidate of every rule: one match back from the bound, _last_of, with the bounds read
    # as str.rfind reads them; no marks at all is the error it always was)
    if not marks:
        return max(floor, max(map(text.rfind, marks, repeat(floor), repeat(end))) + 1)
    n = len(text)
    last = _last_of(marks).match(text, floor if floor >= 0 else max(floor + n, 0), end if end >= 0 else max(end + n, 0))
    return max(floor, last.end() if last is not None else 0)


def end_before(text: str, at: int, marks: str = CLAUSE_MARKS) -> int:
    """The offset of the first of ``marks`` in ``text`` from ``at`` on, ``len(text)`` when there is none: where the
    clause holding ``at`` ends (the counterpart of :func:`start_after`)."""
    found = [i for i in (text.find(ch, at) for ch in marks) if i >= 0]
    return min(found) if found else len(text)


def last_match(pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[start:end]`` (as ``finditer`` finds them), None when there is none."""
    last = None
    for last in pattern.finditer(text, start, len(text) if end is None else end):  # noqa: B007 (walks to the last)
        pass
    return last


def _bounds(text: str, pos: int, endpos: int | None) -> tuple[int, int]:
    """``pos`` and ``endpos`` as a pattern's search reads them: clamped to the text, never counted from its end."""
    n = len(text)
    return min(max(pos, 0), n), n if endpos is None else min(max(endpos, 0), n)


def literal_then_each(
    literal: str, tail: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches of ``tail`` right after each place ``literal`` is written in ``text[pos:endpos]``, as
    ``re.finditer(re.escape(literal) + tail.pattern, text, pos, endpos)`` finds them (left to right, none overlapping
    the one before), each read as ``tail``'s own match: its groups and its end are the whole match's, its start the
    literal's end.  Offsets index ``text``.

    Why: the literal is a page's own word (a speaker's or a meeting's name), so the pattern made with it was compiled
    anew for nearly every page, and each such pattern pushed a fixed one out of the ``re`` module's cache.  The literal
    holds no choice, so the whole pattern matches at a place exactly where the literal stands there and ``tail`` matches
    right after it (the same string, look-arounds included)."""
    pos, endpos = _bounds(text, pos, endpos)
    if not literal:
        yield from tail.finditer(text, pos, endpos)  # (the whole pattern is the tail)
        return
    size = len(literal)
    at = text.find(literal, pos, endpos)
    while at >= 0:
        m = tail.match(text, at + size, endpos)
        if m is None:
            at = text.find(literal, at + 1, endpos)
        else:
            yield m
            at = text.find(literal, m.end(), endpos)  # (the match is never empty: the literal is not)


def literal_then(literal: str, tail: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """The first match of :func:`literal_then_each`: what ``re.search(re.escape(literal) + tail.pattern, text, …)``
    finds, read as ``tail``'s match (None when there is none)."""
    return next(literal_then_each(literal, tail, text, pos, endpos), None)


#: A heading-like line (headline, deck, list item) is at most this long and has no sentence end.
HEADING_MAX_CHARS = 40


# A summary line above the body (摘要：…, 【导读】…, 内容提要：…): like a headline, it restates what the body says.
# The label is bracketed or takes a colon (摘要显示… opens no summary).
SUMMARY_LABEL = re.compile(r"\s*(?:[【\[](?:摘要|导读|内容提要|内容摘要)[】\]]|(?:摘要|导读|内容提要|内容摘要)\s*[:：])")


def summary_line(text: str, pos: int) -> bool:
    """Whether the line of ``text`` holding offset ``pos`` is a summary line (【摘要】…, 导读：…)."""
    return SUMMARY_LABEL.match(text, text.rfind("\n", 0, pos) + 1) is not None


def heading_like(text: str, pos: int) -> bool:
    """Whether the line of ``text`` holding offset ``pos`` reads as a heading: short and with no
    sentence-final punctuation (a subtitle, a section header, an item of a headline list)."""
    line_end = text.find("\n", pos)
    line = text[text.rfind("\n", 0, pos) + 1 : len(text) if line_end < 0 else line_end].strip()
    return len(line) <= HEADING_MAX_CHARS and not line.endswith(("。", "."))


def _list_item(text: str, pos: int) -> bool:
    """A heading-like line that is no labelled field (中标金额：…, 时间：… are data, not headlines)."""
    line_end = text.find("\n", pos)
    line = text[text.rfind("\n", 0, pos) + 1 : len(text) if line_end < 0 else line_end]
    return heading_like(text, pos) and "：" not in line and ":" not in line


class NameScanner:
    """Finds a set of literal strings in a text the way the alternation of them, longest first,
    would (leftmost match, the longest at a position, no overlaps), without compiling a pattern:
    each document has its own names, and a pattern compiled per document costs more than the
    scan itself (and floods the ``re`` module's cache, evicting the fixed patterns)."""

    def __init__(self, names: set[str] | frozenset[str]) -> None:
        self.names = tuple(longest_first(n for n in names if n))
        self._text: str | None = None  # the text whose matches spans_in holds (one document's)
        self._found: list[tuple[int, int]] = []  # (start, -length) of every match in that text, sorted
        self._found_starts: list[int] = []

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of each match, in order."""
        found: list[tuple[int, int]] = []
        for name in self.names:
            size, k = len(name), text.find(name)
            while k >= 0:
                found.append((k, -size))
                k = text.find(name, k + 1)
        out: list[tuple[int, int]] = []
        last = 0
        for start, neg in sorted(found):  # at one start the longest first
            if start >= last:
                last = start - neg
                out.append((start, last))
        return out

    def spans_in(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The spans :meth:`spans` finds in ``text[start:end]``, as offsets into ``text``.

        Why: the speaker extractor asks about every sentence of a document, and one scan per sentence cost a find of
        every name in each; every place a name is written in ``text`` is found once (kept for the next call with the
        same text), and a sentence keeps those lying wholly inside it, the ones the scan of the sentence alone finds,
        taken in the same order (leftmost, the longest at a start, no overlaps)."""
        if self._text is not text:
            found = []
            for name in self.names:
                size, k = len(name), text.find(name)
                while k >= 0:
                    found.append((k, -size))
                    k = text.find(name, k + 1)
            found.sort()
            self._text, self._found, self._found_starts = text, found, [k for k, _ in found]
        out: list[tuple[int, int]] = []
        last = start
        for k in range(bisect.bisect_left(self._found_starts, start), bisect.bisect_left(self._found_starts, end)):
            at, neg = self._found[k]
            if at >= last and at - neg <= end:
                last = at - neg
                out.append((at, last))
        return out


def in_heading_list(text: str, pos: int, run: int = 3) -> bool:
    """Whether the line holding ``pos`` is one of at least ``run`` consecutive heading-like lines
    (a list of other articles' headlines left on the page), not counting labelled fields."""
    start = text.rfind("\n", 0, pos) + 1
    count, k = 0, start
    while k > 0 and count < run:  # lines before
        prev = text.rfind("\n", 0, k - 1) + 1
        if not text[prev : k - 1].strip() or not _list_item(text, prev):
            break
        count, k = count + 1, prev
    k = start
    while count < run - 1:  # lines after
        nxt = text.find("\n", k)
        if nxt < 0 or not text[nxt + 1 :].strip() or not _list_item(text, nxt + 1):
            break
        line_end = text.find("\n", nxt + 1)
        if not text[nxt + 1 : len(text) if line_end < 0 else line_end].strip():
            break
        count, k = count + 1, nxt + 1
    return _list_item(text, pos) and count >= run - 1


# Regional cues (Simplified, after normalization) that decide the currency of a bare 元.
# (not 县市场监管局, 县市区, 全国中小企业, 我国中部, 中国小商品城, 5公里长: mainland words holding a cue's characters; each look-behind stands after
# the cue's first character, so that every alternative still opens on a literal and the scan keeps its first-character
# prefilter: a look-behind first made findall over a page about 6x slower)
TAIWAN = re.compile(
    # (not 舞台中, 平台中, 电台中, 邢台中桥: a word or a mainland place ending in 台 before 中)
    "新台币|台湾|台北|台(?<![舞平电柜站前后灶阳天兰邢烟窗讲擂看戏主井月]台)中|台南|高雄|桃园|新北|新竹|嘉义|彰化|屏东|宜兰|花莲|台东|澎湖|金门|民国|农委会|行政院|立法院"
    # (not 县市区 nor 我国中部, 各国中小企业, 美国小学生: the mainland's list of counties, cities and districts, a country's
    # word before 中 or 小; Taiwan's 县市 and its 国中/国小 schools stand after no such word)
    "|县市(?![场区])|县府|卫福部|中央社|国民党|民进党|乡公所|镇公所|国(?<![全中我各两本外该诸他邻友贵祖美英法德俄韩泰意]国)[中小]"
    # (not 十里长街, 五公里长: 里 after a numeral is a length, 长 its adjective; Taiwan's 里长 heads a 里)
    "|县议会|县议员|立委|里(?<![公\\d一二三四五六七八九十百千万两几数]里)长"
    "|国发会|国科会|客委会|侨委会|原民会|陆委会|苗栗|基隆|南投|云林县|马祖|县务会议|市务会议"
)
# (区教育局局长, 县发展局局长: a mainland bureau of a place, not the Hong Kong bureau heads)
HONG_KONG = first_char_gated(
    "香港|港府|港岛|九龙|新界|特首|港元|港币|政务司|(?<!经济)财政司|律政司|社会福利署|社署|民政事务|劳工及福利局|区议会"
    "|礼宾府|公务员事务局|(?<![区县市省州旗镇乡])发展局局长|香港时间"
    "|康乐及文化事务署|食物及卫生局|(?<![区县市省州旗镇乡])教育局局长|沙田|屯门|元朗|荃湾|观塘|将军澳|深水埗|葵涌"
    "|公屋|居屋|综援|添马|政府总部|关爱基金|扶贫委员会|强积金|房委会|房屋委员会|奖券基金|社联"
    "|港闻|本港|港人|屋邨|医管局|医院管理局|卫生署|食环署|民政及青年事务|铜锣湾|旺角|尖沙咀|油尖旺|黄大仙|红磡|湾仔"
    "|创新科技署|立法会财委会|财委会|立法会财务委员会|北部都会区|启德发展区|启德体育园|启德邮轮"
    # (bureaux and schemes named only in Hong Kong: 醫務衞生局, 運輸及物流局, 食物環境衞生署, 長者醫療券)
    "|医务卫生局|运输及物流局|环境及生态局|文化体育及旅游局|商务及经济发展局|财经事务及库务局|政制及内地事务局"
    "|食物环境卫生署|长者医疗券"
)
# The office holders and bureaux a Hong Kong or Macau release names without writing the region's name:
# cues only in Traditional script (a mainland report of 李家超's visit is priced in yuan).
# (全港: the whole territory, not 全港货物吞吐量 of a port; （星期五） after a release's date, as Hong Kong government releases
# date their events; not 特区政府 nor 立法会, which Macau's releases write too)
HONG_KONG_OFFICES = re.compile("行政长官|保安局|创新科技及工业局|入境事务处|警务处|消防处|李家超|陈茂波|陈国基"
                               "|全港(?!口|货|集装箱|吞吐|码头)|[（(]星期[一二三四五六日天][）)]")
MACAU_OFFICES = re.compile("行政长官|贺一诚|李伟农")
# Taiwan's ministries and offices, counted in Traditional script only (a Simplified page may name a foreign 经济部 or
# the mainland's former 劳动部): 經濟部, 勞動部, 衛生福利部, 內政部, 行政院主計總處, 金管會, 數位發展部.
TAIWAN_OFFICES = re.compile("经济部|劳动部|卫生福利部|内政部|主计总处|主计长|金管会|数位发展部|数发部")
# Mainland cues: an article that names mainland organs is priced in yuan even when it mentions
# Hong Kong or Macau partners (泛珠 forums, 对口支援).
# (地委, 行署, 乡政府, 镇政府, 村委会, 居委会: the mainland's prefectures, townships and villages, as a county report names
# its own organs; Taiwan's townships have 乡公所 and 镇公所, Hong Kong and Macau none of these)
MAINLAND = re.compile("人民币|省委|市委|县委|区委|州委|党委|党组|人民政府|国务院|发改委|商务厅|财政厅|财政局|自治区|省政府|市政府"
                      "|地委|行署|乡政府|镇政府|村委会|居委会")
MACAU = re.compile("澳门|本澳|澳门元|葡币|氹仔|路环|行政法务司|社会文化司|经济财政司|澳门基金会|社会工作局|社工局|市政署")
# The government of Hong Kong or Macau named as such (澳门特区政府, 香港特别行政区政府).
_SAR_GOVERNMENT = re.compile("(?P<region>香港|澳门)特(?:别行政)?区政府")
# (台胞, 台青, 港澳青年, 台湾青年: mainland words for people of the regions)
_COMPATRIOTS = literal_gated(re.compile("(?:香港|台湾|澳门|港澳台?|台港澳)(?:同胞|籍人士|乡亲|侨胞|客商)|(?:台湾|港澳)青年|港商|台商|澳商|港资|台资|澳资|台胞|台青"))
_TAIWAN_CITY_GOVERNMENT = re.compile("(?:台北|台中|台南|高雄|桃园|新北|新竹|嘉义|基隆)市政府")
# A mainland city's own body named (深圳市青年联合会, 广州市文化局, 东莞市青年企业家协会): a mainland cue, like 市委 (GUIDELINES
# §4 nineteenth review round: a Traditional page of a mainland body or city is a mainland page).  Read as its structure,
# a place name of two characters, 市, then a body's name: not a word that ends in 市 (城市, 超市, 街市, 全市, 本市, 县市),
# nor Taiwan's cities (台北市文化局), nor 市政/市民/市区 (市区重建局, 市政署: Hong Kong and Macau bodies).
# (behind a look-ahead on 市: counted over the whole page, its fourteen look-behinds were tried at every position)
_MAINLAND_CITY_BODY = first_char_gated(
    "(?<!台北)(?<!台中)(?<!台南)(?<!高雄)(?<!桃园)(?<!新北)(?<!新竹)(?<!嘉义)(?<!基隆)(?<!彰化)(?<!花莲)(?<!台东)(?<!屏东)"
    "(?<=[\u4e00-\u9fff][^\\W\\d_城都街超夜股楼上门集墟黑菜闹全本该各我两县级辖港澳台])市"
    "(?![区场民面政值容况价长])[^，。；、\\s“”]{0,6}?"
    "(?:联合会|协会|商会|工会|委员会|(?<![格布结大全时政当变饭赌])局|团委|妇联|青联|侨联|文联|科协)")
# The same government named in the raw script of a masthead that boilerplate removal took out of the clean text
# (澳門特別行政區政府入口網站, 香港特區政府新聞網: the portal that publishes the release).
_SAR_GOVERNMENT_RAW = re.compile("(?P<region>香港|澳[门門])特(?:[别別]行政)?[区區]政府")
# 香港特别行政区政府新闻公报, 新闻公报: the name of the Hong Kong government's press releases, read from the
# source line that boilerplate removal takes out of the clean text (the outlet keeps it).
_HONG_KONG_RELEASE = re.compile("新闻公报$")


def _masthead_government(doc: Document) -> re.Match[str] | None:
    """A Hong Kong or Macau government named in the lines removed above the article's first kept character (the
    site's masthead and navigation), not in a related list or footer further down."""
    if not len(doc.offsets) or not doc.removed:
        return None
    first = doc.offsets.raw_index(0)
    for removal in doc.removed:
        if removal.raw_end <= first and (m := _SAR_GOVERNMENT_RAW.search(doc.raw_text, removal.raw_start, removal.raw_end)):
            return m
    return None


# A mainland paper's or agency's dateline opening a line: 本报讯, 本报北京１月５日讯, 本报南京一月十九日电, 新华社广州１月１０日电
# (the city, if any, before the day; the date in any digits). Not 本报香港…电 nor 新华社台北…电: a report filed from the
# region, left to the vote; not 本网讯 or 本台消息, which any region's outlet writes.
# 据新华社北京1月19日电 (a report taken from the wire, 据 before it) is such a dateline too; so is the paper's own byline line
# (本报记者王明, 本报驻加拿大记者李华: GUIDELINES §11 twenty-third round, it opens an item like 本报讯), with the place of a
# 驻 reporter read like a dateline's city (本报驻香港记者 is left to the vote).
_MAINLAND_DATELINE = re.compile(r"^[ \t\u3000]*据?(?:本报|新华社)(?:(?P<city>[\u4e00-\u9fff]{0,5}?)"
                                r"(?:[0-9０-９一二三四五六七八九十〇零]{1,3}月)?[0-9０-９一二三四五六七八九十〇零]{0,3}日?(?:讯|电)"
                                r"|(?<=本报)(?:驻(?P<post>[\u4e00-\u9fff]{1,6}?))?记者[\u4e00-\u9fff]{2,4})",
                                re.MULTILINE)


def _mainland_dateline(text: str, city_named: bool = False) -> bool:
    """Whether a line of ``text`` opens with a mainland outlet's dateline filed outside Hong Kong, Macau and Taiwan (with
    ``city_named``, only one that names its city: 本報訊 alone opens Hong Kong papers' reports too)."""
    if "本报" not in text and "新华社" not in text:
        return False
    for m in _MAINLAND_DATELINE.finditer(text):
        # (a byline names no city: with ``city_named`` it gives no answer, as 本報記者 opens Hong Kong papers' reports
        # in Traditional script too)
        city = m["city"] or m["post"] or ""
        if (city or not city_named) and not (HONG_KONG.search(city) or MACAU.search(city) or TAIWAN.search(city)):
            return True
    return False


# (computed once per document: the speaker, meeting and funding readings and the stage each ask, and its regional and
# mainland cue counts each read the whole text; the inputs are what it reads that a stage may set)
@derived_view(lambda doc: (doc.clean_text, doc.language, doc.meta.get("outlet"), doc.meta.get("calendar"),
                           doc.meta.get("release_clock"), len(doc.removed)))
def page_region(doc: Document) -> str:
    """The region a page is written in and about: ``"mainland"``, ``"hong_kong"``, ``"macau"`` or ``"taiwan"``.

    One vote for every reading that depends on the region (the currency of a bare 元, Hong Kong and Macau usage of
    words such as 主持頒獎儀式), so that a page is not a Hong Kong page for one field and a mainland one for another:
    cues of each region counted, the mainland organs named outvoting a region mentioned in passing (深圳市人民政府
    舉行典禮，慶祝香港回歸 is a mainland page in Traditional script)."""
    text = doc.clean_text
    if doc.language == "zh-Hans" and _COMPATRIOTS.search(text):
        return "mainland"  # 香港同胞, 台商, 港资 in Simplified script: a mainland article about the regions
    if doc.language == "zh-Hans" and _mainland_dateline(text):
        # 本报北京1月14日讯, 本报讯 in Simplified script: a mainland paper's own report, whatever Hong Kong donor or
        # fund it names (GUIDELINES §6: a bare 元 takes the article's currency; §11's datelines)
        return "mainland"
    traditional = doc.language in ("zh-Hant", "mixed")
    if traditional and _mainland_dateline(text, city_named=True):
        # 本報北京1月14日電, 新華社上海…電 in Traditional script: a mainland report machine-converted or reprinted, its bare 元
        # still CNY (GUIDELINES §6: a bare 元 takes the article's currency; §1: Traditional is converted, the facts stay)
        return "mainland"
    scores = {
        "taiwan": len(TAIWAN.findall(text)),
        "hong_kong": len(HONG_KONG.findall(text)) + (len(HONG_KONG_OFFICES.findall(text)) if traditional else 0),
        "macau": len(MACAU.findall(text)) + (len(MACAU_OFFICES.findall(text)) if traditional else 0),
    }
    # 澳门特区政府…发放援助款200万元: the region's own government as an actor makes the page that region's release,
    # whatever the script (GUIDELINES §6, sixteenth round); a mainland page naming it beside its own organs stays CNY
    if (sar := _SAR_GOVERNMENT.search(text)) is not None:
        scores["hong_kong" if sar["region"] == "香港" else "macau"] += 1
    elif traditional and (sar := _masthead_government(doc)) is not None:
        # 澳門特別行政區政府入口網站 over a release whose body names only 文化局: the region's own portal publishes it
        scores["hong_kong" if sar["region"] == "香港" else "macau"] += 1
    if traditional and _HONG_KONG_RELEASE.search(doc.meta.get("outlet") or ""):
        scores["hong_kong"] += 1  # 來源：香港特別行政區政府新聞公報: a Hong Kong release, whatever its body names
    if traditional and not scores["hong_kong"] and not scores["macau"]:
        # 經濟部, 勞動部: Taiwan's ministries in its own script (not 德國經濟部 in a Hong Kong or Macau report)
        scores["taiwan"] += len(TAIWAN_OFFICES.findall(text))
    # 發布日期：113-07-10 (the Taiwan calendar), 香港時間16時30分 under a release's 完: the page's own stamps
    scores["taiwan"] += doc.meta.get("calendar") == "roc"
    clock = doc.meta.get("release_clock")
    if clock:
        scores["hong_kong" if clock == "香港" else "macau"] += 1
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < (1 if traditional else 2):
        return "mainland"  # (fewer cues than the least ever needed below: the mainland organs need no counting)
    # (台南市政府 is a Taiwan city government, not a mainland organ)
    mainland = len(MAINLAND.findall(_TAIWAN_CITY_GOVERNMENT.sub("", text))) + len(_MAINLAND_CITY_BODY.findall(text))
    # A regional article names few mainland organs; a mainland one may name its regional partners
    # often. One cue is enough in Traditional script with no mainland organ (a short brief).
    needed = 1 if traditional and not mainland else 2
    return best if scores[best] >= needed and scores[best] > 2 * mainland else "mainland"


# A scheme's rite attended or held (出席资助计划签署仪式, 举行培训计划启动仪式): 计划 the noun of the scheme the rite is
# named after, inside the object of a verb of attending or holding, neither a plan nor a signing ahead (§3, §6); not
# 计划 as the verb before a rite (双方计划签约仪式后注资5亿元, 该公司计划签约仪式于下月举行: the rite still planned).
# The rite told as held in the passive (资助计划签署仪式在县会议中心举行) is such a rite too (§6 twenty-first round, second
# part): only with a place after 在 and the verb at once, so a time ahead (于下月, 将) keeps 计划 the verb.
_SCHEME_RITE = literal_gated(re.compile("(?:出席|参加|参与|举行|举办|见证|主持|主礼)[^，。；,;]{0,24}?(?P<plan>计划)"
                                        "(?:签署|签约|启动|发布|颁奖|推介)?(?:仪式|典礼)"
                                        "|(?P<held>计划)(?:签署|签约|启动|发布|颁奖|推介)?(?:仪式|典礼)在[^，。；,;于将拟]{2,20}?"
                                        "(?:隆重|正式|顺利)?(?:举行|举办)(?![前后])"))


def scheme_rite_nouns(text: str, end: int) -> set[int]:
    """The offsets of 计划 naming a scheme whose rite is attended or held before ``end`` (see _SCHEME_RITE)."""
    return {m.start("plan") if m.group("plan") else m.start("held")
            for m in _SCHEME_RITE.finditer(text, 0, end)} if "计划" in text else set()


# 由理事长周某担任主席, 由会长某某担任大会主席: the chair of the meeting named by 担任主席 after the 由 agent (Taiwan and Hong
# Kong associations' congresses), who chairs it as one who 主持 does (GUIDELINES §3 host: the person who chairs it; §4 主持);
# not 选举甲担任主席, 甲担任协会主席: a post taken, no 由 before the name (the callers check it), or the body's name between;
# not 主席团, 主席台. Shared by the speakers' roles and the meetings' hosts.
CHAIRED_AS_PRESIDENT = re.compile(r"担任(?:大会|会议|本次会议|本次大会)?主席(?![团台])")
