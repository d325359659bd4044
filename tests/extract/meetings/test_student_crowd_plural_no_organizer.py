"""Students or any crowd written in the plural (`学生们`, `同学们`) or after an attribute (`即将毕业的学生们`) who hold a
meeting are people, like `全体师生` and the thirty-eighth round's `即将毕业的研究生`: organizer `null` (GUIDELINES §3
organizer, thirty-ninth review round, 7 December 2026, ninth stop). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import organizers, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，即将毕业的学生们召开了座谈会。", [("座谈会", None)]),
        ("5月6日，学生们召开了座谈会。", [("座谈会", None)]),
        ("5月6日，即将毕业的同学们召开了座谈会。", [("座谈会", None)]),
        ("5月6日，退休的老教师们举行了联谊会。", [("联谊会", None)]),
        ("5月6日，即将毕业的研究生们召开了座谈会。", [("座谈会", None)]),
        # near misses, unchanged: bodies of students or of a crowd's kind hold their meetings
        ("5月6日，市学生联合会召开了座谈会。", [("座谈会", "市学生联合会")]),
        ("5月6日，市青年联合会召开了座谈会。", [("座谈会", "市青年联合会")]),
        ("5月6日，江城中学召开了座谈会。", [("座谈会", "江城中学")]),
    ],
)
def test_crowd_plural_holds_no_organizer(extract_with_model, body: str, expected: list) -> None:
    assert organizers(extract_with_model(page(body))) == expected
