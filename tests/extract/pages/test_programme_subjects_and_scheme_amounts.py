"""Meeting, funding and speaker shapes of a programme named as the subject, schemes' usual amounts and foreign names' dots: a programme's name before a dated act is no plan (春蕾计划5月8日召开…), and 该计划 is no
organizer; a scheme's usual amount (资助金额一般介乎…) is a rule, no money granted; a foreign name's dot typed as a full
stop (米夏埃尔．舒尔茨); a year span's label (2024—2025年度) gives no year; an act held within the meeting just told
(会上还举行了…仪式, 典礼上还举行了…) is its own record dated like the meeting; a correspondent's 日前报道 gives the
meeting no day word; a monthly rate raised (每月港币4000元提高至每月港币4500元) stays no record.
Invented sentences; the expected values follow corpus/GUIDELINES.md (§3 meetings, §4 names, §6 funding)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page, speakers, when


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("春蕾计划5月6日召开座谈会，总结工作。", [("座谈会", "2024-05-06", "春蕾计划")]),
        ("英才计划5月6日举行结业典礼。", [("结业典礼", "2024-05-06", "英才计划")]),
        ("春蕾计划于5月6日召开座谈会，总结工作。", [("座谈会", "2024-05-06", "春蕾计划")]),
        ("该计划于5月6日召开座谈会，总结工作。", [("座谈会", "2024-05-06", None)]),
        ("该计划5月6日在京召开推进会，听取各方意见。", [("推进会", "2024-05-06", None)]),
        ("该工程5月6日举行开工仪式。", [("开工仪式", "2024-05-06", None)]),
        ("该方案5月6日召开论证会。", [("论证会", "2024-05-06", None)]),
        # NEGATIVE: a body that plans a meeting ahead
        ("市教育局计划5月20日召开座谈会。", []),
        ("街道计划5月20日召开居民大会。", []),
        ("学校计划于5月20日举行运动会开幕式。", []),
        ("公司计划5月中旬召开职代会。", []),
        ("我们计划5月20日召开座谈会。", []),
    ],
)
def test_a_programme_named_as_the_subject(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("该计划资助金额一般介乎二百万至一千万港元。", []),
        ("每宗申请一般可获五十万港元资助。", []),
        ("基金每个项目资助额一般为10万至30万元。", []),
        ("该专项资金通常为每个项目50万元。", []),
        ("补助标准原则上为每村20万元。", []),
        # NEGATIVE: a budget's kind, money granted; a total granted
        ("县财政从一般公共预算中安排资金500万元，用于教育。", [(5000000.0, "CNY", "教育")]),
        ("省财政下达一般性转移支付资金3亿元。", [(300000000.0, "CNY", "一般性转移支付资金")]),
    ],
)
def test_a_schemes_usual_amount(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (a raised standard gives the new amount, §6; a monthly rate is pay-like, no amount granted)
        ("长者生活津贴由港币4000元提高至港币4500元。", [(4500.0, "HKD", "长者生活津贴")]),
        ("奖金由1万元提高至2万元。", [(20000.0, "CNY", None)]),
        # NEGATIVE
        ("长者生活津贴由每月港币4000元提高至每月港币4500元。", []),
        ("政府宣布，长者生活津贴由每月4000港元提高至每月4500港元。", []),
        ("今年起，长者生活津贴提高至每月港币4500元。", []),
    ],
)
def test_a_rate_raised(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body, "2024-07-01"))) == expected


@pytest.mark.parametrize("dot", ["·", "•", "・", "‧", "．", ".", "﹒", "･"])
def test_a_foreign_names_dot(extract, dot: str) -> None:
    body = (f"5月6日，中德经济论坛在柏林举行，德国经济部长米夏埃尔{dot}舒尔茨致辞，"
            f"约旦外交大臣阿卜杜拉{dot}艾哈迈德发表主旨演讲。")
    assert speakers(extract(page(body))) == {
        "米夏埃尔·舒尔茨": ("德国经济部长", ("致辞",)), "阿卜杜拉·艾哈迈德": ("约旦外交大臣", ("讲话",))}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: a full stop between a sentence's end and the next one's start stays a full stop
        ("5月6日，市政府召开会议．市长王强主持会议。", {"王强": ("市长", ("主持",))}),
        ("5月6日，县委召开全会.县委书记李明讲话。", {"李明": ("县委书记", ("讲话",))}),
    ],
)
def test_a_full_stop_is_no_names_dot(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


def _bare(body: str) -> str:
    return f"标题\n来源：某网\n{body}\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("12月10日，学院举办2024—2025年度党务干部培训班。2024年，学院共培训干部300人。", "2024-12-10"),
        ("12月10日，学院举办2024—2025年度党务干部培训班，总结2024年工作。", "2024-12-10"),
        ("12月10日，学院举办2024-2025学年党务干部培训班，总结2024年工作。", "2024-12-10"),
        ("12月10日，学院举办2024—2025年度党务干部培训班。", None),
        # NEGATIVE: a year of its own is the year
        ("12月10日，学院召开2024年度工作总结会。", "2024-12-10"),
        ("2024年12月10日，学院举办2024—2025年度党务干部培训班。", "2024-12-10"),
    ],
)
def test_a_year_span_label(extract, body: str, expected: str | None) -> None:
    assert extract(_bare(body))["meetings"][0]["date"] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (the organizer too: "A ceremony held within a meeting (`会上还举行了…揭牌仪式`) takes the meeting's organizer and
        # venue as well as its date when it names none", GUIDELINES §3 seventeenth review round)
        ("5月6日，市政府召开招商大会，会上还举行了项目签约仪式。",
         [("招商大会", "2024-05-06", "市政府"), ("项目签约仪式", "2024-05-06", "市政府")]),
        ("5月6日，市政府召开招商大会，会上，还举行了项目签约仪式。",
         [("招商大会", "2024-05-06", "市政府"), ("项目签约仪式", "2024-05-06", "市政府")]),
        ("5月6日，市政府召开招商大会，会上举行了项目签约仪式。",
         [("招商大会", "2024-05-06", "市政府"), ("项目签约仪式", "2024-05-06", "市政府")]),
        ("5月6日，学校举行毕业典礼，典礼上还举行了学位授予仪式。",
         [("毕业典礼", "2024-05-06", None), ("学位授予仪式", "2024-05-06", None)]),
        ("5月6日，学校举行毕业典礼。典礼上，还举行了学位授予仪式。",
         [("毕业典礼", "2024-05-06", None), ("学位授予仪式", "2024-05-06", None)]),
        ("5月6日，区委召开表彰大会。会议上还举行了新党员入党宣誓仪式。",
         [("表彰大会", "2024-05-06", "区委"), ("新党员入党宣誓仪式", "2024-05-06", "区委")]),
        ("5月6日，区委召开座谈会，会上还为10名老党员举行了颁奖仪式。",
         [("座谈会", "2024-05-06", "区委"), ("颁奖仪式", "2024-05-06", None)]),
        # NEGATIVE: a body's name holding 会上 (协会上海…) is no meeting referred to
        ("5月6日，中国武术协会上海训练基地举行揭牌仪式。", [("揭牌仪式", "2024-05-06", "中国武术协会上海训练基地")]),
    ],
)
def test_a_ceremony_within_the_meeting(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("通讯员李明日前报道，县委召开全县经济工作会议，县委书记赵刚主持会议。", (None, None, None)),
        ("通讯员李明日前报道：县委召开全县经济工作会议，县委书记赵刚讲话。", (None, None, None)),
        ("记者王强近日从市教育局获悉，该局召开了全市教育工作会议。", (None, None, None)),
        # NEGATIVE: the meeting's own day word after the reporter's clause
        ("记者王强5月6日从市教育局获悉，该局近日召开了全市教育工作会议。", (None, "近日", None)),
        ("记者王强今日从市教育局获悉，全市教育工作会议昨日召开。", ("2024-05-07", "昨日", None)),
        ("县委日前召开全县经济工作会议。", (None, "日前", None)),
    ],
)
def test_a_bylines_day_word(extract, body: str, expected: tuple) -> None:
    record = extract(page(body))
    assert when(record)[0] == expected
    assert not {"李明", "王强"} & set(speakers(record))
