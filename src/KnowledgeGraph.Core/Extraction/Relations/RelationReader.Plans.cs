using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    // Words that may come before the noun that opens the sentence: "A proposed joint venture with", "A separate plan with".
    private static readonly HashSet<string> OpeningModifiers = ["a", "an", "the", "its", "their", "proposed", "separate", "planned", "earlier",
        "previous", "potential", "possible", "second", "new", "parallel", "similar", "further", "meanwhile", ","];

    /// <summary>
    /// A sentence that opens with a plan, a venture or talks "with X" and names no one else who has them ("Talks with
    /// Vertex over a joint facility stalled", "A proposed joint venture with Fortum ... was shelved", "Discussions with
    /// Telesat were shelved"): the company the article is about partners (or meant to partner) with X.
    /// </summary>
    private void ReadOpeningPlanWith()
    {
        if (_doc.Language != "en")
        {
            return;
        }

        var k = _s.TokenStart;
        while (k < _s.TokenEnd && OpeningModifiers.Contains(_doc.Tokens[k].Norm))
        {
            k++;
        }

        if (k + 1 >= _s.TokenEnd)
        {
            return;
        }

        var norm = _doc.Tokens[k].Norm;
        if (norm == "joint" && _doc.Tokens[k + 1].Norm is "venture" or "project" or "development")
        {
            k++;
        }
        else if (norm is not ("talks" or "negotiations" or "discussions" or "plan" or "plans" or "partnership" or "collaboration" or "alliance" or "venture" or "tie-up"))
        {
            return;
        }

        // ("Talks with X over chip supply": talks for goods are the purchase rules' to read; "talks with a fund" are about money.)
        if (_doc.Tokens[k + 1].Norm != "with" || _s.GroupAfter(k + 2, 4) is not { } partner || !partner.Companies.Any() || TalksForGoods(partner.End)
            || (PreviousSentenceOpener() ?? HeadlineCompany()) is not { } subject || partner.Members.Contains(subject))
        {
            return;
        }

        foreach (var other in partner.Companies.Where(c => _categoryOf(c.Key) != "investor"))
        {
            _bag.Add(RelTypes.PartnersWith, subject, other, null, StatusOf(_s), null, Evidence);
        }
    }
}
