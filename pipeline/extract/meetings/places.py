"""A meeting's venue: cleaning what was read after 在/于, telling a place from a body, and the venue told in a fronted
clause, a room of business, or a place gathered at or launched in.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from pipeline.boilerplate import PROVINCES
from pipeline.document import Document
from pipeline.extract.common import DATE_NUMBER, PLACE_LEVELS, Sentence, literal_gated, longest_first
from pipeline.extract.meetings.patterns import (
    _ATTRIBUTIVE_VENUE_EXTRA,
    _BRACKETED_YEAR,
    _CLOCK,
    _DATE,
    _DAY_PARTS_EXTRA,
    _GATHERED,
    _HOLDER_END,
    _JIA,
    _MANNER_END,
    _NOT_A_PLACE,
    _OPENING_VERBS,
    _ORG_ENDING_HUI,
    _OWN_BODY_WORDS,
    _OWN_SCHOOL_BEFORE,
    _PLACE_WORD,
    _PLANNED,
    _ROC_CN_YEAR,
    _STATE_BODY_END,
    _TALKS,
    _TIME_WORDS,
    _TIME_ZONE,
    _VENUE_END,
    _VENUE_EXTRA,
    _VENUE_NAME_END,
    _WITH_PARTY_OPENING,
    PROVINCIAL_PLACES,
    _dateline_city,
    previous_sentence_in_paragraph,
)

_OWN_BODY_VENUE = re.compile("[我本](?:" + _OWN_BODY_WORDS + "|单位)")
# 在自己的寓所, 在他的办公室: a person's own place by a pronoun, a self-reference naming no venue (GUIDELINES §3
# location: a self-reference names no place; whom it stands for is not resolved here).
# (not 在他的家乡湖南祁阳县: a place named after the pronoun's noun, read as usual)
_OWN_PERSON_VENUE = re.compile(r"(?:自己|他|她|他们|她们)的(?:寓所|住所|住处|私邸|宅邸|官邸|府邸|别墅|家中?|办公室)")
# 在我校召开, 在本院举行, 在我局召开 (于本院召开 likewise) with the one school or body ending in that word named hosting the
# event (江城大学承办的…在我校召开; 论坛在本院举行，论坛由江城理工学院承办): the body the self-reference stands for, so the
# venue (GUIDELINES §3 location).
# (在我所召开 with the one research institute or firm ending in 所 named hosting, the same reading)
_OWN_BODY_HELD = re.compile("[在于][我本](?P<word>校|院|局|所)(?:隆重|顺利|成功|正式)?(?:召开|举行|举办|开幕|开班|启动)")
# A 在 right after 与/同/和/跟 (与在深赣籍企业家召开座谈会, 同在校学生座谈, 和在京工作的校友举行茶话会): it opens the noun
# phrase of the people the meeting is held with (those from or living at a place), not the venue of the meeting.
_PEOPLE_AT_PLACE = re.compile(r"(?:与|同|和|跟)在$")
# 正在德国进行正式访问的国务院总理温某3日在柏林同…: a visit clause with its traveller before the venue of the
# talks (what is left before the last 在 names the country visited, not where the talks were held).
_VISIT_BEFORE_VENUE = re.compile(r"^[^，。；,;在]{1,20}?(?:进行)?[^，。；,;在]{0,8}?访问的[^，。；,;]{2,30}?在(?=[^，。；,;在]{2})")
_TALKS_VENUE_AFTER_VISIT = re.compile(r"^[^，。；,;在]{0,12}?访问的[^，。；,;在]{2,30}?在(?P<loc>[^，。；,;在同与跟]{2,20}?)(?:同|与|跟)")


# A province, region, city or county that opens a meeting's name (浙江省委经济工作会议, 湖南省第十四届人民代表大会…):
# the place of the body holding it, when no organizer is read; not a scope (全省), a deictic (本市) or a bare level (省委).
_LEADING_PLACE = re.compile("(?:中共)?(?P<place>(?![全本该各我此])[\u4e00-\u9fff]{2,4}?(?:省|自治区|市|县))(?=委|人大|政协|政府|第|[\u4e00-\u9fff]{3})")


def _places_differ(org: str | None, name: str, other_org: str | None, other_name: str) -> bool:
    """Two meetings held in two places (a round-up of provinces: 浙江省委经济工作会议在杭州召开。…广东省日前召开省委
    经济工作会议): the places that open the organizers, or for one without it its name, are two, neither written inside
    the other. Only where an organizer is read for one at least (two read bodies of one place are :func:`_other_body`'s
    to tell apart; 浙江省委 and 广东省 are two places whatever their bodies), and only places named in full (广东省, 江城市;
    not 省委, 市人大)."""
    if org is None and other_org is None:
        return False
    places = []
    for body, named in ((org, name), (other_org, other_name)):
        lead = _LEADING_PLACE.match(body.removeprefix("中共") + "委" if body else named)
        if lead is None:
            return False
        places.append(lead["place"])
    a, b = places
    return not (a in b or b in a)


_PLACE_LINE_AHEAD = re.compile(rf"\s*\n\s*(?:[【\[]{_PLACE_WORD}[】\]]|{_PLACE_WORD}[:：])")
# The programme line of the venue: 地点：县委党校, 【地点】县会议中心 (and 会议地点： inside a body line, 会议时间：…，
# 会议地点：县委常委会议室).
_PLACE_LABEL = literal_gated(re.compile(rf"(?:(?:^|\n)\s*(?:{_PLACE_WORD}[:：]|[【\[]{_PLACE_WORD}[】\]][:：]?)|[，。；]\s*会议地点[:：])"
                                        r"\s*(?P<where>[^\n，。；]{2,30})"))
# The big cities' one-character short names read alone as a venue after 在 (在京, 在沪会见, 在京与…举行会谈): those a
# newspaper writes so; the others of _CITY_SHORT_NAMES (深, 汉, 杭) open too many words (深入, 汉字) to stand alone.
CITY_SHORT_CHARS = "[京沪穗津渝港澳]"
# 京与伊拉克议长…(举行会谈): a city's short name, then the other party of talks joined by a conjunction (GUIDELINES §3
# location: the venue only; the two-character rule below keeps 呼和浩特, 和平饭店 whole).
_CITY_SHORT_THEN_PARTY = re.compile("^(?P<city>" + CITY_SHORT_CHARS + ")(?:与|同|跟|和)(?=[^，。]{2,}$)")
_CITY_SHORT_NAMES = {"京": "北京", "沪": "上海", "穗": "广州", "津": "天津", "渝": "重庆", "港": "香港", "澳": "澳门",
                     "蓉": "成都", "杭": "杭州", "榕": "福州", "汉": "武汉", "深": "深圳", "厦": "厦门"}
# The provincial-level places and their capitals by their bare names (上海, 浙江, 成都): after 在 in 在上海举行的…上 a
# place, never a body holding the meeting (GUIDELINES §3 location: the place when stated), though no level word
# (市, 省) and no venue ending tells it. A closed class of names, read only where the venue's wording alone is unsure.
_PROVINCIAL_PLACES = PROVINCIAL_PLACES  # (defined in patterns, shared with the organizer readings)
# A year word, perhaps with a month or a part of one, left before a venue once the date is cut (今年上午在…,
# 今年5月上旬在…): no part of the place.
_YEAR_WORD_BEFORE_VENUE = re.compile(
    # (已于上月中旬在杭州举行: a part of the last month the same way; 于去年11月在杭州举行: a bare month, the date
    # being only a month, which no day cut; 于1997年9月在北京召开: a written year before it, likewise)
    rf"^(?:今年|去年|本年|当年|{_BRACKETED_YEAR})?(?:(?:{DATE_NUMBER}|[上本]个?)月(?:上旬|中旬|下旬|初|底|中|末)?)?"
    rf"(?=(?:{_TIME_WORDS})?(?:{_CLOCK})?(?:在|于))")
# 和 inside a bureau's name that joins two sectors (文化和旅游局, 人力资源和社会保障局, 工业和信息化局), read at the 和:
# the word before it is no body's last word and a short sector word and the bureau's noun end the place.
_SECTORS_BUREAU = "(?<![府局委院校司厅部办会])和[^，。与同跟和]{1,6}(?:局|厅|部|委员会|委|办公室)$"
# 深入基层, 到一线, 来到群众中间, 到现场: where an official goes as a way of working, no venue of the meeting held there.
# (奋进新征程、走进新时代: an era a slogan goes into, no place, cr33 W2)
_NO_PLACE_GONE_TO = re.compile("(?:基层|[生产施工项目]{0,4}一线|基层一线|田间地头|群众(?:中间?|身边|家中)|现场"
                               "|新(?:时代|征程|阶段|时期|篇章|起点))")
# 在深圳市期间, 在广州期间: a place the subject stays at, a provincial or big city's short name or a name before its level
# word; not 在该市期间, 在全省期间 (a reference or a scope, no name), nor 在创建全国文明城市期间, 在撤县设市期间 (a campaign
# or a change of status ending on a level word, told by its verb)
# (the opening characters of a reference or a scope, no name: 该市, 本县, 全省, 这里)
_NO_PLACE_OPENERS = "该本我全各此每这那"
_STAY_PLACE = re.compile(rf"(?![{_NO_PLACE_OPENERS}])[\u4e00-\u9fff]{{1,8}}(?:省|市|县|州|自治区)")
_NOT_STAY_PLACE = re.compile("创建|争创|建设|推进|开展|撤|设|全国|全省")


# 考察湖北宜昌, 抵达四川绵阳, 赴四川宜宾考察, 前往洛阳市: the subject told going to a place by its short name, a province's name before it
# or its level word after it telling it a place (not 来到灾区, 考察疫情防控: no place's name).
_GONE_TO_VERBS = "(?:考察|视察|抵达|来到|前往|赶赴|赴|到访|访问)"


def stay_place(place: str, text: str = "") -> bool:
    """Whether ``place`` of 在…期间 names a place the subject stays at (GUIDELINES §3 twenty-second round): a provincial
    or big city's name, a name before its level word, or a short name ``text`` (the document's clean text) tells the
    subject going to (考察湖北宜昌。…在宜昌期间)."""
    if _NOT_STAY_PLACE.search(place) is not None:
        return place in _PROVINCIAL_PLACES
    if place in _PROVINCIAL_PLACES or _STAY_PLACE.fullmatch(place) is not None:
        return True
    name = re.escape(place)
    gone_to = f"{_GONE_TO_VERBS}(?:(?:{PROVINCES}){name}(?=[市县，。、；,;\\s]|考察|调研|视察|访问)|{name}[市县])"
    return len(place) <= 4 and place[0] not in _NO_PLACE_OPENERS and re.search(gone_to, text) is not None
# A generic reference with its day or venue read as a name (会议于7日在市总商会举行, 大会在省总工会召开).
_REFERENCE_THEN_VENUE = re.compile("(?:本次|此次|这次)?(?:会议|大会|活动|仪式|典礼|论坛|座谈会)(?:于|在)")
# The venue left at the end of an active subject: a city's short name (…9月2日上午在京(举行)), or a
# place after 在 with nothing before it but 并/又/还/也 (调研…，并在镇政府(召开座谈会)), too short a
# subject for the pattern to read the venue apart.
# 7月16日，在县委三楼会议室，县委书记…主持召开…: a venue set in a clause of its own before the subject (a day or
# a part of the day may open it; so may 日前, 今天, 前不久: 协会日前在夏宫酒楼，为…举办了庆贺酒会, twenty-ninth round).
_FRONTED_VENUE = re.compile(r"(?:^|[，,])\s*(?:[^，。；在]{0,12}?(?:日|日前|天|前不久|不久前|近期|上午|下午|晚上|傍晚|晚))?\s*在(?P<loc>[^，。；,;在]{2,30})[，,]")
_VENUE_IN_SUBJECT = re.compile(r"在(?P<city>" + CITY_SHORT_CHARS + r")$|^[并又还也]?在(?P<loc>[^，。；,;在]{2,30})$")
# 在区委党校以《…》为题讲授, 在局机关七楼会议室为全体党员讲授, 在我校图书馆报告厅作…: the venue of a
# lecture, cut at the preposition or verb that follows it; a comma may set the venue off (在局机关五楼会议室，以“…”为题，
# 为全局党员干部讲授…); 上 as the verb of giving a class (在区委党校上党课), not of 上下 (在全县上下奋力…的关键时刻: all
# the county, an occasion)
_LECTURE_VENUE = re.compile(r"在(?P<loc>[^，。；,;在]{2,30}?)[，,]?(?:以|为|给|向|作|讲授|讲|上(?!下))")
# 走进城关第一小学，为全校师生讲了…, 到县一中，为师生…: the place gone to before those a lecture is given to.
# (走进县第二中学，以《…》为题，为该校师生…: the lecture's title told between)
# (走进江城大学附小，以《…》为题，上了一堂生动的党课: the lecture given there with no audience named, GUIDELINES §3 location)
_LECTURE_GONE_TO = re.compile(r"(?:走进|来到|前往|(?<![\u4e00-\u9fff]{2}[送得做办提收找遇想见来回达报走直感受派驻])到)"
                              r"(?P<loc>[^，。；,;]{2,20}?)[，,]?(?:以[《“「][^》”」。；\n]{1,40}[》”」]为(?:主)?题[，,]?)?(?:为|给|向|(?:上|讲)了?(?:一堂|一节|一场))")
# 到华信科技公司宣讲…，并与企业职工座谈: the place gone to in the clause before talks told with 并与/并同, where the
# talks are held (GUIDELINES §3 location)
_GONE_TO_BEFORE_TALKS = re.compile(r"(?:走进|来到|前往|赴|(?<![\u4e00-\u9fff]{2}[送得做办提收找遇想见来回达报走直感受派驻])到)"
                                   r"(?P<loc>[^，。；,;到赴]{2,20}?)(?:宣讲|调研|考察|走访|参观|检查|督导)[^。；;]*?[，,]\s*并(?:与|同)$")
# 前往八路军太行纪念馆(开展…), 来到…, 走进…: the place gone to at the end of the subject (赴/到 are read
# by the visit rule; these longer verbs of going are not)
_GONE_TO = re.compile(r"(?:前往|前去|来到|走进)(?P<place>[^，。；,;]{2,20})$")
# (昨日晚上假湾仔…, 今早上假…: 上 of a part of the day; not 上 alone: 马上, 会上)
_BORROWED_VENUE = rf"(?:(?<=[日晚午会团社局署联时许礼式坛])|(?<=日[）)])|(?<=日前|今天|昨天|明天|前天|晚上|早上)){_JIA}"
# The time and the venue verb before a venue caught with its date (clean_location): 在, 于, or 假 (假座) after a day or
# a clock time (not 假日酒店, 假期: a venue's own first character; not 在假山广场: 假 in the venue, ``jia`` at the start
# of a venue from which no date or time was cut).
# (于当日下午在市会展中心: a day word, then a part of the day; 于19日起在…: the first day of several, 起 left by the date)
# (于北京时间9月11日凌晨0点30分在…: the time zone and the small hours before the clock, left when the date was cut)
_TIME_BEFORE_VENUE = re.compile(rf"^(?:{_TIME_ZONE})?(?:{_TIME_WORDS}|{_DAY_PARTS_EXTRA}){{0,2}}(?:{_CLOCK})?(?:起(?=在|于))?"
                                rf"(?:在|于|(?P<jia>{_JIA}))?")
# 在其总部的会议中心, 在其美国总部的剧院: the owner's pronoun and its premises before a named hall; the hall is the venue
# (在其总部: the premises alone, kept without the pronoun; not 其他, 其中: no pronoun).
_OWNER_PRONOUN_PREFIX = re.compile("^其(?![他它中余间实次])(?:[\u4e00-\u9fff]{1,10}的(?=[\u4e00-\u9fff]{2,12}"
                                   "(?:剧院|剧场|礼堂|大厅|会堂|会议室|报告厅|会议中心|演播厅|体育馆|体育场)$))?")
# …交流会在学生活动中心三楼多功能厅进行。: 进行 with nothing after it, a meeting taking place at the venue
# (not 在…进行了交流, 进行部署: an act the meeting carried out).
_TAKES_PLACE = "进行(?=[，。；,;！\n]|$)"
# 在与县政府一街之隔的市民中心, 在与江城县交界的白石镇: a relative clause of where the venue lies beside a place, then
# the venue after 的 (GUIDELINES §3 location: the venue); not 在与投资方举行的座谈会上: a meeting with a party, a time
# frame (its verb is one of meeting, not of lying beside).
_WITH_PLACE_RELATIVE = re.compile("与(?!会)(?P<rel>[^，。；的]{1,16})的(?=[\u4e00-\u9fff]{2})")
# The verb of meeting must close the relative clause (与投资方举行的, 与外商洽谈签约的): inside it, the word is part of the
# place beside the venue (在与县人才交流中心相邻的江城宾馆: 交流 in a centre's name, the clause's verb 相邻).
_MEETING_WITH_PARTY = re.compile(
    "(?:" + _OPENING_VERBS + "|" + "|".join(sorted(_TALKS, key=len, reverse=True)) + "|座谈|签署|签约|交流|洽谈)了?$")
# 河阳县, 青山区, 江城市: a place alone, with no body's word after it (a subject that names no standing body).
_BARE_PLACE = re.compile("[\u4e00-\u9fff]{1,8}(?<![委府协会局])[" + PLACE_LEVELS + "]")
# 河西街道, 东庄村, 幸福社区: a street office, a village or a community written as a place (before a meeting's name),
# the grassroots places _BARE_PLACE's levels leave out.
_GRASSROOTS_PLACE = re.compile("[\u4e00-\u9fff]{2,6}(?:街道|村|社区)")
# 在欢快的舞蹈《龙腾盛世》中拉开帷幕, 在一片欢声笑语中落下帷幕, 在优美的旋律中开场: a performance, a sound or a mood the
# event opens or closes in, no venue (GUIDELINES §3 location: a venue or place); a phrase with 的 whose head before 中
# is no venue word (在热闹的节日中; not 在学校的礼堂中, 在村委会的会议室中: a room).
_SCENE_NOT_PLACE = re.compile(r"(?:《[^》]{1,20}》|歌舞|舞蹈|乐曲|音乐|歌曲|旋律|鼓乐|锣鼓|欢声笑语|笑语|欢笑|掌声|表演|朗诵|祝福|期盼|期待"
                              r"|一片[^，。；]{1,8})[^，。；]{0,4}中$|的[^，。；的]{1,12}(?<![室厅堂馆场楼院校园所站址区内心棚间台亭房])中$")
# 温暖的蔬菜大棚, 热火朝天的生产车间: a description before 的 and a venue (棚, 间, 台, 亭, 房) after it; not 学校的礼堂,
# 县委的会议室, 江城的会展中心: a body or a place owning the room.
_DESCRIBED_VENUE = re.compile("^[\u4e00-\u9fff]{2,6}(?<![省市县区镇乡村城校院局委会司厂馆室楼园所站部队心府社处店])的"
                              "(?=[\u4e00-\u9fff]{1,10}[棚间台亭房]$)")
# 新落成的北京市科技活动中心, 他度过6年中学时光的山东省实验中学, 修葺一新的江城县文化馆: a description before 的 and a
# venue named after its province, city, county or district, which alone is the venue (a description is no part of a named
# place, as 在省会长沙 reads, §3 twenty-first round second part); not 江城大学的报告厅, 县委的会议室: a body owning the room
# (the description ends in no body's or place's word), nor a venue without such a name (温暖的蔬菜大棚: _DESCRIBED_VENUE)
_DESCRIBED_NAMED_VENUE = re.compile(
    "^[^，。；的\\s]{2,16}(?<![省市县区镇乡村城校院局委会司厂馆室楼园所站部队心府社处店学])的"
    "(?=[\u4e00-\u9fff]{2,4}?[省市县区][\u4e00-\u9fff]{2,12}(?:[馆厅堂室楼园场店厦院校宫所站]|中心|中学|小学)$)")
# 我市, 我县, 我区: the reporting place itself at the head of a name, no organizer named (GUIDELINES §3).
_OWN_PLACE_PREFIX = re.compile(r"^我(?:省|市|县|区|镇|乡|州|旗)(?=[\u4e00-\u9fff“「\d]{4})")
# 滨江市, 金水区, 东湖镇, 江州市, 黔东南州: a place alone (its name and its level word), no body's word in it; the
# organizer read off a name's head that a later 由…主办 replaces.
_PLACE_ONLY = re.compile("[\u4e00-\u9fff]{1,6}?[省市县区州旗]|[\u4e00-\u9fff]{1,5}?[镇乡]")


# A clause before the meeting's that opens on a place (…，某县某镇鼓乐喧天，…在这里举行): 这里 points back to it.
_PLACE_CLAUSE_BEFORE = re.compile(r"[，,]\s*[\u4e00-\u9fff]{1,10}?(?:省|市|县|区|镇|乡|村|州)[^，。；]*[，,]")
# Fixed patterns of MeetingExtractor.clean_location.
# A holiday or day word whose bracketed date was cut before the venue (重阳节（）中午在…): no part of the venue.
_EMPTIED_DATE_BRACKET = re.compile(r"^\s*[\u4e00-\u9fff]{1,8}[（(]\s*[）)]")
_WEEKDAY_PREFIX = re.compile(r"^\s*[（(](?:星期|周|礼拜)[一二三四五六日天][）)]")
# (于3/5（二）上午在…: the Taiwan releases' weekday in brackets without its word, only right after a date that was cut,
# never a list number （二） opening a venue as caught)
_BARE_WEEKDAY_PREFIX = re.compile(r"^\s*[（(][一二三四五六日][）)]")
# (于本周三（三日）下午在…, 于上周五（3日）在…: the day of the month in brackets after a weekday that was cut, or the
# brackets the cut day left empty, Hong Kong and Macau papers;
# only right after a cut date, never a venue caught as it stands)
_DAY_OF_MONTH_PREFIX = re.compile(r"^\s*[（(](?:(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})[日号])?\s*[）)]")
# (在江城宾馆签署合作协议后举行了记者招待会, 在首相府会见…后: the place of an act with its object done before the
# meeting, where it is held too, GUIDELINES §3 location twenty-ninth round; not 会谈/会晤/结束, told of an event as a
# time frame: 在两国总理会谈之后, 在战争结束后)
_LOC_ACT_TIME_TAIL = re.compile("(?<=.{2})(?:主持|出席|参加|召开|举行|出发|抵达|签署|签订|会见)"
                                "[^，。；]{2,20}?(?:前|后|之前|之后|期间)$")
# (在首都继续举行会晤: 继续 says the talks go on, an adverb like 还, GUIDELINES §3 location, thirty-sixth review round)
_LOC_MANNER_TAIL = re.compile("(?:成功|顺利|隆重|圆满|胜利|正式|主持|联合|共同|也|还|又|继续|(?<![生际易贸文科党团])组织|盛大|如期|热烈|庄严|盛装|温馨"
                              "|(?:[\u4e00-\u9fff]{2}而)?(?:隆重|热烈|庄重|庄严|简朴|盛大|热闹)地|线上线下同步|同步"
                              # (在首都德黑兰成功地举行, 在京顺利地召开: an adverb of manner written with 地, as 成功 is)
                              "|(?:成功|顺利|圆满|胜利|如期|正式)地"
                              # (会议室紧急召开, 会议室专题召开, 礼堂集中召开: an adverb of manner glued to the venue's
                              # last character, cut as 隆重 is; only after a venue's end, so no name is cut)
                              "|(?<=[厅堂馆室宫场楼府局委院校心店厦所站部处])(?:紧急|专题|集中|专门|再次|连夜))+$")
# 随即, 随后, 旋即 after an earlier act told with its place (在北京签订协议后随即举行): the order, no part of the venue.
_LOC_ORDER_TAIL = re.compile("(?<=[后前])(?:随即|随后|旋即|接着|紧接着|即)$")
_LOC_AGENDA_DONE = re.compile("^(?!(?:圆满|顺利|胜利)?完成)(.{2,}?)(?:圆满|顺利|胜利)?完成了?(?:全部|各项|预定|所有|既定)?(?:议程|任务)后$")
# (在全县上下奋力冲刺全年目标的关键时刻, 在脱贫攻坚的关键时期, 在…的重要节点, 在…的紧要关头: an occasion, however long,
# ends on a noun of time; no venue ends so, GUIDELINES §3 location)
_LOC_SCENE_END = re.compile("声中$|气氛中$|氛围中$|议程后$|任务后$|会后$|(?:时刻|时期|节点|关头|当口|之时|之年|时候)$")
_OUR_REGION = re.compile("[我本][省市县区州旗镇乡村]")
# 典礼现场, 仪式现场, 大会现场: the scene of an event told before, a reference to its venue, no venue of its own.
_EVENT_SCENE = re.compile("(?:典礼|仪式|开学式|毕业式|开班式|结业式|会议|大会|活动)现场")
_LOC_TIME_ONLY = re.compile(r"会前|会后|会上|会间|此前|此后|之前|之后|[^，。]{0,8}(?:期间|之际|前夕|时)|[^，。]{0,10}节(?:期间|之际|前夕)"
                            # (在签约前举行会谈, 在仪式结束后会见: before or after an act or an event, not 在纪念碑前)
                            r"|[^，。]{0,8}(?:签约|签字|会谈|会见|会晤|开幕式?|闭幕式?|开班式?|开会|仪式|典礼|活动|会议|大会|结束)(?:前|后|之前|之后)"
                            r"|[上本下这]周[一二三四五六日天]?|[上本下]个?月(?:初|底|中旬|上旬|下旬)?|前不久|不久前|近期|日前|近日|月初|月底|年初|年底")
# 于3月中旬召开, 于去年年底召开, 于二季度召开, 于春节前召开: a period of the calendar after 于, a time and never a venue
# (GUIDELINES §3 location: the venue or place; such a period is the meeting's date_text)
_LOC_PERIOD_ONLY = re.compile(
    # (于一百一十三年十一月召開: a month with an ROC year in Chinese numerals, GUIDELINES §3 seventeenth review round)
    rf"(?:(?:19|20)\d{{2}}年|{_ROC_CN_YEAR}年|今年|去年|明年|本年|当年|前年)?"
    rf"(?:(?:{DATE_NUMBER}|[上本下]个?)月(?:份|初|底|中|末|上旬|中旬|下旬)?|年初|年底|年末|年中|年内|上半年|下半年"
    r"|(?:第?[一二三四1-4])季度(?:初|末|中)?|(?:元旦|春节|清明|五一|端午|中秋|国庆)(?:前|后|前后|假期))")
_ONLINE_ONLY = re.compile("线上|网上|云端|线上线下|网络上?|视频")
# 赴凤鸣高新区、临港产业园等地(观摩), 到甲村、乙村等处, 在A和B两地: sites listed and closed by 等 and a word for sites,
# or counted as places, are several places, no single venue (GUIDELINES §3 thirty-third review round).
_SEVERAL_SITES = re.compile("等(?:地|处|多地|多处|地点|点位|场所|基地|园区|企业|单位|项目|乡镇|村|镇|社区|学校)$"
                            "|(?<=[^，。]{2}[、和与及])[^，。、]{2,20}?[两三四五六七八九十多几]地$")
_HERE_WITH = re.compile("(?:这里|此间)(?:(?:同|与|和|跟)[^，。]{2,})?")
_HERE_OPENING = re.compile("这里|此间|那里")
# (在这里的“友谊”饭店举行, 在此间的国际会议中心: where the venue lies, told by the dateline's deictic and 的, describes it and is
# no part of it, like 村里的 before 岩脚组 (GUIDELINES §3 twenty-first round second part: a description is no part of a named
# place); the venue named after it stands)
_HERE_DESCRIPTION = re.compile("^(?:这里|此间|当地)的(?=[\u4e00-\u9fff“「]{2})")
# 著名的世界金融中心, 风景优美的西湖宾馆, 古老的布达拉宫: a word of praise or a stock description before 的 says what the
# venue is like, no part of it (GUIDELINES §3 location, twenty-ninth round; like 这里的 before a venue, 27th round)
_PRAISE_BEFORE_VENUE = re.compile(
    "^(?:(?:举世|世界|中外|全国|国内外)?(?:著名|有名|闻名|知名|驰名|闻名遐迩|享誉中外)|美丽|古老|宏伟|雄伟|壮丽|壮观|豪华"
    "|富丽堂皇|金碧辉煌|庄严|典雅|风景(?:优美|秀丽|如画)|景色(?:优美|秀丽|宜人)|环境(?:优美|优雅)|历史悠久)"
    "(?:而(?:美丽|古老|宏伟|雄伟|壮丽|庄严|典雅))?的(?=[\u4e00-\u9fff“「]{2})")
# 在同样的地点, 在同一地点, 在原地: a word pointing back to the venue told before, no venue named (GUIDELINES §3 location,
# twenty-ninth round: it stands for the venue of the meeting told before it; MeetingExtractor resolves it)
ANAPHORIC_VENUE = re.compile("(?:同样|同一|相同)(?:的|个|一个)?(?:地点|地方|场所|会场|场地)|原地|原处|原址")
# 正在埃及访问的国务委员某某(今天同…举行会谈): the 在 of 正在 opens a clause of a guest's visit with the guest after it,
# no venue; a place inside it names the country visited, and a title or a name never makes a location (GUIDELINES §3
# location; a later 在 naming the talks' own venue is cut to by _VISIT_BEFORE_VENUE first)
# 正在伊拉克访问的…, 正在法国进行国事访问的…: a guest on a visit to a place named after 正在 (not 这里/此间, read by the
# dateline rule; not 刚结束对…访问的 nor 即将…访问的: a visit ended or ahead places nothing).
_VISITING_PLACE = re.compile(r"正在(?!这里|此间)(?P<place>[^，。；,;在对的]{2,10}?)(?:进行)?(?:国事|正式|友好|工作|私人)?访问的")
# (a country or a region told by its level word, read as a place with no tagger at hand)
_VISITED_LEVELS = ("国", "省", "市", "州")
_VISIT_CLAUSE = re.compile(r"^[^，。；,;在]{1,20}?访问的[^，。；,;在]{2}")
_LOC_CIRCUMSTANCE = re.compile("(?:陪同|指导|关心|支持|带领|率领|主持|见证|邀请|组织)下$|百忙|之中$")
_SUBSIDIARY_PREFIX = re.compile("^.*(?:下属|所属|旗下|附属)的(?=.{2})")
_THIS_BODY_PREFIX = re.compile("^该(?:院|校|公司|集团|行|所|厂|中心|组织)(?=[\u4e00-\u9fff\\d]{3})")
# (赴对口帮扶的石门村, 到结对共建的石门社区: the pairing that ties the body to the place, an attribute before its name)
# (在坐落于南湖之畔的江城国际会展中心, 在地处城东新区的县行政中心, 在座落在青山脚下的…: where the venue lies, told before its
# name with any verb of lying, like 位于; GUIDELINES §3 location, thirty-first review round)
_LOCATED_IN_PREFIX = re.compile("^(?:(?:位于|坐落于|座落于|坐落在|座落在|地处于?)[^，。的]{2,20}|(?:对口|结对|挂钩|定点|包联)?(?:帮扶|共建|支援|包保)|对口|结对|挂钩|定点|包联)"
                                "的(?=[\u4e00-\u9fff]{2})")
_HIS_PREFIX = re.compile("^(?:他|她|其)(?:们)?的(?:家乡|故乡|老家|母校)?(?=.{2})")
# (在这位伟人的故乡江苏淮安市, 在诗人的家乡湖北秭归县, 在毛泽东同志的故乡韶山: whose home the place is, told before its
# name, describes it and is no part of the venue, as 省会 before 长沙 (GUIDELINES §3 twenty-first round second part;
# thirtieth round); read only where a place is named after it, so 在作家的故乡 alone stays as written)
# (在某某家乡江城县青山镇: the same with no 的, read only where a place of a level word follows; not 家乡菜馆)
_WHOSE_HOME_PREFIX = re.compile("^[^，。；、在的]{1,16}(?:的(?:故乡|家乡|老家|出生地|诞生地)(?=[\u4e00-\u9fff]{2})"
                                "|(?:故乡|家乡)(?=[\u4e00-\u9fff]{1,8}?[省市县区州镇乡村]))")
# (在贝宁政府所在地科托努, 在县政府所在地城关镇, 在公司总部所在地江城: where a body sits, told before the place's name,
# describes it and is no part of the venue, as 省会 before 长沙, GUIDELINES §3 twenty-first round second part; thirty-first
# round; with no name after it, 在研究中心所在地, it stays as written)
# (在代表团驻地“江城饭店”, 在工作组驻地华安宾馆: where a body stays, told before the venue's name, the same; thirty-fifth
# review round)
_SEAT_PREFIX = re.compile("^[^，。；、在]{1,16}?(?:所在地|驻地)(?=[\u4e00-\u9fff·]{2}|“[\u4e00-\u9fff·]{2})")
# (在省城兰河, 在省会长沙, 在首府南宁: a description of the city before its name is no part of the venue, §3 twenty-first
# round second part; not 省会议中心 nor a building named after the capital, 首府大厦, which are venues of their own)
# (在泉城济南, 在春城昆明, 在羊城广州, 在山城重庆: a city's nickname before its name describes it, like 省会 before 长沙, §3
# twenty-first round second part; read only before a provincial capital or big city named in full, so 江城宾馆 and other
# names opening on such a word stay whole)
_CITY_NICKNAME = re.compile("^(?:泉城|春城|羊城|花城|鹏城|榕城|星城|蓉城|冰城|鹿城|石城|金陵|雾都|山城|江城|古城|名城)")
_CAPITAL_DESCRIPTION = re.compile("^(?:省城|省会(?:城市)?|首府(?:城市)?)(?=[\u4e00-\u9fff]{2})"
                                  "(?!议|展|堂|馆|场|大厦|宾馆|酒店|饭店|广场|中心|大道|路|街)"
                                  # (在首都德黑兰, 在首都内罗毕: the capital named after the word, only a bare name of two to
                                  # five characters, so 首都机场, 首都体育馆, 首都师范大学 stay venues of their own)
                                  "|^首都(?=[\u4e00-\u9fff·]{2,5}$)"
                                  "(?![\u4e00-\u9fff·]*(?:机场|大学|学院|医院|体育|剧|馆|厅|堂|场|院|中心|大厦|宾馆|饭店|酒店|公司|厂|站|园|楼))")
# (来到村里的岩脚组, 在镇上的文化广场, 在社区里的党群服务站: where the named place lies, told by a level word or a
# generic place and 的, describes it and is no part of the venue, like 省城 before 兰河 (§3 twenty-first round second
# part); a generic word written into the venue's name with no 的 stays, 学校图书馆报告厅, 局三楼会议室 (fourteenth round))
_WHEREABOUTS_DESCRIPTION = re.compile("^(?:村|镇|乡|街道|社区|小区|县城|城里|城区|县里|市里|园区|厂区)(?:里|上|中|内|外)?的"
                                      "(?=[\u4e00-\u9fff]{2})")
# (在埃及南部城市卢克索, 在澳大利亚第三大城市布里斯班, 在意大利东北部水城威尼斯, 在德国港口城市汉堡: the country or
# region, where in it, its rank and the kind of city it is, then the city named, which alone is the venue; the same reading
# as 在省会长沙, §3 twenty-first round second part; a region and a transliterated city of up to eight characters each
# (在俄西伯利亚城市克拉斯诺亚尔斯克, found in 1998 newspaper copy). Only a city named last, 2 to 8 characters and not
# ending as a venue or a school does (not 湖南城市学院, 平遥古城南大街, 上海城市规划展示馆: names of their own, whatever
# words they hold). A capital after its country (拉脱维亚首都里加, 英国威尔士首府加的夫) stays as written: the newspaper and probe gold keep it so in four
# tuning files, and the ruling's examples (省城, 省会 with no region before them) are read by _CAPITAL_DESCRIPTION.
# A city whose own name ends in 城 (晋城市政府, 山西省晋城市人民政府, 聊城市一中) is named, not described: no kind word
# right after one character at the start or after a province, and no city read where a government or a school ends it.
_CITY_KIND_WORDS = "城市|水城|古城|名城|山城|港城|边城|港市"
_CITY_DESCRIPTION = re.compile(
    "^[\u4e00-\u9fff]{0,8}?(?:[东西南北中]{1,2}部)?(?:(?:第[一二三四五六七八九十\\d]+|最)大的?)?"
    "(?:港口|海港|海滨|沿海|边境|旅游|工业|历史文化|文化|新兴)?"
    "(?<!^[\u4e00-\u9fff])(?<![省州])(?<![省州][\u4e00-\u9fff])(?:" + _CITY_KIND_WORDS + ")"
    "(?=[\u4e00-\u9fff·]{2,8}$)(?![\u4e00-\u9fff·]*[馆厅堂室楼园场店厦院校学宫街路道巷站桥村镇乡区所心局委部会厂司社台门府中]$)")
_FOR_VISITOR_TAIL = re.compile("(?<=.{2})为(?:来访的|前来[^，。]{0,8}的)[^，。]{2,}$")
# (在总统府为驻菲外国使节举行的新年酒会上, 在首相官邸为外国记者举行的…: a residence or a seat of office ends the venue
# as a hall does, GUIDELINES §3 twenty-seventh round: a place before 的 in a referred meeting is its location; found in
# 1998 newspaper copy; 市政府为… stays a body holding it, read as organizer where it is no place; 在夏宫酒楼为新片举办…,
# 在办公楼为…: a building's 楼 likewise, twenty-ninth round)
_HALL_FOR_TAIL = re.compile("(?:(?<=[厅堂馆室宫场店厦府邸楼])|(?<=中心))为[^，。]{2,}$")
# (在市行政中心先后会见了…和…, 在县委会议室相继召开: the order of the events held there, no part of the venue)
# (在华盛顿分别与…举行会谈, 在白宫先后两次会见, 在阿什哈巴德再次举行会晤: each in turn, how many times, once more)
_TIMES_TAIL = re.compile("(?:[两三四五]度|(?:先后|相继|依次|接连)?[两三四五六七八九十]次|先后|相继|依次|接连|分别|再次|再度|又一次|多次)$")
# 在华信大厦就人才培养的合作举行座谈会, 在县委会议室就项目落地进行座谈: the topic after 就, what the meeting is about, not
# where; only after a venue's last character (not 县人社局就业服务中心, 新中国成就展馆: 就 inside a venue's own name)
_TOPIC_TAIL = re.compile("(?<=[厅堂馆室宫厦店场楼园村院校府局委部司])就(?![业近诊医餐读职])[^，。；]{2,30}$")
_INSIDE_TAIL = re.compile("(?<=[坝院场室厅堂屋棚])[里内]$|(?<=[室厅堂])中$|(?<=[\u4e00-\u9fff][棚间台亭房])中$")
# Fixed patterns of MeetingExtractor._venue_before.
_STRONG_STOP = re.compile("[。；;！？]")
# 外交部长王立8月20日在北京同韩国外长朴正会谈: talks written as a verb after the other party, with
# their venue (举行会谈 is read as an event held; not 会谈中, 会谈纪要: a noun)
_TALKS_AT_VENUE = re.compile(
    r"在(?P<loc>[^，。；,;\n在同与和跟]{2,30}?)(?<![将要拟])(?:同|与|跟)[^，。；,;\n]{2,30}?(?<![举进])(?<!举行)(?<!进行)"
    r"(?P<name>会谈|会晤)(?=[，。；,;\n]|$|并|时|后)"
)


# 艺术家、评论家在京聚会讨论…, 老战士在沪欢聚: a headline telling the gathering at a place with a verb of gathering, not by
# the meeting's name; the page's one meeting, its body naming no venue, is held there, as the headline's 在X举行 gives its
# place (GUIDELINES §3 fourteenth round; 在京 → 北京, twenty-seventh round; found in 1998 newspaper copy)
_HEADLINE_GATHERED_AT = re.compile("在(?P<loc>[^，。；、\\s在]{1,8}?)(?:聚会|聚首|相聚|欢聚|集会|聚集|座谈|研讨)")


# Most (venue, dateline city) pairs whose cleaned venue MeetingPlaces.clean_location keeps (a function of the two
# strings alone, asked again by the readings of one page and of pages sharing a sentence).
CLEANED_PLACES_CACHE_SIZE = 4096


# 来到某村调研, 走进敬老院看望老人: the verbs of a visit, whose place then holds no event carried out after it.
_VISIT_VERBS = "调研|考察|视察|参观|检查|慰问|走访|看望|督导"
# 在广州期间，(…出席了…仪式): the place the subject stays at, opening the sentence (a place: places.stay_place).
# (在沪期间，…会见了…: a big city's one-character short name, written in full by clean_location)
_DURING_STAY = re.compile(r"(?:^|[，,]\s*)在(?P<place>" + CITY_SHORT_CHARS + r"|[\u4e00-\u9fff]{2,10}?)期间[，,]")
# 来到幸福里小区，(主持召开…): a clause of going to a place right before the verb of holding (a visit's own verb after the
# place, 来到某村调研, names no venue of the meeting).
_WENT_TO_CLAUSE = re.compile(r"(?:来到|走进)(?P<place>(?:(?!" + _VISIT_VERBS + r")[^，。；,;：:\n]){2,20})[，,]?\s*$")
# 到中国使馆(参加), 去北京(参加), 赴省城(出席), 前往上海(参加): the place an attendee goes to, written right before the verb
# of attending (not 到会, 回到: arriving at the meeting itself, coming back; not 去年, 过去: a time)
_GONE_TO_ATTEND = re.compile(r"(?:(?<![送得做办提收找遇想见来回达报走直感受派驻])到(?![会场])|(?<![过失除回离上下进出来])去(?![年世])"
                             r"|赴|来到|前往|赶到|赶赴)(?P<place>[^，。；,;：:到赴去\n]{2,20}?)(?:专程|特意|特地)?$")
# (正在)休假的…, (正在)度假的…: what people are doing, a short verb phrase before 的, read after 正在 (see its use); not
# 正在丹麦访问的…在哥本哈根举行的…: a visit, the place visited before its verb, another 在 naming the venue (checked there)
_DOING_DESCRIBED = re.compile("(?![^，。；,;的在]{0,6}?(?:访问|考察|视察|出访))[^，。；,;的在]{1,6}的")

# 在菲南部城市宿务举行的…论坛上, 在港口城市X, 在首都X: a name written right after a word telling it a city (cut by
# clean_location as a description) is a place, not a body holding the meeting (GUIDELINES §3 location; 27th round: a
# place in a referred meeting is its location). Found in 1998 newspaper copy (pd_0946).
_CITY_WORDS_BEFORE = ("城市", "港市", "首都", "首府", "省会")


def _described_city(raw: str | None, loc: str) -> bool:
    """Whether the venue ``loc`` read from ``raw`` (what followed 在) is written right after a city word."""
    if raw is None:
        return False
    told = raw.strip()
    return told.endswith(loc) and told[: len(told) - len(loc)].endswith(_CITY_WORDS_BEFORE)


# 200多人欢聚什刹海武术馆(举行…), 80余名企业家齐聚江城宾馆(召开…), 师生欢聚一堂(举行…): people gathering at a place as
# the subject of holding; what stands before the verb of gathering is who, what after it where (一堂, 一起: nowhere named).
_GATHERED_AT = re.compile(r"(?P<who>[^，。；,;]{2,30}?)(?:欢聚|齐聚|相聚|聚首|汇聚|云集|聚集)(?:在|于)?(?P<place>[^，。；,;]{2,20})")
_GATHERED_NO_PLACE = re.compile("一堂|一起|一处|一地|一块|一室|此地|这里|此间")
# …在巴西圣保罗正式启动, 在法国巴黎开幕: an activity's launch or opening told with its place at the end of a clause.
_LAUNCHED_AT = re.compile(r"在(?P<loc>[^，。；在\d]{2,20}?)(?:正式|隆重|顺利|同步|同时|全面)?(?:启动|开幕|开启|揭幕)\s*$")
# 在全市范围内, 在各县区, 在本地: a launch's scope (all of an area, each of its parts), no venue of the meeting held with it;
# the determiner with a level or area word after it (not 本溪市, 全椒县, 全州县: a place whose own name opens with 本/全).
_LAUNCH_SCOPE = re.compile("^[全各本该此每](?:县区|乡镇|街道|[省市州县区镇乡村国地城域境])(?![省市州县区镇乡])|范围|各地")

# A room closing the subject of 召开/举行 (县人民医院门诊楼五楼会议室召开了…, 江城大学图书馆报告厅举行了…): where the meeting
# was held, not who held it; the body the room belongs to, named before it, holds it (GUIDELINES §3 ninth round: a building
# before 举行 is no organizer, the body it belongs to is; thirty-first review round: the room is the venue).
_ROOM_SUBJECT_END = re.compile("(?:会议室|报告厅|多功能厅|礼堂|活动室|会议厅|演播厅|学术厅|阶梯教室|会堂)(?:内|里)?$")


# …主持召开县政府第28次常务会议，在县政府四楼常务会议室传达学习…, 召开党委会，在镇政府二楼会议室听取…: a room or hall
# opening the clause right after the meeting's, where its business is done (GUIDELINES §3 thirty-second round); not 在会上,
# 在全县范围内 (no room), nor 会后在… (after the meeting).
# (…举办“模范父亲表扬大会”，于乡立活动中心表扬本年度模范父亲十二位: 于 like 在, and the commendation a commendation meeting
# holds is its business, GUIDELINES §3 thirty-sixth review round)
_ROOM_OF_BUSINESS_AFTER = re.compile(r"[”」』]?[，,]\s*[在于](?P<loc>[^，。；,;在于]{2,30}?(?:厅|堂|馆|室|中心|大厦|酒店|宾馆|饭店|楼|党校|会场))"
                                     r"(?:内|里)?(?:集中|专题|认真)?(?:传达|学习|贯彻|研究|部署|审议|讨论|通报|听取|总结|表扬|表彰)")
_HOLDING_BEFORE = re.compile("召开|举行|举办|主持")


def _room_of_business_after(meeting: dict[str, Any]) -> str | None:
    """The room ``meeting``'s own sentence names opening the clause after the meeting's held (…召开…常务会议，在四楼会议室
    传达学习…), where the meeting did its business; ``None`` when none is told so."""
    told = meeting["evidence"]["text"]
    at = told.find(meeting["name"])
    if at < 0 or _HOLDING_BEFORE.search(told, 0, at) is None:
        return None
    m = _ROOM_OF_BUSINESS_AFTER.match(told, at + len(meeting["name"]))
    return m["loc"] if m else None


# The venue set off by a comma in the clause right before the one of holding, perhaps after its subject and day
# (5月6日，在县委党校，…培训班开班; 市委宣传部在市文化中心，召开…).
_FRONTED_CLAUSE_VENUE = re.compile(r"(?:^|[，,：:])\s*(?P<org>[^，。；,;在\d]{2,20}?)?(?:上午|下午|晚上)?在(?P<loc>[^，。；,;在]{2,30})[，,]\s*$")
# What makes the fronted clause no bare venue: an act told in it (活动在各县区同步启动，…), or a scope (在全市, 在各县区).
_FRONTED_NOT_VENUE = re.compile("启动|召开|举行|举办|开展|开幕|进行|组织|^[全各]")
# A place's self-reference before a venue (我市新时代文明实践中心, 本县青少年科技馆): the page's own place, not the venue's name.
_OWN_PLACE_VENUE = re.compile("[我本](?P<level>[省市县区州旗镇乡])(?=[\u4e00-\u9fff“「]{3})")
# A clause opening on the partner of the meeting alone (与村干部, 同村党支部共同, 与社区党委联合): its subject is the one the
# clause before tells.
_PARTNER_ONLY = re.compile("(?:与|同|跟|和)(?!会)[^，。；,;]{2,20}?(?:共同|联合|一起|一道)?")
# 市委、市政府邀集全市老干部和各界来宾，(在…举行…): a subject that gathered or invited people, set off by a comma from the
# place of holding (GUIDELINES §3 organizer, thirty-eighth review round; the gathered people are cut as before 召开).
# (not 应市政府邀请前来的专家学者，…, 受市委邀请的…: an invitation received, 邀请 followed by how the invited came or by 的,
# tells people invited, no body inviting them; 应急管理局邀请专家，… stays)
_INVITATION_RECEIVED = r"(?:应|受|承蒙|经)[^，。；,;：:邀]{2,30}?(?:的)?(?:盛情|诚挚)?邀请(?=前来|来|到|赴|参加|出席|的)"
_GATHERED_PEOPLE_THEN_COMMA = re.compile(r"(?:^|[，,：:）)]|电|讯)\s*(?!" + _INVITATION_RECEIVED + r")"
                                         r"(?P<org>[^，。；,;\s（）()]{2,40}?)(?:召集(?!人)|邀集|邀请(?![赛函]))"
                                         r"[^，。；,;]{2,40}[，,]\s*$")
_BODIES_THEN_COMMA = re.compile(r"(?:^|[）)]|电|讯)\s*(?P<bodies>[^，。；,;、\s（）()]{2,30}(?:、[^，。；,;、\s（）()]{2,30})+)[，,]\s*$")


# A venue told with its scene in a clause before the meeting's (…，某宾馆大礼堂座无虚席，…在这里召开…).
# (村委会大院里锣鼓喧天, 村部院坝内人头攒动, 文化礼堂里座无虚席: a village's yard or hall as the scene, like a hotel's)
# (株洲县白关镇鼓乐喧天，…启动仪式在这里举行, 石桥村锣鼓喧天: a town, village or county named by its level word as the
# scene, 这里 pointing back to it, GUIDELINES §3 location, thirty-first review round)
# (黄浦江畔的某某塔前热闹非凡, 某街的牌坊前更是锣鼓喧天, 某酒楼更是华灯四放: the front of a landmark, or a restaurant, as
# the scene, perhaps with 更是 before the words of the scene; thirty-eighth review round)
# (某大学第二学生餐厅内张灯结彩, 职工食堂里座无虚席: a dining hall as the scene, like a restaurant; thirty-ninth round)
_SCENE_BEFORE = re.compile(
    r"(?:^|[，,])\s*(?P<place>[^，。；,;\d]{2,20}?(?:礼堂|会堂|大厅|会议室|报告厅|宾馆|饭店|酒店|酒楼|餐厅|食堂|广场|体育馆|体育场|剧场|剧院|中心|俱乐部"
    r"|大院|院坝|院子|晒场|活动室|文化室|(?:塔|牌坊|牌楼|纪念碑|城楼|大门)前|(?<![全各本该])[省市县区州旗镇乡村]))"
    r"(?:里|内)?(?:更是|又是)?(?:座无虚席|鼓乐喧天|锣鼓喧天|灯火辉煌|张灯结彩|彩旗飘扬|人头攒动|热闹非凡|掌声雷动|喜气洋洋|高朋满座|气氛热烈"
    r"|洋溢着|华灯四放|华灯齐放|人声鼎沸)"
    r"[^，。；,;]*[，,。]")


# 在同样的地点会见…, 在同一地点举行…: the venue by a word pointing back (places.ANAPHORIC_VENUE)
_AT_ANAPHORIC_VENUE = re.compile("[在于](?:" + ANAPHORIC_VENUE.pattern + ")")
# 在近日于巴黎举行的…上, 于台北举行的…: after 于 in an attribute of holding stands where (or when) it was held, never who
# holds it (GUIDELINES §3 location, thirtieth review round); not 由…, 对…, 关于…, 至于….
# (在)这台由…, 由…: a 由 agent, with a determiner and measure word pointing at the event or none, opens no venue
# (GUIDELINES §3 location, thirty-eighth review round).
_AGENT_OPENING = re.compile(r"(?:这[台场次]|[此本该]次)?由")
_YU_VENUE = re.compile(r"(?<![由对关至属])[于於][^于於，。；\d]{2,20}$")
# 于去年底召开的, 于今年初举行的, 于元旦前夕…: a time after 于, no venue.
# (于当晚, 于元旦, 于除夕, 于中秋: a part of the day or a festival; a place whose name holds one of these, 长春, is missed
# rather than a time taken for a venue)
_YU_TIME = re.compile("[年月日天周旬季晚晨午夜旦节夕宵秋春冬夏际刻期间]|[初底末中]$|[前后]$|时|近期|不久|以来")
# 在日前召开的…, 在今天上午举行的…: only a time between 在 and the verb of holding.
# (在二十二日举行的…, 在十二月三日召开的…: the day in Chinese numerals, as newspaper copy writes it)
_DAY_TOLD = rf"(?:{DATE_NUMBER}月)?{DATE_NUMBER}日"
_TIME_ALONE = re.compile(r"(?:日前|近日|今天|今日|昨天|昨日|前天|当天|当日|" + _DAY_TOLD + r")(?:上午|下午|晚上)?")
# 中宣部(在日前召开的…上): the subject opening its clause right before 在, a name with no verb or mark in it.
# (国际清算银行8日在…举行的…, 某商会今天在纽约举行的…: the subject's own day may stand between it and 在)
_SUBJECT_BEFORE_AT = re.compile(r"(?:^|(?<=[，。；：:\s）)]))(?P<org>[\u4e00-\u9fff]{2,20}?)(?:" + _TIME_ALONE.pattern + ")?$")
# 在纽约举行的…, 在5月6日在…: the venue read after 在, perhaps after a day of its own (no body: read above as the holder).
_PLACE_AFTER_TIME = re.compile(r"(?:" + _TIME_ALONE.pattern + r")?[\u4e00-\u9fff]{1,20}")


class MeetingPlaces:
    """The venue readings of MeetingExtractor."""

    def _scene_just_before(self, doc: Document, sentence: Sentence) -> str | None:
        """The place told as the scene (某酒楼更是华灯四放，笑语盈室。) in the sentence right before ``sentence``, in its
        paragraph: 在此/在这里 in ``sentence`` points back to it, as to people told gathered there (GUIDELINES §3 location,
        thirty-first and thirty-eighth review rounds); ``None`` when that sentence tells no such scene or ``sentence`` opens
        a paragraph of its own."""
        # (the scene told in the paragraph before lends nothing: "" there)
        scene = _SCENE_BEFORE.search(previous_sentence_in_paragraph(doc.clean_text, sentence.start))
        return self.clean_location(scene["place"]) if scene else None

    @staticmethod
    @functools.lru_cache(maxsize=CLEANED_PLACES_CACHE_SIZE)
    def clean_location(loc: str | None, here: str | None = None) -> str | None:
        """A venue without the date and time caught before it (6月28日下午在北京人民大会堂);
        a city's one-character short name in full (在京 -> 北京); ``here``, the city of the dateline the
        meeting is told under, for 在这里 or 此间 (GUIDELINES §11: they name it)."""
        if not loc:
            return None
        caught = loc.strip()
        if _AGENT_OPENING.match(caught) and not _STATE_BODY_END.search(caught):
            # (在这台由江城中学举办的联欢会上: the 由 agent of the event, never its venue; a body of the state there,
            # 由市妇联, is read as the organizer by the caller, which needs the words kept)
            return None
        loc = _DATE.sub("", loc)
        # (正在韩国访问的外交部长李某3日在首尔同…: the country of the guest's visit, then the guest, then the venue
        # of the talks after the last 在)
        loc = _VISIT_BEFORE_VENUE.sub("", loc)
        # (于6月14日（星期五）上午在体育馆: the weekday in brackets after the date)
        loc = _WEEKDAY_PREFIX.sub("", loc)
        if loc.strip() != caught:
            loc = _BARE_WEEKDAY_PREFIX.sub("", loc)
            loc = _DAY_OF_MONTH_PREFIX.sub("", loc)
        # (于重阳节（10月11日）中午在…, 教师节前夕（9月27日）在…: a holiday whose date in brackets was cut)
        loc = _EMPTIED_DATE_BRACKET.sub("", loc) if loc.strip() != caught else loc
        # (于今年5月6日上午在…, 于今年5月上旬在…: the year word left by the date, or a part of a month, before the venue)
        loc = _YEAR_WORD_BEFORE_VENUE.sub("", loc.strip())
        # (…下午2时假桃园展演中心: 假 before a venue after a clock time, Hong Kong, Macau and Taiwan usage; not 假日酒店)
        # (but 假 alone before a venue caught as it stands, nothing cut before it, is the venue's own: 在假山广场)
        cut = loc.strip() != caught
        loc = loc.strip()
        head = _TIME_BEFORE_VENUE.match(loc)  # (anchored, every part optional: it always matches)
        if head is not None and not (head.group() == head["jia"] and not cut):
            loc = loc[head.end() :]
        loc = loc.strip("，,、 　")
        loc = _OWNER_PRONOUN_PREFIX.sub("", loc)
        loc = _MANNER_END.sub("", loc)  # 在总行五楼会议室以视频形式(召开)
        loc = _TOPIC_TAIL.sub("", loc)  # 在华信大厦就…的合作(举行座谈会)
        # (在市委会议室主持召开, 在县工人文化宫组织举办, 在人民大会堂也会见了; not 世界卫生组织)
        loc = _GATHERED.sub("", loc)
        # (在政府总部主持行政会议前会见传媒: the place, then a clause of what was done before; not 在会前)
        loc = _LOC_ACT_TIME_TAIL.sub("", loc)
        # (在金陵饭店宴会厅盛大举行, 在…如期举行, 简朴而隆重地: the manner, not the place)
        loc = _LOC_MANNER_TAIL.sub("", loc)
        # (在江城宾馆签署合作协议后联合举行, 在北京签订协议后随即举行: a joint or order word after the earlier act, then
        # the act's tail again, GUIDELINES §3 location twenty-ninth and thirtieth review rounds)
        loc = _LOC_ACT_TIME_TAIL.sub("", _LOC_ORDER_TAIL.sub("", loc))
        # (在县会议中心圆满完成各项议程后闭幕: the venue, then the agenda done)
        loc = _LOC_AGENDA_DONE.sub(r"\1", loc)
        if _LOC_SCENE_END.search(loc) or _SCENE_NOT_PLACE.search(loc):
            # 在雄壮的国歌声中开幕, 在热烈的气氛中: the mood; 在圆满完成各项议程后闭幕, 在省人代会后主持召开: a time, not
            # a place
            return None
        if loc in _CITY_SHORT_NAMES:
            return _CITY_SHORT_NAMES[loc]
        if _OUR_REGION.fullmatch(loc):
            return None  # 在我县召开: the reporting place by a deictic word, no venue named (GUIDELINES §3 location)
        if _OWN_BODY_VENUE.fullmatch(loc):
            return None  # 在我校召开, 在本院举行: the reporting body by a pronoun, no venue named (only 在我校/本校召开 is read later, as the one school hosting named: _OWN_BODY_HELD;
            # 在本院/我局召开 likewise with the one body of its kind hosting: _OWN_BODY_HELD; 本所, 我公司 … stay null)
        if _OWN_PERSON_VENUE.fullmatch(loc):
            return None  # 在自己的寓所会见…: the subject's own place by a pronoun, no venue named (GUIDELINES §3 location)
        if _EVENT_SCENE.fullmatch(loc):
            return None  # 在典礼现场为新生上了…: the scene of the event just told, no venue named (it holds that event's)
        if _LOC_TIME_ONLY.fullmatch(loc) or _LOC_PERIOD_ONLY.fullmatch(loc):
            return None  # 在会前会见…: a time, not a place
        if _ONLINE_ONLY.fullmatch(loc):
            return None  # 于線上以視訊方式召開: held online, no venue (the invented gold's 以视频连线方式 has none)
        if _SEVERAL_SITES.search(loc):
            return None  # 赴甲园区、乙基地等地现场观摩: several sites listed, no single venue
        if (relative := _WITH_PLACE_RELATIVE.match(loc)) and not _MEETING_WITH_PARTY.search(relative["rel"]):
            loc = loc[relative.end():]  # 在与江城县交界的白石镇: the venue is the head after 的
        elif _WITH_PARTY_OPENING.match(loc):
            return None  # 在与俄罗斯举行会谈后: 在…后 frames a time, 与 names the other party; no venue
        if _HERE_WITH.fullmatch(loc):
            return here  # 今天在这里举行, 在此间同…举行了会谈: the dateline's city (None when there is none)
        loc = _HERE_DESCRIPTION.sub("", loc)  # 在这里的“友谊”饭店: the venue named after where it lies
        loc = _PRAISE_BEFORE_VENUE.sub("", loc)  # 在著名的世界金融中心: the venue named, the praise no part of it
        if _HERE_OPENING.match(loc):
            return None  # 正在这里访问的…: the dateline's city, not named here (and what follows is a clause)
        if _VISIT_CLAUSE.match(loc):
            return None
        if _LOC_CIRCUMSTANCE.search(loc):
            return None  # 在市委书记李某的陪同下, 在百忙之中: company or circumstance, not a place
        loc = _SUBSIDIARY_PREFIX.sub("", loc)  # 川投集团下属的川南发电公司
        loc = _OWN_SCHOOL_BEFORE.sub("", loc)  # 在我校法学院模拟法庭: the room, the reporting school unnamed
        # (在该院审委会会议室, 在该公司三楼会议室: the body named before, a reference, then its own room)
        # (在该组织马德里总部举行的…: the organization named before, then its headquarters)
        loc = _THIS_BODY_PREFIX.sub("", loc)
        # (在位于滨河路的区政协机关大楼, 赴对口帮扶的石门村: where the venue stands or how the body is paired with it)
        loc = _LOCATED_IN_PREFIX.sub("", loc)
        loc = _HIS_PREFIX.sub("", loc)  # 他的家乡湖南祁阳县
        loc = _WHOSE_HOME_PREFIX.sub("", loc)  # 这位伟人的故乡江苏淮安市: the place named
        loc = _SEAT_PREFIX.sub("", loc)  # 贝宁政府所在地科托努: the place named
        loc = _CAPITAL_DESCRIPTION.sub("", loc)  # 在省会长沙: the city named
        if (nickname := _CITY_NICKNAME.match(loc)) and loc[nickname.end() :] in _PROVINCIAL_PLACES:
            loc = loc[nickname.end() :]  # 在泉城济南, 在春城昆明: the city named, its nickname before it no part of it
        loc = _WHEREABOUTS_DESCRIPTION.sub("", loc)  # 来到村里的岩脚组: the place named
        loc = _CITY_DESCRIPTION.sub("", loc)  # 在埃及南部城市卢克索, 在塞尔维亚首都贝尔格莱德: the city named
        # 雷克雅未克与当地企业(举行签约仪式): the other party after the place; a conjunction only after two
        # characters of a name (not 呼和浩特, 和平饭店, 通和大厦: 和 inside a place's own name), and no 和 that
        # starts a venue's name after the city (呼和浩特和平饭店, 厦门和谐广场: what follows ends as a venue)
        # (分别在市人大会议室和市政协会议室召开: two venues joined, each ending as one, the first kept)
        loc = re.sub("^([^，。]{2,}?" + _VENUE_NAME_END + ")和[^，。]{2,}" + _VENUE_NAME_END + "$", r"\1", loc)
        # (市文化和旅游局, 市住房和城乡建设局: a bureau named for two sectors joined by 和, not a body and another; not
        # 市政府和市财政局, where a body's own last word comes before the 和)
        if city := _CITY_SHORT_THEN_PARTY.match(loc):
            return _CITY_SHORT_NAMES[city["city"]]  # 在京与…举行会谈: the city, the party after it no part of the venue
        loc = re.sub("(?<=[\u4e00-\u9fff]{2})(?:与|同|(?!和[^，。]*" + _VENUE_NAME_END + "$)(?!" + _SECTORS_BUREAU + ")和|跟)"
                     "[^，。]{2,}$", "", loc)
        loc = _FOR_VISITOR_TAIL.sub("", loc)  # 人民大会堂东门外广场为来访的…总统(举行欢迎仪式)
        # 人民大会堂东门外广场为拉克森(举行欢迎仪式): after a venue's last word, 为 opens the one the event is held for
        loc = _HALL_FOR_TAIL.sub("", loc)
        loc = _TIMES_TAIL.sub("", loc)  # 在白宫两度同…举行会谈: how often, not where (先后: in what order)
        # (在第三居民小组的院坝里, 在村委会议室里, 在礼堂内: 里/内 after a venue's last word says "inside", no part of it)
        # (在五楼会议室中举行: 中 after a room's last word likewise)
        loc = _INSIDE_TAIL.sub("", loc)
        # (在温暖的蔬菜大棚中, 在修缮一新的古戏台中: the description before 的 is no part of the venue; not 学校的礼堂,
        # 县委的会议室: a body's room)
        loc = _DESCRIBED_VENUE.sub("", loc)
        loc = _DESCRIBED_NAMED_VENUE.sub("", loc)  # 在新落成的北京市科技活动中心: the venue named
        if ANAPHORIC_VENUE.fullmatch(loc):
            return None  # 在同样的地点会见…: a venue told before, by a pointing word (resolved by the extractor)
        return loc if len(loc) >= 2 else None

    def _venue_before(self, doc: Document, sentence: Sentence, kind: str, m: re.Match[str], text: str) -> str | None:
        """The venue of an active meeting that its pattern left unread: written in the subject (在京,
        并在镇政府, 前往…纪念馆) or, for a lecture, after 在 before the verb (在区委党校以《…》为题讲授)."""
        subject = m.groupdict().get("org") or ""
        inside = None
        if kind == "lecture":
            found = list(_LECTURE_VENUE.finditer(text, 0, m.start("name")))
            # (走进城关第一小学，为全校师生讲了一堂法治课: the place gone to before those taught)
            found = found or list(_LECTURE_GONE_TO.finditer(text, 0, m.start("name")))
            # (6月27日下午，在局机关五楼会议室，局长…为全局党员干部讲授…: the venue set in a clause of its own before the
            # lecturer)
            found = found or list(_FRONTED_VENUE.finditer(text, 0, m.start("name")))
            loc = self.clean_location(found[-1]["loc"]) if found else None
        else:
            inside = _VENUE_IN_SUBJECT.search(subject)
            gone = _GONE_TO.search(subject)
            if inside and inside["city"]:
                return _CITY_SHORT_NAMES[inside["city"]]
            loc = self.clean_location(inside["loc"] if inside else gone["place"] if gone else None)
            fronted = None if loc or inside or gone else \
                next(iter(reversed(list(_FRONTED_VENUE.finditer(text, 0, m.start("name"))))), None)
            if fronted and not _STRONG_STOP.search(text[fronted.end() : m.start("name")]):
                # (在石板村村委会门前的院坝里，村党总支书记何某主持召开…院坝会: the venue set before the clause)
                loc = self.clean_location(fronted["loc"])
                return loc if loc and self._is_place(doc, sentence, loc, _VENUE_EXTRA) else None
        # (镇政府 after 并在 is a venue: the subject was given before, so 政府 names no organizer here; so is any body's
        # name there, 调研组…，并在市应急管理局召开座谈会: the subject acted in the clause before and meets at the body's
        # premises, GUIDELINES §3 location; not a body after a bare 在, which may hold the meeting itself)
        if loc and inside and subject.startswith(("并", "又", "还", "也")) and _HOLDER_END.search(loc) \
                and not _NOT_A_PLACE.search(loc):
            return loc
        return loc if loc and any(self._is_place(doc, sentence, loc, extra)
                                  for extra in (_VENUE_EXTRA, _ATTRIBUTIVE_VENUE_EXTRA)) else None

    def _place_before_talks(self, doc: Document, sentence: Sentence, text: str, at: int) -> str | None:
        """The place gone to in the clause before talks whose party opens at ``at`` (X到Y公司宣讲…，并与企业职工座谈 -> Y公司)."""
        gone = _GONE_TO_BEFORE_TALKS.search(text, 0, at)
        loc = self.clean_location(gone["loc"]) if gone else None
        return loc if loc and self._is_place(doc, sentence, loc, _VENUE_EXTRA) else None

    def _lecture_venue(self, doc: Document, sentence: Sentence, end: int) -> str | None:
        """The venue written after 在 before a lecture's verb, up to ``end`` in ``sentence.text``
        (在湖南大学复临舍报告厅作了题为《…》的学术报告); None when it reads as no place."""
        found = list(_LECTURE_VENUE.finditer(sentence.text, 0, end))
        loc = self.clean_location(found[-1]["loc"]) if found else None
        return loc if loc and any(self._is_place(doc, sentence, loc, extra)
                                  for extra in (_VENUE_EXTRA, _ATTRIBUTIVE_VENUE_EXTRA)) else None

    @staticmethod
    def _is_place(doc: Document, sentence: Sentence, loc: str, extra: re.Pattern[str]) -> bool:
        """Whether ``loc`` (read after 在 in ``sentence``) names a venue or a place: a usual venue
        ending, one of ``extra``, a city's short name, a place the entity tagger found there, or the city of the
        dateline the sentence is told under (新华社太原8月24日电 …在太原召开的座谈会上)."""
        if _NOT_A_PLACE.search(loc):
            return False
        return bool(_VENUE_END.search(loc) or extra.search(loc) or loc in _CITY_SHORT_NAMES or loc in _PROVINCIAL_PLACES or any(
            e.type == "LOC" and e.text == loc and sentence.start <= e.start < sentence.end for e in doc.entities)
            or loc == _dateline_city(doc.clean_text, sentence.end))

    def _visited_place(self, doc: Document, sentence: Sentence, text: str, end: int) -> str | None:
        """The place a guest is told visiting (正在伊拉克访问的…, 正在法国进行国事访问的…) in ``text`` (the text of
        ``sentence``) before offset ``end``, where talks that guest holds are located (GUIDELINES §3 twenty-second
        round); ``None`` when none is told or what follows 正在 does not read as a place: a level word ending it, a
        post the tagger found right after it somewhere in ``doc`` (伊拉克副总理), or a venue :meth:`_is_place` reads."""
        visiting = _VISITING_PLACE.search(text, 0, end)
        if visiting is None:
            return None
        place = visiting["place"]
        if place.endswith(_VISITED_LEVELS) or self._is_place(doc, sentence, place, _VENUE_EXTRA) or any(
                e.type == "TITLE" and doc.clean_text[max(0, e.start - len(place)) : e.start] == place for e in doc.entities):
            return self.clean_location(place)
        return None

    @staticmethod
    def _places_only(doc: Document, sentence: Sentence, loc: str) -> bool:
        """Whether ``loc`` is places the entity tagger found in ``sentence``, one after another (瑞士达沃斯); never a
        name ending like a body (美国大迈阿密商会: the tagger's place, then 商会, holds the meeting)."""
        if _HOLDER_END.search(loc) or loc.endswith(_ORG_ENDING_HUI):
            return False
        names = longest_first({e.text for e in doc.entities if e.type == "LOC" and sentence.start <= e.start < sentence.end})
        rest = loc
        while rest:
            word = next((n for n in names if n and rest.startswith(n)), None)
            if word is None:
                return False
            rest = rest[len(word) :]
        return bool(loc)

    def _rite_act_place(self, doc: Document, meeting: dict[str, Any]) -> str | None:
        """The place of the act a rite is named after (开工典礼, 颁奖仪式, 开馆仪式), told before the rite with that
        place (工程今天在浦东外高桥宣告开工。…副总理出席了今天的开工典礼 → 浦东外高桥; GUIDELINES §3 location, thirtieth
        review round: the rite's own act placed is the rite placed, as a signing's or a conferring's place is its
        ceremony's). Read in the rite's own sentence before its name and up to :data:`_RITE_ACT_WINDOW` characters back
        within the rite's item; ``None`` when the act is ahead or of another time, when the rite is told of another time,
        or when what follows 在 reads as no place."""
        rite = _RITE_OF_ACT.search(meeting["name"].strip("“”\"「」"))
        evidence = meeting["evidence"]
        if rite is None:
            return None
        text = doc.clean_text
        start = evidence["clean_start"]
        told = evidence["text"]
        at_name = told.find(meeting["name"])
        if _RITE_OTHER_TIME.search(told, 0, at_name if at_name >= 0 else len(told)) \
                or _RITE_OWN_PLACE.search(told, 0, at_name if at_name >= 0 else 0):
            return None
        window_start = max(0, start - _RITE_ACT_WINDOW)
        openings = list(_ITEM_OPENING.finditer(text, window_start, start))
        window_start = openings[-1].end() if openings else window_start
        end = start + (at_name if at_name >= 0 else 0)
        acts = list(_ACT_AT[rite["act"]].finditer(text, window_start, end))
        if not acts:
            return None
        act = acts[-1]
        clause_start = max(text.rfind(mark, window_start, act.start()) for mark in "，。；！？\n")
        if _ACT_NOT_NOW.search(text, max(clause_start + 1, window_start), act.start()):
            return None
        here = _dateline_city(text, act.end())
        loc = self.clean_location(act["loc"], here)
        if not loc or _NOT_A_PLACE.search(loc):
            return None
        at = act.start("loc")
        tagged = any(e.type == "LOC" and at <= e.start < at + len(act["loc"]) for e in doc.entities)
        if _VENUE_END.search(loc) or _VENUE_EXTRA.search(loc) or _SITE_END.search(loc) or tagged \
                or loc in _CITY_SHORT_NAMES or loc in PROVINCIAL_PLACES or loc == here:
            return loc
        return None

    def _headline_gathering_place(self, doc: Document, title: str) -> str | None:
        """The place of a gathering the headline tells with a verb of gathering instead of the meeting's name
        (艺术家、评论家在京聚会讨论…): a city's short name in full, or a place the tagger found; ``None`` otherwise.
        The caller reads it only for a page's one meeting whose body names no venue."""
        gathered = _HEADLINE_GATHERED_AT.search(title)
        if gathered is None or _PLANNED.search(title):
            return None
        loc = gathered["loc"]
        if any(told["loc"] != loc for told in _HEADLINE_GATHERED_AT.finditer(doc.clean_text)):
            return None  # (…艺术家在江城宾馆聚会: the body names the gathering's own venue)
        if loc in _CITY_SHORT_NAMES:
            return _CITY_SHORT_NAMES[loc]
        return loc if loc in _PROVINCIAL_PLACES or any(e.type == "LOC" and e.text == loc for e in doc.entities) else None

    def _headline_venue(self, doc: Document, title: str, name: str) -> str | None:
        """The venue the headline states for the main meeting when its body states none (青山县在县行政中心召开
        项目建设推进会 over 4月15日，青山县召开2024年重点项目建设推进会…): the headline restates a body fact
        (GUIDELINES §1), so its venue is the meeting's. Only a headline holding this meeting (by name) and not
        a planned one; the venue must read as a place."""
        titled = self.match(title)
        if not titled or titled[1] not in ("active", "passive") or _PLANNED.search(title) \
                or not titled[0].groupdict().get("loc") or not self._same(self.clean_name(titled[0]["name"]), name):
            return None
        loc = self.clean_location(titled[0]["loc"])
        if not loc or _NOT_A_PLACE.search(loc):
            return None
        if _VENUE_END.search(loc) or _VENUE_EXTRA.search(loc) or _ATTRIBUTIVE_VENUE_EXTRA.search(loc) \
                or loc in _CITY_SHORT_NAMES.values() or any(e.type == "LOC" and e.text == loc for e in doc.entities):
            return loc
        return None


# (not 全市法院, 各级法院, 基层法院, 上级法院, 两级法院, 该院: a scope or a reference, no court's name)
_COURT_SCOPE = re.compile("全[省市区县]|各级|各地|基层|两级|三级|上级|下级")
# The marks and prepositions a court's name may follow (…，江城区人民法院; 由江城区人民法院…); verbs of going to one
# (走进, 来到, 赴) as well where the body is read as a venue (see `_one_named_court`).
_COURT_OPENERS = "，。；、\\s：:（(从在于据对由与和向"
_COURT_GONE_TO = "进到赴"
# A source named before the court (据江城县人民法院消息, 记者从江城市人民检察院获悉): 据 opens no court's name, and
# 据 or 从 inside the run ends what stands before the name (GUIDELINES §3: the source is no part of the organizer).
_SOURCE_WORDS = "据从"


def _named_court_pattern(kinds: str, gone_to: bool) -> str:
    """A court, procuratorate or hospital of ``kinds`` named in full (江城区人民法院) as group ``name``; with
    ``gone_to``, after a verb of going as well (走进江城县人民医院), and the name holding no conjunction and no verb of
    going (江城医学院与江城市人民医院: two bodies, the second named; 代表们来到江城县人民医院: the hospital after the
    verb), but opening on one (进贤县人民医院, 来凤县人民法院: counties)."""
    if not gone_to:
        return (rf"(?:^|(?<=[{_COURT_OPENERS}]))(?P<name>(?![该本我全各此每两基上下据])[\u4e00-\u9fff]"
                rf"(?:(?![{_SOURCE_WORDS}])[\u4e00-\u9fff]){{1,13}}?(?:{kinds}))")
    return (rf"(?:^|(?<=[{_COURT_OPENERS}{_COURT_GONE_TO}]))(?P<name>(?![该本我全各此每两基上下到在赴]|进[入驻]|来[到自])"
            rf"[\u4e00-\u9fff](?:(?![与和及进到在来赴])[\u4e00-\u9fff]){{1,13}}?(?:{kinds}))")


# 江城区人民法院, (走进)江城县人民医院: a court, procuratorate or hospital named, the body a 本院 before a room stands for.
_COURT_OR_HOSPITAL = "人民法院|法院|检察院|医院"
# 法院, 人民医院: a bare kind, no body's name.
_COURT_NOT_NAME = re.compile("^(?:人民)?(?:法院|检察院|医院)$")
# 江城医学院, 江城设计研究院: another body a 本院 may stand for (not 江城医学院附属医院: the hospital's own name; but
# 江城医学院与江城市人民医院: two bodies).
_OTHER_INSTITUTE = re.compile("(?:学院|研究院|设计院|科学院|书院|卫生院|疗养院|福利院|敬老院|养老院)"
                              "(?!(?:(?![与和及])[\u4e00-\u9fff]){0,8}?(?:医院|法院))")


# 到乡镇卫生院, 走进县福利院, 赴敬老院: an institute the hospital's or court's people go to, the place visited, not a
# second body a 本院 may be (not 受到, 得到: no going).
_INSTITUTE_GONE_TO = re.compile("(?:(?<![受得收达遇感看听想])到|走进|赴|前往)[\u4e00-\u9fff]{0,8}$")


@functools.lru_cache(maxsize=64)
def _named_court(kinds: str, gone_to: bool) -> re.Pattern[str]:
    return re.compile(_named_court_pattern(kinds, gone_to))


def _one_named_court(text: str, kinds: str, gone_to: bool = False) -> str | None:
    """The one court (or procuratorate) of ``kinds`` that ``text`` names in full (江城区人民法院); ``None`` when none or
    several are named. With ``gone_to``, the one court, procuratorate or hospital a 本院/我院 before a room stands
    for (a second body gone to counts as one more named); ``None`` too when the page names another 院 (a college, an
    institute) the 本院 may be."""
    if gone_to and any(not _INSTITUTE_GONE_TO.search(text, max(0, m.start() - 10), m.start())
                       for m in _OTHER_INSTITUTE.finditer(text)):
        return None
    found = {m["name"] for m in _named_court(kinds, gone_to).finditer(text)
             if not _COURT_SCOPE.search(m["name"]) and not (gone_to and _COURT_NOT_NAME.search(m["name"]))}
    return found.pop() if len(found) == 1 else None


# 县法院, 市法院, 区检察院: a court or procuratorate written short by its level alone, no place (see _one_level_court).
LEVEL_COURT_SHORT = re.compile("(?P<level>[市县区])(?P<kind>法院|检察院)")


def _one_level_court(text: str, short: re.Match[str]) -> str | None:
    """The one people's court or procuratorate of the level of ``short`` (LEVEL_COURT_SHORT: 县法院) that ``text`` names
    in full (江城县人民法院; a city's court may be its 中级人民法院), which the short form stands for as 县政府 does for
    …人民政府 (GUIDELINES §3 twenty-second and twenty-third review rounds); ``None`` when none or several are named."""
    return _one_named_court(text, short["level"] + ("(?:中级)?" if short["level"] == "市" else "") + "人民" + short["kind"])


# Venue readings the extractor's flow calls: the room of a venue written after 我校/本院, and the place of the
# conferring a ceremony is for. They read the venue only, so they stand here with its other readings.

# 我校, 本院, 我局 before a room (在我校学术交流中心召开; 在 before it where the room is read alone).
_OWN_ROOM_WORD = re.compile("在?[我本](?P<word>校|院|局)")

# 当天，行政长官在礼宾府为受嘉许人士颁授勋章: the conferring told with its place, no day of its own (a day told there may
# be another event's).
_CONFERRED_AT = re.compile(r"(?:当天|当日|同日|典礼上|仪式上)?[，,]?[^，。；\d]{0,30}?在(?P<loc>[^，。；在\d]{2,15}?)"
                           r"(?:为|向)[^，。；\d]{1,30}?(?:颁授|颁发|授予)")

# 次日, 去年, 曾: a day of the conferring's own told before its place, also with no comma after it (another day's act).
_CONFERRED_OTHER_DAY = re.compile("次日|翌日|隔天|第二天|[去前明昨]年|[昨明前后]天|上[月周]|下[月周]|此前|以前|曾|日前|往年")

# The next sentence, also where it opens a new paragraph.
_NEXT_LINE_SENTENCE = re.compile(r"[。！？]?\s*(?P<text>[^。！？\n]{1,120})")


def _conferring_place(text: str, meeting: dict[str, Any]) -> str | None:
    """The place of the conferring a ceremony is for, told in its own sentence or the next one with no day of its own
    (…授勋典礼。当天，行政长官在礼宾府为…颁授勋章 → 礼宾府); ``None`` when none is told or it reads as no venue."""
    following = _NEXT_LINE_SENTENCE.match(text, meeting["evidence"]["clean_end"])
    for told in (meeting["evidence"]["text"], following["text"] if following else ""):
        act = _CONFERRED_AT.match(told.strip())
        if act and (_VENUE_END.search(act["loc"]) or _VENUE_EXTRA.search(act["loc"])) \
                and not _NOT_A_PLACE.search(act["loc"]) and not _CONFERRED_OTHER_DAY.search(act.string, act.start(), act.start("loc")):
            return act["loc"]
    return None


# 开工典礼, 颁奖仪式, 开馆仪式, 落成庆典: a rite named after the one act it is held for (the act, then the rite's noun).
# Signings are read with their own ceremony elsewhere (a signing act's place gives a signing ceremony's).
_RITE_ACTS = ("颁奖", "开工", "动工", "通车", "开馆", "揭牌", "挂牌", "奠基", "竣工", "开业", "揭幕", "落成", "开通", "投产")
_RITE_OF_ACT = re.compile("(?P<act>" + "|".join(_RITE_ACTS) + ")(?:仪式|典礼|庆典)$")
# 工程今天在浦东外高桥宣告开工, 文学奖今天在人民大会堂颁奖: the act told with its place after 在, perhaps with a manner word
# between; the act as a whole word (not 开工建设的项目 counted, not 颁奖词).
_ACT_AT = {act: re.compile(r"在(?P<loc>(?:(?!举行|举办|召开)[^，。；：、在的为向\d“”「」（）()]){2,24}?)"
                          r"(?:隆重|正式|宣告|顺利|胜利|举行|全面|破土)*" + act + "(?![词金品典仪礼大会式活])") for act in _RITE_ACTS}
# (去年, 五年前, 此前: words of a time before the report's)
_ANOTHER_TIME = "去年|前年|年前|曾经?|此前|以前|往年|上届"
# 将在…开工, 计划…, 去年在…开工: an act ahead or of another time, not the rite's own.
_ACT_NOT_NOW = re.compile("将|计划|拟|准备|即将|打算|争取|预计|" + _ANOTHER_TIME)
# 五年前，李强出席了该奖的首次颁奖仪式: the rite's own sentence told of another time before its name.
_RITE_OTHER_TIME = re.compile(_ANOTHER_TIME + "|上一届|当年")
# 出席了在江南举行的开工典礼: the rite told with its own place before its name (none lent, also where that place is
# not read as one).
_RITE_OWN_PLACE = re.compile("在[^，。；]{1,24}?(?:举行|举办|召开)的")
# Sites a project's act takes place at, beyond the usual venue endings (滨江路, 江南站, 外高桥沿江大堤, 黄浦江畔).
_SITE_END = re.compile("(?:路|街|站|港|码头|桥|堤|岛|湾|工地|现场|新区|开发区|园区|畔|乡)$")
# How far back from the rite the act may be told: the rite's paragraph and the one before (a lead and a quoted
# inscription between, as wire copy has them), in characters.
_RITE_ACT_WINDOW = 300
# A dateline (…日电, …日讯, 本报讯) opens an item: an act told before the last one is another article's.
_ITEM_OPENING = re.compile("日电|日讯|本报讯")


def _own_room(told: str, location: str) -> tuple[str, str] | None:
    """The self-reference's word and the room of a venue written after 我校, 本院 or 我局 (在我校学术交流中心召开,
    在我院学术报告厅召开: ``("校", "学术交流中心")``); None for any other venue."""
    own = _OWN_ROOM_WORD.match(location)
    if own:
        return own["word"], location[own.end() :]
    before = told.find(location)
    own = _OWN_ROOM_WORD.fullmatch(told, max(0, before - 3), before) if before > 0 else None
    return (own["word"], location) if own and told[own.start()] == "在" else None
