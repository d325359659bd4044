"""Bodies listed as the active subject of holding stay the organizer as written (GUIDELINES §3 organizer, eleventh round;
fortieth review round, 8 December 2026, tenth stop, from a meeting values audit of newspaper articles): a list longer
than one body's name, each item ending as a body does (`甲医院和乙基金会、丙出版社、丁委员会在…举行赠书仪式`); a phrase of
hosting another event closed by `的` before them (`主办评选活动的甲协会和乙公司在…举行颁奖仪式`) describes them; a long
bracket of two reporters after the dateline (`…电（甲台记者某某、乙社记者某某）`) is no part of the subject. Invented
sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import organizers, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("本报讯5月6日，江城市第一人民医院和滨海慈善基金会、江城少年儿童出版社、江城助学金管理委员会在江城举行赠书仪式，"
         "将新书赠送给全市小学生。",
         [("赠书仪式", "江城市第一人民医院和滨海慈善基金会、江城少年儿童出版社、江城助学金管理委员会")]),
        ("本报讯5月6日下午，主办评选活动的江城市足球协会和滨海体育用品有限公司在江城举行颁奖仪式，将称号授予李明。",
         [("颁奖仪式", "江城市足球协会和滨海体育用品有限公司")]),
        ("本报讯5月6日下午，承办本届大赛的江城市体育局在江城举行颁奖仪式，将奖杯授予李明。", [("颁奖仪式", "江城市体育局")]),
        ("新华社江城5月6日电（江城人民广播电台记者张明华、新华社记者李文）江城市政府办公厅、江城市委统战部今天在江城联合举办"
         "参事春节招待会。",
         [("参事春节招待会", "江城市政府办公厅、江城市委统战部")]),
        ("新华社江城5月6日电（江城人民广播电台记者张明华、新华社记者李文）江城市政府办公厅今天在江城举办参事春节招待会。",
         [("参事春节招待会", "江城市政府办公厅")]),
        # near misses, unchanged: a short list, a short bracket, people described by what they do, a clause before 、
        ("本报讯5月6日，江城市第一人民医院和滨海慈善基金会在江城举行赠书仪式，将新书赠送给全市小学生。",
         [("赠书仪式", "江城市第一人民医院和滨海慈善基金会")]),
        ("新华社江城5月6日电（记者李文）江城市政府办公厅、江城市委统战部今天在江城联合举办参事春节招待会。",
         [("参事春节招待会", "江城市政府办公厅、江城市委统战部")]),
        ("本报讯5月6日下午，主办单位的负责同志在江城举行颁奖仪式，将奖杯授予李明。", [("颁奖仪式", None)]),
        ("本报讯5月6日，为了帮助贫困地区的孩子们读上好书、读好书、读新书，市图书馆在江城举行赠书仪式。", [("赠书仪式", "市图书馆")]),
    ],
)
def test_joint_subject_bodies_listed(extract_with_model, body: str, expected: list) -> None:
    assert organizers(extract_with_model(page(body, "1998-01-10"))) == expected
