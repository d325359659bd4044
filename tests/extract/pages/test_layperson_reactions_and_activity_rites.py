"""Shapes of veterans' affairs, military-civilian and health news (双拥 commendations, send-offs, memorial rites).

Found: laypeople quoted in soft words at an event that is no talk gathering were kept as speakers with 讲话 when the NER
model read their names: a patient who came to a ceremony (患者陈伯也来到现场，他说), a job seeker at a fair's stand
(退役军人刘洋在展位前说) and a veteran visited at home after a meeting (在老兵张德福家中…。张德福激动地说). GUIDELINES §4
(eleventh review round) reads a layperson's quoted words at another kind of gathering than one named for the group as a
reaction: no role; the lay word may stand before any mention of the name, and the remark may go on with 他/她.
A memorial rite named by its act (公祭仪式由…主持) told after the activity held (…烈士纪念日公祭活动在…举行) was a second
meeting that took the host away from the first, where §3 (nineteenth review round) reads a bare rite told beside the event
it belongs to as that event's part, whoever chairs it the event's host.  And 参谋 (a military staff officer, 县人武部参谋)
was no title word (§4: the job-title chain written next to the name).  Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "gone"),
    [
        ("5月6日上午，县里召开表彰大会，县长王强讲话。患者陈伯也来到现场，他说：“是林医生救了我的命。”", "陈伯"),
        ("5月6日上午，招聘会启动仪式举行，局长王强致辞。“希望找到好工作。”退役军人刘洋在一家物流企业展位前说。", "刘洋"),
        ("5月6日上午，县里召开表彰大会，县长王强讲话。会后，王强走访老兵。在老兵张德福家中，王强与老人拉家常。张德福激动地说：“党和政府一直惦记着我们。”",
         "张德福"),
        ("5月6日上午，义诊活动启动仪式在镇卫生院举行，院长王强致辞。前来就诊的患者周桂兰说，在家门口就能看上专家。", "周桂兰"),
        ("5月6日，县里举行新兵入伍欢送会，县长王强讲话。欢送会结束后，新兵家长李秀兰表示：“孩子当兵是全家的光荣。”", "李秀兰"),
    ],
)
def test_layperson_reaction_is_no_speaker(extract_with_model, body: str, gone: str) -> None:
    found = speakers(extract_with_model(page(body)))
    assert gone not in found
    assert "王强" in found


@pytest.mark.parametrize(
    ("body", "kept", "roles"),
    [
        # NEGATIVE: a layperson speaking at the meeting (会上), a representative, a strong speech verb, the group's own 座谈会
        ("5月6日上午，县里召开表彰大会。老兵李大山在会上说：“我很自豪。”", "李大山", ("讲话",)),
        ("5月6日上午，县里召开表彰大会。退役军人代表刘洋发言说：“我很自豪。”", "刘洋", ("发言",)),
        ("5月6日上午，县里召开老党员座谈会。老党员王大山激动地说：“我入党五十年了。”", "王大山", ("讲话",)),
        ("5月6日上午，县里召开表彰大会，县委书记周海涛强调，要做好退役军人服务工作。", "周海涛", ("讲话",)),
        ("5月6日上午，县卫健委召开座谈会。会上，村民代表李明说：“村卫生室建起来了。”", "李明", ("讲话",)),
    ],
)
def test_speaker_at_the_meeting_kept(extract_with_model, body: str, kept: str, roles: tuple) -> None:
    assert speakers(extract_with_model(page(body)))[kept][1] == roles


@pytest.mark.parametrize(
    ("body", "name", "host"),
    [
        ("9月30日上午，江北区烈士纪念日公祭活动在区烈士陵园举行。公祭仪式由区委副书记孙浩主持。区领导和各界代表共200余人参加公祭活动。",
         "烈士纪念日公祭活动", "孙浩"),
        ("5月6日上午，县2024年清明祭扫活动在烈士陵园举行。祭扫仪式由县委常委李华主持。各界群众100余人参加祭扫活动。",
         "2024年清明祭扫活动", "李华"),
        ("5月6日上午，江城中学新学期升旗活动在操场举行。升旗仪式由校长赵明主持。全校师生1200人参加升旗活动。",
         "新学期升旗活动", "赵明"),
    ],
)
def test_rite_of_activity_is_the_activity(extract, body: str, name: str, host: str) -> None:
    meetings = extract(page(body))["meetings"]
    assert len(meetings) == 1
    assert meetings[0]["name"].endswith(name)
    assert meetings[0]["host"]["name"] == host


def test_other_rite_stays_its_own(extract) -> None:
    # NEGATIVE: a rite of another act than the activity's (授牌仪式 after a 公祭活动) is not that activity named again
    body = ("5月6日上午，江北区烈士纪念日公祭活动在区烈士陵园举行。区委书记马骏出席授牌仪式并讲话。"
            "区领导和各界代表共200余人参加公祭活动。")
    names = [m["name"] for m in extract(page(body))["meetings"]]
    assert "授牌仪式" in names


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("5月6日上午，镇里召开民兵整组点验大会。县人武部参谋罗勇对整组工作进行了点评。", "罗勇", "县人武部参谋"),
        ("5月6日上午，镇里召开民兵整组点验大会。作战参谋王磊宣读了命令。", "王磊", "作战参谋"),
        ("5月6日上午，军分区召开训练工作会议。军分区司令部参谋陈刚作了情况汇报。", "陈刚", "军分区司令部参谋"),
        # NEGATIVE: 参谋 as a noun of advice and 参谋长 read whole
        ("5月6日上午，县里召开座谈会。局长王强要求各部门为企业当好参谋。", "王强", "局长"),
        ("5月6日上午，军分区召开训练工作会议。军分区参谋长赵勇讲话。", "赵勇", "军分区参谋长"),
    ],
)
def test_staff_officer_title(extract, body: str, name: str, title: str) -> None:
    assert speakers(extract(page(body)))[name][0] == title
