"""A meeting's host: the person chairing it in its stretch of text."""

from __future__ import annotations

import re
from typing import Any

from pipeline.document import Document
from pipeline.extract.common import CHAIRED_AS_PRESIDENT, NOT_AFTER_HOST_POST_NOUN, PAST_EDITION, POST_NOMINALS
from pipeline.extract.meetings.patterns import _CLAUSE_MARK, _GENERIC_HEADS, CONTEXT_BEFORE_CHARS, _stretches

_CHAIRED_CEREMONY = re.compile(r"主持了?(?:整场|整个|全场)?\Z")


# A title in book-title marks (《…》), spaces and commas allowed inside: one word of a stretch counted in words.
_LECTURE_TITLE = "《[^《》。；\n]{1,60}》"
# What follows a chair's name in a sentence saying that they chair (王某主持; 鄧炳強，GBS，JP今日主持: honours
# after the name; 甲和…乙共同主持: co-hosts, the first one written is the host; 王某8月15日上午在…主持召开: a date
# and a venue between; not 甲在乙主持的会议上, 在乙主持下: someone else chairs).
_CHAIRS_AFTER_NAME = re.compile(
    # (赵某以《学纪知纪明纪守纪 推动事业高质量发展》为题讲授党课并主持会议: a lecture's title, however long, counted as one
    # word of the stretch between)
    rf"(?:[，,]\s*{POST_NOMINALS})*[^，。；,;]{{0,8}}主持|[^，。；,;]{{0,30}}?(?:共同|联合)主持"
    rf"|(?:{_LECTURE_TITLE}|[^，。；,;由]){{9,30}}?主持(?![的下])"
    # (王某到城关镇调研，并主持召开座谈会: the same subject, a clause or two on; 县长柯明到城东社区调研，主持召开…:
    # a clause opening on the act, no subject of its own)
    "|[^。；由]{0,40}?[，,]并?(?:在[^，。；]{1,20})?主持(?:召开|举行)了?"
    # (县长甲率同副县长乙等人前往…视察…，随后在县府会议室主持…会议: the same subject after a visit told at length, the
    # next act opening on 随后 with no subject of its own; not 随后在乙主持下)
    "|[^。；由]{0,60}?[，,]\\s*(?:随后|随即|接着|然后)[，,]?并?(?:在[^，。；]{1,20})?主持(?![的下])(?:召开|举行)?了?"
    # (…出席…会议，并与广东省省长共同主持会议: the subject chairs jointly a clause on, GUIDELINES §3 eleventh round)
    "|[^。；由]{0,60}?[，,]\\s*并?[与和同跟][^，。；,;]{1,20}?(?:共同|联合|一起|一同)主持"
    # (甲、乙、丙等主持开幕仪式: a 、-list closed by 等, however long, the first one written is the host)
    "|、[^，。；,;由]{2,80}?等(?:共同|联合|一起)?主持(?![的下])"
)
# 周某为新任命人员颁发任命书，并主持宪法宣誓仪式: a ceremony chaired by the same subject a clause on. Such a chair
# hosts only a ceremony (a meeting named …仪式/…典礼), never the meeting told before 并 (assign_hosts).
_CHAIRS_CEREMONY_AFTER_NAME = re.compile(
    "[^。；由]{0,40}?[，,]并?主持了?(?=[^，。；,;“”「」]{0,12}?(?:仪式|典礼)(?:[，。；,;]|$))")
_CEREMONY_NAME = re.compile("(?:仪式|典礼)$")
# 会谈前，迟浩田主持仪式欢迎…一行, 王强主持了欢迎仪式: a rite the direct object of the person's 主持 (perhaps with its
# kind before it) is all they chair: no host of the talks told beside it (GUIDELINES §3 host, thirty-second review
# round: 参加了欢迎仪式和会谈 are two events). Not a meeting's own opening or closing rite, nor a prize-giving,
# whose chair may host the meeting it opens or is held at (nineteenth round).
# A show or a gala as that object (孙某主持了音乐会, 主持文艺晚会) is another event too: its compere hosts no talks told beside
# it (演出前，李某会见了…; GUIDELINES §3 host, thirty-fourth review round).
_CHAIRS_RITE_OBJECT = re.compile(
    r"[^，。；,;由]{0,8}?(?<!共同)(?<!联合)主持了?(?!召开|举行|会议)(?P<kind>[^，。；,;“”「」主]{0,12}?)"
    r"(?:仪式|典礼|儀式|典禮|音乐会|演唱会|晚会|联欢会|文艺演出|演出)")
# 会谈, 会晤, 会见, 磋商: talks, which have parties and no chair of their own (the rite chaired beside them is another event).
_TALKS_NAME = re.compile("(?:会谈|會談|会晤|會晤|会见|會見|磋商)$")
_OWN_PART_RITES = re.compile("(?:开幕|闭幕|開幕|閉幕|开班|结业|开学|毕业|颁奖|頒獎|颁证|表彰|开营|闭营)$")
# 会议由县委副书记、县长甲，县委副书记乙主持: co-hosts set off by a comma after 由 (the agent before the name,
# the comma and 主持 after it).
_AGENT_BEFORE = "由[^，。；,;]{0,30}"
_AGENT_BEFORE_NAME = re.compile(_AGENT_BEFORE + r"\Z")
_CO_HOST_AFTER_NAME = re.compile("[，,][^，。；,;由]{2,30}?主持(?![的下])")
# 主持人：…, 会议主持：…, 主持人是/为…, 主持会议的是… right before the name.
# (not 名师工作室主持人李娜, 节目主持人: 主持人 closing a post's noun is a title word, no label of the chair, §3 host)
_CHAIR_LABEL_BEFORE = NOT_AFTER_HOST_POST_NOUN + "主持(?:(?:人|[^，。；]{0,4}的)[:：为是]?|[:：])[^，。；\n]{0,30}"
_CHAIR_LABEL_BEFORE_NAME = re.compile(_CHAIR_LABEL_BEFORE + r"\Z")
_WHITESPACE = re.compile(r"\s")
# The longest of the two patterns before a name (主持 + 的-phrase + a label mark + 30 characters).
_BEFORE_NAME_CHARS = 40


def _chairs_in(name: str, text: str, ceremonies: bool = True) -> bool:
    """Whether ``text`` says that ``name`` chairs (one of the shapes above, at any place the name is
    written; with ``ceremonies`` false, not the shape of a ceremony chaired a clause on). Names padded
    with spaces (王　伟) are read by a pattern made for the name; the others by the fixed patterns at
    each place the name stands (no pattern compiled per name)."""
    i = text.find(name)
    while i >= 0 and name:
        end = i + len(name)
        before = text[max(0, i - _BEFORE_NAME_CHARS) : i]
        if _CHAIRS_AFTER_NAME.match(text, end) or (ceremonies and _CHAIRS_CEREMONY_AFTER_NAME.match(text, end)) \
                or _CHAIR_LABEL_BEFORE_NAME.search(before) or (
                # (由理事长周某担任主席: the chair named by 担任主席 after the 由 agent)
                _AGENT_BEFORE_NAME.search(before) and CHAIRED_AS_PRESIDENT.match(text, end)) or (
                _AGENT_BEFORE_NAME.search(before) and _CO_HOST_AFTER_NAME.match(text, end)):
            return True
        i = text.find(name, i + 1)
    if not _WHITESPACE.search(text):
        return False
    spaced = _spaced(name)
    after = _CHAIRS_AFTER_NAME.pattern + (f"|{_CHAIRS_CEREMONY_AFTER_NAME.pattern}" if ceremonies else "")
    return re.search(f"{spaced}(?:{after})|{_AGENT_BEFORE}?{spaced}{_CO_HOST_AFTER_NAME.pattern}"
                     f"|{_CHAIR_LABEL_BEFORE}?{spaced}", text) is not None


def _chairs_rite_only(name: str, text: str) -> bool:
    """Whether every place ``name`` chairs in ``text`` has a rite as 主持's direct object (主持仪式欢迎…, 主持了欢迎仪式),
    not a meeting's own opening or closing rite nor a prize-giving."""
    found = False
    i = text.find(name)
    while i >= 0 and name:
        rite = _CHAIRS_RITE_OBJECT.match(text, i + len(name))
        if rite is None or _OWN_PART_RITES.search(rite["kind"]):
            if _CHAIRS_AFTER_NAME.match(text, i + len(name)):
                return False  # (another place the person chairs something else)
        else:
            found = True
        i = text.find(name, i + 1)
    return found


# What stands between a chair's name and the meeting it chairs in one clause: an adverb of repetition and the
# verb of holding (李志坚又主持召开…, 刘明主持召开了…, 赵燕还主持举行…).
_CHAIRS_NAMED_AFTER = re.compile("(?:又|还|再次|随即|随后)?主持(?:召开|举行|举办)?了?")
# 两次会议均由…主持, 上述会议都由…主持, 县政协主席苏杭主持两次会议: one chair for the meetings told before, so a
# second meeting (当天下午，又召开了…) does not take the chair from the first. The group is the count, if written.
# 某某主持会议, 会议由某某主持: the chair of the sitting just told, no meeting named by its kind.
_CHAIRS_THE_MEETING = re.compile("主持(?:了)?(?:会议|大会)(?![\u4e00-\u9fff])|(?<![\u4e00-\u9fff])(?:会议|大会)由[^，。；]{2,30}?主持")
# A lecture's name (专题党课, 廉政课, 专题讲座): 主持会议 told after it chairs the meeting the lecture was given at, not the
# lecture (镇党委书记为受表彰的代表颁奖，并讲授了专题党课。镇长李建国主持会议: the 表彰大会's host).
_LECTURE_NAME = re.compile("(?:党|团|廉政|廉洁)课$|讲座$")
_CHAIRS_SEVERAL = re.compile(
    "(?:(?P<n>[两三])[次场个]|上述|以上|这些)会议(?:均|都)由|(?:均|都)由[^，。；]{2,30}?主持"
    "|主持(?:了)?这?(?:(?P<m>[两三])[次场个]|上述|以上)会议"
)
_COUNT_WORDS = {"两": 2, "三": 3}
# The opening or closing rite of a meeting or class written bare (闭幕式由…主持, 主持开班式): a part of the meeting it opens or
# closes, unless a meeting record is named by the rite itself.
_BARE_RITES = ("开幕式", "闭幕式", "开班式", "结业式", "开幕仪式", "闭幕仪式", "开班仪式", "结业仪式", "闭会式")
# The words glued before a rite up to a break (全县运动会 of 全县运动会闭幕式), and an event's head closing them.
_RITE_LEAD = re.compile("[^，。；,;的由在、“”「」]{0,12}$")
_EVENT_HEAD_END = re.compile("(?:会|赛|节|展|周)$")


def _rite_of_meetings(rite: str, sentence: str, meetings: list[dict[str, Any]]) -> bool:
    """Whether the rite ``rite`` that ``sentence`` has chaired belongs to the meetings told: bare (闭幕式由…主持) or
    glued to a meeting's own name or the generic 大会/会议, and not told of a past year or edition."""
    i = sentence.find(rite)
    if i < 0 or PAST_EDITION.search(sentence, 0, i):
        return False  # 去年的全县运动会闭幕式由…主持: a past event's rite
    lead = _RITE_LEAD.search(sentence, 0, i).group()
    if not _EVENT_HEAD_END.search(lead):
        return True
    # (全县运动会闭幕式: another event's rite, unless a meeting told is that event: 大会闭幕式, 年会开幕式)
    return lead.endswith(("大会", "会议")) or any(
        m["name"].endswith(lead[-k:]) or lead.endswith(m["name"]) for m in meetings for k in (2, 3) if len(lead) >= k)
# The rite nouns a chair sentence may name (闭幕式由…主持, 颁奖仪式由…主持, 主持…典礼).
_CHAIRED_RITES = (*_BARE_RITES, "仪式", "典礼")


def _chairs_elsewhere(sentence: str, meetings: list[dict[str, Any]]) -> bool:
    """Whether ``sentence`` has its person chair the rite of a past year or edition (去年的全县运动会闭幕式由…主持,
    上届文化节开幕式由…主持) or the bare rite of another event than the meetings told (全县运动会闭幕式 on a page of a
    work meeting): such a chair hosts no meeting of the page (GUIDELINES §3 twenty-first round), not even the nearest
    one before it, nor a record told of that past rite; another event's rite named by a meeting record of its own is
    left to the readings below."""
    for rite in _CHAIRED_RITES:
        if not _chairs_named(rite, sentence):
            continue
        if PAST_EDITION.search(sentence, 0, sentence.find(rite)):
            return True
        if rite in _BARE_RITES and not _rite_of_meetings(rite, sentence, meetings) \
                and not any(m["name"].endswith(rite) and m["name"] in sentence for m in meetings):
            return True
    return False
# 王明主持并讲话, 王明主持。: the chair's name, then 主持 with no meeting named (the sitting just told).
_CHAIRS_BARE = re.compile(r"主持(?=并|[，。；,;]|$)")
# 陈明主持会议, 赵强主持会议并讲话, 赵强主持: the chair of the meeting whose own sentence this is, no other meeting named.
# 丁某主持会议并讲话, 大会由某某主持: a sitting chaired by its bare noun, never talks (会见, 会谈) told before it.
_CHAIRS_SITTING_NOUN = re.compile(r"主持了?(?:会议|大会)(?=并|[，。；,;]|$)|(?<![\u4e00-\u9fff])(?:会议|大会)由[^，。；]{2,30}?主持")
_CHAIRS_HERE = re.compile(r"主持了?(?:会议|大会)?(?=并|[，。；,;]|$)")
# 党课由某某主持: the agent 由 a few characters after a meeting's noun.
_AGENT_SOON_AFTER = re.compile("[^，。；]{0,4}由")


def _chairs_named(noun: str, sentence: str) -> bool:
    """Whether ``sentence`` has the person chair the meeting ``noun`` names (党课由某某主持, 某某主持了党课)."""
    i = sentence.find(noun)
    while i >= 0 and noun:
        if _AGENT_SOON_AFTER.match(sentence, i + len(noun)) or sentence.endswith(("主持", "主持了"), 0, i):
            return True
        i = sentence.find(noun, i + 1)
    return False


def _clauses_of(name: str, sentence: str) -> list[str]:
    """The clauses of ``sentence`` (between commas, semicolons and stops) that hold ``name``."""
    return [clause for clause in _CLAUSE_MARK.split(sentence) if name and name in clause]


def _spaced(name: str) -> str:
    """A pattern for a name as written, padding spaces allowed between its characters (王　伟)."""
    return r"\s*".join(map(re.escape, name))
# 这次会议, 本次大会: a meeting named before, referred to by a determiner and the generic noun
# (今天我们召开这次座谈会: a speech speaking of the occasion it is given at, with its kind word)
# The determiner of a deictic name (这次, 今天这次, 该): what goes to leave the meeting's kind word.
_DEICTIC_LEAD = re.compile("^(?:今天这次|今天的|这次|此次|本次|这个|该)")
# 主持 closing a subject before 召开 (市长王刚主持召开会议): the person chairs the meeting, read without it.
_CHAIRING_END = re.compile("(?:亲自)?主持$")
# ，会议结束后主任周某主持宪法宣誓仪式: a clause after the meeting just held, opening on its end, in which a ceremony is
# chaired (a record of its own, GUIDELINES §3; cut like the next meeting, its chair no host of the meeting before).
_CHAIRED_AFTER_CLAUSE = re.compile(r"[，,](?=\s*(?:(?:会议|大会|会)结束后|会后|随后)[，,]?[^，。；,;“”「」由]{0,16}?"
                                   r"(?<!主持人)(?<!曾)主持了?(?:整场|整个|全场)?[^，。；,;“”「」]{1,12}?(?:仪式|典礼)(?=[。；;]|$))")
# 在礼宾府主持授勋典礼, 在县委党校主持了授牌仪式: the venue where a person chaired the meeting named after it.
_CHAIRED_AT = re.compile(r"在(?P<loc>[^，。；,;在]{2,20}?)(?:亲自)?主持(?:召开|举行)?了?")


class MeetingHosts:
    """The host readings of MeetingExtractor."""

    def assign_hosts(self, meetings: list[dict[str, Any]], speakers: list[dict[str, Any]]) -> None:
        """Each meeting's host: the person chairing in a sentence that names the meeting's own kind
        (党课由某某主持); else the person whose 主持 sentence lies between the meeting's sentence and
        the next meeting's (in text order); the main meeting, failing that, takes the first person
        who chairs anything outside the other meetings' stretches."""
        chairs = [
            # (the name's own place: of co-hosts in one sentence, the first one written is the host)
            (ev["clean_start"] + max(0, ev["text"].find(person["name"])), person, ev["text"])
            for person in speakers if "主持" in person["roles"]
            for ev in person["evidence"]
            # (甲和…乙共同主持: co-hosts, the first one written is the host; 王某8月15日上午在…主持召开: a
            # date and a venue between; not 甲在乙主持的会议上, 在乙主持下: someone else chairs)
            # (鄧炳強，GBS，JP今日主持: honours after the name)
            if ("主持" in ev["text"] or "主席" in ev["text"]) and _chairs_in(person["name"], ev["text"])
        ]
        chairs = [c for c in chairs if not _chairs_elsewhere(c[2], meetings)]
        chaired = list(chairs)  # every chair sentence, for the meetings listed by one verb below
        # (…召开会议，…并主持宪法宣誓仪式: the chair of a ceremony only, who hosts no meeting but a ceremony)
        ceremony_only = {pos for pos, person, sentence in chairs if not _chairs_in(person["name"], sentence, ceremonies=False)}
        # (会谈前，迟浩田主持仪式欢迎…: the chair of the welcome rite only, no host of the talks beside it; read for talks
        # only: a rite chaired within a meeting, 主持入党宣誓仪式 at a 主题党日活动, 主持签约仪式 at a 签约仪式暨推介会, may be
        # that meeting's chair, §8 note of this round)
        rite_only = {pos for pos, person, sentence in chairs if _chairs_rite_only(person["name"], sentence)}
        naming: set[int] = set()  # where the chair sentences that named a meeting's host stand
        rite_chairs: set[int] = set()
        if len(meetings) > 1:
            # (年会…在江州召开。大会还举行了…首发仪式。…闭幕式由学会秘书长某某主持: a bare opening or closing rite of the main
            # meeting, no record of its own, is its part, and its chair hosts it, GUIDELINES §3 nineteenth review round;
            # not when a meeting record is the rite itself: 6日上午举行开班仪式, a record of its own. A sentence naming
            # the main meeting by its own noun still wins below.)
            rite = next(((pos, p) for pos, p, sentence in chairs
                         if any(_chairs_named(r, sentence) and _rite_of_meetings(r, sentence, meetings) for r in _BARE_RITES
                                if not any(m["name"].endswith(r) for m in meetings))), None)
            if rite is not None:
                meetings[0]["host"] = {"name": rite[1]["name"], "title": rite[1]["title"]}
                naming.add(rite[0])
                rite_chairs.add(rite[0])
            for meeting in meetings:
                heads = self._heads_of(meeting["name"]) - _GENERIC_HEADS - {"会议", "大会"}
                others = set().union(*(self._heads_of(o["name"]) for o in meetings if o is not meeting))
                own = heads - others
                # (颁奖典礼: 典礼由某某主持 or 某某主持典礼, when no other meeting's head ends the same way)
                ends = {h[-2:] for h in own} - {h[-2:] for h in others} - {"会议", "大会"}
                # (新闻发布会: 刘平主持发布会, its last three characters, when no other meeting's head ends so)
                ends |= {h[-3:] for h in own if len(h) > 3} - {h[-3:] for h in others} - _GENERIC_HEADS
                # (党委会由刘洋主持: the meeting's own name, when no other meeting's holds it)
                # (not a bare 会议: 主持会议 names no meeting by it, the sitting its sentence falls in is chaired; 此前，1月上旬，
                # 局党组召开会议，…。…主持会议 told before it chairs the main meeting, GUIDELINES §3 nineteenth review round)
                whole = {meeting["name"]} if meeting["name"] not in ("会议", "大会") and not any(
                    meeting["name"] in o["name"] for o in meetings if o is not meeting) else set()
                nouns = own | ends | whole
                if meeting is meetings[0] and meeting["name"].endswith("大会") \
                        and not any(o["name"].endswith("大会") for o in meetings[1:]):
                    # (…代表大会在…召开。…在随后召开的九届一次全委会议上，…。大会由某某主持: 大会 names the one meeting
                    # called so, the main one, not the later sitting whose stretch the sentence falls in)
                    nouns.add("大会")
                # (甲主持组织生活会，乙主持民主评议党员会议: the chair whose own clause names the meeting, before
                # one who chairs another in the same sentence)
                named = next(((pos, p) for pos, p, sentence in chairs if pos not in rite_chairs
                              and any(_chairs_named(h, c) for c in _clauses_of(p["name"], sentence) for h in nouns)),
                             None) or next(((pos, p) for pos, p, sentence in chairs if pos not in rite_chairs
                                            and any(_chairs_named(h, sentence) for h in nouns)), None)
                if named is not None:
                    meeting["host"] = {"name": named[1]["name"], "title": named[1]["title"]}
                    naming.add(named[0])
        several = [(pos, person, shared["n"] or shared["m"]) for pos, person, sentence in chairs
                   if pos not in naming and (shared := _CHAIRS_SEVERAL.search(sentence))]
        # (党组会议由冯涛主持 under a headline naming the 随后 meeting, now first: the sentence that named one
        # meeting's host chairs no other)
        # (会后，又召开了…主任会议。会议由周某主持: a chair sentence of the sitting within a later meeting's own
        # account, after its sentence, is that meeting's too when its chair chaired the one before)
        sitting = {pos for pos, _, sentence in chairs if pos not in naming and _CHAIRS_THE_MEETING.search(sentence)}
        # (县委召开常委会会议，王明主持。当天下午，县委理论学习中心组举行集体学习会。王明主持并讲话: a bare 主持 with no
        # meeting named, after a later meeting's sentence, chairs that one, also when its chair chaired the one before)
        sitting |= {pos for pos, person, sentence in chairs if pos not in naming and person["name"] in sentence
                    and _CHAIRS_BARE.match(sentence, sentence.find(person["name"]) + len(person["name"]))}
        meeting_chairs = {pos for pos, _, sentence in chairs if _CHAIRS_THE_MEETING.search(sentence)}
        chairs_sitting = {pos for pos, _, sentence in chairs if _CHAIRS_SITTING_NOUN.search(sentence)}
        chairs = [(pos, person) for pos, person, _ in chairs if pos not in naming]
        chairs.sort(key=lambda c: c[0])
        stretches = _stretches(meetings)
        lectures = {m["evidence"]["clean_start"] for m in meetings[1:] if _LECTURE_NAME.search(m["name"])}
        # (会议期间，…会见了全体代表。…主持会议并讲话: talks told after the meeting are no 会议; 主持会议 after them chairs
        # the meeting, GUIDELINES §3 thirty-ninth review round)
        talks = {m["evidence"]["clean_start"] for m in meetings[1:] if _TALKS_NAME.search(m["name"])}

        def chairs_another(start: int, pos: int, lecture: bool = True) -> bool:
            """Whether the chair sentence at ``pos`` (clean offset) is no chair of the lecture or the talks told at
            ``start``: 主持会议 after them chairs the meeting, not them. ``lecture`` False keeps the lecture reading
            out (the main meeting's own sentence, when it tells a lecture too, keeps its chair)."""
            return (lecture and start in lectures and pos in meeting_chairs) or (start in talks and pos in chairs_sitting)

        taken: set[str] = set()
        for meeting in meetings:
            start, end = stretches[meeting["evidence"]["clean_start"]]
            if meeting["host"] is not None:
                taken.add(meeting["host"]["name"])
                continue
            fit = [(pos, p) for pos, p in chairs if (pos not in ceremony_only or _CEREMONY_NAME.search(meeting["name"]))
                   and (pos not in rite_only or not _TALKS_NAME.search(meeting["name"]))
                   and not chairs_another(meeting["evidence"]["clean_start"], pos, lecture=meeting is not meetings[0])]
            own_end = meeting["evidence"]["clean_start"] + len(meeting["evidence"]["text"])
            # (次日，公司又召开安委会会议，陈明主持会议: a later meeting's own sentence has the earlier chair chair again after
            # its name, when that sentence tells no other meeting)
            at_name = meeting["evidence"]["text"].find(meeting["name"])
            named_end = meeting["evidence"]["clean_start"] + at_name + len(meeting["name"]) if at_name >= 0 else own_end
            alone = sum(o["evidence"]["clean_start"] == meeting["evidence"]["clean_start"] for o in meetings) == 1
            ev_start, ev_text = meeting["evidence"]["clean_start"], meeting["evidence"]["text"]
            host = next((p for pos, p in fit if start <= pos < end and (
                p["name"] not in taken or meeting is not meetings[0] and (
                    pos in sitting and pos >= own_end
                    or alone and named_end <= pos < own_end
                    and _CHAIRS_HERE.match(ev_text, pos - ev_start + len(p["name"]))))), None)
            if host is None:
                host = self._chairs_again(meeting, fit)
            if host is not None:
                meeting["host"] = {"name": host["name"], "title": host["title"]}
                taken.add(host["name"])
        main = meetings[0]
        if main["host"] is None:
            first = min(stretches)
            others = [(s, span) for s, span in stretches.items() if s != main["evidence"]["clean_start"]]
            host = next(
                (p for pos, p in chairs
                 if p["name"] not in taken and (pos < first or not any(
                     s <= pos < e and not chairs_another(start, pos) for start, (s, e) in others))
                 and (pos not in ceremony_only or _CEREMONY_NAME.search(main["name"]))
                 and (pos not in rite_only or not _TALKS_NAME.search(main["name"]))),
                None,
            )
            if host is not None:
                main["host"] = {"name": host["name"], "title": host["title"]}
        for pos, person, count in several:
            # 两次会议均由县政协主席苏杭主持: each of the meetings before the sentence (the nearest, as many as it
            # counts) that has no host of its own
            before = sorted((mt for mt in meetings if mt["evidence"]["clean_start"] <= pos),
                            key=lambda mt: mt["evidence"]["clean_start"], reverse=True)
            for meeting in before[: _COUNT_WORDS.get(count or "", len(before))]:
                if meeting["host"] is None:
                    meeting["host"] = {"name": person["name"], "title": person["title"]}
        for k, meeting in enumerate(meetings):
            # 县委书记魏广田先后主持召开县委常委会会议和县委深改委第十一次会议: one chair for every meeting the verb lists
            ev = meeting["evidence"]
            first = next((o for o in meetings[:k] if o["host"] is not None and o["evidence"]["clean_start"] == ev["clean_start"]), None)
            if meeting["host"] is None and first is not None and self._chairs_list(ev["text"], first, meeting["name"]):
                meeting["host"] = dict(first["host"])
            elif meeting["host"] is None and first is not None and any(
                    person["name"] == first["host"]["name"] and _CHAIRS_THE_MEETING.search(sentence)
                    and ev["clean_start"] + len(ev["text"]) <= pos < stretches[ev["clean_start"]][1]
                    for pos, person, sentence in chaired):
                # 召开甲会和乙会。村党支部书记某某主持会议: the sitting's chair, told after the sentence listing both
                # and before any other meeting's, chairs each of them
                meeting["host"] = dict(first["host"])

    @staticmethod
    def _chairs_list(text: str, first: dict[str, Any], name: str) -> bool:
        """Whether ``text`` has the first meeting's host chair a list of meetings, ``name`` among them, in one
        clause (甲先后主持召开乙会议和丙会议), not a meeting told after another clause (甲主持召开乙会议，会后召开丙会议)."""
        chair = re.search(_spaced(first["host"]["name"]) + r"[^，。；]{0,20}?主持(?:召开|举行|举办)了?", text)
        at = text.find(name, chair.end()) if chair else -1
        return at >= 0 and not _CLAUSE_MARK.search(text[chair.end() : at])

    @staticmethod
    def _spoken_at_before(doc: Document, start: int, name: str) -> bool:
        """Whether the text before ``start`` (an offset into the clean text) names a meeting of the deictic
        name's kind as the one a speech was given at (在全市民营企业座谈会上讲话。他说，今天我们召开这次座谈会:
        the 座谈会 named before, read by a later pass, is the one the speech speaks of)."""
        kind = _DEICTIC_LEAD.sub("", name)
        return bool(re.search("在[^，。；,;\n]{2,40}?" + re.escape(kind) + "上", doc.clean_text[max(0, start - CONTEXT_BEFORE_CHARS) : start]))

    @staticmethod
    def _chairs_again(meeting: dict[str, Any], chairs: list[tuple[int, dict[str, Any]]]) -> dict[str, Any] | None:
        """The person whom the meeting's own sentence has chair it, also one who chaired a meeting before
        (会后，李志坚又主持召开全县防汛工作视频调度会: the same chair, a second meeting)."""
        ev = meeting["evidence"]
        own = [p for pos, p in chairs if ev["clean_start"] <= pos < ev["clean_end"]]
        if len(own) != 1:
            return None
        at = ev["text"].find(own[0]["name"])
        chaired = _CHAIRS_NAMED_AFTER.match(ev["text"], at + len(own[0]["name"])) if at >= 0 else None
        return own[0] if chaired and ev["text"].startswith(meeting["name"], chaired.end()) else None
