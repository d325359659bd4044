"""Meetings named in passing, none reported held (GUIDELINES §3 thirty-second review round, 7 December 2026, second
stop): a meeting someone has the right to attend (`有权参加…股东大会`), a rite or gathering held as a habit with no
day of its own (`每日在此举行的降旗仪式`, `每周在这里进行一次…仪式`), conferences told as a plural (`一些国际会议`,
`许多学术会议`, `一系列研讨会`) and a meeting named only as the owner of a relayed speech (`在一中全会的讲话中`) give no
record. Near-misses: the meeting held (`昨天召开股东大会`), an edition of a recurring series held on its day (`每年举办一次的
江城论坛今天开幕`: the series' frequency is no part of the name nor of the organizer), one conference (`一次国际会议`) and a
speech at a dated meeting stay records. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    "body",
    [
        # a right or a possibility to attend: an organ, an institution
        "股份公司的股票上市后，买者就成为该公司的股东，有权参加公司最高权力机构——股东大会。",
        "持有本公司股票的人有权出席股东大会，并对重大事项投票。",
        "會員有權參加會員代表大會，享有選舉權和被選舉權。",
        "入会的企业可以参加协会每年的理事会，提出建议。",
        # a habit, no day of its own
        "每日在此举行的降旗仪式，吸引了许多游客。",
        "每天傍晚在广场举行的升旗仪式，吸引众多市民驻足观看。",
        "村党支部和村委会带领村民们每周在这里进行一次隆重的升国旗仪式，进行爱国主义教育。",
        "我没有参加他们每天晚上举行的同乡聚会。",
        # many conferences told as a plural
        "他们还成功地举办了一些国际会议，扩大了影响。",
        "学会近年来举办过许多学术会议，影响日益扩大。",
        "该中心先后组织了一系列研讨会，推动了学科发展。",
        "協會曾舉辦過不少國際研討會。",
        "中心成立以来举办了多期培训班，培养了大批骨干。",
        # the owner of a speech relayed, no day of its own
        "十五大报告和总书记在一中全会的讲话中，再次强调要继续加强农业。",
        "省长在全省经济工作会议上的讲话中指出，要把农业放在首位。",
        "他在第六次文代会和第五次作代会上的讲话中指出，文艺工作者负有庄严职责。",
    ],
)
def test_meeting_named_in_passing_gives_no_record(extract_with_model, body: str) -> None:
    assert names(extract_with_model(page(body, "1998-01-20"))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a speaker glad to attend the meeting held: not a right
        ("江城大桥公司昨天召开座谈会，董事长王强说，很高兴能够参加这次座谈会。", [("座谈会", "1998-01-19", "江城大桥公司")]),
        # the meeting held
        ("江城大桥公司昨天召开股东大会，选举产生新一届董事会。", [("股东大会", "1998-01-19", "江城大桥公司")]),
        # one conference, held on its day
        ("协会昨天在北京举办了一次国际会议，来自20个国家的学者参加。", [("国际会议", "1998-01-19", "协会")]),
        # a speech at a meeting dated in its own attribute
        ("王强在今天召开的全省经济工作会议的讲话中指出，要加强农业。", [("全省经济工作会议", "1998-01-20", None)]),
        ("市委书记王强今天在全市干部大会上讲话。", [("全市干部大会", "1998-01-20", None)]),
        # an edition of a recurring series, held on its day: how often is no part of the name nor of the organizer
        ("每年举办一次的江城论坛今天在江城宾馆开幕，500多名代表出席。", [("江城论坛", "1998-01-20", None)]),
        ("每两年举行一届的江城国际研讨会今天在江城宾馆召开。", [("江城国际研讨会", "1998-01-20", None)]),
        ("一年一度的江城论坛今天在江城宾馆开幕。", [("江城论坛", "1998-01-20", None)]),
        ("江城大学每年举办的校庆晚会今晚在大礼堂举行。", [("校庆晚会", "1998-01-20", "江城大学")]),
    ],
)
def test_meeting_held_kept(extract_with_model, body: str, expected: list) -> None:
    assert held(extract_with_model(page(body, "1998-01-20"))) == expected
