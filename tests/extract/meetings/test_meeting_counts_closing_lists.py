"""Meeting-field shapes of counts closing a list, joined events, oath takers and HTML captions, in invented phrasings.

- A count closing a list of those present after a comma (区领导，各街道主要负责人，以及200余名企业家代表参加) was read as
  the attendee count: the list runs on over the comma, so the count covers only a part beside uncounted groups and gives
  none (GUIDELINES §3 attendee_count, sixteenth round).
- A count whose clause names one of two events joined by 和 by its head alone (新品发布会和签约仪式在…举行，300余名…出席发布会)
  was given to both: it counts the one named (§3: two events joined by 和 are two records; the count of those attending).
- Oath-takers counted with two clauses of manner before 宣誓 (156名新党员面向党旗，举起右拳，庄严宣誓) were missed: they
  are the swearing-in's attendees when no 参加/出席 count is given (§3 eighteenth round).
- A dated photo caption of an HTML page (图为3月20日下午会议现场) was set aside as furniture and not read: it dates the
  page's one meeting told by 近日 (§1 captions are read; §3 sixteenth round).
- A short 县政府 as holder where the page names 《青河县人民政府关于…》 stayed short: the government named as a document's
  issuer is the one of that level the page names in full (§3 sixteenth round).

Invented sentences only; the expected values follow corpus/GUIDELINES.md.
"""

from __future__ import annotations

import pytest

from pipeline.config import load_config
from pipeline.ingest import RawInput, to_document
from pipeline.nlp import Pipeline
from pipeline.records import to_record
from tests.extract.views import page, when

_MEETING = "5月6日，某县招商工作会议在县行政中心召开。县委书记张建国出席并讲话。"


def _counts(record: dict) -> list[tuple[str, int | None, bool]]:
    return [(m["name"], m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("昨天上午，凤山区营商环境大会在区会议中心召开。区委书记张建国出席并讲话。区领导，区直各部门、各街道主要负责人，"
         "以及200余名企业家代表参加会议。", None),
        (_MEETING + "各乡镇党委书记，以及50名村支书参加会议。", None),
        (_MEETING + "县领导，县直有关部门负责人，及80余名客商代表出席会议。", None),
        # near misses: the comma closes a group that is no officials' uncounted group, or nothing stands before
        (_MEETING + "来自全县的企业家，以及120余名客商代表参加会议。", 120),
        (_MEETING + "会议邀请了专家学者，以及120余名企业家代表参加。", 120),
        (_MEETING + "120余名企业家代表参加会议。", 120),
        (_MEETING + "县领导及各乡镇负责人等120余人参加会议。", 120),
    ],
)
def test_count_closing_a_list_over_a_comma(extract, body: str, count: int | None) -> None:
    assert _counts(extract(page(body)))[0][1] == count


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("9月26日，青山科技2024新品发布会和战略合作签约仪式在会展中心举行，来自各地的300余名经销商代表出席发布会。",
         [300, None]),
        ("5月6日，某公司产品推介会和投资签约仪式在市民中心举行，200余名客商参加推介会。", [200, None]),
        ("5月6日，某公司产品推介会和投资签约仪式在市民中心举行，约150人出席签约仪式。", [None, 150]),
        # near misses: the clause names no event, so both keep the count as before
        ("5月6日，某公司产品推介会和投资签约仪式在市民中心举行，200余名客商参加了活动。", [200, 200]),
        ("5月6日，某公司产品推介会和投资签约仪式在市民中心举行，200余名客商出席。", [200, 200]),
    ],
)
def test_count_names_one_joined_event_by_its_head(extract, body: str, counts: list) -> None:
    assert [c for _, c, _ in _counts(extract(page(body)))] == counts


_OATH = "7月1日上午，某区委在区纪念馆举行新党员入党宣誓仪式。"


@pytest.mark.parametrize(
    ("body", "count"),
    [
        (_OATH + "区委书记张建国出席并领誓。在张建国的带领下，156名新党员面向党旗，举起右拳，庄严宣誓。", 156),
        (_OATH + "在张建国的带领下，36名新党员紧握右拳，面向鲜红的党旗，郑重宣誓。", 36),
        (_OATH + "区委书记张建国领誓，80名新党员面向党旗庄严宣誓。", 80),
        # near misses: another leads the oath in the last clause; a renewal of the oath; a 参加 count wins
        (_OATH + "36名新党员面向党旗，举起右拳，随后李红带领全体党员宣誓。", None),
        (_OATH + "区委书记张建国领誓。42名新党员在党旗下举起右拳，重温入党誓词。", None),
        (_OATH + "120余名党员参加仪式。在张建国的带领下，56名新党员面向党旗庄严宣誓。", 120),
    ],
)
def test_oath_takers_after_clauses_of_manner(extract, body: str, count: int | None) -> None:
    assert _counts(extract(page(body)))[0][1] == count


@pytest.fixture(scope="module")
def extract_html():
    nlp = Pipeline(load_config(overrides={"ner": {"backend": "none"}}))

    def run(html: str) -> dict:
        return to_record(nlp(to_document(RawInput("test.html", html.encode("utf-8"), True, {}))))

    return run


def _html(paragraphs: list[str]) -> str:
    body = "".join(f'<p style="text-indent: 2em;">{p}</p>' if not p.startswith("图为")
                   else f'<p style="text-align: center;">{p}</p>' for p in paragraphs)
    return ("<html><head><title>某街道召开安全生产工作会议_某区人民政府网</title></head><body>"
            "<h1>某街道召开安全生产工作会议</h1><div>发布日期：2024-03-22 来源：某街道办事处</div>"
            f"<div class=\"content\">{body}</div></body></html>")


_HTML_LEAD = ("近日，某街道召开2024年度安全生产工作会议，总结去年工作，部署今年重点任务。会议在街道办事处会议室召开，"
              "街道党工委书记张华出席并讲话，街道办事处主任李玉主持会议。")
_HTML_TAIL = ["会上，街道应急办负责人通报了去年安全生产工作情况，各社区签订了安全生产目标责任书。",
              "张华强调，要压紧压实安全生产责任，坚决防范各类事故发生。",
              "街道班子成员、各社区书记及企业代表共80余人参加会议。"]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("图为3月20日下午会议现场", ("2024-03-20", "3月20日", "下午")),
        ("图为3月19日上午会场", ("2024-03-19", "3月19日", "上午")),
        # near misses: a caption of another scene; a day too long before publication for 近日
        ("图为3月20日下午街道领导走访企业现场", (None, "近日", None)),
        ("图为1月5日下午会议现场", (None, "近日", None)),
    ],
)
def test_html_caption_dates_the_pages_one_meeting(extract_html, caption: str, expected: tuple) -> None:
    record = extract_html(_html([_HTML_LEAD, caption, *_HTML_TAIL]))
    assert when(record)[0] == expected


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("21日下午，县长陈明主持召开县政府第12次常务会议。会议审议并原则通过了《青河县人民政府关于促进消费的若干措施》。",
         "青河县人民政府"),
        ("21日下午，市长陈明主持召开市政府第8次常务会议，会议讨论了《白水市人民政府2024年立法工作计划》。", "白水市人民政府"),
        # near misses: another level's government; two governments of the level; the government's office
        ("21日下午，县长陈明主持召开县政府第12次常务会议。会议学习了《江北省人民政府关于安全生产的通知》。", "县政府"),
        ("21日下午，县长陈明主持召开县政府第12次常务会议。会议审议了《青河县人民政府关于促进消费的若干措施》和"
         "《东坡县人民政府工作规则》。", "县政府"),
        ("21日下午，县长陈明主持召开县政府第12次常务会议。会议审议了《青河县人民政府办公室关于促进消费的通知》。", "县政府"),
    ],
)
def test_short_government_named_as_a_documents_issuer(extract, body: str, organizer: str) -> None:
    assert extract(page(body))["meetings"][0]["organizer"] == organizer
