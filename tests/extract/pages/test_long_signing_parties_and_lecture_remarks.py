"""Two finance-register phrasings (invented sentences; expected values follow corpus/GUIDELINES.md).

1. Two parties holding a signing ceremony are its organizer as written (§3, ninth round) also when the two
   names together are longer than one body's name (a regulator's branch's party committee and a college's).
   Negatives: a long clause that is no pair of bodies still names no organizer.
2. Remarks told in a sentence opening on the end of a lecture, a report meeting, a matchmaking meeting or a
   training (`讲座结束后，X表示`) are made after the event: no role (§4), as after `会议结束后`. Negatives: remarks
   at the lecture itself keep their role.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("昨天，国家金融监督管理总局江城监管分局机关党委与江城大学经济学院党委举行党建共建签约仪式，双方党员代表30人参加。",
         "国家金融监督管理总局江城监管分局机关党委与江城大学经济学院党委"),
        ("5月7日，中国农业发展银行江城市分行营业部党支部和江城市农业农村局机关第二党支部举行支部共建签约仪式。",
         "中国农业发展银行江城市分行营业部党支部和江城市农业农村局机关第二党支部"),
        # (within the length of one name: as before)
        ("5月7日，市税务局机关党委与江城大学举行党建共建签约仪式。", "市税务局机关党委与江城大学"),
    ],
)
def test_two_long_parties_hold_their_signing(extract, body: str, organizer: str) -> None:
    record = extract(page(body))
    assert [m["organizer"] for m in record["meetings"]] == [organizer]


@pytest.mark.parametrize(
    "body",
    [
        # a long clause before the verb, no two bodies joined: no organizer
        "5月7日，为深入贯彻落实全市金融工作会议精神进一步推动辖区普惠金融高质量发展的江城县举行签约仪式。",
        # a pair whose first part is no body (人力资源 cut from its bureau): no organizer
        "5月7日，江城市人力资源和社会保障局机关党委第一党支部与江城市就业服务中心第二党支部联合举行共建签约仪式。",
    ],
)
def test_a_long_clause_is_still_no_organizer(extract, body: str) -> None:
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == [None]


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        ("10月14日下午，某证券营业部举办投资者教育专题讲座，教授韩冰作专题讲座。讲座结束后，营业部负责人周涛表示，将继续开展投教活动。",
         "周涛"),
        ("5月7日，县总工会召开劳模先进事迹报告会。报告会结束后，县总工会主席李强说，要大力弘扬劳模精神。", "李强"),
        ("5月7日，县金融办举办银企对接会。对接会结束后，县金融办副主任陈刚表示，将跟踪做好服务。", "陈刚"),
        ("5月7日，县委组织部举办村干部培训班开班式。培训结束后，学员代表王芳表示收获很大。", "王芳"),
    ],
)
def test_remarks_after_the_lecture_give_no_role(extract, body: str, absent: str) -> None:
    assert absent not in speakers(extract(page(body)))


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        # remarks at the lecture itself keep the role
        ("10月14日下午，某证券营业部举办投资者教育专题讲座。讲座上，营业部负责人周涛表示，将继续开展投教活动。",
         "周涛", ("讲话",)),
        ("5月7日，县总工会召开劳模先进事迹报告会。县总工会主席李强在报告会上强调，要大力弘扬劳模精神。", "李强", ("讲话",)),
    ],
)
def test_remarks_at_the_lecture_keep_their_role(extract, body: str, name: str, roles: tuple) -> None:
    assert speakers(extract(page(body)))[name][1] == roles


def test_the_signing_is_held_once(extract) -> None:
    record = extract(page("昨天，国家金融监督管理总局江城监管分局机关党委与江城大学经济学院党委举行党建共建签约仪式。",
                          "2026-07-02"))
    assert held(record) == [("党建共建签约仪式", "2026-07-01",
                             "国家金融监督管理总局江城监管分局机关党委与江城大学经济学院党委")]
