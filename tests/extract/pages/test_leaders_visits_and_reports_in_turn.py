"""Leaders' activity reports (a visit, then a 座谈会 or a meeting the leader chairs).

Found on invented pages of the register:
- a leader who leads others on a visit (率同/率/带领 A、B等人…视察) and then chairs a meeting (随后主持…) gave 主持 to
  the people led, and the meeting no host (GUIDELINES §4: the one who 主持 is the chair; those led only accompany);
- reports of officers told with 分别 (甲、乙分别汇报了…情况) at a 座谈会 gave no 作报告 (§4 twelfth review round);
- a count of people who took part in the inspection (20余名代表参加视察) was read as the 座谈会's attendance (§3: a tour
  is no meeting, its party no attendee count);
- a gambling-site name injected in 【】 left its brackets beside the host's name (§1 spam), and a doubled full stop
  right after a title chain (镇党委书记。。李国栋) cut the title off the name (§1: doubled punctuation repaired);
Not changed: a 会见 told 开幕式前 stays no record (a courtesy call before the ceremony, as the tuning gold syn_e08 reads it).
"""

from __future__ import annotations

import pytest

from pipeline.normalize import punctuation_step
from tests.extract.views import page, speakers

# (body, the person who chairs and the host, the people led who must not chair)
_LED_THEN_CHAIRS = [
    ("5月6日上午，县长林文华率同副县长黄志明、水利处长吴建国等人前往清溪排水站视察，随后在县府第一会议室主持防汛工作会议。",
     "林文华", ("黄志明", "吴建国")),
    ("5月6日上午，县长林文华率副县长黄志明、水利处长吴建国等人前往清溪排水站视察，随后主持召开防汛工作会议。",
     "林文华", ("黄志明", "吴建国")),
    ("5月6日上午，县委书记张强带领副县长王芳、县发改局局长赵刚深入园区调研，随后主持召开座谈会。",
     "张强", ("王芳", "赵刚")),
    ("5月6日上午，区长陈东率区发改局局长赵刚、区财政局局长钱明等人赴企业走访，随即主持召开企业座谈会并讲话。",
     "陈东", ("赵刚", "钱明")),
    ("5月6日，市委书记王强率领市长李明、副市长赵刚到江北区调研，随后在区行政中心主持召开现场办公会。",
     "王强", ("李明", "赵刚")),
]


@pytest.mark.parametrize(("body", "chair", "led"), _LED_THEN_CHAIRS)
def test_leader_of_a_visit_chairs(extract, body, chair, led):
    record = extract(page(body))
    people = speakers(record)
    assert "主持" in people[chair][1]
    for name in led:
        assert name not in people or "主持" not in people[name][1]
    assert record["meetings"][0]["host"]["name"] == chair


# Near misses: someone else chairs (在…主持下, 会议由…主持), 率先 is no leading.
@pytest.mark.parametrize(("body", "chair", "not_chair"), [
    ("5月6日上午，县委书记张强率队深入园区调研。随后，在县长王芳主持下召开座谈会。", "王芳", "张强"),
    ("5月6日，市委书记王强率市长李明、副市长赵刚出席全市工作会议。会议由市长李明主持，王强讲话。", "李明", "王强"),
    ("5月6日，市长李明率先发言。副市长赵刚主持会议。", "赵刚", "李明"),
])
def test_chair_is_not_the_leader(extract, body, chair, not_chair):
    record = extract(page(body))
    people = speakers(record)
    assert "主持" in people[chair][1]
    assert "主持" not in people.get(not_chair, (None, ()))[1]


# The title of a person led is the post before the name, not the leader's verb (率同副县长 → 副县长).
@pytest.mark.parametrize("body", [
    "5月6日，县长林文华率同副县长黄志明等人前往清溪排水站视察，随后主持防汛工作会议。会上，副县长黄志明作了发言。",
    "5月6日，县长林文华率副县长黄志明等人前往清溪排水站视察，随后主持防汛工作会议。会上，黄志明作了发言。",
])
def test_led_person_title(extract, body):
    assert speakers(extract(page(body)))["黄志明"][0] == "副县长"


@pytest.mark.parametrize(("body", "reporters"), [
    ("5月6日，座谈会上，市委书记赵立平、市长钱文军分别汇报了全市经济社会发展情况。", ("赵立平", "钱文军")),
    ("5月6日，县委召开座谈会，局长孙明、副局长李华先后汇报了全县教育工作情况。", ("孙明", "李华")),
    ("5月6日，县政府召开项目推进会，县发改局局长王磊、县住建局局长陈刚依次汇报了重点项目推进情况。", ("王磊", "陈刚")),
])
def test_reports_told_in_turn(extract, body, reporters):
    people = speakers(extract(page(body)))
    for name in reporters:
        assert "作报告" in people[name][1]


# Reporting to a touring leader with no meeting frame stays no role (§4 thirteenth round).
@pytest.mark.parametrize("body", [
    "5月6日，市长李明来我县调研。县委书记张强、县长王芳分别汇报了全县经济社会发展情况。",
])
def test_reports_on_a_tour_give_no_role(extract, body):
    people = speakers(extract(page(body)))
    assert all("作报告" not in roles for _, roles in people.values())


@pytest.mark.parametrize(("body", "count"), [
    ("9月10日，市人大常委会主任吴永康率部分市人大代表视察全市教育工作。在随后召开的座谈会上，市教育局局长孙明汇报了工作情况。\n"
     "20余名市人大代表参加视察。", None),
    ("5月6日，市委召开座谈会。30余名市政协委员参加调研。", None),
    ("5月6日，市政协召开座谈会。12名委员参加督查。", None),
    # (near misses: the meeting attended, or the visit and the meeting together)
    ("5月6日，市委召开座谈会。30余名市政协委员参加座谈。", 30),
    ("5月6日，市委召开座谈会。20余名代表参加会议。", 20),
    ("5月6日，市委召开座谈会，15名市人大代表参加视察后出席座谈会。", 15),
])
def test_tour_party_is_no_attendance(extract, body, count):
    assert extract(page(body))["meetings"][0]["attendee_count"] == count


@pytest.mark.parametrize(("body", "host"), [
    ("9月5日下午，白沙镇召开森林防火工作会议。镇长黄海【金沙娱乐官网】主持会议。", "黄海"),
    ("9月5日下午，白沙镇召开森林防火工作会议。镇长黄海【澳门皇冠体育官网入口】主持会议。", "黄海"),
])
def test_bracketed_spam_goes_whole(extract, body, host):
    record = extract(page(body))
    assert record["meetings"][0]["host"]["name"] == host
    assert "【" not in record["meetings"][0]["host"]["name"]


@pytest.mark.parametrize(("body", "name", "title"), [
    ("9月5日下午，白沙镇召开森林防火工作会议。镇党委书记。。李国栋出席并讲话。", "李国栋", "镇党委书记"),
    ("9月5日下午，县政府召开常务会议。县委副书记、县长。。王强主持会议。", "王强", "县委副书记、县长"),
])
def test_doubled_stop_inside_title_chain(extract, body, name, title):
    assert speakers(extract(page(body)))[name][0] == title


@pytest.mark.parametrize("text", [
    "会议结束。。李国栋出席",  # a clause that is no title chain
    "他当选为镇党委书记。。李国栋",  # a sentence that ends on a post
    "会议由镇长主持。。李国栋讲话",
])
def test_doubled_stop_kept_as_a_stop(text):
    assert "。" in punctuation_step(text).text
