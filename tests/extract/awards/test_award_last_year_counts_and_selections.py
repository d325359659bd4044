"""Award shapes of last year's counts, year-framed selections, schemes and winners after a quoted ceremony, checked against corpus/GUIDELINES.md §5.

Found on main: 去年还有5个村被评为… after this event's honours was kept as a conferral (§5 sixteenth round: a tally
of a past period is no award; 还有/另有 after the year missed the year lead); a year framing a sentence opened by
据悉 whose later clause says counted units 入选…名单 was kept (§5 eighth and ninth rounds: a past period's tally);
入选“…”培养计划 / 支持计划 was read as an honour (§5: only honours conferred count; a scheme entered, like a 培育名单,
confers none); 另授予2名科技工作者“…奖” was missed, the holders' noun longer than the four characters read
before a quoted honour (§5: a quoted honour conferred on a count); 共有32名学生获奖 after a ceremony named for a prize quoted alone (“明德奖学金”颁奖典礼)
was missed (§5 sixteenth round: that prize's count). Each group has near misses that keep today's output. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

TEACHERS_20 = [("优秀教师", 20, "名", "person")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # last year's count added after this event's honours (§5 sixteenth round: a past period's tally)
        ("大会表彰了20名“优秀教师”。近年来，该区先后获得多项荣誉，去年还有5个村被评为市级“美丽乡村”。", TEACHERS_20),
        ("大会表彰了20名“优秀教师”。去年还有3所学校被评为“文明校园”。", TEACHERS_20),
        ("大会表彰了20名“优秀教师”，去年另有6名教师获评“最美教师”。", TEACHERS_20),
        ("大会表彰了20名“优秀教师”。去年也有4个村被评为“美丽乡村”。", TEACHERS_20),
        # NEGATIVE: no year before the added count, or the count told at this meeting
        ("大会表彰了20名“优秀教师”，还有5个村被评为“美丽乡村”。",
         [*TEACHERS_20, ("美丽乡村", 5, "个", "organization")]),
        ("会上，5个村被评为“美丽乡村”。", [("美丽乡村", 5, "个", "organization")]),
        ("大会表彰了20名“优秀教师”，另有6名教师获评“最美教师”。",
         [*TEACHERS_20, ("最美教师", 6, "名", "person")]),
    ],
)
def test_last_year_added_count(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a past year framing the sentence, selected onto a list in a later clause (§5: a past period's tally)
        ("据悉，2023年，该县荣获“全省营商环境进步县”称号，全县有4家企业入选省级“专精特新”企业名单。", []),
        ("据了解，2023年，全市有6家企业入选省级专精特新企业名单。", []),
        ("2023年，该区经济平稳增长，全区有3个村入选全国文明村镇。", []),
        ("另悉，2022年，全县有8家企业入选省级“专精特新”企业名单。", []),
        # NEGATIVE: this year, one day of a year, no year, or told at this meeting
        ("今年，全县有4家企业入选省级“专精特新”企业名单。", [("省级专精特新企业", 4, "家", "organization")]),
        ("据悉，2023年12月，全县有4家企业入选省级“专精特新”企业名单。", [("省级专精特新企业", 4, "家", "organization")]),
        ("全县有4家企业入选省级“专精特新”企业名单。", [("省级专精特新企业", 4, "家", "organization")]),
        ("会上，5名教师入选“最美教师”名单。", [("最美教师", 5, "名", "person")]),
    ],
)
def test_year_framed_selection(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a training or support scheme entered: no honour conferred (§5)
        ("今年有3名医生入选省级“优秀青年医师”培养计划。", []),
        ("会上通报，5名教师入选“青年骨干教师”培养对象。", []),
        ("我市有12名青年入选省“青年英才”支持计划。", []),
        ("全院有4名护士入选“杏林新秀”培训班。", []),
        # NEGATIVE: selected onto an honour's list, no scheme after it
        ("该院有3名医生入选省级“优秀青年医师”名单。", [("优秀青年医师", 3, "名", "person")]),
        ("45名教师入选“最美教师”名单。", [("最美教师", 45, "名", "person")]),
        ("我区两个村入选全国文明村镇。", [("全国文明村镇", 2, "个", "organization")]),
    ],
)
def test_selected_into_scheme(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a quoted prize conferred on counted holders whose noun runs past four characters (§5: 授予 N名 … “…”)
        ("本年度共授奖项目86项，另授予2名科技工作者“科技创新突出贡献奖”。", [("科技创新突出贡献奖", 2, "名", "person")]),
        ("大会授予3名优秀科研人员“青年科技奖”。", [("青年科技奖", 3, "名", "person")]),
        ("会上，授予5名民营企业家“优秀建设者”称号。", [("优秀建设者", 5, "名", "person")]),
        # NEGATIVE: a quoted slogan or activity after the same holders, no conferral
        ("10名社区志愿者“送温暖”走进敬老院。", []),
        ("5名青年科技工作者“走基层”，为农户送去技术。", []),
        ("3名农业技术人员“田间授课”。", []),
    ],
)
def test_long_holders_before_quoted_prize(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # winners counted right after a ceremony named for one prize quoted alone (§5 sixteenth round)
        ("学校举行“明德奖学金”颁奖典礼。共有32名学生获奖。", [("明德奖学金", 32, "名", "person")]),
        ("学校昨日下午舉行「明德獎學金」頒獎典禮。共有三十二位學生獲獎。", [("明德奖学金", 32, "位", "person")]),
        ("学院举行“励志奖学金”颁奖仪式。本次共有45名学生获奖。", [("励志奖学金", 45, "名", "person")]),
        # NEGATIVE: no prize named for the event, or a ceremony of another act
        ("学校举行新年晚会。共有32名学生获奖。", []),
        ("学校举行“明德奖学金”捐赠仪式。共有32名学生获奖。", []),
    ],
)
def test_winners_after_quoted_prize_ceremony(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
