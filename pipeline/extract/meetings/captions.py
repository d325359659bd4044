"""Photo captions (图为…现场): the day and venue a caption gives the page's main meeting (:class:`MeetingCaptions`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from typing import Any

from pipeline.document import Document
from pipeline.extract.meetings.patterns import _NOT_A_PLACE, _recent
from pipeline.normalize import T2S

# A photo caption dating a scene (图为12月18日下午全县经济工作会议现场, 图为5月6日上午会议现场): the day, then what the
# scene is of, up to 现场/会场 closing the caption. A caption opens a line or a sentence (（图为…）too); not 图为 inside
# a clause (县里也开过类似会议，图为…: a scene of something else told in passing).
# The pattern opens on its literal (a whole page is searched); the opening is checked before it (_CAPTION_OPENING).
# A caption is labelled 图为, 图片为 or 图： (图：5月6日下午，会议现场), and its photo credit may follow the scene
# (图为3月8日下午院坝会现场（摄影：X）, …现场（X 摄）): GUIDELINES §3 thirtieth review round.
_CAPTION_LABEL = r"(?:图为|图片为|图[:：])"
_CAPTION_CREDIT = r"[（(](?:摄影|摄|图|记者|通讯员|[^（）()\n]{1,12}摄[）)])"
_CAPTION_DAY = re.compile(_CAPTION_LABEL + r"\s*(?P<when>\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?)(?:[，,]\s*)?"
                          r"(?P<what>[^。！？\n，,]{0,30}?)(?:现场|会场)(?=[。）)\s]|" + _CAPTION_CREDIT + "|$)")
_MARKUP_TAG = re.compile(r"<[^<>]*>")
# A photo caption telling the scene held at a place (图为全市基层党建工作推进会在市行政中心召开现场, （图为5月6日，座谈会在市委
# 党校举行现场）, 图为…县妇联在县妇女儿童活动中心召开执委会议): what the scene is of, before the place and after the verb,
# and the place; not an attribute (图为…在中英两国政府举行的…仪式上讲话, 在该处召开的…: a holder or a deictic, read by
# the attributive readings). GUIDELINES §3 location, thirty-first review round: a caption placing the reported meeting gives its venue.
_CAPTION_HELD_AT = re.compile(r"(?:图为|图片为|图[:：]|图说[:：]?)\s*(?P<scene>[^。！？\n在]{0,40}?)在(?P<place>[^，。；！？\n在（）()]{2,24}?)"
                              r"(?:隆重|顺利|成功|正式)?(?:召开|举行|举办|开展|开幕)(?!的)(?P<what>[^。！？\n（(]{0,30})")
# The place and the verb of holding closing a dated caption's scene (…表彰大会在管委会五楼会议室召开(现场)).
_CAPTION_HELD_AT_TAIL = re.compile(r"在[^，。；！？\n在（）()]{2,24}?(?:隆重|顺利|成功|正式)?(?:召开|举行|举办|开幕)$")
_CAPTION_SCENE_WORDS = re.compile(r"\d{1,2}月\d{1,2}日|上午|下午|晚上|现场|会场|[，,\s）)]")
# 图说：市长…与…于5月6日签约仪式中互换协议文本: a labelled caption telling people at the meeting on a day written right
# before its name (a month and day, or a Taiwan page's ROC year with dots), GUIDELINES §3 twenty-ninth review round: a
# caption dating the reported meeting, as 图为12月18日…现场 does (sixteenth round).
_CAPTION_DATED_SCENE = re.compile(r"(?:图为|图说|图片说明)[:：]?[^。！？\n]{0,60}?于\s*(?P<when>\d{1,2}月\d{1,2}日|\d{2,3}\.\d{1,2}\.\d{1,2})"
                                  r"(?:上午|下午|晚上)?(?:在|举行的|召开的|的)?(?P<what>[^。！？\n，,于]{2,30}?)(?:中|上|现场)")
_CAPTION_OPENING = re.compile(r"(?:^|[。！？])[ \t\u3000]*[（(▲△]?[ \t\u3000]*$", re.M)
# What a caption may say of its scene with no name (图为…现场, …会议现场, …大会会场, …会场 read as 会 + 场): the page's
# one meeting, when it tells only one (a bare 会议 on a page of two is tied to neither).
_CAPTION_BARE = frozenset({"", "会议", "大会", "会"})
# A dated caption of those present at a place (图为6月21日上午，党员们在档案馆参观学习): the scene is of the main meeting when
# the place is its venue (江城市档案馆), GUIDELINES §3 sixteenth review round.
_CAPTION_AT = re.compile(_CAPTION_LABEL + r"\s*(?P<when>\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?)[，,]?[^。！？\n在]{0,12}在"
                         r"(?P<place>[\u4e00-\u9fff]{2,16}?)(?:参观|学习|开展|举行|召开|聆听|重温|宣誓|交流|合影|进行|讲|听取|观看|座谈|研讨|签约)")

# The kind nouns a meeting's name ends on: one list for a caption's scene and the name it is read against.
_CAPTION_KIND_NOUNS = "会议|大会|会|典礼|仪式|论坛|讲座|活动"
# A caption's scene named by the kind of the page's one meeting, its own words before the kind noun (图为…学习会现场 for
# 第六次集体学习（扩大）会议, 图为…石垭村院坝会现场 for 一场特别的院坝会): what stands before (a holder or a place the
# account names), the word before the noun and the noun.
_CAPTION_KIND = re.compile(r"(?P<before>.*?)(?P<word>[\u4e00-\u9fff]{2})(?:" + _CAPTION_KIND_NOUNS + ")$")
_MEETING_KIND_END = re.compile(f"(?:{_CAPTION_KIND_NOUNS})" + r"[”」』\"]?$")
# A dated caption whose subject is the meeting's attendees (图为3月12日上午，与会人员在…察看…): a scene of the meeting.
_CAPTION_ATTENDEES = re.compile(_CAPTION_LABEL + r"\s*(?P<when>\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?)[，,]\s*(?:全体)?(?:与会|参会)(?:人员|代表|嘉宾|同志)")


@functools.cache
def _to_simplified() -> T2S:
    """The Traditional-to-Simplified converter for a caption line set aside from the clean text (圖為…會議現場), which
    stays as written in the raw text; loaded on the first such page only."""
    return T2S()


class MeetingCaptions:
    """The caption readings of MeetingExtractor."""

    @staticmethod
    def _captions(*texts: str) -> Iterator[re.Match[str]]:
        """The dating captions (_CAPTION_DAY) of ``texts`` that open a line or a sentence."""
        for text in texts:
            for caption in _CAPTION_DAY.finditer(text):
                if _CAPTION_OPENING.search(text, max(0, caption.start() - 8), caption.start()):
                    yield caption

    def _caption_day(self, doc: Document, main: dict[str, Any], reference: dt.date | None, alone: bool,
                     others: tuple[str, ...] = ()) -> tuple[str | None, str | None, str | None] | None:
        """The day and time of day a photo caption gives the main meeting (图为12月18日下午全县经济工作会议现场) when the
        body says only 近日/日前 (GUIDELINES §3 sixteenth review round): only a caption of that meeting by its name, or
        of a bare 会议/会场/现场 when the page tells no other meeting (``alone``); a caption of another event (图为…县领导
        调研企业现场) gives nothing. The day must be one 近日 can mean, within CONTEXT_DATE_DAYS before publication (not
        图为12月18日… on a May page: an earlier edition's photo). A caption naming the meeting by its kind alone
        (图为11月2日下午表彰会现场) ties it to the main meeting also beside ``others`` (the other meetings' names) when none of
        them is of that kind (a lecture given 会上 beside a 表彰会)."""
        # (the caption line may have been set aside as page furniture: the raw text too, as for a programme's lines,
        # in Simplified as the clean text is: 圖為…會議現場)
        # (on an HTML page only the lines set aside as photo captions, their tags dropped: the raw markup holds
        # attributes and scripts, GUIDELINES §1: captions are read)
        raw = "\n".join(_MARKUP_TAG.sub("", doc.raw_text[cut.raw_start : cut.raw_end]) for cut in doc.removed
                         if cut.reason == "photo_caption") if doc.is_html else doc.raw_text
        if "圖為" in raw or "圖說" in raw or "圖：" in raw:
            raw = _to_simplified().convert(raw)
        def scenes() -> Iterator[re.Match[str]]:
            """The captions whose scene is the main meeting: by its name or a bare word, then by its venue."""
            for caption in self._captions(doc.clean_text, raw):
                # (图为1月12日上午，述职评议暨表彰大会在管委会五楼会议室召开现场: the scene told held at its venue is named
                # by the words before 在, GUIDELINES §3 sixteenth, thirty-first and thirty-third review rounds)
                what = _CAPTION_HELD_AT_TAIL.sub("", caption["what"].strip("，, ")).strip("，, ")
                # (图为…开学典礼现场 for 2024级本科生开学典礼: the caption names the meeting by the end of its name, its
                # kind with the words before it, two characters at least)
                # (图为3月18日下午，推进会现场 for the page's one “…”主题推进会: its kind alone names it, as a bare 会议 does;
                # 论坛现场 on a page of two forums is tied to neither, however loosely the kind compares with a name)
                kind_only = len(what) < 4 and main["name"].endswith(what)
                # (图为…市青年企业家协会第三届会员大会现场 for 第三届会员大会暨换届选举大会: the caption names the event by the
                # part of its name before 暨, five characters at least, with or without its holder before it)
                # (not 市台联第三届委员会座谈会 for 市侨联's 第三届委员会暨…: the words before the part must be the holder's)
                first_part = main["name"].split("暨")[0] if "暨" in main["name"] else ""
                holder = what[: -len(first_part)] if first_part and what.endswith(first_part) else None
                # (a kind no other meeting of the page ends with names the main one alone, 表彰会 beside a 专题讲座)
                sole_kind = kind_only and what not in _CAPTION_BARE and len(what) >= 2 \
                    and not any(other.endswith(what) for other in others)
                # (图为…学习会现场 for the page's one 第六次集体学习（扩大）会议, 图为…石垭村院坝会现场 for its one
                # 特别的院坝会: the scene's kind, the word before its noun in the meeting's name, any words before it the
                # account's own; not 图为…安全生产会议现场 beside a 党史学习教育动员会, nor 图为…全市安全生产工作会议现场
                # beside a 全市教育工作会议: another meeting's picture)
                kind = _CAPTION_KIND.fullmatch(what) if alone else None
                if (alone or sole_kind) if what in _CAPTION_BARE or kind_only else (
                        (kind is not None and kind["word"] in main["name"] and _MEETING_KIND_END.search(main["name"])
                         and kind["before"] in main["evidence"]["text"])
                        or main["name"] in what or self._same(what, main["name"]) or main["name"].endswith(what)
                        or (len(first_part) >= 5 and holder is not None
                            and (not holder or (main["organizer"] or "").endswith(holder)))):
                    yield caption
            if alone:
                # (图为3月12日上午，与会人员在青石村察看…: the meeting's own attendees in the scene, on a page of one meeting)
                yield from (caption for text in (doc.clean_text, raw) for caption in _CAPTION_ATTENDEES.finditer(text)
                            if _CAPTION_OPENING.search(text, max(0, caption.start() - 8), caption.start()))
            if main["location"]:
                yield from (caption for text in (doc.clean_text, raw) for caption in _CAPTION_AT.finditer(text)
                            if main["location"].endswith(caption["place"]))
            # (图说：…于5月6日签约仪式中…, 于113.11.13签约仪式中…: the meeting named whole or by its end, right after the caption's day)
            yield from (caption for text in (doc.clean_text, raw) for caption in _CAPTION_DATED_SCENE.finditer(text)
                        if _CAPTION_OPENING.search(text, max(0, caption.start() - 8), caption.start())
                        and len(caption["what"]) >= 4 and main["name"].endswith(caption["what"]))

        for caption in scenes():
            told = self.date_of(doc, caption["when"], reference)
            if told[0] is not None and (reference is None or _recent(dt.date.fromisoformat(told[0]), reference)):
                return told
        return None

    @staticmethod
    def _caption_texts(doc: Document) -> tuple[str, ...]:
        """The texts a photo caption may stand in: the clean text and the lines set aside as captions (on an HTML page
        only those, their tags dropped; on a plain page the raw text), in Simplified as the clean text is."""
        raw = "\n".join(_MARKUP_TAG.sub("", doc.raw_text[cut.raw_start : cut.raw_end]) for cut in doc.removed
                         if cut.reason == "photo_caption") if doc.is_html else doc.raw_text
        if "圖為" in raw or "圖說" in raw or "圖：" in raw:
            raw = _to_simplified().convert(raw)
        return doc.clean_text, raw

    def _caption_venue(self, doc: Document, main: dict[str, Any], others: tuple[str, ...]) -> str | None:
        """The venue a photo caption gives the main meeting when the body names none (图为全市…推进会在市行政中心召开现场,
        图为5月6日，座谈会在市委党校举行现场), GUIDELINES §3 location, thirty-first review round. The caption must name
        the meeting: its whole name, or its last three characters at least when no other meeting of the page ends so
        (座谈会 for 年轻干部座谈会), or only a bare 会议/现场 on a page of one meeting."""
        name = main["name"]
        for text in self._caption_texts(doc):
            if "图" not in text:
                continue
            for caption in _CAPTION_HELD_AT.finditer(text):
                if not _CAPTION_OPENING.search(text, max(0, caption.start() - 8), caption.start()):
                    continue
                words = _CAPTION_SCENE_WORDS.sub("", caption["scene"] + caption["what"])
                bare = _CAPTION_SCENE_WORDS.sub("", caption["what"]) in _CAPTION_BARE \
                    and _CAPTION_SCENE_WORDS.sub("", caption["scene"]) in _CAPTION_BARE
                tails = [name[-n:] for n in range(len(name), 2, -1)]
                named = name in words or any(
                    tail in words and not any(other.endswith(tail) for other in others) for tail in tails)
                if not (named or (bare and not others)):
                    continue
                place = self.clean_location(caption["place"])
                if place and not _NOT_A_PLACE.search(place) and not place.startswith(("该", "此", "这", "那")):
                    return place
        return None
