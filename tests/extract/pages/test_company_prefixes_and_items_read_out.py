"""Phrasings of ordinary local news: a company's short name or a university's
college written before a passive meeting name (its organizer), role words inside the document that 领学/宣读
read out, a lesson told as 讲了一堂X课, an audience counted with 观看, a count referring back to the honour in a
ceremony's name, money set aside 作为…奖励 and a student named after a class.
Invented sentences; the expected values follow corpus/GUIDELINES.md, with near misses that must not change."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a company's trade word before a year: its organizer (§3, name without a leading organizer prefix)
        ("4月17日，星辰科技2024新品发布会在深圳举行。", [("2024新品发布会", "2024-04-17", "星辰科技")]),
        ("4月17日，华翔股份2023年年度股东大会在公司三楼会议室召开。", [("2023年年度股东大会", "2024-04-17", "华翔股份")]),
        # a college of a university written before the name, the article told within the university
        ("4月17日，经济管理学院研究生导师培训会在学院302会议室召开。副校长钱伟出席会议并讲话。",
         [("研究生导师培训会", "2024-04-17", "经济管理学院")]),
        ("4月17日，机械工程系教学工作会在系会议室召开。副校长钱伟出席会议并讲话。",
         [("教学工作会", "2024-04-17", "机械工程系")]),
        # near misses: a short name with no trade word and no full name written, an area before a year
        ("4月17日，华为2024年全联接大会在上海举行。", [("华为2024年全联接大会", "2024-04-17", None)]),
        ("4月17日，中国汽车2024年论坛在上海举行。", [("中国汽车2024年论坛", "2024-04-17", None)]),
        # (a field's name ending in a trade word: 金融科技, 人工智能)
        ("4月17日，金融科技2024峰会在上海举行。", [("金融科技2024峰会", "2024-04-17", None)]),
        ("4月17日，人工智能2024年大会在上海举行。", [("人工智能2024年大会", "2024-04-17", None)]),
        # (a college as the meeting's own name, nothing of a university told: the name whole)
        ("4月17日，孔子学院大会在北京召开。", [("孔子学院大会", "2024-04-17", None)]),
    ],
)
def test_organizer_prefixes_of_companies_and_colleges(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # words of the document read out are no acts of the reader (§4: 领学 and 宣读 = 宣读)
        ("3月5日，县委召开常委会会议。县委常委、宣传部部长孙晓梅领学了政府工作报告有关内容。",
         {"孙晓梅": ("县委常委、宣传部部长", ("宣读",))}),
        ("6月20日，学校举行学位授予仪式。副校长周红宣读了学位授予决定。", {"周红": ("副校长", ("宣读",))}),
        # near misses: the reader's next act, joined by 并 or after 后
        ("6月20日，县里召开表彰大会。县委副书记王刚宣读了表彰决定并为获奖者颁奖。",
         {"王刚": ("县委副书记", ("宣读", "颁奖"))}),
        ("6月20日，县里召开表彰大会。县委副书记王刚宣读表彰决定后作总结讲话。",
         {"王刚": ("县委副书记", ("宣读", "讲话"))}),
    ],
)
def test_role_words_inside_what_is_read_out(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a lesson counted by 一堂 is a lecture held (§3, generic noun as written)
        ("11月4日下午，城关派出所副所长刘刚走进城关第一小学，为全校师生讲了一堂法治课。校长吴芳主持活动。",
         [("法治课", "2024-11-04", "下午", "城关第一小学", "吴芳")]),
        ("11月4日下午，民警王刚为学生上了一堂生动的安全教育课。", [("安全教育课", "2024-11-04", "下午", None, None)]),
        # near miss: a lesson heard, nobody named giving it
        ("11月4日，同学们听了一堂法治课。", []),
    ],
)
def test_a_lesson_given(extract, body: str, expected: list) -> None:
    record = extract(page(body, "2024-11-05"))
    got = [(m["name"], m["date"], m["time_of_day"], m["location"], (m["host"] or {}).get("name"))
           for m in record["meetings"]]
    assert got == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("日前，县委宣传部举办颁奖典礼，约300名师生和家长观看了典礼。", (300, True)),
        ("日前，县委宣传部举办颁奖典礼，300余名师生观看了典礼。", (300, True)),
    ],
)
def test_an_audience_watching_the_ceremony(extract, body: str, expected: tuple) -> None:
    (meeting,) = extract(page(body))["meetings"]
    assert (meeting["attendee_count"], meeting["attendee_approx"]) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the count refers back to the honour the ceremony is named for (§5)
        ("5月9日上午，全县“最美家庭”颁奖典礼在县文化馆举行，20户家庭受到表彰。", [("最美家庭", 20, "户", None)]),
        # near misses: the count runs over more than the honour's holders; a name for several honours
        ("5月9日上午，全县“最美家庭”颁奖典礼在县文化馆举行，20户家庭和10名个人受到表彰。", []),
        ("5月9日上午，全县“两优一先”表彰大会在县文化馆举行，50名党员受到表彰。", []),
    ],
)
def test_a_count_referring_back_to_the_ceremony_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # money set aside as a reward (§6 奖金/奖励金), what it is set aside as its purpose
        ("2月2日，公司召开表彰大会。公司还拿出120万元作为年终奖励。", [(1200000.0, "CNY", "年终奖励")]),
        ("村里拿出5万元，作为村级活动经费。", [(50000.0, "CNY", "村级活动经费")]),
        # near miss: staff's year-end pay, an average per person
        ("公司向全体员工发放年终奖，人均奖金达8.5万元。", []),
    ],
)
def test_money_set_aside_as_a_reward(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a student named after the class: the whole name, the grade no name of its own (§4, label dropped)
        ("9月2日，实验中学开学典礼举行。新生代表高一（3）班李子涵同学发言。", {"李子涵": (None, ("发言",))}),
        ("9月2日，实验中学开学典礼举行。教师代表徐婷、新生代表高一（3）班李子涵同学分别发言。",
         {"徐婷": (None, ("发言",)), "李子涵": (None, ("发言",))}),
        # near miss: a name that starts like a grade
        ("9月2日，实验中学开学典礼举行。校长高一鸣致辞。", {"高一鸣": ("校长", ("致辞",))}),
    ],
)
def test_a_student_named_after_the_class(extract_with_model, body: str, expected: dict) -> None:
    # (the name is the model's, cut one character short before 同学)
    assert speakers(extract_with_model(page(body, "2024-09-02"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a fund or a scheme the money is put into is its purpose (§6)
        ("立法會財務委員會今日下午舉行會議，通過政府申請撥款$30億，為「中小企業融資擔保計劃」注資。",
         [(3000000000.0, "HKD", "为中小企业融资担保计划注资")]),
        # near miss: an act before the amount, no use after it
        ("县财政拨款30亿元。", [(3000000000.0, "CNY", None)]),
    ],
)
def test_a_scheme_the_money_is_put_into(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a rank after the name joins the title chain (§4) also before a titled speech
        ("6月22日上午，南山大学毕业典礼在体育馆举行。校党委书记陈国平主持典礼，校长林建中院士发表题为《做一个有温度的人》的讲话。",
         {"陈国平": ("校党委书记", ("主持",)), "林建中": ("校长、院士", ("讲话",))}),
        ("6月22日上午，南山大学毕业典礼在体育馆举行。校长林建中院士发表讲话。", {"林建中": ("校长、院士", ("讲话",))}),
    ],
)
def test_a_rank_before_a_titled_speech(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
