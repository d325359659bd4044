"""A council's members or a unit's soldiers holding a rite are people, no organizer (invented sentences).

GUIDELINES §3, thirty-third review round (7 December 2026, third stop), following the rule that an organizer is a body
and a crowd subject (`全体师生`, `首都各界群众`) gives none: `全体议员`, `部分议员`, `市议会议员`, `驻地官兵` likewise.
Near misses: the council itself, and a body whose name holds the word (`议员联谊会`), stay organizers.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "organizer", "location"), [
    ("5月6日上午，全体议员在县议会大楼前举行升旗仪式。", None, "县议会大楼前"),
    ("5月6日上午，全體議員在議會前廣場舉行升旗儀式。", None, "议会前广场"),
    ("5月6日，部分议员在市政厅召开座谈会，听取市民意见。", None, "市政厅"),
    ("5月6日，市议会议员在议会大楼举行记者会。", None, "议会大楼"),
    ("5月6日清晨，驻地部队官兵在营区广场举行升旗仪式。", None, "营区广场"),
    ("5月6日，全体师生在学校操场举行升旗仪式。", None, "学校操场"),
    # near misses: bodies
    ("5月6日上午，江城县议会在议事厅举行开议典礼。", "江城县议会", "议事厅"),
    ("5月6日，议员联谊会在市政厅举行年会。", "议员联谊会", "市政厅"),
])
def test_members_holding_a_rite_are_no_organizer(extract, text, organizer, location):
    meetings = extract(text, published="2024-05-07")["meetings"]
    assert [(m["organizer"], m["location"]) for m in meetings] == [(organizer, location)]
