"""Meeting dates across registers: an official attending a meeting whose bare kind is repeated as the subject
of a passive in the next clause (副市长李明于3月5日出席2026年科技创新大会，大会在市会议中心举行) names the meeting after the
verb of attending, not the whole clause; a unit of the body an anaphor stands for (记者从江城医科大学获悉，该校公共卫生学院
召开…) is written with that body's name; a leader receiving visitors right after the meeting just told (会后，…会见了…;
随后，…会见了…) is talks held, on the meeting's day. Invented sentences; the expected values follow corpus/GUIDELINES.md
(§3: the name as written without the verb; 该校 stands for the body named before, tenth review round; 会见 reported as held)."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("副市长李明于3月5日出席2026年江城市科技创新大会，大会在市会议中心举行。",
         # (the place after the year holds it, the name without it: GUIDELINES §3 twentieth review round)
         ("2026年科技创新大会", "2024-03-05", "市会议中心")),
        ("3月5日，区长王海出席2024年度优秀教师表彰典礼，典礼在区文化中心举行。",
         ("2024年度优秀教师表彰典礼", "2024-03-05", "区文化中心")),
        ("社会文化司司长柳华于5月6日出席“2024年度杰出青年”表彰典礼，典礼在科学馆会议中心举行，约400名嘉宾出席。",
         ("“2024年度杰出青年”表彰典礼", "2024-05-06", "科学馆会议中心")),
        ("5月6日，集团董事长周强参加了第三届供应链创新论坛，论坛在国际会展中心举行。",
         ("第三届供应链创新论坛", "2024-05-06", "国际会展中心")),
        # NEGATIVE: a passive name that is no attending clause stays whole
        ("5月6日，全市科技创新大会在市会议中心举行，副市长李明出席。",
         ("全市科技创新大会", "2024-05-06", "市会议中心")),
    ],
)
def test_attended_meeting_repeated_as_passive_subject(extract, body, expected):
    meetings = extract(page(body))["meetings"]
    assert [(m["name"], m["date"], m["location"]) for m in meetings][:1] == [expected]


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("记者5月7日从江城医科大学获悉，近日，该校公共卫生学院召开学科建设研讨会，80余名专家参加。", "江城医科大学公共卫生学院"),
        ("记者从江城师范学院获悉，该院外国语学院日前举行青年教师教学比赛颁奖仪式。", "江城师范学院外国语学院"),
        ("记者从华信科技集团获悉，该集团研发中心日前召开年度技术交流会。", "华信科技集团研发中心"),
        # NEGATIVE: the bare anaphor stays the body itself; no body named before: no organizer
        ("记者从江城医科大学获悉，该校日前召开学科建设研讨会。", "江城医科大学"),
        ("据了解，该校公共卫生学院日前召开学科建设研讨会。", None),
    ],
)
def test_unit_of_the_anaphor_body(extract, body, organizer):
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == [organizer]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("市长张强5月7日出席中外企业家座谈会。会后，张强会见了德国客商代表团一行。",
         [("中外企业家座谈会", "2024-05-07", None), ("会见", "2024-05-07", None)]),
        ("5月7日，县委召开全县招商引资工作会议。随后，县委书记李华在县行政中心会见了来访的客商代表。",
         [("全县招商引资工作会议", "2024-05-07", "县委"), ("会见", "2024-05-07", None)]),
        # NEGATIVE: before the meeting (会前) the receiving may be of an earlier day: no second record without a day
        ("市长张强5月7日出席中外企业家座谈会。会前，张强会见了德国客商代表团一行。",
         [("中外企业家座谈会", "2024-05-07", None)]),
    ],
)
def test_receiving_right_after_the_meeting(extract, body, expected):
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县委于元旦前一天召开常委会会议，县委书记李明主持。", ("县委", None)),
        ("县委于9月28日国庆前夕召开座谈会，县委书记李明主持。", ("县委", None)),
        ("县总工会在春节来临之际召开困难职工座谈会，县总工会主席王芳主持。", ("县总工会", None)),
        ("市妇联于“三八”国际妇女节前夕召开表彰大会，市妇联主席刘敏主持。", ("市妇联", None)),
        # NEGATIVE: a body whose name holds a festival word keeps it; a real venue stays
        ("5月6日，市节能减排协会召开第二次理事会，会长李明主持。", ("市节能减排协会", None)),
        ("5月6日，县委在县委党校召开座谈会，县委书记李明主持。", ("县委", "县委党校")),
    ],
)
def test_holiday_time_after_the_subject(extract, body, expected):
    meeting = extract(page(body))["meetings"][0]
    assert (meeting["organizer"], meeting["location"]) == expected
