"""Award classes of holidays drawing near, holders' relatives, repeated verbs and grades within: a holiday drawing near (母亲节将至, 教师节即将到来之际) is no plan
that holds back the conferral told after it; the holders' relatives counted (约六百名获授勋人士的亲友) are no award; one
count over two honours joined by 或/及 with the receiving verb said again (获颁授勋衔或获嘉许) keeps the whole phrase;
bare grades after 其中 carry the prize named before the comma, whatever the pattern that read them; the winners of a
prize (白求恩奖获得者, 青年科技奖得主) conferred it; a flag presented for a quoted honour (为10支“优秀…队”授旗); a plaque of
an honour and the count of its winners (颁发防灾绩优单位奖牌，共有8个区公所获奖); the recipients' noun before an unquoted
title (授予10名战士一级英雄模范称号); a sentence's count before 名单如下： is no headline of the list's; an honour kept
after a review (继续保留) is nothing conferred.  Invented sentences; the expected values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("母親節將至，市政府昨日舉行模範母親表揚大會，共表揚52位模範母親。", [("模范母亲", 52, "位", "person")]),
        ("在第40个教师节即将到来之际，县政府9月8日召开庆祝大会，表彰了30名优秀教师。", [("优秀教师", 30, "名", "person")]),
        ("五四青年节即将到来，团市委表彰了20名优秀共青团员。", [("优秀共青团员", 20, "名", "person")]),
        ("新春佳节即将来临之际，公司表彰了50名优秀员工。", [("优秀员工", 50, "名", "person")]),
        ("在建党100周年即将迎来之际，县委表彰了100名优秀共产党员。", [("优秀共产党员", 100, "名", "person")]),
        # NEGATIVE: the conferral itself still ahead, after the holiday's clause
        ("教师节即将到来，县教育局将表彰30名优秀教师。", []),
        ("母亲节将至，区妇联将至少表彰20位好母亲。", []),
    ],
)
def test_holiday_drawing_near_is_no_plan(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("約六百名獲授勳人士的親友出席觀禮。", []),
        ("30名获奖学生的家长也来到了颁奖现场。", []),
        ("典礼上，约200名获颁奖章人士的家属到场祝贺。", []),
        # NEGATIVE: the holders themselves after 的, commended
        ("大会对12名获得“优秀教师”称号的教师进行了表彰。", [("优秀教师", 12, "名", "person")]),
    ],
)
def test_holders_relatives_counted(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("今年共有二百名人士獲頒授勳銜或獲嘉許。", [("勋衔或嘉许", 200, "名", "person")]),
        ("今年共有二百名人士獲授勳或獲嘉許。", [("授勋或嘉许", 200, "名", "person")]),
        ("今年共有120名人士获颁勋章或获嘉许。", [("勋章或嘉许", 120, "名", "person")]),
        ("今年共有45名人士获颁授勋衔及获嘉许。", [("勋衔及嘉许", 45, "名", "person")]),
        # NEGATIVE: the verb said once keeps the phrase as before
        ("今年共有320人获授勋衔或嘉许。", [("勋衔或嘉许", 320, "人", "person")]),
    ],
)
def test_two_honours_with_the_verb_repeated(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("2023年度市科学技术进步奖共授奖120项，其中一等奖3项、二等奖30项。",
         [("市科学技术进步奖", 120, "项", None), ("市科学技术进步奖一等奖", 3, "项", None),
          ("市科学技术进步奖二等奖", 30, "项", None)]),
        ("大会颁发了市科技进步奖，其中一等奖3项、二等奖20项。",
         [("市科技进步奖一等奖", 3, "项", None), ("市科技进步奖二等奖", 20, "项", None)]),
        ("大会授予85项成果市科技进步奖，其中一等奖3项、二等奖20项。",
         [("市科技进步奖", 85, "项", None), ("市科技进步奖一等奖", 3, "项", None), ("市科技进步奖二等奖", 20, "项", None)]),
        ("会议表彰了获得省科学技术进步奖的项目，其中一等奖3项、二等奖5项。",
         [("省科学技术进步奖一等奖", 3, "项", None), ("省科学技术进步奖二等奖", 5, "项", None)]),
        ("本届市科技进步奖共评出获奖项目85项，其中一等奖3项、二等奖20项。",
         [("市科技进步奖一等奖", 3, "项", None), ("市科技进步奖二等奖", 20, "项", None)]),
        # NEGATIVE: the act, a run of grades or two prizes before 其中 name no prize
        ("学生获奖，其中一等奖3名、二等奖5名。", [("一等奖", 3, "名", "person"), ("二等奖", 5, "名", "person")]),
        ("大赛共评出一二三等奖，其中一等奖10名。", [("一等奖", 10, "名", "person")]),
        ("大赛评出个人奖和团体奖，其中一等奖6名。", [("一等奖", 6, "名", "person")]),
    ],
)
def test_grades_within_carry_the_prize(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("大会为12名白求恩奖获得者颁奖。", [("白求恩奖", 12, "名", "person")]),
        ("大会为12名白求恩奖章获得者颁奖。", [("白求恩奖章", 12, "名", "person")]),
        ("大会为12名青年科技奖获奖者颁奖。", [("青年科技奖", 12, "名", "person")]),
        ("大会为10名青年科技奖得主颁发奖杯和证书。", [("青年科技奖", 10, "名", "person")]),
        # NEGATIVE: earlier winners present, or given another honour's certificate
        ("3名诺贝尔奖获得者出席了论坛。", []),
        ("市长为12名诺贝尔奖获得者颁发荣誉市民证书。", []),
    ],
)
def test_prize_winners_conferred(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("团市委为10支“优秀青年志愿服务队”授旗。", [("优秀青年志愿服务队", 10, "支", "organization")]),
        ("区委为6个“先进志愿服务队”授旗。", [("先进志愿服务队", 6, "个", "organization")]),
        # NEGATIVE: a flag for a team set up or sent off, no honour named
        ("大会为新组建的8支“青年突击队”授旗。", []),
        ("市委书记为出征的3支医疗队授旗。", []),
    ],
)
def test_flag_for_a_quoted_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("市府頒發防災績優單位獎牌，共有8個區公所獲獎。", [("防灾绩优单位", 8, "个", "organization")]),
        ("县政府颁发安全生产先进单位奖牌，共有12个乡镇获奖。", [("安全生产先进单位", 12, "个", "organization")]),
        ("大会颁发了“防灾绩优单位”奖牌，共有8个区公所获奖。", [("防灾绩优单位", 8, "个", "organization")]),
        # NEGATIVE: a plaque naming no honour
        ("大会颁发纪念奖牌，共有8个单位获奖。", []),
    ],
)
def test_plaque_then_winners_counted(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("大会授予10名战士一级英雄模范称号。", [("一级英雄模范", 10, "名", "person")]),
        ("大会授予5名官兵二级英雄模范称号。", [("二级英雄模范", 5, "名", "person")]),
        ("大会授予6名队员优秀队员称号。", [("优秀队员", 6, "名", "person")]),
        ("大会授予20名青年志愿者优秀志愿者称号。", [("优秀志愿者", 20, "名", "person")]),
        ("大会授予10名消防员优秀消防员称号。", [("优秀消防员", 10, "名", "person")]),
        # NEGATIVE: the noun is the title's own
        ("大会授予10名青年岗位能手称号。", [("青年岗位能手", 10, "名", "person")]),
        ("大会授予3名战斗英雄称号。", [("战斗英雄", 3, "名", "person")]),
        ("大会授予8名学生三好学生称号。", [("三好学生", 8, "名", "person")]),
    ],
)
def test_recipients_before_an_unquoted_title(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("经研究，决定授予30名同志“优秀共产党员”称号。名单如下：\n优秀共产党员（28名）\n张某 李某\n",
         [("优秀共产党员", 30, "名", "person"), ("优秀共产党员", 28, "名", "person")]),
        ("经研究，决定对30名优秀共产党员予以表彰。名单如下：\n一、优秀共产党员（28名）\n张某 李某\n",
         [("优秀共产党员", 30, "名", "person"), ("优秀共产党员", 28, "名", "person")]),
        # NEGATIVE: the same count in the heading is one fact
        ("经研究，决定授予30名同志“优秀共产党员”称号。名单如下：\n优秀共产党员（30名）\n张某 李某\n",
         [("优秀共产党员", 30, "名", "person")]),
    ],
)
def test_sentence_count_before_a_list(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("经复核，12个单位继续保留“文明单位”称号。", []),
        ("经复查，全市有35个单位继续保留“市级文明单位”称号。", []),
        ("经复核，继续保留张家村等12个村“文明村”称号。", []),
        ("经复核，12个单位保留“文明单位”称号。", []),
        # NEGATIVE: a new conferral in the next clause; 保留 describing the holders
        ("经复核，对12个单位继续保留“文明单位”称号，新命名8个单位为“文明单位”。", [("文明单位", 8, "个", "organization")]),
        ("大会表彰了“非遗传承示范户”10户，这些家庭保留了传统工艺。", [("非遗传承示范户", 10, "户", None)]),
    ],
)
def test_honour_kept_after_review(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
