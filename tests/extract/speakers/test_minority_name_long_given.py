"""A minority name syllable right after a title, then a given part of two or three characters the syllable list does not
hold, then the person's own speech act (技师巴图孟和作交流发言, 副主席阿不都热依木讲话): the whole run is the name, not the
three characters the surname reading or the model keep (GUIDELINES §4, thirty-first review round, first stop of
7 December 2026). Invented sentences; near misses where an adverb, 同志, 代表 or a joint follows a name of syllables."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

HEAD = "5月8日，全旗劳动模范表彰大会召开。"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("会上，劳模代表、炼钢厂高级技师巴图孟和作交流发言。", "巴图孟和"),
        ("会上，嘎查党支部书记乌力吉孟和发言。", "乌力吉孟和"),
        ("座谈会上，自治区政协副主席阿不都热依木讲话。", "阿不都热依木"),
        ("会议由旗委副书记额尔敦巴雅尔主持。", "额尔敦巴雅尔"),
        ("會上，技師巴圖孟和作交流發言。", "巴图孟和"),
        ("会上，旗委书记额尔敦毕力格作动员讲话。", "额尔敦毕力格"),
        # near misses: the name is the syllable run alone, or a Han name ending in 和
        ("会上，合作社理事长巴特尔首先发言。", "巴特尔"),
        ("会上，合作社理事长巴特尔同志讲话。", "巴特尔"),
        ("会上，合作社理事长巴特尔代表企业发言。", "巴特尔"),
        ("会上，村党支部书记次仁还作了表态发言。", "次仁"),
        ("会上，县委书记王春和作报告。", "王春和"),
    ],
)
def test_a_minority_name_is_read_whole_before_its_act(extract_with_model, body: str, name: str) -> None:
    found = speakers(extract_with_model(page(HEAD + body)))
    assert name in found
    assert not any(other != name and (other.startswith(name) or name.startswith(other)) for other in found)
