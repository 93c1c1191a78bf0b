using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    /// <summary>
    /// Appointments and moves: "The company appointed Francois Chadwick, a former executive at Uber, as chief financial
    /// officer", "عيّنت X فلاناً مديراً مالياً", "ستنضم العلوي إلى «اتصالات المغرب» مديرةً", "Wang will leave to join Meta".
    /// The person named right after an appointing verb, or the person who joins, works for the company that appoints or
    /// is joined.
    /// </summary>
    private void ReadAppointment(CueHit hit)
    {
        if (hit.Is("appoint"))
        {
            // The appointee stands right after the verb; a title follows later ("as chief financial officer").
            // The title after "as" is the new one: "hired X, previously Y's chief business officer, as its chief operating officer".
            var titles = _s.Cues.Where(c => _s.GroupAfter(hit.End, 3) is { } a && c.Start >= a.End && c.Start - a.End <= 16 && c.Categories.Any(x => x.StartsWith("role-", StringComparison.Ordinal))).ToList();
            if (_s.GroupAfter(hit.End, 3) is not { } appointed || !appointed.People.Any()
                || (titles.FirstOrDefault(c => Enumerable.Range(Math.Max(_s.TokenStart, c.Start - 3), Math.Min(3, c.Start - _s.TokenStart)).Any(k => _doc.Tokens[k].Norm == "as"))
                    ?? titles.FirstOrDefault()) is not { } title
                || IsFormer(title))
            {
                return;
            }

            var company = _s.ObjectAfter(title.End, 4, "prep-of", "prep-in", "prep-to")?.Companies.FirstOrDefault()
                ?? _s.Groups.FirstOrDefault(g => g.End <= hit.Start && !g.Prepositional && g.Companies.Any())?.Companies.First()
                ?? (_s.Cues.Any(c => c.Is("topic-ref") && c.End <= hit.Start) ? _s.Topic ?? _topic : null);
            if (company is not null)
            {
                foreach (var person in appointed.People)
                {
                    _bag.Add(RelTypes.WorksFor, person, company, null, null, RoleName(title), Evidence);
                }
            }

            return;
        }

        // Joining: a person acts, a company is joined ("joined Meta", "انضم إلى X").
        var joiner = _s.Groups.LastOrDefault(g => g.End <= hit.Start && !g.Prepositional && g.People.Any())?.People.ToList() ?? [];
        if (joiner.Count == 0 && _doc.Language == "ar" && _s.GroupAfter(hit.End, 2) is { } subject && subject.People.Any())
        {
            joiner = [.. subject.People];                           // "ستنضم العلوي إلى X": verb, subject, object
        }

        var joined = (_s.ObjectAfter(hit.End, 6, "prep-to") ?? _s.GroupAfter(hit.End, 2))?.Companies.FirstOrDefault()
            ?? _s.Groups.FirstOrDefault(g => g.Start >= hit.End && g.Start - hit.End <= 5 && g.Companies.Any() && !g.People.Any())?.Companies.First();
        if (joiner.Count == 0 || joined is null || _s.Cues.Any(c => c.Is("fundraise") || c.Is("invest")))
        {
            return;
        }

        var role = _s.Cues.FirstOrDefault(c => c.Start >= hit.End && c.Start - hit.End <= 10 && c.Categories.Any(x => x.StartsWith("role-", StringComparison.Ordinal)));
        foreach (var person in joiner)
        {
            _bag.Add(RelTypes.WorksFor, person, joined, null, null, role is null ? null : RoleName(role), Evidence);
        }
    }
}
