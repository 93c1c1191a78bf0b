using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>Who founded a company and which company a founding told by reference is about.</summary>
internal sealed partial class RelationReader
{
    // "Existing backer Y put in more. The startup was founded by ...", "... من «Y». ويقول مؤسسها": a title or a founding
    // told by reference is about a company the text covers, not the investor the sentence before named last
    // ("the fund", "البنك" are one).
    private DocEntity? NotAnInvestor(DocEntity? company)
    {
        if (company is null || !IsInvestor(company) || _s.Has("ref-investor")
            || Enumerable.Range(_s.TokenStart, _s.TokenEnd - _s.TokenStart).Any(k => _doc.Tokens[k].Norm is "fund" or "bank" or "الصندوق" or "البنك" or "المصرف"))
        {
            return company;
        }

        // "أعلن بنك X استثماره في شركة «Y». وتأسست الشركة على يد ...", "Fund X backed Y. The company was set up by ...": the
        // company the investor of the sentence before put money in. Else the first company the text names that is no
        // investor: a news story opens with its subject.
        return InvesteeBefore(company)
            ?? (_s.Topic is { } topic && !IsInvestor(topic) ? topic : null)
            ?? _sentences.SelectMany(s => s.Groups).SelectMany(g => g.Companies).FirstOrDefault(c => !IsInvestor(c))
            ?? company;
    }

    // "قادت «Y» جولة الشركة ... بعد أشهر من تأسيسها على يد فلان": the founding noun's "her" is the company the text is
    // about, not the fund named last before it; a verb ("التي تأسست على يد") follows the company it founds.
    private DocEntity? HandFoundedBefore(CueHit founding) =>
        _doc.Tokens[founding.End - 1].Norm.StartsWith("تاسيس", StringComparison.Ordinal) && _doc.Tokens[founding.End - 1].Norm.EndsWith("ها", StringComparison.Ordinal)
            ? NotAnInvestor(LastCompanyBefore(founding.Start))
            : LastCompanyBefore(founding.Start);

    // (Only an investor that opens the sentence before: "عملت في «X» قبل أن تستحوذ عليها «Y»" tells of the speaker's past.)
    private DocEntity? InvesteeBefore(DocEntity investor) =>
        _s.Sentence.Index > 0 && _sentences[_s.Sentence.Index - 1].Groups.FirstOrDefault(g => g.Companies.Any())?.Members.Contains(investor) == true
            ? _sentences[_s.Sentence.Index - 1].Groups.SelectMany(g => g.Companies)
                .FirstOrDefault(c => !IsInvestor(c) && _bag.All.Any(r => r.Type == RelTypes.InvestsIn && r.From == investor.Key && r.To == c.Key))
            : null;

    // A fund by the gazetteer or its description, or a company this text has read investing and none investing in it.
    private bool IsInvestor(DocEntity company) =>
        _categoryOf(company.Key) == "investor"
        || _bag.All.Any(r => r.Type == RelTypes.InvestsIn && r.From == company.Key) && !_bag.All.Any(r => r.Type == RelTypes.InvestsIn && r.To == company.Key);

    // "by Lena Brandt, a former DeepMind scientist, and Tobias Wendl, who ...", "by A, a banker, B, a researcher, and C":
    // founders named with appositions between; a name after a bare comma counts once the list ends in "and" a name.
    private List<DocEntity> FounderList(MentionGroup first)
    {
        var people = first.People.ToList();
        var pending = new List<DocEntity>();
        foreach (var g in _s.Groups.Where(g => g.Start > first.End && g.Start - first.End <= 24 && g.People.Any()))
        {
            var k = g.Start - 1;
            while (k > first.End && !_doc.Tokens[k].IsWord && _doc.Tokens[k].Norm is not ("," or "،"))
            {
                k--;
            }

            // "by A, a former Stanford researcher, together with B, C and D": "together with" goes on like "and".
            if (IsAnd(k) || (_doc.Tokens[g.Start].Norm.StartsWith('و') && _doc.Tokens[g.Start].Kind == Text.TokenKind.Arabic)
                || _doc.Tokens[k].Norm == "with" && k - 1 > first.End && _doc.Tokens[k - 1].Norm is "together" or "along"
                || DescribedAfterAnd(k, first.End))
            {
                people.AddRange(pending);
                pending.Clear();
                people.AddRange(g.People);
            }
            else if (_doc.Tokens[k].Norm is "," or "،" && k > first.End && _doc.Language == "en")
            {
                pending.AddRange(g.People);
            }
            else
            {
                break;
            }
        }

        return people;
    }

    // The company named after a few lower-case words of description ("the database company X"), over no preposition,
    // relation word, person or sentence break.
    private DocEntity? CompanyAfterDescription(int from)
    {
        for (var k = from; k < _s.TokenEnd && k < from + 6; k++)
        {
            if (_s.GroupAt(k) is { } g)
            {
                return g.People.Any() ? null : g.Companies.FirstOrDefault();
            }

            // ("the chatbot maker's founders and both former Google engineers": "and", "former" go on to describe the people.)
            var t = _doc.Tokens[k];
            if (!t.IsWord || t.Kind != Text.TokenKind.Latin || char.IsUpper(_doc.Text[t.Start]) || _s.IsRelationCue(k) || t.Norm is "and" or "former" or "both" or "ex" || _s.CueAt(k) is { } cue && cue.IsAny("prep-in", "prep-with", "prep-of", "prep-to", "prep-from"))
            {
                return null;
            }
        }

        return null;
    }

    private bool IsAnd(int k) => _doc.Tokens[k].Norm is "and" or "و" || (_doc.Tokens[k].Norm.StartsWith('و') && _doc.Tokens[k].Kind == Text.TokenKind.Arabic);

    // "by former Google Cloud executive A and energy trader B", "الملياردير فلان والمنتج السينمائي فلان": a founder
    // introduced by a few words of description after "and".
    private bool DescribedAfterAnd(int k, int floor)
    {
        for (var words = 0; words < 3 && k >= floor && _doc.Tokens[k].IsWord && (_s.CueAt(k) is not { } cue || cue.IsAny("person-cue", "role-employee")) && !_s.Groups.Any(g => g.Start <= k && k < g.End); words++, k--)
        {
            var t = _doc.Tokens[k];
            if (_doc.Language == "en" ? t.Kind != Text.TokenKind.Latin || char.IsUpper(_doc.Text[t.Start]) : t.Kind != Text.TokenKind.Arabic)
            {
                return false;
            }

            if (_doc.Language == "ar" && t.Norm.StartsWith('و') || _doc.Language == "en" && IsAnd(k - 1))
            {
                return true;
            }
        }

        return false;
    }

    // "رجل الأعمال فلان", "الشيخ فلان": a person after words that only introduce a person.
    private MentionGroup? PersonAfterTitleWords(int from)
    {
        for (var k = from; k < _s.TokenEnd && k < from + 5; k++)
        {
            if (_s.GroupAt(k) is { } g)
            {
                return g.People.Any() ? g : null;
            }

            // "ويقود «X» مؤسسها فلان": the founder's title before the name introduces the person too.
            if (_doc.Tokens[k].IsWord && !_doc.IsCueWord("person-cue", k) && !(_s.CueAt(k) is { } intro && intro.IsAny("person-cue", "found")) && !_s.IsFiller(k)
                && !_doc.IsPersonTitle(k))
            {
                return null;
            }
        }

        return null;
    }

    // "with former Google engineer Tomasz Wolny", "مع زميلها السابق في الجامعة فلان": a co-founder after "with" and a description.
    private MentionGroup? CofoundersAfterWith(int from)
    {
        for (var k = from; k < _s.TokenEnd && k < from + 16; k++)
        {
            if (_doc.Tokens[k].Norm is "with" or "مع" or "رفقه" or "برفقه" || _doc.Tokens[k].Norm == "جانب" && k > from && _doc.Tokens[k - 1].Norm is "الي" or "إلى")
            {
                return PersonAfterDescription(k + 1, overCompanies: true);
            }

            if (!_doc.Tokens[k].IsWord && _doc.Tokens[k].Norm is "." or ";" or "؛")
            {
                return null;
            }
        }

        return null;
    }

    // The first person named within a few words of description ("المصرفي السابق", "former Infosys architect", "عام 2023",
    // "his brother"), over no other person, relation word or sentence break.
    private MentionGroup? PersonAfterDescription(int from, bool overCompanies)
    {
        var words = 0;
        for (var k = from; k < _s.TokenEnd && words <= 6; k++)
        {
            if (_s.Groups.FirstOrDefault(g => g.Start == k) is { } g)
            {
                if (g.People.Any())
                {
                    return g;
                }

                if (!overCompanies)
                {
                    return null;
                }

                k = g.End - 1;
                words++;
                continue;
            }

            var t = _doc.Tokens[k];
            if (t.Norm is "with" or "مع" or "by" && !overCompanies)
            {
                return null;                                    // "co-founded X in 2019 with Y": Y is a co-founder, read as such
            }

            if (!t.IsWord)
            {
                if (t.Norm is "." or ";" or "؛" or ":" or "(")
                {
                    return null;
                }

                continue;
            }

            // ("مع شريكه السابق في «X»، المهندس فلان": "his partner" describes the person named after it.)
            if (_s.IsRelationCue(k) && !(_s.CueAt(k) is { } c && (c.IsAny("prep-in", "object-marker", "list-intro") || c.Is("partner") && c.Suffix is "ه" or "ها")))
            {
                return null;                                    // "أسس «X» في طوكيو عام 2023 كل من فلان وفلان": a list intro may come first
            }

            words++;
        }

        return null;
    }
}
