using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>A company raising money: who funds the raise, who leads it, and who is talked with over it.</summary>
internal sealed partial class RelationReader
{
    private void ReadFundraise(CueHit hit)
    {
        if (ReadRoundRole(hit) || ReadLedPossessiveRound(hit))
        {
            return;
        }

        // "Y raised $2bn from A and B", "جمعت Y ... من X", "round led by X" (a lead needs a round: "OpenAI, led by Sam Altman" is no investment).
        if (hit.Is("led-by") && !_s.Cues.Any(c => (c.Is("fundraise") || c.Is("invest")) && (IsRoundWord(c) || _money is not null) || c.Is("loan") && c.End <= hit.Start))
        {
            ReadLedByPerson(hit);
            return;
        }

        // "from investors including A, B and C, as well as M12, Microsoft's venture fund": the list goes on.
        // ("قرض يقوده X، وفق وثائق اطلعت عليها الصحيفة": a loan's lenders stand right after the verb; a later "عليها" is no lender.)
        var loanLed = hit.Is("led-by") && _s.Cues.Any(c => c.Is("loan") && c.End <= hit.Start);
        var investorGroup = (loanLed ? _s.GroupAfter(hit.End, 3) : null) ?? _s.ObjectAfter(hit.End, Window, "prep-from", "led-by") ?? (hit.Is("led-by") ? _s.GroupAfter(hit.End, 3) ?? GroupAfterDescription(hit.End) ?? ManagerOfFundsAfter(hit.End) : null)
            ?? (hit.Is("fundraise") ? FromPartyAfter(hit.End, Window) ?? TalksPartner(hit) : null);
        var investors = investorGroup is null ? null : _s.Groups.Contains(investorGroup) ? _s.ListWithContinuations(investorGroup) : investorGroup.Members.ToList();
        // "a round led by Lightspeed with Peak XV Partners and Khosla Ventures", "led by A, with B and C": the names "with" adds join the lead.
        var withAt = investorGroup is null ? -1 : investorGroup.End < _s.TokenEnd && _doc.Tokens[investorGroup.End].Norm == "with" ? investorGroup.End
            : investorGroup.End + 1 < _s.TokenEnd && _doc.Tokens[investorGroup.End].Norm == "," && _doc.Tokens[investorGroup.End + 1].Norm == "with" ? investorGroup.End + 1 : -1;
        if (hit.Is("led-by") && _doc.Language == "en" && investors is { Count: > 0 } && withAt > 0 && _s.GroupAt(withAt + 1) is { } withGroup && withGroup.Companies.Any())
        {
            investors = [.. investors.Union(_s.ListWithContinuations(withGroup).Where(m => !m.IsPerson))];
        }

        // "قادت علي بابا جولة تمويل في مونشوت", "Nvidia led a $1bn round in Poolside": the lead invests in the round's company.
        if ((investors is null || investors.Count == 0) && IsRoundWord(hit)
            && _s.Cues.LastOrDefault(c => c.Is("lead-verb") && c.End <= hit.Start) is { } lead
            && _s.ObjectAfter(hit.End, Window, "prep-in", "prep-to")?.Companies.ToList() is { Count: > 0 } roundCompanies)   // "a round in X", "a round for X"
        {
            foreach (var leader in Agents(lead, allowPeople: false, exclude: roundCompanies))
            {
                foreach (var company in roundCompanies)
                {
                    _bag.Add(RelTypes.InvestsIn, leader, company, _money, _status, null, Evidence);
                    _sentenceInvestments.Add((leader, company));
                }
            }

            return;
        }

        if (investors is null || investors.Count == 0)
        {
            // "Tenstorrent raised $693m": the company whose round later sentences speak of ("The round was led by X").
            // The first raise of a sentence names its company: "X has raised $1bn in a round led by Y, the largest funding round ever".
            if (hit.Is("fundraise") && _round?.Sentence != _s.Sentence.Index && Agents(hit, allowPeople: false).FirstOrDefault() is { } raising
                && !_sentenceInvestments.Any(r => r.Investor == raising) && !NamedOnlyAfter(raising, hit))
            {
                _round = (raising, _s.Sentence.Index);
            }

            return;
        }

        // "The round was led by X": the round's company is the one that raised it lately, else the subject of the sentence before.
        // "جولة التمويل التي جمعت فيها «داتابريكس» عشرة مليارات دولار، وقادتها ثرايف كابيتال": the company this sentence says raised it.
        var raisedHere = hit.Is("led-by") && _round is { } r && r.Sentence == _s.Sentence.Index && !investors.Contains(r.Company) ? r.Company : null;
        // "جولة قادتها «بلاك روك» في «غروك»", "a round led by X in Y": the company named right after the lead.
        var ledIn = hit.Is("led-by") && investorGroup is not null ? _s.ObjectAfter(investorGroup.End, 2, "prep-in")?.Companies.FirstOrDefault(c => !investors.Contains(c)) : null;
        // "X closed a facility led by Y", "قرض مشترك يقوده Y": the borrower is the subject before the loan, else the company the
        // text speaks of, never a name near the lenders ("The remaining €2.5 billion is a loan arranged by Y, ... in Oslo").
        var loanBorrower = loanLed && _s.Cues.FirstOrDefault(c => c.Is("loan") && c.End <= hit.Start) is { } loan && !_s.Cues.Any(c => c.Is("fundraise") && IsRoundWord(c))
            ? (_s.CompanySubjectBefore(loan.Start) ?? _topic ?? RecentRound()) is { } borrower && !investors.Contains(borrower) ? borrower : null : null;
        var investee = ledIn ?? raisedHere ?? loanBorrower ?? _s.ObjectAfter(hit.End, 4, "prep-to")?.Companies.FirstOrDefault() ?? Agents(hit, allowPeople: false, exclude: investors).FirstOrDefault()
            ?? (_s.Cues.Any(c => c.Is("fundraise") && IsRoundWord(c) || c.Is("loan") && c.End <= hit.Start) && (RecentRound() ?? _s.Topic) is { } roundCompany && !investors.Contains(roundCompany) ? roundCompany : null);
        // "Nvidia holds a stake in Wayve after joining its Series C, a round led by SoftBank": the round is the investee's, not its investor's.
        if (investee is not null && ledIn is null && _sentenceInvestments.LastOrDefault(p => p.Investor == investee && !investors.Contains(p.Investee)) is { Investee: { } joined })
        {
            investee = joined;
        }
        if (investee is null)
        {
            return;
        }

        _round = (investee, _s.Sentence.Index);

        foreach (var investor in investors.Where(i => i != investee))
        {
            _bag.Add(RelTypes.InvestsIn, investor, investee, _money, _status, null, Evidence);
            _sentenceInvestments.Add((investor, investee));
        }
    }

    // "وتتلقى «X» تمويلاً من «Y»، الذي ضخ فيها 800 مليون", "وتحظى بدعم «Y»، ذراع ...، التي ضخت فيها": with no subject after
    // "فيها", the relative verb's subject is the funder the sentence names after "من"/"بدعم", and "ها" is the funded subject.
    private bool ReadFunderRelative(CueHit hit)
    {
        if (_doc.Language != "ar" || hit.End >= _s.TokenEnd || _doc.Tokens[hit.End].Norm is not ("فيها" or "فيه")
            || WordBefore(hit.Start) is not { } which || _doc.Tokens[which].Norm is not ("التي" or "الذي")
            || _s.GroupAfter(hit.End + 1, 3) is { Prepositional: false }
            || _s.Groups.LastOrDefault(g => g.End <= which && which - g.End <= 16 && g.Companies.Any() && FunderMarkBefore(g.Start)) is not { } funder)
        {
            return false;
        }

        var funded = _s.CompanySubjectBefore(funder.Start)
            ?? (_s.Cues.Any(c => c.Is("topic-ref") && c.End <= funder.Start) ? _s.Topic ?? _topic : null);
        if (funded is null || funder.Members.Contains(funded))
        {
            return false;
        }

        foreach (var investor in funder.Companies)
        {
            _bag.Add(RelTypes.InvestsIn, investor, funded, _money, _status, null, Evidence);
            _sentenceInvestments.Add((investor, funded));
        }

        return true;
    }

    private bool FunderMarkBefore(int start) =>
        WordBefore(start) is { } k && k > _s.TokenStart && (_doc.Tokens[k].Norm is "بدعم" or "بتمويل" || _doc.Tokens[k].Norm is "من" && _doc.Tokens[k - 1].Norm is "بدعم" or "تمويلا" or "تمويل" or "بتمويل" or "دعما" or "استثمارا");

    // Past quotes and company words ("» مجموعة «", "صندوق"): where the name they introduce starts.
    private int SkipCompanyWords(int from)
    {
        var k = from;
        while (k < _s.TokenEnd && k < from + 4 && _s.GroupAt(k) is null && (!_doc.Tokens[k].IsWord && _doc.Tokens[k].Norm is not ("." or "," or "،" or ";" or "؛") || _doc.IsCueWord("company-cue", k)))
        {
            k++;
        }

        return k;
    }

    // "The round drew A and B", "the round included A": the names after the round word's verb joined it; none of them raised it.
    private bool NamedOnlyAfter(DocEntity company, CueHit hit) =>
        _doc.Language == "en" && hit.End < _s.TokenEnd && _s.CueAt(hit.End) is { } verb && verb.Start == hit.End && verb.Is("join-round")
        && !_s.Groups.Any(g => g.End <= hit.Start && g.Members.Contains(company));

    // "OpenAI, led by Sam Altman, ...", "Yotta, the Mumbai-based cloud provider led by Sunil Gupta": the person leads the company.
    private void ReadLedByPerson(CueHit hit)
    {
        if (_s.GroupAfter(hit.End, 2) is not { } led || !led.People.Any()
            || _s.Groups.LastOrDefault(g => g.End <= hit.Start && hit.Start - g.End <= 8 && g.Companies.Any()) is not { } company
            || Enumerable.Range(company.End, hit.Start - company.End).Any(k => _s.IsRelationCue(k) || _doc.Tokens[k].Norm is "." or ";" or "؛"))
        {
            return;
        }

        foreach (var person in led.People)
        {
            _bag.Add(RelTypes.WorksFor, person, company.Companies.Last(), null, null, "leader", Evidence);
        }
    }

    // "تخوض «موضوع» مفاوضات مع صندوق «جدا» لجمع تمويل جديد", "... لجمع 400 مليون دولار، وتجري الشركة محادثات مع X": the one
    // talked with over a raise is its would-be investor.
    private MentionGroup? TalksPartner(CueHit raise)
    {
        // A raise: "لجمع تمويل جديد", "to raise $400m" — not "طلبات التمويل" (loan applications).
        var raising = _money is not null || ArabicAffixes.AffixVariants(_doc.Tokens[raise.Start].Norm).Any(v => v is "جمع" or "جمعت" or "يجمع" or "تجمع") || _doc.Tokens[raise.Start].Norm is "raise" or "raising";
        if (!raising || _s.Cues.FirstOrDefault(c => c.Is("status-talks")) is not { } talks)
        {
            return null;
        }

        var with = WithPartyAfter(talks.End, 8);
        return with is not null && with.Companies.Any() && Math.Abs(with.Start - raise.Start) <= 24 ? with : null;
    }
}
