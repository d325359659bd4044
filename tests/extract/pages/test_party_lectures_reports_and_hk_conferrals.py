"""Speaker and award shapes of party lectures, reports with several titles, HK conferrals, prize winners and scholarships. Invented sentences; the expected values follow corpus/GUIDELINES.md
§4 (roles 讲党课, 作报告, 颁奖; names in HK lists) and §5 (prizes' winners, scholarships and teaching awards).

- S1: a party lecture given to an audience (为23名新党员讲授了一堂专题党课, 为全体党员上了一堂生动的党课, 以“…”为题为
  机关党员讲了一堂党课, 会上…为与会党员讲授专题党课) → 讲党课 (already right on main);
- S2: 甲、乙分别作了题为“…”和“…”的主旨报告: several quoted titles, one for each lecturer → 作报告 for each;
- S3, S4: HK/Macau conferrals (為得獎者頒發獎項, 由局長…頒獎, 頒發證書予畢業生) and name lists joined by 、 and 及/和
  (already right on main);
- A1: “青年科技奖”共评出获奖者15名 / 共评出15名获奖者: a prize's winners chosen and counted → the prize, that count;
  certificates handed later to the unnamed winners add nothing;
- A2: 奖教金 ends an honour like 奖学金 (20名教师获得园丁奖教金, 授予15名教师园丁奖教金); a named scholarship granted to
  counted teachers or students after 授予 (as after 颁发, §5 tenth round); a scheme set up with its places counted
  right after the quoted name (设立“园丁奖教金”20名) confers nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, speakers

DAY = "2024年7月1日，"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (DAY + "县委书记王明为23名新党员讲授了一堂专题党课。", {"王明": ("县委书记", ("讲党课",))}),
        (DAY + "县委副书记李华为全体党员上了一堂生动的党课。", {"李华": ("县委副书记", ("讲党课",))}),
        (DAY + "市委常委赵刚以“牢记初心使命”为题为机关党员讲了一堂党课。", {"赵刚": ("市委常委", ("讲党课",))}),
        (DAY + "县委召开“七一”表彰大会。会上，县委书记孙强为与会党员讲授专题党课。", {"孙强": ("县委书记", ("讲党课",))}),
        # NEGATIVE: a report on party lectures heard, and lectures as a campaign
        (DAY + "县委书记王明听取了党课工作汇报。", {}),
        ("全年送党课100余场，县委书记王明带头讲党课。", {}),
    ],
)
def test_party_lecture_given(extract, text: str, expected: dict) -> None:
    assert speakers(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (DAY + "江城论坛开幕。院士张伟、教授刘洋分别作了题为“人工智能前沿”和“数字经济展望”的主旨报告。",
         {"张伟": ("院士", ("作报告",)), "刘洋": ("教授", ("作报告",))}),
        (DAY + "研讨会召开。教授赵磊、钱进、孙立分别作了题为“乡村振兴”、“共同富裕”和“城乡融合”的报告。",
         {"赵磊": ("教授", ("作报告",)), "钱进": ("教授", ("作报告",)), "孙立": ("教授", ("作报告",))}),
        (DAY + "学术年会开幕。研究员陈刚作了题为“新材料进展”的主旨报告。", {"陈刚": ("研究员", ("作报告",))}),
        (DAY + "研讨会召开。教授赵磊、钱进分别作题为“乡村振兴”“共同富裕”的专题报告。",
         {"赵磊": ("教授", ("作报告",)), "钱进": ("教授", ("作报告",))}),
        # NEGATIVE: the reports studied by the audience, no one giving them
        (DAY + "研讨会召开。与会人员学习了题为“乡村振兴”和“共同富裕”的报告。", {}),
    ],
)
def test_reports_with_several_quoted_titles(extract, text: str, expected: dict) -> None:
    assert speakers(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年5月10日，長者表揚典禮舉行。特首李家超為得獎者頒發獎項。", {"李家超": ("特首", ("颁奖",))}),
        ("2024年5月10日，傑出青年頒獎典禮舉行，由局長黃志明頒獎。", {"黄志明": ("局长", ("颁奖",))}),
        ("2024年5月10日，畢業典禮舉行，校監陳大文頒發證書予畢業生。", {"陈大文": ("校监", ("颁奖",))}),
        ("2024年5月10日，頒獎典禮舉行，政務司司長陳國基、財政司司長陳茂波及律政司司長林定國為得獎者頒獎。",
         {"陈国基": ("政务司司长", ("颁奖",)), "陈茂波": ("财政司司长", ("颁奖",)), "林定国": ("律政司司长", ("颁奖",))}),
        ("2024年5月10日，頒獎典禮舉行，主禮嘉賓包括政務司司長陳國基、財政司司長陳茂波和律政司司長林定國，他們為得獎者頒獎。",
         {"陈国基": ("政务司司长", ("颁奖",)), "陈茂波": ("财政司司长", ("颁奖",)), "林定国": ("律政司司长", ("颁奖",))}),
        # NEGATIVE: guests who only attend
        ("2024年5月10日，回歸紀念酒會舉行，出席嘉賓包括政務司司長陳國基、財政司司長陳茂波及律政司司長林定國。", {}),
    ],
)
def test_hk_conferrals_and_name_lists(extract, text: str, expected: dict) -> None:
    assert speakers(extract(text)) == expected


CEREMONY = "2024年6月1日，江城市举行颁奖仪式。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CEREMONY + "本届“青年科技奖”共评出获奖者15名。颁奖仪式上，市领导为获奖者颁发了证书。",
         [("青年科技奖", 15, "名", "person")]),
        (CEREMONY + "本届“青年科技奖”共评出15名获奖者，市领导为获奖者颁发了证书和奖杯。", [("青年科技奖", 15, "名", "person")]),
        (CEREMONY + "本届“金点子奖”评选出获得者8名。", [("金点子奖", 8, "名", "person")]),
        (CEREMONY + "今年“青年科技奖”共评出获奖者十五名，市领导为他们颁发了证书。", [("青年科技奖", 15, "名", "person")]),
        (CEREMONY + "市领导为15名“青年科技奖”获奖者颁发了证书和奖杯。", [("青年科技奖", 15, "名", "person")]),
        # NEGATIVE: certificates handed to uncounted winners; a count with no winners' word; an approximate count;
        # winners proposed (拟)
        ("2024年6月1日，江城市举行颁奖仪式，市领导向获奖者颁发了证书和奖杯。", []),
        (CEREMONY + "本届“青年科技奖”共评出15名。", []),
        (CEREMONY + "“青年科技奖”共评出获奖者百余名。", []),
        ("2024年6月1日，江城市召开会议。会议公示“青年科技奖”拟评出获奖者15名。", []),
    ],
)
def test_prize_winners_chosen_and_counted(extract, text: str, expected: list) -> None:
    assert honours(extract(text)) == expected


MEETING = "2024年9月10日，县教育局召开教师节表彰大会，"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MEETING + "20名教师获得“园丁奖教金”。", [("园丁奖教金", 20, "名", "person")]),
        (MEETING + "15名教师获得园丁奖教金。", [("园丁奖教金", 15, "名", "person")]),
        (MEETING + "15名教师获得“园丁”奖教金。", [("园丁奖教金", 15, "名", "person")]),
        (MEETING + "授予15名教师园丁奖教金。", [("园丁奖教金", 15, "名", "person")]),
        (MEETING + "为15名教师颁发园丁奖教金。", [("园丁奖教金", 15, "名", "person")]),
        (MEETING + "为30名优秀教师颁发“春晖奖教金”。", [("春晖奖教金", 30, "名", "person")]),
        (MEETING + "授予120名学生国家励志奖学金。", [("国家励志奖学金", 120, "名", "person")]),
        (MEETING + "评选出“爱心企业”12家、“热心公益人士”8名。",
         [("爱心企业", 12, "家", "organization"), ("热心公益人士", 8, "名", "person")]),
        # NEGATIVE: schemes set up with places (nothing conferred yet), a fund endowed, need-based aid, a certificate
        (MEETING + "设立“园丁奖教金”20名。", []),
        (MEETING + "设立“明德奖学金”20名。", []),
        (MEETING + "设立“园丁”奖教金20名。", []),
        (MEETING + "12家爱心企业捐款50万元设立奖教金。", []),
        (MEETING + "为50名困难学生发放“春蕾”助学金。", []),
        (MEETING + "授予15名教师荣誉证书。", []),
    ],
)
def test_teaching_awards_and_scholarships(extract, text: str, expected: list) -> None:
    assert honours(extract(text)) == expected
