using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>Rivals an Arabic noun or adjective describes: "«X»، المنافسة لـ«Y»", "لشركة «X» المنافسة", "ومنافستها «X»".</summary>
internal sealed partial class RelationReader
{
    /// <summary>
    /// "«حتساف»، المنافسة لـ«ديكارت»", "«فينيكس» اللبنانية، المنافس الإقليمي الأبرز لرنان": a company described, in
    /// apposition, as the rival of the company after "لـ" competes with that company (not with the subject of the sentence);
    /// "شركات منافسة لـ«X»، مثل «A» و«B»": the companies listed compete with X.
    /// </summary>
    private bool ReadRivalAdjective(CueHit hit)
    {
        var norm = _doc.Tokens[hit.Start].Norm;
        if (_doc.Language != "ar" || norm is not ("المنافس" or "المنافسه" or "منافسه") || hit.End != hit.Start + 1)
        {
            return false;
        }

        var after = PastRivalAdjectives(hit.End);
        var rivalledGroup = RivalledAfterLam(after);
        if (norm == "منافسه")
        {
            return hit.Start > _s.TokenStart && _doc.Tokens[hit.Start - 1].Norm is "شركات" or "مختبرات" or "منصات" && ReadRivalsOfListed(rivalledGroup);
        }

        var k = hit.Start - 1;
        var comma = k > _s.TokenStart && _doc.Tokens[k].Norm is "،" or ",";
        if (comma)
        {
            k--;
            // "«فينيكس» اللبنانية،": the name's own adjectives before the comma.
            for (var skipped = 0; skipped < 2 && k > _s.TokenStart && IsArabicAdjective(k); skipped++)
            {
                k--;
            }
        }

        // ("جزءاً من «أوبن إيه آي» المنافسة", without "لـ": whose rival is left to the reader, and often not the company the text
        // is about.)
        if (GroupEndingAt(k + 1, 2) is not { } named || !named.Companies.Any() || rivalledGroup?.Companies.First() is not { } rivalled
            || FacedBefore(named.Start) || named.Members.Contains(rivalled))
        {
            return false;
        }

        foreach (var rival in named.Companies)
        {
            _bag.Add(RelTypes.CompetesWith, rival, rivalled, null, null, null, Evidence);
        }

        return true;
    }

    // "شركات منافسة لسكيل، مثل «سيرج» و«ميركور»": the names a list intro gives after the rivalled company.
    private bool ReadRivalsOfListed(MentionGroup? rivalledGroup)
    {
        if (rivalledGroup is null)
        {
            return false;
        }

        // (The rivalled company and the list may have been read as one group: "لسنتر3، مثل داتافولت وكور42".)
        var rivalled = rivalledGroup.Companies.First();
        IEnumerable<DocEntity> rivals = rivalledGroup.Members.Skip(1);
        if (!_s.Cues.Any(c => c.Is("list-intro") && c.Start > rivalledGroup.Start && c.End < rivalledGroup.End))
        {
            var k = rivalledGroup.End;
            while (k < _s.TokenEnd && !_doc.Tokens[k].IsWord)
            {
                k++;
            }

            if (rivalledGroup.Members.Count > 1 || _s.CueAt(k) is not { } intro || intro.Start != k || !intro.Is("list-intro")
                || _s.GroupAfter(intro.End, 3) is not { Prepositional: false } listed)
            {
                return false;
            }

            rivals = _s.ListWithContinuations(listed);
        }

        foreach (var rival in rivals.Where(m => !m.IsPerson && m != rivalled).Distinct())
        {
            _bag.Add(RelTypes.CompetesWith, rival, rivalled, null, null, null, Evidence);
        }

        return true;
    }

    // Past "المباشرة", "الإقليمي الأبرز", "اللدود" after a rival noun.
    private int PastRivalAdjectives(int k)
    {
        for (var skipped = 0; skipped < 3 && k < _s.TokenEnd && IsArabicAdjective(k); skipped++)
        {
            k++;
        }

        return k;
    }

    private bool IsArabicAdjective(int k) =>
        _doc.Tokens[k].Kind == Text.TokenKind.Arabic && _doc.Tokens[k].Norm.StartsWith("ال", StringComparison.Ordinal) && _doc.Tokens[k].Norm is not ("الذي" or "التي")
        && _s.GroupAt(k) is null && _s.CueAt(k) is null && !_s.IsRelationCue(k);

    // "لـ«ديكارت»", "لهانمي": the company a rival noun is the rival of.
    private MentionGroup? RivalledAfterLam(int k) =>
        k < _s.TokenEnd && _doc.Tokens[k].Kind == Text.TokenKind.Arabic && _doc.Tokens[k].Norm.StartsWith('ل')
        && _s.GroupAfter(k, 3) is { Prepositional: true } of && of.Start - k <= 2 && of.Companies.Any() ? of : null;

    // "تواجه «X» المنافسة من": the name is the object of a competition cue, and "المنافسة" a noun.
    private bool FacedBefore(int start) =>
        _s.Cues.Any(c => c.Is("compete") && c.End <= start && start - c.End <= 2);

    private bool IsPrepositionWord(int k) =>
        _doc.Tokens[k].Norm is "من" or "مع" or "بين" or "على" or "في" or "عبر" or "ضد" or "امام" or "حول" or "عن";

    /// <summary>
    /// "وتستخدم «نايل» أدوات سينوبسيس ومنافستها «كادنس»", "لم تقف منافستها «إي آند» مكتوفة الأيدي": the company a
    /// rival noun with a possessive names right after it competes with the possessor: the name joined to it by "و", else the
    /// sentence's first company, else the company the text is about.
    /// </summary>
    private bool ReadPossessedRival(CueHit hit)
    {
        var norm = _doc.Tokens[hit.Start].Norm;
        var stem = norm.TrimStart('و', 'ف', 'ل', 'ب');
        if (_doc.Language != "ar" || hit.End != hit.Start + 1 || stem is not ("منافستها" or "منافسها" or "منافسته"))
        {
            return false;
        }

        // ("مع منافستها «X»": the object of a preposition is left to the reader of the verb before it.)
        if (hit.Start > _s.TokenStart && IsPrepositionWord(hit.Start - 1) || _s.GroupAfter(hit.End, 2) is not { Prepositional: false } named || !named.Companies.Any()
            || Enumerable.Range(hit.End, named.Start - hit.End).Any(k => _doc.Tokens[k].IsWord))
        {
            return false;
        }

        var joined = norm.StartsWith('و') && GroupEndingAt(hit.Start, 2) is { } before && before.Companies.Any() ? before.Companies.Last() : null;
        var possessor = joined
            ?? _s.CompanySubjectBefore(hit.Start)
            ?? _s.Topic ?? _topic;
        if (possessor is null || named.Members.Contains(possessor))
        {
            return false;
        }

        foreach (var rival in _s.ListWithContinuations(named).Where(m => !m.IsPerson && m != possessor))
        {
            _bag.Add(RelTypes.CompetesWith, possessor, rival, null, null, null, Evidence);
        }

        return true;
    }

    /// <summary>
    /// "وتعد «كور42» اليوم أبرز منافسي «داو»", "وتعد «X» و«Y» من أبرز منافسيها", "اللحاق بـX وY، أبرز منافسيها": the names
    /// before "(one of) the foremost rivals of" compete with the company after it, or with the possessor (the sentence's
    /// subject, else the company the text is about).
    /// </summary>
    private bool ReadTopRivals(CueHit hit)
    {
        var norm = _doc.Tokens[hit.Start].Norm;
        if (_doc.Language != "ar" || hit.End != hit.Start + 1 || norm is not ("منافسي" or "منافسيها" or "منافسيه")
            || hit.Start - 1 <= _s.TokenStart || _doc.Tokens[hit.Start - 1].Norm is not ("ابرز" or "اكبر" or "اشد" or "اقرب" or "اهم"))
        {
            return false;
        }

        var k = hit.Start - 2;
        if (_doc.Tokens[k].Norm == "من")
        {
            k--;
        }

        // "اليوم", "حالياً", or the comma of an apposition ("وأنثروبيك، أبرز منافسيها").
        for (var skipped = 0; skipped < 2 && k > _s.TokenStart && _doc.Tokens[k].Norm is "اليوم" or "حاليا" or "ايضا" or "," or "،"; skipped++)
        {
            k--;
        }

        if (GroupEndingAt(k + 1, 2) is not { } rivals || !rivals.Companies.Any())
        {
            return false;
        }

        var rivalled = norm == "منافسي"
            ? _s.GroupAfter(hit.End, 2)?.Companies.FirstOrDefault()
            : _s.CompanySubjectBefore(rivals.Start) ?? _s.Topic ?? _topic;
        if (rivalled is null || rivals.Members.Contains(rivalled))
        {
            return false;
        }

        foreach (var rival in _s.ListWithContinuations(rivals).Where(m => !m.IsPerson && m != rivalled))
        {
            _bag.Add(RelTypes.CompetesWith, rival, rivalled, null, null, null, Evidence);
        }

        return true;
    }

    /// <summary>"Stratacore counts Lambda and CoreWeave among its main rivals": the names counted among a company's rivals
    /// compete with it.</summary>
    private bool ReadCountedRivals(CueHit hit)
    {
        if (_doc.Language != "en" || _doc.Tokens[hit.Start].Norm is not ("rivals" or "competitors" or "challengers"))
        {
            return false;
        }

        var k = hit.Start - 1;
        while (k > _s.TokenStart && hit.Start - k <= 3 && _doc.Tokens[k].Norm is "main" or "biggest" or "closest" or "chief" or "key" or "direct" or "nearest" or "most" or "fiercest")
        {
            k--;
        }

        if (k - 2 <= _s.TokenStart || _doc.Tokens[k].Norm != "its" || _doc.Tokens[k - 1].Norm != "among" || GroupEndingAt(k - 1, 1) is not { } counted
            || counted.Start - 1 <= _s.TokenStart || _doc.Tokens[counted.Start - 1].Norm is not ("counts" or "count" or "counted" or "lists" or "listed"))
        {
            return false;
        }

        var owner = GroupEndingAt(counted.Start - 1, 1)?.Companies.FirstOrDefault()
            ?? (_s.CueAt(counted.Start - 2) is { } reference && reference.Is("topic-ref") ? _s.Topic : null);
        if (owner is null || counted.Members.Contains(owner))
        {
            return false;
        }

        foreach (var rival in _s.ListWithContinuations(counted).Where(m => !m.IsPerson && m != owner))
        {
            _bag.Add(RelTypes.CompetesWith, owner, rival, null, null, null, Evidence);
        }

        return true;
    }
}
