using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Latin-script shapes of news writing that say what a new name is: a title before a person ("chief executive Jane Roe"),
/// a role after a person ("Jane Roe, X's co-founder") or after a company ("X CEO"), an employer ("a partner at X"), a party
/// to a deal ("led by X"), a name joined by "and" to a company; and the tokens that only look like names (datelines, units,
/// "-based").
/// </summary>
internal sealed partial class NameDiscovery
{
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "mw", "gw", "kw", "tw", "mwh", "gwh", "twh", "kwh", "nm", "bn", "tn", "m", "k", "b", "gb", "tb", "pb", "x", "pc", "ms", "km",
    };

    // Between a person's name plus comma and the role that describes them: "Jane Roe, Acme's co-founder and CEO".
    // Lower-case particles inside a person's surname.
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "le", "la", "ter", "ten", "bin", "ibn", "al", "el" };

    private int ParticlesAt(int k)
    {
        var run = 0;
        while (k + run < _tokens.Count && run < 2 && NameParticles.Contains(_tokens[k + run].Text(doc.Text)))
        {
            run++;
        }

        return run;
    }

    private static readonly HashSet<string> RoleLeadIn = new(StringComparer.Ordinal)
    {
        "'", "’", "s", "the", "a", "an", "its", "their", "former", "and", "senior", "managing", "-", "co",
    };

    // "Group CEO A", "Interim chief executive B": a word that qualifies the title, not a company that holds it.
    private static readonly HashSet<string> TitleQualifier = new(StringComparer.Ordinal) { "group", "interim", "acting", "deputy" };

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
        // "NEW YORK, Jan 12 -": two short capitals words opening a line are a place too (not "the group CMA CGM").
        var opening = Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).All(k => doc.SentenceOfToken[k] != doc.SentenceOfToken[i]
            || _tokens[k].Kind == TokenKind.Latin && _tokens[k].Text(doc.Text).All(c => !char.IsLower(c)));
        bool Caps(int k) => k >= 0 && k < _tokens.Count && _tokens[k].Kind == TokenKind.Latin
            && (_tokens[k].Length >= 5 && _tokens[k].Text(doc.Text).All(c => !char.IsLower(c))
                || opening && _tokens[k].Length >= 3 && _tokens[k].Text(doc.Text).All(char.IsUpper) && _tokens[i].Text(doc.Text).All(char.IsUpper));

        var prev = i - 1 >= 0 && _tokens[i - 1].Norm == "/" ? i - 2 : i - 1;
        var next = i + 1 < _tokens.Count && _tokens[i + 1].Norm == "/" ? i + 2 : i + 1;
        return Caps(prev) || Caps(next);
    }

    private static bool IsPlaceAdjective(string raw) =>
        raw.EndsWith("-based", StringComparison.OrdinalIgnoreCase) || raw.EndsWith("-headquartered", StringComparison.OrdinalIgnoreCase);

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

        if (IsCapitalisedFree(p) && !(from == p && TitleQualifier.Contains(_tokens[p].Norm)) && (from == 0 || _tokens[from - 1].Kind != TokenKind.Latin || !char.IsUpper(doc.Text[_tokens[from - 1].Start]))
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

    // "a round led by Nordlys", "bought capacity from Verdane", "Zenlayer raised $40 million": a capitalised run that is
    // a party to a deal word in its clause. Its lower-case form is nowhere in the text (so "Investors said" is no name).
    private void DiscoverLatinDealParties()
    {
        string? lower = null;
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (!IsCapitalisedFree(i) || IsFirstName(i, out _) || _tokens[i].Length < 3)
            {
                continue;
            }

            var end = i + 1;
            while (end < _tokens.Count && end - i < 3 && IsCapitalisedFree(end))
            {
                end++;
            }

            // ("with Berlin-based Norlo": a place adjective before the name is no part of it, and the word before it governs the name.)
            var placed = i > 0 && _tokens[i - 1].Kind == TokenKind.Latin && IsPlaceAdjective(_tokens[i - 1].Text(doc.Text));
            if (end < _tokens.Count && _tokens[end].Kind == TokenKind.Latin && char.IsUpper(doc.Text[_tokens[end].Start])
                || !placed && i > 0 && _tokens[i - 1].Kind == TokenKind.Latin && char.IsUpper(doc.Text[_tokens[i - 1].Start]))
            {
                i = end - 1;
                continue;
            }

            var party = false;
            var before = placed ? i - 2 : i - 1;
            if (before >= 1 && _tokens[before].Norm is "by" or "from" or "with")
            {
                for (var b = before - 1; b >= 0 && b >= before - 4 && _tokens[b].IsWord; b--)
                {
                    party |= DealCues.Any(c => doc.IsCueWord(c, b));
                }
            }

            // The object of a deal verb: "has backed Lumora", "acquired Ottogrid", "invested in Sarvo", "a stake in Veyra".
            if (before >= 0 && (_tokens[before].Norm is "backed" or "acquired" or "acquire" or "acquires" or "bought" or "buy" or "buys" or "funded" or "funds" or "fund" or "back" or "backs"
                || _tokens[before].Norm == "in" && before >= 1 && _tokens[before - 1].Norm is "invested" or "invest" or "invests" or "investing" or "stake" or "stakes" or "investment")
                // ("buys Pune speech start-up", "bought Thor chips": a word that qualifies a noun after it is no company.)
                && (end >= _tokens.Count || !_tokens[end].IsWord || _tokens[end].Norm is "in" or "for" or "last" or "this" or "and" or "with" or "at" or "to" or "from"
                    or "on" or "as" or "which" or "who" or "after" or "earlier" or "over" or "through" or "under" or "since" or "while" or "but" or "or" or "when" or "into" or "early" or "late"))
            {
                party = true;
            }

            // The subject of a deal verb at the start of a sentence: "Zenlayer raised", "Nordlys led".
            var sentenceStart = i == 0 || doc.SentenceOfToken[i - 1] != doc.SentenceOfToken[i] || _tokens[i - 1].Norm is "-" or "–" or "—" or ":";
            // "Sarvantra was co-founded by ...", "Kairo is backed by ...": the subject of a passive deal verb.
            if (sentenceStart && end == i + 1 && end + 1 < _tokens.Count && _tokens[end].Norm is "was" or "is"
                && _tokens[end + 1].Norm is "founded" or "co-founded" or "cofounded" or "backed" or "acquired" or "incorporated" or "spun")
            {
                party = true;
            }

            // ("Veltrix has long competed with ...": an auxiliary and an adverb may stand before the verb.)
            var verbAt = end + 2 < _tokens.Count && _tokens[end].Norm is "has" or "have" && _tokens[end + 1].Norm is "long" or "also" or "already" or "since" ? end + 2 : end;
            if (sentenceStart && end == i + 1 && verbAt < _tokens.Count && _tokens[verbAt].Kind == TokenKind.Latin
                && (_tokens[verbAt].Norm is "raised" or "signed" or "acquired" or "invested" or "agreed" or "bought" or "led" or "secured" or "closed" or "backed" or "competes"
                    || _tokens[verbAt].Norm is "competed" && verbAt + 1 < _tokens.Count && _tokens[verbAt + 1].Norm is "with" or "against"))
            {
                var raw = _tokens[i].Text(doc.Text);
                party = !raw.EndsWith('s') || IsCamelCase(raw);
            }

            var words = Enumerable.Range(i, end - i).Select(k => _tokens[k].Text(doc.Text).ToLowerInvariant());
            lower ??= party ? doc.Text.ToLowerInvariant() : null;
            if (party && words.All(w => !ContainsWord(lower!, w)))
            {
                Add(i, end, "Company");
            }

            i = end - 1;
        }
    }

    // Whether the lower-case text holds the word as a whole word written in lower case somewhere.
    private bool ContainsWord(string lower, string word)
    {
        for (var at = lower.IndexOf(word, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var whole = (at == 0 || !char.IsLetter(lower[at - 1])) && (at + word.Length >= lower.Length || !char.IsLetter(lower[at + word.Length]));
            if (whole && char.IsLower(doc.Text[at]))
            {
                return true;
            }
        }

        return false;
    }

    private void DiscoverLatin()
    {
        var english = doc.Language == "en";
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (!NameLikeLatin(i))
            {
                continue;
            }

            var end = i + 1;
            var particles = 0;
            while (end < _tokens.Count && end - i < 5 + particles)
            {
                if (NameLikeLatin(end) || Free(end) && IsLatinCorporateWord(end) && char.IsUpper(doc.Text[_tokens[end].Start]))
                {
                    end++;
                }
                else if (ParticlesAt(end) is > 0 and var run && end + run < _tokens.Count && NameLikeLatin(end + run) && !IsLatinCorporateWord(i))
                {
                    end += run + 1;                             // "Joost van der Berg", "Ursula von der Leyen"
                    particles += run;
                }
                else if (end == i + 1 && Free(end) && _tokens[end].Kind == TokenKind.Latin && char.IsUpper(doc.Text[_tokens[end].Start]) && !IsLatinCorporateWord(end)
                    && IsFirstName(i, out var firstAmb) && !firstAmb && (end + 1 >= _tokens.Count || !NameLikeLatin(end + 1)))
                {
                    end++;                                      // "Sean White", "Mark Price": a surname that is also a common word
                }
                else
                {
                    break;
                }
            }

            // ("van der": the particles before the last capitalised word count as none.)
            var nameWords = Enumerable.Range(i, end - i).Count(k => !NameParticles.Contains(_tokens[k].Text(doc.Text)));

            // "Meridian Gulf Partners", "Sahara African Capital": a capitalised common word inside a name ending in a corporate word.
            var longer = end;
            while (longer < _tokens.Count && longer - i < 5 && Free(longer) && _tokens[longer].Kind == TokenKind.Latin && char.IsUpper(doc.Text[_tokens[longer].Start])
                && !IsPlaceAdjective(_tokens[longer].Text(doc.Text)) && (NameLikeLatin(longer) || IsCommon(_tokens[longer].Norm) || IsLatinCorporateWord(longer)))
            {
                longer++;
            }

            // "Brindle Credit, a London firm", "Caprock Builders, a Lubbock-based contractor": a capitalised common word inside a
            // name that an apposition right after it calls a company.
            if (longer > end && (IsLatinCorporateWord(longer - 1) || english && EnglishCompanyApposition(longer)))
            {
                end = longer;
            }

            var last = end;
            while (last - 1 > i && DroppedSuffixes.Contains(_tokens[last - 1].Norm))
            {
                last--;
            }

            var raw = _tokens[i].Text(doc.Text);
            // "Sakura Capital" is no person, whatever its first word.
            // "started by Estonian entrepreneur Taavet Hinrikus": a lower-case person noun right before the name.
            // "started Neon in 2021 with Heikki Linnakangas and Stas Kelvich", "founded in 2022 by Aditi Raman": the founders.
            var personNoun = i > 0 && _tokens[i - 1].Kind == TokenKind.Latin && char.IsLower(doc.Text[_tokens[i - 1].Start])
                && (lexicons.Words.IsWord("person-noun-before-name", _tokens[i - 1].Norm)
                    || _tokens[i - 1].Norm is "by" or "with" or "and" && Enumerable.Range(Math.Max(0, i - 10), Math.Min(9, i - 1))
                        .Any(k => doc.SentenceOfToken[k] == doc.SentenceOfToken[i] && doc.IsCueWord("found", k)));
            var person = nameWords >= 2 && nameWords <= 3 && !IsLatinCorporateWord(end - 1) && (IsFirstName(i, out var amb) && !amb || english && (personNoun || PersonSlot(i, end)));
            var signal = person
                || end > i + 1 && IsLatinCorporateWord(end - 1)
                || raw.Skip(1).Any(char.IsUpper) && raw.Any(char.IsLower)
                || raw.Any(char.IsAsciiDigit)
                || raw.Length is >= 3 and < 5 && raw.All(c => !char.IsLower(c))
                || CueBefore(i) is not null
                || EnglishCompanyApposition(end)
                || end - i >= 2 && DealVerbAt(end);
            var sentenceStart = i == 0 || doc.SentenceOfToken[i - 1] != doc.SentenceOfToken[i];
            // A lone capitalised word opening a sentence is no name, unless an apposition says it is ("Kestrel, which is building ...").
            var lone = sentenceStart && !person && end - i == 1 && raw.All(char.IsLetter) && raw.Skip(1).All(char.IsLower)
                && !(EnglishCompanyApposition(end) && end + 1 < _tokens.Count && _tokens[end + 1].Norm != "the");
            if (!english || (signal && !lone))
            {
                if (english && !signal)
                {
                    i = end - 1;
                    continue;
                }

                Add(i, last, person ? "Person" : "Company");
            }

            i = end - 1;
        }
    }

    // "said Joelle Pineau, the company's chief scientist", "Kjell Inge Røkke, who controls Aker": two or three capitalised
    // words after a speech verb and before a comma, or before a comma and a title or "who", are a person's name.
    private bool PersonSlot(int start, int end)
    {
        var k = start - 1;
        while (k >= 0 && !_tokens[k].IsWord && _tokens[k].Norm is not ("." or ","))
        {
            k--;
        }

        var afterSpeech = k >= 0 && doc.IsCueWord("speech", k) && _tokens[k].Kind == TokenKind.Latin;
        if (end + 1 >= _tokens.Count || _tokens[end].Norm != ",")
        {
            return false;
        }

        if (afterSpeech)
        {
            return true;
        }

        var next = end + 1;
        if (_tokens[next].Norm is "who" or "whose")
        {
            return true;
        }

        for (var j = next; j < _tokens.Count && j <= next + 4 && _tokens[j].IsWord; j++)
        {
            if (doc.IsRoleCueWord(j) || doc.IsCueWord("found", j))
            {
                return true;
            }
        }

        return false;
    }

    // "Venture Souk led the round", "Brightline Power has agreed to supply": a run of capitalised words acting in a deal.
    private bool DealVerbAt(int k)
    {
        if (k < _tokens.Count && _tokens[k].Norm is "has" or "had" or "have" or "will" or "is" or "was" or "also" or "said")
        {
            k++;
        }

        return k < _tokens.Count && _tokens[k].Kind == TokenKind.Latin && char.IsLower(doc.Text[_tokens[k].Start]) && DealCues.Any(c => doc.IsCueWord(c, k));
    }
}
