using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    private static readonly string[] TechnologyWords = ["technology", "technologies", "تقنيات", "تقنية", "تقنيه", "تكنولوجيا"];

    // "paid $2.7bn to license Character.AI's technology", "took a non-exclusive licence to Adept's technology", "مقابل ترخيص غير
    // حصري لتقنيات «X»": a licence to a company's technology is bought from it, whatever else the deal says (the hires that
    // come with it are no acquisition).
    private void ReadLicence(CueHit hit)
    {
        var technology = Enumerable.Range(hit.End, Math.Max(0, Math.Min(_s.TokenEnd, hit.End + 6) - hit.End))
            .TakeWhile(k => _doc.Tokens[k].Norm is not ("." or ";" or "؛" or ",") && (k == hit.End || !_s.IsRelationCue(k)))
            .FirstOrDefault(k => ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => TechnologyWords.Contains(v)) || TechnologyWords.Contains(_doc.Tokens[k].Norm), -1);
        if (technology < 0)
        {
            return;
        }

        // The owner: "Adept's technology" (before), "the technology of Heliotrope AI", "لتقنيات «ويندسيرف»" (after).
        var owner = PossessiveBefore(technology) is { } possessor && possessor.Start >= hit.End ? possessor
            : _s.GroupAfter(technology + 1, _doc.Language == "en" ? 3 : 2) is { } after
                && (_doc.Language == "ar" || _doc.Tokens[technology + 1].Norm == "of") ? after : null;
        if (owner is null || !owner.Companies.Any())
        {
            return;
        }

        foreach (var licensee in Agents(hit, allowPeople: false, exclude: [.. owner.Companies]))
        {
            foreach (var licensor in owner.Companies)
            {
                _bag.Add(RelTypes.BuysFrom, licensee, licensor, _money, _status, null, Evidence);
            }
        }
    }
}
