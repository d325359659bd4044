"""Taiwan, Hong Kong and Macau government releases in Traditional characters. Invented sentences;
the expected values follow corpus/GUIDELINES.md §4.

- A bill presented with 作出说明 was missed when the bill was written 法案 (HK, Macau and Taiwan releases:
  就《…法案》作出说明): one who presents a bill with 作…说明 has 作报告 (§4 thirteenth review round), like 草案.
- A police officer briefing a press conference on a case (大队长报告侦办经过, 报告了案情) got no role: 报告 as the
  person's own verb on the work done is 作报告 (§4 ninth and twelfth review rounds); not 向上级报告险情.
- A count of one before the post (另一名区议员郑某, 一位议员陈某) was kept in the title: it picks the person out of a
  group and is no part of the job-title chain (§4 title).
- A recipient of a grant quoted with a soft verb (获补助的新创公司「海港智能」执行长蔡某说) was a speaker, and an English
  name in brackets beside the Chinese one (蔡某（Ming-Hung Tsai）说) hid the soft verb: recipients whose reactions are
  quoted are not speakers (§4), like 受助学生.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_MEETING = "5月7日，立法会召开全体会议，主席高文主持会议。"


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("经济财政司司长李伟列席会议，并就《税务法案》作出说明。", "李伟", ("经济财政司司长", ("作报告",))),
        ("保安局局长张杰就法案作出说明。", "张杰", ("保安局局长", ("作报告",))),
        ("行政法务司司长陈明受特区政府委托，就《公共债务法案》作了说明。", "陈明", ("行政法务司司长", ("作报告",))),
        ("财政局局长周立就该法案作说明。", "周立", ("财政局局长", ("作报告",))),
        # near misses: an answer to questions, an event named 说明会
        ("保安局局长张杰就议员关心的问题作了说明。", "张杰", ("保安局局长", ("讲话",))),
        ("保安局局长张杰出席法案说明会并致辞。", "张杰", ("保安局局长", ("致辞",))),
    ],
)
def test_bill_presented(extract, body, name, expected):
    assert speakers(extract(page(_MEETING + body))).get(name) == expected


_PRESS = "5月7日下午，市警察局召开记者会，局长王明主持。"


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("刑事警察大队大队长萧宇报告侦办经过。", "萧宇", ("刑事警察大队大队长", ("作报告",))),
        ("支队长周伟报告了案情。", "周伟", ("支队长", ("作报告",))),
        ("随后，侦查队队长林志报告侦查经过，并展示查获证物。", "林志", ("侦查队队长", ("作报告",))),
    ],
)
def test_case_reported(extract, body, name, expected):
    assert speakers(extract(page(_PRESS + body))).get(name) == expected


@pytest.mark.parametrize(
    "body",
    [
        "大队长萧宇向上级报告险情。",
        "民众报告案情后，大队长萧宇立即赶到现场。",
    ],
)
def test_case_reported_negative(extract, body):
    found = speakers(extract(page(_PRESS + body))).get("萧宇")
    assert found is None or "作报告" not in found[1]


_COUNCIL = "5月7日上午，东区区议会举行第七次会议。"


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("区议员梁国强在会上发言。另一名区议员郑志明则表示反对。", "郑志明", "区议员"),
        ("一位议员陈刚表示支持。", "陈刚", "议员"),
        ("另外一名委员黄敏在会上发言。", "黄敏", "委员"),
        ("其中一名议员赵强表示，区内设施不足。", "赵强", "议员"),
        # near misses: no count word before the post
        ("区议员郑志明表示反对。", "郑志明", "区议员"),
        ("第一选区区议员郑志明表示反对。", "郑志明", "第一选区区议员"),
    ],
)
def test_count_of_one_before_title(extract, body, name, title):
    found = speakers(extract(page(_COUNCIL + body))).get(name)
    assert found is not None and found[0] == title


_BRIEFING = "5月7日下午，市经济发展局举行青年创业补助说明会，局长王明主持。"


@pytest.mark.parametrize(
    "body",
    [
        "获补助的新创公司「海港智能」执行长蔡明宏（Ming-Hung Tsai）说，补助对团队帮助很大。",
        "获补助的新创公司执行长蔡明宏(Ming Tsai)表示，补助来得及时。",
        "获得资助的企业负责人蔡明宏表示，资金很及时。",
        "获补助的企业负责人蔡明宏激动地说，这笔钱帮了大忙。",
    ],
)
def test_grant_recipient_reacts(extract, body):
    assert "蔡明宏" not in speakers(extract(page(_BRIEFING + body)))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # near misses: no grant received before the name, or the speaker speaks at the meeting
        ("新创公司执行长蔡明宏（Ming-Hung Tsai）说，将扩大招聘。", ("新创公司执行长", ("讲话",))),
        ("负责补助审核的科长蔡明宏说，审核从严。", ("科长", ("讲话",))),
        ("获补助企业代表蔡明宏在会上发言。", (None, ("发言",))),
    ],
)
def test_grant_recipient_reacts_negative(extract, body, expected):
    assert speakers(extract(page(_BRIEFING + body))).get("蔡明宏") == expected
