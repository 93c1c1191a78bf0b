using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    // Words that put a share before its holder ("بنسبة 45%", "with 30%", "(12%)") and after it ("40% لشركة X", "35% by Y").
    private static readonly string[] ShareBeforeHolderMarks = ["بنسبه", "بحصه", "بواقع", "نسبه", "حصه", "with", "("];

    /// <summary>
    /// A list of holders with their shares, in a sentence that speaks of a company's ownership: "تتوزع ملكية «رمال»
    /// على النحو التالي: 40% لشركة X، و35% لـY", "يتوزع رأسمال الشركة بين X بنسبة 45%، وY بنسبة 30%",
    /// "Its shareholders are X (40%) and Y (35%)". Every holder invests in the owned company.
    /// </summary>
    private void ReadShareholdings()
    {
        var ownership = _s.Cues.FirstOrDefault(c => c.Is("ownership"));
        if (ownership is null)
        {
            return;
        }

        // The owned company: named right after the noun ("ملكية «رمال»", "رأسمال شركة X", "shareholders in X"), else the text's.
        var afterNoun = ownership.End < _s.TokenEnd && _s.CueAt(ownership.End) is { } prep && prep.Start == ownership.End && prep.IsAny("prep-in", "prep-of") ? prep.End : ownership.End;
        // "كبار المساهمين صندوق X بحصة 4.1%": after a plural of holders comes the first holder; the owned company takes "في"/"in".
        var holdersNoun = ownership.Is("investor-noun") && afterNoun == ownership.End && _doc.Tokens[ownership.Start].Norm is not "مساهمي";
        var ownedGroup = !holdersNoun && _s.GroupAfter(afterNoun, 3) is { } g && g.Start - afterNoun <= 2 ? g : null;
        var owned = ownedGroup?.Companies.FirstOrDefault() ?? (_s.TopicAfter(afterNoun) is { } topic ? topic.Members[0] : null) ?? _s.Topic ?? _topic;
        if (owned is null)
        {
            return;
        }

        // "دخل جهاز الاستثمار العماني في رأس مال شركة «رمال»": entering a company's capital invests in it.
        if (ownedGroup is not null && ownership.Start > _s.TokenStart && _doc.Tokens[ownership.Start - 1].Norm is "في"
            && Enumerable.Range(_s.TokenStart, ownership.Start - _s.TokenStart).Any(k => ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => v is "دخل" or "دخلت" or "يدخل" or "تدخل" or "ستدخل" or "سيدخل")))
        {
            foreach (var investor in Agents(ownership, allowPeople: false, exclude: [owned]))
            {
                _bag.Add(RelTypes.InvestsIn, investor, owned, NearestMoney(ownership), StatusOf(_s), null, Evidence);
            }
        }

        var holders = new List<DocEntity>();
        for (var p = ownership.End; p < _s.TokenEnd; p++)
        {
            if (_doc.Tokens[p].Norm is not ("%" or "٪"))
            {
                continue;
            }

            var numberStart = p - 1;
            while (numberStart > _s.TokenStart && (_doc.Tokens[numberStart - 1].Kind == Text.TokenKind.Number || _doc.Tokens[numberStart - 1].Norm == "." && numberStart >= 2 && _doc.Tokens[numberStart - 2].Kind == Text.TokenKind.Number))
            {
                numberStart--;
            }

            if (numberStart <= _s.TokenStart || _doc.Tokens[numberStart].Kind != Text.TokenKind.Number)
            {
                continue;
            }

            var holder = HolderAfterShare(p + 1) ?? HolderBeforeShare(numberStart - 1);
            if (holder is not null && holder != owned && !holders.Contains(holder))
            {
                holders.Add(holder);
            }
        }

        foreach (var holder in holders)
        {
            _bag.Add(RelTypes.InvestsIn, holder, owned, null, StatusOf(_s), null, Evidence);
        }
    }

    // "40% لشركة «مجان كابيتال»", "35% لجهاز الاستثمار", "35% by Kuwait's fund": the holder right after the share.
    private DocEntity? HolderAfterShare(int k)
    {
        if (k >= _s.TokenEnd)
        {
            return null;
        }

        var norm = _doc.Tokens[k].Norm.TrimStart('و');
        var attached = _doc.Language == "ar" && norm.StartsWith('ل');
        if (!attached && norm is not ("by" or "لـ" or "ل"))
        {
            return null;
        }

        return (_s.GroupAt(k) ?? _s.GroupAfter(attached ? k + 1 : k + 1, 3))?.Companies.FirstOrDefault();
    }

    // "X بنسبة 45%", "Y بحصة 2.8%", "X with 30%", "X (12%)": the holder named last before the mark, within its list item.
    private DocEntity? HolderBeforeShare(int mark)
    {
        if (mark <= _s.TokenStart || !ArabicAffixes.AffixVariants(_doc.Tokens[mark].Norm).Append(_doc.Tokens[mark].Norm).Any(ShareBeforeHolderMarks.Contains))
        {
            return null;
        }

        var group = _s.Groups.LastOrDefault(g => g.End <= mark && mark - g.End <= 8 && !InBrackets(g));   // not "X (سيكويا الصين سابقاً) بحصة"
        if (group is null || Enumerable.Range(group.End, mark - group.End).Any(k => _doc.Tokens[k].Norm is "%" or "٪" || _s.IsRelationCue(k)))
        {
            return null;
        }

        return group.Companies.LastOrDefault();
    }
}
