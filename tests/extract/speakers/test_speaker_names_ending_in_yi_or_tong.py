"""Speaker phrasings:
names ending in 一 before 同志 or 同 and a second person, a later 并 clause after a clause with a subject
of its own, remarks at this meeting after another speaker's words, a name ending in 同 named whole later,
同 after 并 before a partner's title, and a conferral done together after attending.  Invented sentences;
the expected values follow corpus/GUIDELINES.md §4."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

MEETING = "5月7日，县委召开常委会会议。"


def hosts(record: dict) -> list[str | None]:
    """The host's name of each meeting, in order."""
    return [(m.get("host") or {}).get("name") for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("市委书记王正一同志主持会议并讲话。", {"王正一": ("市委书记", ("主持", "讲话"))}),
        ("市委书记刘天一同志代表市委常委会作工作报告。", {"刘天一": ("市委书记", ("作报告",))}),
        ("县委书记张守一同县长王军一起出席会议并讲话。",
         {"张守一": ("县委书记", ("讲话",)), "王军": ("县长", ("讲话",))}),
        ("县委书记张守一同王军一起为获奖代表颁奖。", {"张守一": ("县委书记", ("颁奖",))}),
        # 一同 ("together") before an act still ends a two-character name
        ("县长王军一同为获奖代表颁奖。", {"王军": ("县长", ("颁奖",))}),
        ("县委书记李强和县长王军一同出席会议并讲话。", {"李强": ("县委书记", ("讲话",)), "王军": ("县长", ("讲话",))}),
        # 一 before other words stays the name's own
        ("校长张建一致辞。", {"张建一": ("校长", ("致辞",))}),
    ],
)
def test_a_name_ending_in_yi_before_tong(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(MEETING + body))) == expected


def test_the_host_keeps_yi_before_tongzhi(extract) -> None:
    assert hosts(extract(page("5月7日，市委书记王正一同志主持会议。"))) == ["王正一"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("镇党委书记陈刚主持会议，党员们认真学习了党章，并作交流发言。", {"陈刚": ("镇党委书记", ("主持",))}),
        ("县委书记李强主持会议，班子成员逐一进行对照检查，并作表态发言。", {"李强": ("县委书记", ("主持",))}),
        ("县委书记李强主持会议，大家围绕主题教育进行了深入讨论，并作交流发言。", {"李强": ("县委书记", ("主持",))}),
        ("校党委书记陈刚主持会议，青年干部代表结合岗位实际谈了体会，并作交流发言。", {"陈刚": ("校党委书记", ("主持",))}),
        ("县长王军作动员讲话，乡镇主要负责人签订了安全生产责任书，并作表态发言。", {"王军": ("县长", ("讲话",))}),
        # clauses that open on their verb go on with the chair
        ("县长张天一主持会议，传达了省政府常务会议精神，研究了安全生产工作，并作总结讲话。",
         {"张天一": ("县长", ("主持", "讲话"))}),
        ("县政协主席李华主持会议，协商讨论了县政府工作报告，并作讲话。", {"李华": ("县政协主席", ("主持", "讲话"))}),
    ],
)
def test_a_later_clause_after_a_new_subject_is_not_the_chairs(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(MEETING + body))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5月7日，县委召开人才工作座谈会。县委书记李强指出，人才是第一资源，县长王军在座谈会上强调，要营造良好环境。",
         {"李强": ("县委书记", ("讲话",)), "王军": ("县长", ("讲话",))}),
        ("5月7日，市委书记周洋到我县调研并召开座谈会。周洋指出，我县发展势头良好，县长王军在调研座谈会上表示，将抓好落实。",
         {"周洋": ("市委书记", ("讲话",)), "王军": ("县长", ("讲话",))}),
        ("5月7日，区政府召开重点项目推进会。区长刘强指出，要压实责任，常务副区长王涛在推进会上要求，加快项目进度。",
         {"刘强": ("区长", ("讲话",)), "王涛": ("常务副区长", ("讲话",))}),
        # another meeting named in the speaker's words is still relayed
        ("5月7日，县委召开常委会会议。县长刘刚主持会议。刘刚指出，市委书记周洋在全省经济工作会议上强调，要抓好防汛工作。",
         {"刘刚": ("县长", ("主持", "讲话"))}),
        ("5月7日，县委召开常委会会议。县长刘刚主持会议。刘刚指出，市委书记周洋在全市干部大会上强调，要抓好防汛工作。",
         {"刘刚": ("县长", ("主持", "讲话"))}),
    ],
)
def test_remarks_at_this_meeting_after_another_speaker(extract, text: str, expected: dict) -> None:
    assert speakers(extract(page(text))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("区委书记刘永同区长陈军一起出席会议。刘永同同志在会上讲话。", {"刘永同": ("区委书记", ("讲话",))}),
        # with no whole mention elsewhere 同 joins the second person
        ("区委书记周强同区长陈军一起出席会议。周强同志在会上讲话。", {"周强": ("区委书记", ("讲话",))}),
    ],
)
def test_a_name_ending_in_tong_named_whole_later(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(MEETING + body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("公司董事长刘海致辞，并同总经理王涛一起为先进个人颁奖。",
         {"刘海": ("公司董事长", ("致辞", "颁奖")), "王涛": ("总经理", ("颁奖",))}),
        ("县委书记李强主持会议，并同县长王军一起听取企业意见。", {"李强": ("县委书记", ("主持",))}),
        ("行政长官李家超出席结业会操，并联同保安局局长邓炳强为优秀学员颁发奖项。",
         {"李家超": ("行政长官", ("颁奖",)), "邓炳强": ("保安局局长", ("颁奖",))}),
        ("县委书记李强出席动员大会，并与县长王军一起为突击队授旗。",
         {"李强": ("县委书记", ("颁奖",)), "王军": ("县长", ("颁奖",))}),
        # a partner only met, or a partner's own speech, gives the one who attends nothing
        ("县委书记李强出席会议，并与获奖代表刘洋合影留念。", {}),
        ("县委书记李强出席会议，并与县长王军一起听取意见。王军同志在会上讲话。", {"王军": ("县长", ("讲话",))}),
    ],
)
def test_an_act_done_with_a_partner_after_tong_or_liantong(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page("5月7日，县委召开表彰大会。" + body))) == expected
