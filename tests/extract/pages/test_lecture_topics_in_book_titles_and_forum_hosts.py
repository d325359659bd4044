"""Meetings at universities, hospitals and research institutes. Invented sentences; the expected
values follow corpus/GUIDELINES.md.

- A lecture given right after a ceremony, its topic in book-title marks right before the noun
  (`开班式后，教授X作了《…》专题讲座`), is its own record on the ceremony's day (§3 seventh and eleventh review rounds),
  as it already was with `题为《…》的` or no topic; the topic is no part of the name.
- Soft remarks told after a person's 述职 (`…代表领导班子述职。她说，…`) go on with that account: 述职 only, as after a
  致辞 or 发言 (§4: remarks introduced by 说/表示 inside an address belong to it; 指出/强调 still add 讲话).
- Research money a body received over a year, its year told in the clause before with the year's tally
  (`学校去年获批国家自然科学基金项目43项，到位科研经费1.6亿元`), is a yearly level, a statistic (§6 fourteenth round);
  money put to a stated use, or a year dated to its month, stays a record.
- A forum's host told after its theme (`本次论坛以“…”为主题，由X主办`) is its organizer (§3 organizer: the `由…主办`
  agent), as with an apposition (`系…，由X主办`) between.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers


def _lectures(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["date"]) for m in record["meetings"] if "讲座" in m["name"] or "报告" in m["name"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the topic in book-title marks right before 专题讲座, after a class's opening ceremony (the name as written,
        # the topic kept like 关于…的: GUIDELINES §3 seventeenth round)
        ("5月20日上午，全省基层医院院长能力提升培训班开班式在省卫生健康干部学院举行。学院院长钱某主持开班式。"
         "开班式后，某大学医学部教授王某作了《现代医院管理制度建设》专题讲座。",
         [("《现代医院管理制度建设》专题讲座", "2024-05-20")]),
        # after a school's opening ceremony ended, with 讲授了
        ("3月2日，县委党校举行春季学期开学典礼。典礼结束后，省委党校教授李某讲授了《新时代党的建设》专题讲座。",
         [("《新时代党的建设》专题讲座", "2024-03-02")]),
        # after a commendation ceremony, with 作
        ("4月8日，市卫健委举行优秀护士颁奖仪式。仪式后，护理学会理事长陈某作《人文护理的实践》专题讲座。",
         [("《人文护理的实践》专题讲座", "2024-04-08")]),
        # NEGATIVE: a work report in book-title marks is the meeting's business, no lecture
        ("3月2日，县委党校举行春季学期开学典礼。院长张某作了《2023年度工作报告》。", []),
        # NEGATIVE: a book studied, no lecture given
        ("3月2日，县委党校举行春季学期开学典礼。典礼结束后，学员们学习了《习近平谈治国理政》第四卷。", []),
    ],
)
def test_lecture_after_a_ceremony_with_its_topic_in_book_title_marks(extract, body: str, expected: list) -> None:
    assert _lectures(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        # 她说 in the next sentence goes on with her account
        ("1月16日，江城师范大学召开述职大会。校长王某梅代表学校领导班子述职。她说，学校去年获批项目43项。",
         "王某梅", ("述职",)),
        # the name again with 说
        ("1月16日，县委召开述职评议会。乡镇党委书记王某作述职报告。王某说，今年要抓好村级集体经济。",
         "王某", ("述职",)),
        # 表示 in the same sentence after the account
        ("1月16日，县委召开述职评议会。镇党委书记李某述职时表示，将继续抓好党建工作。", "李某", ("述职",)),
        # NEGATIVE: a speech verb still adds 讲话
        ("1月16日，江城师范大学召开述职大会。校长王某梅代表学校领导班子述职。她强调，要狠抓落实。",
         "王某梅", ("述职", "讲话")),
        # NEGATIVE: the chair's own remarks after another's account stay 讲话
        ("1月16日，县委召开述职评议会。县委书记张某主持会议。镇党委书记李某述职。张某说，各位书记要压实责任。",
         "张某", ("主持", "讲话")),
    ],
)
def test_soft_remarks_after_an_account_of_duties(extract, body: str, name: str, roles: tuple) -> None:
    assert speakers(extract(page(body)))[name][1] == roles


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the year and its tally in the clause before: a yearly level
        ("校长说，学校去年获批国家自然科学基金项目43项，到位科研经费1.6亿元。", []),
        ("该院2023年承担省部级课题二十余项，到位经费3200万元。", []),
        ("研究所全年新立项课题56个，到位资金8600万元，科研实力稳步提升。", []),
        # NEGATIVE: money put to a stated use stays
        ("学院去年与企业签约12个，到位资金800万元用于实验室建设。", [8000000.0]),
        # NEGATIVE: a year dated to its month dates an act
        ("2024年5月，江城大学与华信公司签约，到位资金300万元。", [3000000.0]),
        # NEGATIVE: an act of the year before, not a tally
        ("学院去年举行签约仪式，当场到位资金500万元用于实验室建设。", [5000000.0]),
    ],
)
def test_money_received_over_a_year_told_after_its_tally(extract, body: str, expected: list) -> None:
    assert [f["amount"] for f in extract(page(body))["funding"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，首届研究生学术创新论坛在学校图书馆报告厅举行。本次论坛以“医学创新与青年担当”为主题，"
         "由江城医科大学研究生院主办，全校研究生四百余人参加。",
         [("首届研究生学术创新论坛", "2024-05-06", "江城医科大学研究生院")]),
        ("3月9日，第二届青年学者论坛在江城大学举行。论坛以“数字治理”为题，由市社科联主办，江城大学承办。",
         [("第二届青年学者论坛", "2024-03-09", "市社科联")]),
        ("4月12日，首届基层医疗发展研讨会在市人民医院举行。研讨会以“分级诊疗”为主题，由市医学会主办。",
         [("首届基层医疗发展研讨会", "2024-04-12", "市医学会")]),
        # NEGATIVE: no verb of hosting after the theme
        ("3月9日，第二届青年学者论坛在江城大学举行。论坛以“数字治理”为主题，邀请由市社科联推荐的专家作报告。",
         [("第二届青年学者论坛", "2024-03-09", None)]),
        # NEGATIVE: the last edition's theme and host
        ("3月9日，第二届青年学者论坛在江城大学举行。上届论坛以“数字治理”为主题，由市社科联主办。",
         [("第二届青年学者论坛", "2024-03-09", None)]),
    ],
)
def test_forum_host_told_after_its_theme(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
