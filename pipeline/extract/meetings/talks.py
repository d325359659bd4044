"""Talks, visits, receptions and banquets: talks tied to an arrival or a signing, visitors received and their guests, a
forum of the parties just met, a banquet given, and a trip's span of days.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.common import (
    TALKS_AHEAD_WORDS,
    TALKS_EARLIER_WORDS,
    clause_bounds,
    literal_gated,
    longest_first,
    start_after,
)
from pipeline.extract.meetings.patterns import (
    _ANY_MEETING_NOUNS,
    _FOLLOWING,
    _ITEM_DATELINE,
    _RECEPTIONS,
    _TALKS,
    _THIS_SESSION,
)
from pipeline.extract.meetings.places import CITY_SHORT_CHARS
from pipeline.extract.meetings.references import _BANQUET_GIVEN
from pipeline.extract.meetings.side_events import _CEREMONY_END

# A span of days a trip took (吴某8月21日至24日在山西调研。): a meeting told after it was held on one of
# them, which the text does not say.
_TRIP_SPAN = re.compile(r"\d{1,2}日?[至到\-—~－]\d{1,2}日[^，。；]{0,16}?(?:调研|考察|视察|访问|检查工作)")


# Talks by their name's head (会谈, 会晤, 磋商): what a visiting guest holds with the host side.
_TALKS_NAME = re.compile(r"(?:会谈|会晤|磋商)$")

_TALKS_AFTER_VISIT = re.compile(r"^[^，。；]+?(?:举行|进行)了?(?=(?:会谈|会晤)$)")


def _item_between(text: str, start: int, end: int) -> bool:
    """Whether an item dateline after the first (which only ends the headline) stands between ``start`` and ``end``."""
    items = _ITEM_DATELINE.finditer(text)
    next(items, None)  # (the first only ends the headline)
    return any(start < d.start() <= end for d in items)


def _days_differ(told: str | None, stated: str | None) -> bool:
    """Whether two date texts name two days of the month (5日 / 7日), not one day told twice (1月15日 / 今天)."""
    a, b = (_DAY_OF_MONTH.search(t or "") for t in (told, stated))
    return a is not None and b is not None and a[1] != b[1]


def _guests_of(text: str, m: re.Match[str]) -> str:
    """Whom the call ``m`` (会见了…) receives: the rest of its clause, up to 时 or 之际 (会见…代表团时说: the same call as
    the place of remarks)."""
    return _GUESTS_END.split(text[m.end() : clause_bounds(text, m.end())[1]], maxsplit=1)[0].strip()


def _other_guests(text: str, m: re.Match[str], earlier: str) -> bool:
    """Whether the call ``m`` in ``text`` receives other guests than the call told in ``earlier``, both written out
    (会见了…李文一行 / 会见了…克鲁吉), neither naming the other."""
    told = _VISITORS_RECEIVED.search(earlier)
    if told is None or _REMARK_ON_CALL.search(text, clause_bounds(text, m.start())[0], m.start("name")):
        return False  # (…在新闻发布会上谈到总统当天会见…时: a call a remark is about, told as heard, not a second one)
    guests, before = _guests_of(text, m), _guests_of(earlier, told)
    return len(guests) >= _GUESTS_MIN and len(before) >= _GUESTS_MIN and guests not in before and before not in guests


# 甲某13日还会见了…, 又在总统府会见了…: one more call told after a call, by 还/又 right before its verb (the venue or manner
# word between), another meeting held on the same day (GUIDELINES §3 fourth and thirty-eighth review rounds).
_ANOTHER_CALL = re.compile(r"(?:还|又)(?:在[^，。；,;\n在]{1,30}?)?(?:亲切|分别|集体)?$")


def _another_call(text: str, m: re.Match[str]) -> bool:
    """Whether the call ``m`` (会见了…) is told as one more call by 还/又 right before its verb."""
    return _ANOTHER_CALL.search(text, clause_bounds(text, m.start("name"))[0], m.start("name")) is not None


# 分别同甲某和乙某就…进行了会谈, 分别会见了甲某、乙某和丙某: talks or calls held in turn with parties listed, one meeting with
# each (GUIDELINES §3 fourth and thirty-eighth review rounds: each meeting held is its own record); a party named as a
# group (分别与两国总理举行会谈) lists none.
# (相继与甲和乙举行会谈, 先后同甲、乙会谈: one after the other, talks in turn as with 分别, fortieth review round)
_TALKS_IN_TURN = re.compile(r"(?:分别|相继|先后)(?:同|与|跟)(?P<parties>[^，。；,;]{2,60}?)(?:就[^。；;]{2,40}?)?(?:举行|进行)了?$")
_CALL_IN_TURN = re.compile(r"分别(?:会见|接见)")
# The words that open calls or talks held in turn (_CALL_IN_TURN, _TALKS_IN_TURN), tested before either is searched.
_CALLS_IN_TURN_WORDS = ("分别",)
_TALKS_IN_TURN_WORDS = ("分别", "相继", "先后")
# 数次会晤, 多轮会谈, 3次会谈: sessions counted in the name.
_SESSIONS_COUNTED = re.compile(r"(?:数|多|几|[\d一二三四五六七八九十两]+)(?:次|轮)")
# The joining word before a list's last item (甲、乙和丙), searched from the end: a joined title earlier in an item
# (财政和商务部长甲某) is no item of its own.
_LAST_JOINER = re.compile(r"(?:以及|和|及|与|同)(?!.*(?:以及|和|及|与|同))")
# Words holding a joining character that join nothing (西岛共和国, 和平促进会, 与会的, 同胞, 埃及): hidden before the
# joining word is looked for.
_JOINER_IN_WORD = re.compile("共和|和平|和谐|和睦|和解|缓和|温和|与会|参与|同胞|同志|同盟|同事|同学|同乡|同仁|共同|协同|合同"
                             "|不同|相同|同时|埃及|普及|涉及|及时")
# A joined title as the last item (外交和贸易部长, 财政与商务大臣甲某): two fields before one post, one person; the
# left side holds no post of its own (财政部长和外交部长: two). (甲某和外交部长, a name joined to a bare post, reads as
# a joined title too: no item list seen writes it.)
_JOINED_TITLE = re.compile(r"[^、和与及同长部任臣席]{2,4}(?:和|与|及)[^、和与及同]{2,4}?(?:部长|大臣|主任|部)"
                           r"(?:[\u4e00-\u9fff]{2,3})?")


def _listed_parties(parties: str) -> int:
    """How many parties a list written 甲、乙和丙 names: the items between 、 and the two sides of the last joining word
    unless the last item is a joined title (1 where it names one party or a group)."""
    items = _JOINER_IN_WORD.sub(lambda w: "＊" * len(w.group()), parties).split("、")
    last = items[-1]
    joined = _LAST_JOINER.search(last, 1, len(last) - 1) is not None and not _JOINED_TITLE.fullmatch(last)
    return len(items) + (1 if joined else 0)


def _parties_in_turn(text: str, m: re.Match[str], call: bool) -> int:
    """How many talks or calls ``m`` tells held in turn with parties listed (分别同甲和乙…会谈, 分别会见了甲、乙): one per
    party; 1 where it tells one meeting."""
    if not any(word in text for word in (_CALLS_IN_TURN_WORDS if call else _TALKS_IN_TURN_WORDS)):
        return 1  # (most sentences have none of these words, and this is read for each meeting)
    start, end = clause_bounds(text, m.start("name"))
    if call:
        if not _CALL_IN_TURN.search(text, max(start, m.start("name") - 2), m.end("name")):
            return 1
        return _listed_parties(_GUESTS_END.split(text[m.end("name") : end].removeprefix("了"), maxsplit=1)[0])
    listed = _TALKS_IN_TURN.search(text, start, m.start("name"))
    if listed is not None and not listed.group().startswith("分别") and _SESSIONS_COUNTED.match(text, m.start("name")):
        return 1  # (先后与甲和乙举行了数次会晤: sessions over a span, counted, no one held with each; as before)
    return 1 if listed is None else _listed_parties(listed["parties"])


def _same_ceremony(chaired: str, told: str) -> bool:
    """开幕仪式 after 开幕典礼, 仪式 after 颁奖典礼: a chaired ceremony's name that restates a ceremony told before
    (the same stem before the ceremony noun, or none)."""
    if not _CEREMONY_END.search(told):
        return False
    a, b = _CEREMONY_END.sub("", chaired), _CEREMONY_END.sub("", told)
    return not a or a.endswith(b) or b.endswith(a)


# The talks heads a name ends with (会谈, 工作会谈, 正式会晤), for the place arrived at before them.
_TALKS_HEADS = tuple(sorted(_TALKS, key=len, reverse=True))
# 飞抵开罗，与…举行会谈; 抵拉塔基亚后立即与…举行了会谈; 到达巴黎后，随即同…会谈: the place the subject arrived at, then the
# party of the talks in the same sentence, what they dealt with perhaps holding a comma (a verb of arriving, not of going:
# 前往 is told before the visit, not at it).
# (飞抵大马士革对叙利亚进行了…闪电式访问，与…举行了会谈: the visit begun there told between, GUIDELINES §3 thirty-second
# review round; the words of the visit hold no party of the talks)
_ARRIVED_BEFORE_TALKS = re.compile(
    r"(?P<verb>抵达|飞抵|到达|抵)(?P<loc>[^，。；,;、\d到抵与同在前后]{2,12}?)(?:[，,]?(?:开始|并)?对[^，。；,;与同]{1,30}?访问)?"
    r"后?[，,]?\s*(?:立即|随即|旋即|即|当天|当日|并)?"
    r"(?:与|同)[^。；;]{2,60}?(?:举行|进行)?了?$")
# 布莱尔是9日抵达东京进行为期五天的访问的。访问期间，他…同…进行了会谈: a sentence opening on 访问期间 (or 在…访问期间)
# right after one that tells the guest's arrival at a place for the visit (抵达/飞抵/到达 X, then 进行…访问 or 访问 in
# the same clause); the place arrived at is where the visit's talks are held (GUIDELINES §3 location, thirty-eighth round).
_DURING_VISIT_OPENING = re.compile(r"\s*(?:在[^，。；,;]{0,12}?)?访问期间[，,]")
_ARRIVED_FOR_VISIT = re.compile(r"(?:抵达|飞抵|到达)(?P<loc>[^，。；,;、\d到抵与同在对的]{2,10}?)(?:进行|开始)?[^，。；,;]{0,12}?访问")
# 五国警方首脑在江城开会，就难民问题进行了会谈: a meeting told with its place right before, then talks on a matter by the
# same subject in the next clause: the talks are held at that meeting, so at its place (GUIDELINES §3 location,
# thirty-fifth review round); the clause holds no other subject or party (not …在江城开会，随后与…会谈).
_MET_AT_BEFORE_TALKS = re.compile(r"在(?P<loc>[^，。；,;、\d在与同和]{2,12}?)(?:开会|举行会议|召开会议)[，,]\s*"
                                  r"就[^，。；,;与同跟]{2,40}?(?:进行|举行)了?$")
# …飞抵香港。 / …抵达开罗。: a sentence ending on the subject's arrival at a place (a verb of journey only, as above).
_ARRIVED_AT_END = re.compile(r"(?:抵达|飞抵|抵)(?P<loc>[^，。；,;、\d到抵与同在前后]{2,12}?)[。！]\s*$")
# 中午，钱其琛会见了…, 当晚，外长同…举行会谈: talks opening on a later part of the same day, then their subject (no
# venue of their own between, no other day), up to the party or the verb.
_TALKS_RIGHT_AFTER = re.compile(r"\s*(?:随后|随即|当天|当日|同日)?(?:中午|下午|晚上|傍晚|当晚|晚间)?(?<=[\u4e00-\u9fff])[，,]\s*"
                                r"(?P<subject>[^，。；,;在\d]{2,12}?)(?:随即|即|还|又|也)?(?:(?:同|与|跟|和)[^，。；,;在]{2,40}?)?$")

# Talks or a call written as a verb (与…会面, 与…举行了座谈, 会见了…) tied to the event just told with no day of their own
# (GUIDELINES §3 twenty-ninth review round: they are held on that event's day):
# - 当晚，…与…举行了座谈 / 当天，…: the same day, opening the sentence;
# - 局长其后在…与…会面 / 市长随后会见了…: an order word after the subject, as 随后， opening the sentence is;
# - 报告前，…会见了… / 推介会前，… / 论坛开始前，…: right before an event that is no ceremony, named by its own kind (a
#   call before a ceremony, 开幕式前，市长会见了…, stays none, fifteenth round; a bare 会前 may be of an earlier day and stays
#   none too); the kind must end a meeting told before, checked by the caller (``_before_told_event``).
_TALKS_SAME_DAY = re.compile(r"\s*(?:当天|当日|当晚|同日)(?:上午|中午|下午|晚上|晚间)?[，,]")
_TALKS_ORDER_AFTER_SUBJECT = re.compile(r"\s*[^，。；,;\d]{2,16}?(?<![之以])(?:其后|随后|随即)(?!将|要|拟)")
# - 会议期间，…会见了… / 大会期间，…: during the meeting just told, on some day of it (its day when it is of one stated
#   day, else none: GUIDELINES §3 `会议期间`; thirty-ninth review round); not 在…访问期间 (a stay, read elsewhere).
_TALKS_DURING_TOLD_MEETING = re.compile(r"\s*(?:在)?" + _THIS_SESSION + "(?:" + "|".join(_ANY_MEETING_NOUNS) + ")期间[，,]")
_BEFORE_TOLD_EVENT = re.compile(r"\s*在?(?P<kind>[\u4e00-\u9fff]{0,4}?(?:报告会|报告|讲座|论坛|推介会|说明会|座谈会|研讨会|交流会|年会|峰会))"
                                r"(?:开始|举行|召开)?之?前[，,]")


# 局长在市政府大楼与…会面, 次长昨天在部里同…座谈: the venue after 在 right before the party of talks written as a verb (not
# of a call: 在北京同…通电话 places the caller, not a meeting).
# (searched up to the talks' match, which opens on 与/同/跟; not 在…期间: a stay, places.stay_place reads it)
_TALKS_VENUE_BEFORE_PARTY = re.compile(r"在(?P<loc>[^，。；,;\n在与同跟]{2,20}?)(?<!期间)(?<!之际)(?<!时)$")


_TIME_FRAME_END = re.compile("(?<!门)(?:前|后|中|时)$")


def _fronted_talks_venue(text: str, start: int) -> str | None:
    """The venue after 在 that ends the clause right before a clause of talks opening on their party at ``start``
    (9日在监狱，同关押在那里的犯人举行了会谈 -> 监狱), GUIDELINES §3 location twenty-ninth round, as 在P与…会面 reads."""
    if start < 1 or text[start - 1] not in "，," or not text.startswith(("同", "与", "跟"), start):
        return None
    at = _TALKS_VENUE_BEFORE_PARTY.search(text, clause_bounds(text, start - 1)[0], start - 1)
    # (王明在抵达北京前，与随行人员举行了会谈: a time told by an act, no venue; not 在大楼门前)
    return at["loc"] if at and not _TIME_FRAME_END.search(at["loc"]) else None


def _before_told_event(text: str, meetings: list[dict[str, Any]]) -> bool:
    """Whether ``text`` opens right before an event of a kind a meeting told before ends with (报告前，… after a
    学术报告; 论坛开始前，… after a named 论坛), GUIDELINES §3 twenty-ninth review round."""
    before = _BEFORE_TOLD_EVENT.match(text)
    if before is None:
        return False
    kind = before["kind"]
    # (the kind as its last two characters: 推介会前 after …投资合作推介会, 报告前 after 学术报告)
    return any(m["name"].endswith(kind[-2:]) for m in meetings)


def _talks_tied(text: str, meetings: list[dict[str, Any]]) -> bool:
    """Whether talks written as a verb in ``text`` are tied to the event just told (see ``_TALKS_SAME_DAY``)."""
    return bool(meetings) and (_TALKS_SAME_DAY.match(text) is not None or _TALKS_ORDER_AFTER_SUBJECT.match(text) is not None
                               or _FOLLOWING.match(text) is not None or _before_told_event(text, meetings)
                               or _TALKS_DURING_TOLD_MEETING.match(text) is not None)


# 出席签约仪式并见证签约, 见证了…签字仪式: a signing ceremony witnessed (read in the reference's own sentence).
_WITNESSED_SIGNING = literal_gated(re.compile("见证[^，。；]{0,30}?(?:签约|签字|签署)|(?:签约|签字|签署)仪式[^。；]{0,8}?见证"))


# 当晚，…设宴欢迎…: the evening of the day just told, opening the sentence that gives a banquet.
_BANQUET_EVENING = re.compile(r"\s*(?P<word>当晚|当天晚上|当日晚上|当日晚间|当天晚间)[，,]")
# (当晚，市长将设宴欢迎…; 在宴会上，双方还将…: a banquet still ahead, no meeting, §3 "Not meetings: planned or future events")
_BANQUET_AHEAD = re.compile("(?:将|届时|拟|计划|准备)(?:要|于[^，。；]{0,8}?)?设宴")

# 在会见和晚宴中, 在会谈及午宴上: talks and a banquet named together as where something was done, two events.
_TALKS_AND_RECEPTION = re.compile("在(?P<first>" + "|".join(longest_first(_TALKS)) + ")(?:和|及|与)(?P<second>"
                                  + "|".join(longest_first(_RECEPTIONS)) + ")(?:中|上|期间)")


# 金泳三9日会见了在汉城出席亚太议会论坛第六届年会的各代表团团长: a meeting named inside the attribute of the people met
# (会见了…出席NAME的X) is told only as what they came for; the talks' day is not told for it (GUIDELINES §3 date row:
# only the day of the clause that holds the meeting counts; thirtieth review round).
# (李某今天在同参加全省…会议的代表们座谈时强调: the same with talks held with the attendees, 在同…座谈, thirty-fifth round)
_MET_WHO_ATTEND = re.compile(r"(?:(?:会见|会晤|接见|宴请|看望)了?|(?<=在)(?:同|与|跟))(?P<attr>(?:(?!会见|会晤|接见)[^，。；]){0,16}?"
                             r"(?:出席|参加|列席)了?)[“「『]?")


def _dated_by_talks_only(meeting: dict[str, Any]) -> bool:
    """Whether ``meeting``'s day comes from talks whose guests attend it (:data:`_MET_WHO_ATTEND`), its own clause, the
    attribute, telling no day."""
    text, name, day_text = meeting["evidence"]["text"], meeting["name"], meeting["date_text"]
    if not day_text:
        return False
    for m in _MET_WHO_ATTEND.finditer(text):
        rest = text[m.end() :]
        if rest.startswith(name) and re.match(r"[”」』]?的", rest[len(name) :]) and day_text not in m["attr"] \
                and day_text in text[: m.start()]:
            return True
    return False


def _banquet_given(text: str, referred: dict[str, Any], meetings: list[dict[str, Any]]) -> bool:
    """Whether ``referred`` (在宴会上, 宴会上) is the banquet the sentence before it gives (设宴欢迎…), on a page where other
    meetings were read and none of them is a banquet (GUIDELINES §3 twentieth review round: one record named 宴会).
    Undated, it takes the day of the last meeting told before it when that sentence opens on 当晚 (the evening of the
    day just told), its date_text the word and its time of day 晚上."""
    if referred["name"] not in _RECEPTIONS or not meetings or any(m["name"] in _RECEPTIONS for m in meetings):
        return False
    at = referred["evidence"]["clean_start"]
    before = _previous_sentence_start(text, at)
    if "\n" in text[before:at].rstrip("\n") or not _BANQUET_GIVEN.search(text, before, at) \
            or _BANQUET_AHEAD.search(text, before, at):
        return False
    evening = _BANQUET_EVENING.match(text, before)
    told = [m for m in meetings if m["evidence"]["clean_start"] < before and m["date"] is not None]
    if referred["date"] is None and evening is not None and told:
        referred["date"], referred["date_text"], referred["time_of_day"] = told[-1]["date"], evening["word"], "晚上"
    return True


def _previous_sentence_start(text: str, start: int) -> int:
    """Where the sentence before the one starting at ``start`` starts (the mark ending it stepped over), the reach of
    an anaphor (该校, 该院) back to the body it stands for."""
    return start_after(text, max(0, start_after(text, start, "。！？\n") - 1), "。！？\n")


# 市委书记王某在市委会见厅会见了…一行: a meeting with visitors (GUIDELINES §3: 会见 reported as held)
# The press as what a person meets (会见传媒, 会见记者).
_PRESS_WORDS = "传媒|媒体|记者|新闻界|新闻媒体"
# A press conference or briefing by its noun (新闻发布会, 记者招待会, 吹风会).
_PRESS_BRIEFING_NAME = re.compile("(?:记者会|发布会|记者招待会|吹风会)$")
#: The fewest characters of guests written after 会见 for two calls to be told apart by them.
_GUESTS_MIN = 4
# (not 美国时代华纳公司: 时 inside a name, a word after it)
# A remark or report whose matter is the call after it (谈到…会见, 提到…会见).
_REMARK_ON_CALL = re.compile("谈到|谈及|提到|提及|说|表示|指出|称|透露|报道")
_DAY_OF_MONTH = re.compile(r"(\d{1,2})日")
_GUESTS_END = re.compile("(?:时|之际)(?=$|[说表指强称谈介希重])")
_VISITORS_RECEIVED = re.compile(
    # (not 游客会见到, 有机会见证, 律师会见权, 将会见: a modal, a noun or the future)
    # (在京会见, 在沪会见: a big city's one-character short name, the venue; clean_location writes it in full)
    r"(?:在(?P<loc>" + CITY_SHORT_CHARS + r"|[^，。；,;\n在]{2,30}?))?(?:亲切|分别|集体)?(?<![机将可能不要师])(?P<name>会见)了?"
    # (会见到访的…一行: 到访 the visit, after the verb)
    r"(?![厅室时证识闻效权难]|到(?!访))(?=[^，。；,;\n]{2})"
    # (律师会见在押的犯罪嫌疑人, 同被告人会见: a lawyer's visit to a suspect or defendant in custody, a legal procedure, no
    # diplomatic call, GUIDELINES §3 会见 reported as held)
    r"(?<!被告人会见)(?<!嫌疑人会见)(?!了?[^，。；,;\n]{0,4}(?:犯罪嫌疑人|被告人|罪犯|在押人员))"
    # (会见传媒时表示, 会见记者时说: the press met named only as where remarks were made, no talks with visitors
    # (GUIDELINES §3: a press encounter named only as where remarks were made or relayed is no meeting); not 会见传媒，并
    # 宣布…, 会见了记者 (the encounter told as such, a record as the Hong Kong review reads it) nor 会见记者协会代表团一行)
    r"(?!(?:" + _PRESS_WORDS + r")(?:人士)?(?:时|之际)(?:表示|说|指出|称|透露|强调|重申|回应))"
)
# 会见…一行，双方举行座谈, …，并举行座谈: a forum of the parties just met, told in the clause after the talks (not
# 双方就…进行了交流: no forum named; not 将举行座谈: one ahead)
_FORUM_AFTER_TALKS = re.compile(
    r"会见[^。；;\n]{2,80}?[，,]\s*(?:双方|宾主)?(?:还|并|随后|随即)?(?:举行|进行)了?"
    r"(?P<name>(?:工作|专题|友好)?座谈(?:交流)?)(?=[，。；,;\n]|$)"
)
# 会见…一行。双方举行座谈，…: the same forum opening the next sentence, the parties just met its subject
_FORUM_OPENING_NEXT = re.compile(
    r"\s*(?:双方|宾主)(?:还|并|随后|随即)?(?:举行|进行)了?(?P<name>(?:工作|专题|友好)?座谈(?:交流)?)(?=[，。；,;\n]|$)"
)
# 签约前，双方举行座谈，…: talks of the parties of an event told before, named by the bare noun as written
# (GUIDELINES §3: each event held is its own record); the parties hold it, no organizer is read
# (earlier or repeated talks, and talks still ahead: no talks held)
_TALKS_NOT_HELD = TALKS_EARLIER_WORDS + "|" + TALKS_AHEAD_WORDS
# The nouns of a lecture just told after which talks are held (讲座结束后, 报告结束后, 党课结束后, 讲课后)
_LECTURE_NOUNS_BEFORE_TALKS = "讲座|报告|党课|讲课|授课|演讲|宣讲|辅导"
_SIDES_TALK = re.compile(
    r"^\s*(?:(?=[签揭开仪活会])(?:签约|签字|签署|揭牌|开工)?(?:仪式|活动|会见|会谈|会议?)?(?:结束)?(?:之?前|之?后)|随后|此前|其间"
    # (说明会后, 推介会结束后: talks held after the main event just told, in a clause of their own, GUIDELINES §3
    # twelfth review round)
    # (讲座结束后, 报告结束后, 党课结束后: after a lecture just told, by any of its nouns, the same)
    r"|[^，。；,;\n]{1,8}?(?:会|仪式|典礼|论坛)(?:结束)?之?后|(?:" + _LECTURE_NOUNS_BEFORE_TALKS + r")(?:结束)?之?后)[，,]?\s*"
    # (not 此前，双方曾多次进行座谈: earlier talks, a series; 市领导还与台商举行了座谈: a party after 与/同 as well)
    r"(?P<org>双方|宾主|两方|三方|多方|(?:(?!" + TALKS_EARLIER_WORDS + r")[^，。；,;\n与同]){1,10}?(?:还|又|并|随即)?(?:与|同)[^，。；,;\n]{1,16}?)"
    # (双方就共建联合实验室进行了座谈: the topic after 就, however long, what the talks are about)
    r"(?:(?:(?!" + _TALKS_NOT_HELD + r")[^，。；,;\n]){0,6}?)(?:在(?P<loc>[^，。；,;\n在]{2,20}?))?(?:就(?:(?!" + _TALKS_NOT_HELD + r")[^，。；,;\n]){2,24}?)?"
    # (举行了工作座谈, 进行了专题座谈: a kind word before the noun, part of the name as written; not 深入座谈, a manner)
    r"(?:举行了?|进行了?)(?P<name>(?:工作|专题|友好|业务)?座谈(?:交流)?)(?=[，。；,;\n]|$|并)"
)

# 李明日前通过电话分别同王强和赵刚讨论了…, 王强接到李明打来的电话进行交谈: a call held by telephone with a party, what was
# talked over told after it, named by its noun as written (电话), as 同…通电话 is 通电话 (GUIDELINES §3 talks and calls;
# thirty-sixth review round); not 在电话中…表示慰问 (sympathy shown from afar, no party talked with), nor 将通过电话…
# (ahead), nor 通过电话了解/询问 (an inquiry).
_CALL_BY_PHONE = re.compile(
    r"(?<![将要拟])通过(?P<name>电话)(?:分别)?(?:同|与|和|跟)(?P<party>[^，。；：,;:！？\n]{2,30}?)"
    r"(?:讨论|交谈|商讨|磋商|交换|会谈|通话)"
)
_CALL_RECEIVED = re.compile(
    r"(?<![将要拟])接到(?P<party>[^，。；：,;:！？\n]{2,30}?)打来的(?P<name>电话)(?:并|后)?(?:进行了?)?(?:交谈|通话|讨论|商讨)"
)

