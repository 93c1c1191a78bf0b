using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

// Companies named together for one piece of work: a consortium's members, the partners of a joint project, a company
// chosen as partner or supplier.
internal sealed partial class RelationReader
{
    // "أحالت الوزارة المشروع إلى تحالف يضم «A» و«B»", "a consortium that includes A and B": the members named together
    // partner with each other, whoever awarded them the work (often a ministry, no company).
    private void ReadConsortium(CueHit hit)
    {
        if (_s.GroupAfter(hit.End, 4) is not { } first || !first.Companies.Any())
        {
            return;
        }

        var members = _s.ListWithContinuations(first).Where(m => !m.IsPerson).ToList();
        // "شركة «أمنية» للاتصالات وشركة «سيسكو» الأمريكية": each member may carry a few words of description.
        var end = first.End;
        for (var k = first.End; k < _s.TokenEnd && k - end <= 4; k++)
        {
            if (_s.GroupAt(k) is { } next)
            {
                members.AddRange(next.Companies);
                end = next.End;
                k = next.End - 1;
                continue;
            }

            var t = _doc.Tokens[k];
            if (t.Norm is "." or ";" or "؛" or ":" || _s.IsRelationCue(k) || _s.IsClauseBreakWord(k)
                || t.IsWord && !(t.Norm is "and" or "و" || _doc.IsFillerWord(k) || _doc.IsCueWord("company-cue", k) || _doc.IsDefiniteNisba(k) || t.Norm.StartsWith("لل", StringComparison.Ordinal)))
            {
                break;
            }
        }

        members = [.. members.Distinct()];
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                _bag.Add(RelTypes.PartnersWith, members[i], members[j], null, _status, null, Evidence);
            }
        }
    }

    private static readonly string[] PartnerRoles = ["شريكا", "شريك", "شريكه", "شريكة", "partner"];
    private static readonly string[] SupplierRoles = ["موردا", "مورد", "مزودا", "مزود", "supplier", "provider", "vendor"];

    // "تم اختيار شركة «Y» الفرنسية شريكاً تقنياً", "اختارت X شركة Y مورداً", "X selected Y as its technology partner": the
    // role the chosen company is given says the relation (a partner, or a supplier the chooser buys from).
    private void ReadChoice(CueHit hit)
    {
        for (var k = hit.End; k < _s.TokenEnd && k < hit.End + 12; k++)
        {
            var norm = _doc.Tokens[k].Norm.TrimStart('و');
            var partner = PartnerRoles.Contains(norm);
            if (!partner && !SupplierRoles.Contains(norm))
            {
                if (_doc.Tokens[k].Norm is "." or ";" or "؛" or "," or "،" || _s.IsRelationCue(k))
                {
                    return;
                }

                continue;
            }

            // The chosen: the name right before the role, over its description ("الفرنسية", "as its technology").
            if (_s.Groups.LastOrDefault(g => g.Start >= hit.End && g.End <= k && g.Companies.Any()) is not { } chosen
                || Enumerable.Range(chosen.End, k - chosen.End).Count(j => _doc.Tokens[j].IsWord) > 3)
            {
                return;
            }

            var chooser = Agents(hit, allowPeople: false, exclude: [.. chosen.Companies]).FirstOrDefault()
                ?? (ArabicAffixes.AffixVariants(_doc.Tokens[hit.Start].Norm).Any(v => v is "اختيار") ? _s.Topic ?? _topic : null);
            if (chooser is null || chosen.Members.Contains(chooser))
            {
                return;
            }

            foreach (var company in chosen.Companies)
            {
                _bag.Add(partner ? RelTypes.PartnersWith : RelTypes.BuysFrom, chooser, company, _money, _status, null, Evidence);
            }

            return;
        }
    }

    private static readonly string[] ProjectWords = ["مشروع", "بناء", "تطوير", "انشاء", "تحالف"];

    // "تشارك «سوفت بنك» مع «أوبن إيه آي» و«أوراكل» في مشروع «ستارغيت»": taking part with companies in a project (not in a
    // round) makes partners of them all.
    private void ReadJointProject(CueHit hit)
    {
        if (_doc.Language != "ar" || hit.End >= _s.TokenEnd)
        {
            return;
        }

        // The subject: a name right after the verb ("المجموعة" is too often misread to count).
        List<DocEntity> partners;
        int at;
        if (_s.GroupAfter(hit.End, 2) is { Prepositional: false } subject && subject.Companies.Any())
        {
            partners = [.. subject.Companies];
            at = subject.End;
        }
        else
        {
            return;
        }

        while (at < _s.TokenEnd && !_doc.Tokens[at].IsWord)
        {
            at++;
        }

        if (at >= _s.TokenEnd || _doc.Tokens[at].Norm != "مع" || _s.GroupAfter(at + 1, 3) is not { } first || !first.Companies.Any())
        {
            return;
        }

        var members = _s.ListWithContinuations(first).Where(m => !m.IsPerson).ToList();
        var end = _s.Groups.Where(g => g.Members.Intersect(members).Any()).Max(g => g.End);
        var k = end;
        while (k < _s.TokenEnd && k < end + 3 && !_doc.Tokens[k].IsWord)
        {
            k++;
        }

        if (k + 1 >= _s.TokenEnd || _doc.Tokens[k].Norm != "في" || !ArabicAffixes.AffixVariants(_doc.Tokens[k + 1].Norm).Any(v => ProjectWords.Contains(v)))
        {
            return;
        }

        var all = partners.Concat(members).Distinct().ToList();
        for (var i = 0; i < all.Count; i++)
        {
            for (var j = i + 1; j < all.Count; j++)
            {
                _bag.Add(RelTypes.PartnersWith, all[i], all[j], null, _status, null, Evidence);
            }
        }
    }
}
