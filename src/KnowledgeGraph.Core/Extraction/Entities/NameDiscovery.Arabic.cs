using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Arabic shapes of news writing that say what a new name is: a sector after ل ("نبتة للذكاء الاصطناعي"), an adjective or
/// apposition after a quoted name ("«X» الباريسية", "«X»، الذراع ..."), a quoted party to a deal ("تعاقدت «X»"), a title
/// before a person ("المهندسة فلانة الفلانية"), an unquoted name called a company ("X، وهي شركة ...", "تدعى X").
/// </summary>
internal sealed partial class NameDiscovery
{
    // The end of a sector phrase after ل that starts at token k ("للحوسبة", "لأشباه الموصلات"), or -1.
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

        // "ضاد للذكاء اللغوي": intelligence of a kind ("للذكاء" alone is no sector: "مصانع للذكاء").
        if (bare == "ذكاء" && KindAdjectiveAt(k + 1))
        {
            return k + 2;
        }

        // Each form on its own: "حوسبة" is also a common word, and its entry must not hide "الحوسبة" the sector.
        foreach (var form in (string[])[bare, "ال" + bare])
        {
            var (length, values, _) = lexicons.Words.Trie.Longest([form], n => Free(k + n) ? _tokens[k + n].Norm : null);
            if (length > 0 && values is not null && values.Contains("arabic-sector"))
            {
                // "ضاد للذكاء اللغوي", "سحاب للاستثمارات الرقمية": an adjective of kind after the sector is part of the name
                // (not one of origin or stage: "نبتة للذكاء الاصطناعي المصرية").
                var end = k + length;
                return KindAdjectiveAt(end) ? end + 1 : end;
            }
        }

        return -1;
    }

    // "اللغوي", "الرقمية", "السحابية": a definite adjective of kind, not of origin or stage ("المصرية", "الناشئة").
    private bool KindAdjectiveAt(int k) =>
        Free(k) && doc.IsDefiniteNisba(k)
        && !lexicons.Words.IsWord("arabic-origin-adjective", _tokens[k].Norm) && !lexicons.Words.IsWord("arabic-sector", _tokens[k].Norm);

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

    private static readonly string[] DealCues =
        ["invest", "buy", "supply", "partner", "compete", "acquire", "deal", "found", "lead-verb", "led-by", "join-round", "fundraise", "invest-direct", "hire",
            "win-contract", "backed-by", "own", "status-completed", "award", "acquired-by", "owned-by"];

    // A deal word without the article: "تعاقدت", "بمشاركة", not "الطلب" (the demand) before a quoted phrase.
    // Nouns of a relation and talks: "قائمة عملاء «X»", "«X» محادثات".
    private static readonly string[] NounCues = ["customer-noun", "supplier-noun", "investor-noun", "status-talks"];

    private bool IsDealVerb(int j) =>
        DealCues.Select(c => doc.CueStem(c, j)).FirstOrDefault(s => s is not null) is { } stem
        && !stem.StartsWith("ال", StringComparison.Ordinal) && !_tokens[j].Norm[..^stem.Length].Contains("ال", StringComparison.Ordinal);

    // تعاقدت «X»، بمشاركة «X»، مع «X»، لدى «X»، جمعت ... من «X»: a short quoted name that is a party to a deal.
    private bool IsDealPartyBefore(int quote)
    {
        var j = quote - 1;
        if (j >= 0 && _tokens[j].Norm == "و")
        {
            j--;
        }

        // «X» و«Y»: the second of a quoted list is a party when the first is.
        if (j >= 1 && _tokens[j].Norm is "\"" or "»" or "”")
        {
            var open = j - 1;
            while (open >= 0 && j - open <= 4 && _tokens[open].IsWord)
            {
                open--;
            }

            return open >= 0 && open < j - 1 && QuoteOpen.Contains(_tokens[open].Norm) && IsDealPartyBefore(open);
        }

        if (j < 0 || _tokens[j].Kind != TokenKind.Arabic)
        {
            return false;
        }

        if (_tokens[j].Norm is "مع" or "لدي" || IsDealVerb(j))
        {
            return !LooksLikeVerb(_tokens[quote + 1].Norm);
        }

        // "وقادت الجولة «X»", "شارك في الجولة «X»": the round's lead or participant follows the round word (verb, object, subject).
        if (IsRoundNoun(j) && j >= 1 && (IsDealVerb(j - 1) || j >= 2 && _tokens[j - 1].Norm == "في" && IsDealVerb(j - 2) || doc.IsCueWord("participate-verb", j - 1)))
        {
            return !LooksLikeVerb(_tokens[quote + 1].Norm);
        }

        // "حصتها في «X»", "أسهماً في «X»": a stake is in a company.
        if (_tokens[j].Norm is "في" && j >= 1 && ArabicAffixes.AffixVariants(_tokens[j - 1].Norm).Any(v => v is "حصه" or "حصت" or "حصص" or "اسهم" or "اسهما" or "مساهمه"))
        {
            return !LooksLikeVerb(_tokens[quote + 1].Norm);
        }

        // "يرأس مجلس إدارة «X»": the board of the quoted name.
        if (j >= 1 && _tokens[j].Norm is "اداره" && _tokens[j - 1].Norm.EndsWith("مجلس", StringComparison.Ordinal))
        {
            return !LooksLikeVerb(_tokens[quote + 1].Norm);
        }

        // "الشريك في «X»", "المحللة لدى «X»": a title held at the quoted name.
        if (_tokens[j].Norm is "في" or "لدي" && j >= 1 && doc.IsRoleCueWord(j - 1))
        {
            return !LooksLikeVerb(_tokens[quote + 1].Norm);
        }

        // "من" and "إلى" are a party's only after a deal word in their clause ("جمعت 40 مليون يورو من «X»", "أسندت العقد إلى
        // «X»"), not after "حذر من".
        if (_tokens[j].Norm is not ("من" or "الي"))
        {
            return false;
        }

        for (var b = j - 1; b >= 0 && b >= j - 8 && doc.SentenceOfToken[b] == doc.SentenceOfToken[j] && _tokens[b].Norm is not ("،" or ","); b--)
        {
            if (_tokens[b].IsWord && DealCues.Any(c => doc.IsCueWord(c, b)))
            {
                return !LooksLikeVerb(_tokens[quote + 1].Norm);
            }
        }

        return false;
    }

    // «سحاب» in "وتواجه «سحاب» منافسة من ...", "تنافس «لمحة» ...": a short quoted name, of no common word, no verb and no
    // adjective (tanween, a conjunction inside), standing next to a deal word is a party to it.
    private bool QuotedNameInDealSentence(int first, int close)
    {
        if (Enumerable.Range(first, close - first).Any(k => LooksLikeVerb(_tokens[k].Norm)
                || _tokens[k].Text(doc.Text).EndsWith("اً", StringComparison.Ordinal) || _tokens[k].Text(doc.Text).EndsWith("ًا", StringComparison.Ordinal)
                || k > first && _tokens[k].Norm.StartsWith('و'))
            || IsPurposeNoun(first))
        {
            return false;
        }

        // «ريادة», «أمان», «سند»: a quoted ordinary word is a name only as the subject of the verb opening the sentence (a
        // verb of speech too: "وأعلنت «ريادة» أنها جمعت"), with a deal word right after it.
        if (LooksLikeAdjectiveOrPlural(first) || Enumerable.Range(first, close - first).Any(k => IsCommon(_tokens[k].Norm) || doc.IsCommonWord(k)))
        {
            return close - first <= 2 && OpensVerbSentence(first - 1, speechToo: true) && NearDealWord(close + 1, 1);
        }

        return NearDealWord(first - 2, -1) || NearDealWord(close + 1, 1) || OpensVerbSentence(first - 1);
    }

    // "وتجري «X» محادثات", "واختارت «X» شركة": a quoted name right after the verb that opens the sentence is its subject.
    private bool OpensVerbSentence(int quote, bool speechToo = false)
    {
        var verb = quote - 1;
        if (verb < 0 || !_tokens[verb].IsWord || _tokens[verb].Kind != TokenKind.Arabic || !speechToo && doc.IsCueWord("speech", verb))
        {
            return false;
        }

        var before = verb - 1;
        while (before >= 0 && !_tokens[before].IsWord && _tokens[before].Norm is not ("." or "؟" or "!" or "،" or ","))
        {
            before--;
        }

        var opens = before < 0 || doc.SentenceOfToken[before] != doc.SentenceOfToken[verb] || _tokens[before].Norm is "." or "؟" or "!";
        var norm = _tokens[verb].Norm.TrimStart('و', 'ف');
        return opens && norm.Length >= 3 && (norm[0] is 'ت' or 'ي' || norm.EndsWith('ت'));
    }

    // A deal word within two words from token k (skipping quotes and company words), walking in direction step.
    private bool NearDealWord(int k, int step)
    {
        var sentence = doc.SentenceOfToken[Math.Clamp(k - step, 0, _tokens.Count - 1)];
        for (var words = 0; k >= 0 && k < _tokens.Count && doc.SentenceOfToken[k] == sentence && words < 2; k += step)
        {
            if (!_tokens[k].IsWord)
            {
                continue;
            }

            if (DealCues.Any(c => doc.IsCueWord(c, k)) || NounCues.Any(c => doc.IsCueWord(c, k)))
            {
                return true;
            }

            words++;
        }

        return false;
    }

    private bool IsRoundNoun(int j) => ArabicAffixes.AffixVariants(_tokens[j].Norm).Any(v => v is "جوله" or "الجوله" or "الصفقه");

    // "Al-" family names that are no adjective of origin: الدمرداش، الخليفة، الحكيم.
    private bool IsArticleSurname(int i) =>
        Free(i) && _tokens[i].Kind == TokenKind.Arabic && _tokens[i].Norm.Length >= 5 && _tokens[i].Norm.StartsWith("ال", StringComparison.Ordinal)
        && !_tokens[i].Norm.EndsWith("يه", StringComparison.Ordinal) && !IsCommon(_tokens[i].Norm) && !doc.IsCommonWord(i)
        && !doc.IsAnyCueWord(i);

    // "جي هون", "سو مين": two syllables of at most three letters each, as the Arab press writes Korean given names.
    private bool ShortSyllables(int k) =>
        k + 1 < _tokens.Count && _tokens[k].Kind == TokenKind.Arabic && _tokens[k + 1].Kind == TokenKind.Arabic
        && _tokens[k].Norm.Length <= 3 && _tokens[k + 1].Norm.Length <= 3;

    // "الزدجالية": a family name of the "al-...iya" form, as a woman's name carries it.
    private bool FeminineNisba(int i) =>
        i < _tokens.Count && Free(i) && _tokens[i].Kind == TokenKind.Arabic && _tokens[i].Norm.Length >= 6 && _tokens[i].Norm.StartsWith("ال", StringComparison.Ordinal)
        && _tokens[i].Norm.EndsWith("يه", StringComparison.Ordinal) && !IsCommon(_tokens[i].Norm) && !doc.IsCommonWord(i);

    // "المهندسة هبة الدمرداش", "المهندس المغربي ياسين بنكيران": a title (and an adjective of origin) before two names.
    private void DiscoverPeopleByTitle()
    {
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (!Free(i) || _tokens[i].Kind != TokenKind.Arabic)
            {
                continue;
            }

            var at = i;
            var (length, values, _) = lexicons.Words.Trie.Longest(ArabicAffixes.PrefixVariants(_tokens[i].Norm), n => Free(at + n) ? _tokens[at + n].Norm : null);
            if (length == 0 || values is null || !values.Contains("person-title"))
            {
                continue;
            }

            var k = i + length;
            if (IsNisba(k) && !IsFirstName(k, out _))
            {
                k++;
            }

            if (NameAfterTitle(k) is var end and > 0)
            {
                Add(k, end, "Person");
                i = end - 1;
            }
        }
    }

    // "وقالت مؤسسة الشركة ورئيستها التنفيذية ليان العبدالله إن ...": a role, then the name and what they said.
    private void DiscoverNameAfterRole(CueHit hit)
    {
        // ("الرئيس التنفيذي للشركة فلان": "of the company" may stand between the title and the name.)
        var from = hit.End < _tokens.Count && _tokens[hit.End].Norm is "للشركه" or "للمجموعه" ? hit.End + 1 : hit.End;
        if (_tokens[hit.Start].Kind == TokenKind.Arabic && hit.Categories.Any(c => c.StartsWith("role-", StringComparison.Ordinal) && c != "role-leader")
            && NameAfterTitle(from) is var end and > 0
            && end < _tokens.Count && (_tokens[end].Norm == "ان" || doc.IsCueWord("speech", end) || SpeechBefore(hit.Start) || StatementAfter(end))
            && !Variants(from).Any(v => lexicons.Words.IsWord("role-word", v) || lexicons.Words.IsWord("person-title", v)))
        {
            Add(from, end, "Person");
        }
    }

    // "وقال الرئيس التنفيذي ..." : a speech verb right before the title.
    private bool SpeechBefore(int k) => k > 0 && doc.IsCueWord("speech", k - 1) && _tokens[k - 1].Kind == TokenKind.Arabic;

    // "... فلان في بيان", "في تصريح لـ": where the titled person said it.
    private bool StatementAfter(int k) =>
        k + 1 < _tokens.Count && _tokens[k].Norm == "في" && _tokens[k + 1].Norm is "بيان" or "تصريح" or "تصريحات" or "مقابله" or "حديث" or "مؤتمر";

    // The end of a two- or three-word name starting at k ("هبة الدمرداش", "فريد بن عمر"), or -1.
    private int NameAfterTitle(int k)
    {
        var known = Free(k) && IsFirstName(k, out _);
        if (!NameLikeArabic(k) || !known && (LooksLikeVerb(_tokens[k].Norm) || LooksLikeAdjectiveOrPlural(k)))
        {
            return -1;
        }

        if (known && PersonEnd(k) is var full && full > k + 1)
        {
            return full;
        }

        var end = k + 1;
        if (end + 1 < _tokens.Count && NameJoiners.Contains(_tokens[end].Norm) && Free(end))
        {
            end++;
        }

        if (end >= _tokens.Count || !(NameLikeArabic(end) || IsNisba(end) || IsArticleSurname(end)) || doc.SentenceOfToken[end] != doc.SentenceOfToken[k])
        {
            return -1;
        }

        end++;
        if (IsNisba(end) && doc.SentenceOfToken[end] == doc.SentenceOfToken[k])
        {
            end++;
        }

        return end;
    }

    // "كريم فودة، المدير السابق": a title or role word right after the name and a comma.
    private bool TitleAfterComma(int k) =>
        k + 1 < _tokens.Count && _tokens[k].Norm is "،" or "," && _tokens[k + 1].Kind == TokenKind.Arabic
        && (Variants(k + 1).Any(v => lexicons.Words.IsWord("person-title", v) || lexicons.Words.IsWord("role-word", v)));

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

            // "ثقة، ومقرها جدة،": the seat may follow a comma too (k itself never moves back, or the loop would not end).
            var end = seat && _tokens[k - 1].Norm is "،" or "," ? k - 1 : k;

            // The name ends before the comma, with the sector it is named for ("نور للتقنية، وهي ...").
            var core = end - 1;
            for (var s = end - 1; s >= Math.Max(1, end - 3); s--)
            {
                if (SectorEnd(s) == end)
                {
                    core = s - 1;
                    break;
                }
            }

            if (core < 1 || !NameLikeArabic(core) || LooksLikeVerb(_tokens[core].Norm) || doc.SentenceOfToken[core] != doc.SentenceOfToken[end])
            {
                continue;
            }

            // One word before it may belong to the name; a past-tense verb ("أطلقت") does not.
            var start = core;
            var before = core - 1;
            if (NameLikeArabic(before) && !LooksLikeVerb(_tokens[before].Norm) && !LooksLikePastVerb(before) && !LooksLikeAdjectiveOrPlural(before)
                && !_tokens[before].Norm.StartsWith('و') && doc.SentenceOfToken[before] == doc.SentenceOfToken[end])
            {
                start = before;
            }

            // "في هانغتشو، وهي ...": after "in" the word is a place and the apposition is about an earlier name.
            if (start > 0 && _tokens[start - 1].Norm is "في" or "in")
            {
                continue;
            }

            Add(start, end, "Company");
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
