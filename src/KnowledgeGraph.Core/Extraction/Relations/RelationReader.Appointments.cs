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
            // "عيّنت «X» فلانة مديرة مالية": an Arabic verb, its subject, then the appointee.
            var afterVerb = _s.GroupAfter(hit.End, 3);
            DocEntity? appointer = null;
            // ("عيّنت «X» الشهر الماضي فلانة": a word or two of time may stand before the appointee.)
            if (_doc.Language == "ar" && afterVerb is { } verbSubject && verbSubject.Members.Count == 1 && verbSubject.Companies.Any()
                && _s.GroupAfter(AfterTimeWords(verbSubject.End), 1) is { } appointee && appointee.People.Any())
            {
                appointer = verbSubject.Companies.First();
                afterVerb = appointee;
            }

            // ("عيّنت X فلانة، المديرة السابقة في «Y»، رئيسةً للعمليات": an Arabic appointee's past title describes her; the
            // new one follows it.)
            var titles = _s.Cues.Where(c => afterVerb is { } a && c.Start >= a.End && c.Start - a.End <= 16 && c.Categories.Any(x => x.StartsWith("role-", StringComparison.Ordinal))
                && !(_doc.Language == "ar" && IsFormer(c))).ToList();
            if (afterVerb is not { } appointed || !appointed.People.Any()
                || (titles.FirstOrDefault(c => Enumerable.Range(Math.Max(_s.TokenStart, c.Start - 3), Math.Min(3, c.Start - _s.TokenStart)).Any(k => _doc.Tokens[k].Norm == "as"))
                    ?? titles.FirstOrDefault()) is not { } title
                || IsFormer(title))
            {
                return;
            }

            // ("مديرة مالية، قادمة من «X»", "chief scientist, coming from X": the company left, not the one appointing.)
            var company = (_s.ObjectAfter(title.End, 4, "prep-of", "prep-in", "prep-to") is { } named && !ComingFrom(title.End, named.Start) ? named : null)?.Companies.FirstOrDefault()
                ?? appointer
                ?? _s.CompanySubjectBefore(hit.Start)
                // "عُيّنت فلانة رئيسة تنفيذية للشركة": "the company" right after the title.
                ?? (_doc.Language == "ar" && _s.CueAt(title.End) is { } ofCompany && ofCompany.Start == title.End && ofCompany.Is("topic-ref") ? NotAnInvestor(_s.Topic ?? _topic) : null)
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
            ?? _s.Groups.FirstOrDefault(g => g.Start >= hit.End && g.Start - hit.End <= 5 && g.Companies.Any() && !g.People.Any() && !ComingFrom(hit.End, g.Start))?.Companies.First()
            ?? JoinedByReference(hit);
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

    // "الشهر الماضي", "العام الماضي", "رسمياً": time words between an Arabic verb's subject and its object.
    private int AfterTimeWords(int k)
    {
        var start = k;
        for (var words = 0; words < 2 && k < _s.TokenEnd; k++)
        {
            if (_doc.Tokens[k].Norm is "الشهر" or "العام" or "الاسبوع" or "الماضي" or "الحالي" or "الجاري" or "امس" or "اليوم" or "مؤخرا" or "رسميا")
            {
                words++;
                start = k + 1;
            }
            else if (_doc.Tokens[k].IsWord)
            {
                break;
            }
        }

        return start;
    }

    // "التحق فلان بالشركة مديراً", "انضمام فلان إليها", "joined the company as": the company the text (or the sentence's
    // subject) is about is joined.
    private DocEntity? JoinedByReference(CueHit hit)
    {
        var reference = _s.Cues.FirstOrDefault(c => c.IsAny("topic-ref", "topic-pronoun") && c.Start >= hit.End && c.Start - hit.End <= 4
            && _doc.Tokens[c.Start].Norm is not ("its" or "it"));
        // ("بالشركة": ب and the article leave no cue word.)
        var at = reference?.Start ?? Enumerable.Range(hit.End, Math.Max(0, Math.Min(_s.TokenEnd, hit.End + 5) - hit.End))
            .FirstOrDefault(k => _doc.Tokens[k].Norm is "بالشركة" or "بالشركه" or "بالمجموعة" or "بالمجموعه" or "بالمختبر", -1);
        if (at < 0 || _s.Groups.Any(g => g.Start >= hit.End && g.End <= at && g.Companies.Any()))
        {
            return null;
        }

        return _s.CompanySubjectBefore(hit.Start)
            ?? NotAnInvestor(_s.Topic ?? _topic);
    }

    // "قادماً من «X»", "coming from X", "who joins from X": between the title and the company, a word of arrival.
    private bool ComingFrom(int from, int to) =>
        Enumerable.Range(from, Math.Max(0, to - from)).Any(k => _doc.Tokens[k].Norm.StartsWith("قادم", StringComparison.Ordinal)
            || _doc.Tokens[k].Norm.StartsWith("القادم", StringComparison.Ordinal) || _doc.Tokens[k].Norm is "coming" or "arriving" or "moving");
}
