using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Names the gazetteer lacks: Latin-script names (in Arabic text any capitalised run; in English text one with a
/// signal: a first name, a corporate suffix, a cue word, CamelCase), names in «» or “” quotes after a cue, Arabic
/// names after a company cue (شركة، مجموعة، حاضنة الأعمال), people by first name, by a cue (الملياردير) or as the
/// apposition of a role ("الرئيس التنفيذي لشركة X، فلان الفلاني،").
/// </summary>
internal sealed partial class NameDiscovery(Lexicons lexicons, DocumentTokens doc, Dictionary<string, DocEntity> entities, bool[] covered, List<Mention> mentions)
{
    private static readonly HashSet<string> DroppedSuffixes = new(StringComparer.Ordinal) { "inc", "corp", "corporation", "ltd", "llc", "plc" };
    private static readonly HashSet<string> NameJoiners = new(StringComparer.Ordinal) { "بن", "بنت", "ابن", "ابو", "ال", "عبد", "دي", "فان", "فون", "دو" };
    private static readonly string[] QuoteOpen = ["«", "“", "\"", "„"];

    private readonly List<Token> _tokens = doc.Tokens;

    public void Run()
    {
        DiscoverQuoted();
        DiscoverLatin();
        DiscoverAfterCompanyCue();
        DiscoverCorporateNames();
        DiscoverArabicByApposition();
        DiscoverAfterNameIntro();
        DiscoverChinesePeople();
        DiscoverPeopleByTitle();
        DiscoverPeopleByFirstName();
        DiscoverPeopleByCue();
        DiscoverLatinPeopleByApposition();
        DiscoverEmployers();
        if (doc.Language == "en")
        {
            DiscoverLatinDealParties();
        }

        DiscoverCoordinatedCompanies();
    }

    private bool Free(int i) => i >= 0 && i < _tokens.Count && !covered[i] && _tokens[i].IsWord;

    private bool IsCommon(string norm) =>
        lexicons.Words.IsWord("arabic-common", norm) || lexicons.Words.IsWord("latin-not-names", norm);

    private bool NameLikeArabic(int i)
    {
        if (!Free(i) || _tokens[i].Kind != TokenKind.Arabic)
        {
            return false;
        }

        var norm = _tokens[i].Norm;
        if (norm.Length < 2 || norm.StartsWith("ال", StringComparison.Ordinal) || IsCommon(norm))
        {
            return false;
        }

        // Any cue word (a verb, a role, a preposition), with its attached pronoun or not, ends a name.
        return !ArabicAffixes.AffixVariants(norm).Any(v => lexicons.Cues.IsAnyWord(v));
    }

    private bool NameLikeLatin(int i)
    {
        if (!Free(i) || _tokens[i].Kind != TokenKind.Latin)
        {
            return false;
        }

        var raw = _tokens[i].Text(doc.Text);
        var hasUpper = raw.Any(char.IsUpper);

        // "SEATTLE —" (a dateline), "ex-OpenAI" (a former employer): no new name.
        if ((raw.Length >= 5 && raw.All(c => !char.IsLower(c)) && raw.Any(char.IsLetter)) || raw.StartsWith("ex-", StringComparison.OrdinalIgnoreCase)
            || (raw.All(c => !char.IsLower(c)) && IsInCapitalsRun(i)) || IsNumberWithUnit(raw) || IsPlaceAdjective(raw))
        {
            return false;
        }

        return hasUpper && raw.Length >= 2 && (!IsCommon(_tokens[i].Norm) || IsCamelCase(raw) && !lexicons.Words.IsWord("latin-not-names", _tokens[i].Norm));
    }

    // "OpenAI", "CoreWeave": a capital after lower-case letters. Not "GPUs", "TOKYO".
    private static bool IsCamelCase(string raw)
    {
        for (var k = 2; k < raw.Length; k++)
        {
            if (char.IsUpper(raw[k]) && char.IsLower(raw[k - 1]))
            {
                return true;
            }
        }

        return false;
    }

    // An Arabic adjective agreeing with "شركة" ends in ة (مشتركة، محلية); a plural noun in ات (مقاولات): neither starts a name.
    private bool LooksLikeAdjectiveOrPlural(int i)
    {
        var raw = _tokens[i].Text(doc.Text).TrimEnd('\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652');
        return raw.EndsWith('ة') || raw.EndsWith("ات", StringComparison.Ordinal);
    }

    // A family name "of" a place or tribe: الإدريسي، العوضي، الكتبي.
    private bool IsNisba(int i) =>
        Free(i) && _tokens[i].Kind == TokenKind.Arabic && _tokens[i].Norm.Length >= 5 && _tokens[i].Norm.StartsWith("ال", StringComparison.Ordinal)
        && _tokens[i].Norm.EndsWith('ي') && !IsCommon(_tokens[i].Norm);

    private bool IsCapitalisedFree(int i) =>
        Free(i) && _tokens[i].Kind == TokenKind.Latin && char.IsUpper(doc.Text[_tokens[i].Start]) && !IsCommon(_tokens[i].Norm);

    private bool IsCorporateSuffix(int i) =>
        i < _tokens.Count && Free(i) && _tokens[i].Kind == TokenKind.Arabic && lexicons.Words.IsWord("arabic-corporate-suffix", _tokens[i].Norm);

    // "الرواسي للاستثمار", "الأفق كابيتال": a word with the article followed by a corporate word is a name.
    private void DiscoverCorporateNames()
    {
        for (var i = 0; i < _tokens.Count - 1; i++)
        {
            // "بروسبريتي 7 فنتشرز": a number may stand inside the name.
            var number = i + 2 < _tokens.Count && _tokens[i + 1].Kind == TokenKind.Number && Free(i + 1) && IsCorporateSuffix(i + 2) ? 1 : 0;
            if (!Free(i) || _tokens[i].Kind != TokenKind.Arabic || !IsCorporateSuffix(i + 1 + number) || IsCommon(_tokens[i].Norm) || _tokens[i].Norm.Length < 4
                || lexicons.Words.IsWord("name-intro", _tokens[i].Norm)
                || doc.IsCueWord("company-cue", i) || doc.IsAnyCueWord(i))
            {
                continue;
            }

            var end = i + 2 + number;
            while (end < _tokens.Count && end - i < 5 && IsCorporateSuffix(end))
            {
                end++;
            }

            Add(i, end, "Company");
            i = end - 1;
        }
    }

    private bool IsFirstName(int i, out bool ambiguous)
    {
        ambiguous = false;
        var t = _tokens[i];
        if (t.Kind == TokenKind.Latin && !char.IsUpper(doc.Text[t.Start]))
        {
            return false;
        }

        // على (on) folds to علي (Ali): a preposition written with alef maqsura is never a name.
        if (t.Kind == TokenKind.Arabic && t.Text(doc.Text) is "على" or "إلى" or "الى" or "حتى" or "لدى" or "متى")
        {
            return false;
        }

        // "عبد الله المري": a compound first name written in two words is the one-word name of the list (عبدالله).
        if (t.Kind == TokenKind.Arabic && t.Norm == "عبد" && i + 1 < _tokens.Count && _tokens[i + 1].Kind == TokenKind.Arabic)
        {
            return lexicons.FirstNames.Contains(t.Norm + _tokens[i + 1].Norm, out ambiguous);
        }

        return lexicons.FirstNames.Contains(t.Norm, out ambiguous);
    }

    private void DiscoverQuoted()
    {
        for (var i = 0; i < _tokens.Count; i++)
        {
            // A straight quote followed by a space closes a quotation; it opens none.
            if (!QuoteOpen.Contains(_tokens[i].Norm) || _tokens[i].End < doc.Text.Length && char.IsWhiteSpace(doc.Text[_tokens[i].End]))
            {
                continue;
            }

            // "«إم إن تي-حالان»": a hyphen may join the words of a quoted name.
            var close = i + 1;
            while (close < _tokens.Count && close - i <= 8 && (_tokens[close].IsWord && Free(close) || _tokens[close].Norm is "-" && close > i + 1 && close + 1 < _tokens.Count && _tokens[close + 1].IsWord))
            {
                close++;
            }

            if (close >= _tokens.Count || close == i + 1 || close - i > 8 || _tokens[close].Norm is not ("»" or "”" or "\"" or "“"))
            {
                continue;
            }

            var first = i + 1;
            if (_tokens[first].Kind != TokenKind.Arabic)
            {
                continue; // Latin names are found by DiscoverLatin, quotes or not.
            }

            // «ترنغ إيه آي»: "AI" spelt out in Arabic letters after a name ends a company's name as a corporate word does.
            var spelledAi = close - first >= 3 && _tokens[close - 2].Norm is "ايه" or "اي" && _tokens[close - 1].Norm == "اي";
            var suffixed = spelledAi || Enumerable.Range(first + 1, close - first - 1).Any(k => lexicons.Words.IsWord("arabic-corporate-suffix", _tokens[k].Norm));
            // A sector after ل or a corporate word at the end says "company" whatever the words before it are.
            var sector = Enumerable.Range(first + 1, close - first - 1).Any(k => SectorEnd(k) > 0);
            var cue = CueBefore(i);
            // Inside quotes a first word in ة is a name's ("«بصيرة للذكاء الاصطناعي»", «نواة»), not an adjective's.
            var corporate = sector && (cue == "company-cue" || !LooksLikeAdjectiveOrPlural(first) || !IsCommon(_tokens[first].Norm) && !doc.IsCommonWord(first) && !IsPlaceNoun(first))
                || suffixed;
            // "بقيادة «أندرا كابيتال»": a corporate word inside the quotes outweighs a cue that also takes people.
            var type = cue switch
            {
                "company-cue" => "Company",
                "person-cue" when !suffixed => "Person",
                _ => IsFirstName(first, out var amb) && !amb && !suffixed && close - first >= 2 ? "Person"
                    : corporate || CompanyApposition(close + 1) || ArabicCompanyApposition(close + 1) || close - first <= 4 && IsFeminineNisba(close + 1)
                      || close - first <= 3 && (IsDealPartyBefore(i) || QuotedNameInDealSentence(first, close)) && Enumerable.Range(first, close - first).All(k => !doc.IsAnyCueWord(k))
                        ? "Company"
                        : null,
            };
            var words = Enumerable.Range(first, close - first);
            // "شركة «فنتشر سوق»": after a company word a name may hold a common word, as long as it does not start with one.
            // «بصيرة للذكاء الاصطناعي»: quotes and a sector after ل name a company even when each word is an ordinary one.
            var plain = type == "Company" && (corporate || cue == "company-cue" && close - first <= 3 && !LooksLikeVerb(_tokens[first].Norm) && !IsCommon(_tokens[first].Norm))
                ? _tokens[first].Norm.Length >= 2 && !doc.IsCueWord("object-marker", first) && (sector || words.Any(k => !IsCommon(_tokens[k].Norm)))
                : words.All(k => !IsCommon(_tokens[k].Norm)) && (close - first <= 6 || type == "Company");
            if (type is not null && plain)
            {
                Add(first, close, type);
            }
        }
    }

    // "«منطقة للذكاء الاصطناعي»", "«مدينة للبيانات»": a place or zone named for its sector is no company.
    private bool IsPlaceNoun(int i) => ArabicAffixes.AffixVariants(_tokens[i].Norm).Any(v => v is "منطقه" or "مدينه" or "منصه" or "مبادره" or "مركز" or "مجمع" or "حديقه" or "واحه");

    // "Lattice Annotate, a two-year-old labelling startup": an apposition that says what the name is.
    private bool EnglishCompanyApposition(int k) => IsEnglishCompanyApposition(doc, lexicons, k);

    // Whether the words from token k (a comma) say that the name before is a company; the gazetteer reader asks too.
    internal static bool IsEnglishCompanyApposition(DocumentTokens doc, Lexicons lexicons, int k)
    {
        var tokens = doc.Tokens;

        if (k + 2 < tokens.Count && tokens[k].Norm == ","
            && (tokens[k + 1].Norm is "founded" or "backed" or "based" or "headquartered"
                || tokens[k + 1].Norm == "which" && tokens[k + 2].Norm is "makes" or "builds" or "develops" or "designs" or "sells" or "runs" or "operates" or "provides" or "offers"
                || tokens[k + 1].Norm == "which" && tokens[k + 2].Norm is "is" or "was" && k + 3 < tokens.Count
                    && tokens[k + 3].Norm is "building" or "developing" or "making" or "designing" or "selling" or "running" or "operating" or "providing" or "offering"
                || tokens[k + 1].Norm == "whose" && tokens[k + 2].Norm is "chief" or "ceo" or "founder" or "founders" or "investors" or "backers" or "customers" or "shareholders"))
        {
            return true;
        }

        if (k + 1 >= tokens.Count || tokens[k].Norm != "," || tokens[k + 1].Norm is not ("a" or "an" or "the"))
        {
            return false;
        }

        for (var j = k + 2; j < tokens.Count && j < k + 9; j++)
        {
            if (!tokens[j].IsWord && tokens[j].Norm is "," or "." or ";")
            {
                return false;
            }

            // ("Helix Rackworks, a smaller Texas-based rival,": a rival is a company too.)
            if (doc.IsCueWord("company-cue", j) || lexicons.Words.IsWord("company-noun", tokens[j].Norm) || tokens[j].Norm is "rival" or "competitor" or "challenger")
            {
                return true;
            }
        }

        return false;
    }

    // «X»، وهي شركة ... / «X» ومقرها دبي: what follows a quoted name says it is a company.
    private bool CompanyApposition(int k)
    {
        while (k < _tokens.Count && !_tokens[k].IsWord && _tokens[k].Norm is "،" or ",")
        {
            k++;
        }

        if (k >= _tokens.Count - 1)
        {
            return false;
        }

        var norm = _tokens[k].Norm;
        return norm is "ومقرها" or "مقرها" or "headquartered" or "based"
            || (norm is "وهي" or "هي" or "وهو" or "which" or "a" or "an" or "the" && (doc.IsCueWord("company-cue", k + 1) || lexicons.Words.IsWord("filler", _tokens[k + 1].Norm) && k + 2 < _tokens.Count && doc.IsCueWord("company-cue", k + 2)));
    }

    private string? CueBefore(int i)
    {
        var j = i - 1;
        while (j >= 0 && !_tokens[j].IsWord && _tokens[j].Norm is not ("." or "،" or ","))
        {
            j--;
        }

        if (j < 0 || !_tokens[j].IsWord)
        {
            return null;
        }

        // "الشركة المصرية الناشئة «مسار»": adjectives may stand between the cue and the quoted name.
        var cue = j;
        while (cue > 0 && j - cue < 2 && _tokens[cue].Kind == TokenKind.Arabic && !doc.IsCueWord("company-cue", cue)
               && (IsFeminineNisba(cue) || doc.IsFillerWord(cue)) && _tokens[cue - 1].IsWord)
        {
            cue--;
        }

        if (cue != j && doc.IsCueWord("company-cue", cue))
        {
            return "company-cue";
        }

        return doc.IsCueWord("person-cue", j) ? "person-cue"
            : doc.IsCueWord("company-cue", j) || _tokens[j].Kind == TokenKind.Latin && lexicons.Words.IsWord("company-noun", _tokens[j].Norm) ? "company-cue"
            : null;
    }

    private void DiscoverAfterCompanyCue()
    {
        for (var j = 0; j < _tokens.Count - 1; j++)
        {
            // "مؤسسة مداد", "founder of X": a founder's title names the company too.
            var stem = doc.CueStem("company-cue", j) ?? (doc.CueStem("found", j) is { } f && f is "مؤسس" or "مؤسسه" or "موسس" ? f : null);
            // Only an indefinite cue introduces a name: "شركة X", not "الشركة" (the company) or "شركات" (companies).
            if (stem is null || _tokens[j].Kind != TokenKind.Arabic || stem is "شركات" || stem.StartsWith("ال", StringComparison.Ordinal)
                || _tokens[j].Norm[..^stem.Length].Contains("ال", StringComparison.Ordinal))
            {
                continue;
            }

            var i = j + 1;
            if (lexicons.Words.IsWord("arabic-cue-in-name", stem) && Free(i) && _tokens[i].Kind == TokenKind.Arabic && !doc.IsCueWord("object-marker", i)
                && SectorEnd(i + 1) is var sectorEnd and > 0)
            {
                Add(j, sectorEnd, "Company", _tokens[j].Norm.Length - stem.Length);
                continue;
            }

            // "بنك عودة", "بنك فلسطين": a bank is named with the word bank, before a name that is no adjective ("بنك استثماري")
            // and no common noun ("بنك بيانات").
            if (stem is "بنك" or "مصرف" && Free(i) && _tokens[i].Kind == TokenKind.Arabic && doc.SentenceOfToken[i] == doc.SentenceOfToken[j]
                && !_tokens[i].Norm.StartsWith("ال", StringComparison.Ordinal) && _tokens[i].Norm.Length >= 3 && !doc.IsCommonWord(i) && !LooksLikeVerb(_tokens[i].Norm)
                && !doc.IsAnyCueWord(i)
                && (!_tokens[i].Norm.EndsWith('ي') || _tokens[i].Norm is "دبي" or "ظبي" or "ابوظبي"))
            {
                Add(j, ActivityTail(i + 1, j), "Company", _tokens[j].Norm.Length - stem.Length);
                continue;
            }

            if (!NameLikeArabic(i) || LooksLikeVerb(_tokens[i].Norm) || LooksLikeAdjectiveOrPlural(i) || IsPurposeNoun(i))
            {
                continue;
            }

            var end = i + 1;
            if (NameLikeArabic(end) && !_tokens[end].Norm.StartsWith('و') && !LooksLikeVerb(_tokens[end].Norm) && !LooksLikeAdjectiveOrPlural(end)
                && doc.SentenceOfToken[end] == doc.SentenceOfToken[i])
            {
                end++;
            }

            // "شركة ساحل لمراكز البيانات": the sector the company is named for belongs to its name.
            if (SectorEnd(end - 1) is var inside and > 0 && end - 1 > i)
            {
                end = inside;
            }
            else if (SectorEnd(end) is var after and > 0)
            {
                end = after;
            }

            while (end < _tokens.Count && end - i < 5 && IsCorporateSuffix(end))
            {
                end++;
            }

            Add(i, ActivityTail(end, i), "Company");
        }
    }

    // "بنيان للإنشاءات", "نخلة للأنظمة الذكية", "مداد للذكاء اللغوي": an Arabic company name often ends in "لل" + its
    // line of business, and an adjective of it. Not a purpose ("للحصول على"), a cue or a common word.
    private int ActivityTail(int end, int start)
    {
        if (end >= _tokens.Count || !Free(end) || _tokens[end].Kind != TokenKind.Arabic || doc.SentenceOfToken[end] != doc.SentenceOfToken[start])
        {
            return end;
        }

        var norm = _tokens[end].Norm;
        if (!norm.StartsWith("لل", StringComparison.Ordinal) || norm.Length < 5 || IsCommon(norm) || IsCommon(norm[1..])
            || lexicons.Words.IsWord("arabic-purpose", norm) || doc.IsAnyCueWord(end))
        {
            return end;
        }

        end++;
        if (end < _tokens.Count && Free(end) && _tokens[end].Norm.StartsWith("ال", StringComparison.Ordinal) && _tokens[end].Norm.Length > 4
            && !IsCommon(_tokens[end].Norm) && !doc.IsAnyCueWord(end) && doc.SentenceOfToken[end] == doc.SentenceOfToken[start])
        {
            end++;
        }

        return end;
    }

    private static bool LooksLikeVerb(string norm) =>
        (norm.Length <= 5 && norm[0] is 'ت' or 'ي' or 'ن' or 'س')
        || norm.StartsWith("ست", StringComparison.Ordinal) || norm.StartsWith("سي", StringComparison.Ordinal) || norm.StartsWith("سن", StringComparison.Ordinal);

    private void DiscoverPeopleByCue()
    {
        foreach (var hit in CueScanner.Scan(_tokens, lexicons.Cues, covered))
        {
            // (A bare "مدير" is too common a word to tell that the words around it are a name.)
            var role = hit.Categories.Any(c => c.StartsWith("role-", StringComparison.Ordinal) && c != "role-director" || c == "found");
            if (hit.Is("person-cue") && hit.Suffix.Length == 0 && NameLikeArabic(hit.End) && IsFirstName(hit.End, out _) && (NameLikeArabic(hit.End + 1) || IsNisba(hit.End + 1)))
            {
                Add(hit.End, PersonEnd(hit.End), "Person");
            }
            else if (role)
            {
                DiscoverNameAfterRole(hit);
                // "ROLE لشركة X، NAME NAME،": the apposition after the company.
                var k = hit.End;
                while (k < _tokens.Count && k - hit.End < 6 && _tokens[k].Norm is not ("،" or ","))
                {
                    k++;
                }

                if (k < _tokens.Count - 2 && _tokens[k].Norm is "،" or "," && NameLikeArabic(k + 1) && NameLikeArabic(k + 2)
                    && k + 3 < _tokens.Count && _tokens[k + 3].Norm is "،" or ",")
                {
                    Add(k + 1, k + 3, "Person");
                }

                // "Her co-founder, Kofi Mensah,", "said Tamarind's chief executive, Marcus Oyelaran.": a Latin name after the title.
                DiscoverLatinAroundRole(hit);
                if (hit.End + 2 < _tokens.Count && _tokens[hit.End].Norm == "," && IsCapitalisedFree(hit.End + 1) && IsCapitalisedFree(hit.End + 2)
                    && (hit.End + 3 >= _tokens.Count || !_tokens[hit.End + 3].IsWord))
                {
                    Add(hit.End + 1, hit.End + 3, "Person");
                }

                // "NAME NAME، ROLE ...": the apposition before the role.
                var c = hit.Start - 1;
                if (c >= 2 && _tokens[c].Norm is "،" or "," && NameLikeArabic(c - 2) && (!LooksLikeVerb(_tokens[c - 2].Norm) || IsFirstName(c - 2, out _)) && (NameLikeArabic(c - 1) || IsNisba(c - 1) || IsArticleSurname(c - 1)))
                {
                    // "قال وليد جمال الدين، رئيس ...", "قالت تشوي أون جي، الشريكة ...": a third name between a speech or founding verb
                    // (or a known first name) and the two before the comma.
                    var from = c >= 4 && Free(c - 3) && _tokens[c - 3].Kind == TokenKind.Arabic && doc.SentenceOfToken[c - 3] == doc.SentenceOfToken[c]
                        && (IsFirstName(c - 3, out var amb) && (!amb || ShortSyllables(c - 2)) || (doc.IsCueWord("speech", c - 4) || doc.IsCueWord("found", c - 4)) && !doc.IsCommonWord(c - 3))
                        ? c - 3 : c - 2;
                    Add(from, c, "Person");
                }
            }
        }
    }

    private void AddSibling(int from, int to, string surface)
    {
        var entity = entities.GetValueOrDefault(EntityRecognizer.KeyFor(surface)) ?? EntityRecognizer.Entity(entities, EntityRecognizer.KeyFor(surface), "Person", surface, surface);
        entity.AddMention(surface);
        mentions.Add(new Mention(from, to, entity, doc.IsPrepositional(from, _tokens[from].Norm)));
    }

    private void Add(int from, int to, string type, int prefixLetters = -1)
    {
        if (Enumerable.Range(from, to - from).Any(k => covered[k]))
        {
            return;
        }

        // "with US-based Corlio", "Oslo-based Nordvik": the place adjective before a new name is not part of it.
        if (to - from > 1 && _tokens[from].Kind == TokenKind.Latin && IsPlaceAdjective(_tokens[from].Text(doc.Text)))
        {
            from++;
        }

        var first = _tokens[from];
        var stem = first.Norm;

        // "Group CEO Jane Roe", "Capital said": a corporate word alone names no company.
        if (type == "Company" && to - from == 1 && IsLatinCorporateWord(from))
        {
            return;
        }

        // "defence-AI", "GPU-rental", "AI-driven": a hyphenated word that starts in lower case or ends in one is no name.
        if (first.Kind == TokenKind.Latin && to - from == 1 && first.Norm.Contains('-')
            && (char.IsLower(doc.Text[first.Start]) || char.IsLower(doc.Text[first.End - 1]) && first.Norm.Split('-') is { Length: 2 } parts && parts[1].All(char.IsLower)))
        {
            return;
        }

        // "بات شائعاً", "بطلاً إقليمياً", "على المستوى الحكومي": an adverbial accusative (tanween on alef) or a phrase opening
        // with a preposition is no name.
        var lastRaw = _tokens[to - 1].Text(doc.Text);
        if (first.Kind == TokenKind.Arabic && (lastRaw.EndsWith("اً", StringComparison.Ordinal) || lastRaw.EndsWith("ًا", StringComparison.Ordinal)
            || first.Text(doc.Text) is "على" or "في" or "من" or "عن" or "إلى" or "الى"))
        {
            return;
        }

        // "... مانجمنت وديامتر كابيتال": the و joins this name to the one before; it is not part of it.
        // "لأطلس كلاود", "بإنوي": a name never starts with ل or ب before a hamza on alef; that letter is a preposition.
        var raw = first.Text(doc.Text);
        var conjunction = prefixLetters >= 0 ? prefixLetters
            : first.Kind == TokenKind.Arabic && stem.Length > 3 && stem[0] == 'و' && from > 0 && (covered[from - 1] || _tokens[from - 1].Norm is "،" or ",") ? 1
            : first.Kind == TokenKind.Arabic && raw.Length > 4 && raw[0] is 'ل' or 'ب' && raw[1] is 'أ' or 'إ' or 'آ' ? 1 : 0;
        stem = stem[conjunction..];
        // "المدير العام للظفرة كابيتال": ل before the article drops its alef; the name is "الظفرة كابيتال".
        var definite = prefixLetters < 0 && conjunction == 0 && type == "Company" && first.Kind == TokenKind.Arabic && raw.Length > 5 && raw.StartsWith("لل", StringComparison.Ordinal);
        var surface = definite ? "ال" + doc.Surface(from, to, 2) : doc.Surface(from, to, conjunction);
        var key = EntityRecognizer.KeyFor(surface);
        if (key.Length < 2)
        {
            return;
        }

        for (var k = from; k < to; k++)
        {
            covered[k] = true;
        }

        // "الشقيقان ياسين وأمين بنعلي", "الأخوين ريان وماجد الشهري": two first names sharing one family name are two people.
        if (type == "Person" && to - from is 2 or 3 && first.Kind == TokenKind.Arabic && conjunction == 0 && IsFirstName(from, out _)
            && _tokens[from + 1].Norm is ['و', _, _, ..] second && lexicons.FirstNames.Contains(second[1..], out _)
            && (to - from == 3 || to < _tokens.Count && Free(to) && NameLikeArabic(to) && doc.SentenceOfToken[to] == doc.SentenceOfToken[from]))
        {
            if (to - from == 2)
            {
                covered[to] = true;
                to++;
            }

            var family = doc.Surface(to - 1, to, 0);
            AddSibling(from, from + 1, doc.Surface(from, from + 1, 0) + " " + family);
            AddSibling(from + 1, to, doc.Surface(from + 1, from + 2, 1) + " " + family);
            return;
        }

        var existing = entities.GetValueOrDefault(key);
        var entity = existing ?? EntityRecognizer.Entity(entities, key, type, surface, surface.Any(TextNormalizer.IsArabicLetter) ? surface : null);
        entity.AddMention(surface);
        // "مجموعة تشوهاي هوافا", "صندوق ماروك نوميريك": the company word written right before a name of two words or more is
        // often part of how the name is written; both forms are mentions.
        if (type == "Company" && to - from >= 2 && conjunction == 0 && !definite && first.Kind == TokenKind.Arabic && from > 0
            && _tokens[from - 1].Norm is "مجموعه" or "صندوق" or "شركه" && !covered[from - 1])
        {
            entity.AddMention(doc.Surface(from - 1, to, 0));
        }

        mentions.Add(new Mention(from, to, entity, definite || doc.IsPrepositional(from, stem)));
    }
}
