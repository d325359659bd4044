"""Award rulings of the twelfth round (caring holders, teaching awards, commendations). Invented sentences; the expected values follow corpus/GUIDELINES.md §5
(twelfth review round).

- A1: holders described as 爱心/热心 counted right after 表彰 or 评选出 (表彰爱心企业12家、热心公益人士8名, 表彰了12家爱心企业),
  or before a passive or 对…进行 表彰 (12家爱心企业和8名热心人士受到表彰), are honours like quoted ones; without such a verb
  (10家爱心商家参与活动, 30名热心群众自发赶来) they are a description;
- A2: a bare 奖教金/奖学金 after a named one in the sentence takes its name (设立园丁奖教金，15名教师获得奖教金 → 园丁奖教金);
  此奖教金 refers back like 此奖学金;
- A3 (hunt): an unquoted honour closing its clause after 被评为/被命名为 ends on a short head too (20个村被命名为卫生村,
  模范职工之家); a later grant of an unquoted title list after 授予 (授予十名同志优秀公务员称号、五个单位先进集体称号); counts
  then as many unquoted honours before 称号, paired in order (分别授予10个单位和30名个人先进集体和先进个人称号); 评为 without 被
  before …的N名.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours

MEETING = "2024年9月10日，县慈善总会召开表彰大会，"
EVENT = "2024年9月10日，县里举行义卖活动，"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MEETING + "表彰爱心企业12家、热心公益人士8名。",
         [("爱心企业", 12, "家", "organization"), ("热心公益人士", 8, "名", "person")]),
        (MEETING + "评选出爱心商户20家。", [("爱心商户", 20, "家", "organization")]),
        (MEETING + "12家爱心企业和8名热心人士受到表彰。",
         [("爱心企业", 12, "家", "organization"), ("热心人士", 8, "名", "person")]),
        (MEETING + "表彰了12家爱心企业、8名热心公益人士。",
         [("爱心企业", 12, "家", "organization"), ("热心公益人士", 8, "名", "person")]),
        (MEETING + "对12家爱心企业和8名热心公益人士进行了表彰。",
         [("爱心企业", 12, "家", "organization"), ("热心公益人士", 8, "名", "person")]),
        ("2024年9月10日，区委召开大会，评选出爱心单位十家、热心市民二十名。",
         [("爱心单位", 10, "家", "organization"), ("热心市民", 20, "名", "person")]),
        (MEETING + "表彰爱心企业12家和热心志愿者30名。",
         [("爱心企业", 12, "家", "organization"), ("热心志愿者", 30, "名", "person")]),
        # NEGATIVE: no verb of conferring, only a description of those taking part, giving or watching
        (EVENT + "10家爱心商家参与活动。", []),
        (EVENT + "30名热心群众自发赶来。", []),
        (EVENT + "12家爱心企业捐款50万元。", []),
        (MEETING + "现场有30名热心群众观看。", []),
    ],
)
def test_caring_holders_commended(extract, text: str, expected: list) -> None:
    assert honours(extract(text)) == expected


TEACHERS = "2024年9月10日，县教育局召开表彰大会，"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TEACHERS + "设立园丁奖教金，15名教师获得奖教金。", [("园丁奖教金", 15, "名", "person")]),
        (TEACHERS + "宣布设立“明德奖学金”，今年共有30名学生获得奖学金。", [("明德奖学金", 30, "名", "person")]),
        (TEACHERS + "会上发放“春晖奖教金”，共有20名教师获得奖教金。", [("春晖奖教金", 20, "名", "person")]),
        (TEACHERS + "宣布设立“明德奖学金”，奖学金获得者30名。", [("明德奖学金", 30, "名", "person")]),
        ("2024年9月10日，某企业出资设立“园丁奖教金”，今年共有25名教师获此奖教金。", [("园丁奖教金", 25, "名", "person")]),
        # NEGATIVE (of the naming): no named one before the bare word in the sentence, so it stays bare
        (TEACHERS + "15名教师获得奖教金。", [("奖教金", 15, "名", "person")]),
        (TEACHERS + "设立园丁奖教金。共有30名学生获得奖学金。", [("奖学金", 30, "名", "person")]),
        (TEACHERS + "设立园丁奖教金，30名学生获得奖学金。", [("奖学金", 30, "名", "person")]),
    ],
)
def test_bare_teaching_award_takes_the_named_one(extract, text: str, expected: list) -> None:
    assert honours(extract(text)) == expected


HUNT = "2024年6月1日，市政府召开大会，"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HUNT + "二十个村被命名为卫生村。", [("卫生村", 20, "个", "organization")]),
        (HUNT + "20个单位被评为模范职工之家。", [("模范职工之家", 20, "个", "organization")]),
        (HUNT + "授予十名同志优秀公务员称号、五个单位先进集体称号。",
         [("优秀公务员", 10, "名", "person"), ("先进集体", 5, "个", "organization")]),
        (HUNT + "授予十名同志优秀公务员称号和五个单位先进集体称号。",
         [("优秀公务员", 10, "名", "person"), ("先进集体", 5, "个", "organization")]),
        ("2024年6月1日，市政府召開大會，授予十名同志優秀公務員稱號、五個單位先進集體稱號。",
         [("优秀公务员", 10, "名", "person"), ("先进集体", 5, "个", "organization")]),
        (HUNT + "分别授予10个单位和30名个人先进集体和先进个人称号。",
         [("先进集体", 10, "个", "organization"), ("先进个人", 30, "名", "person")]),
        (HUNT + "分别授予10个单位、30名个人和5个家庭先进集体、先进个人和文明家庭称号。",
         [("先进集体", 10, "个", "organization"), ("先进个人", 30, "名", "person"), ("文明家庭", 5, "个", None)]),
        (HUNT + "对评为优秀教师的15名教师进行了表彰。", [("优秀教师", 15, "名", "person")]),
        (HUNT + "被评为优秀教师的15名教师受到表彰。", [("优秀教师", 15, "名", "person")]),
        # NEGATIVE: titles withdrawn (no 授予 before the later item), a proposed list, households listed for aid
        (HUNT + "取消三名同志优秀公务员称号、两个单位先进集体称号。", []),
        ("2024年6月1日，区政府召开会议，拟评为优秀教师的15名教师名单进行公示。", []),
        ("2024年6月1日，县民政局召开会议，30户被列为低保户。", []),
    ],
)
def test_hunted_commendations(extract, text: str, expected: list) -> None:
    assert honours(extract(text)) == expected
