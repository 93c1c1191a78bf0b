using KnowledgeGraph.Graph;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    private const int TitleWords = 7;

    /// <summary>
    /// A title in apposition to a person, held at a company: "said Laura Fenwick, a portfolio manager at Oslo-based
    /// Fjordline Capital", "هند الزعبي، الشريكة في «نخيل كابيتال»". Titles the role cues do not list are read by their
    /// shape: a person, a comma, a few words, "at" (في، لدى) and a company. A former title counts ("a former researcher at
    /// X"); a relative clause or a relation word ("an early investor in X", "أحد المستثمرين في X") is no employment.
    /// </summary>
    private void ReadTitleAppositions()
    {
        foreach (var group in _s.Groups)
        {
            // "Aurelian partner Clara Weiss", "Index partner Danny Rimer": a fund's name, "partner" and the person.
            if (group.Members.Count == 1 && group.Members[0].IsPerson && group.Start > _s.TokenStart + 1 && _doc.Tokens[group.Start - 1].Norm == "partner"
                && _s.Groups.FirstOrDefault(g => g.End == group.Start - 1 && g.Members.Count == 1) is { } fund && fund.Companies.FirstOrDefault() is { } firm)
            {
                var formerPartner = fund.Start > _s.TokenStart && _doc.Tokens[fund.Start - 1].Norm is "former" or "ex";   // "former Deloitte partner A"
                _bag.Add(RelTypes.WorksFor, group.Members[0], firm, null, null, formerPartner ? "former partner" : "partner", Evidence);
            }

            // ("founded by A and B, previously head of product at X": a title after a list of people is the last one's.)
            if (!group.Members[^1].IsPerson || group.Members.Count > 1 && group.Members.Any(m => !m.IsPerson) || group.End >= _s.TokenEnd - 2
                || _doc.Tokens[group.End].Norm is not ("," or "،"))
            {
                continue;
            }

            if (TitleEmployer(group.End + 1) is { } employer && (group.Members.Count == 1 || SingularTitle(employer.Role)))
            {
                _bag.Add(RelTypes.WorksFor, group.Members[^1], employer.Company, null, null, employer.Role, Evidence);
            }
        }
    }

    // "previously head of product", "a partner": not "both former engineers", "partners".
    private static bool SingularTitle(string role) =>
        !role.StartsWith("both", StringComparison.Ordinal) && !role.Split(' ')[0].EndsWith('s');

    private (Entities.DocEntity Company, string Role)? TitleEmployer(int start)
    {
        var arabic = _doc.Language == "ar";
        var words = 0;
        for (var k = start; k < _s.TokenEnd && k < start + TitleWords + 2; k++)
        {
            var token = _doc.Tokens[k];
            if (!token.IsWord || _s.GroupAt(k) is not null)
            {
                return null;                                    // a comma, a quote or a name before "at": no title of this shape
            }

            var norm = token.Norm;
            // A verb ("previously worked at", "spent a decade at") tells a story, not a title.
            // "who covers technology at X", "who follows the sector at X": an analyst's beat is a title too.
            if (norm is "who" && k == start && k + 1 < _s.TokenEnd && _doc.Tokens[k + 1].Norm is "covers" or "follows" or "tracks" or "heads" or "leads" or "runs")
            {
                words++;
                continue;
            }

            // "a former researcher at X", "المهندس السابق في X": a past title is employment too.
            // ("X, will make its chips at Samsung": a verb after the comma goes on with the sentence.)
            if (norm is "once" or "until" or "later" or "earlier" or "spent" or "left" or "joined" or "works" or "worked"
                || !arabic && norm is "will" or "would" or "can" or "could" or "may" or "might" or "must" or "is" or "are" or "was" or "were" or "has" or "have" or "had" or "does" or "did" or "says" or "told"
                || !arabic && norm.EndsWith("ed", StringComparison.Ordinal) && norm.Length > 4
                || norm is "who" or "which" or "that" or "whose" or "الذي" or "التي"
                || norm is "الي" or "إلى" or "to" or "with" or "مع"                 // "فلان، إلى المستثمرين في X": the clause goes on, no title
                || (_s.IsRelationCue(k) && _s.CueAt(k) is { } cue && !cue.Categories.Any(c => c.StartsWith("role-", StringComparison.Ordinal) || c is "prep-in" or "prep-of" or "object-marker")))
            {
                return null;
            }

            var at = arabic ? norm is "في" or "لدي" : norm is "at";
            if (at && words > 0 && _s.GroupAfter(k + 1, 4) is { } employer && employer.Companies.FirstOrDefault() is { } company)
            {
                var role = _doc.Tokens[start].Norm == "who" ? "analyst" : _doc.Text[_doc.Tokens[start].Start.._doc.Tokens[k - 1].End];
                return (company, role.StartsWith("a ", StringComparison.Ordinal) ? role[2..] : role.StartsWith("an ", StringComparison.Ordinal) ? role[3..] : role);
            }

            // English titles are written in lower case after the comma ("a partner", "head of research"); a capital starts a name or a sentence.
            if (!arabic && (token.Kind != TokenKind.Latin || char.IsUpper(_doc.Text[token.Start])))
            {
                return null;
            }

            if (arabic && token.Kind != TokenKind.Arabic)
            {
                return null;
            }

            words++;
        }

        return null;
    }
}
