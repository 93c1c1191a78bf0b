using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>An investment read for the owner of a venture arm the sentence names is the arm's.</summary>
internal sealed partial class RelationReader
{
    // "led by Next47, the venture arm of Siemens", "with Siemens's venture arm, Next47, also investing", "led by Aramco's
    // venture arm Wa'ed Ventures", "«إن فنتشرز»، ذراع رأس المال الجريء التابعة لشركة «إنفيديا»": the arm invests, its owner
    // only through it. (An arm left unnamed, "with Schneider Electric's venture arm participating", leaves the owner.)
    private void CreditNamedArms(int relationsBefore)
    {
        foreach (var relation in _bag.All.Skip(relationsBefore).Where(r => r.Type == RelTypes.InvestsIn).ToList())
        {
            var arm = _s.Groups.Where(g => g.Companies.Any(c => c.Key == relation.From)).Select(g => NamedArmOf(g, relation.From)).FirstOrDefault(a => a is not null);
            if (arm is not null && arm.Key != relation.To && arm.Key != relation.From)
            {
                _bag.Rebind(relation, arm.Key);
            }
        }
    }

    private DocEntity? NamedArmOf(MentionGroup owner, string ownerKey)
    {
        // One group holding both ("Next47, the venture arm of Siemens"): the owner's own mention stands right after "arm
        // of" or "ذراع ... ل", the arm's right before its comma; or the owner's "'s ... arm" stands right before the arm's.
        var armWord = Enumerable.Range(owner.Start, owner.End - owner.Start).FirstOrDefault(k => _doc.Tokens[k].Norm is "arm" or "ذراع" or "الذراع", -1);
        if (armWord > owner.Start && owner.Companies.Skip(1).Any())
        {
            var mentions = _s.Mentions.Where(m => m.TokenStart >= owner.Start && m.TokenEnd <= owner.End && !m.Entity.IsPerson).ToList();
            var of = _doc.Tokens[armWord].Norm != "arm" || armWord + 1 < owner.End && _doc.Tokens[armWord + 1].Norm == "of";
            var ownerMention = of ? mentions.FirstOrDefault(m => m.TokenStart > armWord && m.TokenStart - armWord <= 6) : mentions.LastOrDefault(m => m.TokenEnd <= armWord && armWord - m.TokenEnd <= 5);
            var armMention = of ? mentions.LastOrDefault(m => m.TokenEnd <= armWord && armWord - m.TokenEnd <= 4) : mentions.FirstOrDefault(m => m.TokenStart > armWord && m.TokenStart - armWord <= 2);
            return ownerMention?.Entity.Key == ownerKey && armMention is not null && armMention.Entity.Key != ownerKey ? armMention.Entity : null;
        }

        // "Siemens's venture arm, Next47", "Aramco's venture arm Wa'ed Ventures".
        var k = owner.End;
        if (k + 1 < _s.TokenEnd && _doc.Tokens[k].Norm is "'" or "’")
        {
            k += _doc.Tokens[k + 1].Norm == "s" ? 2 : 1;
            k = PastArmWords(k, forward: true);
            if (k < _s.TokenEnd && _doc.Tokens[k].Norm == "arm")
            {
                k++;
                while (k < _s.TokenEnd && _doc.Tokens[k].Norm is "," or "،")
                {
                    k++;
                }

                return _s.Groups.FirstOrDefault(g => g.Start == k)?.Companies.FirstOrDefault();
            }

            return null;
        }

        // "Next47, the venture arm of Siemens", "X, the investment arm of Y".
        k = owner.Start - 1;
        if (k > _s.TokenStart && _doc.Tokens[k].Norm == "of" && _doc.Tokens[k - 1].Norm == "arm")
        {
            k = PastArmWords(k - 2, forward: false);
            if (k >= _s.TokenStart && _doc.Tokens[k].Norm == "the")
            {
                k--;
            }

            return k >= _s.TokenStart && _doc.Tokens[k].Norm is "," or "،" ? _s.Groups.LastOrDefault(g => g.End == k)?.Companies.FirstOrDefault() : null;
        }

        // "«X»، ذراع رأس المال الجريء التابعة لشركة «Y»", "«X»، الذراع الاستثمارية لـ«Y»".
        for (k = owner.Start - 1; k > _s.TokenStart && k >= owner.Start - 8; k--)
        {
            if (_s.Groups.Any(g => g.Start <= k && k < g.End) || _doc.Tokens[k].Norm is "." or "،" or "," && !(_doc.Tokens[k + 1].Norm is "ذراع" or "الذراع"))
            {
                return null;
            }

            if (_doc.Tokens[k].Norm is "ذراع" or "الذراع")
            {
                var comma = k - 1;
                while (comma > _s.TokenStart && !_doc.Tokens[comma].IsWord && _doc.Tokens[comma].Norm is not ("،" or ","))
                {
                    comma--;
                }

                return _doc.Tokens[comma].Norm is "،" or "," ? _s.Groups.LastOrDefault(g => g.End <= comma && comma - g.End <= 2)?.Companies.FirstOrDefault() : null;
            }
        }

        return null;
    }

    private int PastArmWords(int k, bool forward)
    {
        for (var words = 0; words < 3 && k >= _s.TokenStart && k < _s.TokenEnd && _doc.Tokens[k].Norm is "venture" or "capital" or "investment" or "investing" or "corporate" or "-" or "venture-capital"; words++)
        {
            k += forward ? 1 : -1;
        }

        return k;
    }
}
