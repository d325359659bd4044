"""Speaker and meeting shapes on village and township grassroots pages (村两委, 驻村第一书记, 乡贤, 分红, 表彰): village and township grassroots pages (村两委, 驻村第一书记, 乡贤, 分红, 表彰).

Found on invented pages of the register:
- a dispatched cadre's post (县财政局派驻干部, 驻村干部) ended no title chain, so the chain and, in a comma list
  (…派驻干部黄某，…派驻干部吴某等6人先后交流发言), the second name were lost (GUIDELINES §4 title);
- a plan presented with a bare noun (对方案作了说明) was read as 讲话, not 作报告 like 就草案作说明 (§4 thirteenth round);
- a worthy's label opening a chain (旅外乡贤、…董事长, 乡贤、退休教师) was kept in the title, though it is a label like
  校友 (§4 thirteenth round, labels);
- the model cut a three-character name before 来说 (张春来说：“…”), giving a false name and losing the reaction
  reading after the training had ended (§4 twelfth round);
- a topical lecture given 会上 at a meeting of another kind (a payout rally) was no record of its own, though a party
  lecture so given is (§3 twelfth round); one given at a training or study meeting stays a part of it.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers

DAY = "4月19日，"

TITLE_ROWS = [
    # (text, name, title)
    ("驻村第一书记、市住建局派驻干部杨帆在会上发言。", "杨帆", "驻村第一书记、市住建局派驻干部"),
    ("县财政局派驻干部黄志远交流发言。", "黄志远", "县财政局派驻干部"),
    ("镇驻村干部刘强作表态发言。", "刘强", "镇驻村干部"),
    ("省农业农村厅挂职干部周敏作交流发言。", "周敏", "省农业农村厅挂职干部"),
    ("旅外乡贤、深圳市恒达实业有限公司董事长周海波致辞。", "周海波", "深圳市恒达实业有限公司董事长"),
    ("乡贤、退休教师曾庆华发言。", "曾庆华", "退休教师"),
    ("在外乡贤、江城商会会长何伟明发言。", "何伟明", "江城商会会长"),
    # negative: a body named after worthies is part of the post, not a label
    ("镇乡贤理事会会长曾庆华发言。", "曾庆华", "镇乡贤理事会会长"),
    ("乡贤理事会会长、退休教师曾庆华发言。", "曾庆华", "乡贤理事会会长、退休教师"),
]


@pytest.mark.parametrize(("sentence", "name", "title"), TITLE_ROWS)
def test_title_chain(extract, sentence, name, title):
    r = extract(page(DAY + "青石镇召开乡村振兴工作座谈会。" + sentence))
    assert speakers(r)[name][0] == title


def test_comma_list_of_dispatched_cadres(extract):
    r = extract(page("6月13日下午，县驻村第一书记工作座谈会在县委党校召开。座谈会上，东坑村第一书记、县财政局派驻干部"
                     "黄志远，石门村第一书记、县农业农村局派驻干部吴婷婷等6人先后交流发言。"))
    got = speakers(r)
    assert got["黄志远"] == ("东坑村第一书记、县财政局派驻干部", ("发言",))
    assert got["吴婷婷"] == ("石门村第一书记、县农业农村局派驻干部", ("发言",))


PLAN_ROWS = [
    # (clause, role)
    ("驻村第一书记杨帆对方案作了说明。", "作报告"),
    ("县财政局局长王强就草案作了说明。", "作报告"),
    ("村委会主任杨帆对分配方案作说明。", "作报告"),
    ("县财政局局长王强对预算作了说明。", "作报告"),
    # negative: an answer to questions is no bill presented
    ("县财政局局长王强对群众关心的问题作了说明。", "讲话"),
    ("县财政局局长王强对大家提出的疑问作了说明。", "讲话"),
]


@pytest.mark.parametrize(("clause", "role"), PLAN_ROWS)
def test_plan_presented(extract, clause, role):
    r = extract(page("近日，红旗村召开村民代表大会，村党支部书记李国栋主持。" + clause))
    roles = {n: v[1] for n, v in speakers(r).items()}
    assert [n for n, rs in roles.items() if role in rs and n != "李国栋"]


NAME_LAI_ROWS = [
    # (text, speakers expected other than the host)
    ("会上，种植户代表张春来说：“专家讲得很实在。”", {"张春来"}),
    ("会上，村民代表王春来说：“这笔钱来得及时。”", {"王春来"}),
    # negative: after the training has ended the farmer's words are a reaction
    ("培训结束后，种植户张春来说：“专家讲得很实在。”", set()),
    # negative: 对…来说, "as for", names no speaker
    ("对张春来说：这是第一次参加培训。", set()),
]


@pytest.mark.parametrize(("clause", "expected"), NAME_LAI_ROWS)
def test_name_before_laishuo(extract_with_model, clause, expected):
    r = extract_with_model(page("7月3日，村两委举办了夏季农业技术培训会。驻村第一书记何静主持培训会。" + clause))
    got = set(speakers(r)) - {"何静"}
    assert got == expected


LECTURE_ROWS = [
    # (text, lecture name or None)
    ("龙潭乡召开2024年产业扶持资金发放大会。乡长邓丽主持大会。会上，乡农业服务中心主任谢强还就中药材种植技术作了专题讲座。",
     "专题讲座"),
    ("县农业农村局召开春耕生产工作推进会。局长邓丽主持。会上，县农技站站长谢强作了水稻集中育秧技术专题讲座。",
     "水稻集中育秧技术专题讲座"),
    ("县妇联召开表彰大会。主席邓丽主持。会上，律师谢强作了婚姻家庭法律知识专题讲座。", "婚姻家庭法律知识专题讲座"),
    # negative: at a training or study meeting the lecture is its programme
    ("县农业农村局召开春耕生产培训会。局长邓丽主持。会上，县农技站站长谢强作了水稻集中育秧技术专题讲座。", None),
    ("镇党委召开理论学习中心组学习会。书记邓丽主持。会上，党校教授谢强作了专题讲座。", None),
    # negative: a report at a work meeting is the speaker's report to it, no lecture of its own (fxak)
    ("县委召开全县经济工作会议。书记邓丽主持。会上，县委副书记谢强作了学术报告。", None),
    # negative: a lecture asked for is none given
    ("县农业农村局召开春耕生产工作推进会。局长邓丽主持。会上，县农技站站长谢强要求作好专题讲座。", None),
]


@pytest.mark.parametrize(("body", "lecture"), LECTURE_ROWS)
def test_lecture_at_meeting_of_another_kind(extract, body, lecture):
    r = extract(page(DAY + body))
    names = [n for n, _d, _o in held(r)]
    if lecture is None:
        assert len(names) == 1 and "讲座" not in names[0]
    else:
        assert len(names) == 2 and names[1] == lecture
        assert held(r)[1][1] == "2024-04-19"
