"""Speaker names and titles of newspaper copy (invented sentences only).

Found (GUIDELINES §4 name and title, §11 newspaper articles):
- A title opening on a body whose name starts with 对外 (对外贸易经济合作部副部长) lost its 对: the title-prefix strip
  took 对 for the preposition. §4: the title is the chain as written.
- A Japanese given name ending in 也 (山本哲也) was cut before it, as 也 ("also") is a name stop; the next person's title
  then opened on ``也、``. 也 before a list joint or punctuation opens no verb, so it is the name's own.
- A Japanese name with a family name of three characters that opens on no Chinese surname (小野寺健一) was read by
  neither the rules nor the model.
- An officer's noun in 员 after the employing body (地方税务局稽查员) was no title word, so the title was null and, with
  the model on, the person named before in the same 和-list lost the shared role.
- A representative label before an organization with no title word (先进个人代表、…征管科乙) broke the 和-list.
- A dotted name read on into a time word (托尼·韦斯特今晚) took a wrong name, and the title went with it.
- A New Year greeting to those present followed by soft remarks (致以新春的问候，并介绍了…) lost its 致辞 to the 讲话
  of the remarks; §4 tenth round reads the greeting as 致辞.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize("body,name,title", [
    ("对外贸易经济合作部副部长龙永年出席招待会并讲话。", "龙永年", "对外贸易经济合作部副部长"),
    ("座谈会上，对外经济贸易大学校长王立新致辞。", "王立新", "对外经济贸易大学校长"),
    ("会议由对外联络部部长张伟主持。", "张伟", "对外联络部部长"),
    ("对外友协会长李华在会上讲话。", "李华", "对外友协会长"),
    # NEGATIVE: 对 inside a longer name, and 对 the preposition before 外商 (no body), keep today's output
    ("会议由中国对外友好协会副会长王平主持。", "王平", "中国对外友好协会副会长"),
    ("省长对外商代表王明的发言作了点评。", "王明", None),
])
def test_body_opening_on_dui_keeps_it(extract, body, name, title):
    assert speakers(extract(page(body)))[name][0] == title


@pytest.mark.parametrize("body,expected", [
    ("座谈会上，香港建华集团董事长何子明、日本三和电器株式会社驻广州首席代表山本哲也、美国太平洋贸易公司副总裁戴维·克拉克先后发言。",
     {"何子明": "香港建华集团董事长", "山本哲也": "日本三和电器株式会社驻广州首席代表",
      "戴维·克拉克": "美国太平洋贸易公司副总裁"}),
    ("座谈会上，日本丰田公司驻京代表山本哲也、美国通用公司副总裁约翰·史密斯先后发言。",
     {"山本哲也": "日本丰田公司驻京代表", "约翰·史密斯": "美国通用公司副总裁"}),
    ("日本外务大臣小野寺健一今天在例行记者招待会上说，两国关系很重要。", {"小野寺健一": "日本外务大臣"}),
    ("会上，日本经济团体联合会会长小野寺健一致辞。", {"小野寺健一": "日本经济团体联合会会长"}),
    ("日本代表团团长宇都宫一郎在开幕式上致辞。", {"宇都宫一郎": "日本代表团团长"}),
    # 也 after a Japanese given name of one character is the name's own before a verb too (GUIDELINES §4 twenty-second
    # round; these two rows read the cut name before: tests/extract/speakers/test_speaker_past_rites_and_summing_up.py); NEGATIVE: a family name alone before
    # 也 is no name
    ("会上，日本东京大学教授山本健也发言。", {"山本健也": "日本东京大学教授"}),
    ("日本三井物产株式会社社长山本哲也在会上致辞。", {"山本哲也": "日本三井物产株式会社社长"}),
    ("日本驻华使馆参赞田中也出席了会议。", {}),
    # NEGATIVE: a family name of two characters opening on no Chinese surname stays the model's (中村一郎)
    ("日本大阪商会会长中村一郎在会上讲话。", {}),
])
def test_japanese_names(extract, body, expected):
    assert {n: t for n, (t, _) in speakers(extract(page(body))).items()} == expected


@pytest.mark.parametrize("body,expected", [
    ("先进集体代表、北京市海淀区国家税务局局长赵桂芬和先进个人代表、江苏省无锡市地方税务局稽查员李建国在会上发言。",
     {"赵桂芬": ("北京市海淀区国家税务局局长", ("发言",)), "李建国": ("江苏省无锡市地方税务局稽查员", ("发言",))}),
    ("先进集体代表、江城市第一中学校长王丽华和先进个人代表、江城市供电所抄表员李小红在会上发言。",
     {"王丽华": ("江城市第一中学校长", ("发言",)), "李小红": ("江城市供电所抄表员", ("发言",))}),
    # the organization before a name with no title word: the label before it no longer breaks the list
    ("先进集体代表、北京市海淀区国家税务局局长赵桂芬和先进个人代表、江苏省无锡市地方税务局征管科李建国在会上发言。",
     {"赵桂芬": ("北京市海淀区国家税务局局长", ("发言",)), "李建国": (None, ("发言",))}),
    # NEGATIVE: a membership in 员 is no title (§4 tenth round)
    ("会上，市委组织部部长王明和市税务局党员李强先后发言。",
     {"王明": ("市委组织部部长", ("发言",)), "李强": (None, ("发言",))}),
])
def test_officer_in_yuan_after_employer(extract_with_model, body, expected):
    # (with the model: it reads names after a word the lexicon does not list, 抄表员, as on a real page)
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize("body,name,title", [
    ("本报北京１月２６日讯澳大利亚驻华大使托尼·韦斯特今晚在北京举行招待会，庆祝澳大利亚国庆日。"
     "韦斯特大使在招待会上致辞说，近年来两国关系不断发展。", "托尼·韦斯特", "澳大利亚驻华大使"),
    ("新华社北京１月２６日电澳大利亚驻华大使托尼·韦斯特今晚在招待会上致辞。", "托尼·韦斯特", "澳大利亚驻华大使"),
    ("会上，英国驻华大使约翰·布朗上午在开幕式上致辞。", "约翰·布朗", "英国驻华大使"),
    # NEGATIVE: a day word already ended the name
    ("会上，英国驻华大使约翰·布朗今天在开幕式上致辞。", "约翰·布朗", "英国驻华大使"),
])
def test_dotted_name_ends_before_time_word(extract, body, name, title):
    assert speakers(extract(page(body)))[name][0] == title


@pytest.mark.parametrize("body,roles", [
    ("国家民委今天举行离退休老干部迎春茶话会。国家民委主任艾力·买买提向老同志们致以新春的问候，并介绍了一年来民族工作取得的成绩。",
     ("致辞", "讲话")),
    ("市委今天举行老干部迎春茶话会。市委书记王建国向老同志们致以新春的问候，并介绍了一年来全市经济发展取得的成绩。",
     ("致辞", "讲话")),
    ("县政府今天召开迎春座谈会。县长王建国代表县委、县政府向与会人员致以新春的祝福，并介绍了今年的工作打算。",
     ("致辞", "讲话")),
    # NEGATIVE: a greeting in a named speech's clause (eleventh round), a festival greeting (eighteenth round),
    # congratulations (thirteenth round), a greeting with 强调 (a speech word): 讲话 only, as today
    ("市委今天举行老干部迎春茶话会。市委书记王建国出席并讲话，向老同志们致以新春的问候，并介绍了全市经济发展取得的成绩。",
     ("讲话",)),
    ("市委今天举行老干部座谈会。市委书记王建国向老同志们致以节日的问候，并介绍了一年来全市经济发展取得的成绩。", ("讲话",)),
    ("表彰大会今天举行。市长王建国向受表彰的先进集体表示热烈祝贺。王建国表示，成绩来之不易。", ("讲话",)),
    ("市委今天举行老干部迎春茶话会。市委书记王建国向老同志们致以新春的问候，并强调要做好今年工作。", ("讲话",)),
])
def test_new_year_greeting_then_soft_remarks(extract, body, roles):
    people = speakers(extract(page(body)))
    assert len(people) == 1 and next(iter(people.values()))[1] == roles
