"""Meeting shapes on civil affairs, charity, human resources and employment pages: two bodies joined by 与/和/同 at the
head of a signing's passive name (甲与乙“…”项目签约仪式在…举行) are its parties, part of what it is about, and stay in the
name with no organizer (GUIDELINES §3 eighth round), also when a quoted name follows them; a job or trade fair told in
the headline (我县举办…招聘会) whose body names its opening ceremony (…招聘会在县文化广场开幕。开幕式上，…致辞) stands for
that ceremony (§3: the fair is no meeting, its opening ceremony is one), held where the fair opened (§3 location); the
hall of a job market (市人力资源市场, 县人才市场) is a venue. Invented sentences; expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import dated, page


def _named(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, organizer, location) of each meeting, in order."""
    return [(m["name"], m["organizer"], m["location"]) for m in record["meetings"]]


def _headed(headline: str, body: str) -> str:
    return f"{headline}\n2024-05-08 来源：某网\n{body}\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("昨天下午，省青少年发展基金会与远航科技有限公司“希望工程·圆梦助学”项目签约仪式在省团校举行。",
         [("省青少年发展基金会与远航科技有限公司“希望工程·圆梦助学”项目签约仪式", None, "省团校")]),
        ("5月6日上午，滨海市与华信集团“智慧港口”战略合作签约仪式在市会议中心举行。",
         [("滨海市与华信集团“智慧港口”战略合作签约仪式", None, "市会议中心")]),
        ("5月6日，江城大学和南山医院“医教协同”共建签约仪式在江城大学行政楼举行。",
         [("江城大学和南山医院“医教协同”共建签约仪式", None, "江城大学行政楼")]),
        ("5月6日，市慈善总会同东方银行“慈善信托”合作签约仪式在市民政局举行。",
         [("市慈善总会同东方银行“慈善信托”合作签约仪式", None, "市民政局")]),
    ],
)
def test_two_parties_before_quoted_name(extract, body: str, expected: list) -> None:
    assert _named(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: one body whose own name holds 和 (人力资源和社会保障局) before a quoted name is its organizer
        ("昨天下午，市人力资源和社会保障局“春风行动”启动仪式在市民广场举行。",
         [("“春风行动”启动仪式", "市人力资源和社会保障局", "市民广场")]),
        # NEGATIVE: one body before a quoted name, no second party
        ("5月6日上午，市工商联“千企帮千村”结对帮扶签约活动在市民中心举行。",
         [("“千企帮千村”结对帮扶签约活动", "市工商联", "市民中心")]),
    ],
)
def test_one_body_before_quoted_name(extract, body: str, expected: list) -> None:
    assert _named(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("我县举办2024年春季专场招聘会",
         "5月7日上午，由县人力资源和社会保障局主办的2024年春季专场招聘会在县文化广场开幕。开幕式上，副县长何建军宣布"
         "招聘会开幕，县人社局局长罗敏致辞。", [("2024年春季专场招聘会", "2024-05-07", "县文化广场")]),
        ("2024年“春风行动”暨就业援助月专场招聘会举行",
         "5月7日上午，2024年“春风行动”暨就业援助月专场招聘会在市人力资源市场开幕。本次招聘会共有126家企业进场，"
         "提供岗位3200个。开幕式上，市人社局局长罗敏致辞。", [("2024年“春风行动”暨就业援助月专场招聘会", "2024-05-07", "市人力资源市场")]),
        ("江城农产品博览会开幕",
         "5月6日，第五届江城农产品博览会在市会展中心开幕。开幕式上，副市长周平宣布博览会开幕。",
         [("江城农产品博览会", "2024-05-06", "市会展中心")]),
    ],
)
def test_fair_headline_with_named_opening(extract, headline: str, body: str, expected: list) -> None:
    assert [(m["name"], m["date"], m["location"]) for m in extract(_headed(headline, body))["meetings"]] == expected


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        # NEGATIVE: a fair whose body names no ceremony but tells an address: the record stands for its ceremony,
        # named after the fair
        ("我县举办2024年春季专场招聘会",
         "5月7日上午，2024年春季专场招聘会在县文化广场举行。副县长何建军致辞。",
         [("2024年春季专场招聘会", "2024-05-07")]),
        # NEGATIVE: a fair only visited, no ceremony told: no meeting
        ("我县举办2024年春季专场招聘会",
         "5月7日上午，2024年春季专场招聘会在县文化广场举行，共有80家企业提供岗位1500个。", []),
    ],
)
def test_fair_headline_without_named_opening(extract, headline: str, body: str, expected: list) -> None:
    assert dated(extract(_headed(headline, body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日上午，2024年民营企业招聘月启动仪式在县人才市场举行。", [("2024年民营企业招聘月启动仪式", None, "县人才市场")]),
        ("5月7日上午，高校毕业生就业服务周启动仪式在市人力资源市场举行。", [("高校毕业生就业服务周启动仪式", None, "市人力资源市场")]),
    ],
)
def test_job_market_hall_is_venue(extract, body: str, expected: list) -> None:
    assert _named(extract(page(body))) == expected
