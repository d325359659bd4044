"""Meeting shapes of venues told apart from the verb, headline slogans, sessions named after their body and attendees told as present: meeting fields the rules got wrong.

- A venue told in a sentence of its own after the event was named, by 活动 (…联合举办…对接会。活动在…学术交流中心举行), was
  missed; 会议/座谈会 were read already (GUIDELINES §3 location). Not a 活动 whose verb belongs to another meeting's
  attribute (活动在…召开的座谈会上…) nor one ahead (下一次活动将在…举行).
- A lecture whose topic opens with 家 (作家庭教育专题讲座) was taken for the occupation 作家, so the venue before the verb
  (在学校阶梯教室为…作…讲座) was lost where the headline tells the lecture (§3 location); 作家王林 stays an occupation.
- A headline slogan before a dash (家校同心 护航成长——我校举办…) was kept in front of the subject as the organizer; a
  slogan is no body, and 我校 alone gives null (§3 organizer: a generic subject without a name).
- A place as the subject of a session named after its standing body (河阳县召开县政府第四十二次常务会议) gave the place;
  the body the session is named after is the organizer (§3 ninth round).
- An audience counted after its noun (现场观众约5000人) and a list of those present closing on a counted group
  (出席仪式的还有…，以及逾二百名社团代表) gave no attendee count (§3 twelfth round: those told as present).

Invented sentences only; the expected values follow corpus/GUIDELINES.md.
"""

from __future__ import annotations

import pytest


def _page(headline: str, body: str) -> str:
    return f"{headline}\n2024-05-08 来源：某网\n{body}\n"


def _field(record: dict, key: str) -> list:
    return [m[key] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_page("标题", "5月6日，市教育局与江城大学联合举办校地合作对接会。活动在江城大学学术交流中心举行，40余名代表参加。"),
         ["江城大学学术交流中心"]),
        (_page("标题", "5月6日上午，县文联举办书法作品研讨会。活动在县文化馆三楼会议室举行。"), ["县文化馆三楼会议室"]),
        (_page("标题", "近日，区科协与区教育局联合举办青少年科普交流会。本次活动在区青少年宫举行。"), ["区青少年宫"]),
        # (a lecture told in the headline, its venue before the verb in the body)
        (_page("家校同心 护航成长——我校举办家庭教育专题讲座",
               "5月16日下午，江城市第一中学邀请研究员王明，在学校阶梯教室为300余名家长作家庭教育专题讲座。"),
         ["学校阶梯教室"]),
        (_page("我校举办家庭教育专题讲座", "5月16日下午，研究员王明在学校阶梯教室为300余名家长作家庭教育专题讲座。"),
         ["学校阶梯教室"]),
        (_page("江城市第一中学举办家庭教育专题讲座",
               "5月16日下午，江城市第一中学邀请研究员王明，在学校报告厅为300余名家长作家庭教育专题讲座。"),
         ["学校报告厅"]),
    ],
)
def test_venue_told_apart_from_the_verb(extract, text: str, expected: list) -> None:
    assert _field(extract(text), "location") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the verb of another meeting's attribute: no venue of this one)
        (_page("标题", "5月6日，市教育局与江城大学联合举办校地合作对接会。活动在江城大学召开的座谈会上受到好评。"),
         [None, "江城大学"]),
        # (an event ahead)
        (_page("标题", "5月6日，县文联举办书法作品研讨会。下一次活动将在县文化馆举行。"), [None]),
        # (after a 会议 召开, 活动 is another event's, as test_meeting_associations_and_numbered_congresses reads its start time)
        (_page("标题", "5月6日，全县安全生产工作会议召开。活动在县体育馆举行。"), [None]),
        # (a venue already told in the meeting's own sentence stays)
        (_page("标题", "5月6日上午，县文联在县文化馆举办书法作品研讨会。会议在三楼会议室举行。"), ["县文化馆"]),
    ],
)
def test_venue_near_misses(extract, text: str, expected: list) -> None:
    assert _field(extract(text), "location") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_page("家校同心 护航成长——我校举办家庭教育专题讲座",
               "5月16日下午，江城市第一中学邀请研究员王明，在学校阶梯教室为300余名家长作家庭教育专题讲座。"), [None]),
        (_page("凝心聚力 共谋发展——我局召开外贸企业座谈会", "5月16日下午，外贸企业座谈会在局三楼会议室召开。"), [None]),
        (_page("喜迎国庆——我院举行文艺汇演开幕式", "5月16日下午，文艺汇演开幕式在学院礼堂举行。"), [None]),
        # (near misses: a body after the dash, or written in the body, stays the organizer)
        (_page("凝心聚力 共谋发展——县商务局召开外贸企业座谈会", "5月16日下午，县商务局在局三楼会议室召开外贸企业座谈会。"),
         ["县商务局"]),
        (_page("喜迎国庆——县文联举行文艺汇演开幕式", "5月16日下午，县文联在县文化馆举行文艺汇演开幕式。"), ["县文联"]),
    ],
)
def test_headline_slogan_before_a_dash_is_no_organizer(extract, text: str, expected: list) -> None:
    assert _field(extract(text), "organizer") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_page("河阳县召开县政府第四十二次常务会议", "6月12日下午，县长刘振华主持召开县政府第四十二次常务会议，研究防汛工作。"),
         ["县政府"]),
        (_page("标题", "6月12日下午，河阳县召开县政府第四十二次常务会议，研究防汛工作。"), ["县政府"]),
        (_page("标题", "6月12日下午，江城市召开市政府第15次常务会议，研究防汛工作。"), ["市政府"]),
        (_page("标题", "6月12日，青山区召开区委常委会会议，研究防汛工作。"), ["区委"]),
        (_page("标题", "6月12日，青山区召开区政协九届八次常委会议。"), ["区政协"]),
        # (near misses: a place holding a meeting not named after a standing body, or a body as the subject)
        (_page("标题", "6月12日，河阳县召开全县防汛工作会议。"), ["河阳县"]),
        (_page("标题", "6月12日，县政府召开第四十二次常务会议。"), ["县政府"]),
        (_page("标题", "6月12日，江城市召开县政府常务会议。"), ["江城市"]),
    ],
)
def test_session_named_after_its_body_over_a_place(extract, text: str, expected: list) -> None:
    assert _field(extract(text), "organizer") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_page("标题", "9月20日晚，第三届江城民俗文化节开幕式在古城广场举行。市文化和旅游局局长叶青致辞，现场观众约5000人。"),
         [(5000, True)]),
        (_page("标题", "9月20日晚，江城音乐节开幕式在市体育场举行。现场观众达3000余人。"), [(3000, True)]),
        (_page("标题", "5月6日，江城大学毕业典礼在体育馆举行。现场师生1200人。"), [(1200, False)]),
        (_page("标题", "5月22日下午，市基金会在大楼多功能厅举行社团资助协议签署仪式。"
                     "出席仪式的还有基金会委员吴文杰、李志强，以及逾二百名社团代表。"), [(200, True)]),
        (_page("标题", "5月22日下午，市基金会在大楼多功能厅举行社团资助协议签署仪式。出席仪式的还有基金会委员吴文杰以及200余名社团代表。"),
         [(200, True)]),
        # (near misses: no people counted, a tally of visits, past visitors, people helped)
        (_page("标题", "9月20日晚，江城民俗文化节开幕式在古城广场举行。现场发放宣传资料约5000份。"), [(None, False)]),
        (_page("标题", "9月20日晚，江城民俗文化节开幕式在古城广场举行。现场观众约5000人次。"), [(None, False)]),
        (_page("标题", "9月20日晚，第三届江城民俗文化节开幕式在古城广场举行。据悉，去年文化节接待游客约86万人。"), [(None, False)]),
        (_page("标题", "5月22日下午，市基金会举行社团资助协议签署仪式。今年共资助社团项目412个，惠及社团代表逾二百名。"),
         [(None, False)]),
    ],
)
def test_attendees_told_as_present(extract, text: str, expected: list) -> None:
    record = extract(text)
    assert list(zip(_field(record, "attendee_count"), _field(record, "attendee_approx"), strict=True)) == expected
