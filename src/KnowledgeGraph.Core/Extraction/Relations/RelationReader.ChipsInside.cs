using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    private static readonly string[] FittedWords = ["fitted", "equipped", "built", "powered", "loaded", "مزوده", "مزود", "المزوده", "مجهزه", "المجهزه", "تعمل", "العامله"];

    // "an order for Dell servers fitted with Nvidia chips", "طلبت الشركة خوادم من X تعمل بمعالجات «إنفيديا»": the maker of the
    // chips inside the machines bought is a supplier of the buyer too.
    private void ReadChipsInside(int relationsBefore)
    {
        var purchases = _bag.All.Skip(relationsBefore).Where(r => r.Type == RelTypes.BuysFrom).ToList();
        if (purchases.Count == 0)
        {
            return;
        }

        for (var k = _s.TokenStart; k + 1 < _s.TokenEnd; k++)
        {
            var fitted = ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => FittedWords.Contains(v)) || FittedWords.Contains(_doc.Tokens[k].Norm);
            if (!fitted)
            {
                continue;
            }

            // English: "fitted with", "built around", "powered by"; Arabic: "مزودة بمعالجات", "تعمل بمعالجات".
            var goodsAt = _doc.Language == "en"
                ? (_doc.Tokens[k + 1].Norm is "with" or "around" or "by" or "on" ? k + 2 : -1)
                : (_doc.Tokens[k + 1].Norm.StartsWith('ب') && _doc.IsCueWord("goods", k + 1) ? k + 1 : -1);
            // Machines, not a service that runs on them: "servers built around", "خوادم من X تعمل بمعالجات" ("قدرات حوسبة تعمل
            // بمعالجات إنفيديا" rents capacity, and the chips' maker sells nothing to the tenant).
            if (goodsAt < 0 || goodsAt >= _s.TokenEnd || !MachinesBefore(k))
            {
                continue;
            }

            var maker = (_doc.Language == "en" ? _s.GroupAfter(goodsAt, 3) : _s.GroupAfter(goodsAt + 1, 3))?.Companies.FirstOrDefault(c => _categoryOf(c.Key) == "chips");
            if (maker is null)
            {
                continue;
            }

            // The end buyer, not a seller of the machines read the other way round as well.
            foreach (var purchase in purchases.Where(p => p.To != maker.Key && p.From != maker.Key && !purchases.Any(q => q.To == p.From)))
            {
                if (EntityByKey(purchase.From) is { } buyer)
                {
                    _bag.Add(RelTypes.BuysFrom, buyer, maker, null, purchase.Status, null, Evidence);
                }
            }
        }
    }

    private static readonly string[] MachineWords = ["servers", "server", "systems", "machines", "racks", "خوادم", "خادم", "اجهزه", "انظمه"];

    // A word for machines among the nine tokens before token k, over the name of their seller ("خوادم من «X» تعمل").
    private bool MachinesBefore(int k) =>
        Enumerable.Range(Math.Max(_s.TokenStart, k - 9), k - Math.Max(_s.TokenStart, k - 9))
            .Any(j => MachineWords.Contains(_doc.Tokens[j].Norm) || ArabicAffixes.AffixVariants(_doc.Tokens[j].Norm).Any(v => MachineWords.Contains(v)));

    private DocEntity? EntityByKey(string key) =>
        _sentences.SelectMany(s => s.Groups).SelectMany(g => g.Members).FirstOrDefault(e => e.Key == key) ?? (_topic?.Key == key ? _topic : null);
}
