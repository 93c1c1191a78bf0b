using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    // "فيما تجري تجربة تشغيلية مع «أورنج مصر»", "it is piloting its platform with the ministry", "fund trials with Aramex":
    // the one a pilot is run with tries the goods of the one who runs it, a customer in the making. "بينما يجري «مصرف
    // الراجحي» تجربة", "X, which signed a pilot": a company that runs a pilot on its own tries the text's company's goods.
    private void ReadPilot(CueHit hit)
    {
        // "with HDFC Bank about a pilot", "مع «زين الأردن» لتجربة منصتها": the party may come before the noun.
        var party = _s.ObjectAfter(hit.End, 6, "prep-with")
            ?? _s.Groups.LastOrDefault(g => g.End <= hit.Start && hit.Start - g.End <= 2 && g.Companies.Any() && g.Start > _s.TokenStart
                && WordBefore(g.Start) is { } w && _s.CueAt(w) is { } with && with.Is("prep-with")
                && Enumerable.Range(g.End, hit.Start - g.End).All(k => !_doc.Tokens[k].IsWord || _doc.Tokens[k].Norm is "about" or "on" or "for" or "a" or "an"));
        // ("أنهى تجربة مع الشركة": "the company" is the supplier here, and who it means is too uncertain to read.)
        if (party is not null && party.Companies.Any() && !(_s.CueAt(party.Start) is { } reference && reference.Is("topic-ref")))
        {
            var customers = _s.ListWithContinuations(party).Where(c => !c.IsPerson).ToList();
            // The one who runs it acts in the pilot's own clause ("X is a customer, while a pilot runs with Y": the text's company
            // runs it); "نجري تجربة" (we run) is the text's company speaking.
            var (clauseFrom, _) = ClauseAround(hit);
            var provider = (FirstPersonRun(hit) ? null
                    : Agents(hit, allowPeople: false, exclude: customers).FirstOrDefault(a => _s.Groups.Any(g => g.Members.Contains(a) && g.Start >= clauseFrom) || !_s.Groups.Any(g => g.Members.Contains(a))))
                ?? SentenceSupplier() ?? HerGoodsOwner();
            if (provider is null || customers.Contains(provider))
            {
                return;
            }

            foreach (var customer in customers)
            {
                _bag.Add(RelTypes.BuysFrom, customer, provider, null, _status, null, Evidence);
            }

            return;
        }

        // On its own: only after a verb of running one ("يجري «X» تجربة", "which signed a pilot", "is testing ... in a pilot").
        if (!RunsPilot(hit) || (SentenceSupplier() ?? HerGoodsOwner()) is not { } supplier)
        {
            return;
        }

        foreach (var tester in Agents(hit, allowPeople: false, exclude: [supplier]))
        {
            _bag.Add(RelTypes.BuysFrom, tester, supplier, null, _status, null, Evidence);
        }
    }

    // "وقّعت X عقداً لاستخدام نماذج «لسان»، بينما يجري Y تجربة": the supplier of a purchase read earlier in the sentence.
    private DocEntity? SentenceSupplier() =>
        _bag.All.Where(r => r.Type == RelTypes.BuysFrom && r.Evidence == Evidence).Select(r => r.To).Distinct().ToList() is [var only] ? EntityByKey(only) : null;

    private bool FirstPersonRun(CueHit hit) =>
        Enumerable.Range(Math.Max(_s.TokenStart, hit.Start - 3), hit.Start - Math.Max(_s.TokenStart, hit.Start - 3))
            .Any(j => ArabicAffixes.AffixVariants(_doc.Tokens[j].Norm).Any(v => v is "نجري") || _doc.Tokens[j].Norm is "we" or "our");

    private static readonly string[] RunVerbs = ["يجري", "تجري", "اجرت", "اجري", "signed", "running", "runs", "conducting", "testing", "began", "started", "launched"];

    // A verb of running a pilot within the three words before the noun, or over the name of its subject ("يجري «مصرف الراجحي» تجربة").
    private bool RunsPilot(CueHit hit)
    {
        var k = hit.Start - 1;
        if (_s.Groups.LastOrDefault(g => g.End <= hit.Start && hit.Start - g.End <= 1) is { } subject && _doc.Language == "ar")
        {
            k = subject.Start - 1;
        }

        for (var j = k; j >= _s.TokenStart && j >= k - 2; j--)
        {
            if (ArabicAffixes.AffixVariants(_doc.Tokens[j].Norm).Any(v => RunVerbs.Contains(v)) || RunVerbs.Contains(_doc.Tokens[j].Norm))
            {
                return true;
            }
        }

        // "is testing its voice assistant in a pilot".
        return _doc.Language == "en" && hit.Start - 2 >= _s.TokenStart && _doc.Tokens[hit.Start - 1].Norm is "a" && _doc.Tokens[hit.Start - 2].Norm == "in"
            && Enumerable.Range(Math.Max(_s.TokenStart, hit.Start - 8), hit.Start - Math.Max(_s.TokenStart, hit.Start - 8)).Any(j => _doc.Tokens[j].Norm is "testing" or "trialling" or "trialing");
    }
}
