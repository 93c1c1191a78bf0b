using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    /// <summary>
    /// A founder's or officer's share of the work told with a verb and a function, no title and no company:
    /// "Ekberg is chief executive; Virtanen runs the company's energy business", "Sethi runs technology",
    /// "فيما يتولى فلان الإشراف على الأبحاث". The person works where this sentence's title is held, else where the
    /// text already placed that person (a founder's company); a sentence naming a company tells of something else
    /// ("Sidra runs its models on Nvidia chips").
    /// </summary>
    private void ReadDuties()
    {
        if (_s.Groups.Any(g => g.Companies.Any()))
        {
            return;
        }

        for (var k = _s.TokenStart; k < _s.TokenEnd - 2; k++)
        {
            if ((_doc.Language == "en" ? EnglishDuty(k) : ArabicDuty(k)) is not { } duty)
            {
                continue;
            }

            var person = duty.Holder.People.First();
            var company = (_titleCompany is { } title && title.Sentence == _s.Sentence.Index ? title.Company : null)
                ?? _employer.GetValueOrDefault(person.Key);
            if (company is not null)
            {
                _bag.Add(RelTypes.WorksFor, person, company, null, null, duty.Role, Evidence);
            }
        }
    }

    // "Virtanen runs the company's energy business", "Haddad runs engineering from San Jose", "Rao oversees research":
    // one person right before the verb, a lower-case function right after it.
    private (MentionGroup Holder, string Role)? EnglishDuty(int k)
    {
        if (_doc.Tokens[k].Norm is not ("runs" or "oversees" or "heads" or "leads")
            || GroupEndingAt(k, 0) is not { } holder || holder.Members.Count != 1 || !holder.People.Any())
        {
            return null;
        }

        var j = k + 1;
        while (j < _s.TokenEnd - 1 && (_doc.Tokens[j].Norm is "the" or "its" or "company" or "s" or "'" or "’"))
        {
            j++;
        }

        return j < _s.TokenEnd && IsLowerWord(j) && !_s.IsRelationCue(j) && _s.GroupAt(j) is null
            ? (holder, "head of " + _doc.Tokens[j].Norm)
            : null;
    }

    // "فيما يتولى كومار الإشراف على الأبحاث", "بينما تتولى فلانة قيادة فريق الهندسة": the person after the verb, then
    // overseeing or leading a function.
    private (MentionGroup Holder, string Role)? ArabicDuty(int k)
    {
        var verb = _doc.Tokens[k].Norm;
        if (verb.TrimStart('و') is not ("يتولي" or "تتولي" or "يتولى" or "تتولى")
            || _s.GroupAt(k + 1) is not { } holder || holder.Start != k + 1 || holder.Members.Count != 1 || !holder.People.Any()
            || holder.End + 1 >= _s.TokenEnd)
        {
            return null;
        }

        var task = _doc.Tokens[holder.End];
        var oversee = task.Norm is "الاشراف" or "الإشراف" && _doc.Tokens[holder.End + 1].Norm is "علي" or "على";
        var lead = task.Norm is "قياده" or "قيادة";
        return (oversee || lead) && _doc.Tokens[holder.End + (oversee ? 2 : 1)].Kind == TokenKind.Arabic
            ? (holder, "head")
            : null;
    }

    // "ويشغل فلان، الذي عمل سابقاً مهندساً في «X»، منصب الرئيس التنفيذي", "بينما تتولى فلانة منصب المديرة التقنية": the
    // subject of a verb of holding a post, over a description set off by commas (whose company is a past employer).
    private DocEntity? PostHolder(int titleStart)
    {
        // (The post word may open the title's own words: "منصب الرئيس التنفيذي".)
        var post = _doc.Tokens[titleStart].Norm is "منصب" or "منصبي" ? titleStart : titleStart - 1;
        if (_doc.Language != "ar" || post - 1 <= _s.TokenStart || _doc.Tokens[post].Norm is not ("منصب" or "منصبي"))
        {
            return null;
        }

        var end = post;
        if (_doc.Tokens[end - 1].Norm == "،")
        {
            end -= 2;
            while (end > _s.TokenStart && post - end < 30 && _doc.Tokens[end].Norm is not ("،" or "." or ":"))
            {
                end--;
            }

            if (_doc.Tokens[end].Norm != "،")
            {
                return null;
            }
        }

        return _s.Groups.FirstOrDefault(g => g.End == end) is { } holder && holder.Members.Count == 1 && holder.People.Any() && holder.Start > _s.TokenStart
            && _doc.Tokens[holder.Start - 1].Norm.TrimStart('و') is "يشغل" or "تشغل" or "يتولي" or "تتولي" or "يتولى" or "تتولى"
            ? holder.People.First() : null;
    }

    // The post's titles, held where the text placed the holder (a founder's company); a past title is no post.
    private void HoldPost(List<CueHit> chain, DocEntity holder, DocEntity company)
    {
        foreach (var hit in chain.Where(h => h.Categories.Any(c => c.StartsWith("role-", StringComparison.Ordinal)) && !h.Is("found") && !IsFormer(h)))
        {
            _bag.Add(RelTypes.WorksFor, holder, company, null, null, RoleName(hit), Evidence);
        }

        _titleCompany = (_s.Sentence.Index, chain[^1].End, company);
    }

    // "ومؤسس «صدى» ورئيسها التنفيذي": the company of the title this one is joined to by "و", or null.
    private DocEntity? JoinedTitleCompany(int titleStart) =>
        _doc.Tokens[titleStart].Norm.StartsWith('و') && GroupEndingAt(titleStart, 1) is { } previousTitleCompany && previousTitleCompany.Companies.Any()
        && _s.Cues.Any(c => (c.Is("found") || c.Categories.Any(x => x.StartsWith("role-", StringComparison.Ordinal))) && c.End <= previousTitleCompany.Start && previousTitleCompany.Start - c.End <= 2)
            ? previousTitleCompany.Companies.Last() : null;
}
