"""Universities and schools: prize money a body says it will set up in the amount's own clause
(论坛还将设置奖金总额20万元的…奖) is money of an event still ahead, only intended; prizes won over a span of recent
years with the winners named between the span and the verb (近五年全省职业院校共获得…38项) are a tally; a school's
staff or parents as the subject (全体班主任, 各班班主任, 全校教师, 家长) are people gathered, no organizer; a speech
noun listed as a form of an activity (通过情景剧、演讲等形式) gives no role to the person named in the sentence.
Invented sentences; the expected values follow corpus/GUIDELINES.md (§3 organizer, §4 roles, §5 tallies, §6 money
only intended)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page, speakers


@pytest.mark.parametrize(
    "body",
    [
        "5月8日，市教育局召开新闻发布会。本届大赛还将设置奖金总额30万元的“创新之星”奖。",
        "5月8日，协会召开理事会。联赛将另设奖金10万元，奖励优胜队伍。",
        "5月8日，学校召开筹备会。校园科技节将设立总奖金5万元的“小发明家”奖。",
    ],
)
def test_prize_money_to_be_set_up_is_only_intended(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: prize money handed over at the ceremony held
        ("5月8日，市教育局举行颁奖典礼，为获奖学生发放奖金20万元。", [(200000.0, "CNY")]),
        # NEGATIVE: a prize pool set up for the event held (no 将)
        ("5月8日，大赛颁奖典礼在市体育馆举行。本届大赛设置奖金总额30万元。", [(300000.0, "CNY")]),
    ],
)
def test_prize_money_paid_or_set_up_now_stays(extract, body: str, expected: list) -> None:
    assert [(a, c) for a, c, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    "body",
    [
        "5月8日，省教育厅召开职业教育工作会议。近五年全省职业院校共获得国家级教学成果奖38项。",
        "5月8日，学校召开总结会。近三年我校青年教师团队共获得省级教学成果奖12项。",
        "5月8日，学院召开年度大会。学院多年来各科研团队共荣获省科技进步奖20项。",
    ],
)
def test_prizes_won_over_recent_years_with_winners_between_are_a_tally(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


def test_prizes_conferred_at_the_ceremony_stay(extract) -> None:
    # NEGATIVE: counted projects given the prize at the event
    body = "5月8日，省教育厅召开表彰大会，授予42项成果“省级教学成果奖特等奖”。"
    assert [(h, n) for h, n, _, _ in honours(extract(page(body)))] == [("省级教学成果奖特等奖", 42)]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("5月8日，全体班主任在三楼会议室召开座谈会，交流班级管理经验。", "座谈会"),
        ("5月8日下午，初三年级全体班主任在会议室召开工作交流会。", "工作交流会"),
        ("5月8日晚，全体家长在学校报告厅召开家长委员会成立大会。", "家长委员会成立大会"),
        ("5月8日，全校教师在报告厅召开师德师风专题会议。", "师德师风专题会议"),
    ],
)
def test_a_schools_staff_as_subject_is_no_organizer(extract, body: str, name: str) -> None:
    assert held(extract(page(body))) == [(name, "2024-05-08", None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: bodies whose names hold the same words
        ("5月8日，江城市第一中学召开班主任工作会议。", [("班主任工作会议", "2024-05-08", "江城市第一中学")]),
        ("5月8日，市教师进修学校召开座谈会。", [("座谈会", "2024-05-08", "市教师进修学校")]),
        ("5月8日，校家长委员会召开会议。", [("会议", "2024-05-08", "校家长委员会")]),
    ],
)
def test_bodies_named_after_staff_stay_organizers(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "5月8日，学校召开主题班会。班会由班主任李晓红老师组织，学生们通过情景剧、演讲等形式表达爱国情怀。",
        "5月8日，学校召开主题班会。李晓红老师组织学生们通过朗诵、演讲等方式分享读书心得。",
    ],
)
def test_a_speech_listed_as_a_form_of_an_activity_gives_no_role(extract, body: str) -> None:
    assert "李晓红" not in speakers(extract(page(body)))


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        # NEGATIVE: the person's own speech
        ("5月8日，学校召开开学典礼。校长王立军发表演讲，勉励新生。", "王立军", ("讲话",)),
        ("5月8日，学校召开主题班会。班主任李晓红作了演讲。", "李晓红", ("讲话",)),
    ],
)
def test_a_persons_own_speech_keeps_the_role(extract, body: str, name: str, roles: tuple) -> None:
    assert speakers(extract(page(body)))[name][1] == roles


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("6月20日，江城学院毕业典礼在田径场举行。院长张志强致辞。毕业典礼结束后，党委书记陈立群表示，学校将做好就业服务。",
         "陈立群"),
        ("6月20日，江城学院举行颁奖仪式。院长张志强致辞。颁奖仪式结束后，副院长李明说，这些学生是学校的骄傲。", "李明"),
        ("6月20日，江城学院举行校友座谈会。院长张志强致辞。校友座谈会开始前，校友代表王芳表示，很高兴回到母校。", "王芳"),
    ],
)
def test_remarks_after_a_named_event_give_no_role(extract, body: str, name: str) -> None:
    assert name not in speakers(extract(page(body)))


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: remarks at the ceremony itself
        "6月20日，江城学院毕业典礼在田径场举行。典礼上，党委书记陈立群表示，学校将做好就业服务。",
        # NEGATIVE: a clause mark between the event words and 结束后: no lead of time for the whole sentence
        "6月20日，江城学院毕业典礼在田径场举行。党委书记陈立群在典礼上表示，学校将做好就业服务。",
    ],
)
def test_remarks_at_the_ceremony_keep_the_role(extract, body: str) -> None:
    assert speakers(extract(page(body)))["陈立群"][1] == ("讲话",)
