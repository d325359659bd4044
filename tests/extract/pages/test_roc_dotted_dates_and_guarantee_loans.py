"""Meeting and funding shapes of ROC dotted dates, party committee meetings and guarantee schemes (invented sentences only).

Found: a Taiwan release's body date written with dots or slashes and a Republic-of-China year (113.11.12, 113/11/12) dated
no meeting (GUIDELINES §3 date: 民国113年 → 2024; only on a Taiwan page, never a version number or a score elsewhere); a
party committee's work meeting told held with no 在/于 before the verb (县委农村工作会议12月20日召开, …近日召开) had no
organizer, and a headline's subject displaced the body a session is named after (市委召开… over 市政府第十次常务会议召开;
§3 organizer: a body's name before 会议, a session named after its standing body); loans of a loan guarantee scheme a public
body paid out over a span were read as lending statistics and an interest subsidy paid (发放小额信贷贴息) had no purpose
(§6 sixteenth round); a count standing beside a group of officials it does not cover (县领导及30名村支书参加) was taken as
the attendee count (§3 attendee_count, sixteenth round).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


def _meeting(record: dict) -> tuple:
    m = record["meetings"][0]
    return m["name"], m["date"], m["date_text"], m["organizer"]


# --- 1. Republic-of-China dates with dots or slashes (§3 date) ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("宜蘭縣政府新聞稿\n宜蘭縣政府於113.11.12下午在縣府禮堂召開全縣治安會報，縣長林姿妙主持。\n",
         ("全县治安会报", "2024-11-12", "113.11.12", "宜兰县政府")),
        ("臺中市政府新聞稿\n臺中市政府113/11/12上午舉行市政會議，市長盧秀燕主持。\n",
         ("市政会议", "2024-11-12", "113/11/12", "台中市政府")),
        ("臺南市政府新聞稿\n發布日期：2024-11-13\n臺南市議會113.11.12舉行第4屆第4次定期會開幕式，議長邱莉莉主持。\n",
         ("第4届第4次定期会开幕式", "2024-11-12", "113.11.12", "台南市议会")),
        ("新竹縣政府新聞稿\n新竹縣政府於112.5.8上午召開縣務會議，縣長楊文科主持。\n",
         ("县务会议", "2023-05-08", "112.5.8", "新竹县政府")),
        # NEGATIVE: the written forms read before stay as they were
        ("桃園市政府新聞稿\n桃園市政府於中華民國113年11月12日上午召開防災會報，市長張善政主持。\n",
         ("防灾会报", "2024-11-12", "中华民国113年11月12日", "桃园市政府")),
        ("新竹縣政府新聞稿\n新竹縣政府於民國一一三年十一月十二日召開縣務會議，縣長楊文科主持。\n",
         ("县务会议", "2024-11-12", "民国一一三年十一月十二日", "新竹县政府")),
        # NEGATIVE: a version number, and a run of numbers on a page of no Taiwan text
        ("某公司公告\n发布日期：2024-05-08\n公司在113.11.13版本更新会议上发布了新版本，技术总监主持。\n",
         ("113.11.13版本更新会议", None, None, None)),
        ("江城日报\n市体育局于113.11.12召开总结会议，局长王军主持。\n",
         ("总结会议", None, None, "市体育局")),
        ("江城日报\n比赛结束，主队以113.11.13的成绩获胜。江城体育局昨日召开总结会议，局长王军主持。\n",
         ("总结会议", None, "昨日", "江城体育局")),
    ],
)
def test_roc_dotted_date(extract, text: str, expected: tuple) -> None:
    assert _meeting(extract(text)) == expected


# --- 3. organizer at the head of a passive name; headline subject vs a session's own body (§3 organizer) ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县委农村工作会议12月20日召开，县委书记王军出席并讲话。", ("县委农村工作会议", "2023-12-20", "12月20日", "县委")),
        ("县委农村工作会议近日召开，县委书记王军出席并讲话。", ("县委农村工作会议", None, "近日", "县委")),
        ("市委经济工作会议5月6日下午召开。市委书记王军出席并讲话。", ("市委经济工作会议", "2024-05-06", "5月6日", "市委")),
        ("县委农村工作会议召开。县委书记王军出席并讲话。", ("县委农村工作会议", None, None, "县委")),
        # NEGATIVE: the forms read before, a scope word, and a meeting named as the start of a period
        ("县委农村工作会议于12月20日召开，县委书记王军出席并讲话。", ("县委农村工作会议", "2023-12-20", "12月20日", "县委")),
        ("全县农村工作会议12月20日召开，县委书记王军出席并讲话。", ("全县农村工作会议", "2023-12-20", "12月20日", None)),
        ("自县委经济工作会议召开以来，各地迅速行动。", ("县委经济工作会议", None, None, None)),
        ("县委经济工作会议召开前夕，记者采访了县委书记王军。", ("县委经济工作会议", None, None, None)),
    ],
)
def test_party_committee_meeting_told_held(extract, body: str, expected: tuple) -> None:
    assert _meeting(extract(page(body))) == expected


def _headed(title: str, body: str) -> str:
    return f"{title}\n2024-05-08 来源：某网\n{body}\n"


@pytest.mark.parametrize(
    ("title", "body", "organizer"),
    [
        ("市委召开常务会议", "5月7日，市政府第十次常务会议召开，市长李明主持会议。", "市政府"),
        ("县委召开会议研究部署防汛工作", "5月7日，县政府第十次常务会议在县行政中心召开，县长李明主持。", "县政府"),
        ("区委召开常务会议", "5月7日，区政府常务会议召开，区长李明主持。", "区政府"),
        # NEGATIVE: a headline naming the same kind of body in full, or the same body, keeps its reading
        ("江城县人民政府召开第十次常务会议", "5月7日，县政府第十次常务会议在县行政中心召开，县长李明主持会议。", "江城县人民政府"),
        ("市政府召开常务会议", "5月7日，市政府第十次常务会议召开，市长李明主持会议。", "市政府"),
        ("市住建局召开2024年建筑安全工作会议", "5月7日上午，2024年建筑安全工作会议在市行政中心召开。", "市住建局"),
    ],
)
def test_session_body_over_headline_subject(extract, title: str, body: str, organizer: str) -> None:
    assert extract(_headed(title, body))["meetings"][0]["organizer"] == organizer


# --- 4. loans of a loan guarantee scheme paid out; interest subsidies (§6 sixteenth round) ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("今年以来，县人社局已发放创业担保贷款612万元。", [(6_120_000.0, "CNY", "创业担保贷款")]),
        ("市就业服务中心今年共发放创业担保贷款1.2亿元，带动就业3000余人。", [(120_000_000.0, "CNY", "创业担保贷款")]),
        ("截至4月底，市人社局累计发放创业担保贷款1.2亿元。", [(120_000_000.0, "CNY", "创业担保贷款")]),
        ("县乡村振兴局发放小额信贷贴息612万元。", [(6_120_000.0, "CNY", "小额信贷贴息")]),
        ("县财政局拨付创业担保贷款贴息85万元。", [(850_000.0, "CNY", "创业担保贷款贴息")]),
        # NEGATIVE: a fund named in full keeps its name; a bank's lending, a balance, a plan and a tax refund give none
        ("今年以来，全县累计发放创业担保贷款贴息资金1200万元。", [(12_000_000.0, "CNY", "创业担保贷款贴息资金")]),
        ("今年以来，县农商行向小微企业发放创业担保贷款5.8亿元。", []),
        ("今年以来，全县累计发放创业担保贷款1.2亿元。", []),
        ("截至4月末，全县各项贷款余额612亿元，同比增长8.5%。", []),
        ("县人社局计划今年发放创业担保贷款1000万元。", []),
        ("今年以来，县税务局累计办理留抵退税612万元，惠及企业35户。", []),
    ],
)
def test_guarantee_scheme_loans_and_subsidies(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


# --- 5. a count beside a group of officials it does not cover (§3 attendee_count, sixteenth round) ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("宜蘭縣政府新聞稿\n發布日期：113.11.13\n宜蘭縣政府今（13）日上午召開縣務會議，縣長林姿妙主持，各局處首長及十三位鄉鎮市長與會。\n",
         (None, False)),
        (page("5月7日，县委召开农村工作会议，县领导及30名村支书参加。"), (None, False)),
        (page("5月7日，县委召开农村工作会议，县领导和30名村党组织书记参加会议。"), (None, False)),
        pytest.param(page("5月7日，县委召开农村工作会议，30名村支书及县直部门负责人参加。"), (None, False),
                     marks=pytest.mark.xfail(reason="an uncounted group after the count withdrawn (GUIDELINES §8): "
                                                    "held-out attendee counts were lost", strict=True)),
        (page("5月7日，县委召开农村工作会议，县四套班子领导、30余名村支书等参加会议。"), (None, False)),
        # NEGATIVE: a count covering all, a count with named people beside it, two counts
        (page("5月7日，县委召开农村工作会议，全县30名村支书参加会议。"), (30, False)),
        (page("5月7日，县委召开农村工作会议，县领导等30余人参加会议。"), (30, True)),
        (page("5月7日，县委召开农村工作会议，县委书记王军和30名村支书参加会议。"), (30, False)),
    ],
)
def test_part_count_beside_uncounted_group(extract, text: str, expected: tuple) -> None:
    m = extract(text)["meetings"][0]
    assert (m["attendee_count"], m["attendee_approx"]) == expected
