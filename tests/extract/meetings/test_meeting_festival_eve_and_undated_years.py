"""Meeting dates, venues, organizers and names of festival eves, own ceremonies, numerals after 于 and undated pages. Invented
sentences; the expected values follow corpus/GUIDELINES.md §3 (date, location, organizer, name) and §11 (undated
pages).

- a festival named between the day and its eve (9月28日国庆前夕) leaves the day the meeting's, unless the day is that
  festival's own (7月1日“七一”前夕, GUIDELINES §3 tenth review round);
- an approval, founding or launch told as the day's news before its own ceremony dates the ceremony; 出生/诞生 is
  background only of a person;
- a numeral after 于 followed by 天, 个月, 纪念日, 假期 or 期间 is a time, not a venue;
- 学年初 is a time word stripped whole from the organizer;
- a numbered session's name keeps the term written in its subject, the organizer does not;
- undated pages: 自…1月1日起实施的 is a start already run; 1949年建县以来 is no year looked back on.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, held


def located(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["organizer"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9月29日国庆前夕，区委召开离退休干部座谈会。", [("离退休干部座谈会", "2023-09-29")]),
        ("2月6日春节前夕，镇党委召开老党员座谈会。", [("老党员座谈会", "2024-02-06")]),
        ("6月29日“七一”前夕，区委召开“两优一先”表彰大会。", [("“两优一先”表彰大会", "2024-06-29")]),
        ("5月9日母亲节前夕，区妇联召开好妈妈座谈会。", [("好妈妈座谈会", "2024-05-09")]),
        ("5月9日在母亲节即将到来之际，区妇联召开好妈妈座谈会。", [("好妈妈座谈会", "2024-05-09")]),
        ("9月7日教师节前夕，区教育局召开优秀教师座谈会。", [("优秀教师座谈会", "2023-09-07")]),
        # NEGATIVE: the festival's own day before its eve or its coming dates nothing
        ("7月1日前夕，区委召开表彰大会。", [("表彰大会", None)]),
        ("7月1日“七一”前夕，区委召开表彰大会。", [("表彰大会", None)]),
        ("10月1日国庆节即将到来，区委召开老干部座谈会。", [("老干部座谈会", None)]),
        ("3月8日妇女节即将到来之际，区妇联召开座谈会。", [("座谈会", None)]),
    ],
)
def test_a_festival_named_before_its_eve_leaves_the_meeting_day(extract, text: str, expected: list) -> None:
    assert dated(extract(text, "2024-05-10")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5月7日，经区民政局批准，区志愿者联合会正式成立。成立大会在区文化馆举行，区委副书记李明讲话。",
         [("成立大会", "2024-05-07")]),
        ("5月7日，区人民医院获批省级卒中中心。授牌仪式在医院行政楼举行。", [("授牌仪式", "2024-05-07")]),
        ("5月7日，市政府批准设立江城高新区。揭牌仪式在高新区管委会举行，区委书记王强讲话。", [("揭牌仪式", "2024-05-07")]),
        ("5月7日，全区首个“出生一件事”联办窗口正式启用。启用仪式在区政务服务中心举行。", [("启用仪式", "2024-05-07")]),
        ("5月7日，全市首家乡村振兴学院在我区诞生。启动仪式在区农业农村局举行。", [("启动仪式", "2024-05-07")]),
        # NEGATIVE: an approval of something else, or a person's birth, is the story's background
        ("5月5日，市政府批复同意建设跨江大桥。大桥开工典礼隆重举行，市长李明出席并讲话。", [("大桥开工典礼", None)]),
        ("5月7日，王强同志出生于江城县。纪念座谈会在县会堂举行。", [("纪念座谈会", None)]),
    ],
)
def test_the_days_act_before_its_own_ceremony_dates_it(extract, text: str, expected: list) -> None:
    assert dated(extract(f"标题\n2024-05-10 来源：某网\n{text}\n")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("区委于两天后召开常委会会议。", [("常委会会议", "区委", None)]),
        ("区妇联于九一八纪念日举行国防教育报告会。", [("国防教育报告会", "区妇联", None)]),
        ("区委于三个月后召开全委会议。", [("全委会议", "区委", None)]),
        # NEGATIVE: a venue opening on a numeral
        ("区委于三楼会议室召开常委会会议。", [("常委会会议", "区委", "三楼会议室")]),
        ("区总工会于一号楼会议室举行职工代表大会。", [("职工代表大会", "区总工会", "一号楼会议室")]),
    ],
)
def test_a_numeral_after_yu_read_as_a_time(extract, text: str, expected: list) -> None:
    assert located(extract(text, "2024-05-10")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5月7日，江城师范学院学年初召开教学工作会议。", [("教学工作会议", "2024-05-07", "江城师范学院")]),
        ("5月7日，区教育局年初召开教学工作会议。", [("教学工作会议", "2024-05-07", "区教育局")]),
        ("5月7日，江城实验中学年初召开教学工作会议。", [("教学工作会议", "2024-05-07", "江城实验中学")]),
        # the term stays in the name as written, not in the organizer
        ("5月7日，市十六届人大常委会举行第八次会议。", [("市十六届人大常委会第八次会议", "2024-05-07", "市人大常委会")]),
        ("5月7日，区第十八届人大常委会召开第五次会议。", [("区第十八届人大常委会第五次会议", "2024-05-07", "区人大常委会")]),
        # NEGATIVE: no term written, nothing to keep
        ("5月7日，区人大常委会举行第十八次会议。", [("区人大常委会第十八次会议", "2024-05-07", "区人大常委会")]),
    ],
)
def test_organizer_tidy_and_term_in_name(extract, text: str, expected: list) -> None:
    assert held(extract(text, "2024-05-10")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a start already in force (起实施的) is no start ahead of a year-end meeting
        ("12月22日，区委召开常委会议。会议指出，全区自1996年1月1日起实施的农业税改革成效明显。", [("常委会议", None)]),
        # NEGATIVE: a start ahead
        ("12月22日，区委召开常委会议。会议指出，新办法自1998年1月1日起施行，各部门要做好准备。", [("常委会议", "1997-12-22")]),
        # a historic start recalled is no year looked back on (the year written, as before)
        ("3月6日，区委召开全委会议。区委书记王强在会上指出，1949年建区以来全区面貌焕然一新。", [("全委会议", "1949-03-06")]),
        ("2月21日，区政协召开座谈会。区政协主席李明在会上说，1978年改革开放以来，我区经济快速发展。",
         [("座谈会", "1978-02-21")]),
        # NEGATIVE: a year looked back on early in the year
        ("2月21日，区政协召开座谈会。区政协主席李明在会上说，1997年全区经济快速发展。", [("座谈会", "1998-02-21")]),
    ],
)
def test_years_on_undated_pages(extract, text: str, expected: list) -> None:
    assert dated(extract(f"标题\n{text}\n")) == expected
