using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    private static readonly string[] SalesWords = ["sales", "revenue", "revenues", "business", "مبيعات", "ايرادات"];

    private static readonly string[] ShareSubjectFillers = ["together", "alone", "which", "that", "now", "also", "still", "already", "has", "have", "had", "وحدها", "التي", "الذي"];

    // "Nvidia, which accounts for the bulk of Ibiden's sales", "Microsoft, which accounted for 62% of its revenue", "وتستحوذ
    // «X» على الحصة الأكبر من مبيعاتها": a company that makes up a share of another's sales buys from it. The company must
    // stand right at the verb (its subject), so that "the contract accounts for half of X's revenue" names no customer.
    private void ReadShareOfSales(CueHit hit)
    {
        var sales = SalesAfter(hit);
        if (sales < 0)
        {
            return;
        }

        var customers = _doc.Language == "ar" && _s.GroupAfter(hit.End, 2) is { Prepositional: false } subject ? subject : ShareSubjectBefore(hit.Start);
        if (customers is null || !customers.Companies.Any())
        {
            return;
        }

        // The seller: the possessor of the sales ("Ibiden's sales", "مبيعات «هاينكس»"), or, for "its" / "مبيعاتها", the
        // company named last before the customer's verb.
        var pronoun = _doc.Language == "ar" ? _doc.Tokens[sales].Norm.EndsWith("ها", StringComparison.Ordinal) : sales > _s.TokenStart && _doc.Tokens[sales - 1].Norm is "its" or "their";
        var seller = pronoun ? LastCompanyBefore(hit.Start, [.. customers.Companies])
            : (_doc.Language == "ar" ? _s.GroupAfter(sales + 1, 2) is { Prepositional: false } genitive ? genitive : null : PossessiveBefore(sales))?.Companies.FirstOrDefault();
        if (seller is null || customers.Members.Contains(seller))
        {
            return;
        }

        foreach (var customer in customers.Companies)
        {
            _bag.Add(RelTypes.BuysFrom, customer, seller, null, null, null, Evidence);
        }
    }

    // The sales word in the verb's clause, within ten words ("-1" when none): "تستحوذ X على ... مبيعاتها" is no acquisition.
    private int SalesAfter(CueHit hit)
    {
        var (_, to) = ClauseAround(hit);
        return Enumerable.Range(hit.End, Math.Max(0, Math.Min(to, hit.End + 10) - hit.End))
            .TakeWhile(k => _doc.Tokens[k].Norm is not ("." or ";" or "؛"))
            .FirstOrDefault(k => SalesWords.Contains(_doc.Tokens[k].Norm) || _doc.Language == "ar" && ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => SalesWords.Contains(v)), -1);
    }

    // "Microsoft and Meta together accounted", "Nvidia, which accounts": the names right before the verb.
    private MentionGroup? ShareSubjectBefore(int verb)
    {
        var k = verb;
        var relative = false;
        while (k > _s.TokenStart && (!_doc.Tokens[k - 1].IsWord || ShareSubjectFillers.Contains(_doc.Tokens[k - 1].Norm)) && _s.GroupAt(k - 1) is null && verb - k < 5)
        {
            relative |= _doc.Tokens[k - 1].Norm is "which" or "that" or "التي" or "الذي";
            k--;
        }

        // ("the money came from Nvidia, which accounts": a relative clause's antecedent may follow a preposition.)
        return _s.Groups.LastOrDefault(g => g.End == k) is { } g && (!g.Prepositional || relative) ? g : null;
    }
}
