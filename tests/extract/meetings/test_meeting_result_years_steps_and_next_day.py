"""Meeting shapes of result years, steps by month, remarks the next day and own days in the meetings readers (GUIDELINES §3).

- G6 (meetings/dates.py ``_plan_year``): a year opening its sentence was read as a plan year when 将/要 stood inside
  another word (主要, 需要, 重要, 将近), and 研究…2024年…增长情况 (a review) as targets set; §3: a result told is evidence
  of the year, only a target set is none. The plan words are now one ``_PLAN_MODAL`` fragment, and the review guard
  (情况/进展/进度/成效) covers every planned word.
- G7 (meetings/names.py ``_SESSION_DELIBERATED_AFTER_PERIOD``): the "step ahead" look-ahead crossed clauses and read
  将 and the 要 of 重要/主要 as a duty; §3 nineteenth round: an earlier step told by its month is a record, date null.
- G8 (extractor.py told_at look-back): 次日 inside the meeting's own remarks stopped the walk back to the meeting.
- G9 (会上/会后 time of day, now ``dates._within_meeting_time``): the told meeting's time was copied to a 会后次日
  meeting (another day), over a time of its own (傍晚 gives 晚上, §3 nineteenth round), and from the page's main
  meeting when a later meeting was told between.
- G11 (discussants' count): a held verb inside a meeting's remarks (举办各类培训) and people taking turns
  (先后/分别/依次 进行了交流, speakers: §3 nineteenth round) gave an attendee count.
- G12 (lesson in a ceremony's account): a lesson told as given before (此前，…已…讲授) took the ceremony's day.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, when


def _undated(body: str) -> str:
    return f"标题\n{body}\n"


def _first_date(extract, body: str) -> str | None:
    return extract(_undated(body))["meetings"][0]["date"]


# --- G6: a year told with a result, 将/要 inside words: the year (§3) ---

@pytest.mark.parametrize("body, date", [
    ("12月26日，县委召开经济工作会议。2024年，全县主要经济指标稳中向好，GDP增长5.2%。", "2024-12-26"),
    ("12月26日，县委召开全会。2024年，全县GDP将近500亿元。", "2024-12-26"),
    ("12月26日，县委召开全会。2024年，全县需要帮扶的困难户全部脱贫。", "2024-12-26"),
    ("12月18日，市委召开常委会会议。2023年，全市重要指标好于预期。", "2023-12-18"),
    ("12月20日，县政府召开常务会议，研究了2024年财政收入增长情况。", "2024-12-20"),
])
def test_g6_result_year_counts(extract, body, date):
    assert _first_date(extract, body) == date


@pytest.mark.parametrize("body, date", [
    # near misses: a plan year still is none, or the year before
    ("12月26日，县委召开全会。年初确定的2024年各项目标任务全面完成。2025年，全县将继续推进改革。", "2024-12-26"),
    ("12月26日，县委召开全会。2025年，全县要加快发展。", None),
    ("12月20日，县政府召开常务会议，研究2025年重点项目。", None),
    ("12月20日，县政府召开常务会议，研究2025年经济增长目标。", "2024-12-20"),
])
def test_g6_plan_year_unchanged(extract, body, date):
    assert _first_date(extract, body) == date


# --- G7: an earlier step told by its month, with progress after it: a record, date null ---

_G7 = "5月6日，全市数字政府建设推进会召开。\n{}"


@pytest.mark.parametrize("after", [
    "今年3月，市政府常务会议审议通过《实施方案》后，各区迅速行动，将在年底前全部完成。",
    "今年3月，市政府常务会议审议通过《实施方案》后，重要任务已全面完成。",
    "今年3月，市政府常务会议审议通过《实施方案》后，主要指标稳步提升。",
])
def test_g7_step_told_by_month(extract, after):
    records = {m["name"]: m for m in extract(page(_G7.format(after)))["meetings"]}
    assert "市政府常务会议" in records
    assert records["市政府常务会议"]["date"] is None


@pytest.mark.parametrize("after", [
    "6月底，市政府常务会议审议通过《实施方案》后，各区要抓好落实。",
    "今年3月，市政府常务会议审议通过《实施方案》后，各区要抓好落实。",
    "今年3月，市政府常务会议审议通过《实施方案》后，各区必须抓好落实。",
])
def test_g7_step_ahead_unchanged(extract, after):
    names = [m["name"] for m in extract(page(_G7.format(after)))["meetings"]]
    assert "市政府常务会议" not in names


# --- G8: 次日 inside the meeting's remarks is no day told between ---

def test_g8_remarks_next_day(extract):
    body = "5月6日上午，县委召开常委会会议。会议要求，各单位次日起开展安全排查。随后，县长看望了困难群众。下午，县政府召开专题会议。"
    assert when(extract(page(body)))[1][0] == "2024-05-06"


@pytest.mark.parametrize("body", [
    "5月6日上午，县委召开常委会会议。次日，县长前往工业园区调研。随后，县长看望了困难群众。下午，县政府召开专题会议。",
    "5月6日上午，县委召开常委会会议。县长次日前往工业园区调研。随后，县长看望了困难群众。下午，县政府召开专题会议。",
])
def test_g8_next_day_told_unchanged(extract, body):
    assert when(extract(page(body)))[1][0] is None


# --- G9: 会上/会后 takes the told meeting's time of day only with its day and no time of its own ---

@pytest.mark.parametrize("body, expected", [
    ("5月8日上午，县委召开常委会会议。会后次日，县政府召开专题会议。", ("2024-05-09", "会后次日", None)),
    ("5月8日上午，县委召开常委会会议。会后，县委书记王强于傍晚主持召开了专题座谈会。", ("2024-05-08", None, "晚上")),
    ("5月8日上午，县委召开常委会会议。会后，县委书记王强于晚上主持召开了专题座谈会。", ("2024-05-08", None, "晚上")),
])
def test_g9_own_day_or_time(extract, body, expected):
    assert when(extract(page(body)))[1] == expected


def test_g9_later_meeting_between(extract):
    body = "5月8日上午，县委召开常委会会议。5月9日晚，县政府召开常务会议。会上，举行了签约仪式。"
    assert when(extract(page(body)))[2][2] is None


@pytest.mark.parametrize("body", [
    "5月8日上午，县委召开常委会会议。会上，举行了宪法宣誓仪式。",
    "5月8日上午，县委召开常委会会议。会后，县委书记王强主持召开了专题座谈会。",
])
def test_g9_meeting_time_unchanged(extract, body):
    assert when(extract(page(body)))[1] == ("2024-05-08", None, "上午")


# --- G11: no attendee count from remarks or from speakers taking turns ---

@pytest.mark.parametrize("body", [
    "5月8日上午，县委召开常委会会议。会议指出，去年全县举办各类培训，2000余名干部开展了讨论。",
    "全县民营企业座谈会在县政府召开，6名企业代表先后进行了交流。",
    "全县青年座谈会在县政府召开，5名青年代表分别进行了交流。",
    "全县青年座谈会在县政府召开，8位代表依次开展了讨论。",
])
def test_g11_no_count(extract, body):
    assert extract(page(body))["meetings"][0]["attendee_count"] is None


@pytest.mark.parametrize("body, n", [
    ("第五期青年干部沙龙在市委党校举行，30余名青年干部围绕基层治理展开交流。", 30),
    ("全县青年座谈会在县政府举行，40余名青年代表开展了讨论。", 40),
    ("县委组织部召开青年干部座谈会，20名青年干部进行了交流。", 20),
])
def test_g11_count_unchanged(extract, body, n):
    assert extract(page(body))["meetings"][0]["attendee_count"] == n


# --- G12: a lesson told as given before the ceremony takes no date from it ---

_G12 = "9月1日上午，江城中学开学典礼在体育馆举行。{}"


def _lesson(extract, after: str) -> dict:
    return next(m for m in extract(page(_G12.format(after)))["meetings"] if m["name"] == "开学第一课")


@pytest.mark.parametrize("after", [
    "此前，校长王强已在教室为新生讲授了“开学第一课”。",
    "校长王强此前已为新生讲授了“开学第一课”。",
    "之前，校长王强在教室为新生讲授了“开学第一课”。",
])
def test_g12_lesson_before(extract, after):
    assert _lesson(extract, after)["date"] is None


@pytest.mark.parametrize("after", [
    "典礼上，副校长宣读了表彰决定。校长王强为新生讲授了“开学第一课”。",
    "校长王强为新生讲授了“开学第一课”。",
])
def test_g12_lesson_at_ceremony_unchanged(extract, after):
    assert _lesson(extract, after)["date"] == "2023-09-01"
