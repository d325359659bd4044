"""Meeting and funding shapes of a class's study ahead, other ceremonies referred to and rewards per firm (invented sentences only).

Found:
- A class's study told as ahead (学员将进行为期两周的集中学习) or run over weeks was read as a meeting held, and that
  spurious record then swallowed the party lecture told right after the opening ceremony. GUIDELINES §3: planned events
  and series are no meetings; a 党课 given right after a ceremony is its own record (thirteenth/fifteenth rounds).
- A back-reference to an unnamed other ceremony (他们已于上月在另一典礼上接受颁授) was read as a meeting named
  ``另一典礼`` and could take the host of the page's own ceremony. GUIDELINES §3: a record needs a name as written.
- A per-firm reward a scheme's named rules provide (根据《…管理办法》，获奖企业每家奖励50万元) was read as funding.
  GUIDELINES §6 thirteenth round: a reward per head a standing rule provides is a rate of the scheme, no record.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page

_CEREMONY = ("5月7日上午，某县委党校2024年春季学期主体班开班仪式在党校报告厅举行。县委副书记林某出席开班仪式并讲话，"
             "县委常委郑某主持开班仪式。\n\n")
_LECTURE = "开班仪式后，县委书记韩某以“学思践悟”为题，为全体学员讲授了专题党课。"


def _names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize("body,expected", [
    # the study ahead, between the ceremony and the lecture told after it
    (_CEREMONY + "本期主体班共开设两个班次，学员将进行为期两周的集中学习。\n\n" + _LECTURE,
     ["2024年春季学期主体班开班仪式", "专题党课"]),
    (_CEREMONY + "学员将在党校进行为期一个月的集中学习。\n\n" + _LECTURE,
     ["2024年春季学期主体班开班仪式", "专题党课"]),
    (_CEREMONY + "本期主体班学员进行为期三周的集中学习。\n\n" + _LECTURE,
     ["2024年春季学期主体班开班仪式", "专题党课"]),
    ("本期培训班学员将进行为期两周的集中学习。", []),
    ("5月7日，市委党校秋季主体班学员进行为期两个月的专题学习。", []),
    # NEGATIVE: a study session over a day, a seminar over two days, a session held: still meetings
    ("5月7日，某局党组进行为期一天的集中学习。", ["集中学习"]),
    ("5月7日，某局党组进行为期两天的专题研讨会。", ["专题研讨会"]),
    ("5月7日，市统计局党组举行集体学习。", ["集体学习"]),
    # NEGATIVE: 将 as 把 with the deed done keeps the meeting
    ("5月7日，县政府召开常务会议，会议将全年重点任务进行了分解。", ["常务会议"]),
])
def test_study_ahead_or_over_weeks_is_no_meeting(extract, body: str, expected: list[str]) -> None:
    assert _names(extract(page(body))) == expected


_HK_HEAD = ("新聞公報\n\n傑出義工嘉許狀頒發典禮\n\n"
            "　　傑出義工嘉許狀頒發典禮今日（五月八日）在香港會議展覽中心舉行，共有86名義工獲頒嘉許狀。\n\n")
_HK_TAIL = "\n\n完\n\n2024年5月8日（星期三）\n"


@pytest.mark.parametrize("middle", [
    "　　勞工及福利局局長周文康擔任主禮嘉賓，並在典禮上致辭。\n\n　　典禮由社會福利署署長陳美玲主持。\n\n"
    "　　另外，今年三月一日公佈的名單中另有二十名義工獲頒金章，他們已於上月在另一典禮上接受頒授。",
    "　　典禮由社會福利署署長陳美玲主持。\n\n"
    "　　另外，今年三月一日公佈的名單中另有二十名義工獲頒金章，他們已於四月在另一場儀式上接受頒授。",
    "　　典禮由社會福利署署長陳美玲主持。\n\n"
    "　　此外，今年一月公佈的名單中另有十二名義工獲頒銀章，他們已於上月在其他典禮上獲頒獎章。",
    # NEGATIVE: 該典禮 is the page's own ceremony spoken of again, no second record
    "　　典禮由社會福利署署長陳美玲主持。周文康在該典禮上致辭。",
])
def test_another_ceremony_referred_to_is_no_meeting(extract, middle: str) -> None:
    record = extract(_HK_HEAD + middle + _HK_TAIL)
    assert _names(record) == ["杰出义工嘉许状颁发典礼"]
    assert record["meetings"][0]["host"]["name"] == "陈美玲"


def test_another_meeting_held_keeps_its_record(extract) -> None:
    # NEGATIVE: a meeting held and told by the verb of holding, not only referred to, stays as written
    record = extract(page("5月7日，某奖颁奖典礼在市民中心举行。4月20日，市文联在文联大楼召开了另一场座谈会。"))
    assert _names(record) == ["某奖颁奖典礼", "另一场座谈会"]


@pytest.mark.parametrize("body,expected", [
    ("市政府决定授予甲公司等5家企业“市政府质量奖”。根据《某市政府质量奖管理办法》，获奖企业每家奖励50万元，"
     "获提名奖企业每家奖励10万元。", []),
    ("区政府决定授予8家企业“区长质量奖”。依据《某区区长质量奖评选管理办法》，获奖企业每家给予一次性奖励30万元。", []),
    ("按照《某县科技创新奖励实施细则》，获评企业每家奖励20万元。", []),
    ("根据《某市促进就业条例》，吸纳就业的家庭每户补贴3000元。", []),
    # NEGATIVE: money handed over or paid in a sum, under the same rules, stays funding
    ("根据《某市政府质量奖管理办法》，市政府已为5家获奖企业每家颁发奖金50万元。", [(500000.0, "CNY", "奖金")]),
    ("根据《某市政府质量奖管理办法》，市财政为获奖企业拨付奖励资金250万元。", [(2500000.0, "CNY", "获奖企业奖励资金")]),
    # NEGATIVE: a share per firm with no rule named stays a share
    ("5月7日，区政府为获奖企业每家发放奖励资金50万元。", [(500000.0, "CNY", "获奖企业奖励资金")]),
])
def test_reward_per_firm_by_named_rules_is_a_rate(extract, body: str, expected: list[tuple]) -> None:
    assert grants(extract(page(body))) == expected
