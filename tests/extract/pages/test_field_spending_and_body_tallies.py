"""Funding and award shapes of money a body puts in, body tallies and asides that confer. Invented sentences; the expected values follow corpus/GUIDELINES.md §5 and §6.

- W6 (§6 sixteenth round: a year's spending on a field is a budget figure): the words between a period and 投入 were read
  as a field whatever they were, so money a body or a level put in (去年以来共投入…, 去年全县投入…, 去年县里投入…, 全年争取
  上级投入…, 当年中央财政投入…) was dropped as a statistic. A span (以来), a region or level, a source from above or a word
  of the body's own act before 投入 is no field: the money stays a record. A field's noun (全年安全生产投入…) stays none.
- W7 (§5 sixteenth round: a tally is one "told with no link to this event's conferral"): a count opened by a body and a
  past year (市公安局2023年共有20名民警荣获…) was dropped even when a later clause says the holders were commended at this
  event (…，受到大会表彰) or the sentence holds the ceremony (市公安局召开表彰大会，市公安局2023年共有…). Both keep the count,
  for a year-first lead as well (2023年，…，受到大会表彰).
- W8 (§5 sixteenth round: contest grades in an aside are no award "unless that sentence itself confers"): an aside's count
  was dropped when the sentence conferred a merit (被记个人二等功, 荣立…) or a reward (予以奖励, 受到奖励), and when the counted
  honour was no prize grade. The aside now drops only a prize grade in a sentence that confers nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page

_MEETING = "5月6日，县委召开城建工作会议。"


def amounts(record: dict) -> list[tuple[float, str]]:
    return [(amount, currency) for amount, currency, _ in grants(record)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (W6) a span, a region or level, a source from above, or the body's own act between the period and 投入
        (_MEETING + "去年以来共投入3000万元，改造老旧小区12个。", [(30000000.0, "CNY")]),
        (_MEETING + "去年以来投入3000万元，改造老旧小区12个。", [(30000000.0, "CNY")]),
        (_MEETING + "去年全县投入3000万元，新建农村道路50公里。", [(30000000.0, "CNY")]),
        (_MEETING + "去年县里投入3000万元，改造老旧小区12个。", [(30000000.0, "CNY")]),
        (_MEETING + "全年争取上级投入1200万元。", [(12000000.0, "CNY")]),
        (_MEETING + "当年省里追加投入500万元。", [(5000000.0, "CNY")]),
        (_MEETING + "当年中央财政投入1.2亿元。", [(120000000.0, "CNY")]),
        (_MEETING + "去年市级投入600万元，新建公园3个。", [(6000000.0, "CNY")]),
        (_MEETING + "全年各级投入2000万元，改造危房300户。", [(20000000.0, "CNY")]),
        (_MEETING + "上年省级投入900万元，修缮校舍20所。", [(9000000.0, "CNY")]),
        (_MEETING + "全年新增投入500万元，改造老旧小区12个。", [(5000000.0, "CNY")]),
        # NEGATIVE (what fxbs's rule was made for): a year's spending on a field named as a noun, a statistic
        (_MEETING + "全年安全生产投入860万元。", []),
        (_MEETING + "全年教育投入3.2亿元。", []),
        (_MEETING + "去年科技投入达1.2亿元，同比增长15%。", []),
        (_MEETING + "去年全县全年安全生产投入860万元。", []),
        (_MEETING + "当年医疗卫生投入4.5亿元，同比增长8%。", []),
    ],
)
def test_money_a_body_or_level_put_in_is_no_field_spending(extract, body: str, expected: list) -> None:
    assert amounts(extract(page(body))) == expected


_POLICE = "5月6日，市公安局召开表彰大会"
_COMMENDED = "5月6日，学校召开表彰大会，表彰“三好学生”20名。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (W7) the holders commended at this event after the count, or the count told in the ceremony's sentence
        ("5月6日，市公安局召开2023年度表彰大会。市公安局2023年共有20名民警荣获“优秀人民警察”称号，受到大会表彰。",
         [("优秀人民警察", 20, "名", "person")]),
        ("5月6日，县委召开表彰大会，县人民医院去年共有12名职工获评“优秀共产党员”，受到大会表彰。",
         [("优秀共产党员", 12, "名", "person")]),
        (_POLICE + "，市公安局2023年共有20名民警荣获“优秀人民警察”称号。", [("优秀人民警察", 20, "名", "person")]),
        ("5月6日，市教育局召开表彰大会。县第一中学去年共有15名教师荣获“优秀教师”称号，在会上受到表彰。",
         [("优秀教师", 15, "名", "person")]),
        (_POLICE + "。市公安局去年共有20名民警荣获“优秀人民警察”称号，在大会上受到表彰。", [("优秀人民警察", 20, "名", "person")]),
        ("5月6日，市公安局召开2023年度表彰大会。2023年，市公安局共有20名民警荣获“优秀人民警察”称号，受到大会表彰。",
         [("优秀人民警察", 20, "名", "person")]),
        ("5月6日，县委召开表彰大会。去年，全县共有12名职工获评“优秀共产党员”，在会上受到表彰。",
         [("优秀共产党员", 12, "名", "person")]),
        # NEGATIVE (what h90's rule was made for): a body's tally with no link to this event's conferral
        (_POLICE + "，为8名民警记个人三等功。据统计，警察局去年全年共有412人次获得记功嘉奖。", [("个人三等功", 8, "名", "person")]),
        (_COMMENDED + "学校去年共有25名学生获评“优秀学生干部”。", [("三好学生", 20, "名", "person")]),
        (_COMMENDED + "学校去年共有25名学生获评“优秀学生干部”，曾受到大会表彰。", [("三好学生", 20, "名", "person")]),
        (_COMMENDED + "市第一医院去年共有12名医生荣获“优秀医师”称号，受到省卫健委表彰。", [("三好学生", 20, "名", "person")]),
        ("5月6日，市卫健委召开表彰大会。市人民医院2023年共有15名医生获评“优秀医师”。", []),
    ],
)
def test_a_body_tally_linked_to_this_event_stays(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


_REWARDS = "5月6日，市人社局召开表彰大会，为100名技术能手颁发证书。"
_SKILLED = ("技术能手", 100, "名", "person")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (W8) an aside that confers a merit or a reward itself
        (_REWARDS + "另外，在全国技能大赛中获一等奖的8名选手被记个人二等功。", [_SKILLED, ("个人二等功", 8, "名", "person")]),
        (_REWARDS + "另外，在全省技能大赛中获一等奖的5名选手荣立个人三等功。", [_SKILLED, ("个人三等功", 5, "名", "person")]),
        (_REWARDS + "此外，在全国技能大赛中，我市8名选手获一等奖，大会对他们予以奖励。", [_SKILLED, ("一等奖", 8, "名", "person")]),
        (_REWARDS + "另外，数学竞赛获奖者也受到奖励，其中8名学生获一等奖。", [_SKILLED, ("一等奖", 8, "名", "person")]),
        (_REWARDS + "另外，在全市技能大赛中，我区6名选手获二等奖，大会给予他们通报奖励。", [_SKILLED, ("二等奖", 6, "名", "person")]),
        # NEGATIVE (what h90's rule was made for): a contest's grades in an aside that confers nothing
        (_COMMENDED + "另外，在全国大学生数学竞赛中，我校8名学生获一等奖。", [("三好学生", 20, "名", "person")]),
        (_COMMENDED + "此外，在全省青年教师讲课比赛中，我校3名教师获一等奖。", [("三好学生", 20, "名", "person")]),
        (_REWARDS + "此外，在全省职业技能竞赛中，我市5名选手获金奖。", [_SKILLED]),
        (_REWARDS + "另外，在全国技能大赛中，我市8名选手获一等奖，获得奖金5000元。", [_SKILLED]),
    ],
)
def test_aside_that_confers_keeps_its_count(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
