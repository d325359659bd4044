"""Speaker shapes: two speaker rules of the twenty-second round that fired on near misses.

Found by the review's invented sentences and more phrasings run through the rules alone:

- A past year's rite chaired 由X主持 takes no 主持 (GUIDELINES §4, twenty-second round), but the year word was taken
  from anywhere in the 24 characters before 由: ``去年开工建设的江城大桥通车仪式由副县长李强主持`` (a bridge begun last
  year, today's opening rite) and ``与去年相比规模更大的今年闭幕式由…主持`` (a comparison, this year's rite) lost 主持.
  Now the year word must qualify the rite: not inside a comparison, no 今年/本届 after it, and a 的 after it only
  when what it closes is an event or its holding (去年运动会的闭幕式, 去年12月举行的闭幕式), not another verb.
- 王芳总结了学院本年度教学工作 is 作报告 (§4 seventeenth and twenty-second rounds), but ``全年级工作`` (a grade's work) and
  ``今年工作经验`` (lessons, which the rule's own comment excludes) were read as a year's work.

Every row is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_CHAIR = {"李强": ("副县长", ("主持",))}


# §4 twenty-second round: only a rite of a past year or edition loses its chair; a year word qualifying something else
# (a bridge begun last year, a comparison with last year) leaves this rite's chair 主持.
@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，去年开工建设的江城大桥通车仪式由副县长李强主持。", _CHAIR),
    ("5月6日，去年開工建設的江城大橋通車儀式由副縣長李強主持。", _CHAIR),  # (Traditional is read as Simplified)
    ("5月6日，运动会闭幕。与去年相比规模更大的今年闭幕式由副县长李强主持。", _CHAIR),
    ("5月6日，前年立项的县体育馆启用仪式由副县长李强主持。", _CHAIR),
    ("5月6日，运动会闭幕。比去年更加隆重的闭幕式由副县长李强主持。", _CHAIR),
    ("5月6日，运动会闭幕。去年以来筹备的今年闭幕式由副县长李强主持。", _CHAIR),
    # NEGATIVE (kept from today): the year word qualifies the rite itself, so its chair takes no 主持
    ("5月6日，运动会闭幕。去年的闭幕式由副县长李强主持。", {}),
    ("5月6日，運動會閉幕。去年的閉幕式由副縣長李強主持。", {}),
    ("5月6日，县体育局召开筹备会。去年12月举行的运动会闭幕式由副县长李强主持。", {}),
    ("5月6日，县体育局召开筹备会。去年运动会的闭幕式由副县长李强主持。", {}),
    ("5月6日，县体育局召开筹备会。上届运动会开幕式由副县长李强主持。", {}),
    ("5月6日，县体育局召开筹备会。去年的运动会的闭幕式由副县长李强主持。", {}),
])
def test_past_rite_chair_only_when_the_year_is_the_rites(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# §4 seventeenth and twenty-second rounds: a year's work summed up is 作报告; a grade's work or lessons are not.
@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，学校召开期中总结会。年级组长王芳总结了全年级工作。", {}),
    ("5月6日，學校召開期中總結會。年級組長王芳總結了全年級工作。", {}),
    ("5月6日，学院召开座谈会。院长王芳总结了今年工作经验。", {}),
    ("5月6日，学院召开座谈会。院长王芳总结了本年度工作的经验。", {}),
    ("5月6日，学校召开座谈会。年级组长王芳总结了本年级教学工作。", {}),
    # NEGATIVE (kept from today): the year's work summed up stays 作报告
    ("5月6日，学院召开年终总结大会。院长王芳总结了学院本年度教学工作。", {"王芳": ("院长", ("作报告",))}),
    ("5月6日，学院召开年终总结大会。院长王芳总结了全年工作。", {"王芳": ("院长", ("作报告",))}),
    ("5月6日，学院召开年终总结大会。院长王芳总结了全年教学工作经过。", {"王芳": ("院长", ("作报告",))}),
])
def test_summed_up_year_is_a_years_work(extract, body, expected):
    assert speakers(extract(page(body))) == expected
