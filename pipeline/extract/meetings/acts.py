"""Acts told near a meeting that lend it its day or venue: a dated statement or deed of the same speaker, a statement
made at a press conference, an invitation to talks, a founding, a gathering to commemorate (:class:`MeetingActs`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pipeline.document import Document
from pipeline.extract.common import Sentence, literal_then, literal_then_each, start_after
from pipeline.extract.meetings.dates import _WRITTEN_YEAR, _YEARS_BACK, _certain_year
from pipeline.extract.meetings.names import _DATED_DATELINE
from pipeline.extract.meetings.organizers import _ENDS_AS_JOINT_BODY, _HOLDERS_LISTED
from pipeline.extract.meetings.patterns import (
    _DATE,
    _DAY_NUMBER,
    _FEDERATION_WORDS,
    _ITEM_DATELINE,
    _NOT_A_PLACE,
    _REMARKS_VERBS,
    _VAGUE_DATE,
    _VENUE_END,
    _dateline_city,
    _planned_in,
    previous_sentence_in_paragraph,
)

# 1500多名侨胞欢聚在伍顿高中礼堂, 数百名代表聚集于市民中心: people told gathered at a place.
_GATHERED_AT_VENUE = re.compile(r"(?:欢聚|聚集|相聚|云集|齐聚|汇聚|会聚|聚会)(?:在|于)(?P<loc>[^，。；,;在于]{2,20}?)(?:[，,。；;]|$)")
# 4000多名群众…汇集在市民族广场，参加…升国旗仪式: those attending told at the place where they gather to attend it, in the
# meeting's own sentence, the clause right before the verb of attending (GUIDELINES §3 location, thirty-first and
# thirty-fifth review rounds).
_GATHERED_TO_ATTEND = re.compile(r"(?:汇集|聚集|齐聚|汇聚|云集|会聚)(?:在|于)(?P<loc>[^，。；,;在于]{2,20}?)[，,]\s*$")

# 开议典礼在议事厅举行, 开议典礼於议事厅举行: a bare opening rite, nothing naming it before, told held at a venue opening its
# sentence; 于 as the place's preposition as often as 在 on Taiwan pages (not 于上午9时举行, 于今日举行: a time after 于).
_PLACE_PREPOSITION = r"(?:在|于(?![\d一二三四五六七八九十]|[上中下]午|晚|早|今|昨|明|当|本|次|同|近|日前|同日))"
_OPENING_RITE_HELD_AT = re.compile(r"[^\S\n]*(?:开幕|开议|开会)(?:典礼|仪式|式)(?:[^，。；在于]{0,12}?)" + _PLACE_PREPOSITION
                                   + r"(?P<loc>[^，。；,;]{2,20}?)(?:举行|举办)")
# 表示, 说, 介绍: a spokesman's verbs of making a statement (GUIDELINES §3 twenty-second round: the statement is the press
# conference's own act).
_SAYING_VERB = "(?:表示|说|指出|强调|介绍|宣布|透露)"
# 王华是在当日举行的例行新闻发布会上作上述表示的: the speaker, then the press conference where the statement told before
# was made (see MeetingExtractor._statement_place).
_STATEMENT_MADE_AT = re.compile(r"\s*(?P<who>[\u4e00-\u9fff·]{2,8}?)是在(?:当天|当日|同日|今天|昨天)?举行的[^，。；]{0,20}?"
                                r"(?:新闻发布会|记者会|吹风会|记者招待会)上(?:作|做|发表)(?:出|了)?上述(?:表示|讲话|谈话|言论)")
# 在当日举行的例行新闻发布会上，王华表示: the press conference opening the sentence, the speaker's statement told made there
# (the verb of saying right after the speaker's name; not 王华回答了记者提问, another act).
_STATEMENT_TOLD_AT = re.compile(r"\s*在(?:当天|当日|同日|今天|昨天)举行的[^，。；]{0,20}?"
                                r"(?:新闻发布会|记者会|吹风会|记者招待会)上[，,]\s*(?P<who>[\u4e00-\u9fff·]{2,8}?)" + _SAYING_VERB)
# 阿拉法特在同约旦首相会谈后举行的记者招待会上强调: the speaker, the subject of the sentence, telling at a press conference held
# with no place of its own (the lead statement just before, 阿拉法特14日在这里说, places it; GUIDELINES §3 thirty-second round).
_STATEMENT_SUBJECT_AT = re.compile(r"\s*(?P<who>[\u4e00-\u9fff·]{2,8}?)在[^，。；在]{0,30}?举行的[^，。；]{0,20}?"
                                   r"(?:新闻发布会|记者会|吹风会|记者招待会)上" + _SAYING_VERB)
# 邀请全国性宗教团体领导人到中南海迎春座谈, 邀请老专家来到市政府座谈, 邀請…到市政府座談: talks the subject invited people
# to at a place (the place right before the talks' verb).
_INVITED_TO_TALK = re.compile("(?:邀请|邀請|邀集)[^，。；！？]{1,40}?(?:到|来到|來到|在)(?P<loc>[^，。；！？到在]{2,16}?)"
                              "(?:迎春|新春|共同|一起|一道)?(?:座谈|座談)(?!会|會)")
# 成立大会, 成立仪式, 成立典礼: the founding congress or rite of a body.
_FOUNDING_EVENT = re.compile("成立(?:大会|仪式|典礼|庆典|大會|儀式|典禮|慶典)$")
# 今天正式成立, 5月6日在江城宾馆成立, 宣告成立: a body told founded (not 成立大会, 成立以来, 成立后, 成立的: the congress itself, a
# period, an attribute).
_FOUNDED = re.compile("(?:在(?P<loc>[^，。；！？在]{2,16}?))?(?:正式|宣告|宣布|隆重)?成立"
                      "(?!大会|仪式|典礼|庆典|大會|儀式|典禮|慶典|以来|以來|后|後|之后|前|之前|的|了?[一二三四五六七八九十两\\d]+[年周])")
# How far back (characters) the subject's lead statement is looked for: the item's lead and a sentence more.
_STATEMENT_SUBJECT_REACH = 300
# 萨哈夫在记者招待会上谴责…, 他在随后举行的记者招待会上警告…, 阿拉法特在同…会谈后举行的记者招待会上强调: the speaker as the
# subject, at a press conference whose attribute tells at most its order to another act (no place, no day of its own: 在大阪举行的,
# 5日举行的 stay the conference's own), whatever he does there (GUIDELINES §3 thirty-third review round).
_PRESS_CONFERENCE = "(?:新闻发布会|记者会|吹风会|记者招待会|记者见面会)"
_PRESS_CONFERENCE_NAME_END = re.compile(_PRESS_CONFERENCE + "$")
_SPEAKER_AT_CONFERENCE = re.compile(r"\s*(?P<who>[\u4e00-\u9fff·]{1,8}?)(?:还|又|也|则|随后|随即|当天|当日)?在"
                                    r"(?:(?:随后|随即|紧接着|当天|当日|同日|[^，。；在]{1,24}?[后後])(?:举行)?的)?"
                                    + _PRESS_CONFERENCE + "上")
# 萨哈夫28日晚在这里说, 德雷克20日在此间宣布, 李某今天上午在首相官邸表示: the lead statement with its day and place (the day
# group: what stands between the speaker and 在).
_SAID_ON_DAY_AT = re.compile(r"(?P<day>[^，。；在]{0,10}?)在(?P<loc>[^，。；在]{2,10}?)" + _SAYING_VERB)
# 安南1月12日在纽约联合国总部宣布…: a dated announcement with its place; the bare 会上 told right after it is where it was made
# (GUIDELINES §3 thirty-third review round).
_ANNOUNCED_ON_DAY_AT = re.compile(r"(?P<day>(?:\d{1,2}月)?\d{1,2}日|今天|昨天|今日|昨日|[一二三]?十?[一二三四五六七八九十]?月?"
                                  r"[一二三]?十?[一二三四五六七八九十]日)(?:上午|下午|晚上?)?在(?P<loc>[^，。；在]{2,20}?)(?:宣布|公布)")
# 新华社巴格达1月28日电（记者顾正龙）: the dateline and byline opening an item's lead, before its subject.
_LEAD_DATELINE = re.compile(r"^\s*[^，。；]{0,30}?(?:日电|日讯|报讯)(?:[（(][^）)]{0,20}[）)])?\s*")
# 谢尔盖耶夫当天与…, 外长萨哈夫28日晚在这里说: the name a sentence opens on, before its day, a same-day word or its verb.
_SENTENCE_OPENER_NAME = re.compile(r"\s*(?P<who>[\u4e00-\u9fff·]{2,8}?)(?=[今昨\d一二三四五六七八九十]|当天|当日|同日|还|又|也|在|与|同|和"
                                   r"|说|表示|指出|强调|宣布)")
# 这是弗雷谢特在会上回答记者的提问, 图为李明在会上…: a bare 会上 (no attribute of its own) in a caption or a sentence of the
# person's act.
_BARE_MEETING_AT = re.compile(r"\s*(?:这是|图为|圖為)?[^，。；在]{1,16}?在会上")
# 王华5日在北京表示, 王华5日在北京介绍…主要安排: the place the speaker's statement is told made at, the verb of saying right
# after it (not 在北京会见, another act). Both read right after the speaker's name (literal_then: the name is the page's
# own, no pattern compiled for it).
_SAID_AT = re.compile(r"[^，。；]{0,12}?在(?P<loc>[^，。；在]{2,10}?)" + _SAYING_VERB)

# …社会福利署今天宣布, 国家航天局5月6日宣布: a dated act of a body, its subject opening the sentence or clause (the day of
# a meeting referred to right after it by the same body, GUIDELINES §3 eighteenth review round); a person's statement too
# (肯尼亚总统莫伊12日表示，…。莫伊在会见…时指出: the same speaker, _day_of_dated_act), and the matter it is about may stand
# between the day and the verb (12日就两国复交一事表示, 11日就中东局势发表讲话说), and so may where or while it was said
# (今天在华盛顿回顾过去一年时指出, 5日在这里宣布).
# (山田6日重申, 发言人声明: the same statement told by another of its verbs; 拉莫斯3日发表讲话说: 发表 a speech)
_DATED_ACT_VERBS = ("宣布", "公布", "发布", "表示", "透露", "指出", "强调", "说", "重申", "声明", "声称", "发表")
# 外长王明2日抵达巴黎, 李华今天访问了德班: a person's arrival or visit that day, an act of the talks' own party (GUIDELINES §3
# eleventh review round: a dated visit or any other act of the meeting's own people dates the meeting within or after it).
_DATED_VISIT_VERBS = ("访问", "抵达", "到达", "飞抵", "抵", "来到")
# 总统奇卢巴去年十二月三十一日下令…, 会长谢家树18日代表该会向灾区捐款…, 部长王明5日签署…: any other deed of the person
# that day (the same eleventh review round).
_DATED_DEED_VERBS = ("下令", "签署", "签发", "签订", "捐款", "捐赠", "会见", "会晤", "宣誓")
# The day of such an act: a relative day, or a day of the month with its month and year word or none, in digits or in
# Chinese numerals (20日, 1月20日, 三日, 去年十二月三十一日), after 于 or not (于今天上午飞抵).
_RELATIVE_OR_MONTH_DAY = (r"于?(?:今天|今日|昨天|昨日|(?:(?:去年|今年)?(?:\d{1,2}|十[一二]?|[一二三四五六七八九]|元)月)?" + _DAY_NUMBER + "日)")
# (…电（记者张某）发言人李明6日表示, …1月18日电会长谢家树18日…: the act's subject right after a byline's bracket too, or
# run together with the dateline)
_DATED_ACT = re.compile(r"(?:^|[\s，,：:）)]|(?<=日电)|(?<=日讯)|(?<=报讯))(?P<body>[\u4e00-\u9fff·]{2,30}?)" + _RELATIVE_OR_MONTH_DAY
                        + r"(?:上午|下午|晚上|晚间|晚)?(?:在[^，。；：:在]{1,30}?(?:时|上|中)?)?(?:正式|当场)?"
                        # (18日代表该会向灾区捐款: on whose behalf and to whom, between the day and the deed)
                        r"(?:代表[^，。；：:]{1,16}?)?(?:[向对为][^，。；：:]{1,24}?)?"
                        r"(?:就[^，。；：:]{1,24}?(?:发表讲话|发表谈话)?)?"
                        "(?:" + "|".join(_DATED_ACT_VERBS + _DATED_VISIT_VERBS + _DATED_DEED_VERBS) + ")")
# 莫伊在会见…时指出, 穆萨在记者招待会上说: a meeting only referred to as where its subject, a speaker, said something
# (谢家树在…新年庆典大会上致词说, 奇卢巴在总统府举行记者招待会时当场签署了总统令: a remark's other verb, or a deed done
# there; 叶利钦是在会见…时说这些话的: the statement just told placed).
# (王明是在会见…时这样说的, …时作上述表示的, …上就…讲这番话的: the statement just told, pointed back to by a word of
# manner or of what was said, or by its matter, before its verb)
_SPOKEN_VERBS = "|".join(_DATED_ACT_VERBS + _DATED_DEED_VERBS) + "|" + _REMARKS_VERBS
_TOLD_BACK = "(?:这样|如此|作出?了?上述|就[^，。；]{1,30}?(?=讲|说|作|发表))?(?:讲(?=了?(?:这番|这些|上述)))?"
_SPOKEN_WHILE_AT = re.compile("[^，。；在]{2,16}在[^，。；]{1,40}?(?:时|上)[，,]?(?:当场|还|又|也|再次|进一步)?" + _TOLD_BACK
                              + "(?:" + _SPOKEN_VERBS + "|(?<=讲))")
# 在总统府举行的新年酒会上，拉莫斯表示…: the same reference with the meeting's frame first and the speaker after it.
_FRAME_THEN_SPEAKER = re.compile(r"在[^，。；]{1,40}?(?:时|上)[，,]\s*(?P<who>[\u4e00-\u9fff·]{2,12}?)(?:还|又|也|并|则)?(?:"
                                 + _SPOKEN_VERBS + ")")
# 据此间电台报道，… / 据俄通社报道，…: the source a wire report cites, before the sentence's own subject.
_CITED_SOURCE_LEAD = re.compile(r"\s*据[^，。；]{1,20}?(?:报道|消息|报)[，,]\s*")
# 施瓦布和论坛执行主席斯马亚在…记者招待会上说: speakers named together, any of them the person of the dated act; a copula
# or adverb after the subject (叶利钦是在…, 他还在…) is none of its name.
_JOINT_SPEAKERS = re.compile("[和与及、]")
_SUBJECT_TAIL = re.compile("(?:是|则|还|也|又|并|同时)+$")


def _referred_by_speaker(evidence: str) -> bool:
    """Whether a meeting's sentence ``evidence`` only refers to it as where its speaker spoke or acted (莫伊在会见…时指出,
    在…酒会上，拉莫斯表示, after a cited source at most) or as talks held with a named party (杜邦同王明举行了会谈)."""
    told = evidence.lstrip()
    lead = _CITED_SOURCE_LEAD.match(told)
    told = told[lead.end() :] if lead else told
    return bool(_SPOKEN_WHILE_AT.match(told) or _FRAME_THEN_SPEAKER.match(told) or _TALKS_WITH.match(told))


# 省长哈桑等与李华进行了热情友好的会晤, 杜邦同王明举行了会谈: talks held with no day of their own, a party named on each side
# of 与/同 (the subject may list several people, commas between).
_TALKS_WITH = re.compile(r"(?P<subject>[^。；！？\n与同]{2,60}?)[与同](?P<party>[^，。；！？\n与同]{2,16}?)(?:进行|举行)了?"
                         r"[^，。；！？\n]{0,10}?(?:会晤|会谈)")
# The next statement of the same speaker between the dated act and the meeting (李华说，…; 他指出，…): no day of its own.
# (他认为，…: the speaker's view told by its own verb, no act of another day)
_SAME_SPEAKER_GOES_ON = re.compile(r"\s*(?P<who>[\u4e00-\u9fff·]{1,12}?)(?:还|又|并|同时)?(?:" + "|".join(_DATED_ACT_VERBS)
                                   + "|认为|称)[，,：:]")
# 据该署公布的数据, 据菲国民经济发展署统计: the figures of a body cited as the source of a sentence.
_BODY_CITED = re.compile(r"\s*据(?P<source>[^，。；]{1,24}?)(?:公布|发布|提供|统计)(?=的|数据|数字|显示|表明|[，,])")
# A body's name that ends the subject of such an act (社会福利署, 国家航天局): a head of it may refer to a meeting after it.
_ACTING_BODY_END = re.compile("[署局部委会院厅办府]$")
# 中共某省委、某省人民政府在某宾馆隆重集会，纪念…: a gathering held to commemorate, its holder and venue; the text then
# calls it 纪念大会 (GUIDELINES §3 eighteenth review round: one meeting, organizer X and venue Y)
_GATHERED_TO_COMMEMORATE = re.compile(
    # (在京集会: the capital by its one-character name, as newspapers write it)
    r"(?<![^，。；：,;:\s])(?P<org>[^，。；：,;:\s]{2,40}?)(?:[今昨前]天|\d{1,2}日|[上下中]午|晚上?)*在(?P<loc>[^，。；,;在]{1,20}?)"
    r"(?:隆重|举行)?集会[，,]\s*(?:隆重)?纪念")
_GATHERING_BODY_END = re.compile("(?<=[\u4e00-\u9fff]{2})中央$|(?:" + "|".join(_FEDERATION_WORDS) + ")$")
_COMMEMORATION_NAMED = re.compile("^纪念[^，。；]{0,30}?(?:大会|集会|座谈会)$")
# (…今天在京集会，纪念…。座谈会由…主持: the gathering just told, called by a bare meeting noun in the sentence or two after
# it, is that meeting too; a bare noun further on may be another event)
# (纪念大会 is _COMMEMORATION_NAMED's, searched over the whole page as before)
#: A body whose last characters but one are the stem of its head's title (菲律宾国民经济发展署 / 经济发展部长) has at least
#: this many characters; the head's title is looked for in this many characters of the later subject, with one of these
#: office characters or none between stem and 长.
_MIN_BODY_FOR_HEAD = 4
_HEAD_TITLE_WINDOW = 16
_HEAD_OFFICE_CHARS = ("", "署", "局", "部", "委", "厅", "院")
_GATHERING_CALLED = re.compile("^(?:纪念|座谈|大|集)会$")
#: How many sentences after the gathering a bare meeting noun may refer to it.
GATHERING_CALLED_SENTENCES = 2


class MeetingActs:
    """The readings of MeetingExtractor that take a meeting's day or venue from an act told near it."""

    def _day_of_dated_act(
        self, doc: Document, sentences: list[Sentence], referred: dict[str, Any], reference: dt.date | None
    ) -> None:
        """The day of a dated act of a body told in the sentence right before a meeting only referred to (…社会福利署今天
        宣布，…。署长…在记者招待会上表示…), given to that meeting when its subject is the same body or that body's head
        (GUIDELINES §3 eighteenth review round: it takes that day)."""
        at = referred["evidence"]["clean_start"]
        index = next((k for k, t in enumerate(sentences) if t.start <= at < t.end), None)
        if not index:
            return
        own = sentences[index].text
        act = _DATED_ACT.search(sentences[index - 1].text)
        if act is None and index >= 2 and (cited := _BODY_CITED.match(sentences[index - 1].text)) \
                and _DATE.search(sentences[index - 1].text) is None:
            # (…发展署30日宣布…。据该署公布的数据，…。部长…在新闻发布会上说: the body's own figures between, cited with
            # no day of their own)
            act = _DATED_ACT.search(sentences[index - 2].text)
            if act is not None and not (_ACTING_BODY_END.search(act["body"]) and (
                    act["body"][-3:] in cited["source"] or cited["source"].startswith("该"))):
                act = None
        if act is None and index >= 2 and (goes_on := _SAME_SPEAKER_GOES_ON.match(sentences[index - 1].text)) \
                and _DATE.search(sentences[index - 1].text) is None:
            # (李华今天访问了德班。李华说，…。…与李华进行了会晤: the same speaker's words between, no day of their own)
            act = _DATED_ACT.search(sentences[index - 2].text)
            if act is not None and not (goes_on["who"] in ("他", "她") or act["body"].endswith(goes_on["who"])):
                act = None
        if act is None:
            return
        before = act.string
        body = act["body"]
        talks = _TALKS_WITH.match(referred["evidence"]["text"].lstrip())
        # (杜邦同王明举行了会谈: the person of the dated act on either side of 同; 王明在记者招待会上说: the subject, after a
        # cited source at most; 在…新年酒会上，拉莫斯表示: the speaker after the frame; 施瓦布和斯马亚在…上说: either speaker)
        own = own[_CITED_SOURCE_LEAD.match(own).end() :] if _CITED_SOURCE_LEAD.match(own) else own
        framed = _FRAME_THEN_SPEAKER.match(own.lstrip())
        subjects = [talks["subject"].strip(), talks["party"].strip()] if talks else [framed["who"]] if framed \
            else [_SUBJECT_TAIL.sub("", part.strip()) for part in _JOINT_SPEAKERS.split(own[: max(own.find("在"), 0)])]
        if not any(self._same_actor(body, subject) for subject in subjects):
            return
        when = self.date_of(doc, before, reference)
        if reference is None and when[0] is not None and not _WRITTEN_YEAR.search(when[1] or ""):
            # (新华社耶路撒冷1月22日电 利维22日宣布…。利维是在…党代会上宣布…的: with no publication date, the meeting told in a
            # later sentence than the act's dateline takes only a year the text makes certain, as a later body sentence
            # under a dateline does (_governing_dateline); the year written most often, here an older election's
            # 1996, is no evidence, GUIDELINES §11. 去年/前年 before the day count back from that year.)
            held = dt.date.fromisoformat(when[0])
            year = _certain_year(doc.clean_text, own, held.month)
            back = _YEARS_BACK.get((when[1] or "")[:2], 0)
            when = (held.replace(year=year - back).isoformat() if year else None, when[1], when[2])
        # (on a page with no year the day is still written, date null with its date_text, GUIDELINES §11)
        if when[0] is not None or when[1] is not None:
            referred["date"], referred["date_text"], referred["time_of_day"] = when

    @staticmethod
    def _same_actor(body: str, subject: str) -> bool:
        """Whether ``subject``, the subject of a meeting's sentence, is ``body``, the subject of a dated act before it: the
        body itself or its head (社会福利署 / 署长), or the speaker named again, alone (肯尼亚总统莫伊 / 莫伊)."""
        if not subject:
            return False
        if _ACTING_BODY_END.search(body):
            # (菲律宾国民经济发展署 / 菲经济发展部长阿比托: the head named by the body's own words before his title)
            # (a two-character body, 县委 or 市委, is no stem of a head's title: 县委 / 县长 are two actors)
            stem = body[-3:-1]
            return body in subject or subject.startswith(body[-1] + "长") or (body[-1] + "长") in subject[:12] and body[-3:] in subject \
                or len(body) >= _MIN_BODY_FOR_HEAD and any(stem + h + "长" in subject[:_HEAD_TITLE_WINDOW] for h in _HEAD_OFFICE_CHARS)
        # (肯尼亚总统莫伊12日表示，…。莫伊在会见…时指出: the speaker named again, alone, as the subject)
        return len(subject) >= 2 and body.endswith(subject)

    def _gathering_commemorated(
        self, doc: Document, sentences: list[Sentence], referred: dict[str, Any], reference: dt.date | None
    ) -> dict[str, Any] | None:
        """The gathering told before a commemoration referred to (X在Y隆重集会，纪念…。…出席纪念大会): one meeting, read
        from the gathering's sentence with organizer X and venue Y and named as the text then calls it (GUIDELINES §3
        eighteenth review round); None when no sentence before the reference tells such a gathering."""
        at = referred["evidence"]["clean_start"]
        # (a bare noun, 座谈会, only right after the gathering: _GATHERING_CALLED; an offset in no sentence searches all)
        index = next((k for k, t in enumerate(sentences) if t.start <= at < t.end), None)
        first = index - GATHERING_CALLED_SENTENCES if index is not None and _GATHERING_CALLED.match(referred["name"]) else 0
        for sentence in sentences[max(first, 0) :]:
            if sentence.start > at:
                break
            if "集会" not in sentence.text or (m := _GATHERED_TO_COMMEMORATE.search(sentence.text)) is None:
                continue
            # (中共某省委、某省人民政府: the holders listed 甲、乙; not 市各界群众, people and no body)
            parts = _HOLDERS_LISTED.split(_DATED_DATELINE.sub("", m["org"]).strip())
            # (各民主党派中央和全国工商联, 某市青联: a party's central body by 中央 and a federation by its short name are
            # bodies too, GUIDELINES §3 eighteenth and thirty-second rounds)
            org = "、".join(self.clean_org(part) or "" for part in parts) \
                if all(_ENDS_AS_JOINT_BODY.search(part) or _GATHERING_BODY_END.search(part) for part in parts) else None
            return self._record(doc, sentence, referred["name"], self.date_of(doc, sentence.text, reference),
                                self.clean_location(m["loc"]), org)
        return None

    def _statement_place(self, doc: Document, meeting: dict[str, Any]) -> str | None:
        """外交部发言人王华5日在北京表示，…。王华是在当日举行的例行新闻发布会上作上述表示的: the press conference where the
        statement told before was made is at the place that statement is told made, by the same speaker (GUIDELINES §3
        twenty-second review round: the statement is the conference's own act); another act of the speaker lends none.
        The conference may open the sentence telling the statement (在当日举行的新闻发布会上，王华说，…)."""
        told = meeting["evidence"]["text"]
        start = meeting["evidence"]["clean_start"]
        made = _STATEMENT_MADE_AT.match(told) or _STATEMENT_TOLD_AT.match(told)
        if made is None and (subject := _STATEMENT_SUBJECT_AT.match(told)) is not None and meeting["name"] in subject[0]:
            # 阿拉法特14日在这里说，…。阿拉法特在同…会谈后举行的记者招待会上强调: the same speaker's statement just told,
            # in the same item (no dateline between), places the conference; 这里 is the dateline's city (§11;
            # GUIDELINES §3 thirty-second review round)
            floor = max(0, start - _STATEMENT_SUBJECT_REACH)
            said = next(reversed(list(literal_then_each(subject["who"], _SAID_AT, doc.clean_text, floor, start))), None)
            if said is None or _ITEM_DATELINE.search(doc.clean_text, said.end(), start):
                return None
            return self.clean_location(said["loc"], _dateline_city(doc.clean_text, said.end()))
        if made is None or meeting["name"] not in made[0]:
            return None
        said = literal_then(made["who"], _SAID_AT, doc.clean_text, 0, start)
        return self.clean_location(said["loc"], _dateline_city(doc.clean_text, said.end()) if said else None) if said else None

    def _gathered_to_attend(self, text: str, end: int) -> str | None:
        """The venue those attending are told gathered at (汇集在市民族广场，) in the clause of ``text`` right before
        offset ``end``, where the verb of attending opens; ``None`` when none is told or it reads as no venue."""
        gathered = _GATHERED_TO_ATTEND.search(text, 0, end)
        place = self.clean_location(gathered["loc"]) if gathered else None
        return place if place and _VENUE_END.search(place) else None

    def _gathered_just_before(self, doc: Document, sentence: Sentence) -> str | None:
        """The venue people are told gathered at (欢聚在伍顿高中礼堂, 聚集在市民中心) in the sentence right before ``sentence``,
        in its paragraph; ``None`` when it tells none or what follows the verb reads as no venue (欢聚在一起, 欢聚一堂)."""
        # (the people told gathered in the paragraph before lend nothing: "" there, as for the scene in places.py)
        gathered = _GATHERED_AT_VENUE.search(previous_sentence_in_paragraph(doc.clean_text, sentence.start))
        if gathered is None:
            return None
        place = self.clean_location(gathered["loc"])
        return place if place and _VENUE_END.search(place) else None

    def _lead_statement_conference(self, doc: Document, meeting: dict[str, Any], reference: dt.date | None) -> None:
        """萨哈夫28日晚在这里说，…。萨哈夫在记者招待会上谴责…: a press conference referred to by the speaker of the item's lead
        statement, with no day or place of its own, is where that statement was made (GUIDELINES §3 thirty-second round, the
        place) and so on its day too, its date_text and part of the day as the statement writes them (thirty-third round);
        他/她 stands for that speaker when the sentence before opens on his name. A bare 会上 right after a dated
        announcement told with its place (安南1月12日在纽约联合国总部宣布…。这是弗雷谢特在会上回答记者的提问) is the gathering
        where it was made, whoever speaks there. Another item between, or a statement with no place, lends nothing."""
        told = meeting["evidence"]["text"]
        start = meeting["evidence"]["clean_start"]
        text = doc.clean_text
        if meeting["date_text"] is None and meeting["name"] == "会" and _BARE_MEETING_AT.match(told):
            before = text[max(0, start - _STATEMENT_SUBJECT_REACH) : start]
            last = max(before.rfind("。", 0, len(before) - 1), before.rfind("\n"))
            said = _ANNOUNCED_ON_DAY_AT.search(before, last + 1)
            if said is not None:
                at = start - len(before) + said.start()
                if _ITEM_DATELINE.search(text, at, start):
                    return
                meeting["date"], meeting["date_text"], meeting["time_of_day"] = self._certain_when(
                    doc, self.date_of(doc, said.group(), reference), told, reference)
                meeting["location"] = self.clean_location(said["loc"], _dateline_city(text, at + len(said.group())))
            return
        if not _PRESS_CONFERENCE_NAME_END.search(meeting["name"]) or (subject := _SPEAKER_AT_CONFERENCE.match(told)) is None:
            return
        who = subject["who"]
        floor = max(0, start - _STATEMENT_SUBJECT_REACH)
        if who in ("他", "她"):
            # (…28日在这里说，…。谢尔盖耶夫当天与…交换了意见。他在随后举行的记者招待会上…: the person the sentence before
            # opens on, after the item's dateline and byline when it is the lead)
            head = text[floor:start].rstrip()
            previous = head[max(head.rfind("。", 0, len(head) - 1), head.rfind("\n", 0, len(head) - 1)) + 1 :]
            previous = _LEAD_DATELINE.sub("", previous, count=1)
            opening = _SENTENCE_OPENER_NAME.match(previous)
            if opening is None:
                return
            who = opening["who"]
        said = next(reversed(list(literal_then_each(who, _SAID_ON_DAY_AT, text, floor, start))), None)
        if said is None or _ITEM_DATELINE.search(text, said.end(), start):
            return
        if meeting["location"] is None:
            meeting["location"] = self.clean_location(said["loc"], _dateline_city(text, said.end()))
        if meeting["date_text"] is None and said["day"]:
            when = self._certain_when(doc, self.date_of(doc, said["day"] + "在" + said["loc"] + "说", reference), told, reference)
            if when[1] is not None:
                meeting["date"], meeting["date_text"], meeting["time_of_day"] = when

    @staticmethod
    def _certain_when(doc: Document, when: tuple[str | None, str | None, str | None], own: str,
                      reference: dt.date | None) -> tuple[str | None, str | None, str | None]:
        """``when``, a day read from another sentence than the meeting's (``own``), with only a year the text makes certain
        on a page with no publication date (GUIDELINES §11; as _day_of_dated_act reads it: a year written elsewhere, a
        career's 1995年, is no evidence)."""
        if reference is None and when[0] is not None and not _WRITTEN_YEAR.search(when[1] or ""):
            held = dt.date.fromisoformat(when[0])
            year = _certain_year(doc.clean_text, own, held.month)
            back = _YEARS_BACK.get((when[1] or "")[:2], 0)
            return (held.replace(year=year - back).isoformat() if year else None, when[1], when[2])
        return when

    def _founding_day(self, doc: Document, meeting: dict[str, Any], reference: dt.date | None) -> None:
        """“新党和平”今天正式成立。“新党和平”在成立大会上选举…: a founding congress or rite referred to with no day of its own is
        held on the day the body is told founded in the same item before it, at the place told with that founding
        (GUIDELINES §3 thirty-second review round); a founding ahead (将于下月成立) or told with a vague day lends nothing."""
        if meeting["date_text"] is not None or not _FOUNDING_EVENT.search(meeting["name"]):
            return
        text = doc.clean_text
        start = meeting["evidence"]["clean_start"]
        named = text.find(meeting["name"], start, meeting["evidence"]["clean_end"])
        named = named if named >= 0 else start
        item = max((d.end() for d in _ITEM_DATELINE.finditer(text, 0, start)), default=0)
        founded = list(_FOUNDED.finditer(text, item, named))
        if not founded or _planned_in(text, founded[-1].start(), founded[-1].end()):
            return
        told = text[start_after(text, founded[-1].start(), "，。；！？\n", floor=item) : founded[-1].end()]
        when = self.date_of(doc, told, reference)
        if when[1] is None or _VAGUE_DATE.search(when[1]) or not re.search("[日天晚]", when[1]):
            return
        meeting["date"], meeting["date_text"], meeting["time_of_day"] = when
        if meeting["location"] is None and founded[-1]["loc"]:
            loc = self.clean_location(founded[-1]["loc"], _dateline_city(text, founded[-1].end()))
            if loc and not _NOT_A_PLACE.search(loc):
                meeting["location"] = loc

    def _invited_talks(self, doc: Document, meeting: dict[str, Any], reference: dt.date | None) -> None:
        """李瑞环1月22日邀请全国性宗教团体领导人到中南海迎春座谈。…王兆国出席了座谈会: talks told as an invitation to a
        place, on a day, are held there that day; the 座谈会 referred to later in the same item, with no day or venue of
        its own, takes them (GUIDELINES §3 thirty-second review round). Only the item's one such invitation, not one
        ahead (邀请…下月到市政府座谈)."""
        if not meeting["name"].startswith("座谈") or (meeting["date_text"] and meeting["location"]):
            return
        text = doc.clean_text
        start = meeting["evidence"]["clean_start"]
        named = text.find(meeting["name"], start, meeting["evidence"]["clean_end"])
        named = named if named >= 0 else start  # (邀请…来到市政府座谈，…参加了座谈会: the invitation before the name)
        item = max((d.end() for d in _ITEM_DATELINE.finditer(text, 0, start)), default=0)
        invited = list(_INVITED_TO_TALK.finditer(text, item, named))
        if len(invited) != 1 or _planned_in(text, invited[0].start(), invited[0].end()):
            return
        told = text[start_after(text, invited[0].start(), "。；！？\n", floor=item) : invited[0].end()]
        when = self.date_of(doc, told, reference)
        if when[1] is None or _VAGUE_DATE.search(when[1]):
            return
        if meeting["date_text"] is None:
            meeting["date"], meeting["date_text"], meeting["time_of_day"] = when
        if meeting["location"] is None:
            loc = self.clean_location(invited[0]["loc"], _dateline_city(text, invited[0].end()))
            if loc and not _NOT_A_PLACE.search(loc):
                meeting["location"] = loc

    def _opening_rite_venue(self, doc: Document, meeting: dict[str, Any]) -> str | None:
        """县议会第三次定期会开议。开议典礼在议事厅举行: a council's session that names no venue takes its opening rite's,
        told held in the sentence right after the session's own in its paragraph (GUIDELINES §3 twenty-second review
        round, as it takes the rite's host)."""
        end = meeting["evidence"]["clean_end"]
        text = doc.clean_text
        rite = _OPENING_RITE_HELD_AT.match(text, end)
        return self.clean_location(rite["loc"]) if rite else None
