"""Speaker, award and meeting shapes of dateline reporters, sub-forums and remark verbs: a dateline reporter set off by a space stays a reporter when the story's first clause holds
someone else's act (本报讯 记者王强 县委书记李明今天主持召开常委会), and the story's first words are no second name;
an honour commended under its own title after a prize's winners with the same count is a conferral of its own
(为10名五一劳动奖章获得者颁奖，表彰了10名金牌工人), only a plain description restating them is dropped; a count of
several listed sub-forums stays on a part only when the clause stating the count names it (共吸引500余人参加，其中创新
分论坛最受关注: none of them).  Invented sentences; GUIDELINES §2 (bylines), §3 (attendee count: the number of the
people attending that meeting), §4 (journalists taking part), §5 (one record per conferral)."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers


def _page(body: str) -> str:
    return f"标题\n2024-05-10 来源：某网\n{body}\n"


@pytest.mark.parametrize(
    ("body", "reporters", "expected"),
    [
        ("本报讯 记者王强 县委书记李明今天主持召开常委会。", ["王强"], {"李明": ("县委书记", ("主持",))}),
        ("本报讯 记者王强 市长李明今天主持召开市政府常务会议。", ["王强"], {"李明": ("市长", ("主持",))}),
        ("本报讯 记者王强　县长李明今天主持召开县政府常务会议。", ["王强"], {"李明": ("县长", ("主持",))}),
        ("江城日报讯 记者 周婷 市委书记王建国今天主持召开常委会议。", ["周婷"], {"王建国": ("市委书记", ("主持",))}),
        ("本报讯 记者王强 李四 县委书记李明今天主持召开常委会。", ["王强", "李四"], {"李明": ("县委书记", ("主持",))}),
        # the byline's own words after the last name are no story
        ("本报讯（记者王强、李四、张三丰报道）5月10日，县委召开常委会。", ["王强", "李四", "张三丰"], {}),
        ("本报讯 记者王强 欧阳明摄 5月10日，县委召开常委会。", ["王强", "欧阳明"], {}),
        ("本报讯 记者 王强 周婷 5月10日，县委书记李明主持召开常委会。", ["王强", "周婷"], {"李明": ("县委书记", ("主持",))}),
        # NEGATIVE: journalists taking part in the meeting are no byline, as before
        ("5月10日，市委宣传部召开座谈会。江城日报记者周婷、市广播电视台主持人高远先后发言。", [],
         {"周婷": ("江城日报记者", ("发言",)), "高远": ("市广播电视台主持人", ("发言",))}),
        ("5月10日，市委宣传部召开座谈会。江城日报记者周婷在会上作交流发言。", [], {"周婷": ("江城日报记者", ("发言",))}),
    ],
)
def test_dateline_reporter_beside_someone_elses_act(extract, body: str, reporters: list, expected: dict) -> None:
    record = extract(_page(body))
    assert record["reporters"] == reporters
    assert speakers(record) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月8日，大会为10名五一劳动奖章获得者颁奖，表彰了10名金牌工人。",
         [("五一劳动奖章", 10, "名", "person"), ("金牌工人", 10, "名", "person")]),
        ("市总工会举行五一劳动奖章颁奖大会，表彰了20名十佳职工。今年五一劳动奖章获得者共20名。",
         [("十佳职工", 20, "名", "person"), ("五一劳动奖章", 20, "名", "person")]),
        ("市卫健委为12名白求恩奖章获得者颁奖，表彰了12名最美医生。",
         [("白求恩奖章", 12, "名", "person"), ("最美医生", 12, "名", "person")]),
        ("市政府举行青年五四奖章颁奖仪式，表彰了20名“优秀青年”。今年青年五四奖章获得者共20名。",
         [("优秀青年", 20, "名", "person"), ("青年五四奖章", 20, "名", "person")]),
        # NEGATIVE: a plain description of the prize's winners restates them (one conferral)
        ("市政府举行青年五四奖章颁奖仪式，表彰了20名优秀青年。今年青年五四奖章获得者共20名。",
         [("青年五四奖章", 20, "名", "person")]),
        ("本届师铎奖得主共45位，教育部长亲自表扬45位优良教师。", [("师铎奖", 45, "位", "person")]),
        ("教育局举行园丁奖颁奖典礼，表彰了30名优秀教师。今年园丁奖获得者共30名。", [("园丁奖", 30, "名", "person")]),
    ],
)
def test_an_honour_titled_after_a_prizes_winners(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


def _counted(record: dict) -> list[tuple[str, int | None]]:
    return [(m["name"], m["attendee_count"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月8日，我市举办了创新、人才、金融三场分论坛，共吸引500余人参加，其中创新分论坛最受关注。",
         [("创新分论坛", None), ("人才分论坛", None), ("金融分论坛", None)]),
        ("5月8日，我市举办了创新、人才两场分论坛，共有800余人参会，人才分论坛由副市长王强主持。",
         [("创新分论坛", None), ("人才分论坛", None)]),
        # NEGATIVE: the part named in the clause that counts is the one counted; with no part named after the list
        # the count stays with each, as before (test_sub_forum_counts_and_later_sitting_chairs)
        ("5月8日，我市举办了创新、人才、金融三场分论坛，共吸引500余人参加。",
         [("创新分论坛", 500), ("人才分论坛", 500), ("金融分论坛", 500)]),
        ("5月8日，我市举办了创新、人才、金融三场分论坛，200多名企业代表参加了创新分论坛。",
         [("创新分论坛", 200), ("人才分论坛", None), ("金融分论坛", None)]),
        ("5月8日，我市举办了创新、人才两场分论坛，其中创新分论坛吸引300余人参加。",
         [("创新分论坛", 300), ("人才分论坛", None)]),
    ],
)
def test_a_count_over_listed_sub_forums(extract, body: str, expected: list) -> None:
    assert _counted(extract(page(body))) == expected


def test_remark_verbs_are_soft_speech_verbs() -> None:
    """The verbs of a remark told after a meeting (_REMARK_VERBS) are a part of the soft speech verbs, not a list of
    their own."""
    from pipeline.extract.speakers.patterns import _REMARK_VERBS, _SOFT_SPEECH_VERBS

    assert set(_REMARK_VERBS) <= _SOFT_SPEECH_VERBS


@pytest.mark.parametrize(
    ("text", "word"),
    [("国务院总理李强出席", "李强"), ("县委书记王明主持", "王明"), ("董事长张三致辞", "张三"), ("市政府召开会议", "市政府"),
     ("王明同志主持", "王明"), ("省长王明、副省长李四", "李四")],
)
def test_after_post_reads_as_the_post_pattern(text: str, word: str) -> None:
    """_after_post finds what a search of the posts of _POST_WORDS right before the word finds."""
    import re

    from pipeline.extract.meetings.organizers import _POST_WORDS, _after_post

    expected = re.search("(?:" + "|".join(_POST_WORDS) + ")" + re.escape(word), text) is not None
    assert _after_post(text, word) is expected
