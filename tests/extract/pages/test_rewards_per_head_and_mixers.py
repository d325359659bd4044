"""Rulings of the thirteenth review round (invented sentences; corpus/GUIDELINES.md rules each expected value).

- §6: "A reward per head a standing rule provides (`按照规定，…还将给予每人5000元奖励`, `按规定给予每人…`) is a rate of
  the scheme: no record; a body announcing its own reward to winners just named (`市政府将给予每位金牌得主2万元奖励`) is
  an allocation announced: one record of the share."
  Found: a per-head reward after 按照规定/按规定/根据…规定 gave a record; a body's reward announced with 将对获得金牌的…给予
  每人… was read as a policy for later (将对新认定的…企业给予…) and dropped. Now the first is a rate, the second a record,
  while a policy for winners still to come (将对今后获得…的) stays dropped.
- §3: "A 座谈会 held `随即`/`随后` after a dated act of the same people (`4月16日上午，代表们观摩庭审，随即召开座谈会`) takes
  that day and part of the day (`date_text` `4月16日`; `date` `null` on a page with no publication date and no year)."
  Found: told in the sentence before or in the same sentence, main already dated it; told 庭审结束后，…随即召开座谈会 a
  paragraph or two after the dated act, the 座谈会 had no day. Now it takes the day of the nearest dated sentence that
  names the act.
- §3: "A `联谊会` held as an event is a meeting, like a `茶话会`." Main agreed in several phrasings (rows pin it); a mixer told
  as an activity (单身青年联谊活动) with its attendance stated was read as a meeting; it is an activity, no meeting.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page, when

_CONTEST = "5月6日，全市职工技能大赛落幕，10名选手获得一等奖。"
_MEDALS = "5月6日，我市运动员王红、李强在全国锦标赛上夺得金牌。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a reward per head a standing rule provides: a rate of the scheme, no record
        (_CONTEST + "按照规定，对获得一等奖的选手还将给予每人5000元奖励。", []),
        (_CONTEST + "按规定给予每人3000元奖励。", []),
        (_CONTEST + "根据有关规定，将给予每人3000元奖励。", []),
        (_CONTEST + "依照奖励办法，对一等奖获得者给予每人3000元奖励。", []),
        (_CONTEST + "按照规定，各工种第一名将申报市五一劳动奖章，市总工会还将给予每人5000元奖励。", []),
        (_CONTEST + "按照规定，对获得一等奖的选手每人奖励3000元。", []),
        # NEGATIVE: no standing rule, the body gives it: one record of the share
        ("5月6日，10名选手获得一等奖，市总工会给予每人3000元奖励。", [(3000.0, "CNY", None)]),
        # NEGATIVE: under the rule but told as paid, or to those counted
        (_CONTEST + "市总工会已按规定发放每人3000元奖励。", [(3000.0, "CNY", None)]),
        ("5月6日，技能大赛落幕。按规定为10名选手每人发放奖金3000元。", [(3000.0, "CNY", "奖金")]),
        # NEGATIVE: money under a rule that is no share per head
        ("5月6日，根据规定，市财政拨付专项资金200万元。", [(2000000.0, "CNY", None)]),
    ],
)
def test_reward_per_head_by_a_standing_rule_is_a_rate(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a body announcing its own reward to winners just named: one record of the share
        (_MEDALS + "据悉，市政府将对获得金牌的运动员和教练员给予每人2万元的奖励。", [(20000.0, "CNY", None)]),
        (_MEDALS + "市政府将对获得金牌的运动员给予每人2万元奖励。", [(20000.0, "CNY", None)]),
        (_MEDALS + "市政府将给予每位金牌得主2万元奖励。", [(20000.0, "CNY", None)]),
        (_MEDALS + "市政府决定给予每人2万元奖励。", [(20000.0, "CNY", None)]),
        ("5月6日，市政府将对获得冠军的队员给予每人1万元奖励。", [(10000.0, "CNY", None)]),
        # NEGATIVE: a policy for those who will qualify later stays dropped
        ("5月6日，我市将对新认定的企业给予每家50万元奖励。", []),
        ("5月6日，我市将对获得国家级称号的企业给予一次性奖励50万元。", []),
        ("5月6日，市政府将对今后在全国比赛中获得金牌的运动员给予每人1万元奖励。", []),
        ("5月6日，市政府将对明年获得冠军的队员给予每人1万元奖励。", []),
    ],
)
def test_reward_a_body_announces_to_winners_is_one_share(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


_NO_DATE_LINE = "标题\n{}\n"


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # the act a paragraph or two before, 随即/随后 after it ends: its day and part of the day
        ("4月16日上午，代表们走进法院观摩庭审。\n庭审中，双方举证质证。\n庭审结束后，县法院随即召开座谈会。", True,
         [("2024-04-16", "4月16日", "上午")]),
        ("4月16日上午，代表们走进法院观摩庭审。\n庭审中，双方举证质证。\n庭审结束后，县法院随即召开座谈会。", False,
         [(None, "4月16日", "上午")]),
        ("4月16日下午，代表们走进法院参观诉讼服务中心。\n参观结束后，法院随后召开座谈会。", True,
         [("2024-04-16", "4月16日", "下午")]),
        # in the same sentence or the sentence before (main already read these)
        ("4月16日上午，代表们观摩庭审，随即召开座谈会，听取意见建议。", True, [("2024-04-16", "4月16日", "上午")]),
        ("4月16日上午，代表们观摩庭审，随即召开座谈会，听取意见建议。", False, [(None, "4月16日", "上午")]),
        ("4月16日上午，人大代表观摩庭审。随后召开座谈会，代表们畅所欲言。", True, [("2024-04-16", "4月16日", "上午")]),
        # NEGATIVE: no 随即/随后, another stated day, or the act over a span of days
        ("4月16日上午，代表们观摩庭审。\n庭审中，双方举证质证。\n庭审结束后，县法院召开座谈会。", True, [(None, None, None)]),
        ("4月16日上午，代表们观摩庭审。5月2日，法院召开座谈会。", True, [("2024-05-02", "5月2日", None)]),
        ("4月16日至17日，代表们观摩庭审。\n庭审中，双方举证质证。\n庭审结束后，县法院随即召开座谈会。", True,
         [(None, None, None)]),
    ],
)
def test_talk_right_after_a_dated_act_takes_its_day(extract, body: str, published: bool, expected: list) -> None:
    text = page(body) if published else _NO_DATE_LINE.format(body)
    assert when(extract(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a 联谊会 held as an event: a meeting, like a 茶话会
        ("5月6日晚，团市委举办青年联谊会，200余名单身青年参加。", [("青年联谊会", "2024-05-06", "团市委")]),
        ("5月6日，公司工会在职工之家举办职工联谊会。", [("职工联谊会", "2024-05-06", "公司工会")]),
        ("5月6日晚，市侨联在市会议中心举行新春联谊会，300余人参加。", [("新春联谊会", "2024-05-06", "市侨联")]),
        ("5月6日，市委统战部举办迎新春茶话会。", [("迎新春茶话会", "2024-05-06", "市委统战部")]),
        # NEGATIVE: a 联谊会 that is a body holds its own meeting
        ("5月6日，市民营企业家联谊会召开第三次会员大会。", [("第三次会员大会", "2024-05-06", "市民营企业家联谊会")]),
        # NEGATIVE: a mixer told as an activity is no meeting, attendance stated or not
        ("5月6日，团市委举办单身青年联谊活动，200余名青年参加。", []),
        ("5月6日，团市委举办单身青年联谊活动。", []),
        ("5月6日，县妇联举办青年交友活动，120名青年参加。", []),
    ],
)
def test_mixer_held_as_an_event(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
