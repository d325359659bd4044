"""Meetings told as a labelled-field record (GUIDELINES §3 thirty-first review round, 7 December 2026, first stop).

Party-branch and council pages often write a meeting held as labelled fields, one a line or run together on one line,
under a title line naming it::

    第二季度党员大会会议记录
    会议时间：2023年4月12日下午  会议地点：党员活动室
    主持人：张明（支部书记）  参会人员：全体党员23人
    会议内容：…

Such a record is one meeting held: its name from a ``会议名称``/``会议主题`` label, else from the title line above the
labels (without ``记录``/``纪要``, the holder before it split off as its organizer), its day and part of the day from the
time label, its venue from the place label, its host from ``主持人``, its attendees from the count of those who
attended (``实到`` before ``应到``). The time label must hold a full day of the calendar and another meeting label
must stand by it (a place, a host, attendees, a record keeper, an agenda or the meeting's content), and the name must
end in a meeting noun: a timetable, opening hours or a ``报名时间`` line is none.

Known limitations: a notice of a meeting to come (``关于召开…的通知``, ``请…准时参加``, ``报名``, ``联系人``, a day ahead of
the publication date), a form with blanks and an agenda ahead give no record; a page that also tells the meeting held
in a sentence with a verb of holding is read from that sentence (the labels then only fill its day and venue, as
before); only the first labelled record of a page is read.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pipeline.document import Document
from pipeline.extract.common import Sentence, evidence
from pipeline.extract.meetings.patterns import _after_publication

# The labels a meeting's record is written with (Simplified: the clean text is converted, offsets kept).
_NAME_LABELS = "会议名称|会议主题|活动名称|活动主题"
_TIME_LABELS = "会议时间|活动时间|开会时间|时间"
_PLACE_LABELS = "会议地点|活动地点|开会地点|地点"
_HOST_LABELS = "会议主持人|主持人|主持"
_PEOPLE_LABELS = "参会人员|参加人员|出席人员|与会人员|参会人数|出席人数|应到人数|实到人数|应到|实到|出席|列席|缺席"
_OTHER_LABELS = "记录人|记录|会议议程|会议内容|活动内容|议程|会议议题|议题"
_ANY_LABEL = "|".join((_NAME_LABELS, _TIME_LABELS, _PLACE_LABELS, _HOST_LABELS, _PEOPLE_LABELS, _OTHER_LABELS))
# A label opens a line, or follows a space or a punctuation mark on a line of labels run together; a word before it
# makes another label (开放时间, 报名时间, 展览地点, 主持词), which is no meeting's.
# (【会议时间】2024年4月12日下午: a bracketed label, its colon optional)
_LABEL = re.compile(rf"(?:^|(?<=[\s　，,。；;、|]))(?:[【\[](?P<bracketed>{_ANY_LABEL})[】\]]\s*[:：]?|(?P<label>{_ANY_LABEL})\s*[:：])\s*",
                    re.M)
# What a label's value may not run into: the next label, the line's end.
_VALUE_END = re.compile(rf"\n|[\s　，,；;|]+(?=(?:{_ANY_LABEL})\s*[:：]|[【\[](?:{_ANY_LABEL})[】\]])")
#: The labels of one record stand within this many characters of the time label.
RECORD_SPAN_CHARS = 300
#: Lines above the first label searched for the title line naming the meeting.
TITLE_LINES_ABOVE = 4
# A title line's record words after the meeting's name (第二季度党员大会会议记录, …会议纪要).
_RECORD_WORDS = re.compile(r"(?:会议)?(?:记录|纪要|纪实)(?:表|单)?$")
# Quote marks enclosing a whole name, none inside it.
_ENCLOSED = re.compile(r"“[^“”]+”|「[^「」]+」|《[^《》]+》")
# The words of arrangements for a meeting ahead (请…准时参加, 报名, 联系人, 回执, 届时, 下周, 安排 of a meeting).
_ARRANGEMENTS = (r"预告|(?:会议|活动)安排(?!部署)|下周|下月|明天|明日"
                 r"|请[^。\n]{0,30}?(?:准时|按时|参加|出席|参会|报名)|报名|联系人|联系电话|回执|届时")
# A notice or plan, not a record, told by the title line: 关于召开…的通知, 会议通知, or the arrangements.
_NOTICE = re.compile(r"关于(?:召开|举办|举行|开展)|通知|" + _ARRANGEMENTS)
# The same told in the record's lines: the arrangements, or a line that is a notice's heading (会议通知); a document
# studied or relayed in the record's content (传达了…关于开展…的工作安排, 学习了《…的通知》) is no notice.
_NOTICE_IN_RECORD = re.compile(r"^[^\n]{0,30}通知[：:]?$|" + _ARRANGEMENTS, re.M)
# A form's blank (____年__月, ××月, XX日, （ ）月): no day written.
_BLANK = re.compile(r"[_＿]{2,}|[×Xx]{1,2}[年月日]|[（(]\s*[）)][年月日]|年\s+月|月\s+日")
# The value of the host label: a name, its title in brackets after it (张明（支部书记）) or before it (支部书记张明).
_HOST_VALUE = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,4}?)\s*[（(](?P<title>[^（）()]{2,20})[）)]"
                         r"|(?P<title2>[\u4e00-\u9fff、]{2,20}?(?:书记|主任|主席|部长|局长|组长|委员|校长|院长|所长|会长|队长|经理|董事长|村长|镇长|县长|市长|区长))"
                         r"(?P<name2>[\u4e00-\u9fff·]{2,3})$"
                         r"|(?P<name3>[\u4e00-\u9fff·]{2,3})$")
# 实到 and its count inside another label's value (参会人员：应到23人，实到21人).
_ATTENDED_IN_VALUE = re.compile(r"实到\s*[:：]?\s*(?P<n>\d{1,5})")
# A count of people: 23人, 23名, 共23人.
_COUNT = re.compile(r"(?P<n>\d{1,5})\s*(?P<approx>余|多)?\s*(?:名|人|位)")


def _values(text: str, start: int, end: int) -> dict[str, tuple[int, str]]:
    """The labels between ``start`` and ``end`` and their values: label -> (value's offset, value), the first of each."""
    found: dict[str, tuple[int, str]] = {}
    for m in _LABEL.finditer(text, start, end):
        stop = _VALUE_END.search(text, m.end())
        value_end = stop.start() if stop else len(text)
        found.setdefault(m["label"] or m["bracketed"], (m.end(), text[m.end() : value_end].strip()))
    return found


def _first(values: dict[str, tuple[int, str]], labels: str) -> tuple[int, str] | None:
    return next((values[label] for label in labels.split("|") if label in values and values[label][1]), None)


def _host(value: str) -> dict[str, Any] | None:
    """The person chairing, from the host label's value."""
    value = re.split(r"[，,；;、]", value)[0].strip()
    m = _HOST_VALUE.fullmatch(value) or _HOST_VALUE.match(value)
    if m is None:
        return None
    if m["name"]:
        return {"name": m["name"], "title": m["title"].strip()}
    if m["name2"]:
        return {"name": m["name2"], "title": m["title2"]}
    return {"name": m["name3"], "title": None}


def _count(values: dict[str, tuple[int, str]]) -> tuple[int | None, bool]:
    """The count of those who attended (GUIDELINES §3: 实到 is the count; with none, 出席 or the people attending; 列席
    alone is the count; 应到 alone, those expected, is none)."""
    attended = _first(values, "实到人数|实到")
    if attended is None:
        expected = _first(values, "应到人数|应到")
        if expected is not None and (inner := _ATTENDED_IN_VALUE.search(expected[1])):
            return int(inner["n"]), False  # (应到23人，实到21人 written on one label's line)
        attended = _first(values, "参会人数|出席人数|参会人员|参加人员|出席人员|与会人员|出席|列席")
    if attended is None:
        return None, False
    value = attended[1]
    inner = _ATTENDED_IN_VALUE.search(value)
    m = inner or _COUNT.search(value) or re.fullmatch(r"(?P<n>\d{1,5})", value)
    if m is None:
        return None, False
    return int(m["n"]), bool(m.groupdict().get("approx"))


class MeetingLabelled:
    """The reading of a meeting told as a labelled-field record (mixed into :class:`MeetingExtractor`)."""

    def labelled_record(self, doc: Document, reference: dt.date | None) -> dict[str, Any] | None:
        """The meeting a page tells as labelled fields, or ``None`` (see the module docstring)."""
        text = doc.clean_text
        if "时间" not in text:
            return None
        for time in _LABEL.finditer(text):
            if (time["label"] or time["bracketed"]) not in _TIME_LABELS.split("|"):
                continue
            first = text.rfind("\n", 0, time.start()) + 1
            while first > 0 and _LABEL.match(text, above := text.rfind("\n", 0, first - 1) + 1) \
                    and first - above <= RECORD_SPAN_CHARS:
                first = above  # (会议主题：… on the line above the time label: the record opens there)
            values = _values(text, first, min(len(text), time.end() + RECORD_SPAN_CHARS))
            record = self._labelled_from(doc, values, first, time, reference)
            if record is not None:
                return record
        return None

    def _labelled_from(
        self, doc: Document, values: dict[str, tuple[int, str]], first: int, time: re.Match[str], reference: dt.date | None
    ) -> dict[str, Any] | None:
        text = doc.clean_text
        label = time["label"] or time["bracketed"]
        when_at, when_value = values.get(label, (time.end(), ""))
        others = [label for label in values if label not in _TIME_LABELS.split("|") and label not in _NAME_LABELS.split("|")]
        if not others or not when_value or _BLANK.search(when_value):
            return None  # (a bare 时间： over a post, a form's blanks)
        if label == "时间" and not any(label in values for label in (*_PLACE_LABELS.split("|"), *_HOST_LABELS.split("|"),
                                                                           *_PEOPLE_LABELS.split("|"))):
            return None  # (时间： … 内容：… of a page's stamp or a schedule: a bare time label needs the meeting's own labels)
        date, date_text, time_of_day = self.date_of(doc, when_value, reference)
        if date is None and (date_text is None or "月" not in date_text or "日" not in date_text):
            return None
        if _after_publication(date, reference):
            return None  # (a meeting ahead: a notice)
        title_start = first
        lines = text[:first].rstrip("\n").split("\n")[-TITLE_LINES_ABOVE:] if first else []
        named = _first(values, _NAME_LABELS)
        name = named[1] if named else None
        org = None
        if name is None:
            for line in reversed(lines):
                line = line.strip()
                title_start -= len(line) + 1
                if not line or re.search(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|来源|发布|作者|浏览|[:：]", line):
                    continue  # (the page's stamp line between the title and the labels)
                name = line
                break
        if name is None and (title := (doc.meta.get("title") or "").strip()) and not _LABEL.match(title):
            name = title  # (the headline set aside from the clean text names the meeting)
        if name is None:
            return None
        block = text[max(0, title_start) : time.end() + RECORD_SPAN_CHARS]
        if _NOTICE.search(name) or _NOTICE_IN_RECORD.search(block):
            return None
        name = name.strip()
        if _ENCLOSED.fullmatch(name):
            name = name[1:-1]  # (「第二季度党员大会」: marks enclosing the whole name go; “七一”主题党日活动 keeps its own)
        name = _RECORD_WORDS.sub("", name)
        if not name or self._no_name(name) or not (self._heads_of(name) or name.endswith(("党日", "党日活动"))):
            return None  # (列车时刻, 开放时间 of an exhibition: no meeting's name)
        found = self.match(name) if named is None else None
        if found is not None:
            # (江城社区党支部召开4月主题党日活动 over the labels: the name held, its subject the organizer)
            m, kind = found
            name = self.cleaned_name(m["name"])
            org = self.clean_org(self.subject_of(m)) if kind == "active" else None
        elif named is None:
            held = self._referred_prefix_holder(name) or self._place_holder(name)
            if held is not None:
                org, name = held
        place = _first(values, _PLACE_LABELS)
        chair = _first(values, _HOST_LABELS)
        count, approx = _count(values)
        line_end = text.find("\n", when_at)
        sentence = Sentence(time.start(), line_end if line_end >= 0 else len(text),
                            text[time.start() : line_end if line_end >= 0 else len(text)])
        return {
            "name": name,
            "date": date,
            "date_text": date_text,
            "time_of_day": time_of_day,
            "location": self.clean_location(place[1]) if place else None,
            "organizer": org,
            "host": _host(chair[1]) if chair else None,
            "attendee_count": count,
            "attendee_approx": approx,
            "evidence": evidence(doc, sentence),
            "_labelled": True,
        }
