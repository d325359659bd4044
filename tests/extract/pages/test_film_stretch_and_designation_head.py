"""Speaker and award shapes: wrong firings of the speaker rules and a designation's bare head.

Found on invented review pages:
- W1: the stretch of a film shown at the meeting (片中，…) ran to the end of the sentence, and any word ending in 片
  (芯片, 照片) opened one, so the leaders who spoke at the meeting after the film's clause lost their roles. Only the
  people on the film are no speakers (GUIDELINES §4 twentieth round): the stretch ends at a clause that returns to the
  meeting (随后, 会议由, 在会上, 作…讲话), and a film is named by a film noun or a bare 片 opening the clause.
- W6: one who led or coached the winners (带领球队夺得冠军的主教练李强说) was read as a winner whose words are joy; the
  prize is the team's, and his words at the meeting keep 讲话 (§4 twentieth round: winners' words of joy).
- C7: a person's designation with its level and a bare head (为10名市级技能大师颁发证书) gave no award; it is the
  designation conferred, its level word dropped (§5 tenth and thirteenth rounds).
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers


def _roles(record: dict) -> dict[str, tuple[str, ...]]:
    return {name: roles for name, (_, roles) in speakers(record).items()}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the meeting's own people after the film's clause
        ("会议观看了警示教育片，片中，原局长刘某的忏悔令人警醒，随后市纪委书记王建国作了讲话。", {"王建国": ("讲话",)}),
        ("全体人员观看了专题片，片中，多名落马干部现身说法，会议由市纪委副书记张立主持，市纪委书记王建国作总结讲话。",
         {"张立": ("主持",), "王建国": ("讲话",)}),
        ("在警示片中，原局长刘某讲述了自己的堕落过程，市委书记王建国在会上强调，要引以为戒。", {"王建国": ("讲话",)}),
        # a word ending in 片 that names no film
        ("在芯片中，国产化率不断提高，市科技局局长王建国在会上表示，要加大投入。", {"王建国": ("讲话",)}),
        ("在照片中，老厂房依稀可见，区长李明在会上指出，要保护工业遗产。", {"李明": ("讲话",)}),
        # the people on the film stay no speakers
        ("会议观看了警示教育片，片中，原局长刘某在忏悔时说，自己辜负了组织的培养。", {}),
        ("在警示教育片《迷途》中，原副县长张某哭着说，后悔莫及。", {}),
        ("会议观看了专题片，片中，原局长刘某表示，自己放松了学习，他还说，悔之晚矣。", {}),
        ("在纪录片中，老支书李大山说，当年修路全靠乡亲们。", {}),
        ("会上播放了专题片。片中，原处长孙某坦言，是贪欲害了自己。", {}),
        ("会议播放了警示教育片《迷途》。在该片中，原县长赵某说，自己忘记了初心。", {}),
        ("会议观看了专题片，在片中，原局长刘某说，是侥幸心理害了自己，随后，市委书记王建国作了讲话。",
         {"王建国": ("讲话",)}),
    ],
)
def test_film_stretch_ends_with_its_clause(extract, body, expected):
    assert _roles(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the one who led or coached the winners speaks at the meeting
        ("市体育局召开总结会。带领球队夺得冠军的主教练李强说，今年要再创佳绩。", {"李强": ("讲话",)}),
        ("全市教育工作会议召开。指导学生获得一等奖的市实验中学校长王芳说，要继续加强科技教育。", {"王芳": ("讲话",)}),
        ("县文旅局召开座谈会。率领代表队荣获金奖的县文化馆馆长张明表示，要总结经验。", {"张明": ("讲话",)}),
        ("全县教育工作会议召开。辅导学生荣获一等奖的县一中校长刘伟表示，要培养更多创新人才。", {"刘伟": ("讲话",)}),
        # the winners themselves, their words of joy: no role
        ("颁奖仪式在市体育馆举行。获得一等奖的退休教师马秀兰激动地说，没想到能获奖。", {}),
        ("颁奖仪式在市体育馆举行。夺得女子组冠军的罗某说，这是对自己的鼓励。", {}),
        ("颁奖仪式在市体育馆举行。在教练带领下夺得冠军的运动员罗某激动地说，非常高兴。", {}),
        ("颁奖仪式在市体育馆举行。荣获一等奖的县一中校长刘伟激动地说，非常荣幸。", {}),
    ],
)
def test_leader_of_winners_keeps_address(extract, body, expected):
    assert _roles(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会上，市人社局为10名市级技能大师颁发证书。", [("技能大师", 10, "名", "person")]),
        ("会上，为10名市级首席技能大师颁发牌匾。", [("首席技能大师", 10, "名", "person")]),
        ("会上，为8名新认定的省级工匠颁发证书。", [("工匠", 8, "名", "person")]),
        ("会上，为12名市级名师颁发荣誉证书。", [("名师", 12, "名", "person")]),
        # no level word: the holders' noun, maybe a training's certificate
        ("会上，为10名技能大师颁发证书。", []),
        ("会上，为15名传承人颁发证书。", []),
    ],
)
def test_designation_head_alone(extract, body, expected):
    assert honours(extract(page(body))) == expected
