"""Tallies, periods and years: counts that are no conferral told here."""

from __future__ import annotations

import re

from pipeline.document import Document
from pipeline.extract.awards.patterns import (
    _ACHIEVEMENTS_LISTED,
    _ANNUAL_LEAD,
    _AWARD_VERB,
    _BARE_ITEM,
    _BEFORE_PLANNED,
    _CLAUSE_SPLIT,
    _COMMENDED_AT_EVENT,
    _COMMENDED_PASSIVE,
    _CONFERRAL_OR_EVENT,
    _CONFERRED_DONE,
    _CONFERRED_IN,
    _CONFERRING_ACTIVE,
    _CONFERRING_EVENT,
    _COUNT_RECEIVED,
    _COUNT_WITH_UNIT,
    _COUNTY_LEVEL,
    _DATED_PAST_EVENT,
    _DESIGNATION_TALLIED,
    _EARLIER_CONFERRED_ATTRIBUTE,
    _EARLIER_DONE,
    _EARLIER_EDITION,
    _EDITION_EVENT,
    _EDITION_REVIEWED,
    _EDITION_TIME,
    _EVENT_HELD_BEFORE,
    _EVENT_HELD_IN_YEAR,
    _HAS_BEFORE_COUNT,
    _HEARSAY_OPENING,
    _HELD_EVENT_NOUN,
    _HIGHER_LEVEL,
    _HOLDERS_DESCRIBED,
    _HONOURED_HERE_AFTER,
    _ITEM_COUNT,
    _LIST_ITEM_PAST,
    _NAMED_PRIZE,
    _NAMED_SCHOLARSHIP,
    _OTHER_PERIOD_CHOSEN,
    _PARTS_TALLY_CUE,
    _PERIOD_CLAUSE,
    _PERIOD_REVIEWED,
    _PIECE_YEAR,
    _PLANNED,
    _PRIZE_OF_CEREMONY,
    _PROVINCE_OR_ABOVE_LEVELS,
    _QUOTED_THEN_PRIZE,
    _RATED_PASSIVE,
    _RECEIVED_HERE,
    _REVIEW_LEAD,
    _REVIEW_LISTED,
    _RUNNING_TALLY,
    _SENTENCE_OPENING,
    _SENTENCE_OR_SEMICOLON,
    _SHORT_QUOTE,
    _SINCE_FOUNDED,
    _SINCE_LEAD,
    _SPOKEN_LEAD,
    _TALLY,
    _TALLY_CUE,
    _THAT_YEAR_LEAD,
    _THIS_EVENT,
    _THIS_EVENT_AFTER,
    _THIS_PRIZE,
    _THIS_TIME,
    _THIS_YEAR_START,
    _TOWNSHIP_REVIEWING,
    _WHOLE_TALLIED,
    _WHOLE_YEAR_PIECE,
    _WINNERS_FETED,
    _WON_IN_CLAUSE,
    _WON_OR_RECEIVED,
    _YEAR_LEAD,
    _YEAR_PAST_OPENING,
    _YEAR_WRITTEN,
    _YEARS_LEAD,
    _YEARS_SPAN,
    CONTEST_BEFORE,
    TALLY_LEAD_LENGTH,
    _article_year,
)
from pipeline.extract.common import (
    CLAUSE_MARKS,
    Sentence,
    clause_bounds,
    start_after,
)
from pipeline.values import parse_number

# Prizes counted in 项 right at the count (省级以上科技进步奖9项): items won, as a work report sums a year's prizes.
_PRIZE_ITEMS_AT = re.compile(r"[\d一二三四五六七八九十百两]{1,5}项")
# The running year opening the count's clause, with a subject or none before it and no comma after (今年公司获得…;
# 公司今年获得…; 今年全年获得…): the year so far, whose prizes won from higher bodies are a tally (§5 twenty-second round).
# A class of levels the prizes came from (省级以上, 国家级, 省部级): prizes summed by their bodies' level, not one prize named
# (学校今年获国家科学技术进步奖二等奖2项: that prize's own award, kept).
_CLASSED_LEVEL = re.compile("(?:国家|省部|省|市|地厅|厅局)级|以上")
_THIS_YEAR_OPENING = re.compile(r"\s*(?:[^，。；\d“”「」]{0,8}?)今年(?!以来)(?:全年|上半年)?(?![，,])")
# The running span opening the sentence with a comma, after a speaker's or hearsay clause or none (一年来，…; 过去一年，…;
# 今年以来，…): the period so far, whose honours won from bodies above the page's own (省级, 国家级, …以上), or by the whole of a body (全局, 全镇), are a running
# tally told in a review (GUIDELINES §5 sixteenth round: a tally of a running period, whichever year word opens it;
# twenty-second round: prizes from higher bodies in a work report), unless this event confers them. (Not a bare 今年，…:
# 今年，999名妇女获评全国“三八红旗手” reports this year's list, the conferral itself,
# tests/extract/awards/test_award_levels_and_counting_words.py.)
# (one year only, apart from patterns.py's _YEARS_SPAN on purpose, cr34 C6: a span of several years is a tally whatever
# its levels, and _YEARS_SPAN leaves 一年 out for that reason; a single running year is one only with the levels below)
_RUNNING_SPAN_OPENING = re.compile(r"(?:一年来|一年以来|过去一年|过去的一年(?:里|中)?|今年以来)[，,]")
# The levels above any body a page's own meeting is held by in such a review (not 市级, 县级: the page's own may confer them).
# (the higher levels of patterns.py less the city's: _PROVINCE_OR_ABOVE_LEVELS, and …以上 a class of levels)
_ABOVE_OWN_LEVEL = re.compile(f"{_PROVINCE_OR_ABOVE_LEVELS}|以上")
# The whole of a body opening the count's clause (全局共有…, 全镇8个村…): its members' honours over the period, a tally.
_WHOLE_BODY = re.compile("全[局县市区镇乡校院司厂委系]")


def _same_honour(recorded: str, read: str) -> bool:
    """``read`` (an honour as the count's match holds it, perhaps without its object noun: 光荣在党50年) names the honour
    ``recorded``: the same words, or those and a short noun after them (纪念章, 称号); not an honour joined to another
    (国家奖学金和国家励志奖学金: a total over two, whose parts are counted apart)."""
    return recorded == read or (len(read) >= 2 and recorded.startswith(read) and len(recorded) - len(read) <= 3
                                and not re.search("[和及与、]", recorded[len(read):]))


#: How far back (characters) a review of the year a sentence opens with may stand (a few sentences of the meeting's account).
_REVIEW_REACH = 300

# Prizes or works counted right at the count (获得…图书奖共8项, 7种专著荣获…, 6部专著获得…): items won, as a body's
# record over years sums them.
_WORKS_WON_AT = re.compile(r"[\d一二三四五六七八九十百两]{1,5}(?:项|种|部|件|篇)")
# A span of years written in a sentence (建社近10年来, 五年来, 多年来): the period a following sentence's prizes won are
# told over; one year (精品战略实施一年来) only for prizes from a level above the page's own body, as _RUNNING_SPAN_OPENING.
_SEVERAL_YEARS_IN = re.compile(f"{_SINCE_FOUNDED.pattern}|{_YEARS_SPAN}")
_ONE_YEAR_IN = re.compile("一年(?:以)?来")
# A page that reports a conferral or a prize's results before the sentence (颁奖, 表彰, 揭晓, 评出): prizes won told after
# it are that event's, whatever span a sentence between names.
_PRIZE_EVENT_BEFORE = re.compile("颁奖|颁发|表彰|授予|揭晓|评出|评选")
#: How many sentences back a span of years may stand for prizes won told after it (the span's sentence, and one more
#: sentence of prizes won between: …一年来的初步进展…。7种专著荣获…。另有6部…获得…).
SPAN_CARRY_SENTENCES = 2


class AwardPeriods:
    """Tallies, periods and years: counts that are no conferral told here: readings of AwardExtractor, whose ``__init__`` sets up the patterns they use."""

    @staticmethod
    def _designation_tallied(text: str, verb: int) -> bool:
        """A designation whose verb (为 or 认定) opens at ``verb`` is a period's running tally: a tally word in its own
        clause before the verb, or a clause in front of it that is only a period (_DESIGNATION_TALLIED)."""
        clause_start = clause_bounds(text, verb)[0]
        if _DESIGNATION_TALLIED.search(text, clause_start, verb):
            return True
        return any(_PERIOD_CLAUSE.fullmatch(part.strip()) for part in _CLAUSE_SPLIT.split(text[:clause_start]))

    @staticmethod
    def _past_told(doc: Document, text: str, at: int) -> bool:
        """A past period is named before the count at ``at`` in its clause or the clause right before it (市长回顾说，
        前年四县领导接过…铜牌; 会上，通报了去年全市10个家庭跻身…行列; 2022年，…), with no word of this event or time
        after it: what the event is told of an earlier year, no conferral of its own (§5). A narrow check for the
        patterns whose match has no clause-opening year to read (_past_period reads a year only opening the clause)."""
        clause_start = start_after(text, at)
        start = start_after(text, clause_start - 1) if clause_start else 0
        year = _article_year(doc)
        words = [*_OTHER_PERIOD_CHOSEN.finditer(text, start, at),
                 *(w for w in _YEAR_WRITTEN.finditer(text, start, at) if year is not None and int(w["year"]) < year)]
        return any(not _THIS_EVENT.search(text, w.end(), at) and not _THIS_TIME.search(text, w.end(), at) for w in words)

    @staticmethod
    def _tally_before(text: str, end: int) -> bool:
        """The clause before ``end`` tallies prizes won by one subject (我校获奖17项), not prizes given
        to counted recipients (15个项目分别获得一、二、三等奖)."""
        start = clause_bounds(text, max(end - 1, 0))[0]
        won = _TALLY.search(text, start, end)
        return won is not None and not _COUNT_WITH_UNIT.search(text[start : won.start()])

    @staticmethod
    def _tallied(text: str, clause_start: int, at: int, cue: re.Pattern[str] = _TALLY_CUE) -> bool:
        """A tally cue governs the count at ``at`` (offsets into ``text``, its clause opening at ``clause_start``):
        the cue stands in the count's clause, in a short time clause right before it (近年来，…), or in an
        earlier clause of a chain of parallel received counts (…已有56个村获评“甲”，12个村获评“乙”); not
        in a clause about something else (会上，先后有3名代表发言，20名同志获得…), nor across a count's clause
        naming this time (…先后有6名医生获评“甲”，今年又有2名医生获此殊荣)."""
        if cue.search(text, clause_start, at):
            return True
        if _THIS_TIME.search(text, clause_start, at):
            return False
        while clause_start > 0:
            before_start = start_after(text, clause_start - 1)
            # (a short lead is a time clause only when it counts nobody: 先后有3名代表发言 is a clause of its own)
            if cue.search(text, before_start, clause_start) and (
                    clause_start - before_start <= TALLY_LEAD_LENGTH
                    and not _COUNT_WITH_UNIT.search(text, before_start, clause_start)
                    or _COUNT_RECEIVED.search(text, before_start, clause_start)):
                return True
            if not _COUNT_RECEIVED.search(text, before_start, clause_start):
                return False
            clause_start = before_start
        return False

    @staticmethod
    def _past_period(doc: Document, text: str, at: int, before: str = "") -> bool:
        """A past period governs the count at ``at`` (an offset into the sentence ``text``): a year or span before the
        article's year, last year, an earlier edition or the years since a milestone, written before the count with
        no word of this time or occasion between (2023年，…共表彰…20名，今年表彰…26名: the 26 is this year's); a year or
        a milestone leads only the count's own clause or the one it opens (not 长期以来，广大教师辛勤耕耘，会议表彰了…),
        an earlier edition only when it opens the count's clause or a clause of time right before it (上届评选中，…).
        The count's clause saying after the count that the holders are commended at this event keeps it
        (去年全县涌现出的20个“先进集体”…在会上受到表彰; 2023年我市涌现出的50名“三八红旗手”受到表彰), unless the
        meeting has a scope of its own (在全市表彰大会上: that year's) or the commendation is marked as done before
        (曾受到县委表彰, 已于去年底受到表彰). ``before`` is the sentence before the count's (read by
        :meth:`_period_reviewed`)."""
        # (近年来，全县共有30人获得省级以上表彰，其中省劳动模范5人，…: parts after 其中 share their total's period)
        parts_from = text.rfind("其中", 0, at)
        if parts_from > 0 and text[parts_from - 1] in "，," and not _SENTENCE_OR_SEMICOLON.search(text[parts_from:at]):
            total_start = start_after(text, parts_from - 1)
            if AwardPeriods._tallied(text, total_start, parts_from - 1, _PARTS_TALLY_CUE) \
                    or AwardPeriods._past_period(doc, text, parts_from - 1, before):
                return True
        clause_start = start_after(text, at)
        clause_end = clause_bounds(text, at)[1]
        if _THIS_EVENT_AFTER.search(text, at, clause_end) and not _EARLIER_DONE.search(text, at, clause_end):
            return False
        if AwardPeriods._period_reviewed(text, clause_start, at, clause_end, before):
            return True
        if AwardPeriods._dated_review_list(doc, text, at, clause_end):
            return True
        if AwardPeriods._year_piece_before(doc, text, at, clause_start, clause_end, before):
            return True
        leads = [m for m in _YEAR_LEAD.finditer(text, 0, at)
                 if (m.end() >= clause_start - 1 or AwardPeriods._year_frames_won(text, m, clause_start, at))
                 and (not _THIS_EVENT.search(text, m.end(), at)
                      or (m["relative"] and _DATED_PAST_EVENT.fullmatch(text, m.end(), at)))]
        if leads:
            lead = leads[-1]
            commended_here = _COMMENDED_AT_EVENT.search(text, clause_end)
            if commended_here is not None and not _EARLIER_DONE.search(text, at, commended_here.end()):
                return False  # (…，受到大会表彰: commended at this event, no tally)
            if lead["body"] and _EVENT_HELD_BEFORE.search(text, 0, lead.start()):
                return False  # (市公安局召开表彰大会，市公安局2023年共有…: told at the ceremony)
            if AwardPeriods._honoured_later(text, at, clause_end):
                # (过去一年，20名教师荣获市级优秀教师称号，会上对他们进行了表彰: a clause of its own says they were honoured
                # at this event, §5 eighth round; not 在全市表彰大会上被授予…: another meeting, that year's)
                return False
            described = _HOLDERS_DESCRIBED.search(text, lead.end(), clause_end)
            passive = _COMMENDED_PASSIVE.search(text, at, clause_end)
            if described is not None and described.start() < at and passive is not None \
                    and not _EARLIER_DONE.search(text, at, passive.start()):
                return False
            if lead["relative"]:
                return True
            year = _article_year(doc)
            # (2022年以来: the period began before this year; 2021年至2023年, 2023年: it ended before it)
            if year is not None and int(lead["first"] if lead["since"] and lead["first"] else lead["last"]) < year:
                return True
            if year is None and lead["since"] and _PRIZE_ITEMS_AT.match(text, at) \
                    and _WON_IN_CLAUSE.search(text, clause_start, at):
                # (1978年以来，高等林业院校共获得…科研成果703项 on a page with no year: prizes in 项 a body won since a year, up
                # to now, a running tally whichever year it is, §5 sixteenth and twenty-second review rounds; holders counted
                # by people or bodies keep their reading, a year that may be the page's own)
                return True
            # (2024年公司营业收入达到10亿元，全年获得省级以上科技进步奖9项: prizes counted in 项 need no word of hearsay,
            # §5 twenty-second review round; a bare count of people or bodies keeps it, 2024年，3名教师获评…)
            if year is not None and int(lead["last"]) == year and not lead["since"] \
                    and (_HEARSAY_OPENING.fullmatch(text, 0, lead.start())
                         or (_PRIZE_ITEMS_AT.match(text, at) and _CLASSED_LEVEL.search(text, clause_start, at))) \
                    and _WON_IN_CLAUSE.search(text, clause_start, clause_end) \
                    and _HIGHER_LEVEL.search(text, clause_start, at) \
                    and not _CONFERRING_ACTIVE.search(text, 0, clause_end):
                # (据了解，2024年公司获得省级以上科技进步奖8项 on a 2024 page: background the page adds beside the event,
                # the running year's prizes won from higher bodies, which no meeting of the page's own body confers: a
                # running tally, §5 sixteenth round; without the hearsay word, 2024年公司…，全年获得… stays as read)
                return True
        if _PRIZE_ITEMS_AT.match(text, at) and _THIS_YEAR_OPENING.match(text, clause_start) \
                and _WON_IN_CLAUSE.search(text, clause_start, clause_end) \
                and _CLASSED_LEVEL.search(text, clause_start, at) \
                and not _CONFERRING_ACTIVE.search(text, 0, clause_end) \
                and not AwardPeriods._honoured_later(text, at, clause_end):
            # (今年公司获得省级以上科技进步奖8项: the running year's prizes won from higher bodies, a tally no meeting of
            # the page confers, §5 twenty-second review round; not …，大会对获奖团队进行了表彰)
            return True
        if AwardPeriods._running_span_won(text, at, clause_start, clause_end):
            return True
        if AwardPeriods._earlier_year_lead(doc, text, at, clause_start, clause_end):
            return True
        if AwardPeriods._past_event_held(doc, text, at, clause_start, clause_end):
            return True
        # (十年来，中国青年科技奖面向全国青年科技工作者，已选拔出了…491名…: a span of years opening the sentence frames its
        # later clauses too while none counts anything else or names this time, §5 sixteenth review round)
        since = [m for m in (*_SINCE_LEAD.finditer(text, 0, at), *_YEARS_LEAD.finditer(text, 0, at))
                 if (m.end() >= clause_start - 1 or AwardPeriods._year_frames_won(text, m, clause_start, at)
                     or (m.re is _YEARS_LEAD and _SENTENCE_OPENING.fullmatch(text, 0, m.start()) is not None
                         and not _COUNT_WITH_UNIT.search(text, m.end(), clause_start)
                         and not _THIS_TIME.search(text, m.end(), at)))
                 and not _THIS_YEAR_START.search(m.groupdict().get("milestone") or "")
                 and not _THIS_EVENT.search(text, m.end(), at)]
        if since and not AwardPeriods._honoured_later(text, at, clause_end):
            return True
        previous_start = start_after(text, clause_start - 1) if clause_start else 0
        for edition in _EARLIER_EDITION.finditer(text, previous_start, at):
            # (上届大会表彰了…, 上一届表彰大会…: the event the edition's word names is that edition's, no word of this one)
            named = _EDITION_EVENT.match(text, edition.end(), at)
            if _THIS_EVENT.search(text, named.end() if named else edition.end(), at):
                continue  # (上届评选中，…；本届表彰…: this edition named between)
            if edition.start() >= clause_start or _EDITION_TIME.fullmatch(text, edition.end(), clause_start - 1) or (
                    edition["review"] and _EDITION_REVIEWED.fullmatch(text, edition.end(), clause_start - 1)):
                return True
        if clause_start and _COUNT_RECEIVED.match(text, clause_start) and not _THIS_TIME.search(text, clause_start, at):
            # (去年以来，全市共有12人获评…，8个集体获评…: a parallel received count, its subject and period elided,
            # shares the period of the received count in the clause before, as a tally cue carries over in _tallied)
            received = _COUNT_RECEIVED.search(text, previous_start, clause_start)
            if received is not None:
                return AwardPeriods._past_period(doc, text, received.start(), before)
        # (前两次共表彰…80名，本次表彰…30名: a clause naming this time or event holds this event's count, not an item of
        # the earlier tally before it, as for the parallel received count above)
        if clause_start and text[clause_start - 1] in "，," and _BARE_ITEM.fullmatch(text, clause_start, clause_end) \
                and not _THIS_EVENT.search(text, clause_start, at):
            # (2024年，公司全年获得省级以上科技进步奖8项，鲁班奖2项: an item with its verb elided shares the period of the
            # prize count in the clause before, §5 eighth round: a year's tally told in a work report)
            items = [*_ITEM_COUNT.finditer(text, previous_start, clause_start - 1)]
            if items:
                return AwardPeriods._past_period(doc, text, items[-1].start(), before)
        return False

    @staticmethod
    def _earlier_conferred_attribute(doc: Document, text: str, clause_start: int, at: int) -> bool:
        """The count at ``at`` is held by an attribute telling an earlier conferral (去年命名的15个“五星级党支部”, 2022年
        表彰的10名…): holders described, a past tally (§5), unless the clause confers anew (对去年评选出的20名…进行表彰,
        为…颁奖) or commends them here (…在会上受到表彰)."""
        found = _EARLIER_CONFERRED_ATTRIBUTE.search(text, max(clause_start, at - 20), at)
        if found is None:
            return False
        if found["year"] is not None:
            year = _article_year(doc)
            if year is None or int(found["year"]) >= year:
                return False
        clause_end = clause_bounds(text, at)[1]
        if _CONFERRING_ACTIVE.search(text, clause_start, found.start()) or _CONFERRING_ACTIVE.search(text, at, clause_end):
            return False
        # (…今年又获评…, …在会上受到嘉奖: this event named with an award word after it; not 去年评选出的20名“最美村医”在会上
        # 作了交流: the holders of the past conferral speaking at this event, nothing conferred on them)
        here = _THIS_EVENT_AFTER.search(text, at, clause_end)
        return not (_COMMENDED_PASSIVE.search(text, at, clause_end)
                    or (here is not None and (_AWARD_VERB.search(text, here.end(), clause_end) is not None
                                              or _CONFERRED_IN.search(text, here.end(), clause_end) is not None
                                              or _WINNERS_FETED.search(text, here.end(), clause_end) is not None
                                              or "接受" in text[here.end() : clause_end])))

    @staticmethod
    def _year_piece_before(doc: Document, text: str, at: int, clause_start: int, clause_end: int, before: str) -> bool:
        """The count's piece opens on the whole year (全年获得…奖8项) after a semicolon closing a piece of the same sentence
        that opened on a past year (报告指出，2024年集团新签合同额…；): prizes won in that year, a tally told in a
        review of it (§5 eighth round), as when one clause sums up another over 全年 (_YEAR_LEAD); not with this event
        named in the piece or the holders honoured at it later."""
        if not _WHOLE_YEAR_PIECE.match(text) or not before.rstrip().endswith(("；", ";")):
            return False
        if not _WON_IN_CLAUSE.search(text, clause_start, clause_end) or _CONFERRED_IN.search(text, 0, clause_end) \
                or _THIS_EVENT.search(text, 0, at) or AwardPeriods._honoured_later(text, at, clause_end):
            return False
        lead = _PIECE_YEAR.search(before)
        if lead is None or _THIS_EVENT.search(before, lead.end()):
            return False
        year = _article_year(doc)
        return bool(lead["relative"]) or (year is not None and int(lead["year"]) < year)

    @staticmethod
    def _unlinked_running_tally(doc: Document, sentence: Sentence, at: int, m: re.Match[str],
                                earlier: list[dict] | None = None, n: str = "") -> bool:
        """The count at ``at`` is a running year's tally (see _RUNNING_TALLY): its receiving verb after the count,
        and its honour named nowhere else on the page with a conferral or an event (今年，学校共有56名学生获得国家奖学金
        under a headline 为…颁发国家奖学金: this event's conferral, told as a count), unless one of the ``earlier``
        awards already counts this event's holders of the honour with another number than ``n`` (为23名老党员颁发“光荣在党
        50年”纪念章。…今年全街道共有47名党员获得…纪念章: the year's total beside this event's own count, §5)."""
        text = sentence.text
        clause_end = clause_bounds(text, at)[1]
        tally = _RUNNING_TALLY.search(text, 0, at)
        if tally is None or tally.end() != at or not _WON_OR_RECEIVED.search(text, at, clause_end):
            return False
        if _CONFERRAL_OR_EVENT.search(text, 0, at):
            return False  # (会上，全局今年共有…: its own sentence ties it to a conferral or this event)
        for later in _CONFERRAL_OR_EVENT.finditer(text, at):
            if not _EARLIER_DONE.search(text, at, later.start()):
                return False  # (今年有20名学生获评…，受到大会表彰; not …，去年曾在会上受到表彰, an earlier one)
        honor = ((m.groupdict().get("honor") or "").strip("“”「」\"『』") if "honor" in m.re.groupindex else "")
        if len(honor) < 2:
            return False  # (no honour read: nothing to weigh the link by)
        value = parse_number(n) if n else None
        if value is not None and any(
                _same_honour(a["honor"], honor) and a["count"] != value for a in earlier or ()):
            return True
        own = doc.clean_text.find(text)
        # The headline and the body are read apart, so an index found in the body is the body's own.
        for where_text, is_body in ((doc.meta.get("title") or "", False), (doc.clean_text, True)):
            for found in re.finditer(re.escape(honor), where_text):
                if is_body and own >= 0 and own <= found.start() < own + len(text):
                    continue  # (the count's own sentence)
                line_start = max(where_text.rfind(ch, 0, found.start()) for ch in "。！？\n") + 1
                line_end = min((i for i in (where_text.find(ch, found.end()) for ch in "。！？\n") if i >= 0),
                               default=len(where_text))
                if _CONFERRAL_OR_EVENT.search(where_text, line_start, line_end):
                    return False
        return True

    @staticmethod
    def _running_span_won(text: str, at: int, clause_start: int, clause_end: int) -> bool:
        """The sentence ``text`` opens on a running span (一年来，…; 今年以来，…) and the count's clause (``at``, from
        ``clause_start`` to ``clause_end``) tells honours won from a level above the page's own body (一年来，…，12家企业
        获评省级“专精特新”企业; 今年以来，公司荣获市级以上荣誉12项，其中“五一劳动奖状”1个), with no conferring verb in the
        sentence, no word of this event after the span and no honouring at this event later: a running tally (§5)."""
        span = _RUNNING_SPAN_OPENING.match(text, _SENTENCE_OPENING.match(text).end())
        if span is None or _THIS_EVENT.search(text, span.end(), at):
            return False
        # (or the whole of a body counted, of its own level too: 今年以来，全局共有300名民警获得嘉奖 is the sixteenth round's
        # own example of a tally, "whichever body or year word opens it")
        return (_WON_IN_CLAUSE.search(text, clause_start, clause_end) is not None
                and (_ABOVE_OWN_LEVEL.search(text, clause_start, clause_end) is not None
                     or _WHOLE_BODY.match(text, clause_start) is not None)
                and not _CONFERRING_ACTIVE.search(text, 0, clause_end)
                and not AwardPeriods._honoured_later(text, at, clause_end))

    @staticmethod
    def _earlier_year_lead(doc: Document, text: str, at: int, clause_start: int, clause_end: int) -> bool:
        """A work year (2023年度，…) or 当年 after a written year (…是在2020年，当年…) leads the count's clause (``at``,
        from ``clause_start`` to ``clause_end``) and names a period before this event's: a tally of it (§5)."""
        year = _article_year(doc)
        if year is None or AwardPeriods._honoured_later(text, at, clause_end):
            return False
        for lead in _ANNUAL_LEAD.finditer(text, 0, at):
            # (2023年度，…: the clause it ends opens the count's; 2024年度，… on a 2025 page: this event's, §3)
            if lead.end() == clause_start and int(lead["year"]) < year - 1 and not _THIS_EVENT.search(text, lead.end(), at):
                return True
        that = _THAT_YEAR_LEAD.match(text, clause_start)
        if that is None or _THIS_EVENT.search(text, that.end(), at):
            return False
        written = [m for m in _YEAR_WRITTEN.finditer(text, 0, clause_start)]
        return bool(written) and int(written[-1]["year"]) < year

    @staticmethod
    def _past_event_held(doc: Document, text: str, at: int, clause_start: int, clause_end: int) -> bool:
        """An event held in a written year before the article's, or last year, is told in the count's clause before the
        count or in the clause right before it (州第六次民族团结进步表彰大会于2015年召开，共表彰模范集体80个; 2015年召开的第六次
        表彰大会共表彰…; 首届评选活动于2020年举办，当时评出…10名), with no word of this time between: that event's conferrals,
        told as history, are a past tally (§5 thirty-third round), unless a later clause says the holders were honoured here."""
        previous_start = start_after(text, clause_start - 1) if clause_start else 0
        held = [*_EVENT_HELD_IN_YEAR.finditer(text, previous_start, at)][-1:]
        if not held:
            return False
        m = held[0]
        year = _article_year(doc)
        if m["year"] is not None and (year is None or int(m["year"]) >= year):
            return False
        if m["month"] and (m["relative"] == "去年" or m["year"] is not None and year is not None and int(m["year"]) == year - 1):
            return False  # (表彰大会于2023年12月28日召开 on a page of January 2024: perhaps the reported event itself)
        # (the event whose holding is told named in that clause: 表彰大会于2015年召开, or after the attribute: 2015年召开的
        # 第六次表彰大会, whose noun is that event's, no word of this one)
        after = m.end()
        if m.group().endswith("的"):
            named = _EDITION_EVENT.match(text, after, at)
            if named is None:
                return False
            after = named.end()
        elif not _HELD_EVENT_NOUN.search(text, start_after(text, m.start()), m.start()):
            return False
        if _THIS_EVENT_AFTER.search(text, after, at) or _THIS_TIME.search(text, after, at):
            return False  # (2015年召开首届大会，本届大会表彰了…: this event named between)
        return not AwardPeriods._honoured_later(text, at, clause_end)

    @staticmethod
    def _honoured_later(text: str, at: int, clause_end: int) -> bool:
        """A clause of its own after the count's (``at``, its clause ending at ``clause_end``) says the holders were
        honoured at this event (…，会上对他们进行了表彰; …，大会对他们进行了表彰; …，并为获奖作者颁奖), not marked as done
        before (…，已于去年受到表彰)."""
        here = _HONOURED_HERE_AFTER.search(text, clause_end)
        return (here is not None and text[: here.start()].rstrip().endswith(("，", ",", "；", ";"))
                and not _EARLIER_DONE.search(text, at, here.end()))

    @staticmethod
    def _prize_referred_to(honor: str, before: str) -> list[str]:
        """The honours that ``honor`` (该奖, 该奖章, 此项荣誉) may refer back to in ``before``, the last one last: a
        medal or a title refers to the name quoted last, a prize to the prize named (quoted or not)."""
        quoted = _SHORT_QUOTE.findall(before)
        if honor.endswith(("称号", "荣誉", "殊荣")):
            # (公布了“市级优秀教师”名单，荣获该称号的…12人: the title quoted last before it)
            return quoted
        if honor.endswith("奖章"):
            return [q for q in quoted if q.endswith("奖章")]
        if honor.endswith(("奖学金", "奖教金")):
            # (学校设立“明德”奖学金。该奖学金今年授予20名学生: the scholarship named last before it, §5 tenth round; a bare
            # 奖教金 likewise, twelfth round)
            return [name for q, noun, plain in _NAMED_SCHOLARSHIP.findall(before)
                    if (name := q + noun if q else plain).endswith(honor[-3:]) and name != honor and not _THIS_PRIZE.search(name)]
        # (公司设立“金点子”奖。今年12名员工获得这项奖励: a quoted name with 奖 after its closing mark as well, §5 eleventh
        # review round)
        named = [(m.start(), m.group()) for m in _NAMED_PRIZE.finditer(before)]
        named += [(m.start(), m["p"] + "奖") for m in _QUOTED_THEN_PRIZE.finditer(before)]
        prizes = [p for _, p in sorted(named) if not _THIS_PRIZE.search(p)
                  and not p.endswith(("颁奖", "获奖", "得奖", "领奖", "受奖"))]
        # (首届李明远农业科技基金颁奖仪式在这里举行，9名专家喜获该奖: the prize or fund named by its prize-giving)
        return prizes or [m["p"] for m in _PRIZE_OF_CEREMONY.finditer(before) if not _THIS_PRIZE.search(m["p"])]

    @staticmethod
    def _previous_text(doc: Document, sentence: Sentence) -> str:
        """The text of the sentence before ``sentence`` (up to 200 characters back), or ``""``."""
        full = doc.clean_text
        end = len(full[: sentence.start].rstrip())
        return full[start_after(full, end - 1, "。！？\n", floor=max(0, end - 200)) : end] if end > 0 else ""

    @staticmethod
    def _span_before_won(doc: Document, sentence: Sentence, at: int) -> bool:
        """Prizes or works counted at ``at`` (an offset into ``sentence.text``) are won, with no conferring verb and no
        word of this time or event before the count, in a sentence that goes on from a span of years written in the
        sentence before (建社近10年来，共抢救…。编纂…，获得…图书奖共8项), or in the one before that with only prizes won
        between, on a page that reports no conferral or prize results before the sentence: that span's tally
        (GUIDELINES §5 ninth round: prizes won told after a span of years are that period's tally; twenty-second
        round: a year's prizes from higher bodies told in a work report)."""
        text = sentence.text
        clause_start = start_after(text, at)
        clause_end = clause_bounds(text, at)[1]
        if not _WORKS_WON_AT.match(text, at) or _WON_IN_CLAUSE.search(text, clause_start, clause_end) is None:
            return False
        if _CONFERRING_ACTIVE.search(text) or _THIS_EVENT.search(text, 0, at):
            return False
        full = doc.clean_text
        if _PRIZE_EVENT_BEFORE.search(full, 0, sentence.start):
            # (…奖今天在京颁奖。…近两年来发表的作品。经评审，5篇获奖; …奖今天揭晓。: the prize this page's event confers)
            return False
        higher = _ABOVE_OWN_LEVEL.search(text, clause_start, clause_end) is not None
        end = sentence.start
        for _ in range(SPAN_CARRY_SENTENCES):
            end = len(full[:end].rstrip())
            if end <= 0:
                return False
            start = start_after(full, end - 1, "。！？\n", floor=max(0, end - 200))
            before = full[start:end]
            if _CONFERRING_ACTIVE.search(before):
                return False
            if _SEVERAL_YEARS_IN.search(before) or (higher and _ONE_YEAR_IN.search(before)):
                return True
            if _WON_IN_CLAUSE.search(before) is None or not _WORKS_WON_AT.search(before):
                return False
            # (7种专著荣获国家图书奖。另有6部专著获得“五个一工程”奖: the next item of the same tally shares its level)
            higher = higher or _ABOVE_OWN_LEVEL.search(before) is not None
            end = start
        return False

    @staticmethod
    def _year_after_review(doc: Document, sentence: Sentence, at: int) -> bool:
        """The sentence opens with the year just past (一年来，…; 过去一年，…) right after a sentence reviewing a period's
        work (会议回顾了过去一年的工作。), and the count's clause tells prizes won or honours received with no conferring
        of this event in the sentence: that period's tally, as :meth:`_period_reviewed` reads it in one sentence."""
        text = sentence.text
        opening = _YEAR_PAST_OPENING.match(text)
        clause_start = start_after(text, at)
        clause_end = clause_bounds(text, at)[1]
        if not opening:
            # (黎某在报告中回顾，一年来，…有18件作品获省级以上奖项: the review is the sentence's own lead, the year just past
            # opening the clause after it; the same tally as after a review sentence, §5 ninth round)
            lead = _REVIEW_LEAD.match(text)
            opening = _YEAR_PAST_OPENING.match(text, lead.end()) if lead else None
            if opening is None or opening["year"] is not None:
                return False
            return (_WON_OR_RECEIVED.search(text, clause_start, clause_end) is not None
                    and not _CONFERRING_ACTIVE.search(text, 0, clause_end)
                    and not _THIS_EVENT.search(text, opening.end(), at)
                    and not _HONOURED_HERE_AFTER.search(text, at))
        before = AwardPeriods._previous_text(doc, sentence)
        review = _PERIOD_REVIEWED.search(before)
        if opening["year"] is not None:
            # (会议回顾了2024年度…工作。…出席并讲话。⏎2024年，…获评…: the year a review a few sentences before names; not
            # 2025年，… after a review of 2024, a year ahead)
            full = doc.clean_text
            back = full[max(0, sentence.start - _REVIEW_REACH) : sentence.start]
            review = next((r for r in _PERIOD_REVIEWED.finditer(back) if opening["year"] + "年" in r.group()), None)
        if review is None:
            return False
        # (2024年，全市新命名…24个，8个单位被命名为…: the named year's conferrals are its tally as well, like the items of a
        # review's colon list, GUIDELINES §5 eleventh review round)
        # (召开2024年度…总结表彰大会。会议总结了…。2024年度，市政府授予…: the meeting reviewing is itself that year's
        # commendation, so the conferral is its own, not a tally, §5 ninth round)
        conferred_then = opening["year"] is not None and _CONFERRING_ACTIVE.search(text, 0, clause_end) is not None \
            and not _CONFERRING_EVENT.search(back, 0, review.start())
        return ((_WON_OR_RECEIVED.search(text, clause_start, clause_end) is not None or conferred_then)
                and (conferred_then or not _CONFERRING_ACTIVE.search(text, 0, clause_end))
                and not _THIS_EVENT.search(text, 0, at)
                and not _HONOURED_HERE_AFTER.search(text, at))

    @staticmethod
    def _period_reviewed(text: str, clause_start: int, at: int, clause_end: int, before: str = "") -> bool:
        """A clause before the count's (``at``, an offset into the sentence ``text``; its clause ``clause_start`` ..
        ``clause_end``) reviews a period's work and the count's clause tells prizes won or honours received in it
        (会议回顾了2024年工作，全年获得省级以上荣誉9项), with no conferring verb of this event after the review and no
        honouring at this event later in the sentence; unless the meeting reviewing is itself the conferring event, named
        so in the sentence or the one ``before`` (总结表彰大会), or the count's clause tells the honours as received
        with no higher level (…，10个单位获评“先进集体”; …，30名教师受到表彰; not 受到省级表彰)."""
        # (…总结了2025年工作：全县新发展团员860名，评选“青年文明号”12个: the items the colon opens, the first one in the
        # review's own clause, are that period's work, conferred or won, as long as this event is not named among them)
        reviewed = next((r for r in _PERIOD_REVIEWED.finditer(text, 0, at) if _REVIEW_LISTED.match(text, r.end())), None)
        listed = reviewed is not None
        if reviewed is None and before.rstrip().endswith(("；", ";")):
            # (…总结了2024年科研工作：到账经费…；获批…6项；获省科学技术奖12项: the review's colon list goes on past a
            # semicolon, the count's piece read apart from the review's; its items are that period's all the same)
            review = next((r for r in _PERIOD_REVIEWED.finditer(before) if _REVIEW_LISTED.match(before, r.end())), None)
            if review is None:
                return False
            if not _HIGHER_LEVEL.search(text, clause_start, clause_end) and not _WHOLE_TALLIED.search(text, clause_start, at) and (
                    _CONFERRING_EVENT.search(before, 0, review.start()) or _RECEIVED_HERE.search(text, clause_start, clause_end)):
                return False  # (表彰大会上，…总结了…：…；…: the conferring event reviewing, as for a review in the count's piece)
            return not _THIS_EVENT.search(text, 0, at) and not _HONOURED_HERE_AFTER.search(text, at)
        reviewed = reviewed or _PERIOD_REVIEWED.search(text, 0, clause_start)
        if reviewed is None:
            return False
        if not listed and _WON_OR_RECEIVED.search(text, clause_start, clause_end) is None:
            return False
        higher = _HIGHER_LEVEL.search(text, clause_start, clause_end) is not None or (
            _COUNTY_LEVEL.search(text, clause_start, clause_end) is not None
            and _TOWNSHIP_REVIEWING.search(before + text[: reviewed.start()]) is not None)
        if not higher and not _WHOLE_TALLIED.search(text, clause_start, at) and (
                _CONFERRING_EVENT.search(text, 0, reviewed.start()) or _CONFERRING_EVENT.search(before)
                or _RECEIVED_HERE.search(text, clause_start, clause_end)):
            return False
        return ((listed or not _CONFERRING_ACTIVE.search(text, reviewed.end(), clause_end))
                and not _THIS_EVENT.search(text, reviewed.end(), at)
                and not _HONOURED_HERE_AFTER.search(text, at))

    @staticmethod
    def _dated_review_list(doc: Document, text: str, at: int, clause_end: int) -> bool:
        """The count at ``at`` is an item of a colon list after a review of achievements (林某回顾了…取得的成绩：2021年以来，
        …，2023年…获评…，5名教师获评…), an item before it or its own led by a past year or span: that past's tally (§5 ninth
        and eleventh review rounds), with no word of this event between the colon and the count and no honouring at this
        event later in the sentence."""
        # (the last review before the count: the list the count is an item of)
        review = max(_ACHIEVEMENTS_LISTED.finditer(text, 0, at), key=lambda r: r.start(), default=None)
        if review is None or _THIS_EVENT.search(text, review.end(), at) or _HONOURED_HERE_AFTER.search(text, at) \
                or _CONFERRING_ACTIVE.search(text, start_after(text, at), clause_end):
            return False  # (…：…；会上表彰了20名…: this event's conferral in the list)
        year = _article_year(doc)
        for lead in _LIST_ITEM_PAST.finditer(text, review.end(), at):
            if lead["year"] is None or (year is not None and int(lead["year"]) < year):
                return True
        return False

    @staticmethod
    def _spoken_holding(text: str, clause_start: int, at: int) -> bool:
        """The count at ``at`` opens, after a place and 有, the clause right after a speaker's words that open the
        sentence ``text`` (会议指出，全市有120个村获评…), with no word of this time or event before it."""
        lead = _SPOKEN_LEAD.match(text)
        return (lead is not None and lead.end() == clause_start
                and _HAS_BEFORE_COUNT.fullmatch(text, clause_start, at) is not None
                and not _THIS_EVENT.search(text, clause_start, at))

    @staticmethod
    def _year_frames_won(text: str, lead: re.Match[str], clause_start: int, at: int) -> bool:
        """The year ``lead`` opens the sentence ``text`` and frames the later clause of the count at ``at`` (opening at
        ``clause_start``) as prizes won in it, with no verb of conferring after the year and no honouring at this
        event later in the sentence (2024年，公司坚持创新驱动，全年获得省级以上科技进步奖9项)."""
        # (…，8件作品获…金奖: the verb of winning after the count too; not …，为8件获奖作品颁奖, conferred in the clause)
        clause_end = clause_bounds(text, at)[1]
        # (…，其中46名学员被评为“优秀学员”: rated in the passive, received as a prize is; its 评为 confers nothing here)
        rated = _RATED_PASSIVE.search(text, clause_start, clause_end)
        return (_SENTENCE_OPENING.fullmatch(text, 0, lead.start()) is not None
                and (_WON_IN_CLAUSE.search(text, clause_start, clause_end) is not None or rated is not None)
                and not any(text[c.start() - 1] != "被" and not (rated and rated.start() <= c.start() < rated.end())
                            for c in _CONFERRED_IN.finditer(text, lead.end(), clause_end))
                and not _HONOURED_HERE_AFTER.search(text, at))

    @staticmethod
    def _commended_near(doc: Document, sentence: Sentence) -> bool:
        """A conferral reported in the sentence or the text shortly before it (a commendation or a prize ceremony,
        表彰, 颁奖, 评出 …), not one still to come (…3名一等奖选手将被授予“…”称号 commends nobody yet)."""
        before = max(0, sentence.start - CONTEST_BEFORE)
        return any(not _BEFORE_PLANNED.search(doc.clean_text, max(0, c.start() - 3), c.start())
                   for c in _CONFERRED_IN.finditer(doc.clean_text, before, sentence.end))

    @staticmethod
    def _conferred_in_article(doc: Document) -> bool:
        """A conferral reported anywhere in the article, headline included (§5: grades stay when "the article reports the
        commendation or prize ceremony that conferred them"), not one still to come (将被授予, 将为…颁奖)."""
        text = doc.clean_text
        for c in _CONFERRED_IN.finditer(text):
            start = start_after(text, c.start(), CLAUSE_MARKS + "\n")
            end = min((i for i in (text.find(ch, c.end()) for ch in "，。；,;\n") if i >= 0), default=len(text))
            if not _PLANNED.search(text, start, end):
                return True  # (颁奖典礼将于下月举行: a ceremony still to come, in its clause)
        return False

    @staticmethod
    def _conferred_done(text: str, start: int, end: int) -> bool:
        """A conferring verb between ``start`` and ``end`` (offsets into ``text``, one clause) that is not itself
        marked as still to come (表彰了…50名, not 将表彰…, 拟授予…)."""
        return any(not _BEFORE_PLANNED.search(text, max(start, c.start() - 3), c.start())
                   for c in _CONFERRED_DONE.finditer(text, start, end))
