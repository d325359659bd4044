"""Speakers: named people who take an active part, with their title chain and roles.

A person mention comes from the NER model (PER) or from rules: a name after a job title
(``…书记王世华主持``), or a name starting a list item or following an organization with a
title word after it (``杨某明副主任、…``, ``市商务局曹某局长``).  Roles are read from trigger
words after the mention, in its clause, the next clause when the first has none, and
further clauses that go on with the same subject (``并…``, ``他指出``); a sentence opening
with 他/她 goes on with the last speaker.  Names joined by 、/和/与 (titles between them
allowed) share the roles found after the last of them; 先后/分别 share a role with every
name listed before it.  ``主持人：…`` labels give 主持 before the name.

A dotted foreign name ends before how the person took part (约翰·史密斯通过视频致辞, 托马斯·巴赫发来视频致辞).

Titles: the chain before the name; a rank after it (教授, also before a Latin name in brackets) joins the chain;
a title word after the name with an organization before it gives title and organization; representative labels
(职工代表, 获奖教师, also glued to the chain: 共建单位代表市第二医院党委副书记) are not titles; a collective phrase
before a post shared by a list (县发改局、城关镇等2个单位主要负责人甲、乙) leaves the post as the title, the units listed being the organizations respectively.

Not speakers: people whose remarks are relayed (传达…, 学习了…), names used as modifiers
(…新时代…思想), acts announced for the future (我们将…), recipients (为/向/给/授予 before the
name, across a 、-list), people quoting to the press, and the page's reporters, editors and
authors (a journalist titled by an outlet who acts at the meeting is one: 江城日报记者周婷作交流发言).  Nor are the people of a planned meeting (定于…召开…。会议由某某主持; not one acting at a held
meeting before a plan: 在会上宣布将于…举办…) or of a notice's agenda lines (三、主持人：…; a live report's time
lines tell acts done), acts told as a habit or a series (曾多次在…会议上作报告, 主持召开…会议20余次),
remarks made on a tour told before any meeting (来到某某港视察。某某指出…), remarks quoted as a saying or
a teaching (正如毛泽东同志所指出的, 习近平总书记深刻指出) or told as made before (曾指出, 此前在反馈会上指出),
recipients reacting to their honour (获奖教师李某表示…), participants telling what the event meant to them
(参加活动的林某表示, 此次沙龙让他…), nor the one named before an organization's address
(…出席会议，市城管局作典型发言, 市财政局在会上作交流发言), nor a person a venue is named after (邵逸夫堂, 李兆基会议厅).
A photo caption (图为王建国讲话) and the lead line of a speech printed in full (以下为…在酒会的致辞全文：, …的演辭：)
tell an address given.

In a text that reports no meeting, bare remarks (某某说/表示) with no address or occasion named
are press quotes, and a spokesperson's statement counts only at a press conference; written
words (贺信, 唁电, 声明) are no address. On any page, a message, statement or broadcast address issued (发表新年献词,
发表新年文告, 通过电视台发表…, 发表声明) and the words told in it or going on from it are no address either, nor the
words of one told as writing to the meeting (甲、乙致信会议), unless a meeting is named before it in its clause.
In a text that reports one, a bare remark dated with a day of its own right after the name (某国总理某某4日说,
某某当天也表示) is a statement of that day, not words at the meeting, unless a sentence
naming the person places it at an occasion (某某是在会见…时作上述表示的).

Known limitations: one person written two ways (with and without a compound surname) is two
speakers; remarks with 强调/要求 count as a speech even with no meeting in the text; an
organization elided in a chain is kept as written; 提出 gives 讲话 only after 他/她 (李某提出，要…
after a name gives no role); remarks placed at an earlier meeting only by a time word (在上周召开的…会议上指出,
no 曾/此前) still count, as a late report of the text's own meeting is written the same way; a transliterated name
of two characters is read only after a title somewhere in the text (俄罗斯总统普京, then 普京总统说) or before a
head's post opening a clause (普京总统表示), not before other posts; the rules read a Japanese name only where its
family name is listed (models/lexicons/east_asian_surnames.txt) and opens with a Chinese surname that reads no
Chinese name there, with Japan named before it in the sentence (山本健一, not 中村一郎: that is left to the model),
or a family name of three characters whatever its first character (小野寺健一); a given name ending in 也 keeps it
(山本哲也、…, 山本哲也在会上致辞) only where it has one character before 也 (山本也 reads 也 as "also"), and no Korean name whose
family name is no Chinese surname (南相勋); a dotted name that opens with neither a surname
nor a transliteration character is read only before a stop word (买买提·吐尔逊作交流发言, not …通过视频发言); a Tibetan,
Uyghur, Yi or Mongolian name with no Chinese surname is read by the rules only when its syllables are listed
(``_MINORITY_SYLLABLES``), and with no title before it only opening a clause right before its act (沙马拉铁反映，…).

The package, by module (each imports only from patterns, and extractor from all of them):

- ``patterns``: patterns, word lists and clause helpers that several of the readings below share;
- ``mentions``: person mentions read by the model and by rules, and the checks on them (:class:`SpeakerMentions`);
- ``titles``: title chains before a name, people referred to by surname and post (:class:`SpeakerTitles`);
- ``exclusions``: people who take no part at the meeting (press quotes, tours, courtesies) (:class:`SpeakerExclusions`);
- ``roles``: roles read from the clauses after a name (:class:`SpeakerRoles`);
- ``families``: the families of readings of the sentence loop and the one scan of a sentence that tells which of them
  may read anything there (:class:`SentenceFamilies`);
- ``extractor``: :class:`SpeakerExtractor` (built on the classes above): its set-up and the flow of ``__call__``.
"""

from pipeline.extract.speakers.extractor import SpeakerExtractor

__all__ = ["SpeakerExtractor"]
