"""Speaker phrasings: a title chain read back over a comma
into the object of the clause before (会议任命了5名…负责人，区委书记王明), a congratulation spoken at the event
(到场致贺) and a representative telling a story (“最美家庭”代表…讲述).  Invented sentences; the expected values
follow corpus/GUIDELINES.md §4; near misses that must not change are listed with each group."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def _hosts(record: dict) -> list[tuple[str, str | None]]:
    return [(m["host"]["name"], m["host"]["title"]) for m in record["meetings"] if m["host"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the object of the clause before, counted, is no post of the speaker (§4 title)
        ("5月9日，区委召开常委会会议。会议由区委书记王明主持。会议任命了5名区直部门负责人，区委书记王明讲话。",
         {"王明": ("区委书记", ("主持", "讲话"))}),
        ("5月9日，区委召开常委会会议。会议任命区直部门负责人，区委书记王明讲话。", {"王明": ("区委书记", ("讲话",))}),
        ("5月9日，区委召开常委会会议。会议表决通过了两名副主任，区委书记王明讲话。", {"王明": ("区委书记", ("讲话",))}),
        ("5月9日，县委召开全县经济工作会议。会议听取了3位乡镇党委书记的汇报；县委书记王明讲话。",
         {"王明": ("县委书记", ("讲话",))}),
        # near miss: groups of one person's posts set off by a comma stay as written
        ("5月9日，县委召开全县经济工作会议。县委副书记、县长，县政府党组书记李志军主持会议。",
         {"李志军": ("县委副书记、县长，县政府党组书记", ("主持",))}),
    ],
)
def test_a_title_chain_stops_at_the_clause_before(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


def test_the_host_title_stops_at_the_clause_before_too(extract) -> None:
    record = extract(page("5月9日，县人大常委会召开第二十次会议。会议任命了5名县政府组成部门负责人，"
                          "县人大常委会主任王明为新任命人员颁发任命书。会议由王明主持。"))
    assert _hosts(record) == [("王明", "县人大常委会主任")]
    # (颁发任命书 stays 颁奖: §4 maps bare 颁发 to 颁奖, as the synthetic tuning gold reads it)
    assert speakers(record) == {"王明": ("县人大常委会主任", ("颁奖", "主持"))}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # remarks that only congratulate, spoken at the event (§4 致辞)
        ("5月9日上午，台中市某大学举行毕业典礼，校长王启明致词。台中市副市长郑秀玲到场致贺。",
         {"王启明": ("校长", ("致辞",)), "郑秀玲": ("台中市副市长", ("致辞",))}),
        ("5月9日，县委召开民营企业家座谈会。县长王明到会致贺。", {"王明": ("县长", ("致辞",))}),
        # near misses: a message sent is no address (§4)
        ("5月9日，县委召开民营企业家座谈会。省工商联主席王明致贺电。", {}),
        ("5月9日，县委召开民营企业家座谈会。省工商联主席王明致贺信，县长李刚致辞。", {"李刚": ("县长", ("致辞",))}),
    ],
)
def test_a_congratulation_spoken(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a representative telling a story addresses the meeting (§4 代表发言)
        ("5月9日，社区举行家风故事分享会。“最美家庭”代表刘春梅讲述了她家孝老爱亲的感人故事。", {"刘春梅": (None, ("发言",))}),
        # near misses: a seat is no representative label; an official telling stays 讲话
        ("5月9日，社区举行家风故事分享会。县人大代表刘春梅讲述了自己的履职经历。", {"刘春梅": ("县人大代表", ("讲话",))}),
        ("5月9日，社区举行家风故事分享会。社区党委书记刘春梅讲述了社区的变化。", {"刘春梅": ("社区党委书记", ("讲话",))}),
    ],
)
def test_a_representative_telling_a_story(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
