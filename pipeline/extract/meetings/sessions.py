"""Sessions of councils, congresses and party bodies: their sittings, numbered and plenary sessions, opening rites, and
the bodies whose own session a name is.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.common import DATE_NUMBER
from pipeline.extract.meetings.names import _COUNCIL_SESSION_TOLD
from pipeline.extract.meetings.organizers import _SESSION_OF_BODY

# 党委, 党工委: a party committee of a place or of a park; 党总支, 党支部: a party branch.
_PARTY_COMMITTEES = "党委|党工委"
_PARTY_BRANCHES = "党总支|党支部"
# 第一党支部全体党员, 党总支部分党员: the members of a party or league branch, the subject of going to a place for its
# party day (the branch before the members' word).
_BRANCH_MEMBERS = re.compile("(?P<branch>[^，。；]{2,30}?(?:" + _PARTY_BRANCHES + "|支部|党小组))(?:全体|部分|在职)?(?:党员|团员)"
                             "(?:干部)?$")
# 党委理论学习中心组学习会议, 党工委…, 党支部委员会会议: a meeting name opening with a party body (not 党委书记…, 党组织…,
# 党支部书记…: the people or the bodies of a kind, no one body).
# (not 党委政府联席会议, 党委人大联席会议: a joint meeting of the place's bodies, the place its holder)
_BODY_OPENED_NAME = re.compile("(?P<body>" + _PARTY_COMMITTEES + "|党组|" + _PARTY_BRANCHES + "|纪委|团委)"
                               "(?!书记|副书记|委员(?!会)|班子|成员|织|[和与、]|政府|人大|政协)"
                               "(?=[\u4e00-\u9fff]{2})")
# 镇党委会议, 镇党委（扩大）会议, 区党工委会议: a party committee's session named by its level and body word.
_PARTY_BODY_SESSION = re.compile("(?P<level>[镇乡县区市])?(?P<body>" + _PARTY_COMMITTEES + ")(?:（扩大）|扩大)?会议")


# 31日下午，县人大常委会举行闭幕会: the subject holding a sitting, between the clause's time and the verb (the time
# words cut from it: 31日下午, 于, 随后).
_SITTING_SUBJECT = re.compile(r"(?P<subject>[^，。；,;\s]*?)(?:举行|召开|举办)了?$")
# (the day of the month is common.DATE_NUMBER, the class every day-of-month reading shares)
_SITTING_TIME = re.compile(DATE_NUMBER + r"[日号]|[上下中]午|晚上?|早上|当天|当日|同日|次日|随后|接着"
                           r"|最后|于|在")
# 大会, 会议, 本次会议: the session itself named as the sitting's holder; 大会主席团: the session's own organ
_SESSION_ITSELF = re.compile("(?:本次|此次|这次|本届)?(?:大会|会议|全会)(?:主席团)?|主席团")
# 县政协十届四次会议, 县政协第四次会议: a session named in its numbered form, the body before the numbers.
_NUMBERED_SESSION = re.compile(r"(?P<body>.+?)(?:第?[\d一二三四五六七八九十]+届)?第?(?P<nth>[\d一二三四五六七八九十]+)次(?:全体)?"
                               "(?:大会|会议|全会)")


def _sitting_of_another(meeting: dict[str, Any], span: dict[str, Any]) -> bool:
    """Whether the opening or closing sitting ``meeting`` is held by a subject other than the session ``span`` (县人大
    常委会举行闭幕会, 县运动会举行开幕大会 after 县政协第四次会议…召开): another body's sitting takes no venue of the
    session, GUIDELINES §3 twenty-first review round (the session's own sitting only); 大会举行闭幕会, 会议举行闭幕会, one
    with no subject or one that the session's name or holder ends with is the session's."""
    text = meeting["evidence"]["text"]
    at = text.find(meeting["name"])
    held = _SITTING_SUBJECT.search(text, 0, at) if at > 0 else None
    if held is None:
        return False  # (6日下午的闭幕会上: no subject told)
    subject = _SITTING_TIME.sub("", held["subject"])
    if not subject or _SESSION_ITSELF.fullmatch(subject):
        return False
    holders = [h for h in (span["name"], span["organizer"]) if h]
    session = _SESSION_OF_BODY.match(span["name"])
    if session:
        holders.append(session["org"])
    numbered, own = _NUMBERED_SESSION.fullmatch(subject), _NUMBERED_SESSION.fullmatch(span["name"])
    if numbered and own and numbered["nth"] == own["nth"]:
        # (县政协十届四次会议举行闭幕会 after 县政协第四次会议…: the same session in its numbered form, its body compared)
        subject = numbered["body"]
        holders.append(own["body"])
    return not any(h.endswith(subject) or subject.endswith(h) for h in holders)


# 市议会第20届第5次定期会昨日闭会，议长…主持闭会式: a council's closing (or opening) ceremony, told with the council's
# numbered session opening a clause of its sentence, is organized by the council (GUIDELINES §3 eleventh review round).
_COUNCIL_RITE = re.compile("(?:闭会|开会|开议)式")
# 县议会第三次定期会, 市议会第4届第6次定期大会: a council's session (its opening rite's venue is its own, see
# MeetingExtractor._opening_rite_venue).
_COUNCIL_SITTING_NAME = re.compile("议会[^，。；]{0,12}?(?:定期|临时)(?:大会|会议|会)$")

# 开幕典礼, 开议典礼, 开议式: the opening ceremony of a council's session.
_COUNCIL_OPENING_RITE = re.compile("(?:开幕|开议|开会)(?:典礼|仪式|式)")
# 市议会第4届第6次定期会今（1）日上午9时在议事厅举行开幕典礼: the numbered session the subject of holding its own
# opening ceremony (not …定期会期间，议会举行…: another clause's subject).
_COUNCIL_SESSION_OPENED = re.compile("(?P<session>" + _COUNCIL_SESSION_TOLD.pattern.replace("(?:^|(?<=[，,。；\\s]))", "", 1)
                                     + ")[^，,。；;]{0,30}?举行(?P<rite>" + _COUNCIL_OPENING_RITE.pattern + ")")
# 县议会第19届第6次定期会今（2）日上午开议，开议典礼于议事厅举行; 县第十八届人民代表大会第三次会议今日开幕，开幕式在县会堂举行:
# a council's or a congress's numbered session told opened (开议, 开幕) in the sentence's first clause (after a dated lead at
# most), its bare opening rite told held in the next: the rite is the session's part, one record named after the session
# (GUIDELINES §3 nineteenth review round: a bare opening rite told beside the meeting it opens is that meeting's part, its
# chair the meeting's host; a session's 开幕式 joins the session told by its opening). Not a fair's or a festival's opening
# (…博览会今日开幕，开幕式在…举行: only a session of a council or a congress), nor a rite named after another event.
_CONGRESS_SESSION_TOLD = ("(?P<congress>(?![该本我全各此])[^，。；,;\\s]{1,20}?(?:人民代表大会|人大|政协|政治协商会议)"
                          "[^，。；,;\\s]{0,16}?次(?:全体)?会议)")
_SESSION_OPENED_THEN_RITE = re.compile(
    r"^(?:[^，。；,;]{0,20}[，,])?\s*(?P<session>" + _COUNCIL_SESSION_TOLD.pattern.replace("(?:^|(?<=[，,。；\\s]))", "", 1)
    + "|" + _CONGRESS_SESSION_TOLD + r")[^，,。；;]{0,24}?(?:开议|开幕)[，,]\s*(?P<rite>" + _COUNCIL_OPENING_RITE.pattern + ")")
# 第二次全体会议, 第三次全体（扩大）会议: a numbered plenary sitting named by nothing else.
# (会议进行了分组审议后举行第二次全体会议: 进行了 read as the verb, the step and the real verb left in the name)
_PLENARY_SITTING = re.compile(r"(?:[^，。；,;]{2,10}?(?:之后|后)(?:举行|召开)了?)?第[一二三四五六七八九十百\d]+次全体(?:（扩大）|扩大)?会议")
# 会议, 大会, 本次会议, 会议进行了分组审议后, 大会在分组讨论后: the session held as the subject (before its verb), with an
# earlier step of the same day at most; not a body (区委, 县人大常委会) nor a person.
_SESSION_HELD_SUBJECT = re.compile(r"\s*(?:本次|此次|这次)?(?:会议|大会)(?:(?:进行了?|在)?[^，。；,;]{0,10}?(?:之后|后))?\s*")


# 镇党委(又召开…), 街道(召开…): a bare level word, or its body, as the subject: the one body of that kind the page names
# (GUIDELINES §3 fourteenth review round)
# (村“两委”又召开会议, 村党支部召开…: a village's body by its level word, the one village the page names, 板栗坳村“两委”;
# the village's level word only with its body, a bare 村 being no subject)
_GENERIC_LEVEL_BODY = re.compile("(?P<level>镇|乡|街道)(?P<body>党委|党工委|人民政府|政府|纪委|人大|办事处)?"
                                 "|(?P<village>村)(?P<village_body>[“「]两委[”」]|两委|党支部|党总支|党委|村?委会|民委员会)")
# 镇党委会议, 局党组会议: a body's name before 会议, the session of the organizer's body of that name (GUIDELINES §3
# fourteenth review round, like 县政府常务会议)
_BODY_SESSION_NAME = re.compile("(?P<level>镇|乡|街道|局|委|厅|院|校|公司|集团)(?P<body>党委|党组|党工委|党总支|纪委)"
                                r"(?:（扩大）|\(扩大\)|扩大)?会议")
# 江源县人民法院党组, 县文物局党委, 市第一医院党总支: a unit's party body, whose rooms are the unit's (本院, 我局 before a room
# stand for the unit, GUIDELINES §3 thirteenth review round)
_PARTY_BODY_OF_UNIT = re.compile("(?:(?<=[院局所厅馆])|(?<=中心|公司|集团))(?:机关)?(?:党组|党委|党总支|党支部|党工委)$")
