using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>Competition: "X competes with Y", "تتنافس X مع Y", rivals named by a noun, a pair or a description.</summary>
internal sealed partial class RelationReader
{
    private void ReadCompetition(CueHit hit)
    {
        if (ReadRivalNamedFirst(hit) || ReadRivalIs(hit) || ReadAppositiveRival(hit) || ReadRivalAdjective(hit) || ReadPossessedRival(hit) || ReadTopRivals(hit)
            || ReadCountedRivals(hit) || ReadPronounCompetes(hit))
        {
            return;
        }

        // "تواجه «سنان» شركة «وايدبوت»": to face is to compete only with a company as its object; "تواجه X منافسة من Y"
        // leaves it to the noun.
        var face = _doc.Tokens[hit.Start].Norm.TrimStart('و') is "تواجه" or "يواجه" or "تواجهان";
        if (face && _s.Cues.Any(c => c != hit && c.Is("compete") && c.Start > hit.Start && c.Start - hit.End <= 12))
        {
            return;
        }

        // "تتنافس «لوسيل» على عقود الحوسبة في الخليج مع «خزنة»", "competes for contracts with X": what is competed for may stand between.
        // "up against Bharti Airtel", "head-to-head with X": the cue ends with its preposition.
        var rivalsGroup = (_doc.Tokens[hit.End - 1].Norm is "with" or "against" or "on" or "مع" && _s.GroupAfter(hit.End, 4) is { } faced && faced.Companies.Any() ? faced : null)
            ?? _s.ObjectAfter(hit.End, 10, "prep-with", "prep-from", "prep-against", "prep-to") ?? WithPartyAfter(hit.End, 14)
            ?? (hit.End < _s.TokenEnd && _doc.Tokens[hit.End].Norm is "with" or "against" or "مع" ? ListIntroAfter(hit.End + 1, 14) : null);
        // ("compete for the same customers, including Naver Cloud and Kakao": the names a customer noun lists are no rivals.)
        // ("competes for AI tenants with Crusoe": "with" after the customers names the rivals.)
        if (rivalsGroup is not null && _s.Cues.Any(c => c.Is("customer-noun") && c.End <= rivalsGroup.Start && rivalsGroup.Start - c.End <= 4 && c.Start > hit.Start
            && !Enumerable.Range(c.End, rivalsGroup.Start - c.End).Any(k => _doc.Tokens[k].Norm is "with" or "against" or "مع")))
        {
            rivalsGroup = null;
        }

        // "in indirect competition with Nvidia's own cloud partners such as CoreWeave and Lambda": the firms a possessor's class
        // lists, not the possessor.
        if (rivalsGroup is not null && _doc.Language == "en" && PossessorsClassList(rivalsGroup.End) is { } classList)
        {
            rivalsGroup = classList;
        }

        // "إذ تتسابق معها «هيوماين»": the name after "with her" competes with the company the sentence named before.
        if (_doc.Language == "ar" && hit.End + 1 < _s.TokenEnd && _doc.Tokens[hit.End].Norm is "معها" or "معه"
            && _s.GroupAfter(hit.End + 1, 2) is { Prepositional: false } racer && racer.Companies.Any()
            && (_s.CompanySubjectBefore(hit.Start) ?? _s.Topic) is { } raced
            && !racer.Members.Contains(raced))
        {
            foreach (var rival in _s.ListWithContinuations(racer).Where(m => !m.IsPerson))
            {
                _bag.Add(RelTypes.CompetesWith, rival, raced, null, null, null, Evidence);
            }

            return;
        }

        // "تتنافس مباشرة مع المجموعتين، ومع «زين»": "the two" after "with" are the last two companies named before.
        var pairAfterWith = PairAfterWith(hit) is { } pairWith && (rivalsGroup is null || rivalsGroup.Start > pairWith.Start) ? pairWith : null;

        List<DocEntity> others = rivalsGroup is null ? [] : [.. _s.ListWithContinuations(rivalsGroup).Where(m => !m.IsPerson), .. CoordinatedObjects(rivalsGroup), .. RivalsAfter(rivalsGroup.End)];
        if (pairAfterWith is not null)
        {
            others = [.. pairAfterWith.Members, .. others, .. CoordinatedObjects(pairAfterWith)];
        }

        others = [.. others.Distinct()];
        if (ReadCompetingSides(hit) || ReadMarketRivals(hit, rivalsGroup))
        {
            return;
        }

        if (others.Count == 0 && BetweenPairAfter(hit.End) is { } pair)
        {
            // "المنافسة بين مايكروسوفت وأمازون وغوغل": every two of them compete.
            for (var i = 0; i < pair.Count; i++)
            {
                foreach (var other in pair.Skip(i + 1))
                {
                    _bag.Add(RelTypes.CompetesWith, pair[i], other, null, null, null, Evidence);
                }
            }

            return;
        }

        // "Lumenfold's closest rivals among startups are Ayar Labs and Celestial AI": the possessor's rivals.
        if (others.Count == 0 && _doc.Language == "en" && _doc.Tokens[hit.Start].Norm is "rivals" or "competitors" or "rival" or "competitor"
            && PossessiveBefore(hit.Start)?.Companies.FirstOrDefault() is { } possessor
            && _s.Groups.FirstOrDefault(g => g.Start >= hit.End && g.Start - hit.End <= 6 && g.Companies.Any() && !g.Members.Contains(possessor)) is { } named
            && Enumerable.Range(hit.End, named.Start - hit.End).Any(k => _doc.Tokens[k].Norm is "are" or "is" or "include" or "includes" or "such" or "like"))
        {
            foreach (var rival in _s.ListWithContinuations(named).Where(m => !m.IsPerson && m != possessor))
            {
                _bag.Add(RelTypes.CompetesWith, possessor, rival, null, null, null, Evidence);
            }

            return;
        }

        // "Broadcom, Nvidia's rival in networking chips", "a supplier to Google's rival in the model race, Anthropic": the
        // name a possessor's rival stands in apposition to, before it or after it.
        if (others.Count == 0 && _doc.Language == "en" && _doc.Tokens[hit.Start].Norm is "rival" or "competitor" && PossessiveBefore(hit.Start) is { } rivalOf
            && rivalOf.Companies.FirstOrDefault() is { } rivalled2 && AppositionOfRival(rivalOf.Start, hit.End) is { } apposed && !apposed.Members.Contains(rivalled2))
        {
            foreach (var rival in apposed.Companies)
            {
                _bag.Add(RelTypes.CompetesWith, rival, rivalled2, null, null, null, Evidence);
            }

            return;
        }

        // "وتنافس الشركة في هذا السوق «مقسم» الأردنية": verb, "the company", object.
        if (others.Count == 0 && _doc.Language == "ar" && hit.End < _s.TokenEnd && _s.CueAt(hit.End) is { } companyWord && companyWord.Start == hit.End && companyWord.Is("topic-ref")
            && _s.Topic is { } topicRival && (_s.Groups.FirstOrDefault(g => g.Start >= companyWord.End && g.Start - companyWord.End <= 5 && !g.Prepositional && g.Companies.Any())
                ?? ObjectAfterSubject(companyWord.End)) is { } facedGroup
            && !facedGroup.Members.Contains(topicRival))
        {
            foreach (var rival in _s.ListWithContinuations(facedGroup).Where(m => !m.IsPerson).Union(CoordinatedObjects(facedGroup)).Union(RivalsAfter(facedGroup.End)).Where(m => m != topicRival))
            {
                _bag.Add(RelTypes.CompetesWith, topicRival, rival, null, null, null, Evidence);
            }

            return;
        }

        // "اللحاق بأوبن إيه آي وأنثروبيك، أبرز منافسيها": the rivals stand right before "her rivals".
        if (others.Count == 0 && hit.Suffix is "ها" or "ه" && _s.GroupAfter(hit.End, 2) is null && GroupEndingAt(hit.Start, 3) is { } rivals)
        {
            others = [.. rivals.Companies];
            var owner = _s.CompanySubjectBefore(rivals.Start) ?? LastCompanyBefore(rivals.Start);
            foreach (var other in others)
            {
                if (owner is not null)
                {
                    _bag.Add(RelTypes.CompetesWith, owner, other, null, null, null, Evidence);
                }
            }

            return;
        }

        if (others.Count == 0 && RivalsNamedAfterNoun(hit) is { } namedRivals)
        {
            others = [.. _s.ListWithContinuations(namedRivals).Where(m => !m.IsPerson)];
        }

        // "faces a crowd of specialist challengers, among them A, B and C", "and with domestic rivals such as A": the names a
        // list introduces after a class of rivals.
        if (others.Count == 0 && _doc.Language == "en" && hit.Start != FirstWordOfSentence()
            && _doc.Tokens[hit.End - 1].Norm is "faces" or "facing" or "face" or "challengers" or "rivals" or "competitors" or "contenders"
            && ListIntroAfter(hit.End, 10) is { } classed && classed.Companies.Any())
        {
            others = [.. _s.ListWithContinuations(classed).Where(m => !m.IsPerson)];
        }

        var agents = Agents(hit, allowPeople: false, exclude: others);

        // "Rivals including Crusoe and Aligned are building nearby": rivals of the company the text is about.
        if (others.Count == 0 && hit.Start == FirstWordOfSentence() && _doc.Tokens[hit.Start].Norm is "rivals" or "competitors" or "منافسون" or "منافسين"
            && _s.GroupAfter(hit.End, 3) is { } listed && _s.Topic is { } rivalled && !listed.Members.Contains(rivalled))
        {
            foreach (var rival in listed.Companies)
            {
                _bag.Add(RelTypes.CompetesWith, rivalled, rival, null, null, null, Evidence);
            }

            return;
        }

        // "وتنافس «لمحة» شركة «بصيرة تك» المحلية": verb, subject, object.
        if (others.Count == 0 && _doc.Language == "ar" && _s.GroupAfter(hit.End, 3) is { Prepositional: false } subject && subject.Companies.Any()
            // ("وتنافس «ديب إكس» شركات كورية أخرى مثل «ريبيليونز» و«فيوريوزا»": a class of firms and the names it lists.)
            && (_s.GroupAfter(subject.End, 4) ?? _s.GroupAfter(PastAdverbs(subject.End), 4) ?? _s.ListAfterDescription(subject.End) ?? MarketMembers(subject.End) ?? ObjectAfterSubject(subject.End)
                ?? ListIntroAfter(subject.End, 8)) is { Prepositional: false } objectGroup && objectGroup.Companies.Any())
        {
            agents = [.. subject.Companies];
            others = [.. _s.ListWithContinuations(objectGroup).Where(m => !m.IsPerson).Union(CoordinatedObjects(objectGroup)).Union(RivalsAfter(objectGroup.End))];
        }

        // "وتطور «X» نماذج ...، وتنافس مباشرة «Y» في سوق ...": a verb joined to the clause before, an adverb right after it,
        // then its object; the subject is the earlier clause's.
        if (others.Count == 0 && _doc.Language == "ar" && PastAdverbs(hit.End) is var objectAt && objectAt > hit.End
            && (_doc.Tokens[hit.Start].Norm.StartsWith('و') || hit.Start > _s.TokenStart && _doc.Tokens[hit.Start - 1].Norm is "،" or ",")
            && _s.GroupAfter(objectAt, 3) is { Prepositional: false } adverbObject && adverbObject.Companies.Any()
            && _s.CompanySubjectBefore(hit.Start) is { } earlierSubject
            && !adverbObject.Members.Contains(earlierSubject))
        {
            agents = [earlierSubject];
            others = [.. _s.ListWithContinuations(adverbObject).Where(m => !m.IsPerson).Union(RivalsAfter(adverbObject.End))];
        }

        if (others.Count == 0)
        {
            // "Amazon and Microsoft compete", "X rivals Y".
            if (_s.GroupAfter(hit.End, 2) is { } direct && !direct.Prepositional)
            {
                others = [.. direct.Companies.Union(RivalsAfter(direct.End))];
            }
            else if (GroupEndingAt(hit.Start, 2) is { } pairGroup && pairGroup.Companies.Count() >= 2)
            {
                var members = pairGroup.Companies.ToList();
                agents = [members[0]];
                others = [.. members.Skip(1)];
            }
            else if (agents.Count >= 3 && _s.Cues.Any(c => c.Is("trio-ref") && (c.End <= hit.Start || c.Start >= hit.End && c.Start - hit.End <= 1)))
            {
                // "The three startups compete for the same customers": every two of them.
                for (var i = 0; i < agents.Count; i++)
                {
                    foreach (var other in agents.Skip(i + 1))
                    {
                        _bag.Add(RelTypes.CompetesWith, agents[i], other, null, null, null, Evidence);
                    }
                }

                return;
            }
            else if (agents.Count >= 2)
            {
                others = [.. agents.Skip(1)];                      // "وتتنافس «دو» و«إي آند» على ...": the subjects compete with each other
                agents = [agents[0]];
            }
        }

        // "وتتنافس «بيان» مع «لوسيديا»", "حيث تتنافس بصيرة مع «مستند»": the name right after an Arabic verb, before its
        // "with", is its subject.
        if (_doc.Language == "ar" && rivalsGroup is not null && _doc.Tokens[hit.Start].Norm.TrimStart('و', 'ف') is ['ت' or 'ي', 'ت', ..]
            && _s.GroupAfter(hit.End, 2) is { Prepositional: false } verbSubject && verbSubject.End <= rivalsGroup.Start && verbSubject.Companies.Any()
            && !verbSubject.Members.Intersect(others).Any())
        {
            agents = [.. verbSubject.Companies];
        }

        // "في إشارة إلى منافسة الشركة مع أوبن إيه آي", "وأن الشركة تسعى إلى منافسة «ساكورا»": the company the text is about.
        if (agents.Count == 0 && others.Count > 0 && _s.Topic is { } rivalOfOthers && !others.Contains(rivalOfOthers)
            && (_s.CueAt(hit.End) is { } genitive && genitive.Start == hit.End && genitive.Is("topic-ref")
                || _s.Cues.Any(c => c.Is("topic-ref") && c.End <= hit.Start && hit.Start - c.End <= 4 && _doc.Tokens[c.Start].Norm is not ("its" or "it"))))
        {
            agents = [rivalOfOthers];
        }

        // "إذ تنافسها شركة «كيلفن سيكيور»": the verb's object is the company the sentence is about, its subject the rival.
        // ("إذ تنافسها بقوة «X»، إضافة إلى «Y»": an adverb may stand before the subject, and the names "besides" adds are
        // rivals too, not the only ones.)
        if (_doc.Language == "ar" && _doc.Tokens[hit.Start].Norm.TrimStart('و', 'ف') is "تنافسها" or "ينافسها" or "تنافسه" or "ينافسه"
            && _s.GroupAfter(PastAdverbs(hit.End), 3) is { Prepositional: false } rivalSubject && rivalSubject.Companies.Any()
            && (others.Count == 0 || rivalsGroup is not null && rivalSubject.End <= rivalsGroup.Start)
            && (hit.Start > _s.TokenStart && _doc.Tokens[hit.Start - 1].Norm is "اذ" or "حيث"
                ? _s.CompanySubjectBefore(hit.Start) : _s.Topic) is { } objectCompany
            && !rivalSubject.Members.Contains(objectCompany))
        {
            agents = [objectCompany];
            others = [.. _s.ListWithContinuations(rivalSubject).Where(m => !m.IsPerson).Union(RivalsAfter(rivalSubject.End)).Union(others).Where(m => m != objectCompany)];
        }

        // "فهي تنافس «إنتيلا»": a subject pronoun before the verb is the company the text is about.
        if (agents.All(others.Contains) && hit.Start > _s.TokenStart && _doc.Tokens[hit.Start - 1].Norm is "فهي" or "وهي" or "هي" or "فهو" or "وهو" && _s.Topic is { } pronounSubject
            && !others.Contains(pronounSubject))
        {
            agents = [pronounSubject];
        }

        foreach (var agent in agents)
        {
            foreach (var other in others)
            {
                _bag.Add(RelTypes.CompetesWith, agent, other, null, null, null, Evidence);
            }
        }
    }

    // The name a "P's rival ..." phrase (tokens [start, end)) describes: the one right before its comma ("Broadcom, Nvidia's
    // rival in ..."), or, after "a supplier to P's rival in the model race,", the one right after its closing comma.
    private MentionGroup? AppositionOfRival(int start, int end)
    {
        if (start - 1 > _s.TokenStart && _doc.Tokens[start - 1].Norm == "," && GroupEndingAt(start - 1, 0) is { } before && before.Companies.Any())
        {
            return before;
        }

        for (var k = end; k < _s.TokenEnd && k < end + 8; k++)
        {
            if (_s.GroupAt(k) is not null || _s.IsRelationCue(k) || _doc.Tokens[k].Norm is "." or ";" or "which" or "that" or "who")
            {
                return null;
            }

            if (_doc.Tokens[k].Norm == ",")
            {
                return _s.GroupAt(k + 1) is { } after && after.Companies.Any() && (after.End >= _s.TokenEnd || !_doc.Tokens[after.End].IsWord) ? after : null;
            }
        }

        return null;
    }

    // "تنافس «X» مباشرةً شركةُ «Y»", "تنافس X بشكل مباشر Y", "تنافسها بقوة Y": past the adverbs between a verb's subject
    // and its object ("بشكل"/"بصورة" with the adjective after it).
    private int PastAdverbs(int k)
    {
        while (k < _s.TokenEnd)
        {
            var norm = _doc.Tokens[k].Norm;
            if (!_doc.Tokens[k].IsWord && norm is "»" or "\"" or "”" || norm is "مباشره" or "ايضا" or "كذلك" or "بدورها" or "حاليا" or "بقوه" or "بشده")
            {
                k++;
            }
            else if (norm is "بشكل" or "بصوره" && k + 1 < _s.TokenEnd && _doc.Tokens[k + 1].IsWord && _s.GroupAt(k + 1) is null)
            {
                k += 2;
            }
            else
            {
                break;
            }
        }

        return k;
    }

    // "مع المجموعتين", "with the two companies" right after a competition cue: the last two companies of the sentences
    // before, as a group standing where the words are.
    private MentionGroup? PairAfterWith(CueHit hit)
    {
        // ("وتتنافس «إس تي سي» مباشرة مع المجموعتين": the verb's subject and an adverb may stand between.)
        if (_s.Cues.FirstOrDefault(c => c.Is("pair-ref") && c.Start > hit.End && c.Start - hit.End <= 8 && _doc.Tokens[c.Start - 1].Norm is "مع" or "with" or "against") is not { } pairRef
            || _s.Groups.Count(g => g.Start >= hit.End && g.End <= pairRef.Start) > 1
            || Enumerable.Range(hit.End, pairRef.Start - hit.End).Any(k => _s.IsRelationCue(k) || _doc.Tokens[k].Norm is "," or "،" or "." or "which" or "التي" or "الذي")
            || LastTwoCompaniesBefore(_s.TokenStart) is not { } pair)
        {
            return null;
        }

        return new MentionGroup(pairRef.Start, pairRef.End, pair, true);
    }

    // "Nvidia's own cloud partners such as CoreWeave": after a possessive, a few lower-case words and a list intro, the names listed.
    private MentionGroup? PossessorsClassList(int end)
    {
        if (end + 1 >= _s.TokenEnd || _doc.Tokens[end].Norm is not ("'" or "’") || _doc.Tokens[end + 1].Norm != "s")
        {
            return null;
        }

        for (var k = end + 2; k < _s.TokenEnd && k < end + 8; k++)
        {
            var t = _doc.Tokens[k];
            if (_s.CueAt(k) is { } intro && intro.Start == k && intro.Is("list-intro"))
            {
                return _s.GroupAfter(intro.End, 3) is { } listed && listed.Companies.Any() ? listed : null;
            }

            if (t.Kind != Text.TokenKind.Latin || char.IsUpper(_doc.Text[t.Start]) || _s.GroupAt(k) is not null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "ولا تخفي «سمع» أنها تنافس عمالقة مثل غوغل", "وتقول «X» إنها تنافس بشكل مباشر شركة «Y»، إضافة إلى مزودين مثل «Z»":
    /// after "that it" the verb's subject is the company named before in the sentence.
    /// </summary>
    private bool ReadPronounCompetes(CueHit hit)
    {
        if (_doc.Language != "ar" || hit.End != hit.Start + 1 || hit.Start <= _s.TokenStart || _doc.Tokens[hit.Start - 1].Norm is not ("انها" or "انه")
            || _doc.Tokens[hit.Start].Norm is not ("تنافس" or "ينافس" or "تتنافس" or "يتنافس"))
        {
            return false;
        }

        var at = PastAdverbs(hit.End);
        if ((_s.GroupAfter(at, 3) is { Prepositional: false } direct && direct.Companies.Any() ? direct : ListIntroAfter(at, 6)) is not { } named || !named.Companies.Any())
        {
            return false;
        }

        // ("وتقول الشركة إنها تنافس": the company the text is about is often not the one the topic tracking holds here.)
        var subject = _s.CompanySubjectBefore(hit.Start);
        if (subject is null || named.Members.Contains(subject))
        {
            return false;
        }

        foreach (var rival in _s.ListWithContinuations(named).Where(m => !m.IsPerson).Union(RivalsAfter(named.End)).Where(m => m != subject))
        {
            _bag.Add(RelTypes.CompetesWith, subject, rival, null, null, null, Evidence);
        }

        return true;
    }
}
