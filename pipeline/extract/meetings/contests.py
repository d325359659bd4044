"""Contests, games, fairs and prize schemes: their opening, starting and closing rites, the body holding a contest or a
scheme, a contest's venue, another event told opened, closed or planned, and a fair's days and ceremonies.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from pipeline.extract.common import PLACE_LEVELS, literal_gated, start_after
from pipeline.extract.meetings.patterns import (
    _ANY_HOSTING_VERB,
    _AWARDS_RITE,
    _CONTEST_NOUNS,
    _FAIR_DAYS_OR_TRADERS,
    _ITEM_OPENING,
    _SPORTS_MEET,
    _START_ACT,
    _VENUE_END,
    OPENING_ACTS,
    OPENING_IDIOMS,
    _joint_hosts,
)
from pipeline.extract.meetings.side_events import _EARLIER_MONTH_OPENING
from pipeline.values import parse_number

# 闭幕式, 闭幕式暨颁奖典礼, 闭赛仪式: a closing ceremony named by its rite alone, which closes the contest told before it.
_BARE_CLOSING_RITE = re.compile("(?:闭幕|闭赛)(?:式|典礼|仪式)(?:暨颁奖(?:典礼|仪式|大会)|暨颁奖礼)?")
# …职工技能大赛决赛在集团培训中心落幕, …厨艺大赛在县文化广场开赛: a contest told held (opened, closed), and where; its round
# (决赛) no part of its name; the place where it opened is only its opening's. Anchored on the contest word, scanned for a literal.
# 大赛, 本届比赛, 本次竞赛: the generic word a page calls the contest it told by, opening a closing rite's name.
_GENERIC_CONTEST_HEAD = re.compile("^(?:本届|本次|此次)?(?:大赛|比赛|竞赛)(?=闭幕|闭赛)")
# (…全民健身运动会于11月9日下午在市体育中心落下帷幕: games are a contest too, their day told before the place; GUIDELINES
# §3 nineteenth round: a contest's or games' closing ceremony takes their holders)
_CONTEST_TOLD = re.compile(r"(?P<event>[^，。；！？\s“”]{2,30}?(?:大赛|比赛|竞赛|技能赛|锦标赛|联赛|运动会))(?:总?决赛|复赛|初赛|预赛)?"
                           r"(?:于?[\d一二三四五六七八九十]{1,4}月[\d一二三四五六七八九十]{1,3}日(?:[上下]午|晚上?)?)?"
                           r"(?:(?:于|在)(?P<place>[^，。；！？在于\s]{2,20}?))?(?:隆重|圆满|顺利|正式)?"
                           r"(?P<verb>举行|举办|开幕|开赛|落幕|落下帷幕|闭幕|收官)")


# What a fair's or a contest's ceremony holds (主持, 致辞, 颁奖, 剪彩, 宣布…开幕, 开幕式): a body telling any of it tells
# the ceremony held; so does 出席, except at a job or sales fair (出席招聘会: a visit to the fair).
_CEREMONY_ACT_WORDS = ("主持|致辞|致词|开幕辞|闭幕辞|开幕词|闭幕词|讲话|颁奖|剪彩|宣布[^，。；]{0,12}(?:开幕|闭幕)"
                       "|开幕式|闭幕式|仪式|典礼")
_CEREMONY_TOLD = re.compile(_CEREMONY_ACT_WORDS + "|出席")
_CEREMONY_TOLD_AT_FAIR = re.compile(_CEREMONY_ACT_WORDS)
# 评出一等奖2名, 决出冠军, 为获奖选手颁发证书: prizes given at a contest, which then stands for its prize ceremony
# (GUIDELINES §3, seventh review round)
_PRIZES_GIVEN = "评出|评选出|决出|颁发"
_CEREMONY_TOLD_AT_CONTEST = re.compile(_CEREMONY_ACT_WORDS + "|" + _PRIZES_GIVEN)
_CONTEST = re.compile("(?:" + _CONTEST_NOUNS + "|" + _SPORTS_MEET + ")[”」』]?$")
#: How far (characters) from a contest held the body may tell its prizes given or remarks made there.
CONTEST_CEREMONY_WINDOW = 400

# 赛后, 比赛结束后，, 赛事结束后: a sentence opening on the time after a contest (the ceremony held then takes its day).
_AFTER_CONTEST = re.compile(r"\s*(?:赛后|(?:比赛|赛事|决赛|竞赛|全部比赛)结束后)[，,]?")
# A contest named anywhere in a sentence (马拉松 and 赛 words, 运动会): the contest a 赛后 sentence follows.
_CONTEST_WORD = re.compile("马拉松|" + _CONTEST_NOUNS + "|邀请赛|" + _SPORTS_MEET + "|赛事")
# 开幕式在县体育中心举行 after 5月8日，第十届江城运动会开幕。: a bare opening or closing ceremony takes the day of the
# sentence just before that tells its event opened or closed.
# (起跑仪式在…举行 after 昨天上午，…马拉松鸣枪起跑: a race's own starting rite takes the day of the start told just
# before, a sentence or two back, like a prize ceremony told 赛后; GUIDELINES §3 twentieth review round)
# (开馆仪式在…举行 after 江城博物馆今天正式开馆。, 通车仪式, 揭牌仪式: the rite of a place's or a work's opening takes
# the day of that opening told just before, as a starting rite takes the start's, GUIDELINES §3 twentieth round)
_BARE_RITE = re.compile("(?P<kind>开幕|闭幕|起跑|开跑|开赛|鸣枪|" + "|".join(OPENING_ACTS) + ")(?:式|典礼|仪式)")
# (…运动会于19日下午落下帷幕。闭幕式在市体育中心举行: the close told as 落下帷幕 or 收官 dates its bare closing ceremony
# as 闭幕 does, GUIDELINES §3 seventeenth round: a meeting told only by its end is dated by that closing day)
_RITE_TOLD = {"开幕": re.compile(OPENING_IDIOMS + "|开班|开营|开园"), "闭幕": re.compile("闭幕|结业|闭营|落幕|落下帷幕|收官"),
              **dict.fromkeys(("起跑", "开跑", "开赛", "鸣枪"), _START_ACT),
              **{act: re.compile(act + "(?!式|典礼|仪式)") for act in OPENING_ACTS}}


# 颁奖仪式, 颁奖典礼: a prize ceremony named by its rite alone.
_BARE_AWARDS = frozenset({"颁奖仪式", "颁奖典礼", "颁奖大会", "颁奖礼"})
# 颁奖典礼, 颁奖仪式, 表彰大会: the awards ceremony of a prize scheme.
_AWARDS_CEREMONY = re.compile(f"(?:{_AWARDS_RITE})$")
# 本届, 此次, 该: this one, the round or the event just told (not 上届: another edition's).
_THIS_ONE = "本届|本次|此次|这次|该"


def _held_by(group: str = "org", longest: int = 20, verbs: str = "主办|举办|发起|组织|合办|联办") -> str:
    """由市文明办主办, 由省作家协会、江南出版集团共同主办: the 由 phrase naming the body that holds something, the body in
    ``group`` (the one fragment that the scheme's, the contest's and any holder's patterns below share).
    (「敬师爱生奖励计划」由教育局与香港教师中心合办: 合办 and 联办 are hosting together, as 联合主办 is)"""
    return f"由(?P<{group}>[^，。；由“”]{{2,{longest}}}?)(?P<{group}_jointly>联合|共同)?(?P<{group}_verb>{verbs})"


# “江城好人”评选活动由市文明办主办, 由县教育局主办的“最美教师”评选活动: the body a prize scheme is told held by.
# (本届评奖由省作家协会、江南出版集团共同主办: this round of a prize's judging, the scheme held, told without 活动)
# (「杰出青年奖励计划」由香港青年协会主办: a Hong Kong prize scheme, 奖励计划 or 嘉许计划, its name's closing mark before 由)
# (由甲和乙联合主办的1997年度十佳运动员评选结果今天揭晓: the scheme told by its results announced)
# (此次评奖活动由中国文联、中国剧协和人民日报文艺部联合主办: the judging of the prize told as an activity, 评奖 beside 评选)
_SCHEME_NOUN = "(?:评选|评比|推选|选树|评奖)(?:表彰)?(?:活动|结果)|(?:奖励|嘉许)计划[”」]?"
# (由国家体委体操运动管理中心和深圳濠景艺印刷实业有限公司共同举办: two full names joined, longer than one body's 20)
_SCHEME_HOLDERS_LONGEST = 30
_SCHEME_HELD_BY = re.compile("(?:" + _SCHEME_NOUN + "|(?:" + _THIS_ONE + ")(?:评奖|评选))" + _held_by(longest=_SCHEME_HOLDERS_LONGEST)
                             + "|" + _held_by("org2") + "的[^，。；]{0,30}?(?:" + _SCHEME_NOUN + ")")
# 本届评奖, 本次评选: this round's judging, of the prize the page tells (its ceremony named after the prize).
_THIS_ROUND = re.compile(_THIS_ONE)
# 由市文联承办, 由江城日报社主办: any body the page names hosting something, another holder the ceremony may have.
_ANY_HOLDER = re.compile(_held_by(verbs=_ANY_HOSTING_VERB + "|举办|发起|组织"))


# “江城好人”评选活动: the quoted name of a prize scheme, read in the scheme's clause.
_QUOTED_NAME = re.compile("[“「](?P<name>[^“”「」]{2,20})[”」]")
# 第五届, 2024年度, 首届: what a ceremony's name may hold beside its prize's name and its noun.
_CEREMONY_ORDINAL = re.compile(r"第[\d一二三四五六七八九十]{1,3}届|首届|\d{4}年度?|[“”「」]")


# 起跑, 鸣枪: the verbs of a rite that by itself starts a race.
_RACE_START_VERBS = "起跑|鸣枪|发车|开赛|开跑"
# 起跑仪式, 启动仪式, 开幕式, 开赛仪式: a contest's or an activity's own ceremony, opening it.
# (…书画作品展开展仪式: an exhibition's opening, held by the bodies holding the exhibition, like a fair's 开幕式)
_CONTEST_RITE = re.compile(f"(?:{_RACE_START_VERBS}|启动|开幕|开营|(?<=展)开展)(?:式|典礼|仪式)$")
# 起跑仪式, 鸣枪仪式: a rite that by its own verb starts a race, which a bare one refers to (本届赛事由…主办) with no
# event named before it.
_RACE_START_RITE = re.compile(f"(?:{_RACE_START_VERBS})(?:式|典礼|仪式)$")
# …技能大赛闭幕式暨颁奖典礼, …作文比赛颁奖仪式, …大赛决赛暨颁奖典礼: a contest's own closing or prize ceremony, named after the contest (the
# name's contest word right before the rite), held like its opening by the bodies holding the contest (GUIDELINES §3
# fifteenth review round); not a bare 颁奖典礼 or one named after a prize (…文学奖颁奖典礼: a prize scheme's).
# (…全民健身运动会闭幕式: games are a contest, their closing held by their holders, §3 nineteenth round; not 年会闭幕式)
# …运动会闭幕式: the games' own closing named after them, whose holders the page names by the games' own words only
# (本届市运会由…; not 本届比赛由…, a contest word that names no games, test_h120)
_GAMES_CLOSING_RITE = re.compile("(?<=运动会)闭幕(?:式|典礼|仪式)(?:暨颁奖(?:典礼|仪式|大会)|暨颁奖礼)?$")
_CONTEST_CLOSING_RITE = re.compile("(?:(?<=赛)|(?<=运动会))(?:(?:闭幕|闭赛)(?:式|典礼|仪式)(?:暨颁奖(?:典礼|仪式|大会)|暨颁奖礼)?"
                                   "|暨?颁奖(?:典礼|仪式|大会|晚会)|暨?颁奖礼)$")
# 本届赛事, 此次活动, 比赛: what the page calls a contest or an activity when it says who holds it or where it is held.
_CONTEST_WORDS = "赛事|比赛|大赛|活动"


# 省, 市, 县…: the level character of games named short (省运会, 市运会, 区运会), a league's (盟) and a school's (校)
# games as well.
_GAMES_LEVELS = PLACE_LEVELS + "盟校"


def _games_level(text: str, ceremony: str) -> str:
    """The level character of the games whose own ceremony is ``ceremony``: one inside its name (全市运动会 → 市), else
    the one ending the place written right before it on the page (云川市第十五届运动会开幕式 → 市); empty when none.
    The first occurrence of the ceremony's name is the one read: a page names its games in full first, where it says
    whose they are, and later mentions repeat the bare name (开幕式上，…) with no place before it."""
    event = _CONTEST_CLOSING_RITE.sub("", _CONTEST_RITE.sub("", ceremony))
    if level := re.search(f"[{_GAMES_LEVELS}](?=[^{_GAMES_LEVELS}]*$)", event):
        return level.group()
    at = text.find(ceremony)
    if at > 0 and text[at - 1] in _GAMES_LEVELS:
        return text[at - 1]
    # (鹭江市第十届运动会昨晚闭幕 in the headline, then 第十届运动会闭幕式在…举行: the games named in full with their
    # place where the page first writes them, the ceremony with the edition alone; a name longer than the bare head
    # word, 运动会 alone being any games)
    if len(event) > 3 and (full := re.search(f"[{_GAMES_LEVELS}](?={re.escape(event)})", text)):
        return full.group()
    return ""


def _games_kind(event: str) -> str:
    """The first character of the kind of games ``event`` names between its edition or level and 运动会 (第二届农民运动会
    → 农, 第五届残疾人运动会 → 残), which its short name keeps (农运会, 残运会); empty for games of no kind (第十五届运动会)
    and for a scope word (全民运动会: 全运会 is the national games, other games)."""
    if not event.endswith("运动会"):
        return ""
    kind = re.split(f"[届{_GAMES_LEVELS}]", event[:-3])[-1]
    return "" if kind.startswith("全") else kind[:1]


@functools.lru_cache(maxsize=64)
def _contest_subject(ceremony: str, level: str = "", by_common_word: bool = True) -> str:
    """What the page calls the contest or activity whose own ceremony is ``ceremony`` (…马拉松起跑仪式) when it says who
    holds it or where: a generic word after a demonstrative (本届赛事, 此次活动; a bare 比赛 or 活动 is any contest or
    activity the page names: 另一项读书活动由…, 市足球比赛在…), or the last words of its name (本届马拉松, 本届年会, 马拉松由…),
    bare only with three characters at least (拉松, 动会: noise) and not ending on a generic word
    (读书活动由…: another reading activity as well); a bare generic word only opening a sentence, or a clause after
    one that names this one (本届赛事由…，比赛在…). ``level`` is the games' level character (`_games_level`), the only
    one a short name may open with (本届市运会). Read by both the holder's and the venue's pattern. ``by_common_word``:
    whether a generic word (本届赛事, 比赛) may name it."""
    event = _CONTEST_CLOSING_RITE.sub("", _CONTEST_RITE.sub("", ceremony)).rstrip("”」")
    tails = [event[-k:] for k in range(5, 1, -1) if k <= len(event)]
    generic = re.compile(f"(?:{_CONTEST_WORDS})$")
    # (not a tail opening on 届: 上届运动会 is another edition's, read past the guard below)
    named = "|".join(re.escape(t) for t in tails if len(t) > 2 and not generic.search(t) and t[0] != "届")
    this = "|".join([*([_CONTEST_WORDS] if by_common_word else []), *(re.escape(t) for t in tails)])
    if event.endswith("展"):
        this += "|展览"  # (…书画作品展开展仪式。本次展览由…主办: the exhibition by its common noun)
    if event[-1:] in ("会", "赛", "节"):
        # (本届市运会 of 云川市…运动会: the edition just told by a short name ending in the same head word, after the
        # games' own level character or none; not 本届省运会, 本届残运会 on a city's games page: other games)
        # (not 本届年会 of a 运动会: a short name keeps one of the characters before the head word)
        # (本届农运会, 本届残运会 of …农民运动会, …残疾人运动会: the games' kind kept by its first character, after the level
        # or none)
        kind = _games_kind(event)
        this += ("|" + (f"{level}?" if level else "") + (f"{kind}?" if kind else "") + "[" + re.escape(event[-3:-1]) + "]"
                 + event[-1])
    # (大赛由…主办 opening a sentence, 本届赛事由…主办，比赛在…举行: a generic word read back to the contest just told)
    told_back = f"|(?<=[。！？\n])(?:{_CONTEST_WORDS})|(?:{_THIS_ONE})(?:{_CONTEST_WORDS})[^，。；]*[，,](?:{_CONTEST_WORDS})" \
        if by_common_word else ""
    # (上届马拉松由…: another edition's, hence the guard before a bare name)
    return f"(?:(?:{_THIS_ONE})(?:{this})" + told_back + (f"|(?<![届])(?:{named})" if named else "") + ")"


@functools.lru_cache(maxsize=64)
def _contest_held_by(ceremony: str, level: str = "", by_common_word: bool = True) -> re.Pattern[str]:
    """The 由…主办 of the contest or activity whose own ceremony is ``ceremony`` (本届赛事由A、B主办, 此次活动由…,
    本届马拉松由…); ``level`` and ``by_common_word`` as in `_contest_subject`."""
    return re.compile(_contest_subject(ceremony, level, by_common_word) + _held_by(longest=30, verbs="主办|举办"))


@functools.lru_cache(maxsize=64)
def _contest_held_at(ceremony: str, level: str = "") -> re.Pattern[str]:
    """Where the page says the contest or activity whose own ceremony is ``ceremony`` is held (本届赛事在滨江公园举行)."""
    return re.compile(_contest_subject(ceremony, level) + "(?:将|已)?在(?P<place>[^，。；在由“”]{2,20}?)(?:举行|举办|进行|开展)")


def _contest_venue(text: str, ceremony: str) -> str | None:
    """The one place ``text`` says the contest or activity whose own ceremony is ``ceremony`` is held at (本届赛事在滨江
    公园举行, 本届马拉松在…进行), the venue of its ceremony when the ceremony names none (GUIDELINES §3 fifteenth review
    round); ``None`` with none or several."""
    places = {m["place"] for m in _contest_held_at(ceremony, _games_level(text, ceremony)).finditer(text)
              if not _after_planned_other(text, m.start(), ceremony)}
    return places.pop() if len(places) == 1 else None


# 市美术馆下月还将举办一场摄影展览，(该展览由…主办): another event told planned earlier in the sentence, which a
# demonstrative or a common noun after it (该展览, 展览) refers to, not the contest or exhibition of the ceremony.
# (anchored on 将 or a month, week or year ahead; 将近, 将军, 将士 are no plan)
# (not patterns' _PLANNED nor common PLANNED_HOLDING: those read a meeting told as planned, with its day or a task;
# this one reads any event put on later, 推出, 开展, 启动 included, within its clause, and no habit or wish)
_PLANNED_EVENT = re.compile("(?:将(?![近军士领])|下月|下周|明年|年内|年底)[^，。；！？]{0,16}?(?:举办|举行|推出|开展|启动)")

# 展览期间, 展出期间, 活动期间, 其间: a clause opening within the run of the event told (its parts, not other events).
# (not 春节期间: a time of the year, in which another event may be planned)
_DURING_ITS_RUN = re.compile(r"\s*(?:(?:本届|本次|此次)?(?:展览|展出|展会|博览会|活动|赛事|比赛|大赛|会议|大会|论坛|节会)?期间|其间)")

# 本届, 本次: the demonstratives that name the edition or the run being reported, not one planned (该 may refer to either).
_THIS_EDITION = tuple(word for word in _THIS_ONE.split("|") if word != "该")


def _after_planned_other(text: str, at: int, ceremony: str) -> bool:
    """Whether the sentence of the contest's holder or venue statement starting at ``at`` tells, before it, another event
    planned (市美术馆下月还将举办一场摄影展览，该展览由…主办): the statement is that event's, not the contest's or the
    exhibition's whose own ceremony is ``ceremony`` (GUIDELINES §3 fifteenth review round: the holders the page states
    for the contest itself); not when the planned clause names the contest itself (本次展览将于…在…开展，该展览由…)."""
    before = text[start_after(text, at, "。！？\n") : at]
    # (展览期间还将推出系列讲座, 其间将举办导览活动: a plan told within the run of the event itself is a part of it, not
    # another event)
    plans = [m for m in _PLANNED_EVENT.finditer(before)
             if not _DURING_ITS_RUN.match(before, start_after(before, m.start()), m.start())]
    if not plans:
        return False
    # (the clause of the last plan told, from its start: 本次展览将于…开展 is the exhibition's own run, told by a
    # demonstrative of this edition; not 明年还将举办半程马拉松: another race, named by the same tail)
    clause = before[start_after(before, plans[-1].start()):]
    return not any(m.group().startswith(_THIS_EDITION) for m in re.finditer(_contest_subject(ceremony), clause))


# 第三届电商节昨日在会展中心开幕, 江城国际茶博会今日开幕: a festival or fair told opening, whose bare 开幕式 a later
# sentence refers to (开幕式上，…). (Not 大会开幕, 会议开幕: a meeting's own opening, the meeting itself.) Matched from
# the clause's start up to the 开幕 found first (_OPENING_TOLD), so that the page is scanned for a literal.
# (宣传周, 活动月, 旅游季 after a word, not 5月, 第3周: a date, no event)
# (第十届全民运动会在市体育中心开幕: games' bare opening ceremony is theirs as a festival's is, §3 twenty-first round)
_EVENT_OPENED = re.compile(r"(?P<event>[^，。；！？\s]{2,30}?(?:节|博览会|展览会|交易会|展销会|博会|交会|运动会"
                           r"|(?<![\d一二三四五六七八九十])[周月季]))"
                           r"(?:在|于|今日|今天|昨日|昨天|日前|近日|隆重|盛大|正式)?[^，。；！？\n]{0,20}?开幕[。！，]$")
_OPENING_TOLD = re.compile("开幕[。！，]")
# …运动会在学校操场举行, …大会召开: another event told held, after which a bare 开幕式 is no longer the festival's.
_EVENT_HELD = re.compile(r"(?P<event>(?:(?!在)[^，。；！？\s]){2,30}?(?:会|赛|节|展|仪式|典礼))[^，。；！？\n]{0,20}?(?:举行|召开|举办|开幕|开赛)")


def _closed_contest(text: str, meeting: dict[str, Any]) -> tuple[str, str | None] | None:
    """The one contest ``text`` tells held before ``meeting``, a bare closing ceremony (闭幕式, 闭幕式暨颁奖典礼) that
    closes it (…职工技能大赛决赛在集团培训中心落幕。…当天下午举行了闭幕式暨颁奖典礼), with the venue that telling names
    (``None`` with none); ``None`` for another rite, with no contest or several told, or when another event is told held
    between the contest and the ceremony (GUIDELINES §3 nineteenth review round, like `_opened_event`)."""
    # (大赛闭幕式暨颁奖典礼举行, 竞赛闭幕式举行: a closing rite named after the generic word for the contest just told,
    # like a bare one; GUIDELINES §3 nineteenth review round)
    rite = _GENERIC_CONTEST_HEAD.sub("", meeting["name"], count=1)
    if not _BARE_CLOSING_RITE.fullmatch(rite):
        return None
    ceremony = meeting["evidence"]["clean_start"]
    told = [m for m in _CONTEST_TOLD.finditer(text, 0, ceremony)
            if not _BARE_CLOSING_RITE.match(m["event"]) and "闭幕" not in m["event"]]
    events = {_CEREMONY_ORDINAL.sub("", m["event"]) for m in told}
    # (集团第五届职工技能大赛落幕 in the headline, 江州钢铁集团第五届职工技能大赛决赛… in the body: one contest, named short)
    event = max(events, key=len, default="")
    if not event or any(not event.endswith(e) for e in events):
        return None
    # (…大赛在…举行。5月7日，…论坛在…举行。闭幕式上，…: the later event's closing)
    if any(not _CEREMONY_ORDINAL.sub("", held["event"]).endswith(event[-2:])
           for held in _EVENT_HELD.finditer(text, told[-1].end(), ceremony)):
        return None
    # (…大赛在省体育馆开幕。闭幕式上，…: where it opened is the opening's venue, not the closing's)
    # (…大赛在省会落下帷幕: a city's description, no venue; only a place with a venue's ending is the closing's)
    places = {m["place"] for m in told if m["place"] and m["verb"] not in ("开幕", "开赛") and _VENUE_END.search(m["place"])}
    return event, places.pop() if len(places) == 1 else None


def _earlier_body_session(text: str, org: str | None, meetings: list[dict[str, Any]], reference: dt.date | None) -> bool:
    """Whether ``text`` tells ``org``'s own session as an earlier step, by a month before the publication month (or last
    year's) opening the sentence (1月上旬，局党组召开会议，…), held by a body no meeting told before is held by: another
    record with date null, not the main meeting again (GUIDELINES §3 nineteenth review round)."""
    opening = _EARLIER_MONTH_OPENING.match(text)
    if opening is None or not org or reference is None or any(o["organizer"] == org for o in meetings):
        return False
    if opening["year"] in ("去年", "上年"):
        return True
    month = parse_number(opening["month"])
    if month is None or int(month) == reference.month:
        return False  # (5月上旬，… on a May page: the main meeting's own month, perhaps the main meeting again)
    # (此前，12月中旬，…党组已召开会议 on a January page: told done, so last year's December, not a month ahead)
    return int(month) < reference.month or opening.group().lstrip().startswith("此前") or "已召开" in text


def _opened_event(text: str, meeting: dict[str, Any]) -> str | None:
    """The one festival or fair ``text`` tells opening before ``meeting``, a bare opening ceremony (开幕式, 开幕仪式)
    that refers to it (第三届电商节昨日开幕。…开幕式上，…); ``None`` for another rite, with none or several told, or
    when another event is told held between the festival's opening and the ceremony (…电商节昨日开幕。…5月6日，…运动会
    在学校操场举行。开幕式上，…: the later event's opening)."""
    if not meeting["name"].startswith("开幕"):
        return None
    ceremony = meeting["evidence"]["clean_start"]
    opened = [m for told in _OPENING_TOLD.finditer(text, 0, ceremony)
              if (m := _EVENT_OPENED.match(text, start_after(text, told.start(), "，。；！？\n"), told.end()))]
    # (the edition dropped: 上届电商节由… is another edition's holder, not read by the bare name's guard after 届)
    events = {_CEREMONY_ORDINAL.sub("", m["event"]) for m in opened}
    if len(events) != 1:
        return None
    event = events.pop()
    # (本届电商节在会展中心举行: the festival itself told again, by the tail of its name)
    if any(not event.endswith(_CEREMONY_ORDINAL.sub("", held["event"])[-2:])
           for held in _EVENT_HELD.finditer(text, opened[-1].end(), ceremony)):
        return None
    return event


def _scheme_holder(text: str, ceremony: str, by_common_word: bool = True) -> str | None:
    """The one body ``text`` says holds a prize scheme (评选活动由…主办), which holds the scheme's awards ceremony
    ``ceremony`` (a bare 颁奖典礼, or one named with the scheme's quoted name); ``None`` when none is named, when the
    ceremony is of another prize (江城文学奖颁奖典礼 beside “江城好人”评选活动), or when the page names another body
    hosting (典礼由市文联承办: another holder of the ceremony). A contest's or an activity's own ceremony (…马拉松起跑
    仪式, …活动启动仪式) is held alike by the bodies the page says hold the contest or activity (本届赛事由A、B主办 →
    A、B; GUIDELINES §3 fifteenth review round); ``by_common_word`` as in `_contest_subject`."""
    contest = (_CONTEST_RITE.search(ceremony) is not None and _AWARDS_CEREMONY.search(ceremony) is None) \
        or _CONTEST_CLOSING_RITE.search(ceremony) is not None
    schemes: dict[str | None, set[str]] = {}
    this_round = False  # 本届评奖由…主办: the judging of the prize just told, whatever its ceremony is named
    jointly = False  # 由甲和乙联合主办: the contest's holders hosting it together
    for m in (_contest_held_by(ceremony, _games_level(text, ceremony), by_common_word) if contest else _SCHEME_HELD_BY).finditer(text):
        if contest and _after_planned_other(text, m.start(), ceremony):
            continue
        names = _QUOTED_NAME.findall(text, start_after(text, m.start()), m.end())
        bare = "" if names or contest or not m["org"] else \
            _CEREMONY_ORDINAL.sub("", text[start_after(text, m.start(), "，。；,;：:！？\n") : m.start()])
        if bare:
            # 江城好人评选活动由市文明办主办: the scheme named unquoted, the words before 评选活动 in its clause
            names = [bare]
        elif not names and not contest and m["org"] and _THIS_ROUND.match(m.group()) is None \
                and not _ITEM_OPENING.search(text, *sorted((m.start(), max(text.find(ceremony), 0)))):
            # (…评选揭晓颁奖大会今天举行。…评选活动由甲和乙共同举办: the scheme's bare noun opening its clause, no name of its
            # own, is the selection the page just told, as 本届评选 is; GUIDELINES §3 fifteenth and twenty-second review
            # rounds: the holders stated for a selection are lent to its ceremony; not across a …讯/…电 line opening
            # another item glued to the page, §11)
            this_round = True
        schemes.setdefault(m["org"] or (None if contest else m["org2"]), set()).update(names)
        this_round = this_round or _THIS_ROUND.match(m.group()) is not None
        # (由甲和乙联合主办, 由甲和乙主办: two bodies joined by 和 as the 由 agent of hosting, listed 甲、乙, GUIDELINES §3;
        # not 由甲和乙举办, whose 和 the annotators keep as written)
        group = "org" if contest or m["org"] else "org2"
        jointly = jointly or m[group + "_jointly"] is not None or m[group + "_verb"] in ("主办", "合办", "联办")
    if len(schemes) != 1 or any(h["org"] not in schemes for h in _ANY_HOLDER.finditer(text)):
        return None
    org, names = schemes.popitem()
    if contest:
        # (本次展览由市文联和市书协联合主办: the two parties hosting it jointly, listed 甲、乙 as the 由…联合主办 agent of a
        # meeting's own sentence is, GUIDELINES §3 eighteenth review round; the adverb read from the holder's own match)
        return _joint_hosts(org) if org and jointly else org
    prize = _CEREMONY_ORDINAL.sub("", _AWARDS_CEREMONY.sub("", ceremony))
    if prize and not this_round and not any(n in ceremony for n in names):
        return None
    # (由甲、乙和丙联合主办: three or more holders already listed, kept as written, as the real tuning gold reads them,
    # pd_2287; GUIDELINES §3 lists two joined by 和 only)
    return _joint_hosts(org) if org and jointly and "、" not in org else org


# 本届兰洽会, 该洽谈会, 展会: a sentence that speaks of the fair again.
_FAIR_TOLD_AGAIN = re.compile("洽谈会|洽会|展会|博览会|本届|该会")
_HOLDING_VERB = re.compile("召开|举办|举行")


def _fair_of_days(sentences: list, index: int) -> bool:
    """Whether the trade fair opened in ``sentences[index]`` is told as one of several days or with traders and booths
    (为期5天, 客商, 5月8日至10日), read in its own sentence, the next one where that holds no event of its own, and any
    sentence that names the fair again: 客商 or a date range of another event on the page is no part of it."""
    told = [s.text for k, s in enumerate(sentences) if k == index or (k > index and _FAIR_TOLD_AGAIN.search(s.text))]
    if index + 1 < len(sentences) and not _HOLDING_VERB.search(sentences[index + 1].text):
        told.append(sentences[index + 1].text)
    return any(_FAIR_DAYS_OR_TRADERS.search(t) for t in told)


# A fair or expo named by a headline (第十二届…茶叶博览会开幕), whose opening a bare 开幕式 in the body is.
_FAIR_IN_HEADLINE = literal_gated(re.compile(r"(?:^|(?<=[\s|丨—]))(?P<fair>[^\s，。；：:！!？?|丨—]{2,40}?(?:博览会|展览会|交易会|展销会|洽谈会|博会|交会))"
                                             r"(?=(?:在|于|今日|今天|隆重|盛大|正式)?[^，。；\n]{0,16}?(?:开幕|启幕|开展|揭幕))"))

# Fixed patterns of MeetingExtractor._fair_ceremonies.
_OPENING_OR_CLOSING = re.compile("(?:开幕|闭幕|落幕)")
