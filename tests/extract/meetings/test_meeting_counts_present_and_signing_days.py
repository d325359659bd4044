"""Meeting shapes of counts of those present, signing days, lead bodies and fairs (corpus/GUIDELINES.md §3). Invented sentences; expected values
follow the §3 paragraphs named in each part.

- M1 (§3 attendee_count, twelfth round): a count of those present told in a sentence of its own after the event, naming
  the event by its own noun (出席嘉许礼的青年、家长及嘉宾约五百人; …嘉宾包括…代表，约三百人) is its attendee count;
  not a count of another group (受惠青年约五百人);
- M2 (§3 seventh round, a ceremony takes the day of the signing just told): a signing ceremony told in the paragraph
  after the dated signing (…昨日（八日）与…签署…协议。⏎签署仪式于…举行) takes its day;
- M3 (§3 organizer, location): a body that invited or gathered people leads the sentence whose later clause holds the
  meeting (县检察院邀请…监督员…，并在参观结束后召开座谈会) is its organizer; the talks told next with their venue
  (…监督员们在检察院二楼会议室进行座谈) give the 座谈会's place (not talks 会后, another event);
- M4 (§3 not meetings): a 游园会 is a fair, like 庙会 and 灯会; 校庆当天还… names a day, no organizer;
- M5 (§3 eleventh round, a lecture inside a ceremony): 开班第一课 is a lecture like 开学第一课; one given by someone
  attending the ceremony just told (出席开班式并以“…”为题讲授开班第一课) is its own record; a 党校 holds its own
  开班式 in a passive name (区委党校春季学期主体班开班式在…举行 → 春季学期主体班开班式 / 区委党校).
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page

PUBLISHED = "2024-09-02"


def _counts(record: dict) -> list[tuple[str, int | None, bool]]:
    return [(m["name"], m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


# --- M1. a count of those present in a sentence of its own ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("區議會今日在荃灣大會堂舉行「荃灣區傑出青年嘉許禮」，表揚二十名傑出青年。出席嘉許禮的青年、家長及嘉賓約五百人。",
         [("荃湾区杰出青年嘉许礼", 500, True)]),
        ("區議會今日在荃灣大會堂舉行「荃灣區傑出青年嘉許禮」。出席嘉許禮的嘉賓包括立法會議員及多個社團代表，約三百人。",
         [("荃湾区杰出青年嘉许礼", 300, True)]),
        ("9月1日，江城中学在学校礼堂举行开学典礼。出席典礼的师生约800人。", [("开学典礼", 800, True)]),
        ("6月28日，江城中学在学校礼堂举行毕业典礼。出席毕业礼的师生及家长约六百人。", [("毕业典礼", 600, True)]),
        ("6月28日，江城中学在学校礼堂举行毕业典礼。出席典礼的嘉宾包括校友代表及家长代表，约两百人。",
         [("毕业典礼", 200, True)]),
    ],
)
def test_count_of_those_present_in_its_own_sentence(extract, body: str, expected: list) -> None:
    assert _counts(extract(page(body, PUBLISHED))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # another group counted, or people doing something else there
        "區議會今日在荃灣大會堂舉行「荃灣區傑出青年嘉許禮」，嘉許二十名傑出青年。受惠青年約五百人。",
        "9月1日，区议会在荃湾大会堂举行“荃湾区杰出青年嘉许礼”。出席嘉许礼的学生代表发言，约三百人鼓掌。",
    ],
)
def test_count_of_another_group_is_none(extract, body: str) -> None:
    assert [c[1] for c in _counts(extract(page(body, PUBLISHED)))] == [None]


# --- M2. a signing ceremony in the paragraph after the dated signing ---

@pytest.mark.parametrize(
    "body",
    [
        "市文化局昨日（八日）與江城大學簽署文化遺產保護合作協議，雙方將共建研究中心。\n簽署儀式於文化局大樓舉行，局長陳明出席。",
        "市文化局昨日与江城大学签署文化遗产保护合作协议。\n签约仪式在文化局大楼举行，局长陈明出席。",
        "市文化局8日与江城大学签订合作协议。\n签字仪式在文化局大楼举行。",
        # already so: in the same paragraph
        "市文化局昨日（八日）與江城大學簽署文化遺產保護合作協議。簽署儀式於文化局大樓舉行。",
    ],
)
def test_signing_ceremony_takes_the_signing_day(extract, body: str) -> None:
    meetings = extract(page(body, "2025-04-09"))["meetings"]
    assert [(m["date"], m["location"]) for m in meetings] == [("2025-04-08", "文化局大楼")]


def test_signing_recalled_dates_nothing(extract) -> None:
    body = "市文化局曾于去年与江城大学签署合作协议。\n签约仪式在文化局大楼举行，局长陈明出席。"
    assert [m["date"] for m in extract(page(body, "2025-04-09"))["meetings"]] == [None]


# --- M3. the body leading the sentence; the talks' venue told next ---

@pytest.mark.parametrize(
    ("body", "organizer", "location"),
    [
        ("6月10日上午，县检察院邀请10名人民监督员走进检察院，参观案件管理中心，并在参观结束后召开座谈会。"
         "参观结束后，监督员们在检察院二楼会议室进行座谈。", "县检察院", "检察院二楼会议室"),
        ("6月10日上午，县检察院邀请10名人民监督员参观案件管理中心，并召开座谈会。", "县检察院", None),
        ("6月10日上午，县检察院邀请10名人民监督员参观案件管理中心，随后召开座谈会。", "县检察院", None),
        ("6月10日上午，市总工会组织50名劳模走进企业，随后召开座谈会。", "市总工会", None),
        ("6月10日上午，县检察院召开座谈会。监督员们在检察院二楼会议室进行座谈。", "县检察院", "检察院二楼会议室"),
        # NEGATIVE: a person leads the sentence (a host, no organizer); talks 会后 are another event
        ("6月10日上午，县委书记王强邀请10名企业家参观产业园，并召开座谈会。", None, None),
        ("6月10日上午，县委召开座谈会。会后，代表们在二楼会议室进行座谈。", "县委", None),
    ],
)
def test_lead_body_and_talks_venue(extract, body: str, organizer: str | None, location: str | None) -> None:
    m = extract(page(body, PUBLISHED))["meetings"][0]
    assert (m["name"], m["organizer"], m["location"]) == ("座谈会", organizer, location)


# --- M4. fairs are no meetings; a celebration's day is no organizer ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("10月1日，市二中舉行建校六十周年校慶典禮。校慶當天也舉辦書畫展及遊園會，熱鬧非凡。",
         [("建校六十周年校庆典礼", "2024-10-01", "市二中")]),
        ("10月1日，市二中举行校庆典礼。当天还举办了书画展和游园会。", [("校庆典礼", "2024-10-01", "市二中")]),
        ("2月10日，县文化馆举办新春游园会，吸引市民3000余人。", []),
        ("10月1日，市二中举行校庆典礼。校庆当天还举办了校友座谈会。",
         [("校庆典礼", "2024-10-01", "市二中"), ("校友座谈会", "2024-10-01", None)]),
    ],
)
def test_fair_is_no_meeting(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-10-02"))) == expected


# --- M5. a lecture given by one attending the ceremony ---

@pytest.mark.parametrize(
    "body",
    [
        "3月5日，区委党校春季学期主体班开班式在党校礼堂举行。区委书记王强出席开班式并以“提升能力 担当作为”为题讲授开班第一课。",
        "3月5日，区委党校春季学期主体班开班式在党校礼堂举行。区委书记王强出席开班式并讲授开班第一课。",
        "3月5日，区委党校春季学期主体班开班式在党校礼堂举行。开班式上，区委书记王强为全体学员讲授了开班第一课。",
    ],
)
def test_lecture_at_the_class_opening(extract, body: str) -> None:
    assert held(extract(page(body, "2024-03-06"))) == [
        ("春季学期主体班开班式", "2024-03-05", "区委党校"), ("开班第一课", "2024-03-05", None)]


def test_lecture_at_the_school_opening(extract) -> None:
    body = "9月1日，江城中学开学典礼在体育馆举行。校长李明出席典礼并以“做追梦少年”为题讲授开学第一课。"
    assert held(extract(page(body, PUBLISHED))) == [("开学典礼", "2024-09-01", "江城中学"),
                                                     ("开学第一课", "2024-09-01", None)]


def test_attending_and_speaking_is_no_lecture(extract) -> None:
    body = "3月5日，区委党校春季学期主体班开班式在党校礼堂举行。区委书记王强出席开班式并讲话。"
    assert held(extract(page(body, "2024-03-06"))) == [("春季学期主体班开班式", "2024-03-05", "区委党校")]
