"""Award, speaker and funding shapes of commendation releases (science, education, health, public security, courts, veterans, the Youth League): the bare prize grades listed after 其中 are grades of the prize named right before (省自然科学奖49项，
其中一等奖1项、二等奖48项; 表彰了集团科技进步奖，其中特等奖1项…); a count of people restated with another counting word
(10名“最美医生”…, 赵某等10人获评“最美医生”称号) is the same award once; a crime named only as the case the police solved
(为破获…诈骗案的专案组记集体一等功，并给予奖励经费20万元) does not make the sentence a crime's, so its grant stays; 运动员
(athletes) names no mobilisation, so bare remarks in a text without a meeting stay press quotes; 队员 (a team's member)
is a post before a name; projects counted before their kind and then signed or started (12个科技成果转化项目现场签约，
签约金额达26.5亿元) name what the bare total is of.  Invented sentences; the expected values follow corpus/GUIDELINES.md
(§4 speakers, title; §5 awards, duplicated facts once; §6 funding, purpose of a bare total label)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月3日，省政府召开科学技术奖励大会。大会表彰了一批获奖项目。其中，省自然科学奖30项，其中一等奖2项、二等奖28项。",
         [("省自然科学奖一等奖", 2, "项", None), ("省自然科学奖二等奖", 28, "项", None)]),
        ("6月3日，集团召开科技创新大会。会议表彰了2023年度集团科技进步奖，其中特等奖1项、一等奖4项、二等奖9项。",
         [("集团科技进步奖特等奖", 1, "项", None), ("集团科技进步奖一等奖", 4, "项", None),
          ("集团科技进步奖二等奖", 9, "项", None)]),
        ("6月3日，市政府召开科技奖励大会。大会表彰了获奖成果。其中，市科技进步奖45项，其中一等奖5项、二等奖40项；"
         "市技术发明奖12项，其中一等奖2项、二等奖10项。",
         [("市科技进步奖一等奖", 5, "项", None), ("市科技进步奖二等奖", 40, "项", None),
          ("市技术发明奖一等奖", 2, "项", None), ("市技术发明奖二等奖", 10, "项", None)]),
        # NEGATIVE: a grade already named with its prize keeps its own name
        ("6月3日，集团召开科技创新大会。会议表彰了一批成果，其中科技进步奖一等奖2项、二等奖5项。",
         [("科技进步奖一等奖", 2, "项", None), ("科技进步奖二等奖", 5, "项", None)]),
    ],
)
def test_grades_after_qizhong_take_the_prize_named_before(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("8月19日晚，市卫健委举行“最美医生”颁奖典礼。典礼揭晓了8名“最美医生”。市人民医院主任医师张某某等8人获评“最美医生”称号。",
         [("最美医生", 8, "名", "person")]),
        ("5月4日，团市委召开表彰大会，表彰了6位“青年岗位能手”。会上，刘某某等6名“青年岗位能手”接受表彰。",
         [("青年岗位能手", 6, "位", "person")]),
        # NEGATIVE: another count of the same honour is another fact
        ("8月19日晚，市卫健委举行颁奖典礼。典礼揭晓了8名“最美医生”，其中我县3人获评“最美医生”称号。",
         [("最美医生", 8, "名", "person"), ("最美医生", 3, "人", "person")]),
    ],
)
def test_people_restated_with_another_counting_word_once(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("近日，市公安局党委决定，为成功破获“5·20”特大电信网络诈骗案的专案组记集体一等功，并给予专案组奖励经费15万元。",
         [(150000.0, "CNY", "专案组奖励经费")]),
        ("市公安局党委决定，为侦破“3·15”非法集资案件的专案组记集体二等功，并给予专案组奖励资金8万元。",
         [(80000.0, "CNY", "专案组奖励资金")]),
        # NEGATIVE: the crime's own money, named by another crime word, stays out
        ("近日，市公安局成功破获一起集资诈骗案，涉案金额3亿元。", []),
        # NEGATIVE: a crime that is no case solved
        ("该团伙以投资为名实施诈骗，骗取资金300万元。", []),
    ],
)
def test_a_case_solved_is_no_crime_money(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("8月12日，省运动会落下帷幕，我市代表团获得金牌18枚。市体育局局长王某某表示，这是全体运动员拼搏的结果。", {}),
        ("我市选手在全国比赛中获得佳绩。市体育局局长王某某说，运动员们发挥出色。", {}),
        # NEGATIVE: a mobilisation named is still an occasion (动员部署)
        ("市体育局局长王某某在动员会上表示，全体运动员要顽强拼搏。", {"王某某": ("市体育局局长", ("讲话",))}),
    ],
)
def test_athletes_name_no_occasion(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月10日，区退役军人事务局举行表彰仪式。退役军人代表、区消防救援大队队员林某某发言。",
         {"林某某": ("区消防救援大队队员", ("发言",))}),
        ("5月10日，县卫健委召开表彰大会。援外医疗队队员周某某作交流发言。",
         {"周某某": ("援外医疗队队员", ("发言",))}),
        # NEGATIVE: a label alone gives no title
        ("5月10日，区退役军人事务局举行表彰仪式。退役军人代表林某某发言。", {"林某某": (None, ("发言",))}),
    ],
)
def test_team_member_is_a_post(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("12月27日，全市科技成果转化签约仪式在市会展中心举行。会上，12个科技成果转化项目现场签约，签约金额达26.5亿元。",
         [(2650000000.0, "CNY", "科技成果转化项目")]),
        ("5月6日，某县举行招商推介会。当天，共有8个文旅融合项目集中签约，总投资32亿元。",
         [(3200000000.0, "CNY", "文旅融合项目")]),
        # NEGATIVE: a bare class of projects names no more than the label
        ("5月6日，某县举行重大项目集中开工仪式。当天，15个重大项目集中开工，总投资80亿元。", [(8000000000.0, "CNY", None)]),
    ],
)
def test_projects_counted_before_their_kind(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
