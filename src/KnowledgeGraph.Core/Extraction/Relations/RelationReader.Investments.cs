using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    private const int Window = 20;

    private void ReadInvestment(CueHit hit)
    {
        // "ذراع الاستثمار الجريء لمجموعة X", "صندوق الاستثمار", "the investment arm": a noun of a name, no investing.
        if (hit.Start > _s.TokenStart && ArabicAffixes.AffixVariants(_doc.Tokens[hit.Start - 1].Norm).Any(v => v is "ذراع" or "صندوق" or "صناديق" or "شركه" or "هيئه" or "جهاز" or "مجلس")
            || hit.End < _s.TokenEnd && _doc.Tokens[hit.Start].Norm is "investment" && _doc.Tokens[hit.End].Norm is "arm" or "fund" or "firm" or "vehicle" or "unit")
        {
            return;
        }

        if (ReadStakeGiven(hit))
        {
            return;
        }

        // "وباعت مبادلة حصتها في X": a stake sold is no longer held (the buyer's side is read with the sale).
        if (_doc.Language == "ar" && _doc.Tokens[hit.Start].Norm.TrimStart('و', 'ف') is "حصتها" or "حصته"
            && Enumerable.Range(Math.Max(_s.TokenStart, hit.Start - 4), Math.Min(4, hit.Start - _s.TokenStart)).Any(k => ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => v is "باعت" or "باع" or "تبيع" or "يبيع" or "بيع" or "ستبيع" or "تخارجت" or "خفضت" or "قلصت")))
        {
            return;
        }

        // "شركة «نبض» المصرية، التي استثمرت فيها «زين» 12 مليون دولار": "فيها" after a relative verb is what "التي" follows.
        var relativeIn = _doc.Language == "ar" && hit.End < _s.TokenEnd && _doc.Tokens[hit.End].Norm is "فيها" or "فيه" && WhichBefore(hit.Start) is { } described
            && described.Companies.Any() ? described : null;
        if (ReadFunderRelative(hit))
        {
            return;
        }

        var investeeGroup = relativeIn ?? (hit.Is("own") && !hit.Is("invest") ? _s.ObjectAfter(hit.End, 8, "prep-in", "prep-of") ?? OwnedAfterShare(hit.End) : _s.ObjectAfter(hit.End, Window, "prep-in"));
        // "invested in Nscale and in Lambda", "ضخت أموالاً في X وفي Y": the same preposition repeated.
        var investees = investeeGroup is null ? [] : investeeGroup.Companies.Concat(CoordinatedObjects(investeeGroup)).Distinct().ToList();
        // "Orvik Optics, a Danish lens maker in which Nimbus took a 20 per cent stake", "a supplier in which it invested": what
        // "in which" follows is held, even as the object of a preposition ("sources lenses from X, a maker in which ...").
        var heldInWhich = investees.Count == 0 && _doc.Language == "en" ? HeldInWhich(hit.Start) : null;
        if (heldInWhich is not null)
        {
            investees.AddRange(heldInWhich.Companies);
        }

        if (investees.Count == 0 && hit.Is("own") && WhichBefore(hit.Start) is { } owned)
        {
            // "وتحظى «يوتا» بدعم مجموعة «X» التي تملك أغلبية أسهمها": with no subject of its own and no "فيها", the Arabic verb's
            // subject is the name "التي" follows: it owns the shares of the sentence's subject.
            var ownSubject = _s.GroupAfter(hit.End, 2) is { Prepositional: false };
            if (_doc.Language == "ar" && !ownSubject && !Enumerable.Range(hit.End, Math.Max(0, Math.Min(_s.TokenEnd, hit.End + 8) - hit.End)).Any(k => _doc.Tokens[k].Norm is "فيها" or "فيه")
                && _s.CompanySubjectBefore(owned.Start) is { } subjectOwned
                && !owned.Members.Contains(subjectOwned) && Enumerable.Range(hit.End, Math.Max(0, Math.Min(_s.TokenEnd, hit.End + 4) - hit.End)).Any(k => _doc.Tokens[k].Norm.EndsWith("ها", StringComparison.Ordinal)))
            {
                foreach (var owner in owned.Companies)
                {
                    _bag.Add(RelTypes.InvestsIn, owner, subjectOwned, _money, _status, null, Evidence);
                }

                return;
            }

            investees.AddRange(owned.Companies);                // "Arm Holdings, in which SoftBank holds 90%"
        }

        // "TBC also owns Payme", "Aker owns Nordlys Cloud and Kvaerner": a company as the object right after "owns".
        if (investees.Count == 0 && hit.Is("own") && _doc.Tokens[hit.Start].Norm == "owns" && _s.GroupAt(hit.End) is { Prepositional: false } ownedObject)
        {
            investees.AddRange(_s.ListWithContinuations(ownedObject).Where(m => !m.IsPerson));
        }

        if (investees.Count == 0 && hit.Is("own") && !hit.Is("invest"))
        {
            return;
        }

        if (investees.Count == 0 && ReadRelativeObjectBought(hit))
        {
            return;
        }

        if (investees.Count == 0 && hit.Is("invest-direct") && _s.GroupAfter(hit.End, 2) is { } directObject && (!directObject.Prepositional || _doc.Tokens[hit.End - 1].Norm == "on"))
        {
            // "Nvidia also backed Nscale's Series B", "made bets on CoreWeave and Nscale".
            investees = _doc.Tokens[hit.End - 1].Norm == "on" ? [.. _s.ListWithContinuations(directObject).Where(m => !m.IsPerson)] : [.. directObject.Companies];
        }

        // "عملت في «كريم» قبل استحواذ «أوبر» عليها": "عليها" is the company named right before the cue, not the article's.
        if (investees.Count == 0 && hit.Is("acquire") && _doc.Language == "ar"
            && Enumerable.Range(hit.End, Math.Max(0, Math.Min(_s.TokenEnd, hit.End + 5) - hit.End)).Any(k => _doc.Tokens[k].Norm is "عليها" or "عليه")
            && _s.Groups.LastOrDefault(g => g.End <= hit.Start && hit.Start - g.End <= 4 && g.Companies.Any()) is { } named)
        {
            investees = [named.Companies.Last()];
        }

        if (investees.Count == 0 && hit.Is("acquire"))
        {
            var onObject = _s.ObjectAfter(hit.End, 6, "prep-on");
            var after = _s.GroupAfter(hit.End, 3);
            // "«إليزا»، التي استحوذت «كيه دي دي آي» على حصة فيها": after an Arabic verb stands its subject; "التي" is what was bought.
            investees = onObject is null && _doc.Language == "ar" && after is { Prepositional: false } && WhichBefore(hit.Start) is { } antecedent && antecedent.Companies.Any()
                ? [.. antecedent.Companies]
                : (onObject ?? after)?.Companies.ToList() ?? [];
        }

        // "وقادت الجولة X، فيما ضخ صندوق «Y» خمسة ملايين دولار": money pumped with no "في" goes into the round this sentence (or the
        // one before) speaks of; the pumper is the subject right after the verb.
        // "كما ضخ المستثمرون الحاليون، ومنهم X وY، أموالاً إضافية": the pumpers are the list after the holders' noun, and holders
        // already in put more into the company the text speaks of, money told or not.
        var pumpers = _doc.Language == "ar" ? ExistingHoldersListAfter(hit.End) : -1;
        if (investees.Count == 0 && _doc.Language == "ar" && ArabicAffixes.AffixVariants(_doc.Tokens[hit.Start].Norm).Any(v => v is "ضخ" or "ضخت" or "تضخ" or "يضخ" or "ضخها" or "ضخه")
            // ("كما ضخت X، أحد صناديق ...، مبلغاً لم يُكشف عنه": an undisclosed sum is money too.)
            && (_sentenceInvestments.Count > 0 ? _sentenceInvestments[^1].Investee : _s.Cues.Any(c => c.Is("fundraise") && IsRoundWord(c)) || _money is not null
                || Enumerable.Range(hit.End, Math.Max(0, Math.Min(_s.TokenEnd, hit.End + 14) - hit.End)).Any(k => ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => v is "مبلغ" or "مبلغا" or "اموال" or "اموالا" or "مبالغ")) ? RecentRound()
                : pumpers >= 0 ? RecentRound() ?? _topic ?? _s.Topic : null) is { } pumpedInto
            && _s.GroupAfter(pumpers >= 0 ? pumpers : hit.End, 3) is { Prepositional: false } pumper && pumper.Companies.Any() && !pumper.Members.Contains(pumpedInto))
        {
            foreach (var investor in _s.ListWithContinuations(pumper).Where(m => !m.IsPerson && m != pumpedInto))
            {
                _bag.Add(RelTypes.InvestsIn, investor, pumpedInto, _money, _status, null, Evidence);
                _sentenceInvestments.Add((investor, pumpedInto));
            }

            return;
        }

        // "استثمار شركة إنفيديا في OpenAI": the investor between the cue and the investee.
        var investors = new List<DocEntity>();
        var afterPronoun = hit.End < _s.TokenEnd && _s.CueAt(hit.End) is { } pronoun && pronoun.Is("topic-pronoun") ? pronoun.End : hit.End;
        var between = _s.GroupAfter(afterPronoun, 3);   // "تضخ فيها سوفت بنك وأوراكل ...
        // "استثمارات سابقة لجهاز قطر للاستثمار في X": a noun of investing takes its investor with ل (genitive), after an adjective or two.
        if (between is null && _doc.Language == "ar" && !IsVerbCue(hit))
        {
            between = _s.Groups.FirstOrDefault(g => g.Start > afterPronoun && g.Start - afterPronoun <= 3
                && Enumerable.Range(afterPronoun, g.Start - afterPronoun).All(k => !_s.IsRelationCue(k)));
        }

        var genitiveInvestor = between is not null && between.Prepositional && _doc.Language == "ar" && !IsVerbCue(hit)
            && _doc.Tokens[between.Start].Norm.TrimStart('و', 'ف').StartsWith('ل');
        if (between is not null && investees.Count > 0 && !between.Members.Intersect(investees).Any() && (!between.Prepositional || genitiveInvestor))
        {
            investors.AddRange(between.Members);
        }

        // "مباحثات بين أمازون وأوبن إيه آي للاستثمار": the first of the pair invests in the second.
        if (BetweenPairBefore(hit.Start) is { } pair && pair.Members.Count == 2)
        {
            if (investees.Count == 0)
            {
                investors.Add(pair.Members[0]);
                investees.Add(pair.Members[1]);
            }
        }

        if (investees.Count == 0)
        {
            return;
        }

        if (investors.Count == 0 && relativeIn is not null)
        {
            // The sentence's subject invests in what the relative clause describes ("تراهن «زين» على «نبض»، التي استثمرت فيها").
            investors.AddRange(_s.Groups.FirstOrDefault(g => g.End <= relativeIn.Start && !g.Prepositional && g.Companies.Any() && g != relativeIn)?.Companies.Take(1) ?? []);
        }

        // "ضخ المستثمرون الحاليون، ومنهم X، أموالاً في Y": the list after the holders' noun invests.
        if (investors.Count == 0 && pumpers >= 0 && _s.GroupAfter(pumpers, 2) is { Prepositional: false } listed)
        {
            investors.AddRange(_s.ListWithContinuations(listed).Where(m => !m.IsPerson && !investees.Contains(m)));
        }

        // "ويملك حصة الأغلبية في «X» مجموعة «Y»، إلى جانب «Z»": an Arabic verb of owning first, its object, then its subject.
        if (investors.Count == 0 && _doc.Language == "ar" && hit.Is("own") && investeeGroup is not null && investeeGroup.Start > hit.End
            && !_s.Groups.Any(g => g.End <= hit.Start && g.Companies.Any())
            && _s.GroupAfter(SkipCompanyWords(investeeGroup.End), 2) is { Prepositional: false } verbFirstOwner && verbFirstOwner.Companies.Any())
        {
            investors.AddRange(_s.ListWithContinuations(verbFirstOwner).Where(m => !m.IsPerson && !investees.Contains(m)));
        }

        if (investors.Count == 0)
        {
            // ("in which Redwood holds a stake": the relative clause's own subject holds it.)
            var relativeSubject = heldInWhich is null ? null : _s.Groups.FirstOrDefault(g => g.Start > heldInWhich.End && g.End <= hit.Start && !g.Prepositional && !g.Members.Intersect(investees).Any());
            investors.AddRange(relativeSubject?.Members ?? Agents(hit, allowPeople: true, exclude: heldInWhich is null ? null : investees));
        }

        foreach (var investor in investors)
        {
            foreach (var investee in investees)
            {
                _bag.Add(RelTypes.InvestsIn, investor, investee, _money, _status, null, Evidence);
                _sentenceInvestments.Add((investor, investee));
            }
        }
    }

    // Nouns of investing ("استثمار", "استثمارات", "investment") as against verbs ("استثمرت", "تضخ", "invested").
    private bool IsVerbCue(CueHit hit) => !ArabicAffixes.AffixVariants(_doc.Tokens[hit.Start].Norm).Any(v => v is "استثمار" or "استثمارات" or "الاستثمار" or "الاستثمارات" or "استثماره" or "استثمارها");

    // "Kontinent Capital, the Frankfurt fund that led Helvion's 380 million euro round": the possessor's round.
    private bool ReadLedPossessiveRound(CueHit hit)
    {
        if (_doc.Language != "en" || !hit.Is("lead-verb") || hit.End + 2 >= _s.TokenEnd || _s.GroupAt(hit.End) is not { } owner || !owner.Companies.Any()
            || owner.End + 1 >= _s.TokenEnd || _doc.Tokens[owner.End].Norm is not ("'" or "’")
            || !_s.Cues.Any(c => c.Is("fundraise") && IsRoundWord(c) && c.Start > owner.End && c.Start - owner.End <= 10))
        {
            return false;
        }

        var investee = owner.Companies.First();
        foreach (var investor in Agents(hit, allowPeople: false, exclude: [investee]))
        {
            _bag.Add(RelTypes.InvestsIn, investor, investee, _money, _status, null, Evidence);
            _sentenceInvestments.Add((investor, investee));
        }

        _round = (investee, _s.Sentence.Index);
        return true;
    }

    // "قادتها صناديق تديرها «بلاك روك»": funds named by their manager are the manager's money.
    private MentionGroup? ManagerOfFundsAfter(int from) =>
        from + 2 < _s.TokenEnd && ArabicAffixes.AffixVariants(_doc.Tokens[from].Norm).Any(v => v is "صناديق" or "صندوق")
            && _doc.Tokens[from + 1].Norm is "تديرها" or "يديرها" or "تديره" or "يديره" ? _s.GroupAfter(from + 2, 2) : null;

    // "led by Norwegian industrial group Aker": the name after an English description (lower-case words and adjectives of origin).
    private MentionGroup? GroupAfterDescription(int from)
    {
        for (var k = from; k < _s.TokenEnd && k < from + 6; k++)
        {
            if (_s.GroupAt(k) is { } g)
            {
                return g;
            }

            var t = _doc.Tokens[k];
            // "led by Norway's Aker": a place's possessive before the name.
            if (t.Kind == Text.TokenKind.Latin && char.IsUpper(_doc.Text[t.Start]) && k + 2 < _s.TokenEnd && _doc.Tokens[k + 1].Norm is "'" or "’" && _doc.Tokens[k + 2].Norm == "s")
            {
                k += 2;
                continue;
            }

            if (t.Kind != Text.TokenKind.Latin || _s.IsRelationCue(k)
                || char.IsUpper(_doc.Text[t.Start]) && !System.Text.RegularExpressions.Regex.IsMatch(t.Norm, "(ese|ian|an|ish|ch|i)$"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"المستثمرون الحاليون، ومنهم X": where a list of holders opens right after <paramref name="token"/>, else -1.</summary>
    private int ExistingHoldersListAfter(int token)
    {
        if (token >= _s.TokenEnd || _doc.Tokens[token].Norm is not ("المستثمرون" or "المستثمرين" or "المساهمون" or "المساهمين"))
        {
            return -1;
        }

        var intro = Enumerable.Range(token + 1, Math.Max(0, Math.Min(_s.TokenEnd, token + 5) - token - 1))
            .FirstOrDefault(k => _s.CueAt(k) is { } c && c.Start == k && c.Is("list-intro"), -1);
        return intro < 0 ? -1 : _s.AfterListIntro(intro);
    }

    private DocEntity? RecentRound() => _round is { } r && _s.Sentence.Index - r.Sentence <= 3 ? r.Company : null;

    /// <summary>"X, in which Y holds ...", "X، التي تملك فيها Y": the company before "in which".</summary>
    // "Kestrel has handed Halvard a 7% stake in exchange for GPU time", "agreed to give Yotta a stake of 9%": the one given the
    // stake invests in the giver; paid for with compute, the giver buys that compute from it.
    private bool ReadStakeGiven(CueHit hit)
    {
        if (_doc.Language != "en" || _doc.Tokens[hit.Start].Norm is not ("stake" or "stakes" or "shareholding" or "equity"))
        {
            return false;
        }

        var verb = Enumerable.Range(Math.Max(_s.TokenStart, hit.Start - 12), Math.Max(0, hit.Start - Math.Max(_s.TokenStart, hit.Start - 12))).Reverse()
            .FirstOrDefault(k => _doc.Tokens[k].Norm is "handed" or "hand" or "hands" or "give" or "gives" or "gave" or "given" or "giving" or "grant" or "grants" or "granted" or "offered" or "offer" or "offers", -1);
        if (verb < 0 || _s.GroupAfter(verb + 1, 6) is not { Prepositional: false } receiver || !receiver.Companies.Any() || receiver.End > hit.Start
            || _s.Groups.FirstOrDefault(g => g.End <= verb && !g.Prepositional && !InBrackets(g) && g.Companies.Any()) is not { } giver
            || giver.Members.Intersect(receiver.Members).Any())
        {
            return false;
        }

        var exchange = Enumerable.Range(hit.End, Math.Max(0, Math.Min(_s.TokenEnd, hit.End + 12) - hit.End)).Any(k => _doc.Tokens[k].Norm == "exchange")
            && _s.Cues.Any(c => c.Is("goods") && c.Start > hit.End) || Enumerable.Range(hit.End, Math.Max(0, Math.Min(_s.TokenEnd, hit.End + 14) - hit.End)).Any(k => _doc.Tokens[k].Norm is "time" or "gpu" or "gpus" or "credits");
        foreach (var investor in receiver.Companies)
        {
            foreach (var investee in giver.Companies)
            {
                _bag.Add(RelTypes.InvestsIn, investor, investee, null, _status, null, Evidence);
                if (exchange)
                {
                    _bag.Add(RelTypes.BuysFrom, investee, investor, _money, _status, null, Evidence);
                }
            }
        }

        return true;
    }

    // "AirTrunk, which Blackstone bought last year", "Inflection, which Microsoft acquired": the name "which" follows is what
    // the subject between "which" and the verb bought.
    private bool ReadRelativeObjectBought(CueHit hit)
    {
        if (_doc.Language != "en" || _doc.Tokens[hit.Start].Norm is not ("bought" or "acquired" or "purchased" or "backed" or "funded")
            || _s.Groups.LastOrDefault(g => g.End <= hit.Start && hit.Start - g.End <= 2 && !g.Prepositional && g.Companies.Any()) is not { } buyer
            || Enumerable.Range(buyer.End, hit.Start - buyer.End).Any(k => _doc.Tokens[k].Norm is not ("had" or "has" or "have" or "later" or "also" or "eventually"))
            || buyer.Start - 1 <= _s.TokenStart || _doc.Tokens[buyer.Start - 1].Norm is not ("which" or "that")
            || hit.End < _s.TokenEnd && _s.GroupAt(hit.End) is not null)
        {
            return false;
        }

        var which = buyer.Start - 1;
        var bought = GroupEndingAt(which, 2) is { } near && near.Companies.Any() ? near
            : _doc.Tokens[which - 1].Norm == "," ? AppositionHead(which - 1) : null;
        if (bought is null || bought.Members.Intersect(buyer.Members).Any())
        {
            return false;
        }

        foreach (var owner in buyer.Companies)
        {
            foreach (var company in bought.Companies)
            {
                _bag.Add(RelTypes.InvestsIn, owner, company, _money, _status, null, Evidence);
            }
        }

        return true;
    }

    private MentionGroup? WhichBefore(int token)
    {
        for (var k = token - 1; k > _s.TokenStart && k >= token - 6; k--)
        {
            if (_doc.Tokens[k].Norm is "which" or "التي" or "الذي" or "whom")
            {
                // "Lambda, in which Nvidia holds a stake": the name stands before the preposition of "in which".
                if (k - 1 > _s.TokenStart && _doc.Tokens[k].Norm is "which" or "whom" && _doc.Tokens[k - 1].Norm is "in" or "of")
                {
                    // ("a joint venture with Meta, in which Reliance holds 70%": the venture is what is held, not its partner.)
                    return GroupEndingAt(k - 1, 3) is { } antecedent && !_s.Cues.Any(c => c.Is("partner") && c.End <= antecedent.Start && antecedent.Start - c.End <= 2) ? antecedent : null;
                }

                if (GroupEndingAt(k, 3) is { } near)
                {
                    return near;
                }

                // "شركة «ركاز» المصرية الناشئة، التي": over adjectives of origin and kind.
                var j = k - 1;
                while (j > _s.TokenStart && j >= k - 6 && (!_doc.Tokens[j].IsWord || _doc.IsFillerWord(j) || _doc.IsDefiniteNisba(j) && !_s.IsRelationCue(j)))
                {
                    if (_s.Groups.FirstOrDefault(g => g.End == j + 1) is { } described)
                    {
                        return described;
                    }

                    j--;
                }

                return _s.Groups.FirstOrDefault(g => g.End == j + 1);
            }
        }

        return null;
    }

    private bool IsRoundWord(CueHit c)
    {
        var norm = _doc.Tokens[c.Start].Norm;
        return norm.Contains("جول", StringComparison.Ordinal) || norm.Contains("تمويل", StringComparison.Ordinal) || norm.Contains("استثمار", StringComparison.Ordinal)
            || norm is "جمعت" or "جمع" or "وجمعت" or "تجمع" or "يجمع"
            || norm is "round" or "funding" or "series" or "seed" or "investment" or "investors" or "raised" or "raises" or "raise";
    }

    // "يملك جهاز قطر 40% من الشركة", "تملك X 53% من رأسمال «Y»", "holds 7% of Y": the company after a share.
    private MentionGroup? OwnedAfterShare(int from)
    {
        for (var k = from; k < _s.TokenEnd && k < from + 8; k++)
        {
            // "60 per cent of X": the two words of the share.
            if (_doc.Tokens[k].Norm == "per" && k + 2 < _s.TokenEnd && _doc.Tokens[k + 1].Norm == "cent")
            {
                k++;
            }

            if (_doc.Tokens[k].Norm is "%" or "٪" or "cent" or "percent" && k + 1 < _s.TokenEnd && _doc.Tokens[k + 1].Norm is "من" or "of" or "in" or "في")
            {
                var after = k + 2;
                if (after < _s.TokenEnd && _doc.Tokens[after].Norm is "راسمال" or "راس" or "اسهم" or "capital" or "shares")
                {
                    after += _doc.Tokens[after].Norm == "راس" ? 2 : 1;
                }

                return _s.GroupAfter(after, 3) ?? _s.TopicAfter(after);
            }
        }

        return null;
    }

    private bool StakeSale(CueHit hit)
    {
        var stake = Enumerable.Range(hit.End, Math.Max(0, Math.Min(_s.TokenEnd, hit.End + 8) - hit.End))
            .FirstOrDefault(k => _doc.Tokens[k].Norm is "shares" or "stake" or "stakes" or "equity" or "اسهم" or "الاسهم" or "حصه" or "حصتها" or "حصته" or "حصص", -1);
        // "to X", "إلى X" (not "to fund X": an infinitive).
        var to = stake < 0 ? -1 : Enumerable.Range(stake, Math.Max(0, Math.Min(_s.TokenEnd - 1, stake + 10) - stake)).FirstOrDefault(k => _doc.Tokens[k].Norm is "to" or "الي" or "إلى", -1);
        if (to < 0 || _doc.Tokens[to + 1].Kind == Text.TokenKind.Latin && char.IsLower(_doc.Text[_doc.Tokens[to + 1].Start]) && _doc.Tokens[to + 1].Norm != "the"
            || _s.GroupAfter(to + 1, 3) is not { } buyers || !buyers.Companies.Any())
        {
            return false;
        }

        // The shares are of the company named after "in" (في), else of the one that sells them, else of the one the text is about.
        var company = _s.ObjectAfter(stake, 3, "prep-in")?.Companies.FirstOrDefault(c => !buyers.Members.Contains(c))
            ?? Agents(hit, allowPeople: false, exclude: [.. buyers.Companies]).FirstOrDefault() ?? _s.Topic;
        if (company is null)
        {
            return false;
        }

        foreach (var buyer in buyers.Companies)
        {
            _bag.Add(RelTypes.InvestsIn, buyer, company, _money, _status, null, Evidence);
        }

        return true;
    }
}
