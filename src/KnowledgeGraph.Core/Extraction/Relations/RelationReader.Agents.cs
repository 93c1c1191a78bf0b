using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    /// <summary>
    /// Who acts: a name right before the cue, else the first name of the sentence that no preposition governs,
    /// else the referent of a pronoun attached to the cue (ها: a company, ه: a person), else the first such name of the
    /// sentence before. People stand for their company where a company must act.
    /// </summary>
    private List<DocEntity> Agents(CueHit hit, bool allowPeople, IReadOnlyCollection<DocEntity>? exclude = null)
    {
        // After "that" (أن، إن، that) a new clause starts with its own subject: "قال هوانغ إن إنفيديا تخطط ...".
        var clauseStart = _s.TokenStart;
        for (var k = hit.Start - 1; k >= _s.TokenStart; k--)
        {
            if ((_doc.Tokens[k].Norm is "ان" or "بان" or "وان" or ";" or "؛" || _doc.Tokens[k].Norm == "that" && !RelativeThat(k) || IsClauseBreak(k) || _s.CueAt(k) is { } speech && speech.Is("speech"))
                && (_s.Groups.Any(g => g.Start > k && g.End <= hit.Start && !g.Prepositional)
                    || _s.Cues.Any(c => c.Start > k && c.End <= hit.Start && c.Is("topic-ref") && _doc.Tokens[c.Start].Norm is "it" or "they")))
            {
                clauseStart = k;
                break;
            }
        }

        // The agency of a dateline is no subject.
        var candidates = _s.Groups.Where(g => g.Start >= clauseStart && g.End <= hit.Start && !g.Prepositional && (exclude is null || !g.Members.Intersect(exclude).Any())
            && !InBrackets(g)).ToList();
        var chosen = GroupEndingAt(hit.Start, 2) is { Prepositional: false } adjacent && candidates.Contains(adjacent) ? adjacent : candidates.FirstOrDefault();

        // "Before the Schwarz deal, Isarwerk had raised": the name right before the verb and its auxiliaries is its subject.
        if (_doc.Language == "en" && candidates.LastOrDefault() is { } nearest && nearest != chosen && nearest.Companies.Any()
            && Enumerable.Range(nearest.End, hit.Start - nearest.End).All(k => !_doc.Tokens[k].IsWord
                || _doc.Tokens[k].Norm is "had" or "has" or "have" or "was" or "were" or "is" or "are" or "will" or "would" or "also" or "already" or "recently" or "now" or "then" or "still" or "just" or "reportedly" or "quietly" or "previously" or "has" or "been"))
        {
            chosen = nearest;
        }

        // "Krutrim, the AI company founded by Ola chief Bhavish Aggarwal, competes": a name inside an apposition is no subject;
        // the name the apposition describes is.
        if (_doc.Language == "en" && chosen is not null && hit.Start > 0 && _doc.Tokens[hit.Start - 1].Norm == "," && chosen.End == hit.Start - 1
            && AppositionHead(hit.Start - 1, acrossCues: true) is { } described && described != chosen && candidates.Contains(described))
        {
            chosen = described;
        }

        // "شركة إريكسون، التي تعد منافساً لنوكيا", "Sunda, which raised $210m": a relative clause's subject is the name it follows.
        if (RelativeAntecedent(hit.Start, clauseStart) is { } antecedent && (exclude is null || !antecedent.Members.Intersect(exclude).Any()))
        {
            chosen = antecedent;
        }

        // "Goto said it would fund SoftBank's commitment to invest": a company between the person and the cue acts.
        if (allowPeople && chosen is not null && !chosen.Companies.Any() && candidates.LastOrDefault(g => g.Start > chosen.Start && g.Companies.Any()) is { } actingCompany)
        {
            chosen = actingCompany;
        }

        // Verb first (Arabic): "تتنافس ميتا مع جوجل", "تجري أمازون محادثات", over a company word and quotes: "حصلت شركة \"X\" على",
        // over a collective noun before a list: "ضخ مستثمرون مثل «X» و«Y» أموالاً في Z".
        var afterCollective = _doc.Language == "ar" && hit.End + 1 < _s.TokenEnd && ArabicAffixes.AffixVariants(_doc.Tokens[hit.End].Norm).Any(v => v is "مستثمرون" or "مستثمرين" or "صناديق" or "شركات" or "مجموعات")
            && _s.AfterListIntro(hit.End + 1) > hit.End + 1 ? hit.End + 1 : hit.End;
        if (chosen is null && (_s.Groups.FirstOrDefault(g => g.Start >= hit.End && g.Start - hit.End <= 1 && !g.Prepositional)
                ?? (_doc.Language == "ar" && _s.AfterListIntro(afterCollective) is var from && _s.GroupAfter(from, 3) is { } subject && (!subject.Prepositional || from > hit.End) ? subject : null)) is { } afterVerb
            && (exclude is null || !afterVerb.Members.Intersect(exclude).Any()))
        {
            chosen = afterVerb;
        }

        // "مستثمرون مثل «X» و«Y»": the whole list a collective noun introduces.
        IEnumerable<DocEntity> members = chosen is not null && afterCollective > hit.End && chosen.Start > hit.End ? _s.ListWithContinuations(chosen) : chosen?.Members ?? [];
        if (chosen is null)
        {
            if (DescribedEarlier(hit.Start) is { } describedEarlier)
            {
                members = [describedEarlier];                    // "Bitcoin miner X ... . The miner has ordered"
            }
            else if (hit.Suffix is "ه" && PreviousPerson() is { } person)
            {
                members = [person];
            }
            else if (hit.Suffix is "ها" && LastCompanyBefore(hit.Start) is { } company)
            {
                members = [company];
            }
            else if (_s.Cues.FirstOrDefault(c => c.Is("trio-ref") && (c.End <= hit.Start || (c.Start >= hit.End && c.Start - hit.End <= 1))) is { } trioRef
                && ((trioRef.End < _s.TokenEnd && _doc.Tokens[trioRef.End].Norm is "," or "،" && _s.GroupAfter(trioRef.End + 1, 2) is { } named3 && named3.Companies.Count() == 3
                    ? named3.Companies.ToList() : null) ?? LastCompaniesBefore(trioRef.Start, 3)) is { } trio)
            {
                members = trio;                                 // "The three startups compete", "وتتنافس الشركات الثلاث"
            }
            else if (_s.Cues.Any(c => c.Is("pair-ref") && (c.End <= hit.Start || (c.Start >= hit.End && c.Start - hit.End <= 1))) && LastTwoCompaniesBefore(hit.Start) is { } pair)
            {
                members = pair;                                 // "كما ضخت المجموعتان أموالا في X"
            }
            else if (_doc.Language == "ar" && hit.End < _s.TokenEnd && _s.CueAt(hit.End) is { } subjectRef && subjectRef.Start == hit.End && subjectRef.Is("topic-ref")
                && (_s.Topic ?? _topic) is { } verbFirstTopic)
            {
                members = [verbFirstTopic];                     // "طلبت الشركة خوادم من X": the company the text is about
            }
            else if (_s.CueAt(clauseStart) is { } said && said.Is("speech")
                && _s.Cues.FirstOrDefault(c => c.Is("topic-ref") && c.End <= hit.Start && c.Start >= clauseStart && _doc.Tokens[c.Start].Norm is "it" or "they") is { } it
                && _s.Groups.FirstOrDefault(g => g.End <= clauseStart && !g.Prepositional && !InBrackets(g) && g.Companies.Any() && (exclude is null || !g.Members.Intersect(exclude).Any())) is { } speaker)
            {
                members = speaker.Companies;                    // "Tallgrass ... said it had raised": "it" is the sentence's subject
            }
            else if (_topic is not null && _s.Cues.Any(c => c.Is("topic-ref") && c.End <= hit.Start))
            {
                // "it", "the start-up", الشركة: the article's company (the subject of the sentence before was tried: better on
                // some sets, worse on others, since that subject is often misread in English).
                // An English sentence opening "It ..." or "The company ..." right after a sentence that opened with a company: that company;
                // else, inside a paragraph, the company the paragraph is about (ParagraphSubject).
                // "The startup", "الشركة الناشئة": the young company named last (the sentence's topic says which).
                // "وأعلنت الشركة جمع 22 مليون دولار": a young company the sentences before spoke of (one the gazetteer does not
                // know) is the one that raises a round, rather than the article's big name.
                members = [StartupReference(_s) && _s.Topic is { } young ? young
                    : hit.Is("fundraise") && _doc.Language == "ar" && _s.Topic is { } raising && !_known(raising.Key) ? raising
                    : _doc.Language == "en" && _s.Cues.FirstOrDefault(c => c.Is("topic-ref")) is { } opening && opening.Start == FirstWordOfSentence()
                    && PreviousSentenceOpener() is { } opener ? opener : ParagraphSubject() ?? _topic];
            }
            else if (CompanyDescriptionBefore(hit.Start) && PreviousSentenceAgent() is { } topic)
            {
                members = topic.Members;
            }
        }

        var result = new List<DocEntity>();
        foreach (var m in members)
        {
            if (!m.IsPerson)
            {
                result.Add(m);
            }
            else if (allowPeople)
            {
                result.Add(m);
            }
            else if (_employer.TryGetValue(m.Key, out var employer))
            {
                result.Add(employer);
            }
        }

        return result;
    }

    private MentionGroup? RelativeAntecedent(int token, int clauseStart)
    {
        for (var k = token - 1; k >= clauseStart && k >= token - 6; k--)
        {
            if (_s.Groups.Any(g => g.Start <= k && k < g.End))
            {
                return null;                                    // a name stands between: it is the subject
            }

            if (_doc.Tokens[k].Norm is "التي" or "الذي" or "which" or "who")
            {
                var j = k - 1;
                while (j >= _s.TokenStart && !_doc.Tokens[j].IsWord)
                {
                    j--;
                }

                // "Ayriss, a Riyadh-based designer of optical transceivers, which buys lasers from X": past the apposition.
                return _s.Groups.FirstOrDefault(g => g.End == j + 1 && g.Companies.Any())
                    ?? (_doc.Language == "en" && _doc.Tokens[j + 1].Norm == "," ? AppositionHead(j + 1) : null)
                    ?? (_doc.Language == "ar" ? NameBeforeQualifiers(j) : null)
                    ?? DescribedAntecedent(j);
            }
        }

        return null;
    }

    // "Halvard, a start-up that rents out Nvidia chips, has raised": a "that" a verb follows opens a relative clause,
    // whose names are no subject of the main verb; "said that Nvidia would", "that the company had" open a new clause.
    private bool RelativeThat(int k)
    {
        var next = k + 1;
        if (next >= _s.TokenEnd || _s.Groups.Any(g => g.Start == next) || _doc.Tokens[next].Norm is "the" or "a" or "an" or "it" or "its" or "they" or "their"
            or "this" or "these" or "those" or "he" or "she" or "we" or "both" or "all" or "some" or "such" || !char.IsLower(_doc.Text[_doc.Tokens[next].Start]))
        {
            return false;
        }

        var previous = k - 1;
        while (previous >= _s.TokenStart && !_doc.Tokens[previous].IsWord)
        {
            previous--;
        }

        return previous >= _s.TokenStart && !(_s.CueAt(previous) is { } cue && cue.Is("speech"));
    }

    // "«نيسا» الناشئة في مومباي، التي جمعت": the name that adjectives and a place follow before the relative pronoun.
    private MentionGroup? NameBeforeQualifiers(int last)
    {
        for (var k = last; k >= _s.TokenStart && k > last - 5; k--)
        {
            if (_s.Groups.FirstOrDefault(g => g.End == k + 1) is { } g)
            {
                return g.Companies.Any() && !g.Prepositional ? g : null;
            }

            if (_s.IsRelationCue(k) || _doc.Tokens[k].Norm is "," or "،" or "." or "(" or ")" or ":" || _s.CueAt(k) is { } cue && !cue.IsAny("prep-in", "prep-of", "object-marker"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "«هايريزو»، مزود الحوسبة السحابية الياباني الذي يشتري رقائقه من «إنفيديا»": a relative clause after a description set
    /// off by a comma after a name belongs to that name (<paramref name="last"/> is the description's last word).
    /// </summary>
    private MentionGroup? DescribedAntecedent(int last)
    {
        if (_doc.Language != "ar")
        {
            return null;
        }

        for (var k = last; k >= _s.TokenStart && k > last - 7; k--)
        {
            if (_doc.Tokens[k].Norm is "،" or ",")
            {
                var j = k - 1;
                while (j >= _s.TokenStart && !_doc.Tokens[j].IsWord)
                {
                    j--;
                }

                return k < last ? _s.Groups.FirstOrDefault(g => g.End == j + 1 && g.Companies.Any()) : null;
            }

            if (_s.GroupAt(k) is not null || _s.IsRelationCue(k) || !_doc.Tokens[k].IsWord || _s.IsClauseBreakWord(k))
            {
                return null;
            }
        }

        return null;
    }

    // The company an apposition ending at the comma <paramref name="comma"/> describes: "X, a ... designer of Y, which".
    private MentionGroup? AppositionHead(int comma, bool acrossCues = false)
    {
        for (var k = comma - 1; k >= _s.TokenStart && k >= comma - 12; k--)
        {
            if (!acrossCues && _s.IsRelationCue(k) || _doc.Tokens[k].Norm is ";" or "(" or ")")
            {
                return null;
            }

            if (_doc.Tokens[k].Norm == "," && k + 1 < comma && _doc.Tokens[k + 1].Norm is "a" or "an" or "the")
            {
                return _s.Groups.FirstOrDefault(g => g.End == k && g.Companies.Any() && !g.Prepositional);
            }
        }

        return null;
    }

    // "Bitcoin miner Halvard ... . The miner has also ordered ...": a sentence opening "The <noun>" speaks of the company that
    // noun last stood right before (its description), not of the article's main company.
    private DocEntity? DescribedEarlier(int before)
    {
        var first = FirstWordOfSentence();
        if (_doc.Language != "en" || first < 0 || first + 2 > before || _doc.Tokens[first].Norm != "the"
            || _doc.Tokens[first + 1] is not { IsWord: true } noun || _doc.IsCueWord("topic-ref", first) || _s.GroupAt(first + 1) is not null
            || !Enumerable.Range(first + 2, before - first - 2).All(k => _doc.Tokens[k].Norm is "has" or "had" or "have" or "will" or "would" or "is" or "was" or "also" or "already" or "now" or "then" or "recently" or "since"))
        {
            return null;
        }

        for (var index = _s.Sentence.Index - 1; index >= 0; index--)
        {
            var previous = _sentences[index];
            if (previous.Groups.LastOrDefault(g => g.Start > previous.TokenStart && g.Companies.Any() && _doc.Tokens[g.Start - 1].Norm == noun.Norm) is { } named)
            {
                return named.Companies.First();
            }
        }

        return null;
    }

    private int FirstWordOfSentence() =>
        Enumerable.Range(_s.TokenStart, _s.TokenEnd - _s.TokenStart).FirstOrDefault(k => _doc.Tokens[k].IsWord, -1);

    // "BENGALURU, May 22 (PTI) - ...": the agency of a dateline.
    private bool InBrackets(MentionGroup g) =>
        g.Start > _s.TokenStart && _doc.Tokens[g.Start - 1].Norm == "(" && g.End + 1 < _s.TokenEnd && _doc.Tokens[g.End].Norm == ")"
        && _doc.Tokens[g.End + 1].Norm is "-" or "–" or "—" or "--";

    // "الشركة", "شركة الذكاء الاصطناعي الناشئة", "the startup": a company named earlier acts in this sentence.
    private bool CompanyDescriptionBefore(int token) =>
        Enumerable.Range(_s.TokenStart, Math.Max(0, token - _s.TokenStart)).Any(k => _doc.Tokens[k].IsWord && _doc.IsCueWord("company-cue", k));

    // Whether a line break stands between this sentence and the one before: a new paragraph.
    private bool NewParagraph() =>
        _s.Sentence.Index == 0 || _doc.Text.AsSpan(_sentences[_s.Sentence.Index - 1].Sentence.End, Math.Max(0, _s.Sentence.Start - _sentences[_s.Sentence.Index - 1].Sentence.End)).Contains('\n');

    // The company that opens the sentence before ("Lambda is building ... . It has signed ..."); a sentence that itself
    // opens with "It" passes on the one before it.
    private DocEntity? PreviousSentenceOpener()
    {
        // A paragraph that opens with "The company" speaks of the article's company.
        if (NewParagraph())
        {
            return null;
        }

        for (var index = _s.Sentence.Index - 1; index >= 0 && index >= _s.Sentence.Index - 3; index--)
        {
            var previous = _sentences[index];
            var first = previous.TokenStart;
            while (first < previous.TokenEnd && !_doc.Tokens[first].IsWord)
            {
                first++;
            }

            if (previous.Groups.FirstOrDefault(g => g.Start == first && g.Companies.Any()) is { } opener)
            {
                return opener.Companies.First();
            }

            if (!(previous.CueAt(first) is { } reference && reference.Is("topic-ref")))
            {
                return null;
            }
        }

        return null;
    }

    private MentionGroup? PreviousSentenceAgent()
    {
        var index = _s.Sentence.Index;
        for (var k = index - 1; k >= 0 && k >= index - 2; k--)
        {
            if (_sentences[k].Groups.FirstOrDefault(g => !g.Prepositional && g.Companies.Any()) is { } g)
            {
                return g;
            }
        }

        return null;
    }

    private DocEntity? PreviousPerson()
    {
        var index = _s.Sentence.Index;
        for (var k = index - 1; k >= 0 && k >= index - 2; k--)
        {
            if (_sentences[k].Groups.LastOrDefault(g => g.People.Any()) is { } g)
            {
                return g.People.Last();
            }
        }

        return null;
    }

    private DocEntity? LastCompanyBefore(int token, IReadOnlyCollection<DocEntity> except)
    {
        for (var si = _s.Sentence.Index; si >= 0; si--)
        {
            if (_sentences[si].Groups.LastOrDefault(g => (si != _s.Sentence.Index || g.End <= token) && g.Companies.Except(except).Any()) is { } g)
            {
                return g.Companies.Except(except).Last();
            }
        }

        return null;
    }

    private DocEntity? LastCompanyBefore(int token) => LastCompanyBefore(token, []);

    // "..., and Nvidia invested", "، فيما تشتري أنثروبيك", "بينما", "while": a new clause with its own subject.
    private bool IsClauseBreak(int k)
    {
        var t = _doc.Tokens[k];
        if (_s.IsClauseBreakWord(k))
        {
            return true;
        }

        return t.Norm is "," or "،" && k + 1 < _s.TokenEnd && (_doc.Tokens[k + 1].Norm is "and" or "but" or "while" or "فيما" or "بينما"
            || (_doc.Tokens[k + 1].Kind == Text.TokenKind.Arabic && _doc.Tokens[k + 1].Norm.Length > 3 && _doc.Tokens[k + 1].Norm[0] == 'و' && _s.CueAt(k + 1) is not null));
    }

    private List<DocEntity>? LastTwoCompaniesBefore(int token)
    {
        // A pair named together ("علي بابا وتينسنت") is what "the two" means; otherwise the last two named, past owners
        // and parents ("Scala, controlled by DigitalBridge, ..., and Ascenty, a joint venture of Digital Realty and
        // Brookfield, .... Both compete": Scala and Ascenty); otherwise the last two named.
        for (var si = _s.Sentence.Index; si >= 0 && si >= _s.Sentence.Index - 2; si--)
        {
            if (_sentences[si].Groups.LastOrDefault(g => (si != _s.Sentence.Index || g.End <= token) && g.Companies.Count() == 2 && !IsOwnerMention(_sentences[si], g)) is { } together)
            {
                return [.. together.Companies];
            }
        }

        return SentenceSubjects(token) ?? LastTwoCompanies(token, pastOwners: true) ?? LastTwoCompanies(token, pastOwners: false);
    }

    // "KDDI agreed to buy part of Sharp's plant .... SoftBank Corp, which acquired a building from Sharp, .... The two
    // operators are competing": the companies the two sentences before open with.
    private List<DocEntity>? SentenceSubjects(int token)
    {
        if (_doc.Language != "en" || _s.Groups.Any(g => g.End <= token && g.Companies.Any()))
        {
            return null;
        }

        var subjects = new List<DocEntity>();
        for (var si = _s.Sentence.Index - 1; si >= 0 && si >= _s.Sentence.Index - 2; si--)
        {
            var sentence = _sentences[si];
            if (sentence.Groups.Count == 0 || sentence.Groups[0] is not { Prepositional: false } opener || opener.Start > sentence.TokenStart + 1 || opener.Companies.Count() != 1)
            {
                return null;
            }

            subjects.Insert(0, opener.Companies.First());
        }

        return subjects.Distinct().Count() == 2 ? subjects : null;
    }

    private List<DocEntity>? LastTwoCompanies(int token, bool pastOwners) => LastCompanies(token, pastOwners, 2);

    // The last n companies named before the token (this sentence and the two before), in text order.
    private List<DocEntity>? LastCompanies(int token, bool pastOwners, int n)
    {
        var recent = new List<DocEntity>();
        for (var si = _s.Sentence.Index; si >= 0 && si >= _s.Sentence.Index - 2; si--)
        {
            foreach (var c in _sentences[si].Groups.Where(g => (si != _s.Sentence.Index || g.End <= token) && !(pastOwners && IsOwnerMention(_sentences[si], g))).Reverse().SelectMany(g => g.Companies.Reverse()))
            {
                if (!recent.Contains(c))
                {
                    recent.Add(c);
                }

                if (recent.Count == n)
                {
                    recent.Reverse();
                    return recent;
                }
            }
        }

        return null;
    }

    // "The three startups": three companies named together before (this sentence and the two before), else the last three
    // named, past owners.
    private List<DocEntity>? LastCompaniesBefore(int token, int n)
    {
        for (var si = _s.Sentence.Index; si >= 0 && si >= _s.Sentence.Index - 2; si--)
        {
            if (_sentences[si].Groups.LastOrDefault(g => (si != _s.Sentence.Index || g.End <= token) && g.Companies.Count() == n && !IsOwnerMention(_sentences[si], g)) is { } together)
            {
                return [.. together.Companies];
            }
        }

        // (Fewer than n named before it in its own sentence: one was not recognised; earlier sentences would fill in a wrong one.)
        return _s.Groups.Any(g => g.End <= token && g.Companies.Any()) ? null : LastCompanies(token, pastOwners: true, n);
    }

    // "a joint venture of X and Y", "controlled by X", "التابعة لمجموعة X", "bought a building from X": a name that only
    // says who owns (or owned) the one before.
    private bool IsOwnerMention(SentenceView sentence, MentionGroup g)
    {
        for (var k = g.Start - 1; k >= sentence.TokenStart && k >= g.Start - 3; k--)
        {
            if (_doc.Tokens[k].Norm is "of" or "by" or "from" or "التابعه" or "التابع" or "المملوكه" or "المملوك")
            {
                return true;
            }

            if (_doc.Tokens[k].IsWord && _doc.Tokens[k].Norm != "the" && !_doc.IsCueWord("company-cue", k))
            {
                return false;
            }
        }

        return false;
    }
}
