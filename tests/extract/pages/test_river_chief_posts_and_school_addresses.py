"""Phrasings: river and forest chief posts in a title chain (区总河长,
区级河长, 县总林长), an address at a school's opening or graduation (致开学辞, 致毕业辞), a superior body's decision
announced (宣布了市委决定), web datelines with the city after the date or 消息 (东方网3月2日上海讯（记者…）,
央广网北京3月2日消息（…）), a ceremony within a meeting carried out by those taking part (会上，X进行了…仪式), a
project department as a generic subject (项目部), a plaque given for a quoted honour with the count commended in the
next clause, a medal's grade after the closing mark (“红领巾奖章”一星章) and a penalty imposed (处违约金).  Invented
sentences; the expected values follow corpus/GUIDELINES.md (§3 meetings, §4 speakers, §5 awards, §6 funding)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page, speakers, when


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a river or forest chief's post in a chain is part of the title (§4)
        ("12月26日，昌平区召开河长述职会。区委副书记、区长、区总河长张现伟主持会议。",
         {"张现伟": ("区委副书记、区长、区总河长", ("主持",))}),
        ("3月1日，某县召开林长制工作会议。县委书记、县总林长王大海主持会议。",
         {"王大海": ("县委书记、县总林长", ("主持",))}),
        # a title written once before a 、-list of names is each one's (§4)
        ("12月26日，昌平区召开河长述职会。会上，副区长、区级河长王建明、刘莉依次述职。",
         {"王建明": ("副区长、区级河长", ("述职",)), "刘莉": ("副区长、区级河长", ("述职",))}),
        # near miss: the posts counted among those attending name nobody
        ("12月26日，全区召开河长制工作会议，8名镇级河长参加会议。区长李明主持会议。", {"李明": ("区长", ("主持",))}),
    ],
)
def test_river_and_forest_chief_posts_in_a_title(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body, "2024-12-27"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月1日，某中学举行开学典礼。校长王大海致开学辞。", {"王大海": ("校长", ("致辞",))}),
        ("3月1日，某中学举行开学典礼。校长王大海致开学词。", {"王大海": ("校长", ("致辞",))}),
        ("6月28日，某中学举行毕业典礼。校长王大海致毕业辞。", {"王大海": ("校长", ("致辞",))}),
        # 勉励 in the address's clause adds no speech (勉励 is not 指出/强调/要求)
        ("9月1日，某中学举行秋季开学典礼。校长方志强致开学辞，他勉励同学们树立远大理想。", {"方志强": ("校长", ("致辞",))}),
        # near miss: 勉励 with no address named stays a speech
        ("9月1日，某中学举行秋季开学典礼。校长方志强勉励同学们树立远大理想。", {"方志强": ("校长", ("讲话",))}),
    ],
)
def test_an_address_at_an_opening_or_graduation(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body, "2024-09-02"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a decision of a superior body announced is read out (§4 宣布了…决定)
        ("4月15日下午，永平县召开全县领导干部会议。市委组织部副部长张海涛宣布了市委决定。",
         {"张海涛": ("市委组织部副部长", ("宣读",))}),
        ("4月15日下午，永平县召开全县领导干部会议。市委组织部副部长张海涛宣布了市委决定：李明同志任县委书记。",
         {"张海涛": ("市委组织部副部长", ("宣读",))}),
        ("4月15日下午，永平县召开全县领导干部会议。市委组织部副部长张海涛宣布了市委、市政府的决定，并讲话。",
         {"张海涛": ("市委组织部副部长", ("宣读", "讲话"))}),
        # near misses: what the body decided told after it, one's own decision made known
        ("4月15日下午，永平县召开全县领导干部会议。市委组织部副部长张海涛宣布市委决定开展专项整治。",
         {"张海涛": ("市委组织部副部长", ("讲话",))}),
        ("4月15日下午，永平县召开全县领导干部会议。县委书记张海涛宣布上述决定。", {"张海涛": ("县委书记", ("讲话",))}),
    ],
)
def test_a_superior_bodys_decision_announced(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body, "2024-04-16"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("中国台湾网12月3日南京讯（记者 赵静）2024两岸企业家峰会年会2日在南京开幕。",
         [("2024两岸企业家峰会年会", "2024-12-02", None)]),
        ("东方网12月3日上海讯（记者 王大海）第五届数字经济论坛2日在上海开幕。",
         [("第五届数字经济论坛", "2024-12-02", None)]),
        ("央广网北京12月3日消息（记者 赵静）2024两岸企业家峰会年会2日在南京开幕。",
         [("2024两岸企业家峰会年会", "2024-12-02", None)]),
        # the forms read before stay as they were
        ("人民网北京12月3日电（记者 赵静）2024两岸企业家峰会年会2日在南京开幕。",
         [("2024两岸企业家峰会年会", "2024-12-02", None)]),
    ],
)
def test_a_web_dateline_before_the_name(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-12-03"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # those taking part in a ceremony within the meeting do not host it; it is dated like the meeting (§3)
        ("5月11日，医院举行护士节表彰大会。会上，新入职护士进行了授帽仪式。",
         [("护士节表彰大会", "2024-05-11", None), ("授帽仪式", "2024-05-11", None)]),
        ("5月11日，医院举行护士节表彰大会。会上进行了授帽仪式。",
         [("护士节表彰大会", "2024-05-11", None), ("授帽仪式", "2024-05-11", None)]),
        # the subject of 举行 holds it, on the meeting's day (parties counted, not named, are no organizer beside it)
        ("5月11日，市政府召开招商大会。会上，县政府与5家企业举行项目签约仪式。",
         [("招商大会", "2024-05-11", "市政府"), ("项目签约仪式", "2024-05-11", "县政府")]),
        # a generic subject names no organizer (§3)
        ("19日上午，武阳长江大桥主体结构顺利合龙。当天，项目部举行了合龙仪式。", [("合龙仪式", "2024-05-19", None)]),
        # near miss: a named project department is a body
        ("19日上午，中铁大桥局武阳长江大桥项目部举行了合龙仪式。",
         [("合龙仪式", "2024-05-19", "中铁大桥局武阳长江大桥项目部")]),
    ],
)
def test_a_ceremony_within_a_meeting_and_a_generic_subject(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-05-20"))) == expected


def test_a_ceremony_within_a_meeting_has_the_meetings_day(extract) -> None:
    record = extract(page("5月11日上午，医院举行护士节表彰大会。会上，新入职护士进行了授帽仪式。", "2024-05-13"))
    assert [day for day, _, _ in when(record)] == ["2024-05-11", "2024-05-11"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月1日，某县召开表彰大会。会上，为“先进单位”颁发奖牌，20个单位受到表彰。", [("先进单位", 20, "个", "organization")]),
        ("3月1日，某县召开表彰大会。会上，市领导为2023年度“营商环境建设先进单位”颁发奖牌，20个单位受到表彰。",
         [("营商环境建设先进单位", 20, "个", "organization")]),
        ("3月1日，某县召开表彰大会。会上，为“优秀共产党员”颁发荣誉证书，32名同志受到表彰。",
         [("优秀共产党员", 32, "名", "person")]),
        # near misses: no count commended; the form read before
        ("3月1日，某县召开表彰大会。会上，为“先进单位”颁发奖牌，并对部分企业进行了表彰。", []),
        ("3月1日，某县召开表彰大会。会上，为获奖代表颁发奖牌，20个单位受到表彰。", []),
        ("3月1日，某县召开表彰大会。会上，为“先进单位”授牌，15个单位获此殊荣。", [("先进单位", 15, "个", "organization")]),
        # a medal's grade after the closing mark is part of the honour (§5)
        ("6月1日，明德小学举行颁奖仪式。本学期共有42名少先队员获得“红领巾奖章”一星章。",
         [("红领巾奖章一星章", 42, "名", "person")]),
        ("6月1日，明德小学举行颁奖仪式。本学期共有42名少先队员获得“红领巾奖章”。", [("红领巾奖章", 42, "名", "person")]),
    ],
)
def test_a_plaque_for_a_quoted_honour_and_a_graded_medal(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body, "2024-06-03"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a penalty imposed is no money granted (§6)
        ("7月23日，区医保局召开推进会。会议通报，上半年共追回医保基金346.5万元，处违约金82万元。", []),
        ("7月23日，区医保局召开推进会。会议通报，上半年收缴违约金82万元。", []),
        # near miss: a grant in the same sentence stays
        ("7月23日，区医保局召开推进会。会议通报，处违约金82万元，拨付奖励资金20万元。", [(200000.0, "CNY", None)]),
    ],
)
def test_a_penalty_imposed(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body, "2024-07-24"))) == expected
