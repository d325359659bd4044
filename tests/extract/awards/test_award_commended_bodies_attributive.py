"""Award counts: a count of people from commended bodies read as holders (GUIDELINES §5, §3).

Class: 获嘉许 used attributively before the bodies the people come from or stand for (`约2,000名来自获嘉许机构的代表出席`,
`…获嘉许企业的员工参加`, `获嘉许的公司代表`) counts the guests present, not those commended: §5 counts the holders of an
honour conferred, and §3 takes those present at the event as its attendees. A count whose people themselves 获嘉许
(`120名义工获嘉许`, `共有150名人士获授勋或嘉许`, §5 total) stays an award.

Class: the last grade of a conferred list (`评出一等奖3队、二等奖5队、三等奖8队。其中一等奖每队…`) closing its sentence
before a 其中 sentence was read as a total over the grades before it when its count equals their sum (3 + 5 = 8) and
dropped: §5 keeps prize grades conferred (`评出一等奖3名、二等奖5名`) each as a record; only a stated total whose parts
follow it repeats them (`大会表彰了8名先进个人。其中，劳动模范3名、优秀工作者5名`, still dropped).

Class: a subject that gathered or invited people before the verb of holding (`副市长聂云飞召集部分重点企业负责人召开
安全生产座谈会`, `县教育局邀集各校校长召开…`): §3 organizer is the body that held it, the subject of 召开; the people
gathered are no part of it, and a person subject is no body (null). Near misses: a body named with the verb's word
(`应市政府邀请，江城商会召开…`) stays the body after it. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page

ROWS = [
    # negatives: the people come from or represent commended bodies: no award
    ("香港江城服务联会昨日举行年度嘉许礼，约2,000名来自获嘉许机构的代表出席。", []),
    ("江城商会昨日举行企业关怀嘉许典礼，逾500名来自获嘉许企业的员工参加。", []),
    ("江城义工联会昨日举行嘉许礼，约800名获嘉许团体的义工到场。", []),
    ("江城社联昨日举行嘉许礼，共1,200名获嘉许的公司代表出席。", []),
    ("江城社联昨日举行嘉许礼，三百名来自获嘉许单位及学校的嘉宾出席。", []),
    # positives: the counted people are commended themselves
    ("江城义工联会昨日举行嘉许礼，120名义工获嘉许。", [("嘉许", 120)]),
    ("江城义工联会昨日举行嘉许礼，共有80名义工获嘉许，表扬其长期服务。", [("嘉许", 80)]),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_attributive_commended(extract, body, expected):
    assert [(a["honor"], a["count"]) for a in extract(page(body))["awards"]] == expected


GRADES = [
    # the failing shape re-invented: the last grade kept though 3 + 5 = 8
    ("最终评出一等奖3队、二等奖5队、三等奖8队。其中一等奖每队获发奖金十万元。",
     [("一等奖", 3), ("二等奖", 5), ("三等奖", 8)]),
    ("最終評出一等獎3隊、二等獎5隊、三等獎8隊。其中一等獎每隊獲發獎金十萬元。",
     [("一等奖", 3), ("二等奖", 5), ("三等奖", 8)]),
    ("大赛共评出金奖2名、银奖4名、铜奖6名。其中金奖获得者每人获得奖金5000元。",
     [("金奖", 2), ("银奖", 4), ("铜奖", 6)]),
    ("本次比赛评出一等奖1个、二等奖2个、三等奖3个。其中一等奖由江城队获得。",
     [("一等奖", 1), ("二等奖", 2), ("三等奖", 3)]),
    ("经过三轮评审，评出一等奖二名、二等奖三名、三等奖五名。其中一等奖奖金一万元。",
     [("一等奖", 2), ("二等奖", 3), ("三等奖", 5)]),
    # near misses: a stated total with its parts after 其中 is still dropped
    ("大会表彰了8名先进个人。其中，劳动模范3名、优秀工作者5名。", "no 8"),
    ("大会表彰了12名优秀教师。其中，区级优秀教师7名、市级优秀教师5名。", "no 12"),
    ("大会表彰先进集体5个、先进个人8名。其中，劳动模范3名、优秀工作者5名。", "no 8"),
]


@pytest.mark.parametrize(("body", "expected"), GRADES)
def test_last_grade_no_total(extract, body, expected):
    got = [(a["honor"], a["count"]) for a in extract(page(body))["awards"]]
    if isinstance(expected, str):
        assert int(expected.split()[1]) not in [c for _, c in got] and got
    else:
        assert got == expected


GATHERED = [
    # the failing shape re-invented: a person gathered people, no body named
    ("会后，副市长聂云飞召集部分重点企业负责人召开安全生产座谈会，听取企业意见建议。", None),
    ("5月6日，县长王强召集相关部门负责人召开防汛工作会议。", None),
    ("5月6日，区委书记李红邀请10名老党员召开座谈会。", None),
    # paraphrases: a body gathered or invited them: the body
    ("5月6日，江城市应急管理局召集部分重点企业负责人召开安全生产座谈会。", "江城市应急管理局"),
    ("5月6日，县教育局邀集各校校长召开教育工作座谈会。", "县教育局"),
    ("5月6日，江城县总工会邀请20名劳模代表召开座谈会。", "江城县总工会"),
    ("5月6日，江城县委召集各乡镇党委书记召开座谈会。", "江城县委"),
    # near misses: the verb's word inside a body's name, or no gathering at all
    ("5月6日，应市政府邀请，江城商会召开座谈会。", "江城商会"),
    ("5月6日，江城市应急管理局召开安全生产座谈会。", "江城市应急管理局"),
]


@pytest.mark.parametrize(("body", "expected"), GATHERED)
def test_gathering_subject(extract, body, expected):
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == [expected]
