using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    private const int LeaderDescriptionWords = 6;

    /// <summary>
    /// A company and who runs it, told with a participle rather than a title: "Corvalis, run by former Oracle executive
    /// A, raised ...", "Karakoram Ventures, a Lahore-based fund run by former banker B", "The company, run by C, ...",
    /// "صندوق «X» الإماراتي، الذي يديره المصرفي السابق فلان". The person after "by" (over a few words describing a past
    /// career) works for the company the participle follows; a former employer in the description is read elsewhere.
    /// </summary>
    private void ReadRunBy()
    {
        for (var k = _s.TokenStart + 1; k < _s.TokenEnd - 2; k++)
        {
            var english = _doc.Language == "en" && _doc.Tokens[k].Norm is "run" or "led" or "headed" or "managed" or "chaired" && _doc.Tokens[k + 1].Norm == "by";
            var arabic = _doc.Language == "ar" && _doc.Tokens[k - 1].Norm is "الذي" or "التي"
                && _doc.Tokens[k].Norm is "يديره" or "يديرها" or "تديره" or "تديرها" or "يقوده" or "يقودها" or "تقوده" or "تقودها" or "يرأسه" or "يرأسها" or "ترأسه" or "ترأسها";
            if (!english && !arabic
                || (english ? LeaderAfterBy(k + 2) : PersonAfterDescription(k + 1, overCompanies: false)) is not { } leader
                || (english ? RunCompanyBefore(k) : RelativeAntecedent(k - 1)) is not { } company)
            {
                continue;
            }

            foreach (var person in leader.People)
            {
                _bag.Add(RelTypes.WorksFor, person, company, null, null, english && _doc.Tokens[k].Norm == "chaired" ? "chairman" : "head", Evidence);
            }
        }
    }

    // "by former Valu executive A", "by chief executive B", "by former banker C": the first person over lower-case words,
    // titles and a company named in the description, before any comma or relation word.
    private MentionGroup? LeaderAfterBy(int from)
    {
        var words = 0;
        for (var k = from; k < _s.TokenEnd && words <= LeaderDescriptionWords; k++)
        {
            if (_s.Groups.FirstOrDefault(g => g.Start == k) is { } g)
            {
                if (g.People.Any())
                {
                    return g.Companies.Any() ? null : g;
                }

                k = g.End - 1;
                words++;
                continue;
            }

            var t = _doc.Tokens[k];
            if (!t.IsWord || t.Kind != TokenKind.Latin || char.IsUpper(_doc.Text[t.Start])
                || _s.IsRelationCue(k) && !(_s.CueAt(k) is { } cue && cue.Categories.Any(c => c.StartsWith("role-", StringComparison.Ordinal) || c == "person-cue")))
            {
                return null;
            }

            words++;
        }

        return null;
    }

    // "Corvalis, run by", "Karakoram Ventures, a Lahore-based fund run by", "The company, run by": the company the
    // participle describes, named before it over an apposition of a few words and no relation word.
    private DocEntity? RunCompanyBefore(int verb)
    {
        var words = 0;
        for (var k = verb - 1; k >= _s.TokenStart && words <= LeaderDescriptionWords; k--)
        {
            // ("talks to acquire Perplexity, the start-up led by A": a company an apposition describes is the one run, whatever
            // governs it; not "X, part of Y, is led by".)
            if (_s.Groups.FirstOrDefault(g => g.End == k + 1) is { } g)
            {
                var described = g.End + 1 < verb && _doc.Tokens[g.End].Norm == "," && _doc.Tokens[g.End + 1].Norm is "the" or "a" or "an";
                // ("Tata Electronics, part of Tata Group, is led by A": an apposition closes before the verb; the subject is run.)
                var predicate = _doc.Tokens[verb - 1].Norm is "is" or "was" && g.End < verb && _doc.Tokens[g.End].Norm == ",";
                return predicate ? _s.Groups.FirstOrDefault(s => s.End <= g.Start && !s.Prepositional && !s.People.Any() && s.Companies.Any())?.Companies.First()
                    : g.Prepositional && !described || g.People.Any() ? null : g.Companies.LastOrDefault();
            }

            if (_s.CueAt(k) is { } cue && cue.Is("topic-ref") && _doc.Tokens[cue.Start].Norm is not ("its" or "it") && cue.Start == FirstWordOfSentence())
            {
                return KnownEmployerInDocument() ?? PreviousSentenceOpener() ?? NotAnInvestor(_s.Topic);   // "The company, run by ..."
            }

            var t = _doc.Tokens[k];
            // ("an investment firm chaired by X": a noun of a company's kind is no relation word.)
            var kindNoun = t.Norm is "investment" or "venture" or "supply" or "partnership" && k + 1 < verb && _doc.Tokens[k + 1].Norm is "firm" or "company" or "group" or "house" or "manager" or "vehicle" or "fund";
            if (t.IsWord && _s.IsRelationCue(k) && !kindNoun || t.Norm is "." or ";" or "(" or ")" or ":")
            {
                return null;
            }

            words += t.IsWord ? 1 : 0;
        }

        return null;
    }

    // "«X» الإماراتي، الذي": the company a relative pronoun follows, over one word of description and a comma.
    private DocEntity? RelativeAntecedent(int pronoun) =>
        _s.Groups.LastOrDefault(g => g.End <= pronoun) is { } antecedent && antecedent.Members.Count == 1 && antecedent.Companies.Any()
        && Enumerable.Range(antecedent.End, pronoun - antecedent.End).Count(k => _doc.Tokens[k].IsWord) <= 1
            ? antecedent.Companies.First() : null;
}
