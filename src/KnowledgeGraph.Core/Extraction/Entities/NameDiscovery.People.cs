using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>People read from a first name the list knows, and how far their name runs (father's name, family name, compounds).</summary>
internal sealed partial class NameDiscovery
{
    private void DiscoverPeopleByFirstName()
    {
        for (var i = 0; i < _tokens.Count - 1; i++)
        {
            // "وسارة المطيري": a first name with the conjunction attached (وليد, وائل are first names whole and match first).
            var conjunction = 0;
            if (!Free(i) || _tokens[i].Kind != TokenKind.Arabic)
            {
                continue;
            }

            if (!IsFirstName(i, out var ambiguous))
            {
                if (!(_tokens[i].Norm.Length > 3 && _tokens[i].Norm[0] == 'و' && lexicons.FirstNames.Contains(_tokens[i].Norm[1..], out ambiguous)))
                {
                    continue;
                }

                conjunction = 1;
            }

            // "هلال بن ناصر": a first name that is also a word is a name when بن/بنت follows it.
            var patronym = _tokens[i + 1].Norm is "بن" or "بنت" or "ابن";
            var comma = i + 2 + (i + 2 < _tokens.Count && _tokens[i + 2].Norm is "الله" or "الدين" ? 1 : 0);
            // "كريم حسين، الذي يشغل ...": a relative pronoun after the comma speaks of a person; "على يد كريم حجازي": by the hand of.
            // ("مع عمر الخصاونة الذي يتولى": the masculine pronoun may follow the family name with no comma; التي there more often
            // follows an adjective and its noun, "عالية السرعة التي".)
            var who = comma + 1 < _tokens.Count && (_tokens[comma].Norm is "،" or "," && _tokens[comma + 1].Norm is "الذي" or "التي"
                || _tokens[comma].Norm == "الذي" && IsArticleSurname(i + 1));
            var byHand = i >= 2 && _tokens[i - 1].Norm == "يد" && _tokens[i - 2].Norm is "علي" or "على";
            // "سيف حمد الظاهري": an ambiguous first name before a father's name and a family name; "مؤسسها نسيم بلقاسم": after a role.
            // ("كريم عبد الملك": a compound second name.)
            var chain = i + 2 < _tokens.Count && _tokens[i + 1].Kind == TokenKind.Arabic && (lexicons.FirstNames.Contains(_tokens[i + 1].Norm, out _)
                && (IsNisba(i + 2) || IsArticleSurname(i + 2) || FeminineNisba(i + 2)) || _tokens[i + 1].Norm == "عبد" && IsFirstName(i + 1, out _));
            // "على يد إليف قراجة ومراد أيدن": a first name joined by و to a person just read is a second person.
            var coordinated = conjunction == 1 && mentions.Any(m => m.TokenEnd == i && m.Entity.IsPerson);
            if (ambiguous && !patronym && !who && !byHand && !chain && !coordinated && !RoleRightBefore(i) && CueBefore(i) != "person-cue" && !IsNisba(i + 1) && !RoleAfterComma(comma) && !TitleAfterComma(comma))
            {
                continue;
            }

            var end = PersonEnd(i);
            if (end > i + 1)
            {
                Add(i, end, "Person", conjunction);
                i = end - 1;
            }
        }
    }

    // "ويقود الشركة مؤسسها نسيم بلقاسم", "رئيسها التنفيذي آرام حسين": a role word (with its owner's pronoun) right before.
    private bool RoleRightBefore(int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - 3; j--)
        {
            if (!_tokens[j].IsWord)
            {
                return false;
            }

            var hit = CueScanner.Scan(_tokens.GetRange(j, i - j), lexicons.Cues).FirstOrDefault();
            // (A founder noun, not founding itself: "على تأسيسها سوى عامين".)
            if (hit is { Start: 0 } && hit.End == i - j && hit.Categories.Any(c => c.StartsWith("role-", StringComparison.Ordinal) && c != "role-leader"
                || c == "found" && ArabicAffixes.AffixVariants(_tokens[j].Norm).Any(v => v.StartsWith("مؤسس", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    // "سالم الكتبي، الرئيس التنفيذي": a role right after the name and a comma.
    private bool RoleAfterComma(int k) =>
        k + 1 < _tokens.Count && _tokens[k].Norm is "،" or "," && CueScanner.Scan(_tokens.GetRange(k + 1, Math.Min(4, _tokens.Count - k - 1)), lexicons.Cues)
            .FirstOrDefault() is { Start: 0 } hit && hit.Categories.Any(c => c.StartsWith("role-", StringComparison.Ordinal) || c == "found");

    private int PersonEnd(int i)
    {
        // "عبد الله" is one first name; a family name must follow it ("عبد الستار لصحيفة" is a surname and a newspaper).
        if (_tokens[i].Norm == "عبد" && i + 1 < _tokens.Count && IsFirstName(i, out _) && Free(i + 1))
        {
            var family = i + 2;
            return family < _tokens.Count && doc.SentenceOfToken[family] == doc.SentenceOfToken[i]
                && (IsNisba(family) || IsArticleSurname(family) || FeminineNisba(family) || IsFirstName(family, out var familyAmbiguous) && !familyAmbiguous)
                ? PersonEnd(i + 1) : i + 1;
        }

        var end = i + 1;
        while (end < _tokens.Count && end - i < 4 && NameJoiners.Contains(_tokens[end].Norm) && Free(end))
        {
            end++;
        }

        // "يوسف عبد الحكيم", "نورة الخليفة": after a joiner or a first name, a family name may carry the article.
        // ("ليلى الحارثية": a woman's family name of the al-...iya form.)
        if ((NameLikeArabic(end) || IsNisba(end) || (IsArticleSurname(end) || FeminineNisba(end)) && (end > i + 1 || !EndsLikeVerb(i) && !doc.IsCommonWord(i)))
            && doc.SentenceOfToken[end] == doc.SentenceOfToken[i])
        {
            end++;
        }
        else
        {
            return i + 1;
        }

        // "تشوي أون جي، الشريكة": an East Asian given name of two short syllables before a comma.
        if (end - i == 2 && end + 1 < _tokens.Count && ShortSyllables(end - 1) && NameLikeArabic(end) && _tokens[end + 1].Norm is "،" or ","
            && doc.SentenceOfToken[end] == doc.SentenceOfToken[i])
        {
            return end + 1;
        }

        // "نادية فتح الله", "وليد جمال الدين": الله and الدين close a compound name.
        if (end < _tokens.Count && Free(end) && _tokens[end].Norm is "الله" or "الدين" && doc.SentenceOfToken[end] == doc.SentenceOfToken[i])
        {
            end++;
        }

        // "أحمد يحيى الإدريسي": a third name of the "al-...i" form; "طلال بن حمد السيابي", "مريم بنت عبدالله الزدجالية": the
        // family name after a patronym.
        // "نورة يوسف الفارس", "سيف حمد الظاهري": a father's first name, then the family name with its article.
        var fathersName = end - i == 2 && Free(i + 1) && _tokens[i + 1].Kind == TokenKind.Arabic && lexicons.FirstNames.Contains(_tokens[i + 1].Norm, out _);
        var patronym = end - i == 3 && _tokens[i + 1].Norm is "بن" or "بنت" or "ابن";
        if ((end - i == 2 && IsNisba(end) || fathersName && end < _tokens.Count && (IsArticleSurname(end) || FeminineNisba(end))
            || patronym && (IsNisba(end) || IsArticleSurname(end) || FeminineNisba(end)))
            && doc.SentenceOfToken[end] == doc.SentenceOfToken[i])
        {
            end++;
        }
        else if (patronym && end + 1 < _tokens.Count && Free(end) && _tokens[end].Text(doc.Text) == "آل" && NameLikeArabic(end + 1)
            && doc.SentenceOfToken[end + 1] == doc.SentenceOfToken[i])
        {
            // "منصور بن إبراهيم آل محمود": a family name with آل after the patronym.
            end += 2;
        }

        return end;
    }

    // "أدى", "مضى": a short word in alef maqsura is a verb more often than a name.
    private bool EndsLikeVerb(int i) => _tokens[i].Text(doc.Text) is { Length: <= 3 } raw && raw.EndsWith('ى');
}
