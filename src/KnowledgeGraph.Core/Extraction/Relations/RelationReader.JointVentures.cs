using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    /// <summary>
    /// A joint venture named as a company: "«X»، وهي مشروع مشترك بين A وB", "X, a joint venture of A and B", "أعلنت A وB
    /// تأسيس شركة «X»، وهي مشروع مشترك", "set up a joint venture with B under the name X". Its parents put money in it, so
    /// each invests in the venture (the partnership between them is read as such elsewhere).
    /// </summary>
    private void ReadJointVenture(CueHit hit)
    {
        if (_doc.Tokens[hit.Start].Norm.TrimStart('و') is not ("مشروع" or "joint") || _doc.Tokens[hit.End - 1].Norm is not ("مشترك" or "مشتركا" or "venture"))
        {
            return;
        }

        // ("a joint venture partner", "اتفاقية مشروع مشترك": the word names a partner or a deal, not the venture.)
        if (hit.End < _s.TokenEnd && _doc.Tokens[hit.End].Norm is "partner" or "partners" or "agreement" or "deal" or "talks" or "شريك" or "شريكا" or "اتفاق" or "اتفاقيه"
            || hit.Start > _s.TokenStart && _doc.Tokens[hit.Start - 1].Norm is "اتفاق" or "اتفاقيه" or "اتفاقية")
        {
            return;
        }

        // ("من «جوجل» ومشروع مشترك بين ...": after "و" the venture is another item of a list, not the name before.)
        var conjoined = _doc.Tokens[hit.Start].Norm.StartsWith('و') || hit.Start > _s.TokenStart && _doc.Tokens[hit.Start - 1].Norm is "and" or "و";
        var venture = (conjoined ? null : VentureBefore(hit.Start)) ?? VentureNamedAfter(hit.End);
        if (venture is null || !venture.Companies.Any())
        {
            return;
        }

        var company = venture.Companies.First();
        var parents = new List<DocEntity>();
        var after = hit.End;
        while (after < _s.TokenEnd && after < hit.End + 3 && (!_doc.Tokens[after].IsWord && _doc.Tokens[after].Norm is not ("." or ";" or "؛") || _s.GroupAt(after) is { } named && named == venture))
        {
            after = _s.GroupAt(after) is { } skipped ? skipped.End : after + 1;
        }

        var mark = after < _s.TokenEnd ? _doc.Tokens[after].Norm : "";
        if (mark is "بين" or "between" or "of" && _s.GroupAfter(after + 1, 3) is { } between)
        {
            // "مشروع مشترك بين A وB", "a joint venture of A and B": both parents follow.
            parents.AddRange(_s.ListWithContinuations(between).Where(m => !m.IsPerson));
        }
        else
        {
            // "with B": B, and the subject that set it up; no mark: the subjects that announced it.
            if (mark is "مع" or "with" && _s.GroupAfter(after + 1, 3) is { } with)
            {
                parents.AddRange(with.Companies);
            }

            // ("ADQ's utility arm TAQA said it had formed X": the owner of the subject is no parent.)
            if (_s.Groups.FirstOrDefault(g => g.End <= Math.Min(hit.Start, venture.Start) && !g.Prepositional && !InBrackets(g) && !IsPossessive(g) && g.Companies.Any()) is { } subject)
            {
                parents.AddRange(_s.ListWithContinuations(subject).Where(m => !m.IsPerson));
            }
        }

        foreach (var parent in parents.Distinct().Where(p => p != company))
        {
            _bag.Add(RelTypes.InvestsIn, parent, company, null, StatusOf(_s), null, Evidence);
        }
    }

    // "«X»، وهي مشروع مشترك", "X, a 50-50 joint venture", "و«X» مشروع مشترك": the company right before, over a pronoun or an article.
    private MentionGroup? VentureBefore(int start)
    {
        var k = start - 1;
        while (k > _s.TokenStart && k >= start - 5 && (!_doc.Tokens[k].IsWord && _doc.Tokens[k].Norm is not ("." or ";" or "؛")
            || _doc.Tokens[k].Norm is "وهي" or "وهو" or "هي" or "هو" or "a" or "an" or "is" or "the" or "50" or "50-50" or "50/50" || _doc.Tokens[k].Kind == Text.TokenKind.Number))
        {
            k--;
        }

        return _s.Groups.LastOrDefault(g => g.End == k + 1 && !g.People.Any());
    }

    // "مشروع مشترك ... باسم «X»", "تحت اسم «X»", "a joint venture, X,", "dubbed X", "known as X": the venture's name after it.
    private MentionGroup? VentureNamedAfter(int end)
    {
        if (end + 1 < _s.TokenEnd && _doc.Tokens[end].Norm == "," && _s.GroupAt(end + 1) is { } apposed)
        {
            return apposed;
        }

        for (var k = end; k < _s.TokenEnd && k < end + 12; k++)
        {
            var norm = _doc.Tokens[k].Norm;
            if (norm is "." or ";" or "؛")
            {
                return null;
            }

            if (norm is "باسم" or "dubbed" || norm is "اسم" && k > end && _doc.Tokens[k - 1].Norm == "تحت" || norm is "as" && k > end && _doc.Tokens[k - 1].Norm is "known" or "named")
            {
                return _s.GroupAfter(k + 1, 3);
            }
        }

        return null;
    }
}
