using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    private void ReadJoinRound(CueHit hit)
    {
        // "بمشاركة X وY" / "with participation from X": the investors follow; "X participated in the round of Y": X acts.
        // "Barclays joined last year", "Wang joined Meta": joining is a round's only where the sentence speaks of one.
        // "Temasek also joined", "Meta later joined as a strategic investor": right after a round, joining is joining it.
        var joinsLastRound = _round is { } last && _s.Sentence.Index - last.Sentence == 1
            && (hit.Start > _s.TokenStart && _doc.Tokens[hit.Start - 1].Norm == "also" || _s.Has("investor-noun"));
        if (hit.End - hit.Start == 1 && _doc.Tokens[hit.Start].Norm is "joined" or "joining" && !_s.Cues.Any(c => c.Is("fundraise") || c.Is("invest")) && !joinsLastRound)
        {
            return;
        }

        // "تسهم بروكفيلد بخبرتها", "contributed its know-how": contributing is a round's only where the sentence speaks of a round.
        if (hit.End - hit.Start == 1 && _doc.Tokens[hit.Start].Norm is not ("بمشاركه" or "participation" or "alongside") && !_s.Cues.Any(c => c.Is("fundraise") && IsRoundWord(c)) && _money is null && !joinsLastRound)
        {
            return;
        }

        // "X was joined by Y and Z": Y and Z join X's round, so the names after "by" invest, never in X.
        // "a round that included X and Y", "The round also drew X": likewise the names after the verb.
        var joinedBy = _doc.Tokens[hit.End - 1].Norm is "by" or "included" or "drew";
        var nounForm = joinedBy || _doc.Tokens[hit.Start].Norm is "بمشاركه" or "participation" or "alongside" || (hit.End - hit.Start == 1 && _doc.Language == "ar");
        List<DocEntity> investors;
        var subjectList = false;
        if (nounForm)
        {
            // "with participation from X", "بمشاركة كل من X و Y".
            var from = hit.End < _s.TokenEnd && _s.CueAt(hit.End) is { } prep && prep.Start == hit.End && prep.IsAny("prep-from", "prep-of") ? prep.End : hit.End;
            // ("with participation from Singapore's Temasek and X": over a place's possessive before the first name.)
            investors = (_s.GroupAfter(_s.AfterListIntro(from), 3) ?? (_doc.Language == "en" ? GroupAfterDescription(_s.AfterListIntro(from)) : null)) is { } listed ? _s.ListWithContinuations(listed) : [];
            if (joinedBy && investors.Count > 0)
            {
                investors.AddRange(PeopleAsWellAs(hit.End).Where(p => !investors.Contains(p)));
            }
        }
        else if (GroupEndingAt(hit.Start, 2) is { } withGroup && WithBefore(withGroup) is { } with)
        {
            // "led by X, with Y and Z also participating", "with A, B and Canada's C also putting in money": every name after "with".
            // ("with Samsung Catalyst Fund, the venture arm of Samsung Electronics, and ...": the owner of an arm is no investor.)
            investors = [.. _s.Groups.Where(g => g.Start > with && g.End <= hit.Start && !InBrackets(g) && !(g.Start > 0 && _doc.Tokens[g.Start - 1].Norm is "of"))
                .SelectMany(g => g.Companies).Distinct()];
        }
        else
        {
            investors = Agents(hit, allowPeople: false);
            // "ويشارك في الجولة المستثمران الحاليان «X» و«Y»": the names follow what they are.
            if (investors.Count == 0 && _doc.Language == "ar" && ExistingInvestorsAfter(hit.End) is { } existing)
            {
                investors = [.. _s.ListWithContinuations(existing).Where(m => !m.IsPerson)];
            }
            // "وشارك في الجولة كل من X، المستثمر المبكر في الشركة، وY": the list goes on after the description.
            if (_doc.Language == "ar" && investors.Count > 0 && _s.Groups.FirstOrDefault(g => g.Start >= hit.End && g.Members.Contains(investors[0])) is { } afterVerb)
            {
                investors = [.. investors.Union(_s.ListWithContinuations(afterVerb).Where(m => !m.IsPerson))];
            }
            // "AMD Ventures, Nvidia and the Canadian pension manager PSP Investments also took part": the whole list before the verb.
            if (_doc.Language == "en" && investors.Count > 0 && SubjectListBefore(hit.Start) is { Count: > 0 } list)
            {
                investors = [.. list.Union(investors)];
                subjectList = true;
            }
        }

        // "وشاركت في الجولة المصارف اليابانية الثلاثة الكبرى: «X» و«Y» و«Z»": a noun phrase, a colon and the list it announces.
        if (investors.Count == 0 && ColonListAfter(hit.End) is { } announced)
        {
            investors = [.. _s.ListWithContinuations(announced).Where(m => !m.IsPerson)];
        }

        if (investors.Count == 0)
        {
            return;
        }

        // "X took part, as did Y", "X joined the round, alongside Y", "إلى جانب Y": Y is one more investor, not the investee.
        if (!nounForm)
        {
            foreach (var g in _s.Groups.Where(g => g.Start >= hit.End && g.Start - hit.End <= Window && CoInvestorMarkerBefore(g.Start)))
            {
                investors.AddRange(g.Companies.Where(c => !investors.Contains(c)));
            }
        }

        // A name after "while"/"فيما" is another clause's subject, not the round's company.
        // ("joining its Series C, a round led by SoftBank": the lead named after "led by" is no investee.)
        // "وشاركت في الجولة X، إلى جانب ذراع الاستثمار التابعة لشركة Y": "the round" is one told before; a name after it is no investee.
        var theRound = _doc.Language == "ar" && _doc.Tokens[hit.End - 1].Norm is "الجوله";
        // ("Mitsui put in $80m and Lion Harbour contributed an undisclosed sum": the subject of another joining verb joins too.)
        var coInvestors = _s.Groups.Where(g => _s.Cues.Any(c => c != hit && c.Is("join-round") && c.Start >= g.End && c.Start - g.End <= 1)).SelectMany(g => g.Members).ToList();
        var investee = theRound ? null : _s.Groups.FirstOrDefault(g => g.Start >= hit.End && g.Start - hit.End <= Window && !g.Members.Intersect(investors).Any() && g.Companies.Any() && !g.Members.Intersect(coInvestors).Any()
            && !Enumerable.Range(hit.End, g.Start - hit.End).Any(k => _s.IsClauseBreakWord(k) || _s.CueAt(k) is { } c && c.Is("led-by") && c.Start >= hit.End))?.Companies.First();

        // "فيما انضمت إليها «لايتسبيد» وإنفيديا": "her" is the round the text spoke of, whoever else this sentence names.
        // "Nvidia also took part in the round, which means ... Yotta's bills", "X invested in that round too": likewise a round already told.
        var ofHer = _doc.Language == "ar" && Enumerable.Range(hit.Start, hit.End - hit.Start).Any(k => _doc.Tokens[k].Norm is "اليها" or "اليه" or "فيها")
            || _doc.Language == "en" && !nounForm && EndsOnToldRound(hit);
        if (ofHer && (_sentenceInvestments.Count > 0 ? _sentenceInvestments[^1].Investee : RecentRound()) is { } joinedRound && !investors.Contains(joinedRound))
        {
            investee = joinedRound;
        }

        // "قادتها X بمشاركة Y": Y joins the same round as the lead, so Y invests where the lead does, never in the lead.
        var leads = _sentenceInvestments.Select(r => r.Investor).ToList();
        if (!ofHer || investee is null)
        {
            if (_sentenceInvestments.Count > 0 && (nounForm || investee is null || leads.Contains(investee)))
            {
                investee = _sentenceInvestments[^1].Investee;
            }
            else if (joinedBy)
            {
                investee = RecentRound() ?? _topic ?? _s.Topic;
            }
            else if (nounForm || investee is null)
            {
                // "وكانت غروك قد جمعت ... قادتها صناديق تديرها «بلاك روك»، بمشاركة «سيسكو»": the company this sentence says raised the round.
                var raisedHere = _round is { } r && r.Sentence == _s.Sentence.Index && !investors.Contains(r.Company) ? r.Company : null;
                // (A sentence whose subjects all joined names no other agent: "Existing investors A and B, Alphabet's arm, also took part".)
                investee = raisedHere ?? (subjectList ? RecentRound() : null) ?? Agents(hit, allowPeople: false, exclude: [.. investors.Union(coInvestors)]).FirstOrDefault() ?? RecentRound() ?? _topic ?? _s.Topic;
                // "Nuwa Capital led, with participation from A and B": the subject that led is the round's lead, not its company.
                if (investee is not null && _s.Groups.FirstOrDefault(g => g.Members.Contains(investee) && g.End < _s.TokenEnd && _s.CueAt(g.End) is { } led && led.IsAny("lead-verb", "led-by") && led.Start == g.End) is not null)
                {
                    if (RecentRound() is not { } round || round == investee || investors.Contains(round))
                    {
                        return;
                    }

                    investors.Add(investee);
                    investee = round;
                }
            }
        }

        if (investee is not null && leads.Contains(investee))
        {
            return;
        }

        if (investee is null)
        {
            return;
        }

        // "taking part in funding rounds for X and Y": each company of the plural rounds is an investee.
        var investees = RoundsFor(hit.End) is { } roundsFor && roundsFor.Contains(investee) ? roundsFor : [investee];
        foreach (var investor in investors)
        {
            foreach (var company in investees.Where(c => c != investor))
            {
                _bag.Add(RelTypes.InvestsIn, investor, company, _money, _status, null, Evidence);
                _sentenceInvestments.Add((investor, company));
            }
        }
    }

    // "took part in the round", "joined that round", "invested in the round too": the cue ends on a round named by "the"/"that" alone,
    // not on "the round for Y" or "the round led by Y", which name their own company.
    private bool EndsOnToldRound(CueHit hit)
    {
        var k = hit.End;
        if (_doc.Tokens[k - 1].Norm != "round")
        {
            if (k < _s.TokenEnd && _doc.Tokens[k].Norm == "in")
            {
                k++;
            }

            if (k + 1 >= _s.TokenEnd || _doc.Tokens[k].Norm is not ("the" or "that") || _doc.Tokens[k + 1].Norm != "round")
            {
                return false;
            }

            k += 2;
        }

        return k >= _s.TokenEnd || _doc.Tokens[k].Norm is not ("for" or "of" or "in" or "at" or "led" or "co-led" or "by" or "into");
    }

    // The names right after "المستثمر الحالي" (or its dual and plural), a description of the investors that opens the list.
    private MentionGroup? ExistingInvestorsAfter(int from)
    {
        if (from + 2 >= _s.TokenEnd || _doc.Tokens[from].Norm is not ("المستثمر" or "المستثمران" or "المستثمرون" or "المستثمرين")
            || _doc.Tokens[from + 1].Norm is not ("الحالي" or "الحاليان" or "الحاليون" or "الحاليين"))
        {
            return null;
        }

        return _s.GroupAfter(from + 2, 2) is { } listed && listed.Companies.Any() ? listed : null;
    }

    // The companies after "rounds for" (or "rounds in") a few words after the cue.
    private List<DocEntity>? RoundsFor(int from)
    {
        var rounds = Enumerable.Range(from, Math.Max(0, Math.Min(_s.TokenEnd - 2, from + 4) - from)).FirstOrDefault(k => _doc.Tokens[k].Norm == "rounds" && _doc.Tokens[k + 1].Norm is "for" or "in", -1);
        return rounds >= 0 && _s.GroupAt(rounds + 2) is { } listed ? [.. JoinedList(listed, overPossessives: true).Where(m => !m.IsPerson)] : null;
    }

    // "drew A and B, as well as former Google chief executive C and French billionaire D": the people the list goes on with.
    private IEnumerable<DocEntity> PeopleAsWellAs(int from)
    {
        for (var k = from; k + 2 < _s.TokenEnd; k++)
        {
            if (_doc.Tokens[k].Norm is "." or ";" || _s.IsClauseBreakWord(k))
            {
                yield break;
            }

            if (_doc.Tokens[k].Norm == "as" && _doc.Tokens[k + 1].Norm == "well" && _doc.Tokens[k + 2].Norm == "as")
            {
                foreach (var g in _s.Groups.Where(g => g.Start > k + 2 && g.People.Any()))
                {
                    foreach (var person in g.People)
                    {
                        yield return person;
                    }
                }

                yield break;
            }
        }
    }

    // The group right after a colon that ends a few words of description after the cue ("the three big banks: X, Y and Z").
    private MentionGroup? ColonListAfter(int from)
    {
        for (var k = from; k < _s.TokenEnd && k < from + 7; k++)
        {
            if (_doc.Tokens[k].Norm == ":")
            {
                // (The list's first name may be one the gazetteer lacks: the first name after the colon.)
                return k > from && _s.Groups.FirstOrDefault(g => g.Start > k && g.Start - k <= 10) is { Prepositional: false } listed && listed.Companies.Any() ? listed : null;
            }

            if (_s.GroupAt(k) is not null || _s.IsRelationCue(k) || !_doc.Tokens[k].IsWord && _doc.Tokens[k].Norm is "." or "," or "،" or ";" or "؛")
            {
                return null;
            }
        }

        return null;
    }

    // The names listed from the start of the sentence up to a verb, over commas, "and" and lower-case descriptions.
    private List<DocEntity>? SubjectListBefore(int verb)
    {
        var groups = _s.Groups.Where(g => g.End <= verb && !g.Prepositional && !InBrackets(g)).ToList();
        // "Existing investors A and B, Alphabet's venture arm, also took part": the list may open with what its names are.
        var first = FirstWordOfSentence();
        while (first >= 0 && groups.Count > 0 && first < groups[0].Start && _doc.Tokens[first].Norm is "existing" or "other" or "current" or "earlier" or "early" or "investors" or "backers" or "shareholders")
        {
            first++;
        }

        if (groups.Count == 0 || groups[0].Start != first)
        {
            return null;
        }

        for (var k = groups[0].End; k < verb; k++)
        {
            var t = _doc.Tokens[k];
            if (groups.Any(g => g.Start <= k && k < g.End) || !t.IsWord && t.Norm is "," or "&" or "'" or "’" || t.Kind == Text.TokenKind.Latin && (char.IsLower(_doc.Text[t.Start]) || _doc.IsCommonWord(k))
                || t.Kind == Text.TokenKind.Latin && char.IsUpper(_doc.Text[t.Start]) && k + 1 < verb && groups.Any(g => g.Start == k + 1))
            {
                continue;                                       // "the Canadian pension manager PSP": a capitalised adjective before a name
            }

            // "Fidelity Management & Research": capitalised words going on with a name the list holds.
            if (t.Kind == Text.TokenKind.Latin && char.IsUpper(_doc.Text[t.Start]) && (groups.Any(g => g.End == k) || _doc.Tokens[k - 1].Norm is "&"
                || _doc.Tokens[k - 1].Kind == Text.TokenKind.Latin && char.IsUpper(_doc.Text[_doc.Tokens[k - 1].Start])))
            {
                continue;
            }

            return null;
        }

        // "Alphabet's venture arm" describes a name of the list.
        return [.. groups.Where(g => !IsPossessive(g)).SelectMany(g => g.Companies).Distinct()];
    }

    private bool CoInvestorMarkerBefore(int start)
    {
        for (var k = start - 1; k >= _s.TokenStart && k >= start - 6; k--)
        {
            var norm = _doc.Tokens[k].Norm;
            if (norm is "alongside" or "did" or "جانب" || norm is "as" && k + 1 < start && _doc.Tokens[k + 1].Norm is "did" or "well")
            {
                return true;
            }

            // "as did Swedish defence group Saab", "إلى جانب المستثمر الحالي «X»": a description may stand between.
            if (!_doc.Tokens[k].IsWord && norm is "," or "،" or "." || _s.IsRelationCue(k) && !(_s.CueAt(k) is { } cue && cue.Is("investor-noun")))
            {
                return false;
            }
        }

        return false;
    }

    // The "with" that opens a list ending in this group: "with A, B and C", over commas, "and" and possessives only.
    private int? WithBefore(MentionGroup last)
    {
        for (var k = last.Start - 1; k >= _s.TokenStart && k >= last.Start - 20; k--)
        {
            if (_s.CueAt(k) is { } cue && cue.Is("prep-with"))
            {
                return k;
            }

            // "with LG, Hyundai and Bezos Expeditions, the family office of billionaire Jeff Bezos, also writing cheques": descriptions too.
            if (_s.Groups.Any(g => g.Start <= k && k < g.End) || !_doc.Tokens[k].IsWord && _doc.Tokens[k].Norm is "," or "'" or "’"
                || _doc.Tokens[k].Norm is "and" or "s" || _s.IsFiller(k) || _doc.Tokens[k].Kind == Text.TokenKind.Latin && !_s.IsRelationCue(k))
            {
                continue;
            }

            return null;
        }

        return null;
    }
}
