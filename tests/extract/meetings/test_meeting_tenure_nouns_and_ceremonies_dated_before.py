"""Meeting and speaker phrasings: a tenure noun after a post, 作 after a
two-character name, ceremonies dated by the act or meeting told just before them, a venue followed by
the one an event is held for.  Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import dated, held, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 组长任职: the appointment of a post, no person named (GUIDELINES §4)
        ("7月9日，县委巡察工作动员部署会召开。县委副书记李斌出席会议并作动员讲话。"
         "会议宣布了县委第三轮巡察的授权和巡察组组长任职，对巡察工作进行了部署。",
         {"李斌": ("县委副书记", ("讲话",))}),
        ("5月6日，县委召开干部大会。会议宣布了市委关于县长任命的决定，县委书记王明作了讲话。",
         {"王明": ("县委书记", ("讲话",))}),
        # 作主题演讲 after a two-character name: 作 is the verb, not the name's third character (§4: 讲话)
        ("9月5日，XX证券2024年中期投资策略会在上海举行。首席经济学家李伟作主题演讲。",
         {"李伟": ("首席经济学家", ("讲话",))}),
    ],
)
def test_speakers_of_the_s39_review(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # a ceremony told right before the talks is on their day; the one it is held for is no part of the venue
        ("国务院总理李强25日在人民大会堂会见新西兰总理拉克森。会见前，李强在人民大会堂东门外广场为拉克森举行欢迎仪式。", "2024-04-26",
         [("会见", "2024-04-25"), ("欢迎仪式", "2024-04-25")]),
        # a ceremony held within the meeting is dated like the meeting (GUIDELINES §3), with or without a comma
        ("两岸企业家峰会年中座谈会14日在厦门举行。会上举行了两岸合作项目签约仪式，共签约项目12个。", "2024-05-15",
         [("两岸企业家峰会年中座谈会", "2024-05-14"), ("两岸合作项目签约仪式", "2024-05-14")]),
        # the donation told just before is the act of its ceremony
        ("2月7日，XX集团向市慈善总会捐赠善款200万元，用于困难群众帮扶。市慈善总会会长王华出席捐赠仪式并接受捐赠。", "2024-02-08",
         [("捐赠仪式", "2024-02-07")]),
    ],
)
def test_ceremonies_dated_by_what_was_told_before(extract, body: str, published: str, expected: list) -> None:
    assert dated(extract(page(body, published))) == expected


def test_welcome_ceremony_venue_and_no_person_as_organizer(extract) -> None:
    record = extract(page("国务院总理李强25日在人民大会堂会见新西兰总理拉克森。"
                          "会见前，李强在人民大会堂东门外广场为拉克森举行欢迎仪式。", "2024-04-26"))
    ceremony = record["meetings"][1]
    assert (ceremony["location"], ceremony["organizer"]) == ("人民大会堂东门外广场", None)


@pytest.mark.parametrize(
    "body",
    [
        # a donation recalled from another year gives the ceremony no day
        "2022年，XX集团曾向市慈善总会捐赠善款200万元。市慈善总会会长王华出席捐赠仪式。",
        # no ceremony told, no meeting: a donation alone is no meeting (GUIDELINES §3)
        "2月7日，XX集团向市慈善总会捐赠善款200万元，用于困难群众帮扶。",
    ],
)
def test_no_dated_ceremony_without_a_recent_act(extract, body: str) -> None:
    assert all(date is None for _, date in dated(extract(page(body, "2024-02-08"))))


def test_an_organization_is_kept_as_organizer(extract) -> None:
    # a body that holds the ceremony stays its organizer
    record = extract(page("4月25日，市政府在市民中心广场为援外医疗队举行欢送仪式。"))
    assert held(record) == [("欢送仪式", "2024-04-25", "市政府")]
    assert record["meetings"][0]["location"] == "市民中心广场"
