using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    private const int CareerWindow = 12;

    /// <summary>
    /// A career told with a verb rather than a title: "Rohan Mehta, who previously ran engineering at Flipkart",
    /// "Brekke spent a decade at Equinor", "Sankar ... now works at Nvidia", "فلانة، التي عملت سابقاً مديرة في «X»",
    /// "فلان، الذي قاد فرق الهندسة في «X»", "بعد مسيرة امتدت 12 عاماً في مجموعة «X»". The person is the one the relative
    /// clause follows, or the subject the verb tells about; the company is the first one after at/for/في/لدى.
    /// </summary>
    private void ReadCareers()
    {
        for (var k = _s.TokenStart; k < _s.TokenEnd; k++)
        {
            if (CareerVerb(k) is not { } past)
            {
                continue;
            }

            if (CareerHolder(k) is { } holder && EmployerAfter(k + 1) is { } company)
            {
                _bag.Add(RelTypes.WorksFor, holder, company, null, null, past ? "former" : null, Evidence);
            }
        }

        // "Danny Rimer, who joins Kestrel's board", "X will join Vyom's board", "who sits on Cohere's board": a board seat.
        for (var k = _s.TokenStart; k < _s.TokenEnd - 3; k++)
        {
            if (_doc.Language == "en" && _doc.Tokens[k].Norm is "join" or "joins" or "joined" or "sits" or "sit"
                && _s.GroupAfter(k + 1, 3) is { } board && board.Companies.FirstOrDefault() is { } company
                && Enumerable.Range(board.End, Math.Max(0, Math.Min(_s.TokenEnd, board.End + 3) - board.End)).Any(j => _doc.Tokens[j].Norm == "board")
                && CareerHolder(k) is { } member)
            {
                _bag.Add(RelTypes.WorksFor, member, company, null, null, "board member", Evidence);
            }
        }
    }

    // Whether the token opens a career story (and whether the job is a past one), or null.
    private bool? CareerVerb(int k)
    {
        var norm = _doc.Tokens[k].Norm;
        if (_doc.Language == "en")
        {
            return norm switch
            {
                "previously" or "formerly" or "worked" => true,
                "works" or "work" when k > _s.TokenStart && _doc.Tokens[k - 1].Norm is "now" or "currently" => false,
                "went" when k + 2 < _s.TokenEnd && _doc.Tokens[k + 1].Norm == "on" && _doc.Tokens[k + 2].Norm == "to" => false,   // "went on to run AI at X"
                "spent" when Enumerable.Range(k + 1, Math.Max(0, Math.Min(_s.TokenEnd, k + 5) - k - 1)).Any(j => _doc.Tokens[j].Norm is "decade" or "decades" or "years" or "year" or "months") => true,
                _ => null,
            };
        }

        var verb = norm.Length > 3 && norm[0] is 'و' or 'ف' ? norm[1..] : norm;
        var relative = k > _s.TokenStart && _doc.Tokens[k - 1].Norm is "الذي" or "التي" or "والتي" or "والذي";
        return verb switch
        {
            "امضي" or "امضت" or "أمضى" or "أمضت" or "قضي" or "قضت" or "قضاها" or "قضتها" or "مسيره" or "مسيرة" => true,
            "عمل" or "عملت" or "قاد" or "قادت" or "شغل" or "شغلت" when relative => true,
            _ => null,
        };
    }

    // The person whose career it is: the one a relative clause or an apposition follows ("X, who previously",
    // "X, previously", "فلان، المهندس الذي عمل"), else the sentence's subject when the verb tells about it.
    private DocEntity? CareerHolder(int verb)
    {
        var k = verb - 1;
        while (k > _s.TokenStart && _doc.Tokens[k].Norm is "previously" or "formerly" or "also" or "who" or "الذي" or "التي" or "والتي" or "والذي" or "has" or "had" or "was" or "once" or "now")
        {
            k--;
        }

        // "فلان، المهندس الذي عمل": a word or two of description between the comma and the relative pronoun.
        for (var words = 0; words < 3 && k > _s.TokenStart && _doc.Tokens[k].IsWord && _s.GroupAt(k) is null && !_s.Groups.Any(g => g.Start <= k && k < g.End); words++)
        {
            k--;
        }

        if (_doc.Tokens[k].Norm is "," or "،" && _s.Groups.FirstOrDefault(g => g.End == k && g.Members.Count == 1) is { } apposed && apposed.People.Any())
        {
            return apposed.People.First();
        }

        // "Brekke spent a decade at Equinor", "Iyer, the company's president, spent ...", "ويشغل فلان منصب ...، بعد مسيرة":
        // the only person named before the verb.
        // ("MosaicML co-founder Naveen Rao went on to run AI at Databricks": a company may describe the subject.)
        var before = _s.Groups.Where(g => g.End <= verb && (g.People.Any() || _doc.Language == "ar")).ToList();
        return before.Count == 1 && before[0].Members.Count == 1 && before[0].People.Any()
            && (_doc.Language == "ar" || before[0].Start <= _s.TokenStart + 3)
            ? before[0].People.First() : null;
    }

    // "at food delivery giant Swiggy", "في مجموعة «X»", "لدى «X»": the first company a preposition of place introduces.
    private DocEntity? EmployerAfter(int from)
    {
        var at = -1;
        for (var k = from; k < _s.TokenEnd && k < from + CareerWindow; k++)
        {
            var t = _doc.Tokens[k];
            if (t.Norm is "." or ";" or "؛" or "(" or ":" || _s.IsRelationCue(k) || IsClauseBreak(k))
            {
                return null;
            }

            if (_s.Groups.FirstOrDefault(g => g.Start == k) is { } g)
            {
                if (g.People.Any() || at < 0 || k - at > 5)
                {
                    return null;
                }

                return g.Companies.FirstOrDefault();
            }

            if (t.Norm is "at" or "for" or "of" or "في" or "لدي" or "لدى")
            {
                at = k;
            }
        }

        return null;
    }
}
