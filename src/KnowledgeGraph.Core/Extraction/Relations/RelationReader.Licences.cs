using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    private static readonly string[] TechnologyWords = ["technology", "technologies", "تقنيات", "تقنية", "تقنيه", "تكنولوجيا",
        "models", "model", "designs", "نماذج", "نموذج"];

    private static readonly string[] PayVerbs = ["دفعت", "دفع", "تدفع", "يدفع", "ستدفع", "سيدفع", "paid", "pays", "pay", "paying"];

    // "paid $2.7bn to license Character.AI's technology", "took a non-exclusive licence to Adept's technology", "مقابل ترخيص غير
    // حصري لتقنيات «X»", "to license models from Anthropic": a licence to a company's technology or models is bought from it,
    // whatever else the deal says (the hires that come with it are no acquisition).
    private void ReadLicence(CueHit hit)
    {
        var technology = Enumerable.Range(hit.End, Math.Max(0, Math.Min(_s.TokenEnd, hit.End + 6) - hit.End))
            .TakeWhile(k => _doc.Tokens[k].Norm is not ("." or ";" or "؛" or ",") && (k == hit.End || !_s.IsRelationCue(k)))
            .FirstOrDefault(k => ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => TechnologyWords.Contains(v)) || TechnologyWords.Contains(_doc.Tokens[k].Norm), -1);
        // "license processor designs from Arm", "will license much of that software from Philips": the one licensed from.
        var from = _s.ObjectAfter(hit.End, 8, "prep-from");
        if (technology < 0 && from is null)
        {
            return;
        }

        // The owner: "Adept's technology" (before), "the technology of Heliotrope AI", "لتقنيات «ويندسيرف»" (after), "دفعت X
        // مبلغاً لـY مقابل ترخيص نماذجها" (hers: the company paid). ("تقنيات الشركة" is left alone: which company a reference
        // means is too often wrong here.)
        var owner = from is { } named && named.Companies.Any() ? named
            : technology < 0 ? null
            : PossessiveBefore(technology) is { } possessor && possessor.Start >= hit.End ? possessor
            : _s.GroupAfter(technology + 1, _doc.Language == "en" ? 3 : 2) is { } after
                && (_doc.Language == "ar" || _doc.Tokens[technology + 1].Norm == "of") ? after
            : HerGoods(technology) ? CompanyPaidBefore(hit.Start) : null;
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

    // "نماذجها", "its models": goods with a possessive pronoun.
    private bool HerGoods(int k) =>
        _doc.Language == "ar" ? _doc.Tokens[k].Norm.EndsWith("ها", StringComparison.Ordinal) : k > _s.TokenStart && _doc.Tokens[k - 1].Norm is "its" or "their";

    // "دفعت «مايكروسوفت» 650 مليون دولار لـ«إنفلكشن»": the company a payment goes to, before token end.
    private MentionGroup? CompanyPaidBefore(int end)
    {
        var pay = Enumerable.Range(_s.TokenStart, end - _s.TokenStart).LastOrDefault(k => PayVerbs.Contains(_doc.Tokens[k].Norm.TrimStart('و', 'ف')), -1);
        return pay < 0 ? null : _s.ObjectAfter(pay + 1, end - pay - 1, "prep-to") is { } paid && paid.End <= end ? paid : null;
    }

    private static readonly string[] OwnershipWords = ["stake", "stakes", "share", "shares", "holding", "holdings", "interest", "business", "unit", "division", "assets", "acquisition", "site", "land"];

    // "the company pays Anthropic for access to Claude", "still pays Anthropic and OpenAI for much of the model capacity": the
    // company paid for a service sells it (not for a stake or a business, which is bought from its holder).
    private bool ReadPaysCompanyFor(CueHit hit)
    {
        if (_doc.Language != "en" || _doc.Tokens[hit.Start].Norm is not ("pays" or "paid" or "pay" or "paying")
            || _s.GroupAfter(hit.End, 1) is not { Prepositional: false, IsProduct: false } paid || !paid.Companies.Any()
            || ListEnd(paid) is var listEnd && (listEnd + 1 >= _s.TokenEnd || _doc.Tokens[listEnd].Norm != "for")
            || Enumerable.Range(listEnd + 1, Math.Min(6, _s.TokenEnd - listEnd - 1)).Any(k => OwnershipWords.Contains(_doc.Tokens[k].Norm) || _s.GroupAt(k) is { IsProduct: false }))
        {
            return false;
        }

        var sellers = _s.Groups.Where(g => g.Start >= paid.Start && g.End <= listEnd).SelectMany(g => g.Companies).Distinct().ToList();
        foreach (var buyer in Agents(hit, allowPeople: false, exclude: sellers))
        {
            foreach (var seller in sellers)
            {
                _bag.Add(RelTypes.BuysFrom, buyer, seller, _money, _status, null, Evidence);
            }
        }

        return true;
    }

    // The token after a list of names that starts with the given one ("Anthropic and OpenAI", "A, B and C").
    private int ListEnd(MentionGroup first)
    {
        var end = first.End;
        while (end + 1 < _s.TokenEnd && _doc.Tokens[end].Norm is "and" or "," && _s.GroupAt(end + 1) is { } next && next.Start == end + 1)
        {
            end = next.End;
        }

        return end;
    }
}
