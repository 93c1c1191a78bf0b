using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    // How likely a company is to be the host when two are named together: a data-centre operator, a telecom or a cloud hosts;
    // a model maker is hosted.
    private int HostRank(DocEntity company) => _categoryOf(company.Key) switch
    {
        "datacenter" => 3,
        "telecom" or "cloud" => 2,
        "big-tech" => 1,
        "ai-lab" or "software" => -1,
        null when ComputeName().IsMatch(company.Key) => 3,  // "Atlas Data Hub", "أطلس كومبيوت": a name that says what it sells
        _ => 0,
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"(^|-)(data|compute|cloud|kwmbywt|klawd|data-centers?)(-|$)")]
    private static partial System.Text.RegularExpressions.Regex ComputeName();

    private static readonly string[] CloudUseVerbs = ["تشغل", "يشغل", "تدرب", "يدرب", "ستشغل", "سيشغل", "ستدرب", "سيدرب", "نشغل", "ندرب", "تستضيف", "يستضيف", "ستستضيف", "سيستضيف", "تعتمد", "يعتمد",
        "ستعتمد", "سيعتمد", "تستخدم", "يستخدم", "ستستخدم", "سيستخدم", "تراهن", "يراهن"];

    private static readonly string[] ServerRunVerbs = ["تشغل", "يشغل", "تدرب", "يدرب", "ستشغل", "سيشغل", "ستدرب", "سيدرب", "نشغل", "ندرب"];

    private static readonly string[] CloudOperatorVerbs = ["تشغلها", "يشغلها", "تديرها", "يديرها"];

    // "تشغّل «X» نماذجها على سحابة «أوراكل»", "تدرّب نماذجها على السحابة التي تشغّلها «Y»", "تعتمد على السحابة الخاصة بـY",
    // "يستخدم سحابة «أمازون»": whoever runs on, relies on or uses a company's cloud buys from it. The verb must be in the
    // cloud's clause ("أطلقت X سحابة Y" says nothing of use).
    private void ReadCloudOf(CueHit hit)
    {
        if (_doc.Language != "ar" || CloudOwnerAfter(hit.End) is not { } owner || !owner.Companies.Any())
        {
            return;
        }

        // ("تستضيف X خوادم Y": servers are hosted for their owner; only running or training on them is buying from it.)
        var (from, _) = ClauseAround(hit);
        var servers = ArabicAffixes.AffixVariants(_doc.Tokens[hit.Start].Norm).Any(v => v is "خوادم");
        if (!Enumerable.Range(from, hit.Start - from).Any(k => ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => CloudUseVerbs.Contains(v) && !(servers && !ServerRunVerbs.Contains(v)))))
        {
            return;
        }

        foreach (var user in Agents(hit, allowPeople: false, exclude: [.. owner.Companies]))
        {
            foreach (var supplier in owner.Companies)
            {
                _bag.Add(RelTypes.BuysFrom, user, supplier, _money, _status, null, Evidence);
            }
        }
    }

    // The cloud's owner: its genitive ("سحابة «أوراكل»"), its operator ("السحابة التي تديرها X"), its owner after "الخاصة بـ",
    // "التابعة لـ".
    private MentionGroup? CloudOwnerAfter(int k)
    {
        if (k >= _s.TokenEnd)
        {
            return null;
        }

        if (_s.GroupAfter(k, 2) is { Prepositional: false } genitive)
        {
            return genitive;
        }

        var word = _doc.Tokens[k].Norm;
        if (word is "التي" && k + 1 < _s.TokenEnd && CloudOperatorVerbs.Contains(_doc.Tokens[k + 1].Norm.TrimStart('و', 'ف')))
        {
            return _s.GroupAfter(k + 2, 3);
        }

        return word is "الخاصه" or "التابعه" ? _s.GroupAfter(k + 1, 3) : null;
    }

    // Hosting is selling compute: "تستضيف الشركة نماذجها على منصة «أزور»", "hosts its models on Google's cloud" (the
    // one hosted on buys from the cloud's owner); "وتستضيف «ستاكيت» منصة الشركة", "agreed to host Fluidstack's AI servers"
    // (the owner of what is hosted buys from the host); "وقعت X مذكرة تفاهم مع Y لاستضافة نموذجها" (the data-centre
    // operator of the two hosts the other).
    private void ReadHosting(CueHit hit)
    {
        // Arabic verb first: "وتستضيف «ستاكيت»، ذراع ...، منصة الشركة".
        var subjectAfter = _doc.Language == "ar" && _s.GroupAfter(hit.End, 3) is { Prepositional: false } s && s.Companies.Any() ? s : null;
        var objectFrom = subjectAfter is null ? hit.End : DescriptionEnd(subjectAfter.End);
        var goods = _s.Cues.FirstOrDefault(c => c.Is("goods") && c.Start >= objectFrom && c.Start - objectFrom <= 4);

        // Its own goods on another's: "نماذجها على منصة «أزور»", "its models on Google Cloud", "بياناتها في مركز بيانات تابع لشركة X",
        // "نماذجها لدى X" (at the host's).
        var own = goods is not null && (goods.Suffix is "ها" or "ه" || goods.Start > 0 && _doc.Tokens[goods.Start - 1].Norm is "its" or "their")
            || objectFrom < _s.TokenEnd && ArabicAffixes.AffixVariants(_doc.Tokens[objectFrom].Norm).Any(v => v is "بيانات" or "نماذج" or "منصه" or "خوادم" or "تطبيقات") && _doc.Tokens[objectFrom].Norm.EndsWith("ها", StringComparison.Ordinal);
        if (own)
        {
            var after = goods?.End ?? objectFrom + 1;
            var on = Enumerable.Range(after, Math.Max(0, Math.Min(_s.TokenEnd, after + 3) - after))
                .FirstOrDefault(k => _doc.Tokens[k].Norm is "on" or "in" or "على" or "علي" or "في" or "لدي" or "لدى", -1);
            if (on >= 0)
            {
                // "في مركز بيانات تابع لشركة X": the owner over a word of belonging.
                var cloud = _s.GroupAfter(on + 1, 4) is { } named && named.Companies.Any() ? [.. named.Companies] : SupplierByGoods(on + 1);
                if (cloud.Count == 0 && _s.ObjectAfter(on + 1, 8, "prep-to") is { } belongsTo)
                {
                    cloud = [.. belongsTo.Companies];
                }

                // (After its founders: "تأسست X على يد فلان وفلانة، وتستضيف نماذجها": the company the sentence opened with.)
                var guests = subjectAfter is not null ? [.. subjectAfter.Companies] : Agents(hit, allowPeople: false, exclude: cloud);
                if (guests.Count == 0 && _s.Groups.FirstOrDefault(g => g.End <= hit.Start && !g.Prepositional && g.Companies.Any() && !g.Members.Intersect(cloud).Any()) is { } opener)
                {
                    guests = [.. opener.Companies];
                }

                if (cloud.Count > 0)
                {
                    AddHosting(guests, cloud);
                    return;
                }
            }
        }

        // What is hosted belongs to a named company, or to "the company": "Fluidstack's AI servers", "منصة الشركة", "نماذج X".
        var hosts = subjectAfter is not null ? subjectAfter.Companies.ToList() : Agents(hit, allowPeople: false);
        if (!own && hosts.Count > 0 && OwnerOfHosted(goods, objectFrom) is { Count: > 0 } owners && !owners.Intersect(hosts).Any())
        {
            AddHosting(owners, hosts);
            return;
        }

        // Two companies and a purpose: "وقعت «لسان» مذكرة تفاهم مع «سنتر3» لاستضافة ...", "in talks with X to host ...".
        if (subjectAfter is null && _s.Groups.LastOrDefault(g => g.End <= hit.Start && g.Start > _s.TokenStart && g.Companies.Any()
                && WordBefore(g.Start) is { } w && (_doc.IsCueWord("company-cue", w) && WordBefore(w) is { } w2 ? w2 : w) is var withAt
                && _s.CueAt(withAt) is { } with && with.Is("prep-with")) is { } party
            && Agents(hit, allowPeople: false, exclude: [.. party.Companies]).FirstOrDefault() is { } agent
            && !PartnershipBefore(party.Start))
        {
            var other = party.Companies.First();
            var (host, guest) = HostRank(other) > HostRank(agent) ? (other, agent) : HostRank(agent) > HostRank(other) ? (agent, other) : (null, null);
            if (host is not null && guest is not null)
            {
                AddHosting([guest], [host]);
            }
        }
    }

    // "«ستاكيت»، ذراع الحوسبة السحابية التابعة لمجموعة «شفارتس»، منصة الشركة": over a description set off by commas, names and all.
    private int DescriptionEnd(int groupEnd)
    {
        var k = groupEnd;
        while (k < _s.TokenEnd && !_doc.Tokens[k].IsWord && _doc.Tokens[k].Norm is not ("," or "،"))
        {
            k++;
        }

        if (k >= _s.TokenEnd || _doc.Tokens[k].Norm is not ("," or "،"))
        {
            return groupEnd;
        }

        for (var j = k + 1; j < _s.TokenEnd && j <= k + 14; j++)
        {
            if (_doc.Tokens[j].Norm is "," or "،")
            {
                return j + 1;
            }

            if (_doc.Tokens[j].Norm is "." or ";" or "؛" or ":" || _s.IsRelationCue(j))
            {
                return groupEnd;
            }
        }

        return groupEnd;
    }

    // "أبرمت «سراج» شراكة مع «كوهير» لاستضافة نماذجها", "a cloud partnership with Google to host": a partnership, no
    // purchase (a memorandum of understanding is how hosting deals begin, and stays one).
    private bool PartnershipBefore(int partyStart) =>
        _s.Cues.Any(c => c.Is("partner") && c.End <= partyStart && partyStart - c.End <= 4
            && !ArabicAffixes.AffixVariants(_doc.Tokens[c.Start].Norm).Any(v => v is "مذكره") && _doc.Tokens[c.Start].Norm != "memorandum");

    // "Fluidstack's AI servers" (a possessor before the goods), "نماذج «X»", "منصة الشركة" (after them).
    private List<DocEntity> OwnerOfHosted(CueHit? goods, int objectFrom)
    {
        // "to host part of Isarwerk's training runs": a possessor within a few words, goods named or not.
        if (_doc.Language == "en" && _s.Groups.FirstOrDefault(g => g.Start >= objectFrom && g.Start - objectFrom <= 4 && g.Companies.Any()) is { } possessor
            && possessor.End + 1 < _s.TokenEnd && _doc.Tokens[possessor.End].Norm is "'" or "’" && _doc.Tokens[possessor.End + 1].Norm == "s")
        {
            return [.. possessor.Companies];
        }

        if (goods is not null && _doc.Language == "ar" && (_s.TopicAfter(goods.End) ?? (_s.GroupAt(goods.End) is { } g && g.Start == goods.End ? g : null)) is { } after)
        {
            return [.. after.Companies];
        }

        return [];
    }

    private void AddHosting(IEnumerable<DocEntity> guests, IEnumerable<DocEntity> hosts)
    {
        foreach (var guest in guests.Where(g => !g.IsPerson))
        {
            foreach (var host in hosts.Where(h => !h.IsPerson && h != guest))
            {
                _bag.Add(RelTypes.BuysFrom, guest, host, _money, _status, null, Evidence);
            }
        }
    }
}
