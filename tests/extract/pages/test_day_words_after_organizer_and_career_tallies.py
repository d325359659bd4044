"""Organizer, funding, award and attendee shapes, fixed at their general cause (invented sentences only).

- A one-character day word of press style (社会工作局昨于…举行, 教育局今在…召开) stayed glued to the organizer once the 于/在
  after it was cut (GUIDELINES §3 organizer: the body as written, no time word).
- Funding (§6): projects offered to investors named in a list longer than the old reach of 推介 (推介了甲产业园、乙产业园等
  招商项目20个，总投资…) kept their total, only intended money; a career tally of research money (主持…等课题10余项，项目
  经费逾3000万元) with a round count of projects and no tally word was read as a grant.
- Awards (§5): a label someone grew out of (从一名“学困生”成长为…) was read as an honour; an honour conferred at an
  earlier event told with the bare conferring verb (已于当时公开表扬) was read as this one's; a count referring back with
  获此殊荣 to the prize a decision's title names (宣读了《关于表彰…体育道德风尚奖的决定》，五个代表团和二十名运动员获此殊荣)
  was missed.
- Attendees (§3, fourteenth and eighteenth review rounds): guests present told with a list whose last group is any noun
  (出席典礼的还有…及得奖者亲友约三百人), oath takers whose manner stands in a clause of its own (18名…面向国旗，庄严宣誓),
  and a future invitation whose guests' origin comes before the count (届时将邀请来自二十个国家及地区约一千五百名…, none).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page


def _attendees(record: dict) -> list[tuple[str, int | None]]:
    return [(m["name"], m["attendee_count"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "organizer"), [
    ("社会工作局昨于旅游塔会展中心举行“2025年度杰出义工颁奖典礼”，表彰杰出义工。", "社会工作局"),
    ("教育局今于市政府礼堂召开“全市教育工作会议”，部署全年工作。", "教育局"),
    ("交通局昨在局机关召开安全生产工作会议。", "交通局"),
    ("县政府今晨在县政府会议室召开防汛工作会议。", "县政府"),
    ("古今书画院昨于书院展厅举行开馆仪式。", "古今书画院"),  # the 今 inside the name stays
    # NEGATIVE: a two-character day word or a bracketed day, cut already
    ("市民政局昨天在市民中心举行“社区志愿服务表彰大会”，表彰优秀志愿者。", "市民政局"),
    ("教育局昨（14日）在礼堂召开全市教育工作会议。", "教育局"),
])
def test_bare_day_word_after_organizer(extract, body: str, organizer: str) -> None:
    assert [h[2] for h in held(extract(page(body)))] == [organizer]


@pytest.mark.parametrize("body", [
    "签约仪式上，还推介了新区生物医药产业园、智能装备产业园等招商项目20个，总投资120亿元。",
    "会上，发布了城东新材料产业园、城西数字经济产业园等一批招商项目共12个，总投资95亿元。",
    "唐教授长期从事凝聚态物理研究，主持国家自然科学基金重点项目等课题10余项，项目经费逾3000万元。",
    "李教授主持国家重点研发计划等项目20多项，科研经费超过5000万元。",
    "王研究员曾获省科技进步奖，承担省部级课题30余项，经费累计2000余万元。",
])
def test_only_intended_or_career_tally(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(("body", "amount"), [
    # NEGATIVE: projects signed, not offered, keep their total; an exact count of projects granted keeps its money
    ("推介会上，现场签约了新区生物医药产业园、智能装备产业园等项目20个，总投资120亿元。", 12000000000.0),
    ("现场集中签约项目15个，总投资68.5亿元。", 6850000000.0),
    ("学院今年承担省级项目3个，获批经费500万元。", 5000000.0),
])
def test_signed_or_granted_kept(extract, body: str, amount: float) -> None:
    assert [g[0] for g in grants(extract(page(body)))] == [amount]


@pytest.mark.parametrize("body", [
    "获奖学生代表蒙小雨发言，讲述了自己从一名“学困生”成长为技能大赛一等奖获得者的经历。",
    "她由一名“问题少年”转变为优秀志愿者。",
    "另外，县文化局于去年11月举办的社区营造成果评选中，有2个社区获得“社造金奖”，已于当时公开表扬。",
    "去年的评选中，有4名教师获得“师德标兵”称号，已于年底予以表彰。",
])
def test_no_award(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("市体育局局长宣读了《关于表彰第十届全市运动会体育道德风尚奖的决定》，五个代表团和二十名运动员获此殊荣。",
     [("体育道德风尚奖", 5, "个", "organization"), ("体育道德风尚奖", 20, "名", "person")]),
    ("会议宣读了《关于表彰首届全省职工技能大赛突出贡献奖的决定》，3家企业和12名职工获此殊荣。",
     [("突出贡献奖", 3, "家", "organization"), ("突出贡献奖", 12, "名", "person")]),
    # NEGATIVE: the honour conferred at this event; a tally over the years; a count not told conferred earlier
    ("会上为一名“最美护士”颁发了证书，她从基层成长为骨干。", [("最美护士", 1, "名", "person")]),
    ("会上，5名教师获得“师德标兵”称号，已于当天公开表彰。", [("师德标兵", 5, "名", "person")]),
    ("本次评选中，有2个社区获得“社造金奖”，将于下月公开表扬。", [("社造金奖", 2, "个", "organization")]),
    ("近年来，根据《关于表彰全市运动会体育道德风尚奖的决定》，先后有6个代表团获此殊荣。", []),
])
def test_award_rows(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "count"), [
    ("社会工作局昨于会展中心举行“2025年度杰出义工颁奖典礼”，表彰杰出义工。出席典礼的还有立法议员、社团代表及得奖者亲友约三百人。", 300),
    ("市委举行颁奖典礼。出席典礼的还有市领导及获奖者亲友约二百人。", 200),
    ("县人大常委会举行新任命国家工作人员宪法宣誓仪式，18名新任命的国家工作人员面向国旗，庄严宣誓。", 18),
    ("市政府举行新任命干部宪法宣誓仪式，12名新任命干部集体宣誓。", 12),
    # NEGATIVE: a future invitation of another event; a count of people a project serves
    ("科技署今日举行记者会，介绍论坛安排。论坛将于四月十五日在会展中心举行，届时将邀请来自二十个国家及地区约一千五百名青年科研人员及投资者参加。", None),
    ("市商务局召开新闻发布会。博览会将于下月开幕，届时将邀请来自全国各地的800余名采购商到会洽谈。", None),
    ("县政府举行签约仪式。出席仪式的还有县领导张三、李四，项目覆盖群众约5万人。", None),
])
def test_attendee_rows(extract, body: str, count: int | None) -> None:
    assert [a[1] for a in _attendees(extract(page(body)))] == [count]
