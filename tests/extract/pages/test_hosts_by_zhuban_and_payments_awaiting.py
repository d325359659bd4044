"""Meeting, funding and award paraphrases, each read as its class.

- B17 (GUIDELINES §3 organizer: "The organizer is who hosts, not who helps (由甲主办、乙承办的… -> 甲)"): a meeting
  referred to through an attribute of holding it, ``在X主办的…上``, names its host X with the hosting verb itself as
  with 召开/举办 (also ``联合主办``/``共同主办``, and after ``由``); 主办 names who hosts, never the place, so a body after 在
  that would otherwise be read as a venue (a 厅, a school) hosts it. Near misses: 承办 and 协办 (who help) name no
  organizer; a city before 举办 stays the place.
- B18 (§3 twenty-fourth review round: 双方 stands for the two bodies named just before as parties): the parties are found
  also with a day word or a part of the day between them and their act (``…和华信集团今天签署…``, ``昨天在江城签署``,
  ``今日上午签署``, ``日前签订``), and the referring word may name the parties' kind (``两校``, ``两院``, ``两市``) as
  ``两国`` or ``两地`` do. Near misses: people of the two (``两校师生``, ``双方代表``) hold no meeting as the parties, and
  two persons (``王强和李明``) are no bodies.
- B16 (§3 twenty-second review round: people counted opening the clause and holding their own event are present at it):
  the count is read whatever part of the day stands between the crowd and its place (``今天清晨``, ``今天早上``, ``今晨``,
  ``昨晚``, ``今天中午``, ``今天傍晚``), as with 上午/下午/晚上. Near misses: a past year's event (``去年，…``) and an
  activity with no meeting's head (``举行了升旗``) take no count.
- B19 (§6: money only intended, with no decision reported, is no record): a payment waiting on a vote, a review or an
  approval is read in other words than ``待…通过后`` (``须经…表决通过后兑现``, ``需经…审议通过后执行``, ``尚需…表决``,
  ``尚待…审议``, ``还需…批准``, ``…表决通过后再兑现``). Near misses: a decision told taken (``经…审议通过后，资金已…``,
  a condition before the amount), a works' acceptance (``需经验收合格后拨付``), and another matter of its own waiting
  (``新校区的建设方案尚需…审议``) leave the amount recorded.
- B20 (§5 twenty-second review round: works commended as 获奖 are counted): the works are read also in the frame with the
  conferring verb after them (``对191篇获奖论著及其作者进行了表彰``, ``…进行表彰``, ``…予以表彰``), as after ``表彰了``.
  Near misses: people commended as 获奖 with no honour named (``30名获奖教师``) and works only reviewed give no award.
- B12 (§3 eighteenth and nineteenth rounds: a year given only for a plan or a target is no evidence of the meeting's): a
  deadline told by 前/之前/以前 after the year's end (``1998年年底前``, ``在1998年年底之前``, ``1998年底以前``,
  ``1998年年末前``), with no 到 before the year, is read like ``到1998年底`` in a sentence that sets a target. Near miss:
  a task told done with 已 by the year's end (``1997年年底前已完成…``) is a look back and keeps its year.
- B11 (§3 tenth round: a November or December meeting before a start on 1 January ahead is in the year before): the new
  year greeted is read also when the year itself is greeted, not only its festival (``迎接1998年的到来``, ``迎接即将到来的
  1998年``, ``喜迎1998年。``, ``欢庆1998年的到来``). Near misses: a year reviewed (``回顾1998年的工作``) or its work
  celebrated (``庆祝1998年各项工作取得丰收``) is the meeting's own.
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, when


def _held(record: dict) -> list[tuple]:
    return [(m["name"], m["organizer"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    # the review's row, reduced and re-invented
    ("在公安部主办的全国会议上，部长作了讲话。", [("全国会议", "公安部", None)]),
    ("在国家林业局主办的全国护林工作会议上，局长王强讲话。", [("全国护林工作会议", "国家林业局", None)]),
    # paraphrases: the body, the meeting noun, 联合/共同 before 主办, 由 before the host
    ("在省文化厅主办的全省文艺工作座谈会上，厅长李明讲话。", [("全省文艺工作座谈会", "省文化厅", None)]),
    ("在中国作家协会主办的青年作家研讨会上，王明作了发言。", [("青年作家研讨会", "中国作家协会", None)]),
    ("在市人民政府主办的招商推介会上，市长王刚致辞。", [("招商推介会", "市人民政府", None)]),
    ("在省科协联合主办的科普论坛上，李明作了报告。", [("科普论坛", "省科协", None)]),
    ("在江城大学主办的学术研讨会上，王明作了发言。", [("学术研讨会", "江城大学", None)]),
    ("在由公安部主办的全国会议上，部长作了讲话。", [("全国会议", "公安部", None)]),
    # near misses: who helps is no organizer; a city before 举办 is the place; 召开 keeps its reading
    ("在江城大学承办的全国会议上，王明作了发言。", [("全国会议", None, None)]),
    ("在市政府协办的招商推介会上，市长王刚致辞。", [("招商推介会", None, None)]),
    ("在江城市举办的全国会议上，王明作了发言。", [("全国会议", None, "江城市")]),
    ("在公安部召开的全国会议上，部长作了讲话。", [("全国会议", "公安部", None)]),
])
def test_host_named_by_zhuban_after_zai(extract, body, expected):
    assert _held(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the review's row, re-invented
    ("江城市人民政府和华信集团今天签署合作协议，双方在市政府举行了签约仪式。",
     [("签约仪式", "江城市人民政府、华信集团", "市政府")]),
    # paraphrases: the day word and part of the day, the joining word, the referring word
    ("江城市人民政府与华信集团昨天在江城签署合作协议，双方随后举行了签约仪式。",
     [("签约仪式", "江城市人民政府、华信集团", None)]),
    ("江城市人民政府与华信集团今日上午签署战略合作协议，双方还举行了揭牌仪式。",
     [("揭牌仪式", "江城市人民政府、华信集团", None)]),
    ("江城市人民政府同华信集团日前签订合作框架协议，双方在江城宾馆举行了签约仪式。",
     [("签约仪式", "江城市人民政府、华信集团", "江城宾馆")]),
    ("江城大学与江南大学签署合作协议，两校随后举行了揭牌仪式。", [("揭牌仪式", "江城大学、江南大学", None)]),
    ("江城市人民医院与河州市人民医院签署合作协议，两院在江城举行了签约仪式。",
     [("签约仪式", "江城市人民医院、河州市人民医院", "江城")]),
    ("江城市与河州市今天签署友好城市协议，两市随即举行了结好仪式。", [("结好仪式", "江城市、河州市", None)]),
    # near misses: the parties' people, two persons
    ("江城大学与江南大学签署合作协议，两校师生举行了联欢会。", [("联欢会", None, None)]),
    ("江城大学与江南大学签署合作协议，双方代表举行了座谈会。", [("座谈会", None, None)]),
    ("王强和李明今天在江城会面，双方举行了会谈。", [("会谈", None, None)]),
])
def test_two_parties_with_day_word_or_kind(extract, body, expected):
    assert _held(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the review's row, re-invented
    ("首都2万多名青少年今天清晨在天安门广场举行升旗仪式。", [("升旗仪式", 20000)]),
    # paraphrases: other parts of the day, the count after the crowd
    ("首都2万多名青少年今天早上在天安门广场举行升旗仪式。", [("升旗仪式", 20000)]),
    ("全校3000多名师生今晨在学校操场举行开学典礼。", [("开学典礼", 3000)]),
    ("全县500余名党员干部昨晚在县礼堂举行文艺晚会。", [("文艺晚会", 500)]),
    ("1000余名职工今天中午在厂区召开誓师大会。", [("誓师大会", 1000)]),
    ("全市干部群众一万多人今天傍晚在人民广场举行纪念大会。", [("纪念大会", 10000)]),
    # near misses: a past year's event, an activity with no meeting's head
    ("去年，3000多名师生今天早上在学校体育馆举行报告会。", [("报告会", None)]),
    ("2万多名青少年今天清晨在天安门广场举行了升旗。", []),
])
def test_crowd_counted_other_parts_of_day(extract, body, expected):
    assert [(m["name"], m["attendee_count"]) for m in extract(page(body))["meetings"]] == expected


def _amounts(record: dict) -> list[float]:
    return [f["amount"] for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    # the review's rows, re-invented
    ("村集体可分红23.6万元，须经村民代表大会表决通过后兑现。", []),
    ("县政府编列860万元修缮校舍，尚待县议会审议。", []),
    # paraphrases: the condition's word, the decision verb, 再 after the decision
    ("村集体可分红18.5万元，村民代表大会表决通过后再兑现。", []),
    ("村集体可分红12万元，尚需村民代表大会表决。", []),
    ("县政府编列560万元修缮校舍，需经县议会审议通过后执行。", []),
    ("镇政府安排300万元修缮村道，还需县政府批准。", []),
    ("村集体可分红23.6万元，待村民代表大会表决通过后兑现。", []),
    # near misses: a decision taken, a works' acceptance, another matter's wait
    ("县政府拨款500万元修缮校舍，该方案经县人大审议通过后，资金已全部到位。", [5000000.0]),
    ("经县人大审议通过后，县政府拨款300万元修缮校舍。", [3000000.0]),
    ("县政府拨款400万元修缮校舍，需经验收合格后拨付。", [4000000.0]),
    ("县政府安排资金200万元用于修缮校舍，新校区的建设方案尚需县人大审议。", [2000000.0]),
    ("区政府拨款100万元用于修缮祠堂，祠堂的申遗材料须经省文物局批复后上报。", [1000000.0]),
])
def test_payment_awaiting_a_decision(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the review's row, re-invented
    ("省社科联召开表彰大会，对191篇获奖论著及其作者进行了表彰。", [("获奖论著", 191)]),
    # paraphrases: the works' noun, the authors joined or not, 进行表彰 / 予以表彰, the verb before
    ("市社科联召开表彰大会，对86篇获奖论文进行表彰。", [("获奖论文", 86)]),
    ("市文联召开表彰大会，对45部获奖作品及作者进行了表彰。", [("获奖作品", 45)]),
    ("县科协召开表彰会，对32项获奖成果予以表彰。", [("获奖成果", 32)]),
    ("省社科联召开表彰大会，表彰了191篇获奖人口科学论著及作者。", [("获奖人口科学论著", 191)]),
    # near misses: people with no honour named, works only reviewed
    ("市教育局召开表彰大会，对30名获奖教师进行了表彰。", []),
    ("市社科联召开座谈会，对86篇论文进行了评审。", []),
])
def test_works_commended_verb_after(extract, body, expected):
    assert [(a["honor"], a["count"]) for a in extract(page(body))["awards"]] == expected


_POVERTY_MEETING = "本报北京12月20日讯 全市扶贫工作会议今天召开。"


@pytest.mark.parametrize(("body", "expected"), [
    # the review's rows, re-invented
    (_POVERTY_MEETING + "会议提出，1998年年底前，全市贫困人口减少到四千人。", None),
    (_POVERTY_MEETING + "会议要求，在1998年年底之前，全市贫困人口减少到四千人。", None),
    # paraphrases: 以前, 年末, the deadline inside the target's clause
    (_POVERTY_MEETING + "会议要求，1998年底以前，全县所有村通上公路。", None),
    (_POVERTY_MEETING + "会议提出，各地要在1998年年末前完成危房改造。", None),
    (_POVERTY_MEETING + "会议要求，到1998年底，全市贫困人口减少到四千人。", None),
    # near miss: a task done by the year's end, a look back
    (_POVERTY_MEETING + "全市1997年年底前已完成危房改造任务。", "1997-12-20"),
])
def test_year_end_deadline_told_with_qian(extract, body, expected):
    assert [w[0] for w in when(extract(f"农村简讯\n{body}\n"))] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # the review's rows, re-invented
    ("本报北京12月28日讯 江城市各界人士今天举行茶话会，迎接1998年的到来。", "1997-12-28"),
    ("本报北京12月28日讯 江城市各界人士今天举行茶话会，共同迎接即将到来的1998年。", "1997-12-28"),
    # paraphrases: the greeting verb, the year closing the phrase, the festival named
    ("本报北京12月30日讯 江城市各界群众今天举行联欢会，喜迎1998年。", "1997-12-30"),
    ("本报北京12月29日讯 江城市政协今天举行新年茶话会，欢庆1998年的到来。", "1997-12-29"),
    ("本报北京12月28日讯 江城市各界人士今天举行茶话会，迎接1998年元旦。", "1997-12-28"),
    # near misses: the year reviewed or its work celebrated
    ("本报北京12月28日讯 江城市今天召开总结会，回顾1998年的工作。", "1998-12-28"),
    ("本报北京12月28日讯 江城市今天召开表彰会，庆祝1998年各项工作取得丰收。", "1998-12-28"),
])
def test_new_year_itself_greeted(extract, body, expected):
    assert [w[0] for w in when(extract(f"农村简讯\n{body}\n"))] == [expected]
