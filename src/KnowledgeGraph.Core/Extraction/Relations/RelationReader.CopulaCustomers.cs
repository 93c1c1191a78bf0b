using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    private static readonly HashSet<string> CopulaWords = new(StringComparer.Ordinal) { "is", "are", "was", "were", "has", "have", "been", "become", "became", "remains", "remain" };

    private static readonly HashSet<string> CustomerFillers = new(StringComparer.Ordinal)
    {
        "also", "now", "already", "both", "a", "an", "our", "their", "first", "early", "big", "major", "key", "paying", "anchor", "large", "larger", "largest", "biggest",
    };

    // "X uses Y's chips, and A and B are also customers", "X was our first customer", "«رؤى» كانت عميلنا الأول": a customer
    // named by a copula and no possessor buys from the seller the sentence names with a possessive, else from the speaker's
    // company (the one the text is about).
    private bool ReadCustomersWithoutPossessor(CueHit hit)
    {
        var our = hit.Suffix == "نا" || _doc.Tokens[hit.End - 1].Norm.EndsWith("نا", StringComparison.Ordinal);
        if (_doc.Language == "en")
        {
            if (hit.End < _s.TokenEnd && _doc.Tokens[hit.End].Norm is "of" or "'" or "’" or "for" or "at" or "in" or "such" or "including" or "like" or "include" or "includes")
            {
                return false;
            }

            var k = hit.Start - 1;
            var copula = false;
            while (k >= _s.TokenStart && _doc.Tokens[k].IsWord && (CopulaWords.Contains(_doc.Tokens[k].Norm) || CustomerFillers.Contains(_doc.Tokens[k].Norm)))
            {
                copula |= CopulaWords.Contains(_doc.Tokens[k].Norm);
                our |= _doc.Tokens[k].Norm == "our";
                k--;
            }

            // ("A and B are their customers": a possessor, read elsewhere.)
            if (!copula || Enumerable.Range(k + 1, hit.Start - k - 1).Any(j => _doc.Tokens[j].Norm == "their")
                || GroupEndingAt(k + 1, 1) is not { Prepositional: false } named || !named.Companies.Any())
            {
                return false;
            }

            return AddCopulaCustomers(named, our, hit);
        }

        // "كانت «رؤى» عميلنا الأول", "«رؤى» كانت عميلنا الأول"; "أن تكون «X» أول مستأجر في المركز" (the text's site).
        // ("ستكون «X» أول مستأجر رئيسي للقدرة", "أول مستأجر للمجمع": the first tenant of no one named is the text's site's.)
        var firstTenantHere = hit.End + 1 < _s.TokenEnd && _doc.Tokens[hit.Start].Norm.EndsWith("مستاجر", StringComparison.Ordinal) && (_doc.Tokens[hit.End].Norm == "في"
            && _doc.Tokens[hit.End + 1].Norm is "المركز" or "المجمع" or "المشروع" or "الموقع"
            || hit.Start > _s.TokenStart && _doc.Tokens[hit.Start - 1].Norm is "اول" && _s.GroupAfter(hit.End, 4) is null && _s.ObjectAfter(hit.End, 4, "prep-to", "prep-in") is null);
        if (!our && !firstTenantHere || _s.Groups.LastOrDefault(g => g.End <= hit.Start && hit.Start - g.End <= 2
                && Enumerable.Range(g.End, hit.Start - g.End).All(j => !_doc.Tokens[j].IsWord || _doc.Tokens[j].Norm is "كانت" or "كان" or "هي" or "هو" or "تعد" or "يعد" or "اصبحت" or "أصبحت" or "اول" or "أول")) is not { Prepositional: false } customers
            || !customers.Companies.Any())
        {
            return false;
        }

        return AddCopulaCustomers(customers, our: true, hit);
    }

    private bool AddCopulaCustomers(MentionGroup customers, bool our, CueHit hit)
    {
        // "uses Horizon's Journey chips, and Li Auto and Chery are also customers": the possessor named earlier in the sentence.
        var seller = our ? null : _s.Groups.LastOrDefault(g => g.End <= customers.Start && g.End < _s.TokenEnd && _doc.Tokens[g.End].Norm is "'" or "’" && g.Companies.Any())?.Companies.First();
        seller ??= our ? _topic ?? _s.Topic : _s.Topic ?? _topic;
        if (seller is null || customers.Members.Contains(seller))
        {
            return false;
        }

        foreach (var customer in customers.Companies)
        {
            _bag.Add(RelTypes.BuysFrom, customer, seller, _money, _status, null, Evidence);
        }

        return true;
    }
}
