"""State-owned and listed company pages: a second name of a 、-list whose act is an account of
duties (甲、乙作现场述职, 甲、乙作了述职) is a speaker too (GUIDELINES §4 述职, a title before the list shared); a day inside a
speaker's remarks (高远表示，集团已于2月26日完成…) is no day told between a signing and the talks told 签约前, which
take the signing's day (GUIDELINES §3: a day inside someone's remarks dates nothing; seventh round: talks before a
signing); reward money promised for when a contest still ahead ends (竞赛结束后，公司将拿出200万元…奖励) is money of an
event still ahead, like 届时 (GUIDELINES §6). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import dated, grants, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月5日，公司召开述职评议会。会上，二级单位党委书记孙晓明、钱峰作现场述职。",
         {"孙晓明": ("二级单位党委书记", ("述职",)), "钱峰": ("二级单位党委书记", ("述职",))}),
        ("3月5日，集团召开党建述职评议会。基层党委书记周立、王建国作了述职。",
         {"周立": ("基层党委书记", ("述职",)), "王建国": ("基层党委书记", ("述职",))}),
        ("3月5日，公司召开述职评议会。党支部书记李红、赵明进行了述职。",
         {"李红": ("党支部书记", ("述职",)), "赵明": ("党支部书记", ("述职",))}),
        ("3月5日，公司召开述职评议会。党支部书记李红、吴刚现场述职。",
         {"李红": ("党支部书记", ("述职",)), "吴刚": ("党支部书记", ("述职",))}),
    ],
)
def test_listed_names_give_their_account(extract, body: str, expected: dict) -> None:
    found = speakers(extract(page(body)))
    for name, value in expected.items():
        assert found[name] == value


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # NEGATIVE: the reviewer of others' accounts gives none (the reviewed gave theirs at the meeting and take 述职,
        # GUIDELINES §4 述职: see test_reviewed_accounts_of_listed_people)
        ("3月5日，公司召开述职评议会。董事长刘强对孙晓明、钱峰的述职进行了点评。", ("刘强",)),
        ("3月5日，公司召开述职评议会。董事长刘强对党支部书记孙晓明、钱峰的述职进行了点评。", ("刘强",)),
        # NEGATIVE: people only attending stay out
        ("3月5日，公司召开述职评议会。党委委员孙晓明、钱峰参加会议。", ("孙晓明", "钱峰")),
    ],
)
def test_listed_names_not_giving_an_account(extract, body: str, absent: tuple) -> None:
    found = speakers(extract(page(body)))
    for name in absent:
        assert "述职" not in found.get(name, (None, ()))[1]


_SIGNING = "3月19日下午，滨江市人民政府与蓝海能源集团在滨江国际会议中心举行战略合作签约仪式。市长郑海主持签约仪式。"


@pytest.mark.parametrize(
    ("middle", "talks_date"),
    [
        ("高远表示，集团已于2月26日完成项目可行性研究。", "2024-03-19"),
        ("董事长高远指出：公司已在3月1日组建项目专班。", "2024-03-19"),
        ("他说，首批设备已于上月12日运抵现场。", "2024-03-19"),
        ("", "2024-03-19"),
        # NEGATIVE: a day told of the parties' own act between, no remarks: the talks are not dated from the signing
        ("3月18日，双方工作组完成协议文本磋商。", None),
    ],
)
def test_day_in_remarks_does_not_break_the_signing_day(extract, middle: str, talks_date: str | None) -> None:
    record = extract(page(_SIGNING + middle + "签约前，市委书记林浩会见了高远一行。", "2024-03-20"))
    assert ("会见", talks_date) in dated(record)


@pytest.mark.parametrize(
    ("body", "amounts"),
    [
        ("5日，公司召开劳动竞赛启动仪式。竞赛结束后，公司将拿出200万元对优胜单位进行奖励。", []),
        ("5日，公司举行技能比赛开幕式。比赛结束后将对获奖选手奖励30万元。", []),
        ("5日，集团举行“安康杯”活动启动仪式。活动结束后，集团工会将安排奖金50万元表彰先进。", []),
        # NEGATIVE: paid once the contest ended, no 将
        ("5日，公司召开劳动竞赛总结会。竞赛结束后，公司拿出200万元对优胜单位进行了奖励。", [2000000.0]),
        # NEGATIVE: a plain promised reward with no event ahead stays (the annotated probes count it)
        ("5日，公司召开劳动竞赛启动仪式。公司将拿出200万元对优胜单位进行奖励。", [2000000.0]),
        # NEGATIVE: 必将 forecasts an effect, nothing ahead of the money
        ("5日，公司召开总结会。竞赛结束后必将激发干劲，公司已发放奖金20万元。", [200000.0]),
    ],
)
def test_reward_after_a_contest_ahead(extract, body: str, amounts: list) -> None:
    assert [g[0] for g in grants(extract(page(body)))] == amounts
