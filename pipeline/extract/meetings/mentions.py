"""Meetings named in passing that no article reports held (GUIDELINES §3, thirty-second review round).

A meeting noun may stand in a sentence without any one meeting being told: as a body's organ someone has the right to
attend, as a rite or gathering held every day or week, as a plural of many conferences, or as the owner of a speech
relayed with no day of its own.  These readings look at the words right around the name as the record's evidence
writes it, once every other reading has made the record; Traditional script is read alike.
"""

from __future__ import annotations

import re
from typing import Any

# 有权参加…股东大会, 有资格出席…, 無權參加…: a right to attend, in the name's own clause (not 有幸参加了…, 得以参加, 很高兴能够
# 参加今天的座谈会: attended, or a speaker at the meeting; not 应邀出席: invited and present).
_ENTITLED_TO_ATTEND = re.compile(
    "(?:有[权權](?:利)?|无[权權]|有资格|有資格)[^，。；,;！？]{0,12}?(?:参加|參加|出席|列席)"
    "[^，。；,;！？]{0,16}$")
# 每日在此举行的降旗仪式, 每天晚上举行的聚会, 每周在社区举办的读书会, 定期召开的例会: a habit told right before the name,
# with no day of its own (each day's rite, no one of them told).
# (村民们每周在这里进行一次隆重的升国旗仪式: the habit told in the name's own clause, the same reading)
_HABIT_ATTRIBUTE = re.compile(
    "(?:每[日天晚周週月年]|定期|经常|經常)[^，。；,;！？]{0,16}?"
    "(?:举行|舉行|举办|舉辦|召开|召開|进行|進行|开展|開展)[^，。；,;！？]{0,8}$")
# 一些国际会议, 许多学术会议, 不少国际研讨会, 一系列座谈会, 若干会议, 多期培训班: many conferences named as a plural, a series.
_PLURAL_HEAD = re.compile("^(?:过|過)?(?:一些|许多|許多|不少|若干|一系列|诸多|諸多|很多|众多|眾多|各种|各種|各类|各類|多(?:期|场|場|届|屆))")
# 几个月来全市先后有30多家企业召开改制大会, 近年来各地陆续有20个县举办…: bodies counted that held meetings one after
# another over a stretch, told right before the name with no day: a series, no record (GUIDELINES §3, 随后几天，各村陆续
# 召开… and 累计召开座谈会300场; thirty-sixth review round); not 5月6日，10家企业分别召开…: one stated day, one record.
_COUNTED_HOLDERS_IN_TURN = re.compile(
    "(?:先后|陆续|陸續|相继|相繼)(?:有|共有)?(?:[\\d一二三四五六七八九十百千]+|[几幾]十)[余多]?(?:家|个|個|所)"
    "[^，。；,;！？\\d]{0,10}?(?:召开|召開|举行|舉行|举办|舉辦)了?$")
# 在一中全会的讲话中, 在…作代会上的讲话中: the meeting as the owner of a speech relayed (the speech's source, as …会议精神).
_SPEECH_OWNER_AFTER = re.compile("[”」』]?(?:上|上面)?的(?:重要)?(?:讲话|講話)(?:中|里|裡|精神)")
_SPEECH_OWNER_BEFORE = re.compile("在$")


# 观看了由…举办的“…”芭蕾舞专场晚会: a gala told as a show the subject watched (a show, no meeting, GUIDELINES §3).
_GALA_WATCHED = re.compile("(?:观看|觀看|观赏|觀賞)了?[^，。；,;！？\n]{0,60}?晚会")
# 晚会, 这台晚会, 该晚会: a gala referred to by its bare noun.
_BARE_GALA = re.compile("(?:这台|這台|这场|這場|该|該|本场|本場)?晚会")


def _around(meeting: dict[str, Any]) -> tuple[str, str] | None:
    """The evidence's words before and after the record's name, or None when the name is not written there."""
    text = meeting["evidence"]["text"]
    name = meeting["name"]
    at = text.find(name)
    if at < 0:
        return None
    return text[:at], text[at + len(name) :]


def not_held_mention(meeting: dict[str, Any]) -> bool:
    """Whether the record's meeting is only named in passing, none held (GUIDELINES §3 thirty-second review round)."""
    if _PLURAL_HEAD.match(meeting["name"]):
        return True  # 成功地举办了一些国际会议: a series of conferences
    around = _around(meeting)
    if around is None:
        return False
    before, after = around
    clause = re.split("[，。；,;！？]", before)[-1]
    if _ENTITLED_TO_ATTEND.search(clause):
        return True  # 股东有权参加公司最高权力机构———股东大会: a right, no meeting held
    if meeting["date_text"] is None and _HABIT_ATTRIBUTE.search(clause):
        return True  # 每日在此举行的降旗仪式，吸引了许多游客: a daily show (每年举办一次的论坛今天开幕 has its day)
    if meeting["date_text"] is None and _COUNTED_HOLDERS_IN_TURN.search(clause):
        return True  # 几个月来全市先后有30多家企业召开改制创立大会: a series over a stretch, no one meeting
    if meeting["date_text"] is None and _SPEECH_OWNER_BEFORE.search(clause) and _SPEECH_OWNER_AFTER.match(after):
        return True  # 江泽民总书记在一中全会的讲话中，再次强调…: a speech's source, no meeting reported
    return False


def watched_show_referred(text: str, meeting: dict[str, Any]) -> bool:
    """Whether the record is a gala referred to by its bare noun (``晚会``, with no day, venue or holder) on a page
    whose text before it tells a gala as a show watched (观看了…专场晚会): that show again, no meeting, as the watched
    gala itself is none (GUIDELINES §3 records: shows are no meetings; thirty-sixth review round). ``text`` is the
    document's clean text; the record's evidence offset points into it."""
    if not _BARE_GALA.fullmatch(meeting["name"]) or meeting["date_text"] or meeting["location"] or meeting["organizer"]:
        return False
    return _GALA_WATCHED.search(text, 0, meeting["evidence"]["clean_start"]) is not None
