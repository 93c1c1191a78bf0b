using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>What stands around a title: the clause it opens, quotes, relative clauses, former titles, the company the
/// document already gave a person.</summary>
internal sealed partial class RelationReader
{
    private MentionGroup? DescribedStartupBefore(int token) =>
        _doc.Language == "en" && _s.Groups.LastOrDefault(g => g.End < token && g.Companies.Any()) is { } last
        && (last.Prepositional || _s.Groups.Any(g => g.End <= last.Start && g.Companies.Any()))
        && last.Members.Count == 1 && DescribedAsCompany(last.End) ? last : null;

    private bool DescribesThePeople(int from, int to) =>
        _doc.Language == "en" && Enumerable.Range(from, Math.Max(0, to - from)).Any(k => _doc.Tokens[k].Norm is "and" or "former" or "both" or "ex");

    private bool ProductBesideTitle(DocEntity company, int start, int end) =>
        _s.Groups.Any(g => g.IsProduct && g.Members.Contains(company) && (g.End <= start && start - g.End <= 2 || g.Start >= end && g.Start - end <= 3));

    private bool StartsNextItem(MentionGroup g) =>
        _doc.Tokens[g.Start].Kind == Text.TokenKind.Arabic && _doc.Tokens[g.Start].Norm.StartsWith('و')
        || g.Start > _s.TokenStart && IsAnd(g.Start - 1);

    // "فلانة، التي تتولى رئاستها التنفيذية", "X, who serves as": a person, a relative pronoun and up to two words before the title.
    private MentionGroup? RelativeHolderBefore(int titleStart)
    {
        for (var k = titleStart - 1; k > _s.TokenStart && k >= titleStart - 4; k--)
        {
            if (_doc.Tokens[k].Norm is "التي" or "الذي" or "who")
            {
                var j = k - 1;
                while (j > _s.TokenStart && !_doc.Tokens[j].IsWord)
                {
                    j--;
                }

                return _s.Groups.FirstOrDefault(g => g.End == j + 1 && g.People.Any());
            }

            if (_s.Groups.Any(g => g.Start <= k && k < g.End))
            {
                return null;
            }
        }

        return null;
    }

    // "أمضى ثماني سنوات مهندساً في مركز تطوير X، فيما تتولى فلانة منصب المديرة التقنية": a company a few words after
    // في/at in an earlier clause is where someone was, not the company of a title in the next clause.
    private bool NearPlacePreposition(MentionGroup g) =>
        Enumerable.Range(Math.Max(_s.TokenStart, g.Start - 3), g.Start - Math.Max(_s.TokenStart, g.Start - 3))
            .Any(k => _doc.Tokens[k].Norm is "في" or "لدى" or "لدي" or "at" or "in");

    // '"... when Microsoft calls you, you pick up," chief executive A told analysts': a company inside the quotation is
    // what the speaker spoke of, not where the title of the attribution is held.
    private bool QuotedBefore(MentionGroup g, int titleStart) =>
        _doc.Language == "en" && Enumerable.Range(g.End, Math.Max(0, titleStart - g.End)).Any(k => _doc.Tokens[k].Norm is "\"" or "”");

    private bool AfterClosingQuote(int token)
    {
        var k = token - 1;
        while (k > _s.TokenStart && _doc.Tokens[k].Norm is "," or "،")
        {
            k--;
        }

        return k >= _s.TokenStart && _doc.Tokens[k].Norm is "\"" or "”";
    }

    // The first token of the title's clause: after "فيما", "while", ";" (a company before it is another clause's).
    private int TitleClauseStart(int titleStart)
    {
        for (var k = titleStart - 1; k > _s.TokenStart; k--)
        {
            if (IsClauseBreak(k) || _doc.Tokens[k].Norm is ";" or "؛")
            {
                return k;
            }
        }

        return _s.TokenStart;
    }

    // "Ek, who co-founded Prima Materia with Shakil Khan, has chaired ...": a person followed by ", who ... ," before the title.
    private MentionGroup? SubjectBeforeRelativeClause(MentionGroup nearest, int titleStart)
    {
        // ("نورة، التي تتولى رئاستها، وفيصل الدوسري، المدير التقني": a person joined by "و"/"and" is a new one, not the clause's.)
        if (_doc.Tokens[nearest.Start].Kind == Text.TokenKind.Arabic && _doc.Tokens[nearest.Start].Norm.StartsWith('و')
            || nearest.Start > _s.TokenStart && _doc.Tokens[nearest.Start - 1].Norm is "and" or "و")
        {
            return null;
        }

        foreach (var g in _s.Groups.Where(g => g.End < nearest.Start && g.People.Any()))
        {
            var k = g.End;
            while (k < nearest.Start && !_doc.Tokens[k].IsWord)
            {
                k++;
            }

            // ("نوف، التي تشغل منصب الرئيسة التنفيذية، برفقة المهندس فلان، المدير التقني": a clause closed by a comma before
            // the nearest person does not hold it.)
            if (k < nearest.Start && _doc.Tokens[k].Norm is "who" or "الذي" or "التي"
                && Enumerable.Range(nearest.End, titleStart - nearest.End).Any(j => _doc.Tokens[j].Norm is "," or "،")
                && !Enumerable.Range(k, nearest.Start - k).Any(j => _doc.Tokens[j].Norm is "," or "،")
                && !Enumerable.Range(g.End, nearest.Start - g.End).Any(j => _doc.Tokens[j].Norm is "." or ";" or "؛"))
            {
                return g;
            }
        }

        return null;
    }

    // "الرئيسة التنفيذية لـ«سحاب»", "CEO of Kestrel": the title names a company, read or not.
    private bool NamesItsCompany(int token)
    {
        if (token >= _s.TokenEnd)
        {
            return false;
        }

        var t = _doc.Tokens[token];
        return t.Norm is "لـ" or "ل" or "of" or "at" or "في" or "لدى" or "in" || (t.Kind == Text.TokenKind.Arabic && t.Norm.StartsWith('ل') && !_doc.IsFillerWord(token))
            || (t.IsWord && _s.CueAt(token) is { } cue && cue.Is("topic-ref"));
    }

    // "Tachibana, who serves as chief executive, said Sagami ...": a company after a verb of speech is what was said.
    private bool SpokenOf(int from, int to) =>
        _doc.Language == "en" && Enumerable.Range(from, Math.Max(0, to - from)).Any(k => _doc.IsCueWord("speech", k));

    // "هوانغ، الرئيس التنفيذي": a word no rule read stands where the title's holder would be named.
    private bool UnreadNameBefore(int token)
    {
        var k = token - 1;
        while (k >= _s.TokenStart && _doc.Tokens[k].Norm is "," or "،")
        {
            k--;
        }

        return k >= _s.TokenStart && k < token - 1 && _doc.Tokens[k].IsWord && _s.CueAt(k) is null && !_s.Groups.Any(g => g.Start <= k && k < g.End);
    }

    // "Bhavin Shah, Moveworks's co-founder and chief executive, will report to A": a title with its possessor set off by
    // commas after a person is that person's, not the next person's the sentence goes on to name.
    private MentionGroup? ApposedBeforePossessor(DocEntity? possessor, int titleStart, int titleEnd) =>
        possessor is not null && _doc.Language == "en" && titleEnd < _s.TokenEnd && _doc.Tokens[titleEnd].Norm == ","
        && _s.Groups.LastOrDefault(g => g.Members.Contains(possessor) && g.End <= titleStart) is { } owner && owner.Start > _s.TokenStart + 1
        && _doc.Tokens[owner.Start - 1].Norm == "," && GroupEndingAt(owner.Start - 1, 0) is { } apposed && apposed.People.Any() && !apposed.Companies.Any()
            ? apposed : null;

    // "هوانغ، الرئيس التنفيذي للشركة": a person the gazetteer knows, whose organisation this document names.
    private DocEntity? KnownEmployerInDocument()
    {
        foreach (var person in _s.Groups.SelectMany(g => g.People))
        {
            if (_orgOf(person.Key) is { } org && _sentences.SelectMany(s => s.Groups).SelectMany(g => g.Companies).FirstOrDefault(c => c.Name == org) is { } company)
            {
                return company;
            }
        }

        return null;
    }

    private bool TopicReferenceNear(int start, int end)
    {
        foreach (var c in _s.Cues)
        {
            if (c.Is("topic-ref") && ((c.End <= start && start - c.End <= 2) || (c.Start >= end && c.Start - end <= 2)))
            {
                return true;
            }
        }

        // "مديرها المالي", "رئيسها التنفيذي": a role with "her" attached (a company is feminine in Arabic).
        return _s.Cues.Any(c => c.Start == start && c.Suffix == "ها");
    }

    // "former Google researcher", "الرئيس التنفيذي السابق": a past job is no WORKS_FOR. Only the words of this title
    // count: "co-founder and chief executive and a former engineer at Qualcomm" holds the first two now.
    private bool IsFormer(CueHit hit)
    {
        for (var k = hit.Start - 1; k >= _s.TokenStart && k >= hit.Start - 5; k--)
        {
            if (_doc.Tokens[k].Norm is "former" or "ex" or "formerly" or "previously" or "once" or "سابقا")
            {
                return true;
            }

            if (_doc.Tokens[k].Norm is "and" or "و" or "," or "،")
            {
                break;
            }
        }

        for (var k = hit.End; k < _s.TokenEnd && k < hit.End + 3; k++)
        {
            if (_doc.Tokens[k].Norm is "السابق" or "السابقه" or "السابقين" or "السابقون" or "السابقات" or "سابقا" or "الاسبق" or "formerly")
            {
                return true;
            }

            if (!_doc.Tokens[k].IsWord || _doc.Tokens[k].Norm is "and" or "و")
            {
                break;
            }
        }

        return false;
    }

    private static string RoleName(CueHit hit)
    {
        var category = hit.Categories.First(c => c.StartsWith("role-", StringComparison.Ordinal));
        return category switch
        {
            "role-ceo" => "CEO",
            "role-cfo" => "CFO",
            "role-cto" => "CTO",
            "role-coo" => "COO",
            "role-md" => "managing director",
            "role-director" => "director",
            "role-board" => "board member",
            _ => category["role-".Length..],
        };
    }
}
