"""Honours with award counts on government, party, company, school and HK/Taiwan pages.

Found: a plaque handed in a clause with no subject of its own after a role (副市长X出席并讲话，为新认定的32家市级“专精特新”
中小企业授牌) lost its 颁奖, because the reading of a subjectless act took only a banner word after the bare 授 and at most
16 characters of recipients (GUIDELINES §4: 授牌, 授旗 -> 颁奖). And a contest's own closing or prize ceremony named after
the contest (…技能大赛闭幕式暨颁奖典礼在…举行。本届大赛由A、B主办) got no organizer, because only opening rites
(起跑仪式, 启动仪式) took the contest's holders (GUIDELINES §3 fifteenth review round: a contest's own ceremony told in the
passive with no holder takes the holders the page states for the contest). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        ("5月8日上午，全市专精特新企业授牌仪式在市民中心举行。副市长何志远出席并讲话，为新认定的32家市级“专精特新”中小企业授牌。",
         "何志远", ("讲话", "颁奖")),
        ("5月8日上午，全市非遗工坊授牌仪式在市民中心举行。副市长林海出席并致辞，向首批15个省级非遗工坊授牌。",
         "林海", ("致辞", "颁奖")),
        ("5月8日上午，县委召开表彰大会。县委书记周强出席并讲话，为获得“红旗党支部”称号的12个党支部授旗。",
         "周强", ("讲话", "颁奖")),
        ("5月8日上午，县总工会召开表彰大会。县委副书记陈明出席并讲话，为新命名的20家县级“模范职工之家”单位授牌。",
         "陈明", ("讲话", "颁奖")),
        # NEGATIVE: the ceremony named after the clause's 授牌, no plaque handed by the person
        ("5月8日上午，全市示范基地授牌仪式在市民中心举行。副市长何志远出席并讲话，为即将开始的授牌仪式作了动员。",
         "何志远", ("讲话",)),
        # NEGATIVE: another subject hands the plaques
        ("5月8日上午，全市示范基地授牌仪式在市民中心举行。副市长何志远出席并讲话，市商务局局长李明为新认定的15家示范基地授牌。",
         "何志远", ("讲话",)),
        # NEGATIVE: the ceremony chaired by another, told after the role
        ("5月8日上午，全市示范基地授牌仪式在市民中心举行。副市长何志远出席并讲话，授牌仪式由市商务局局长李明主持。",
         "何志远", ("讲话",)),
    ],
)
def test_plaque_handed_after_role(extract, body: str, name: str, roles: tuple) -> None:
    assert speakers(extract(page(body)))[name][1] == roles


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("5月7日下午，第三届全市职业技能大赛闭幕式暨颁奖典礼在江州职业技术学院体育馆举行。本届大赛由市人社局、市总工会主办。",
         "市人社局、市总工会"),
        ("5月7日下午，全省青年教师教学比赛颁奖仪式在省教育会堂举行。本次比赛由省教育厅主办，省教育科学研究院承办。",
         "省教育厅"),
        ("5月7日下午，“美丽乡村”摄影大赛颁奖典礼在市文化馆举行。此次大赛由市文联、市农业农村局联合主办。",
         "市文联、市农业农村局"),
        ("5月7日下午，全市中小学生书法比赛闭幕式在市青少年宫举行。本届比赛由市教育局主办。",
         "市教育局"),
        # NEGATIVE: a prize's ceremony, not the contest's
        ("5月7日下午，第五届江城文学奖颁奖典礼在市文化馆举行。本届大赛由市文联主办。", None),
        # NEGATIVE: another edition's holder
        ("5月7日下午，全市中学生作文比赛颁奖典礼在市图书馆举行。上届比赛由市教育局主办。", None),
        # NEGATIVE: a sports meet's closing, no contest word before the rite
        ("5月7日下午，市运动会闭幕式在体育中心举行。本届比赛由市体育局主办。", None),
    ],
)
def test_contest_prize_ceremony_takes_contest_holders(extract, body: str, organizer: str | None) -> None:
    assert held(extract(page(body)))[0][2] == organizer
