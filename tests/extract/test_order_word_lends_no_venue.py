"""A lesson or lecture told after a ceremony with a bare order word (随后, 随即, 紧接着, 接着) takes the ceremony's day, not
its venue; only 会上 (典礼上) and the account's last step (最后) lend the venue (GUIDELINES §3 twenty-third and thirty-first
review rounds, first stop of 7 December 2026). Invented sentences; near misses that keep the venue."""

from __future__ import annotations

import pytest

from tests.extract.views import page

HEAD = "9月1日上午，江城市第一中学开学典礼在学校田径场举行。典礼由副校长杭雪梅主持。"


def _lesson(record: dict) -> dict:
    return next(m for m in record["meetings"] if m["name"] == "开学第一课")


@pytest.mark.parametrize(
    "body",
    [
        "随后，校长钱文博为新生讲授了“开学第一课”。",
        "\n随后，校长钱文博为新生讲授了“开学第一课”。",
        "紧接着，校长钱文博为新生讲授了“开学第一课”。",
        "随即，校长钱文博为全体新生上了“开学第一课”。",
        "接着，校长钱文博为新生讲授了「开学第一课」。",
    ],
)
def test_an_order_word_lends_the_day_not_the_venue(extract_with_model, body: str) -> None:
    lesson = _lesson(extract_with_model(page(HEAD + body, "2024-09-02")))
    assert lesson["date"] == "2024-09-01"
    assert lesson["location"] is None


@pytest.mark.parametrize(
    "body",
    [
        # near misses: told inside the ceremony, or as its last step
        "典礼上，校长钱文博为新生讲授了“开学第一课”。",
        "最后，校长钱文博为新生讲授了“开学第一课”。",
    ],
)
def test_within_the_ceremony_the_venue_is_lent(extract_with_model, body: str) -> None:
    lesson = _lesson(extract_with_model(page(HEAD + body, "2024-09-02")))
    assert lesson["date"] == "2024-09-01"
    assert lesson["location"] == "学校田径场"
