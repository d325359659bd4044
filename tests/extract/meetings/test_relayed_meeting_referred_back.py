"""A meeting whose spirit is relayed, referred back to in the next sentence as where remarks were made (invented pages).

GUIDELINES §3, thirty-second review round (7 December 2026, second stop): after `会议传达了全市统战部长会议精神`, a
sentence `某某在全市会议上强调…` (the relayed meeting's scope and generic noun) or `在全市统战部长会议上强调` (its name)
refers back to the meeting relayed: only the source of the remarks, no record (§3 "meetings mentioned only as the source
of relayed remarks").  Near misses: the meeting held referred to (`在会上`, `在座谈会上`), and a meeting of another scope
than the one relayed (`在全县会议上` after a city meeting relayed), keep their readings.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("5月7日，区委统战部召开座谈会。会议传达了全市统战部长会议精神。市委常委、统战部长孔某在全市会议上强调，要加强队伍建设。",
     ["座谈会"]),
    ("5月7日，区委统战部召开座谈会。会议传达了全市统战部长会议精神。市委常委、统战部长孔某在全市统战部长会议上强调，要加强队伍建设。",
     ["座谈会"]),
    ("5月7日，县委召开常委会。会议传达学习了全省组织工作会议精神。省委常委、组织部长王某在全省会议上指出，要抓好基层党建。",
     ["常委会"]),
    ("5月7日，镇党委召开党委会。会议学习贯彻了全县经济工作会议精神。县委书记李某在全县大会上要求，要稳住经济大盘。",
     ["党委会"]),
    ("5月7日，區委統戰部召開座談會。會議傳達了全市統戰部長會議精神。孔某在全市會議上強調，要加強隊伍建設。", ["座谈会"]),
    ("5月7日，县委召开常委会。会议传达学习了全省组织工作会议精神，省委常委、组织部长王某在全省会议上指出，要抓好基层党建。",
     ["常委会"]),
    # near misses: the meeting held referred to; a meeting of another scope than the one relayed
    ("5月7日，区委统战部召开座谈会。会议传达了全市统战部长会议精神。区委书记孔某在座谈会上强调，要加强队伍建设。", ["座谈会"]),
    ("5月7日，区委统战部召开座谈会。会议传达了全市统战部长会议精神。孔某在会上强调，要加强队伍建设。", ["座谈会"]),
    ("5月7日，县委召开常委会。会议传达了全市组织工作会议精神。县委书记王某在全县会议上强调，要抓好基层党建。",
     ["常委会", "全县会议"]),
])
def test_relayed_meeting_referred_back_is_no_record(extract, body, expected):
    assert _names(extract(page(body))) == expected
