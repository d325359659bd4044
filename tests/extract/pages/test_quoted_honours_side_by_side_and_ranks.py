"""Political-legal, health and emergency-management news: quoted honours written side by side with
no 、 or 和 between them (为荣获“十佳医生”“十佳护士”的20名医务人员颁奖) are one count over both, the whole phrase, as when
joined by 、; prison, police-inspection and nursing or pharmacy ranks are job titles (监狱长, 督察长, 主任护师, 主任药师);
money a body says it will put in next year with the time after 将 (还将于明年投入…) is only intended, as 明年将投入 is;
conferring a rank's insignia (为新消防员授衔) is a conferral, 颁奖, as 授勋 is; on a page with no publication date, a year's
tally of cases handled or money paid (2025年，全院共受理案件…, 该监狱2025年共办理…) looks back at that year, so a meeting in
the first half of a year is in the next one (as 2025年，公司实现… already was).  Invented sentences; the expected values
follow corpus/GUIDELINES.md (§3 meetings: date, year from the text;
§4 speakers: title, 颁奖 synonyms; §5 awards: a count over two honours is one record, never
a cut part; §6 funding: money only intended)."""

from __future__ import annotations

import pytest

from tests.extract.views import dated, grants, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("1月19日，市第一医院召开年度总结大会。会上为荣获2025年度“十佳医生”“十佳护士”的20名医务人员颁奖。",
         [("十佳医生、十佳护士", 20, "名", "person")]),
        ("3月8日，县卫健局召开表彰会。会议对荣获“最美医生”“最美护士”称号的16名职工进行了表彰。",
         [("最美医生、最美护士", 16, "名", "person")]),
        ("12月30日，区公安分局召开总结会，对获得“优秀民警”“优秀辅警”称号的45名同志进行表彰。",
         [("优秀民警、优秀辅警", 45, "名", "person")]),
        ("8月19日，县医院召开医师节大会，对32名“优秀医师”“优秀护士”进行了表彰。",
         [("优秀医师、优秀护士", 32, "名", "person")]),
        # NEGATIVE: joined by 、 or 和 as before
        ("1月19日，市第一医院召开年度总结大会。会上为荣获“十佳医生”、“十佳护士”称号的20名医务人员颁奖。",
         [("十佳医生、十佳护士", 20, "名", "person")]),
        ("1月19日，市第一医院召开年度总结大会。会上为荣获“十佳医生”和“十佳护士”称号的20名医务人员颁奖。",
         [("十佳医生和十佳护士", 20, "名", "person")]),
        # NEGATIVE: one quoted honour only
        ("1月19日，市第一医院召开年度总结大会。会上为荣获“十佳医生”称号的10名医务人员颁奖。",
         [("十佳医生", 10, "名", "person")]),
        # NEGATIVE: counts paired with the honours in order stay paired
        ("4月2日，市检察院召开表彰大会，分别授予3个部门和12名干警“先进集体”“先进个人”称号。",
         [("先进集体", 3, "个", "organization"), ("先进个人", 12, "名", "person")]),
    ],
)
def test_quoted_honours_side_by_side_share_one_count(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("4月16日，东林监狱召开减刑假释公开听证会，监狱党委书记、监狱长郑国平主持听证会。", "郑国平", "监狱党委书记、监狱长"),
        ("5月6日，北山监狱召开警示教育大会，副监狱长李建国出席并讲话。", "李建国", "副监狱长"),
        ("3月2日，市公安局召开纪律作风整顿会议，市公安局督察长王振华出席并讲话。", "王振华", "市公安局督察长"),
        ("5月12日，县人民医院召开护士节表彰大会，护理部主任、主任护师刘晓梅主持会议。", "刘晓梅", "护理部主任、主任护师"),
        ("9月5日，市中心医院举办药学学术讲座，药剂科副主任药师陈静作专题讲座。", "陈静", "药剂科副主任药师"),
        # NEGATIVE: titles known before keep reading as they did
        ("3月2日，县法院召开审判工作会议，院党组书记、院长周文斌出席并讲话。", "周文斌", "院党组书记、院长"),
    ],
)
def test_prison_inspection_and_nursing_ranks_are_titles(extract, body: str, name: str, title: str) -> None:
    assert speakers(extract(page(body)))[name][0] == title


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("9月12日，县卫健局召开村医工作会议。县财政还将于明年投入300万元用于村卫生室标准化改造。", []),
        ("5月6日，区应急管理局召开防汛工作会议。区财政将在明年投入200万元，用于防汛物资储备。", []),
        ("6月3日，市消防救援支队召开工作会议。支队将于来年投入80万元更新应急装备。", []),
        # NEGATIVE: money put in this year, or a decision of the meeting, stays funding
        ("9月12日，县卫健局召开村医工作会议。县财政今年投入300万元用于村卫生室标准化改造。",
         [(3000000.0, "CNY", "村卫生室标准化改造")]),
        ("9月12日，县政府召开常务会议。会议决定，县财政将于明年投入300万元用于村卫生室标准化改造。",
         [(3000000.0, "CNY", "村卫生室标准化改造")]),
        ("9月12日，县卫健局召开村医工作会议，向全县386名乡村医生发放补助资金共计463.2万元。",
         [(4632000.0, "CNY", "乡村医生补助资金")]),
    ],
)
def test_money_put_in_next_year_with_the_time_after_jiang_is_intended(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        ("9月1日上午，区消防救援大队举行新入职消防员授衔仪式。大队长周杰为18名新消防员授衔并讲话。", "周杰", ("颁奖", "讲话")),
        ("7月1日，市公安局举行新警授衔仪式，市公安局政委刘强为42名新警授衔。", "刘强", ("颁奖",)),
        # NEGATIVE: the ceremony's name is no conferral by the one who chairs it
        ("7月1日，市公安局举行新警授衔仪式，市公安局副局长王明主持授衔仪式。", "王明", ("主持",)),
    ],
)
def test_rank_insignia_conferred_is_a_conferral(extract, body: str, name: str, roles: tuple) -> None:
    assert speakers(extract(page(body)))[name][1] == roles


def test_rank_ceremony_without_a_conferring_person_gives_no_speaker(extract) -> None:
    record = extract(page("7月1日，市公安局举行新警授衔仪式，42名新警参加。"))
    assert speakers(record) == {}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("1月15日，青川县人民法院召开工作总结大会。2025年，该院共受理各类案件6832件，审结6517件。",
         [("工作总结大会", "2026-01-15")]),
        ("3月6日，石城区公安分局召开全警大会。2025年全年共破获刑事案件1126起。", [("全警大会", "2026-03-06")]),
        ("4月16日，东林监狱召开减刑假释公开听证会。据了解，该监狱2025年共办理减刑假释案件986件。",
         [("减刑假释公开听证会", "2026-04-16")]),
        ("2月3日，县司法局召开工作会议。2025年，全县共发放司法救助金36万元。", [("工作会议", "2026-02-03")]),
        # NEGATIVE: a meeting late in the year, a tally of part of the year, a tally still ahead, a date in the year
        ("11月20日，青川县法院召开审判工作推进会。2025年，该院共受理案件5200件。", [("审判工作推进会", "2025-11-20")]),
        ("4月16日，东林监狱召开减刑假释听证会。2025年一季度，该监狱共办理减刑假释案件86件。",
         [("减刑假释听证会", "2025-04-16")]),
        ("1月15日，县法院召开工作会议。2025年，全院力争共审结案件7000件。", [("工作会议", "2025-01-15")]),
        ("4月16日，东林监狱召开听证会。该监狱自2025年4月起实行减刑假释公开听证。", [("听证会", None)]),
        # NEGATIVE: a long subject before the year is no short reference to the body
        ("4月16日，东林监狱召开听证会。据了解，全省监狱系统的十二所监狱2025年共办理减刑假释案件9860件。",
         [("听证会", "2025-04-16")]),
    ],
)
def test_a_years_tally_looks_back_at_it(extract, body: str, expected: list) -> None:
    assert dated(extract(f"标题\n来源：某网\n{body}\n")) == expected
