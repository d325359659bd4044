"""Meeting phrasings of study visits, one chair for listed meetings and integrity lectures: a body taking people on a
study visit (组织…40余人，先后到…开展现场观摩), one chair holding a list of meetings (先后主持召开甲和乙,
主持召开甲、乙和丙), a 廉政课 given, a meeting inside a multi-day one (会议期间，还举行了…), a Hong Kong
committee's dated session (立法會財務委員會昨日（22日）會議通過…), a wire dateline before 行政院會, and an anaphor
subject (该校/该公司/该院召开…).  Invented sentences; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, when


def _meeting(record: dict, k: int = 0) -> dict:
    return record["meetings"][k]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the body that took the visitors holds the visit; the visitors are its attendees; the quoted theme after
        # 开展 is no part of the place (§3 organizer, location, attendee_count)
        ("4月2日，经开区党工委组织企业党组织书记40余人，先后到锦程汽配等5家企业开展“园区党建”现场观摩。",
         ("现场观摩", "经开区党工委", "锦程汽配等5家企业", 40, True)),
        ("5月7日，区委组织部组织新任职干部30余人，到红旗村等3个村开展现场观摩。",
         ("现场观摩", "区委组织部", "红旗村等3个村", 30, True)),
        # (a party day's outing: the people the body took there attend it)
        ("5月7日，镇党委组织党员干部60余人前往烈士陵园开展主题党日活动。",
         ("主题党日活动", "镇党委", "烈士陵园", 60, True)),
        # NEGATIVE: visitors with no body taking them: no organizer (spec 003)
        ("近日，50余名国企党建工作负责人赴川南发电公司现场观摩。",
         ("现场观摩", None, "川南发电公司", 50, True)),
    ],
)
def test_a_body_taking_people_on_a_visit(extract, body: str, expected: tuple) -> None:
    m = _meeting(extract(page(body)))
    assert (m["name"], m["organizer"], m["location"], m["attendee_count"], m["attendee_approx"]) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月11日，县委书记魏广田先后主持召开县委常委会会议和县委深改委第十一次会议。",
         [("县委常委会会议", "魏广田"), ("县委深改委第十一次会议", "魏广田")]),
        ("5月7日，县长刘明主持召开县政府常务会议和县安委会全体会议。",
         [("县政府常务会议", "刘明"), ("县安委会全体会议", "刘明")]),
        # three full names listed with 、 and 和 under one verb: three meetings, one chair
        ("5月7日，县委书记王伟主持召开县委常委会会议、县委财经委员会会议和县委全面深化改革委员会会议。",
         [("县委常委会会议", "王伟"), ("县委财经委员会会议", "王伟"), ("县委全面深化改革委员会会议", "王伟")]),
        # NEGATIVE: a second meeting told in a clause of its own is not chaired by the first one's chair
        ("5月7日，县长刘明主持召开县政府常务会议。会后，县安委会召开全体会议。",
         [("县政府常务会议", "刘明"), ("全体会议", None)]),
    ],
)
def test_one_chair_for_the_meetings_listed(extract, body: str, expected: list) -> None:
    record = extract(page(body))
    assert [(m["name"], m["host"] and m["host"]["name"]) for m in record["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月9日，县法院院长王刚为全院干警讲了一堂题为《守住底线》的廉政课。", [("廉政课", "2024-05-09", None)]),
        ("5月7日，县纪委书记张华以《守纪律讲规矩》为题，为全县新任职干部上廉政课。", [("廉政课", "2024-05-07", None)]),
        ("5月7日，县长刘明为全县乡镇干部上了一堂廉政党课。", [("廉政党课", "2024-05-07", None)]),
        ("5月7日，市纪委书记张华为全市纪检干部讲了一堂题为《永葆忠诚本色》的专题党课。", [("专题党课", "2024-05-07", None)]),
        # NEGATIVE: lectures in general, none given
        ("领导干部要带头上廉政课，推动全面从严治党。", []),
    ],
)
def test_an_integrity_lecture_given(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


def test_a_meeting_within_a_multi_day_one_has_no_day(extract) -> None:
    body = "9月17日至19日，第六届西部文旅发展大会在成都举行。会议期间，还举行了文旅项目推进会，签约项目28个。"
    assert when(extract(page(body, "2024-09-20"))) == [("2024-09-17", "9月17日至19日", None), (None, None, None)]


def test_a_meeting_within_a_one_day_one_keeps_its_day(extract) -> None:
    # NEGATIVE: one day: the ceremony held at the meeting is dated like it (§3 several events)
    body = "9月17日，全市招商引资大会在市会议中心举行。会上，还举行了重点项目集中签约仪式。"
    assert [d for d, _, _ in when(extract(page(body, "2024-09-20")))] == ["2024-09-17", "2024-09-17"]


def test_a_hong_kong_committee_session_dated_before_its_noun(extract) -> None:
    text = ("財委會通過撥款\n2024-05-23\n立法會財務委員會昨日（22日）會議通過撥款約120億元，興建新界東北醫院。"
            "會議由主席陳健波主持。\n")
    m = _meeting(extract(text))
    assert (m["name"], m["organizer"], m["date"], m["date_text"]) == ("会议", "立法会财务委员会", "2024-05-22", "昨日（22日）")


def test_a_wire_dateline_before_the_executive_yuan_meeting(extract) -> None:
    text = "行政院會通過總預算案\n2024-08-22 14:05\n中央社記者楊淑華台北22日電　行政院會今天通過總預算案。\n"
    m = _meeting(extract(text))
    assert (m["name"], m["date"]) == ("行政院会", "2024-08-22")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("市第二中学近日举办家长会。5月7日，该校召开教学工作会议，校长王明主持。",
         [("家长会", None, "市第二中学"), ("教学工作会议", "2024-05-07", "市第二中学")]),
        ("近日，华兴机械有限公司举行技术创新表彰会。5月7日，该公司又召开了安全生产工作会议。",
         [("技术创新表彰会", None, "华兴机械有限公司"), ("安全生产工作会议", "2024-05-07", "华兴机械有限公司")]),
        ("5月7日，县人民医院举行义诊活动。当日下午，该院召开医疗质量分析会。",
         [("医疗质量分析会", "2024-05-07", "县人民医院")]),
        # NEGATIVE: no body of the kind named before: no organizer
        ("5月7日，该公司召开安全生产工作会议，总经理李强主持会议。", [("安全生产工作会议", "2024-05-07", None)]),
    ],
)
def test_an_anaphor_subject_stands_for_the_body_named_before(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
