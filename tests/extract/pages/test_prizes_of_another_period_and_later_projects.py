"""Award, meeting and funding near misses of prizes of another period, session acts and later projects: over-firing found by near misses on this stop's merged rules (invented sentences only).

- GUIDELINES §5 (a count of holders tallied for another period is no award of this event; nineteenth round: a count of
  winners told after the honour in its own clause in Traditional text is that honour's count): a prize handed out in
  another period (`基金會去年頒發清寒獎學金，每人…，共15名學生獲獎`, 前年, 上屆, 往年) gives its winners no record; the
  prize handed at this event keeps its count.
- GUIDELINES §3 (no record for "meetings mentioned only as the source of relayed remarks, a plan or a document"; a session
  acting, 选举/批准/任命, is held, prb): the act in an attribute before what the session gave (`根据…第三次会议批准的方案`,
  `经…会议选举产生的副省长`, `任命的`, `选出的`), in the page's one item or a glued later one (§11), names the session as a
  source, no meeting held; the session doing its act (`…会议5月6日选举…为…`, `选举产生了`) stays held.
- GUIDELINES §6 ("A project only studied or planned, with no signing, start or works told (`该项目总投资3.6亿元，计划明年
  开工`) … only intended: no record; a project under way keeps its total even when a later phase is still ahead"): a later
  `该项目…开工` told ahead declines the total only when it refers back to the total's project: not a later phase
  (`该项目二期计划明年开工`), not another project named between (`另外，文化中心项目正在规划，该项目计划明年开工`).
- GUIDELINES §5 (a count tallied for another period is no conferral of this event): a past year opening a clause right
  before a bare 表彰/表扬, or with 则/也/还/又 between (`去年表彰模范农民5名`, `去年則表揚…3個`, `前年也表彰了`, `2023年表彰`), sets
  that year's conferral beside this event's; this year's, and a past year in a description of the holders
  (`表彰了去年评选出的30名…`), stay.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page


@pytest.mark.parametrize(("body", "expected"), [
    # reduced: the prize handed last year, each winner's share, then the winners counted
    ("典禮昨日舉行。基金會去年頒發清寒獎學金，每人新臺幣3,000元，共15名學生獲獎。", []),
    # paraphrases: another past period word, Simplified script, another share word
    ("典禮昨日舉行。基金會前年頒發清寒獎學金，每名新臺幣3,000元，共15名學生獲獎。", []),
    ("典禮昨日舉行。上屆典禮頒發勤學獎學金，每位新臺幣2,000元，共12名畢業生獲獎。", []),
    ("典禮昨日舉行。基金會往年頒發清寒獎學金，每人新臺幣3,000元，共15名學生獲頒。", []),
    ("典礼昨日举行。基金会去年颁发清寒奖学金，每人新台币3,000元，共15名学生获奖。", []),
    # (no share between: the scholarship's winners counted right after the clause granting it)
    ("典禮昨日舉行。基金會去年頒發清寒獎學金，共20名學生獲獎。", []),
    ("典礼昨日举行。基金会前年颁发奖学金，共有20名学生获奖。", []),
    # near misses: the prize handed at this event keeps its winners
    ("畢業典禮上，基金會頒發清寒獎學金，每人新臺幣3,000元，共15名學生獲獎。", [("清寒奖学金", 15, "名", "person")]),
    ("典禮昨日舉行，基金會頒發清寒獎學金，共20名學生獲獎。", [("清寒奖学金", 20, "名", "person")]),
    ("畢業典禮上，董事長頒發「勤學獎學金」，每人新臺幣3,000元，共15名學生獲獎。", [("勤学奖学金", 15, "名", "person")]),
])
def test_prize_handed_in_another_period(extract, body, expected):
    assert honours(extract(page(body))) == expected


_JILIN = "新华社长春1月19日电 吉林省第十四届人民代表大会第一次会议19日选举王明为省长。"


@pytest.mark.parametrize(("body", "expected"), [
    # reduced: the session the source of a plan, its act in an attribute
    ("根据省人大常委会第三次会议批准的方案，全省今年将新建学校50所。", []),
    # paraphrases: an office the session gave, another verb, Traditional script, a glued later item
    ("经省人大常委会第三次会议选举产生的副省长李明今天到江城调研。", []),
    ("市人大常委会第十次会议任命的副市长李明今天到江城调研。", []),
    ("依據縣議會第五次定期會批准的預算，縣府今年將新建道路10條。", []),
    (_JILIN + "新华社成都1月19日电 根据四川省人大常委会第三次会议批准的方案，四川今年将新建学校50所。",
     [("吉林省第十四届人民代表大会第一次会议", "2024-01-19", None)]),
    # near misses: the session doing its act is held, in one item or a glued later one
    ("市人大常委会第十次会议5月6日选举李明为副市长。", [("市人大常委会第十次会议", "2024-05-06", "市人大常委会")]),
    (_JILIN + "新华社成都1月19日电 四川省第十四届人民代表大会第一次会议19日选举李华为省长。",
     [("吉林省第十四届人民代表大会第一次会议", "2024-01-19", None),
      ("四川省第十四届人民代表大会第一次会议", "2024-01-19", None)]),
])
def test_session_act_in_attribute(extract, body, expected):
    assert held(extract(page(body))) == expected


_PLANT = (50000000.0, "CNY", "污水处理厂项目")


@pytest.mark.parametrize(("body", "expected"), [
    # reduced: another project named between the total and the later start ahead
    ("镇里召开推进会。会上介绍，污水处理厂项目总投资5000万元，已于去年建成投用。另外，文化中心项目正在规划，该项目计划明年开工。",
     [_PLANT]),
    # paraphrases: a later phase ahead (二期, 三期), another project by 工程 and 另有
    ("镇里召开推进会。会上介绍，污水处理厂项目总投资5000万元，目前已完工。该项目二期计划明年开工。", [_PLANT]),
    ("镇里召开推进会。会上介绍，污水处理厂项目总投资5000万元，目前主体工程已完成80%。另有文化中心工程，该工程预计年内动工。",
     [_PLANT]),
    ("镇里召开推进会。会上介绍，污水处理厂工程总投资5000万元，一期已经完工。据悉，该工程三期拟于下月开工。",
     [(50000000.0, "CNY", "污水处理厂工程")]),
    # near misses: the total's own project told starting ahead stays only intended
    ("村里召开院坝会。会上，王明介绍，道路硬化项目总投资120万元。据了解，该项目预计明年3月动工。", []),
    ("村里召开院坝会。会上，王明介绍，道路硬化项目总投资120万元。这个项目拟于下月开工。", []),
    ("村里召开院坝会。会上，王明介绍，道路硬化项目总投资120万元。村干部要做好工程质量监督。据悉，该工程计划于12月上旬开工。", []),
])
def test_later_start_of_another_project(extract, body, expected):
    assert grants(extract(page(body))) == expected


_FARMERS = ("模范农民", 6, "名", "person")


@pytest.mark.parametrize(("body", "expected"), [
    # reduced: this event's conferral, then a past year's told by a bare verb of conferring
    ("农会昨日召开大会，表彰模范农民6名。去年表彰模范农民5名。", [_FARMERS]),
    # paraphrases: 则 in the same sentence, Traditional script, 也…了, a year by its number
    ("农会昨日召开大会，表彰模范农民6名，去年则表彰模范农民5名。", [_FARMERS]),
    ("農會昨日召開大會，表揚績優產銷班4個，去年則表揚績優產銷班3個。", [("绩优产销班", 4, "个", "organization")]),
    ("农会昨日召开大会，表彰模范农民6名。前年也表彰了模范农民5名。", [_FARMERS]),
    ("农会昨日召开大会，表彰模范农民6名。2023年表彰模范农民5名。", [_FARMERS]),
    # near misses: this year's conferral; a past year describing the holders; a comparison
    ("农会昨日召开大会，今年表彰模范农民6名。", [_FARMERS]),
    ("农会昨日召开大会，会上表彰了去年评选出的30名优秀教师。", [("优秀教师", 30, "名", "person")]),
    ("农会昨日召开大会，表彰模范农民6名，比去年表彰人数增加1名。", [_FARMERS]),
])
def test_past_year_conferral_beside_event(extract, body, expected):
    assert honours(extract(page(body))) == expected
