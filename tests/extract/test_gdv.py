"""Leftovers of the sixth of December's fixers: a source or a preposition before a body's full name (GUIDELINES §3).

Classes (GUIDELINES §3 organizer; twentieth, twenty-first, twenty-second and twenty-third rounds: a short form after the
full name written in the article's own text is written in full; a court written short by its level stands for the one
court of that level the page names):
- a source opener before the full name (据…消息, 据…介绍, 据…通报, 记者从…获悉) is no part of it: the short form later in the
  sentence is read back to the name after the opener, for a court or procuratorate and for a body written short by its
  level and a few characters of its name (县防指, 市城管执法局);
- a preposition or verb of going before the full name (到, 赴, 在, 与) ends what stands before it: the name starts after it.
Near misses: a short form with no full name written, or with a body of another kind named, stays as written; a place's
own name opening on 从 or holding 和 (从化区, 和平区) is kept whole. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _organizers(record: dict) -> list[str | None]:
    return [m["organizer"] for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    # positive (the failure, re-invented): the source opener is no part of the court's name
    ("据江城市人民检察院消息，市检察院召开党组会。", ["江城市人民检察院"]),
    ("据江城县人民法院消息，县法院召开新闻发布会。", ["江城县人民法院"]),
    ("据南江县人民法院通报，县法院日前召开审委会。", ["南江县人民法院"]),
    ("记者从江城市人民检察院获悉，市检察院召开党组会。", ["江城市人民检察院"]),
    ("据江城市城市管理综合行政执法局消息，市城管执法局召开座谈会。", ["江城市城市管理综合行政执法局"]),
    ("据南江县防汛抗旱指挥部介绍，县防指召开会商会。", ["南江县防汛抗旱指挥部"]),
    # negative: no full name of the short form's kind written, or a place's own name kept whole
    ("据悉，区法院召开新闻发布会。", ["区法院"]),
    ("据江城市人民检察院消息，市法院召开新闻发布会。", ["市法院"]),
    ("从化区人民法院消息，区法院召开新闻发布会。", ["从化区人民法院"]),
])
def test_source_before_full_name(extract, body, expected):
    assert _organizers(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive (the failure, re-invented): the name starts after the preposition or verb of going
    ("市领导到江城市城市管理综合行政执法局调研。市城管执法局召开座谈会。", ["江城市城市管理综合行政执法局"]),
    ("县委书记赴南江县防汛抗旱指挥部检查。县防指召开会商会。", ["南江县防汛抗旱指挥部"]),
    ("专家组在江城市城市管理综合行政执法局调研。市城管执法局召开座谈会。", ["江城市城市管理综合行政执法局"]),
    ("市委与江城市城市管理综合行政执法局签约。市城管执法局召开座谈会。", ["江城市城市管理综合行政执法局"]),
    ("代表们来到江城县人民法院。县法院召开座谈会。", ["江城县人民法院"]),
    # negative: a place's own name holding 和 is kept whole
    ("天津市和平区城市管理综合行政执法局召开会议。区城管执法局召开座谈会。",
     ["天津市和平区城市管理综合行政执法局", "天津市和平区城市管理综合行政执法局"]),
])
def test_preposition_before_full_name(extract, body, expected):
    assert _organizers(extract(page(body))) == expected
