"""Rulings of the fourteenth review round (second part) on meetings and speakers (invented sentences only).

§3: "a scope word between a body and a passive name (`省教育厅直属机关…表彰会在…召开`) is no part of the organizer
(`省教育厅`). A 党课 given at a 主题党日 is part of that meeting, as at a meeting whose name holds it. Guests counted as
present at a ceremony (`出席颁奖礼的嘉宾还有…约四百人`, `出席观礼`) are its attendees. A press conference named only as
where remarks were relayed (`会后于记者会转述`) is no meeting, and the one relayed is no speaker."

§4: "An officer answering members at a council session (`答复`, `答覆` a councillor's question) has 讲话, like answering
questions. A member's proposal told as spoken at the meeting (`委员X建议…`, `X提出…的建议` at a 座谈会 or council
session) is 讲话; a written proposal cited (`X此前提交的建议`) gives none. Leading a renewal of the oath
(`带领全体党员重温入党誓词`) gives no role, as the invented tuning gold reads it (leading the oath itself, `领誓`,
`带领…宣誓`, stays 宣读)."
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def _meetings(record: dict) -> list[tuple]:
    return [(m["name"], m["organizer"], m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


# -- §3: a scope word between a body and a passive name ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月5日，省教育厅直属机关2023年度优秀共产党员表彰会在厅机关召开。", [("2023年度优秀共产党员表彰会", "省教育厅", None, False)]),
        ("3月5日，县委直属机关党建工作推进会在县委党校召开。", [("党建工作推进会", "县委", None, False)]),
        ("3月5日，市财政局系统2023年工作会议在局机关召开。", [("2023年工作会议", "市财政局", None, False)]),
        ("3月5日，省卫健委直属单位2024年安全生产工作会议在省人民医院召开。", [("2024年安全生产工作会议", "省卫健委", None, False)]),
        # (negatives kept: no body before the scope word; a body of its own after it; 机关 alone)
        ("3月5日，市直机关庆祝建党102周年表彰大会在市委礼堂召开。", [("市直机关庆祝建党102周年表彰大会", None, None, False)]),
        ("3月5日，市委直属机关工委2024年工作会议在市委礼堂召开。", [("2024年工作会议", "市委直属机关工委", None, False)]),
        ("3月5日，市教育局机关党委七一表彰大会在局会议室召开。", [("市教育局机关党委七一表彰大会", None, None, False)]),
        ("3月5日，省科技厅机关第二季度理论学习会在厅会议室召开。", [("省科技厅机关第二季度理论学习会", None, None, False)]),
    ],
)
def test_scope_word_is_no_part_of_the_organizer(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


# -- §3: guests counted as present at a ceremony -----------------------------------------------------------------------

AWARD = "5月6日，第十届江城文学奖颁奖典礼在市大剧院举行。"
GRADUATION = "5月6日，江城大学2024届毕业典礼在体育馆举行。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (AWARD + "出席颁奖礼的嘉宾还有市委常委王芳等，约四百人。", (400, True)),
        (AWARD + "出席典礼的嘉宾还有市委常委王芳等约400人。", (400, True)),
        (AWARD + "出席颁奖礼的来宾还有市文联主席李强等，共300余人。", (300, True)),
        (GRADUATION + "出席观礼的家长和嘉宾300余人。", (300, True)),
        (GRADUATION + "出席观礼的还有学生家长等300余人。", (300, True)),
        # (negatives kept: no people counted; a count told before)
        (AWARD + "本届共收到作品300余件。", (None, False)),
        (AWARD + "出席颁奖礼的嘉宾约四百人。", (400, True)),
        (AWARD + "出席颁奖礼的嘉宾还有市委常委王芳等。", (None, False)),
    ],
)
def test_guests_counted_at_a_ceremony_attend_it(extract, body: str, expected: tuple) -> None:
    assert _meetings(extract(page(body)))[0][2:] == expected


# -- §3/§4: a press conference named only as where remarks were relayed --------------------------------------------------

COUNCIL = "3月5日，市政府召开常务会议。"


@pytest.mark.parametrize(
    ("body", "names", "expected"),
    [
        (COUNCIL + "会后于记者会转述，市长王强表示，要全力稳增长。", ["常务会议"], {}),
        (COUNCIL + "发言人李明在记者会上转述市长王强的话说，要全力稳增长。", ["常务会议"], {"李明": ("发言人", ("讲话",))}),
        ("3月5日，市政府召开常务会议，市长王强主持。会后于记者会转述，王强强调，要全力稳增长。", ["常务会议"],
         {"王强": ("市长", ("主持",))}),
        (COUNCIL + "会后，市政府发言人李明于记者会转述市长王强的话说，要全力稳增长。", ["常务会议"],
         {"李明": ("市政府发言人", ("讲话",))}),
        # (negatives kept: a press conference held, remarks made there, not relayed)
        ("3月5日，市政府举行新闻发布会。发言人李明在发布会上介绍，今年要全力稳增长。", ["新闻发布会"], {"李明": ("发言人", ("讲话",))}),
        ("3月5日，市政府在记者会上发布一季度经济数据，发言人李明介绍了有关情况。", ["记者会"], {"李明": ("发言人", ("讲话",))}),
        (COUNCIL + "市长王强表示，要全力稳增长。", ["常务会议"], {"王强": ("市长", ("讲话",))}),
    ],
)
def test_relayed_at_a_press_conference(extract, body: str, names: list, expected: dict) -> None:
    record = extract(page(body))
    assert [m["name"] for m in record["meetings"]] == names
    assert speakers(record) == expected


# -- §4: an officer answering members at a council session -------------------------------------------------------------

SESSION = "3月5日，市议会举行定期大会。"
LEGCO = "3月5日，立法会举行会议。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (SESSION + "市长黄伟哲答复议员的质询时表示，将加快推动城市建设。", {"黄伟哲": ("市长", ("讲话",))}),
        (SESSION + "市长黄伟哲答复议员质询时说，将加快推动城市建设。", {"黄伟哲": ("市长", ("讲话",))}),
        (SESSION + "市长黄伟哲答复了议员的质询。", {"黄伟哲": ("市长", ("讲话",))}),
        (LEGCO + "保安局局长邓炳强答覆议员的提问时表示，将加强执法。", {"邓炳强": ("保安局局长", ("讲话",))}),
        (LEGCO + "保安局局长邓炳强在答覆议员质询时说，将加强执法。", {"邓炳强": ("保安局局长", ("讲话",))}),
        # (negatives kept: a written answer; an answer to letters; a visit's remarks)
        (LEGCO + "保安局局长邓炳强书面答覆议员的质询，指出将加强执法。", {}),
        ("3月5日，县委召开常委会议。县长王明答复了群众来信。", {}),
        (SESSION + "市长黄伟哲视察时说，将加快推动城市建设。", {}),
    ],
)
def test_answering_members_is_speech(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


# -- §4: a member's proposal told as spoken at the meeting -------------------------------------------------------------

FORUM = "3月5日，县政协召开座谈会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (FORUM + "座谈会上，委员李华建议，加快建设县城停车场。", {"李华": ("委员", ("讲话",))}),
        (FORUM + "委员李华建议：加快建设县城停车场。", {"李华": ("委员", ("讲话",))}),
        (FORUM + "委员李华提出了加快建设县城停车场的建议。", {"李华": ("委员", ("讲话",))}),
        (FORUM + "会上，委员李华提出加强乡村教育的建议。", {"李华": ("委员", ("讲话",))}),
        # (negatives kept: a written proposal cited, one adopted, 建议 as a noun)
        (FORUM + "县委书记张明说，委员李华此前提交的建议很有价值。", {"张明": ("县委书记", ("讲话",))}),
        (FORUM + "县委书记张明讲话，县政府采纳了委员李华的建议。", {"张明": ("县委书记", ("讲话",))}),
        (FORUM + "县委书记张明讲话。据悉，委员李华提交的建议已被采纳。", {"张明": ("县委书记", ("讲话",))}),
        (FORUM + "县委书记张明主持。委员李华提出的建议被采纳。", {"张明": ("县委书记", ("主持",))}),
        (FORUM + "县委书记张明建议的项目已经落地。", {}),
        # ("A proposal spoken with its object and no comma at a council session or 座谈会 the text tells
        # (`委员王强建议开设法治讲座`, `X建议各部门加快…`) is 讲话", GUIDELINES §4 seventeenth review round)
        (FORUM + "县委书记张明建议各部门加快建设县城停车场。", {"张明": ("县委书记", ("讲话",))}),
    ],
)
def test_a_proposal_spoken_at_the_meeting(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


# -- kept: a renewed oath led gives no role; a 党课 at a 主题党日 is part of it -----------------------------------------------

PARTY_DAY = "3月5日，县委办机关党支部开展主题党日活动。"


@pytest.mark.parametrize(
    ("body", "names", "expected"),
    [
        (PARTY_DAY + "支部书记王明带领全体党员重温入党誓词，并为党员讲授专题党课。", ["主题党日活动"], {"王明": ("支部书记", ("讲党课",))}),
        ("3月5日，县委办机关党支部开展主题党日活动，支部书记王明带领全体党员重温入党誓词。", ["主题党日活动"], {}),
        (PARTY_DAY + "支部书记王明为全体党员讲授了专题党课。", ["主题党日活动"], {"王明": ("支部书记", ("讲党课",))}),
    ],
)
def test_renewed_oath_and_lecture_at_a_party_day(extract, body: str, names: list, expected: dict) -> None:
    record = extract(page(body))
    assert [m["name"] for m in record["meetings"]] == names
    assert speakers(record) == expected
