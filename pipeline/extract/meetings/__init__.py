"""Meetings reported as having taken place: name, date, place, organizer, host, attendees.

A meeting is read from a sentence that holds a meeting verb (召开/举行/举办/开幕/落下帷幕 …)
and a name ending in a meeting head word (会议/大会/典礼/仪式/论坛/培训班/汇演 …), in the
shapes ``ORG(在PLACE)召开NAME``, ``NAME(DATE)在PLACE召开``, ``NAME召开``, ``在…召开的NAME上``,
``…，并举行NAME`` and a study visit (``赴…现场观摩``).  The first such sentence of the body is
the main meeting; later ones with another name (or another head word: 推进会 vs 联席会议)
follow, and meetings read from subtitle-like lines come after those of the body.  An
organizer written at the head of a passive name (民进市委会第十二期…培训班) is split off.

Dates resolve against the publication date; with none, the year is that of a stamp whose day and
month read either way (发布时间：08/05/2024), else it comes from the text (not from a birth or a death; the
meeting's own reviewed ``2022年度`` plus one early in a year, ``2023年是…``, else the most
frequent year; Republic-of-China years in Taiwan articles), else the date is null and a
warning is written.  Festivals (元宵节当天) are converted with ``lunardate``, commemorative
days with a fixed day (世界读书日当天) from their lexicon; 当天/同时 meetings take the main
meeting's date.  A day without a month told after a full date (5月6日…。8日…) is in that date's
month when the publication date allows it.  Sentences that plan a meeting (将于, 拟) are skipped,
and so are tallies (举办了8次会议) and series held by many (各市召开…).  Each meeting's host is
the person chairing in its stretch of text.

A text in which no meeting is held with a verb of holding it may still refer to one that took
place (在座谈会上讲话, 出席开幕式, 会上，…, 会议由…主持, …座谈会强调): the first such
reference is the meeting.  A signing ceremony referred to (出席签约仪式) takes the day and place of
the signing act told just before it (…19日在郑州签署…协议。), unless that act is recalled (曾于2022年签署).

Known limitations: the organizer is the clause subject, so a long subject with a place phrase
may be cut; a referred meeting is only the first one in the text; the parties of a signing act
told before a signing ceremony are not compared with the ceremony's; consultations held as an
event (…第十轮战略磋商…在北京举行, 安理会…进行了磋商) give no record yet: reading them needs their
organizer read right too, which is not done.

The package, by module.  The modules of one concern each import only from patterns (which also holds the readings two
of them share: ``briefing_holder``, ``lecture_inviter``); the one exception is references, which takes ``period_of``
from dates: that is date logic built on dates' own period and festival patterns, not a pattern, so the dependency
points one way, references -> dates, and dates imports nothing from references:

- ``patterns``: patterns and helpers that several of the concerns below share;
- ``dates``: date, year and time-of-day resolution, datelines, festivals, reviewed years, planned and
  held-as-planned checks (:class:`MeetingDates`);
- ``names``: meeting-name patterns, heads, editions, name cleaning, names listed or joined, a name told again
  (:class:`MeetingNames`);
- ``organizers``: organizer reading, cleaning and splitting off a name, company and body words, holders told by an
  attribute, a side or a level word (:class:`MeetingOrganizers`);
- ``places``: venue cleaning, a place told from a body, venues told in a fronted clause, a room or a gathering
  (:class:`MeetingPlaces`);
- ``attendance``: attendee counts (:class:`MeetingAttendance`);
- ``hosts``: the person chairing each meeting (:class:`MeetingHosts`);
- ``lectures``: lectures, 党课 and classes;
- ``references``: meetings referred to rather than held with a verb (:class:`MeetingReferences`);
- ``labelled``: a meeting told as a labelled-field record, 会议时间：… 会议地点：… 主持人：… (:class:`MeetingLabelled`);
- ``mentions``: meetings named only in passing, none held (有权参加…, 每日…举行的…, 一些国际会议, 在…的讲话中); it imports
  no sibling;
- ``captions``: the day and venue a photo caption gives the main meeting (:class:`MeetingCaptions`).

The modules of readings that join several concerns are built on those above, each importing only from modules listed
before it (no import runs in a circle; the siblings each takes from are in brackets):

- ``sessions``: sessions of councils, congresses and party bodies, their sittings and opening rites (names,
  organizers);
- ``side_events``: events told within, before, after or alongside another meeting, the clauses split off a sentence
  to read them and the day they take from it (dates, hosts, organizers, sessions);
- ``contests``: contests, games, fairs and prize schemes, their rites, holders and venues (side_events);
- ``talks``: talks, visits, receptions and banquets, visitors received and their guests (places, references,
  side_events);
- ``acts``: acts told near a meeting that lend it its day or venue: dated statements and deeds, press-conference
  statements, invitations, foundings, gatherings (:class:`MeetingActs`; dates, names, organizers);
- ``holding``: whether a sentence tells a meeting held, planned, asked for, tallied or recalled: the patterns built
  from the lexicons and ``match`` (:class:`MeetingHolding`; the modules whose patterns it joins);
- ``extractor``: :class:`MeetingExtractor` (built on the classes above): the flow of ``__call__`` and the assembly of
  the records; it imports from all of them.
"""

from pipeline.extract.meetings.extractor import MeetingExtractor

__all__ = ["MeetingExtractor"]
