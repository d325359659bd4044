"""Award counts on mixed-register pages: a count told after a ceremony named for a quoted honour by the
ceremony's own act (共嘉许65位教师, 为15个楼院授牌); an unquoted decoration handed to a count on an honours list
(大紫荆勋章颁授予五人); a bare conferral word is no prize before 其中 (共授奖项目60项，其中特等奖2项); the edition of a
published list is no part of the honour (公布新一届省级文明单位名单). Invented sentences; expected values follow
corpus/GUIDELINES.md §5 (a count referring back to an honour just named counts; a plaque given for a quoted honour
counts; prize grades at a prize ceremony count; candidates and tallies do not)."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("区教育局昨日举行“优秀教师”嘉许典礼，共嘉许六十五位教师，局长出席并致辞。",
         [("优秀教师", 65, "位", "person")]),
        ("协会举行第十届「杰出员工」颁奖礼，共嘉许二十八名来自不同行业的杰出员工。",
         [("杰出员工", 28, "名", "person")]),
        ("镇妇联举办“最美家庭”表彰大会，表彰了20户家庭，镇长出席。",
         [("最美家庭", 20, "户", None)]),
        ("幸福街道举行“文明楼院”授牌仪式，为辖区15个楼院授牌，街道主任出席。",
         [("文明楼院", 15, "个", "organization")]),
        ("县商务局举行“诚信商户”授牌仪式，为全县32家商户授牌。",
         [("诚信商户", 32, "家", "organization")]),
        # the older form stays
        ("全县“最美家庭”颁奖典礼在县文化馆举行，20户家庭受到表彰。",
         [("最美家庭", 20, "户", None)]),
        # NEGATIVE: the count joined to another group, a quoted honour of its own in the clause, or no conferral
        ("区里举行“优秀教师”嘉许典礼，共嘉许65位教师和12名校长。", []),
        ("学校举行“优秀教师”颁奖典礼，共有300名师生参加。", []),
        ("县里举行“优秀教师”嘉许典礼，共有300名师生参加。", []),
    ],
)
def test_count_after_ceremony_act(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("今年的授勋名单中，大紫荆勋章颁授予五人，金紫荆星章颁授予十二人。",
         [("大紫荆勋章", 5, "人", "person"), ("金紫荆星章", 12, "人", "person")]),
        ("此外，行政长官社区服务奖状颁授予一百二十名人士，以表扬他们的贡献。",
         [("行政长官社区服务奖状", 120, "名", "person")]),
        ("名单公布后，荣誉奖章授予30人。",
         [("荣誉奖章", 30, "人", "person")]),
        # NEGATIVE: no decoration (奖学金), a count joined to another, a conferral still ahead
        ("基金会设立奖学金，奖学金授予10名学生。", []),
        ("铜紫荆星章颁授予五人及三个团体。", []),
        ("会上，纪念奖牌颁授予五人及三个团体。", []),
        ("大会将于10月举行，届时荣誉奖章授予30人。", []),
    ],
)
def test_plain_decoration_handed_to_count(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (the grades take the prize of the ceremony named in the sentence before, GUIDELINES §5 tenth round)
        ("学会日前举行年度科学技术奖颁奖大会。本年度共授奖项目60项，其中特等奖2项、一等奖12项。",
         [("科学技术奖特等奖", 2, "项", None), ("科学技术奖一等奖", 12, "项", None)]),
        # the prize conferring its total stays (its total and its grade)
        ("市科学技术进步奖共授奖120项，其中一等奖10项。",
         [("市科学技术进步奖", 120, "项", None), ("市科学技术进步奖一等奖", 10, "项", None)]),
    ],
)
def test_bare_conferral_is_no_prize_before_within(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("省文明委公布新一届省级文明单位名单，我市27个单位榜上有名。",
         [("文明单位", 27, "个", "organization")]),
        ("省里发布最新一批全国文明村镇名单，我县3个村榜上有名。",
         [("全国文明村镇", 3, "个", "organization")]),
        # NEGATIVE: a candidates' list
        ("省文明委公布新一届省级文明单位候选名单，我市27个单位榜上有名。", []),
    ],
)
def test_edition_of_published_list(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a past year opening a clause summed up by a later 全年 clause: that year's tally (§5), page of 2024
        ("院长在报告中指出，2023年医院门急诊量达到120万人次，全年获得市级以上科技进步奖6项。", []),
        ("2023年公司营业收入达到10亿元，全年获得省级以上科技进步奖9项。", []),
        ("董事长表示，2023年集团新签合同额突破百亿元，年内荣获省级以上荣誉12项。", []),
        # this year's prizes from higher bodies in a work report: a tally too (§5 twenty-second review round; this row
        # asserted the award before that ruling)
        ("2024年公司营业收入达到10亿元，全年获得省级以上科技进步奖9项。", []),
        # NEGATIVE: a day of the year with its own conferral, or honoured at this event after
        ("2023年12月，公司召开表彰大会，全年获得“优秀员工”称号的30名员工受到表彰。",
         [("优秀员工", 30, "名", "person")]),
        ("院长指出，2023年医院门急诊量达到120万人次，全年获得市级以上科技进步奖6项，大会对获奖团队进行了表彰。",
         [("市级以上科技进步奖", 6, "项", None)]),
    ],
)
def test_year_summed_up_by_whole_year_clause(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 奖 written after the closing mark, right before the count, is part of the prize's name
        ("典礼上另颁发「特殊优良教师」奖15名。", [("特殊优良教师奖", 15, "名", "person")]),
        ("大会颁发“优秀教师”奖15名、“优秀校长”奖5名。",
         [("优秀教师奖", 15, "名", "person"), ("优秀校长奖", 5, "名", "person")]),
        ("大会表彰“优秀教师”15名。", [("优秀教师", 15, "名", "person")]),
        # NEGATIVE: a scheme set up, a call for entries
        ("基金会今年拟设立“优秀学生”奖，名额待定。", []),
        ("大赛设“最佳创意”奖，共收到作品15件。", []),
    ],
)
def test_prize_word_after_quote(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the winners of the prize whose ceremony is named before, commended under a plain word of praise
        ("本市113年度师铎奖颁奖典礼今日举行，市长亲自颁奖，表扬获奖的优良教师共30位。", [("师铎奖", 30, "位", "person")]),
        ("市里举行青年科技奖颁奖大会，表彰获奖的优秀青年20名。", [("青年科技奖", 20, "名", "person")]),
        ("第十届青年科技奖颁奖典礼举行，表彰获奖的杰出青年15名。", [("青年科技奖", 15, "名", "person")]),
        # NEGATIVE: not said to be its winners, another conferral told between
        ("市里举行师铎奖颁奖典礼，表扬优良教师共30位。", [("优良教师", 30, "位", "person")]),
        ("市里举行师铎奖颁奖典礼，另表扬获奖的优良教师共30位。", [("优良教师", 30, "位", "person")]),
        ("市里举行青年科技奖颁奖大会，同时表彰获奖的优秀青年20名。", [("优秀青年", 20, "名", "person")]),
    ],
)
def test_prize_winners_under_description(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
