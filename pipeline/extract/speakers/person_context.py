"""What the page around a person tells of the person's part (GUIDELINES §4; most readings from its thirty-third round).

The patterns here are consulted by the mention, role, title and exclusion readers: a frame of reported speech, the
holder of an occasion named inside the subject's frame, a group of countries read as a name, a name written as a country,
demands described rather than made, a history looked back on at an event, an appointment announced. The person-level
steps run once every mention is read (:func:`apply_person_context`): a title written once over a list, words given in
court, as a spectator's reaction or as views told to the press (no address), an appointment made known (宣读)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pipeline.extract.common import end_before, start_after

# 要求 as the noun "demands" described by an adjective (他对子女要求严格, 对干部要求很严, 要求极高): how strict a person is,
# no directive given at a meeting; not 要求严格落实… or 要求各部门严格…, a directive whose verb follows.
DEMANDS_DESCRIBED = re.compile(r"(?:很|十分|非常|极|极为|特别|更|一向|一贯|历来|从来|总是|也|都)?(?:严格|严厉|苛刻|很?严|很?高|甚严|极严)"
                               r"(?=[，。；、,;！!]|$)")
# 严格要求自己, 对子女严格要求。: 要求 after 严格 with oneself or nothing as its object, a description too; not 提出严格要求,
# 提出了严格的要求 (demands made: 讲话).
STRICT_BEFORE = re.compile("(?<![提出了的作])严格$")
SELF_OR_END = re.compile(r"(?:自己|自身|子女|家人|亲属|身边工作人员)?(?=[，。；、,;！!]|$)")

# 安理会常任理事国中, 欧盟成员国内: a noun of a group of countries ending on 国, then a word of place (中, 内, 间), which a
# title word before it (理事, 成员) makes look like a post and a name: "among the … countries", no person (GUIDELINES §4
# thirty-third round); a name opening on 国 after a real title stays (副市长国中华).
_COUNTRY_GROUP_BEFORE = re.compile("(?:理事|成员|缔约|会员|签字|签约|观察员|东道|参与|参加|发达|邻|盟|大|强|各|诸|两|三|四|五|六|七|八|九|十"
                                   "|这些|那些|有关|其他|其它)$")
_PLACE_WORD_AFTER_GUO = frozenset("中内间外里")


def country_group_read_as_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is 国 and a word of place after a group of countries (see _COUNTRY_GROUP_BEFORE)."""
    return end - start == 2 and text[start] == "国" and text[start + 1] in _PLACE_WORD_AFTER_GUO \
        and _COUNTRY_GROUP_BEFORE.search(text, max(0, start - 4), start) is not None


# The frame of the one whose indirect speech is opened (负责人某某在记者招待会上说，53岁的某某向总部报告说…; 市长某某4日在会上
#说，副市长某某表示…): the speaker's day and occasion between the name and the verb; the one named in the first clause of the
# words, with remarks of their own, is only reported (GUIDELINES §4 thirty-first round, `鲁宾说，国务卿某某认为…`; thirty-third
# round).
SPEAKER_FRAME_GAP = re.compile(r"(?:同志|先生|女士)?(?:[\d一二三四五六七八九十]{1,3}日)?(?:今天|昨天|当天)?(?:上午|下午|晚上|晚)?"
                               r"在[^，。；！？“”：:]{1,24}?(?:上|中|时)(?:也|还|则|又|进一步|再次)?")


# The holder of the occasion named inside the subject's frame (李明和恩科西30日在中国驻南非研究中心主任王建华举行的招待会上
# 发表讲话, 在由市委书记李强举办的欢迎宴会上先后致辞): the host of the reception, no speaker by holding it; the act after the
# frame is the subject's (GUIDELINES §4 not speakers; thirty-third round). One who chairs it (在王芳主持召开的座谈会上)
# takes 主持 only.
HOLDER_GAP = re.compile(r"(?:[\d一二三四五六七八九十]{1,3}日)?(?:今天|昨天|当天|今晚|昨晚|当晚)?(?:上午|下午|晚上|晚|中午)?"
                        r"(?:一起|共同|先后|分别|也|还|都)?在(?:由)?")
OCCASION_HELD_BY = re.compile(r"(?:同志|先生|女士|夫妇|阁下)?(?:为[^，。；]{1,16}?)?(?P<verb>主持召开|主持|召集|举行|举办|主办|设)的"
                              r"[^，。；]{0,16}?(?:会|宴|仪式|典礼)(?:上|中)")


# A name the page writes before a word only a country takes (马耳他人民, 马耳他境内, 马耳他驻华大使): a country, no person, in
# any of its mentions, so a post chain before the page's own mention of it stays whole (马耳他副总理兼外交和环境部长乔治·韦拉;
# GUIDELINES §4 title as written and thirty-first round's names written as places; thirty-third round).
_COUNTRY_WORD_AFTER = re.compile("人民|境内|全境|首都|国内|驻[^，。；、]{1,6}?(?:大使|使馆|代表)|大使馆|议会|国民")


# (the last text read and its answers by name: asked once per mention, a scan of a long page per ask is quadratic,
# tests/robustness/test_fuzz_smoke.py)
_COUNTRY_CACHE: list[Any] = [None, {}]


def country_named(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` right before a word of a country (see _COUNTRY_WORD_AFTER)."""
    if _COUNTRY_CACHE[0] is not text:
        _COUNTRY_CACHE[:] = [text, {}]
    known = _COUNTRY_CACHE[1].get(name)
    if known is None:
        known = _COUNTRY_CACHE[1][name] = bool(name) and any(
            _COUNTRY_WORD_AFTER.match(text, end) for end in _ends_of(name, text))
    return known


def _ends_of(word: str, text: str) -> Iterator[int]:
    """The ends of the occurrences of ``word`` (not empty) in ``text``, left to right and not overlapping: those of
    ``re.finditer(re.escape(word), text)``, found by ``str.find`` (a pattern per name was compiled for every name of a
    first-seen page, about 1.5% of the extract stage on newspaper articles)."""
    at = text.find(word)
    while at >= 0:
        yield at + len(word)
        at = text.find(word, at + len(word))


# A look back on the body's history or restating its aims, told of a named person at an event held (社长某某回顾了创刊15年来的
# 历程，重申了…办报宗旨，…表示衷心感谢; 校长某某回顾了学校50年来的发展历程): an address at the celebration, 讲话 (GUIDELINES
# §4 thirty-third round, like `会上，X介绍…`, ninth round); not a year's work reviewed (总结/回顾…工作: 作报告, twenty-second
# round), nor 回顾 as a lead (回顾50年的历程，…感慨) or a look back told to a reporter.
REVIEWED_HISTORY = re.compile(r"\s*(?:在[^，。；]{1,16}?上)?(?:首先|还|也|并|简要|深情地?|详细)?(?:回顾了|重申了)"
                              r"[^，。；]{0,30}?(?:历程|历史|发展|成就|变化|道路|岁月|足迹|宗旨|立场|原则)")
EVENT_HELD = re.compile("举行|举办|召开|隆重")
NOT_AN_ADDRESS_HERE = re.compile("党课|报告|讲座|授课|宣讲|述职|点评|致辞|致词|讲话|发言|采访|记者")


_POST_AFTER_NAME = re.compile("(?:同志|先生|女士|[\u4e00-\u9fff]{0,3}?(?:社长|校长|院长|主席|主任|书记|会长|董事长|总经理|局长|市长|县长|部长))?")


def reviewed_history_after(sentence: str, name: str) -> bool:
    """Whether ``sentence`` tells ``name`` (a post after it allowed) looking back on a history (see REVIEWED_HISTORY)."""
    at = sentence.find(name)
    if at < 0:
        return False
    post = _POST_AFTER_NAME.match(sentence, at + len(name))
    return REVIEWED_HISTORY.match(sentence, post.end() if post else at + len(name)) is not None


# A post word closing an appointment announced (宣布加拿大的某某为联合国首位常务副秘书长, 宣布任命李明为市委副书记, 宣布由
# 孙丽担任院长): the decision on a post made known, read out like 宣布任职决定 (宣读, GUIDELINES §4 table; thirty-third round);
# not 宣布1998年为“城市管理年”, 宣布开发区为示范区 (a designation, a measure announced: 讲话, fifteenth round).
_POST_WORD = ("(?:秘书长|书记|主任|局长|县长|市长|区长|镇长|乡长|省长|州长|主席|部长|校长|院长|厅长|处长|科长|所长|站长|馆长|社长|台长"
              "|董事长|总经理|经理|总裁|总监|理事长|会长|行长|署长|司长|司令员?|政委|大使|特使|专员|队长|组长|团长|总理|首相|委员|秘书"
              "|总干事|干事|主管|总编辑|主编)")
APPOINTMENT_ANNOUNCED = re.compile(
    r"(?:了)?[，,：:]?(?:正式)?(?:任命|委任|任用)?(?:由)?(?P<who>[^，。；：:“”]{2,30}?)(?:为|担任|出任|接任|兼任)"
    rf"[^，。；：:“”为]{{0,20}}?{_POST_WORD}(?=[，。；,;]|$)")
# An election announced (宣布大会选举李明为主席, 宣布…当选为…): the vote's result made known, no decision read out.
_ELECTED_IN = re.compile("选举|选出|当选|推选|推举|选为|投票")


def appointment_announced(text: str, at: int) -> bool:
    """Whether the clause after 宣布 ending at ``at`` makes an appointment to a post known (see APPOINTMENT_ANNOUNCED)."""
    m = APPOINTMENT_ANNOUNCED.match(text, at)
    return m is not None and _ELECTED_IN.search(m.group()) is None


def _announced_appointment_only(name: str, evidence: list[dict[str, Any]]) -> bool:
    """Every sentence of the person's evidence tells the person announcing an appointment, with no other speech verb."""
    for ev in evidence:
        t = ev["text"]
        at = t.find(name)
        if at < 0:
            return False
        verb = t.find("宣布", at + len(name))
        if verb < 0 or _OTHER_SPEECH.search(t, at + len(name), verb) or not appointment_announced(t, verb + 2):
            return False
        rest = re.split("[。；]", t[verb:], maxsplit=1)[0]
        if _OTHER_SPEECH.search(rest):
            return False
    return True


_OTHER_SPEECH = re.compile("说|表示|指出|强调|要求|讲话|致辞|发言|介绍|希望")


# A party's words in a lawsuit (许某当庭表示要再上诉, 许某在起诉状中认为…, 驳回许某要求…赔偿的请求): said in court or written
# in a pleading; a trial is no meeting (§3), so no address (GUIDELINES §4 thirty-third round).
_PARTY_IN_COURT = re.compile("当庭|法庭上|庭审中|庭审时|(?:起诉|诉|答辩|上诉|申诉|辩护)(?:状|书|词)中|原告|被告|上诉人|驳回")
# One told watching or enjoying a show, a drill or a match in the sentence of the words (大使某某多次欣赏艺术团的演出，他今天说…;
# 观看演出后，市长某某说…): a spectator's reaction, no address (GUIDELINES §4 eleventh and thirty-third rounds).
_WATCHED_SHOW = re.compile("(?:观看|欣赏|观赏|观摩)(?:了|过)?[^，。；]{0,20}?(?:演出|表演|节目|演练|比赛|展演|影片|电影|戏)")
# Views of people of a field told after an outcome, with no meeting (此案判决后，业内人士看法不一。专家甲、乙等纷纷发表见解。
# 甲认为…): comments to the press, no address (GUIDELINES §4 thirty-third round); not 座谈会上，与会专家纷纷发表意见.
_VIEWS_TOLD = re.compile("纷纷发表(?:了)?(?:各自的)?(?:见解|看法|意见|评论|观点)|看法不一|众说纷纭|见仁见智")
_MEETING_WORD = re.compile("会上|会议|大会|座谈|研讨|论坛|与会|讲话|致辞|发言|报告会|发布会|招待会|讲座")
_SOFT_WORDS = re.compile("认为|说|表示|指出|称")
# A meeting or ceremony held with a show or drill (演练观摩会, 启动仪式, 现场推进会, 现场会); a gala or a tea party is the show or a
# gathering around it, no meeting of the words (GUIDELINES §4 eleventh round, as
# tests/extract/speakers/test_speaker_wei_before_relative_clause.py reads it).
_MEETING_HELD_WITH = re.compile("观摩会|推进会|现场会|仪式|典礼|会议|大会|座谈会|论坛|研讨会|发布会|招待会|会上")


_SENTENCE_MARKS = "。！？\n"


def _sentence_at(text: str, at: int) -> str:
    """The sentence of ``text`` holding position ``at``, its closing mark included."""
    end = end_before(text, at, _SENTENCE_MARKS)
    return text[start_after(text, at, _SENTENCE_MARKS) : end + 1 if end < len(text) else end]


def _no_address_here(name: str, person: dict[str, Any], text: str) -> bool:
    """A party in court, a spectator of a show, or a commentator after an outcome: the person's only role is 讲话 and
    every sentence of it tells one of them (see _PARTY_IN_COURT, _WATCHED_SHOW, _VIEWS_TOLD)."""
    if person["roles"] != ["讲话"] or not person["evidence"]:
        return False
    sentences = [ev["text"] for ev in person["evidence"]]
    if any(_MEETING_WORD.search(s) for s in sentences):
        return False
    if all(_PARTY_IN_COURT.search(s) for s in sentences):
        return True
    if all(_WATCHED_SHOW.search(s) for s in sentences):
        # (not where a meeting or ceremony is held with the show or drill: 召开消防演练观摩会，市长某某观摩演练后指出…, 演出启动
        # 仪式, 现场推进会 keep 讲话, tests/extract/speakers/test_speaker_wei_before_relative_clause.py)
        last = max(ev["clean_end"] for ev in person["evidence"])
        return _MEETING_HELD_WITH.search(text, 0, last) is None
    first = text.find(name)
    intro = _sentence_at(text, first) if first >= 0 else ""
    return bool(_VIEWS_TOLD.search(intro)) and not _MEETING_WORD.search(intro) \
        and all(_SOFT_WORDS.search(s) for s in sentences)


_LIST_ITEM = re.compile(r"[^、，,。；;：:\s（）()“”]{2,4}|[^、，,。；;：:\s（）()“”]{1,8}·[^、，,。；;：:\s（）()“”]{1,12}")
_AFTER_LIST_ITEM = re.compile("[、，,。；;等和及与]")
# The head of a list: a title chain ending on a post word, then a name of two or three characters (全国人大常委会副委员长王光英).
_TITLED_HEAD = re.compile(r"^(?P<title>[\u4e00-\u9fff（）()]{1,30}?(?:长|书记|主任|主席|委员|理事|总理|大使|参赞|领事|秘书|经理|总监"
                          r"|教授|顾问|司令员?|政委|议员|院士|研究员))(?P<name>[\u4e00-\u9fff]{2,3})$")


def _title_over_list(text: str, name: str) -> str | None:
    """The title written once before the 、-list holding ``name`` (全国人大常委会副委员长甲、乙、布赫、丁…): the head's
    title when the text writes it right before the head's name and every item between is a bare name (GUIDELINES §4 title
    over a list; thirty-third round: a name the list's own reading missed, one without a listed surname)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if at > 0 and text[at - 1] == "、" and _AFTER_LIST_ITEM.match(text, end):
            clause = re.split("[，,。；;：:\n]", text[max(0, at - 120) : at - 1])[-1]
            items = clause.split("、")
            head = _TITLED_HEAD.match(items[0])
            if len(items) > 1 and head and all(_LIST_ITEM.fullmatch(item) for item in items[1:]):
                return head["title"]
        at = text.find(name, end)
    return None


def apply_person_context(text: str, people: dict[str, dict[str, Any]]) -> None:
    """The person-level readings above, run once every mention of the page is read."""
    for name, person in people.items():
        if person["roles"] and not person["title"] and not person["organization"]:
            person["title"] = _title_over_list(text, name)
        if _no_address_here(name, person, text):
            person["roles"] = []  # (§4 not speakers: words in court, a spectator's reaction, views told to the press)
            continue
        if person["roles"] == ["讲话"] and person["evidence"] and _announced_appointment_only(name, person["evidence"]):
            # 联合国秘书长某某宣布加拿大的某某为联合国首位常务副秘书长: an appointment made known is 宣读 (§4 table)
            person["roles"] = ["宣读"]
