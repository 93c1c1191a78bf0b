using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    /// <summary>
    /// The rivals a list of rivals goes on with after the first name and whatever describes it: "competes with UiPath,
    /// which ..., and with a wave of startups including Ragam AI", "من «هواوي» بمعالجاتها «أسيند»، و«كامبريكون»، إضافة إلى
    /// «ميتاإكس»". Each further name follows a comma and a connector ("and", "و", "as well as", "إلى جانب", "فضلا عن")
    /// within a few words; names inside a description or a relative clause are no rivals.
    /// </summary>
    private List<DocEntity> RivalsAfter(int from)
    {
        var rivals = new List<DocEntity>();
        for (var k = from; k < _s.TokenEnd && k < from + 80; k++)
        {
            var norm = _doc.Tokens[k].Norm;
            if (norm is "." or ";" or "؛" or ":" || _s.IsClauseBreakWord(k))
            {
                break;
            }

            // "Periodic Labs in San Francisco and FutureHouse, as well as": a bare "and" before a name that ends an item.
            if (norm == "and" && _s.GroupAt(k + 1) is { } joined && joined.Companies.Any() && EndsListItem(joined.End))
            {
                rivals.AddRange(joined.Companies.Where(c => !rivals.Contains(c)));
                k = joined.End - 1;
                continue;
            }

            if (norm is not ("," or "،") || k + 1 >= _s.TokenEnd || ConnectorEnd(k + 1) is not { } next)
            {
                continue;
            }

            // ", and Microsoft said": a connector before a clause with its own verb, not a name the list goes on with.
            if (NameSoonAfter(next) is not { } named || _doc.Tokens[k + 1].Norm == "and" && named.Start == next && !EndsListItem(named.End))
            {
                break;
            }

            rivals.AddRange(named.Companies.Where(c => !rivals.Contains(c)));
            k = named.End - 1;
        }

        return rivals;
    }

    // The token after a connector starting at k ("and", "as well as", "إلى جانب", "، وشركة"), else null.
    private int? ConnectorEnd(int k)
    {
        var norm = _doc.Tokens[k].Norm;
        if (_s.IsAsWellAs(k))
        {
            return k + 3;
        }

        if (k + 1 < _s.TokenEnd && (norm, _doc.Tokens[k + 1].Norm) is ("اضافه", "الي") or ("بالاضافه", "الي") or ("فضلا", "عن") or ("الي", "جانب"))
        {
            return k + 2;
        }

        if (norm is "and" or "و" or "ومن" or "ومع" or "plus" or "alongside" || _s.CueAt(k) is { } intro && intro.Start == k && intro.Is("list-intro"))
        {
            return k + 1;
        }

        // "، وشركة «صدى»", "، و«موضوع»": the conjunction written onto a company word or onto the name itself.
        return _doc.Tokens[k].Kind == Text.TokenKind.Arabic && norm.StartsWith('و') && (_doc.IsCueWord("company-cue", k) || _s.GroupAt(k) is not null) ? k : null;
    }

    // The name a connector leads to over a few describing words ("with a wave of Indian startups including"), never over
    // another relation or a clause.
    private MentionGroup? NameSoonAfter(int from)
    {
        var quotes = 0;
        for (var k = from; k < _s.TokenEnd && k < from + 9; k++)
        {
            // ("بمعالجاتها «أسيند»، و«كامبريكون»": a list read as one group with the name before the comma.)
            if ((_s.GroupAt(k) ?? _s.Groups.FirstOrDefault(g => g.Start < k && k < g.End)) is { } g)
            {
                return g.Companies.Any() ? g : null;
            }

            // ("إلى جانب شركة "إنسبشن" الإماراتية التابعة لمجموعة G42": past a quoted name not read, the next is its owner.)
            var t = _doc.Tokens[k];
            quotes += t.Norm is "\"" or "“" or "”" ? 1 : 0;
            if (t.Norm is "." or "," or "،" or ";" or "؛" or ":" or "»" or "which" or "who" or "that" or "التي" or "الذي" or "said" or "says" or "التابعه" or "التابع" or "المملوكه" or "owned"
                || quotes >= 2
                || _s.IsRelationCue(k) && _s.CueAt(k) is { } cue && !cue.IsAny("list-intro", "company-cue", "supplier-noun", "goods"))
            {
                return null;
            }
        }

        return null;
    }

    private bool EndsListItem(int end) =>
        end >= _s.TokenEnd || !_doc.Tokens[end].IsWord || _doc.Tokens[end].Norm is "which" or "who" or "that" or "whose" or "in" or "of";

    /// <summary>
    /// "وتدخل «أركان» سوقاً تتنافس فيها شركات مثل X وY", "وتدخل الشركة سوقاً تشهد منافسة من X", "enters a crowded market
    /// where X and Y compete": the companies competing in a market compete with the one entering it (and not, as far as
    /// the sentence says, with each other).
    /// </summary>
    private bool ReadMarketRivals(CueHit hit, MentionGroup? rivalsGroup)
    {
        if (MarketEntrant(hit) is not { } entrant)
        {
            return false;
        }

        // "تتنافس فيها شركات مثل X": over the pronoun of the market.
        var after = hit.End < _s.TokenEnd && _doc.Tokens[hit.End].Norm is "فيها" or "فيه" ? hit.End + 1 : hit.End;
        var first = (_s.GroupAfter(after, 6) is { Prepositional: false } direct ? direct : null) ?? rivalsGroup ?? _s.ListAfterDescription(after)
            ?? _s.ObjectAfter(hit.End, 8, "prep-from", "prep-with");
        if (first is null || !first.Companies.Any())
        {
            return false;
        }

        var rivals = _s.ListWithContinuations(first).Where(m => !m.IsPerson).Union(CoordinatedObjects(first)).Union(RivalsAfter(first.End)).Where(m => m != entrant);
        foreach (var rival in rivals)
        {
            _bag.Add(RelTypes.CompetesWith, entrant, rival, null, null, null, Evidence);
        }

        return true;
    }

    // The company entering the market a competition cue describes: "«أركان» سوقاً تتنافس", "the company enters a market where"
    // ("the company" entering a market is the one the article is about: the headline's, not the last one named).
    private DocEntity? MarketEntrant(CueHit hit)
    {
        var market = Enumerable.Range(Math.Max(_s.TokenStart, hit.Start - 7), hit.Start - Math.Max(_s.TokenStart, hit.Start - 7)).Reverse()
            .FirstOrDefault(k => _doc.Tokens[k].Norm is "سوقا" or "سوق" or "market" or "marketplace", -1);
        if (market < 0 || _s.Groups.Any(g => g.Start > market && g.End <= hit.Start))
        {
            return null;
        }

        // "وتدخل «أركان» سوقاً", "وتدخل الشركة سوقاً مزدحمة": the subject stands between an Arabic verb and the market.
        var verb = Enumerable.Range(Math.Max(_s.TokenStart, market - 6), market - Math.Max(_s.TokenStart, market - 6)).Reverse().FirstOrDefault(IsEnterVerb, -1);
        if (verb < 0)
        {
            return null;
        }

        if (_doc.Language == "ar")
        {
            return _s.Groups.FirstOrDefault(g => g.Start > verb && g.End <= market && !g.Prepositional && g.Companies.Any())?.Companies.First()
                ?? (Enumerable.Range(verb + 1, market - verb - 1).Any(k => _doc.Tokens[k].Norm is "الشركه" or "المختبر" or "المجموعه") ? HeadlineCompany() : null);
        }

        // "Kestrel enters a crowded market", "the company is entering a market where": the subject before an English verb.
        return GroupEndingAt(verb, 3) is { Prepositional: false } subject ? subject.Companies.FirstOrDefault()
            : Enumerable.Range(Math.Max(_s.TokenStart, verb - 3), verb - Math.Max(_s.TokenStart, verb - 3)).Any(k => _s.CueAt(k) is { } it && it.Is("topic-ref")) ? HeadlineCompany() : null;
    }

    private bool IsEnterVerb(int k) =>
        k >= _s.TokenStart && _doc.Tokens[k].Norm.TrimStart('و', 'ف') is "تدخل" or "يدخل" or "دخلت" or "دخل" or "تقتحم" or "يقتحم" or "enters" or "entered" or "entering" or "enter";

    // "وتنافس «لهجة» في سوق تزداد ازدحاماً، تضم شركة «إنتيلا»": the names a market "includes".
    private MentionGroup? MarketMembers(int from)
    {
        while (from < _s.TokenEnd && !_doc.Tokens[from].IsWord && _doc.Tokens[from].Norm is "»" or "\"" or "”")
        {
            from++;
        }

        if (from + 1 >= _s.TokenEnd || _doc.Tokens[from].Norm != "في" || _doc.Tokens[from + 1].Norm is not ("سوق" or "سوقا" or "السوق"))
        {
            return null;
        }

        for (var k = from + 2; k < _s.TokenEnd && k < from + 10; k++)
        {
            if (_doc.Tokens[k].Norm.TrimStart('و') is "تضم" or "يضم" or "تشمل" or "يشمل")
            {
                return NameSoonAfter(k + 1);
            }
        }

        return null;
    }

    /// <summary>"competes with a growing list of labs chasing ..., including X": the names a described class of rivals lists,
    /// reached from "with" over a longer description than <see cref="SentenceView.ListAfterDescription"/> allows.</summary>
    private MentionGroup? ListIntroAfter(int from, int window)
    {
        for (var k = from; k < _s.TokenEnd && k < from + window; k++)
        {
            // ("a growing field of local rivals such as X": the class may be called rivals.)
            if (_doc.Tokens[k].Norm is "." or ";" or "؛" or ":" || _s.GroupAt(k) is not null || k > from && _s.IsClauseBreakWord(k)
                || _s.IsRelationCue(k) && _s.CueAt(k) is { } cue && !cue.IsAny("list-intro", "company-cue", "supplier-noun", "goods", "compete"))
            {
                return null;
            }

            // ("such as Saudi Arabia's DataVolt": a place's possessive may stand before the first name.)
            if (_s.CueAt(k) is { } intro && intro.Start == k && intro.Is("list-intro"))
            {
                return _s.GroupAfter(intro.End, 3) ?? (_doc.Language == "en" ? GroupAfterDescription(intro.End) : null);
            }
        }

        return null;
    }

    /// <summary>"لتلحق بمنافستين محليتين هما «مور ثريدز» و«ميتا إكس»", "خلف منافستها المحلية «إس كيه هاينكس»": the rivals a
    /// rival noun names after its adjectives (and "هما", "namely").</summary>
    private MentionGroup? RivalsNamedAfterNoun(CueHit hit)
    {
        if (_doc.Language != "ar" || !_doc.Tokens[hit.End - 1].Norm.TrimStart('و', 'ب', 'ل').StartsWith("منافس", StringComparison.Ordinal))
        {
            return null;
        }

        for (var k = hit.End; k < _s.TokenEnd && k < hit.End + 6; k++)
        {
            // ("أمام منافسيها، وأبرزهم شركة «X»": the list a "most notable of them" opens after a comma.)
            if (_doc.Tokens[k].Norm is "," or "،" && _s.CueAt(k + 1) is { } notable && notable.Start == k + 1 && notable.Is("list-intro"))
            {
                k = notable.End - 1;
                continue;
            }

            if (_s.GroupAt(k) is { } named)
            {
                // ("إلى منافسة «ديب سيك»": a verbal noun right before a name is left to the other rules.)
                return named.Companies.Any() && !named.Prepositional && Enumerable.Range(hit.End, k - hit.End).Any(j => _doc.Tokens[j].IsWord) ? named : null;
            }

            // ("منافسيها الحقيقيين ليسوا «سارفام»": rivals it denies.)
            var t = _doc.Tokens[k];
            if (t.Kind != Text.TokenKind.Arabic && t.Norm is not ("«" or "\"") || IsNegator(k) || t.Norm is "ليسوا" or "ليسا" or "ليستا" || _s.IsRelationCue(k) || _s.CueAt(k) is { } cue && cue.IsAny("prep-in", "prep-from", "prep-to", "prep-with", "object-marker"))
            {
                return null;
            }
        }

        return null;
    }

    // The company the headline (the first sentence) is about: the subject of the sentence before when the headline names
    // it too ("«أكوا باور» تزوّد مجمع «واحات»", then "وتدخل الشركة" after a sentence about Wahat), else the headline's subject,
    // else the company named most often.
    private DocEntity? HeadlineCompany()
    {
        if (_sentences.Count == 0)
        {
            return _topic;
        }

        var headline = _sentences[0].Groups.SelectMany(g => g.Companies).ToList();
        return _s.Topic is { } recent && headline.Contains(recent) ? recent
            : _sentences[0].Groups.FirstOrDefault(g => !g.Prepositional && g.Companies.Any())?.Companies.First() ?? _topic;
    }

    /// <summary>
    /// The object of "تنافس" after its subject, over what may stand between them: "وتنافس «لامبدا» في هذا السوق «كورويف»",
    /// "وتنافس الشركة الأميركية، التي تدير أصولاً بعشرات المليارات، صناديق ... مثل «بلاكستون»".
    /// </summary>
    private MentionGroup? ObjectAfterSubject(int from)
    {
        var k = from;
        while (k < _s.TokenEnd && !_doc.Tokens[k].IsWord && _doc.Tokens[k].Norm is "»" or "\"" or "”")
        {
            k++;
        }

        // "الأميركية": an adjective of the subject.
        while (k < _s.TokenEnd && k < from + 3 && _doc.Tokens[k].Kind == Text.TokenKind.Arabic && _doc.Tokens[k].Norm.StartsWith("ال", StringComparison.Ordinal) && !_s.IsRelationCue(k) && _s.CueAt(k) is null)
        {
            k++;
        }

        // "، التي تدير أصولاً بعشرات المليارات،": a relative clause between commas.
        if (k + 1 < _s.TokenEnd && _doc.Tokens[k].Norm is "،" or "," && _doc.Tokens[k + 1].Norm is "التي" or "الذي")
        {
            var close = Enumerable.Range(k + 2, Math.Max(0, Math.Min(_s.TokenEnd, k + 20) - k - 2)).FirstOrDefault(j => _doc.Tokens[j].Norm is "،" or ",", -1);
            if (close < 0 || _s.Groups.Any(g => g.Start > k && g.Start < close))
            {
                return null;
            }

            k = close + 1;
        }
        else if (k < _s.TokenEnd && _doc.Tokens[k].Norm is "في" or "على")
        {
            // "في هذا السوق", "في سوق النماذج الموجهة للمؤسسات شركتي", "على العقود الدولية شركات مثل": where or for what they compete.
            var j = k + 1;
            while (j < _s.TokenEnd && j < k + 7 && _doc.Tokens[j].Kind == Text.TokenKind.Arabic && !_s.IsRelationCue(j) && _s.GroupAt(j) is null)
            {
                j++;
            }

            k = j;
        }
        else
        {
            return null;
        }

        return _s.GroupAfter(k, 4) is { Prepositional: false } named ? named : _s.ListAfterDescription(k);
    }

    /// <summary>
    /// "المنافسة بين أرامكو الرقمية من جهة، وكل من «هيوماين» ومجموعة G42 من جهة أخرى": two sides named "on one hand" and "on
    /// the other"; each company of one side competes with each of the other (those of one side with each other too).
    /// </summary>
    private bool ReadCompetingSides(CueHit hit)
    {
        var between = _s.Cues.FirstOrDefault(c => c.Is("prep-between") && c.Start >= hit.End && c.Start - hit.End <= 2);
        if (between is null || _s.GroupAfter(between.End, 3) is not { } first || !first.Companies.Any())
        {
            return false;
        }

        var side = first.End;
        while (side < _s.TokenEnd && !_doc.Tokens[side].IsWord)
        {
            side++;
        }

        if (side + 1 >= _s.TokenEnd || _doc.Tokens[side].Norm != "من" || _doc.Tokens[side + 1].Norm != "جهه")
        {
            return false;
        }

        // The other side: the names up to "من جهة أخرى", not those a description governs ("المدعومة من صندوق ...").
        var end = Enumerable.Range(side + 2, Math.Max(0, _s.TokenEnd - side - 3)).FirstOrDefault(k => _doc.Tokens[k].Norm == "من" && _doc.Tokens[k + 1].Norm == "جهه", -1);
        if (end < 0)
        {
            return false;
        }

        var sideA = first.Companies.ToList();
        var sideB = _s.Groups.Where(g => g.Start > side && g.End <= end && !_s.Cues.Any(c => c.End <= g.Start && g.Start - c.End <= 2 && _s.IsRelationCue(c.Start)))
            .SelectMany(g => g.Companies).Where(c => !sideA.Contains(c)).Distinct().ToList();
        if (sideB.Count == 0)
        {
            return false;
        }

        foreach (var (a, i) in sideA.Select((a, i) => (a, i)))
        {
            foreach (var other in sideA.Skip(i + 1).Concat(sideB))
            {
                _bag.Add(RelTypes.CompetesWith, a, other, null, null, null, Evidence);
            }
        }

        return true;
    }

    /// <summary>
    /// "Helix Rackworks, a smaller Texas-based rival, had also bid", "X, a rival of Foxconn,": a company described as a
    /// rival competes with the one the description names, or with the company the text is about.
    /// </summary>
    private bool ReadAppositiveRival(CueHit hit)
    {
        if (_doc.Language != "en" || _doc.Tokens[hit.Start].Norm is not ("rival" or "competitor" or "challenger"))
        {
            return false;
        }

        var k = hit.Start - 1;
        while (k > _s.TokenStart && hit.Start - k <= 4 && _doc.Tokens[k].Kind == Text.TokenKind.Latin
            && (char.IsLower(_doc.Text[_doc.Tokens[k].Start]) || _doc.Tokens[k].Norm.Contains('-')) && _doc.Tokens[k].Norm is not ("a" or "an" or "its") && !_s.IsRelationCue(k))
        {
            k--;                                                // "smaller", "Texas-based"
        }

        // "Infineon ... after STMicroelectronics, its long-time rival, lost": "its" is the company named before the name.
        if (k - 1 > _s.TokenStart && _doc.Tokens[k].Norm == "its" && _doc.Tokens[k - 1].Norm == ","
            && _s.Groups.FirstOrDefault(g => g.End == k - 1 && g.Companies.Any()) is { } rivalName
            && (_s.Groups.LastOrDefault(g => g.End <= rivalName.Start && g.Companies.Any() && !g.Members.Intersect(rivalName.Members).Any())?.Companies.Last()
                ?? (_s.Topic ?? _topic)) is { } owner && !rivalName.Members.Contains(owner))
        {
            foreach (var rival in rivalName.Companies)
            {
                _bag.Add(RelTypes.CompetesWith, rival, owner, null, null, null, Evidence);
            }

            return true;
        }

        // (The name and the one the description names may have been read as one list: the name is the one before the comma.)
        if (k - 1 <= _s.TokenStart || _doc.Tokens[k].Norm is not ("a" or "an") || _doc.Tokens[k - 1].Norm != ","
            || _s.Groups.FirstOrDefault(g => g.Start < k - 1 && k - 1 <= g.End) is not { } group || group.Members[0] is not { IsPerson: false } named)
        {
            return false;
        }

        var described = new MentionGroup(group.Start, k - 1, [named], group.Prepositional);

        var after = hit.End < _s.TokenEnd ? _doc.Tokens[hit.End].Norm : ".";
        IEnumerable<DocEntity> rivalled = after is "of" or "to" && _s.GroupAt(hit.End + 1) is { } ofGroup ? ofGroup.Companies
            : after is "of" or "to" && group.Members.Count > 1 ? group.Members.Skip(1).Where(m => !m.IsPerson)
            : after is "," or "." or "that" or "which" or "in" or "for" && (_s.Topic ?? _topic) is { } topic ? [topic] : [];
        foreach (var other in rivalled.Where(r => !described.Members.Contains(r)))
        {
            foreach (var rival in described.Companies)
            {
                _bag.Add(RelTypes.CompetesWith, rival, other, null, null, null, Evidence);
            }
        }

        return true;
    }

    // "Its main rival, Paymob, signed ...", "Fawry's closest competitor, Paymob, has ...", "أما المنافس الأبرز، «أمان»، فقد
    // وقّع ...": a rival noun opening the sentence names, in apposition, the rival of its possessor (the company the text
    // is about for "its" and "أما"); what the rest of the sentence says is the rival's own business, not more rivals.
    private bool ReadRivalNamedFirst(CueHit hit)
    {
        var first = FirstWordOfSentence();
        var k = hit.Start - 1;
        while (k >= first && hit.Start - k <= 3 && _doc.Tokens[k].Norm is "main" or "biggest" or "closest" or "largest" or "chief" or "nearest" or "fiercest" or "principal" or "leading")
        {
            k--;
        }

        DocEntity? rivalled;
        var after = hit.End;
        if (_doc.Language == "en" && _doc.Tokens[hit.Start].Norm is "rival" or "competitor" or "challenger")
        {
            rivalled = k == first && _doc.Tokens[k].Norm is "its" ? _s.Topic
                : k - 2 == first && _doc.Tokens[k].Norm is "s" && _doc.Tokens[k - 1].Norm is "'" or "’" && _s.GroupAt(first) is { } owner && owner.End == k - 1 ? owner.Companies.FirstOrDefault()
                : null;
        }
        else if (_doc.Language == "ar" && _doc.Tokens[hit.Start].Norm is "المنافس" or "المنافسه" && k == first && _doc.Tokens[k].Norm is "اما" or "واما")
        {
            rivalled = _s.Topic;
            while (after < _s.TokenEnd && _doc.Tokens[after].Norm is "الابرز" or "الاكبر" or "الاقرب" or "الرئيسي" or "الرئيسيه" or "الاشرس")
            {
                after++;
            }
        }
        else
        {
            return false;
        }

        if (rivalled is null || after >= _s.TokenEnd || _doc.Tokens[after].Norm is not ("," or "،") || _s.GroupAfter(after + 1, 2) is not { } named
            || named.Members.Contains(rivalled) || !named.Companies.Any() || named.End >= _s.TokenEnd || _doc.Tokens[PastQuotes(named.End)].Norm is not ("," or "،"))
        {
            return false;
        }

        foreach (var rival in named.Companies)
        {
            _bag.Add(RelTypes.CompetesWith, rival, rivalled, null, null, null, Evidence);
        }

        return true;
    }

    private int PastQuotes(int k)
    {
        while (k < _s.TokenEnd - 1 && _doc.Tokens[k].Norm is "\"" or "»" or "”")
        {
            k++;
        }

        return k;
    }

    // "فالمنافس الأبرز هو «كوالكوم»، إلى جانب «ميديا تك»", "والمنافس الرئيسي لـ«X» هو «Y»": the rival a copula names, of the
    // company after "لـ", else of the company the text is about.
    private bool ReadRivalIs(CueHit hit)
    {
        if (_doc.Language != "ar" || _doc.Tokens[hit.Start].Norm.TrimStart('و', 'ف') is not ("المنافس" or "المنافسه") || hit.End != hit.Start + 1)
        {
            return false;
        }

        var k = hit.End;
        while (k < _s.TokenEnd && _doc.Tokens[k].Norm is "الابرز" or "الاكبر" or "الاقرب" or "الرئيسي" or "الرئيسيه" or "الوحيد" or "الوحيده" or "المباشر" or "الاشرس")
        {
            k++;
        }

        var rivalledGroup = _s.GroupAfter(k, 3) is { Prepositional: true } ofGroup && ofGroup.Companies.Any() ? ofGroup : null;
        if (rivalledGroup is not null)
        {
            k = rivalledGroup.End;
            while (k < _s.TokenEnd && !_doc.Tokens[k].IsWord)
            {
                k++;
            }
        }

        if (k >= _s.TokenEnd || _doc.Tokens[k].Norm is not ("هو" or "هي" or "هما") || _s.GroupAfter(k + 1, 3) is not { Prepositional: false } named || !named.Companies.Any())
        {
            return false;
        }

        var rivalled = rivalledGroup?.Companies.First() ?? (_s.Groups.Any(g => g.End <= hit.Start && g.Companies.Any()) ? null : _s.Topic ?? _topic);
        if (rivalled is null || named.Members.Contains(rivalled))
        {
            return false;
        }

        foreach (var rival in _s.ListWithContinuations(named).Where(m => !m.IsPerson).Union(RivalsAfter(named.End)).Where(m => m != rivalled))
        {
            _bag.Add(RelTypes.CompetesWith, rival, rivalled, null, null, null, Evidence);
        }

        return true;
    }
}
