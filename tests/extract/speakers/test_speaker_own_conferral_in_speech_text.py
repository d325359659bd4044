"""Speakers and roles on local government, company and university pages: invented pages.

- §4 (fifteenth round, speech texts): 我 is the byline speaker, and an act the speech tells as done at this event adds its
  role (刚才，我为获奖者颁发了证书 → 颁奖). Found: under a headline naming a meeting that is no award ceremony
  (在全县经济工作会议上的讲话), the speaker's 颁奖 was read and then dropped, because the check that a conferral is told
  looked only at the byline line cited as evidence, not at the clause of the act; the same act under a 表彰大会 headline
  kept it. The clause of 我's act is now the one checked, so officiating that confers nothing (我为新馆开馆主礼) still
  adds nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.views import speakers


def _speech(headline: str) -> str:
    return f"{headline}\n（2024年12月26日）\n县委书记 张立军\n同志们：\n"


@pytest.mark.parametrize(
    ("headline", "sentence", "roles"),
    [
        ("在全县经济工作会议上的讲话", "刚才，我为受表彰的先进单位颁发了奖牌。", ("讲话", "颁奖")),
        ("在全县经济工作会议上的讲话", "会前，我和陈明同志为受表彰的十家先进单位颁发了奖牌。", ("讲话", "颁奖")),
        ("在全市项目建设推进会上的讲话", "刚才，我与王强同志一起为获奖企业授牌。", ("讲话", "颁奖")),
        ("在县委农村工作会议上的讲话", "刚才，我为十名优秀村党组织书记颁发了证书。", ("讲话", "颁奖")),
        ("在全区“七一”座谈会上的讲话", "刚才，我为老党员佩戴了“光荣在党50年”纪念章。", ("讲话", "颁奖")),
        ("在公司年度工作会议上的讲话", "刚才，我和大家一起为先进个人颁奖。", ("讲话", "颁奖")),
        # (an award ceremony's headline kept it before; still kept)
        ("在全市表彰大会上的讲话", "刚才，我为受表彰的先进单位颁发了奖牌。", ("讲话", "颁奖")),
        # NEGATIVE: officiating that confers nothing, another event, another's act done to 我, a body's act
        ("在全县经济工作会议上的讲话", "刚才，我为新馆开馆主礼。", ("讲话",)),
        ("在全县经济工作会议上的讲话", "去年，我为获奖者颁发了证书。", ("讲话",)),
        ("在全县经济工作会议上的讲话", "上个月，我在省里的大会上为先进单位颁发了奖牌。", ("讲话",)),
        ("在全县经济工作会议上的讲话", "刚才，省长为我颁发了奖章。", ("讲话",)),
        ("在全县经济工作会议上的讲话", "刚才，我公司为获奖者颁发了奖金。", ("讲话",)),
        ("在全县经济工作会议上的讲话", "明天，我将为获奖企业颁奖。", ("讲话",)),
        ("在全县经济工作会议上的讲话", "我记得老县长为我颁发奖章的那一刻。", ("讲话",)),
    ],
)
def test_the_speakers_own_conferral_at_a_meeting_that_is_no_award_ceremony(extract, headline, sentence, roles):
    assert speakers(extract(_speech(headline) + sentence + "\n"))["张立军"] == ("县委书记", roles)


@pytest.mark.parametrize(
    "sentence",
    [
        "会前，我和陈明同志为受表彰的先进单位颁发了奖牌。",
        "刚才，陈明同志和我为先进单位颁发了奖牌。",
    ],
)
def test_the_one_conferring_with_the_speaker_keeps_the_role(extract, sentence):
    found = speakers(extract(_speech("在全县经济工作会议上的讲话") + "刚才，陈明同志作了部署。" + sentence + "\n"))
    assert found["陈明"][1] == ("讲话", "颁奖")
    assert found["张立军"][1] == ("讲话", "颁奖")
