using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// The shapes of news writing that say what a new name is: a sector after ل ("نبتة للذكاء الاصطناعي"), an adjective
/// or apposition after a quoted name ("«X» الباريسية", "«X»، الذراع ..."), a title before a person ("المهندسة فلانة
/// الفلانية", "chief executive Jane Roe"), a role after a person ("Jane Roe, X's co-founder") or after a company
/// ("X CEO"), and the tokens that only look like names (datelines, units, "-based").
/// </summary>
internal sealed partial class NameDiscovery
{
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "mw", "gw", "kw", "tw", "mwh", "gwh", "twh", "kwh", "nm", "bn", "tn", "m", "k", "b", "gb", "tb", "pb", "x", "pc", "ms", "km",
    };

    // Between a person's name plus comma and the role that describes them: "Jane Roe, Acme's co-founder and CEO".
    private static readonly HashSet<string> RoleLeadIn = new(StringComparer.Ordinal)
    {
        "'", "’", "s", "the", "a", "an", "its", "their", "former", "and", "senior", "managing", "-", "co",
    };

    private bool IsLatinCorporateWord(int i) =>
        i < _tokens.Count && _tokens[i].Kind == TokenKind.Latin && lexicons.Words.IsWord("latin-corporate-suffix", _tokens[i].Norm);

    // "30MW", "5nm", "10bn": a number with its unit, never a name.
    private bool IsNumberWithUnit(string raw)
    {
        if (raw.Length == 0 || !char.IsAsciiDigit(raw[0]))
        {
            return false;
        }

        var letters = new string(raw.SkipWhile(c => char.IsAsciiDigit(c) || c is '.' or ',').ToArray()).ToLowerInvariant();
        return letters.Length == 0 || Units.Contains(letters);
    }

    // "SAN FRANCISCO", "TORONTO/SAN FRANCISCO": a short capitals word beside a longer one is a dateline.
    private bool IsInCapitalsRun(int i)
    {
        bool Caps(int k) => k >= 0 && k < _tokens.Count && _tokens[k].Kind == TokenKind.Latin && _tokens[k].Length >= 5
            && _tokens[k].Text(doc.Text).All(c => !char.IsLower(c));

        var prev = i - 1 >= 0 && _tokens[i - 1].Norm == "/" ? i - 2 : i - 1;
        var next = i + 1 < _tokens.Count && _tokens[i + 1].Norm == "/" ? i + 2 : i + 1;
        return Caps(prev) || Caps(next);
    }

    private static bool IsPlaceAdjective(string raw) =>
        raw.EndsWith("-based", StringComparison.OrdinalIgnoreCase) || raw.EndsWith("-headquartered", StringComparison.OrdinalIgnoreCase);

    /// <summary>The end of a sector phrase after ل that starts at token <paramref name="k"/> ("للحوسبة", "لأشباه الموصلات"), or -1.</summary>
    private int SectorEnd(int k)
    {
        if (!Free(k) || _tokens[k].Kind != TokenKind.Arabic)
        {
            return -1;
        }

        var norm = _tokens[k].Norm;
        var bare = norm.StartsWith("لل", StringComparison.Ordinal) ? norm[2..] : norm.StartsWith('ل') ? norm[1..] : "";
        if (bare.Length < 3)
        {
            return -1;
        }

        // Each form on its own: "حوسبة" is also a common word, and its entry must not hide "الحوسبة" the sector.
        foreach (var form in (string[])[bare, "ال" + bare])
        {
            var (length, values, _) = lexicons.Words.Trie.Longest([form], n => Free(k + n) ? _tokens[k + n].Norm : null);
            if (length > 0 && values is not null && values.Contains("arabic-sector"))
            {
                return k + length;
            }
        }

        return -1;
    }

    // "«X» الأمريكية", "«X» الناشئة": a feminine adjective of origin right after a quoted name agrees with شركة.
    private bool IsFeminineNisba(int k) =>
        k < _tokens.Count && _tokens[k].Kind == TokenKind.Arabic && _tokens[k].Norm.Length >= 6 && _tokens[k].Norm.StartsWith("ال", StringComparison.Ordinal)
        && (_tokens[k].Norm.EndsWith("يه", StringComparison.Ordinal) || _tokens[k].Norm == "الناشئه");

    // «X»، الذراع الاستثمارية / «X»، شركة ...: an apposition after the comma.
    private bool ArabicCompanyApposition(int k)
    {
        var comma = k < _tokens.Count && _tokens[k].Norm is "،" or ",";
        var j = comma ? k + 1 : k;
        return j < _tokens.Count && _tokens[j].Kind == TokenKind.Arabic
            && (comma || _tokens[j].Norm is "ومقرها" or "مقرها" or "الناشئه")
            && Variants(j).Any(v => lexicons.Words.IsWord("arabic-company-apposition", v));
    }

    private IEnumerable<string> Variants(int j) => ArabicAffixes.PrefixVariants(_tokens[j].Norm);

    // "Al-" family names that are no adjective of origin: الدمرداش، الخليفة، الحكيم.
    private bool IsArticleSurname(int i) =>
        Free(i) && _tokens[i].Kind == TokenKind.Arabic && _tokens[i].Norm.Length >= 5 && _tokens[i].Norm.StartsWith("ال", StringComparison.Ordinal)
        && !_tokens[i].Norm.EndsWith("يه", StringComparison.Ordinal) && !IsCommon(_tokens[i].Norm) && !doc.IsCommonWord(i)
        && !lexicons.Cues.Categories.Any(c => doc.IsCueWord(c, i));

    // "المهندسة هبة الدمرداش", "المهندس المغربي ياسين بنكيران": a title (and an adjective of origin) before two names.
    private void DiscoverPeopleByTitle()
    {
        foreach (var hit in CueScanner.Scan(_tokens, lexicons.Words, covered))
        {
            if (!hit.Is("person-title") || _tokens[hit.Start].Kind != TokenKind.Arabic)
            {
                continue;
            }

            var k = hit.End;
            if (IsNisba(k) && !IsFirstName(k, out _))
            {
                k++;
            }

            if (!NameLikeArabic(k) || (LooksLikeVerb(_tokens[k].Norm) && !IsFirstName(k, out _)) || LooksLikeAdjectiveOrPlural(k) && !IsFirstName(k, out _))
            {
                continue;
            }

            var end = k + 1;
            if (!(NameLikeArabic(end) || IsNisba(end) || IsArticleSurname(end)) || doc.SentenceOfToken[end] != doc.SentenceOfToken[k])
            {
                continue;
            }

            end++;
            if (IsNisba(end) && doc.SentenceOfToken[end] == doc.SentenceOfToken[k])
            {
                end++;
            }

            Add(k, end, "Person");
        }
    }

    // "كريم فودة، المدير السابق": a title or role word right after the name and a comma.
    private bool TitleAfterComma(int k) =>
        k + 1 < _tokens.Count && _tokens[k].Norm is "،" or "," && _tokens[k + 1].Kind == TokenKind.Arabic
        && (Variants(k + 1).Any(v => lexicons.Words.IsWord("person-title", v) || lexicons.Words.IsWord("role-word", v)));

    // Latin names around a role: "chief executive Jane Roe", "Jane Roe, Acme's co-founder and CEO", "Acme CEO Jane Roe".
    private void DiscoverLatinAroundRole(CueHit hit)
    {
        var strongRole = hit.IsAny("role-ceo", "role-cfo", "role-cto", "role-coo", "role-chairman", "role-president", "found");
        if (!strongRole || _tokens[hit.Start].Kind != TokenKind.Latin)
        {
            return;
        }

        var n = hit.End;
        if (IsCapitalisedFree(n) && IsCapitalisedFree(n + 1) && !IsLatinCorporateWord(n + 1) && !IsCapitalisedFree(n + 2)
            && (n + 2 >= _tokens.Count || _tokens[n + 2].Kind != TokenKind.Latin || !char.IsUpper(doc.Text[_tokens[n + 2].Start])))
        {
            Add(n, n + 2, "Person");
        }

        var c = hit.Start - 1;
        while (c >= 0 && c > hit.Start - 7 && _tokens[c].Norm != "," && (RoleLeadIn.Contains(_tokens[c].Norm) || _tokens[c].Kind == TokenKind.Latin && char.IsUpper(doc.Text[_tokens[c].Start])))
        {
            c--;
        }

        if (c >= 2 && _tokens[c].Norm == "," && IsCapitalisedFree(c - 2) && IsCapitalisedFree(c - 1) && !IsLatinCorporateWord(c - 1) && !IsLatinCorporateWord(c - 2)
            && (c - 3 < 0 || !(_tokens[c - 3].Kind == TokenKind.Latin && char.IsUpper(doc.Text[_tokens[c - 3].Start]))))
        {
            Add(c - 2, c, "Person");
        }

        // "Harbor's chief executive": the owner of a role is a company.
        if (c >= 0 && _tokens[c].Norm != "," && hit.Start >= 3 && _tokens[hit.Start - 1].Norm == "s" && _tokens[hit.Start - 2].Norm is "'" or "’"
            && IsCapitalisedFree(hit.Start - 3))
        {
            var s0 = hit.Start - 3;
            while (s0 - 1 >= 0 && hit.Start - 3 - s0 < 2 && IsCapitalisedFree(s0 - 1))
            {
                s0--;
            }

            if (!IsFirstName(s0, out _) && (s0 == 0 || _tokens[s0 - 1].Kind != TokenKind.Latin || !char.IsUpper(doc.Text[_tokens[s0 - 1].Start])))
            {
                Add(s0, hit.Start - 2, "Company");
            }
        }

        // "Informatica CEO Amit Walia", "Rack Africa co-founder Jane Roe": capitalised words right before a title, with a name after it.
        var p = hit.Start - 1;
        var from = p;
        while (from - 1 >= 0 && p - from < 2 && IsCapitalisedFree(from - 1))
        {
            from--;
        }

        if (IsCapitalisedFree(p) && (from == 0 || _tokens[from - 1].Kind != TokenKind.Latin || !char.IsUpper(doc.Text[_tokens[from - 1].Start]))
            && !IsFirstName(from, out _) && n < _tokens.Count && _tokens[n].Kind == TokenKind.Latin && char.IsUpper(doc.Text[_tokens[n].Start]))
        {
            Add(from, p + 1, "Company");
        }
    }

    // "Henrik Sjoberg, a partner at Nordlys": two capitalised words described as a person by what they do.
    private void DiscoverLatinPeopleByApposition()
    {
        for (var i = 0; i + 4 < _tokens.Count; i++)
        {
            if (!IsCapitalisedFree(i) || !IsCapitalisedFree(i + 1) || _tokens[i + 2].Norm != "," || IsLatinCorporateWord(i) || IsLatinCorporateWord(i + 1)
                || i > 0 && _tokens[i - 1].Kind == TokenKind.Latin && char.IsUpper(doc.Text[_tokens[i - 1].Start])
                || _tokens[i + 3].Norm is not ("a" or "an" or "the"))
            {
                continue;
            }

            for (var j = i + 4; j < _tokens.Count && j <= i + 7 && _tokens[j].Kind == TokenKind.Latin; j++)
            {
                if (lexicons.Words.IsWord("person-noun", _tokens[j].Norm)
                    && (j + 1 >= _tokens.Count || _tokens[j + 1].Norm is "at" or "of" or "with" or "for" or "in" or "," or "."))
                {
                    Add(i, i + 2, "Person");
                    break;
                }
            }
        }
    }

    // "a partner at Nordlys", "head of AI at Banco Sol": where a person works, after what they are.
    private void DiscoverEmployers()
    {
        for (var k = 1; k + 1 < _tokens.Count; k++)
        {
            if (_tokens[k].Norm != "at" || !IsCapitalisedFree(k + 1) || IsFirstName(k + 1, out _))
            {
                continue;
            }

            var role = false;
            for (var b = k - 1; b >= 0 && b >= k - 3 && _tokens[b].Kind == TokenKind.Latin; b--)
            {
                role |= lexicons.Words.IsWord("person-noun", _tokens[b].Norm);
            }

            var end = k + 2;
            while (end < _tokens.Count && end - k <= 3 && IsCapitalisedFree(end))
            {
                end++;
            }

            if (role && (end >= _tokens.Count || !(_tokens[end].Kind == TokenKind.Latin && char.IsUpper(doc.Text[_tokens[end].Start]))))
            {
                Add(k + 1, end, "Company");
            }
        }
    }

    // "Mercor and Turing reported ...", "from X Partners and Positive Sum": a capitalised name joined by "and" to a
    // company just named is a company too.
    private void DiscoverCoordinatedCompanies()
    {
        foreach (var m in mentions.Where(m => !m.Entity.IsPerson && !m.IsProduct).OrderBy(m => m.TokenStart).ToList())
        {
            var start = m.TokenEnd + 1;
            if (start >= _tokens.Count || _tokens[m.TokenEnd].Norm != "and" || !IsCapitalisedFree(start) || IsFirstName(start, out _)
                || _tokens[m.TokenEnd - 1].Kind != TokenKind.Latin)
            {
                continue;
            }

            var end = start + 1;
            while (end < _tokens.Count && end - start < 4 && IsCapitalisedFree(end))
            {
                end++;
            }

            // "and Singapore's Temasek": a possessive is no company of the list but what owns the next one.
            if (end < _tokens.Count && (_tokens[end].Kind == TokenKind.Latin && char.IsUpper(doc.Text[_tokens[end].Start]) || _tokens[end].Norm is "'" or "’"))
            {
                continue;
            }

            Add(start, end, "Company");
        }
    }

    // "أطلقت", "ودخلت": a feminine past-tense verb, short or opening its clause; "إنسايت" mid-sentence is a name.
    private bool LooksLikePastVerb(int i)
    {
        var norm = _tokens[i].Norm;
        var clauseStart = i == 0 || doc.SentenceOfToken[i - 1] != doc.SentenceOfToken[i] || !_tokens[i - 1].IsWord;
        return norm.EndsWith('ت') && (norm.Length <= 5 || norm[0] is 'و' or 'ف' || clauseStart);
    }

    // "منصة لتحليل البيانات": ل with a verbal noun (تفعيل) says what a thing is for, not its name.
    private bool IsPurposeNoun(int i)
    {
        var norm = _tokens[i].Norm;
        return norm.Length == 6 && norm[0] == 'ل' && norm[1] == 'ت' && norm[4] == 'ي';
    }

    // "أعلنت تمكين، وهي شركة ناشئة ..." / "تمكين ومقرها الرياض": an unquoted name that the words after it call a company.
    private void DiscoverArabicByApposition()
    {
        for (var k = 1; k < _tokens.Count - 2; k++)
        {
            var apposition = _tokens[k].Norm is "،" or "," && _tokens[k + 1].Norm is "وهي" or "هي"
                && (doc.IsCueWord("company-cue", k + 2) || Variants(k + 2).Any(v => lexicons.Words.IsWord("arabic-company-apposition", v)));
            var seat = _tokens[k].Norm is "ومقرها" or "ومقره";
            if (!apposition && !seat)
            {
                continue;
            }

            // "ثقة، ومقرها جدة،": the seat may follow a comma too.
            if (seat && _tokens[k - 1].Norm is "،" or ",")
            {
                k--;
            }

            // The name ends before the comma, with the sector it is named for ("نور للتقنية، وهي ...").
            var core = k - 1;
            for (var s = k - 1; s >= Math.Max(1, k - 3); s--)
            {
                if (SectorEnd(s) == k)
                {
                    core = s - 1;
                    break;
                }
            }

            if (!NameLikeArabic(core) || LooksLikeVerb(_tokens[core].Norm) || doc.SentenceOfToken[core] != doc.SentenceOfToken[k])
            {
                continue;
            }

            // One word before it may belong to the name; a past-tense verb ("أطلقت") does not.
            var start = core;
            var before = core - 1;
            if (NameLikeArabic(before) && !LooksLikeVerb(_tokens[before].Norm) && !LooksLikePastVerb(before) && !LooksLikeAdjectiveOrPlural(before)
                && !_tokens[before].Norm.StartsWith('و') && doc.SentenceOfToken[before] == doc.SentenceOfToken[k])
            {
                start = before;
            }

            // "في هانغتشو، وهي ...": after "in" the word is a place and the apposition is about an earlier name.
            if (start > 0 && _tokens[start - 1].Norm is "في" or "in")
            {
                continue;
            }

            Add(start, k, "Company");
            k += seat ? 1 : 0;
        }
    }

    // "شركة بيانات ناشئة تدعى داتا بريدج", "a startup called Kairo": the name follows the word that says it is one.
    private void DiscoverAfterNameIntro()
    {
        for (var j = 0; j + 1 < _tokens.Count; j++)
        {
            if (!lexicons.Words.IsWord("name-intro", _tokens[j].Norm))
            {
                continue;
            }

            var i = j + 1;
            var end = i;
            if (_tokens[i].Kind == TokenKind.Arabic)
            {
                while (end < _tokens.Count && end - i < 3 && (NameLikeArabic(end) || IsCorporateSuffix(end)) && doc.SentenceOfToken[end] == doc.SentenceOfToken[i]
                       && (end == i || !_tokens[end].Norm.StartsWith('و')))
                {
                    end++;
                }
            }
            else
            {
                while (end < _tokens.Count && end - i < 4 && IsCapitalisedFree(end))
                {
                    end++;
                }
            }

            if (end > i && !IsFirstName(i, out _))
            {
                Add(i, end, "Company");
            }
        }
    }
}
