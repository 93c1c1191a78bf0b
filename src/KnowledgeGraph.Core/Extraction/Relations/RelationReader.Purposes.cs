using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    /// <summary>
    /// A deal's purpose right after the party "مع"/"with" introduces: "اتفاقية مع «Y» الأردنية لتزويده بمنصة", "عقد مع
    /// «Y» المحلية لإنشاء منصة", "مذكرة تفاهم مع Y لاستخدام قدراتها", "a contract with Y to build its campus". Whoever the
    /// purpose verb has supply, build or be used is the seller of the deal; the pronoun on the verb is the one who pays.
    /// </summary>
    private bool PurposeNamesSeller(MentionGroup party) => PurposeVerb(party) is not null;

    private CueHit? PurposeVerb(MentionGroup party)
    {
        var words = 0;
        // ("an agreement with Nebras, a Saudi start-up, to supply it": over a description set off by commas.)
        for (var k = AppositionEnd(party.End); k < _s.TokenEnd; k++)
        {
            var t = _doc.Tokens[k];
            if (!t.IsWord)
            {
                // (A comma ends the party's words: "مع X، التي ..." is a relative clause, no purpose.)
                if (t.Norm is "," or "،" or "." or ";" or "؛" or ":")
                {
                    return null;
                }

                continue;
            }

            if (_s.CueAt(k) is { } cue && cue.Start == k && cue.IsAny("supply", "build-for", "buy"))
            {
                return IsPurposeVerb(cue, _doc.Tokens[cue.Start].Norm.StartsWith('ل')) ? cue : null;
            }

            // "جرى الاتفاق مع X على توريد الكهرباء": what was agreed on.
            if (t.Norm is "على" or "علي" && k + 1 < _s.TokenEnd && _s.CueAt(k + 1) is { } agreed && agreed.Start == k + 1 && agreed.IsAny("supply", "build-for", "buy"))
            {
                return IsPurposeVerb(agreed, true) ? agreed : null;
            }

            // Over the party's description only ("الأردنية الناشئة", "المحلية"): no other name, relation word or clause.
            if (_s.GroupAt(k) is not null || _s.IsRelationCue(k) || _s.IsClauseBreakWord(k) || _doc.Tokens[k].Norm is "to" || ++words > 3)
            {
                return _doc.Tokens[k].Norm is "to" && k + 1 < _s.TokenEnd && _s.CueAt(k + 1) is { } verb && verb.Start == k + 1
                    && verb.IsAny("supply", "build-for") && IsPurposeVerb(verb, true) ? verb : null;
            }
        }

        return null;
    }

    // Arabic purpose: "ل" + verbal noun ("لتزويد", "لإنشاء"), or "على" + verbal noun; English: "to" + verb (the caller says
    // whether the marker is there).
    private bool IsPurposeVerb(CueHit cue, bool marked)
    {
        if (!marked)
        {
            return false;
        }

        // "لشراء رقائق من إنفيديا": bought from someone else named after it; "لتوفير خدماتها لعملاء Z": supplied to a third.
        if (cue.Is("buy") && _s.ObjectAfter(cue.End, 8, "prep-from") is { } from && _s.Groups.Contains(from) && from.Companies.Any()
            || cue.Is("supply") && _s.ObjectAfter(cue.End, 8, "prep-to") is { } to && to.Companies.Any())
        {
            return false;
        }

        // Supplying without a pronoun back at the payer must name goods: "لتوريد الكهرباء" (not "لتوفير الدعم").
        // ("مع «سماء»، ..., لتزويدها بالصور وتطوير منتجات مشتركة": joint work is a partnership.)
        if (Enumerable.Range(cue.End, Math.Max(0, Math.Min(_s.TokenEnd, cue.End + 10) - cue.End)).Any(k => _doc.Tokens[k].Norm is "مشتركة" or "مشتركه" or "المشتركة" or "المشتركه" or "مشترك" or "joint" or "jointly"))
        {
            return false;
        }

        var pronoun = cue.Suffix is "ها" or "ه" || cue.End < _s.TokenEnd && _doc.Tokens[cue.End].Norm is "it" or "them";
        return pronoun || !cue.Is("supply") || _s.Cues.Any(c => c.Is("goods") && c.Start >= cue.End && c.Start - cue.End <= 3);
    }

    private bool IsMemorandum(CueHit hit) => _doc.Tokens[hit.Start].Norm is "memorandum" || ArabicAffixes.AffixVariants(_doc.Tokens[hit.Start].Norm).Any(v => v is "مذكرة" or "مذكره");

    // The parties a deal's purpose has sell (PurposeNamesSeller): the supply verb of that purpose is read with the deal.
    private readonly HashSet<MentionGroup> _purposeParties = [];

    /// <summary>"شركة «Y» الفرنسية لتزويدها": a name and up to three words describing it ("الفرنسية الناشئة") before an Arabic verb.</summary>
    private MentionGroup? DescribedGroupEndingAt(int token)
    {
        if (_doc.Language != "ar")
        {
            return null;
        }

        var words = 0;
        for (var k = token - 1; k >= _s.TokenStart && words <= 3; k--)
        {
            if (_s.Groups.LastOrDefault(g => g.End == k + 1) is { } g)
            {
                return words > 0 ? g : null;
            }

            if (_doc.Tokens[k].IsWord && !(_doc.IsDefiniteNisba(k) || _doc.IsCueWord("company-cue", k) || _doc.IsFillerWord(k)) || _s.IsRelationCue(k)
                || _doc.Tokens[k].Norm is "," or "،" or "." or "؛")
            {
                return null;
            }

            words += _doc.Tokens[k].IsWord ? 1 : 0;
        }

        return null;
    }

    private static readonly string[] MasculineHeads = ["بنك", "البنك", "مصرف", "المصرف", "صندوق", "الصندوق", "مستشفي", "المستشفي", "مستشفى", "المستشفى", "جهاز", "الجهاز", "مختبر", "المختبر"];

    /// <summary>
    /// "وقّعت «نواة» عقداً مع بنك مصر ... لتزويده بنظام": the purpose verb's pronoun agrees with the party "مع" introduces (a
    /// bank, a fund: masculine) and not with the signer (a company: feminine), so the party is the customer.
    /// </summary>
    private bool PronounIsParty(MentionGroup party, DocEntity signer)
    {
        var verb = _s.Cues.FirstOrDefault(c => c.Start >= party.End && c.IsAny("supply", "build-for", "buy"));
        if (_doc.Language != "ar" || verb is null || verb.Suffix is not ("ه" or "ها")
            || _s.Groups.LastOrDefault(g => g.End <= party.Start && g.Members.Contains(signer)) is not { } signerGroup)
        {
            return false;
        }

        var masculineParty = Masculine(party);
        return masculineParty != Masculine(signerGroup) && masculineParty == (verb.Suffix == "ه");
    }

    private bool Masculine(MentionGroup g)
    {
        var before = WordBefore(g.Start);
        return before is { } k && MasculineHeads.Contains(_doc.Tokens[k].Norm.TrimStart('و'))
            || _doc.Tokens[g.Start].Kind == Text.TokenKind.Arabic && MasculineHeads.Contains(_doc.Tokens[g.Start].Norm.TrimStart('و'));
    }

    // "تعتمد «أطلس» في تزويدها بالطاقة على شركة ناريفا": what the subject relies on someone for stands between it and "على".
    private MentionGroup? ReliedForSupply(MentionGroup? subject)
    {
        if (_doc.Language != "ar" || subject is not { Prepositional: false })
        {
            return null;
        }

        var at = subject.End;
        while (at < _s.TokenEnd - 1 && !_doc.Tokens[at].IsWord && _doc.Tokens[at].Norm is not ("," or "،" or "." or "؛"))
        {
            at++;                                       // a closing quote
        }

        if (at >= _s.TokenEnd - 1 || _doc.Tokens[at].Norm != "في" || _s.CueAt(at + 1) is not { } need || need.Start != at + 1 || !need.IsAny("supply", "buy"))
        {
            return null;
        }

        for (var k = need.End; k < _s.TokenEnd && k < need.End + 5; k++)
        {
            if (_doc.Tokens[k].Norm is "علي" or "على")
            {
                return _s.GroupAfter(k + 1, 4);
            }

            if (_s.GroupAt(k) is not null || _doc.Tokens[k].Norm is "," or "،" or "." or "؛")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "وقّعت «أفق» عقداً مع بنك مسقط لتشغيل مساعد صوتي": a company the gazetteer does not know (a start-up) signing, for a
    /// purpose with no pronoun, with a known bank or telecom operator (the usual buyers of such work; not a contractor) is the
    /// one that builds.
    /// </summary>
    private bool YoungVendorSigns(MentionGroup party, DocEntity signer, DocEntity other)
    {
        var verb = _s.Cues.FirstOrDefault(c => c.Start >= party.End && c.IsAny("supply", "build-for", "buy"));
        return verb is not null && verb.Is("build-for") && verb.Suffix is not ("ه" or "ها") && !_known(signer.Key) && _known(other.Key)
            && _listedCategoryOf(other.Key) is "investor" or "telecom";
    }

    // "تجري «غيمة» محادثات مع «جي 42» لتكون مستأجراً رئيسياً", "talks with X to become its anchor tenant": the party the
    // talks are with is to be the customer of the one who talks.
    private bool ReadTalksToBecomeCustomer(CueHit hit, MentionGroup party)
    {
        var k = AppositionEnd(party.End);
        var words = 0;
        while (k < _s.TokenEnd && words <= 2 && !(_doc.Tokens[k].Norm.TrimStart('و') is "لتكون" or "ليكون" or "لتصبح" or "ليصبح" || _doc.Tokens[k].Norm is "become"))
        {
            if (_doc.Tokens[k].Norm is "," or "،" or "." or "؛" || _s.GroupAt(k) is not null || _s.IsRelationCue(k))
            {
                return false;
            }

            words += _doc.Tokens[k].IsWord ? 1 : 0;
            k++;
        }

        if (k >= _s.TokenEnd - 1 || words > 2 || !_s.Cues.Any(c => c.Is("customer-noun") && c.Start > k && c.Start - k <= 3))
        {
            return false;
        }

        var subject = Agents(hit, allowPeople: false, exclude: [.. party.Companies]).FirstOrDefault() ?? _s.Topic ?? _topic;
        if (subject is null || party.Members.Contains(subject))
        {
            return false;
        }

        foreach (var customer in party.Companies)
        {
            _bag.Add(RelTypes.BuysFrom, customer, subject, _money, _status, null, Evidence);
        }

        return true;
    }

    // "اتفقت «مايكروسوفت» مع «كونستليشن»، أكبر مشغل ...، على شراء كامل إنتاج الوحدة", "اتفقت المجموعة مع «جوجل» على إنشاء منطقة
    // سحابية": agreeing with a party on its supplying or building (or on buying from it) is a purchase from it.
    private void ReadAgreedWith()
    {
        if (_doc.Language != "ar")
        {
            return;
        }

        for (var k = _s.TokenStart; k < _s.TokenEnd; k++)
        {
            if (!ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => v is "اتفقت" or "اتفق"))
            {
                continue;
            }

            // The party after "مع", over the subject of the verb ("اتفقت «X» مع «Y»").
            var at = k + 1;
            if (_s.GroupAfter(at, 2) is { Prepositional: false } subject)
            {
                at = subject.End;
            }
            else if (_s.CueAt(at) is { } reference && reference.Start == at && reference.Is("topic-ref"))
            {
                at = reference.End;                     // "اتفقت المجموعة مع «جوجل»"
            }

            while (at < _s.TokenEnd && !_doc.Tokens[at].IsWord)
            {
                at++;
            }

            if (at >= _s.TokenEnd || _doc.Tokens[at].Norm != "مع" || _s.GroupAfter(at + 1, 3) is not { } party || party.Companies.Count() != 1
                || PurposeVerb(party) is not { } purpose)
            {
                continue;
            }

            var hit = new CueHit(k, k + 1, ["deal"], "");
            var other = party.Companies.First();
            if (Agents(hit, allowPeople: false, exclude: [other]).FirstOrDefault() is not { } agent)
            {
                continue;
            }

            // (A power company sells power, whoever is the bigger seller of other things.)
            var energy = (_categoryOf(agent.Key) == "energy") != (_categoryOf(other.Key) == "energy");
            var agentSells = energy ? _categoryOf(agent.Key) == "energy" : SupplierRank(agent) >= 3 && SupplierRank(agent) > SupplierRank(other);
            _bag.Add(RelTypes.BuysFrom, agentSells ? other : agent, agentSells ? agent : other, _money, StatusOf(_s), null, Evidence);
            _purposeParties.Add(party);
        }
    }

    // The subject of "مركز بيانات تستأجره من X" (goods, then a buying verb with a pronoun for them): the company the sentence
    // opens with ("الشركة" at the start is the sentence's topic).
    private DocEntity? RelativeGoodsSubject(CueHit hit, List<DocEntity> suppliers)
    {
        // ("وحدات تشتريها «يوتا» من «إنفيديا»": a subject named after the verb is its own.)
        if (_doc.Language != "ar" || hit.Suffix is not ("ه" or "ها") || !_s.Cues.Any(c => c.Is("goods") && c.End <= hit.Start && hit.Start - c.End <= 1)
            || _s.GroupAfter(hit.End, 2) is { Prepositional: false })
        {
            return null;
        }

        var opener = _s.Groups.FirstOrDefault(g => g.Companies.Any());
        var reference = _s.Cues.FirstOrDefault(c => c.Is("topic-ref") && _doc.Tokens[c.Start].Kind == Text.TokenKind.Arabic);
        var subject = reference is not null && (opener is null || reference.Start < opener.Start) ? _s.Topic
            : opener is { Prepositional: false } ? opener.Companies.First() : null;
        return subject is null || suppliers.Contains(subject) ? null : subject;
    }
}
