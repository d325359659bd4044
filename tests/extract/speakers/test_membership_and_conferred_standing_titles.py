"""A party membership, bare or with a word of age, standing or trade (年轻党员, 预备党员, 90后党员), and a standing conferred
as an honour (荣誉博士, 名誉法学博士, 荣誉院士, 荣誉市民) are labels, no posts: dropped from the title chain wherever they stand,
before or after the post (GUIDELINES §4, thirty-third review round, third stop of 7 December 2026; the party-membership
reading of the eleventh-round bullet on 中共党员). An honorary post held (名誉会长, 名誉教授) stays in the chain. Invented
sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

PARTY_DAY = "5月8日，青山社区党委召开党员大会。"
DEGREES = "2023年11月18日，江城大学举行学位颁授典礼。"


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        (PARTY_DAY + "年轻党员、社区网格员王晓峰发言，谈了学习体会。", "王晓峰", "社区网格员"),
        (PARTY_DAY + "青年党员、社区志愿者协会会长王晓峰作交流发言。", "王晓峰", "社区志愿者协会会长"),
        (PARTY_DAY + "普通党员、退休教师李秋菊发言。", "李秋菊", "退休教师"),
        (PARTY_DAY + "预备党员、村团支部书记赵小川作表态发言。", "赵小川", "村团支部书记"),
        (PARTY_DAY + "90后党员、社区网格员钱多多发言。", "钱多多", "社区网格员"),
        (PARTY_DAY + "社区网格员、年轻党员王晓峰发言。", "王晓峰", "社区网格员"),
        (DEGREES + "荣誉博士、著名建筑师林嘉明代表领受人致辞。", "林嘉明", "建筑师"),
        (DEGREES + "名誉博士、江城集团董事长林嘉明致辞。", "林嘉明", "江城集团董事长"),
        (DEGREES + "荣誉法学博士、资深大律师林嘉明致辞。", "林嘉明", "资深大律师"),
        ("2023年11月18日，江城大學舉行學位頒授典禮。榮譽博士、著名作家林嘉明代表領受人致辭。", "林嘉明", "作家"),
        (DEGREES + "荣誉院士、江城商会会长林嘉明致辞。", "林嘉明", "江城商会会长"),
        (DEGREES + "江城集团董事长、荣誉博士林嘉明致辞。", "林嘉明", "江城集团董事长"),
        (DEGREES + "荣誉市民、江城集团董事长林嘉明致辞。", "林嘉明", "江城集团董事长"),
        # near misses: the label alone gives no title; an honorary post held and a committee post stay as written
        (PARTY_DAY + "年轻党员王晓峰发言。", "王晓峰", None),
        (DEGREES + "荣誉博士林嘉明致辞。", "林嘉明", None),
        (DEGREES + "名誉会长、江城集团董事长林嘉明致辞。", "林嘉明", "名誉会长、江城集团董事长"),
        (DEGREES + "名誉教授、江城集团董事长林嘉明致辞。", "林嘉明", "名誉教授、江城集团董事长"),
        (PARTY_DAY + "社区党委委员、网格员王晓峰发言。", "王晓峰", "社区党委委员、网格员"),
        (PARTY_DAY + "党员代表、社区网格员王晓峰发言。", "王晓峰", "社区网格员"),
    ],
)
def test_a_membership_or_conferred_standing_is_no_part_of_the_title(
        extract_with_model, body: str, name: str, title: str | None) -> None:
    found = speakers(extract_with_model(page(body)))
    assert found[name][0] == title
