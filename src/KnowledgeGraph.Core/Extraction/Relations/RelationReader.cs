using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Reads the six business relations sentence by sentence from cue words and the names around them: who acts
/// (the first name of the sentence that no preposition governs, a pronoun's referent, or the company of a person
/// who acts), and who is acted on (the name a preposition introduces: في/in for investments, من/from for
/// purchases, مع/with for partnerships, أمام/against for competition).
/// </summary>
internal sealed partial class RelationReader
{
    private readonly DocumentTokens _doc;
    private readonly List<SentenceView> _sentences;
    private readonly RelationBag _bag = new();
    private readonly Dictionary<string, DocEntity> _employer = new(StringComparer.Ordinal);
    private SentenceView _s = null!;
    private Money? _money;
    private string? _status;

    public RelationReader(DocumentTokens doc, List<SentenceView> sentences)
    {
        _doc = doc;
        _sentences = sentences;
    }

    public RelationBag Read()
    {
        foreach (var s in _sentences)
        {
            _s = s;
            var moneys = MoneyReader.Read(s.Sentence.Text);
            _money = moneys.FirstOrDefault(m => !IsValuation(m));
            _status = StatusOf(s);
            foreach (var hit in s.Cues.Where(h => h.Categories.Any(c => c.StartsWith("role-", StringComparison.Ordinal)) || h.Is("found")))
            {
                ReadRole(hit);
            }

            foreach (var hit in s.Cues)
            {
                if (hit.Is("invest") || hit.Is("acquire"))
                {
                    ReadInvestment(hit);
                }
                else if (hit.Is("fundraise") || hit.Is("led-by"))
                {
                    ReadFundraise(hit);
                }

                if (hit.Is("buy"))
                {
                    ReadPurchase(hit);
                }

                if (hit.Is("supply"))
                {
                    ReadSupply(hit);
                }

                if ((hit.Is("partner") || hit.Is("deal")) && !hit.Is("found"))
                {
                    ReadPartnership(hit);
                }

                if (hit.Is("compete"))
                {
                    ReadCompetition(hit);
                }
            }
        }

        return _bag;
    }

    private string Evidence => _s.Sentence.Text;

    private bool IsValuation(Money m)
    {
        var before = _s.Sentence.Text[..m.Start];
        var window = before.Length > 40 ? before[^40..] : before;
        return NotDealAmount().IsMatch(window);
    }

    private static string? StatusOf(SentenceView s)
    {
        foreach (var status in new[] { "stalled", "talks", "completed", "planned", "announced", "reported" })
        {
            if (s.Has("status-" + status))
            {
                return status;
            }
        }

        return null;
    }

    private void ReadRole(CueHit hit)
    {
        var isFounder = hit.Is("found");
        var role = isFounder ? "co-founder" : RoleName(hit);

        // The company: after the role ("الرئيس التنفيذي لشركة X", "CEO of X"), or right before it ("Nvidia CEO", "OpenAI's CFO");
        // a founder's company may come a few words later ("أسس فلان شركة X").
        var company = _s.GroupAfter(hit.End, 4)?.Companies.FirstOrDefault();
        if (company is null && isFounder)
        {
            company = _s.Groups.FirstOrDefault(g => g.Start >= hit.End && g.Start - hit.End <= 8 && g.Companies.Any())?.Companies.First();
        }

        var before = GroupEndingAt(hit.Start, 2);
        var companyBefore = false;
        if (company is null && before is not null && before.Companies.Any() && _doc.Language == "en")
        {
            company = before.Companies.First();
            companyBefore = true;
        }

        if (company is null)
        {
            return;
        }

        var people = new List<DocEntity>();
        var companyGroup = _s.Groups.First(g => g.Members.Contains(company));
        var rightAfterCue = _s.Groups.FirstOrDefault(g => g.Start >= hit.End && g.Start - hit.End <= 1 && g.People.Any());
        if ((companyBefore || isFounder) && rightAfterCue is not null)
        {
            people.AddRange(rightAfterCue.People);            // "Microsoft chief executive Satya Nadella", "أسس فلان شركة X"
        }
        else if (_s.GroupAfter(companyGroup.End, 3) is { } after && after.People.Any())
        {
            people.AddRange(after.People);                    // "... لشركة X، فلان،" / "Nvidia CEO Jensen Huang"
        }
        else if (GroupEndingAt(hit.Start, 2) is { } appositive && appositive.People.Any())
        {
            people.AddRange(appositive.People);               // "فلان، الرئيس التنفيذي لشركة X"
        }
        else if (_s.Groups.LastOrDefault(g => g.End <= hit.Start && g.People.Any()) is { } nearest)
        {
            people.AddRange(nearest.People);
        }
        else if (!isFounder && hit.IsAny("role-ceo", "role-cfo", "role-cto", "role-coo", "role-chairman") && PreviousPerson() is { } previous)
        {
            people.Add(previous);                             // "the OpenAI CEO said ..." after a sentence naming him
        }

        if (_s.Has("succeed") && !isFounder)
        {
            people.AddRange(_s.Groups.Where(g => g.End <= hit.Start).SelectMany(g => g.People));
        }

        foreach (var person in people.Distinct())
        {
            if (isFounder)
            {
                _bag.Add(RelTypes.Founded, person, company, null, null, null, Evidence);
            }
            else
            {
                _bag.Add(RelTypes.WorksFor, person, company, null, null, role, Evidence);
                _employer.TryAdd(person.Key, company);
            }
        }
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
            _ => category["role-".Length..],
        };
    }

    private MentionGroup? GroupEndingAt(int token, int maxGap)
    {
        foreach (var g in _s.Groups.Reverse())
        {
            if (g.End <= token && token - g.End <= maxGap && Enumerable.Range(g.End, token - g.End).All(k => !_doc.Tokens[k].IsWord || _doc.Tokens[k].Norm is "s" || _doc.IsFillerWord(k)))
            {
                return g;
            }

            if (g.End <= token)
            {
                break;
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(تقييم|قيمت|قيمة سوقية|السوقية|تقدر قيمت|قيمة شركت|قيمة الشركة|إيرادات|ايرادات|الإيرادات|أرباح|خسائر|ثروت|راتب|valuation|valued|valuing|revenue|sales|profit|loss|market value|market cap|salary|net worth)[^\d]{0,25}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NotDealAmount();
}
