"""Meeting phrasings of ordinary weekday reports: a date line beside a publishing body's
long full name, an organizer given in a 由…主办 clause after the 举行 clause, a Hong Kong body's 今日下午开会, a next
meeting told as the subject of 随后召开的…会议选举…, and a next meeting after a congress of several days.  Invented
sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import dated, held, page, when

_SESSION = "6月27日，沙湾县第十八届人大常委会第十八次会议在县人大常委会会议室召开。县人大常委会主任冯德明主持会议。"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a publishing body's full name beside the date, either side, is the page's stamp (§2)
        ("沙湾县人民代表大会常务委员会  2024-06-28 17:30", ("2024-06-28T17:30", "2024-06-27")),
        ("2024-06-28 17:30 沙湾县人民代表大会常务委员会", ("2024-06-28T17:30", "2024-06-27")),
        ("某某自治州人民政府办公室  2024-06-28", ("2024-06-28", "2024-06-27")),
        # near misses: a headline with its date, or a line with a verb, is no stamp
        ("2024-06-28 沙湾县人民代表大会常务委员会召开第十八次会议", (None, None)),
        ("2024-06-28 县领导调研沙湾县人民代表大会常务委员会", (None, None)),
    ],
)
def test_a_date_beside_the_publishing_body(extract, line: str, expected: tuple) -> None:
    record = extract(f"沙湾县人大常委会召开第十八次会议\n{line}\n{_SESSION}\n")
    assert (record["published"], record["meetings"][0]["date"]) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the 由…主办 agent of a clause after the 举行 clause, in the same sentence or the next (§3 organizer)
        ("第十届东盟商务合作论坛24日在南宁举行，论坛由中国国际贸易促进委员会主办。",
         [("第十届东盟商务合作论坛", "2024-09-24", "中国国际贸易促进委员会")]),
        ("第十届东盟商务合作论坛24日在南宁举行，论坛由中国国际贸易促进委员会与东盟秘书处共同主办。",
         [("第十届东盟商务合作论坛", "2024-09-24", "中国国际贸易促进委员会、东盟秘书处")]),
        ("行政长官李家明今日晚上出席第四十届十大杰出青年颁奖典礼，并在典礼上致辞。典礼在会议展览中心举行，由青年发展协会主办。",
         [("第四十届十大杰出青年颁奖典礼", "2024-09-25", "青年发展协会")]),
        # near misses: one who helps (承办) or chairs (主持) is no organizer
        ("第十届东盟商务合作论坛24日在南宁举行，由南宁市会展办承办。", [("第十届东盟商务合作论坛", "2024-09-24", None)]),
        ("第十届东盟商务合作论坛24日在南宁举行，论坛由副市长王敏主持。", [("第十届东盟商务合作论坛", "2024-09-24", None)]),
    ],
)
def test_an_organizer_in_a_hosted_clause_after_the_held_one(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-09-25"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a body's 开会 on a written day is its meeting held, dated and organized by it (§3)
        ("立法会财务委员会今日下午开会，通过约48亿元拨款。财委会主席陈健波主持会议。",
         ([("2024-06-28", "今日", "下午")], "立法会财务委员会")),
        ("县政府6月27日下午开会，研究防汛工作。县长王明主持会议。", ([("2024-06-27", "6月27日", "下午")], "县政府")),
        # near misses: a meeting asked for or ahead, or a speaker's 我们今天开会
        ("县长王明要求各部门今日开会，研究防汛工作。", ([], None)),
        ("财委会明日将开会，审议拨款申请。", ([], None)),
        ("王明说，我们今天开会，就是要统一思想。", ([], None)),
    ],
)
def test_a_body_meeting_on_a_written_day(extract, body: str, expected: tuple) -> None:
    record = extract(page(body, "2024-06-28"))
    organizer = record["meetings"][0]["organizer"] if record["meetings"] else None
    assert (when(record), organizer) == expected


_CONGRESS = "6月5日，花园社区召开党员大会，选举产生中共花园社区第三届委员会。大会由社区党委书记刘梅主持。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the next meeting as the subject of what it did (§3 several events), dated like the one just told
        (_CONGRESS + "随后召开的社区党委第一次全体会议选举刘梅为社区党委书记。",
         [("党员大会", "2024-06-05"), ("社区党委第一次全体会议", "2024-06-05")]),
        (_CONGRESS + "在随后召开的社区党委第一次全体会议上，刘梅当选为社区党委书记。",
         [("党员大会", "2024-06-05"), ("社区党委第一次全体会议", "2024-06-05")]),
        # near miss: a meeting named without what it did
        (_CONGRESS + "随后召开的会议精神要认真传达。", [("党员大会", "2024-06-05")]),
        # after a congress of several days, the next meeting's day is not written: null (§3 date)
        ("9月25日至26日，桃源县妇女第十五次代表大会在县会议中心召开。大会选举产生了县妇联第十五届执行委员会。"
         "在随后召开的县妇联十五届一次执委会议上，刘晓静当选为县妇联主席。",
         [("桃源县妇女第十五次代表大会", "2024-09-25"), ("县妇联十五届一次执委会议", None)]),
        ("9月25日，桃源县妇女第十五次代表大会在县会议中心召开。大会选举产生了县妇联第十五届执行委员会。"
         "在随后召开的县妇联十五届一次执委会议上，刘晓静当选为县妇联主席。",
         [("桃源县妇女第十五次代表大会", "2024-09-25"), ("县妇联十五届一次执委会议", "2024-09-25")]),
    ],
)
def test_the_next_meeting(extract, body: str, expected: list) -> None:
    assert dated(extract(page(body, "2024-09-26"))) == expected
