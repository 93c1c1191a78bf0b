namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    // The name "in which" follows a few words before the cue: right before it, or the name an apposition describes
    // ("X, a lens maker in which").
    private MentionGroup? HeldInWhich(int token)
    {
        for (var k = token - 1; k > _s.TokenStart + 1 && k >= token - 10; k--)
        {
            if (_doc.Tokens[k].Norm is "." or "," or ";" || _s.IsRelationCue(k))
            {
                return null;
            }

            if (_doc.Tokens[k].Norm != "which" || _doc.Tokens[k - 1].Norm != "in")
            {
                continue;
            }

            // ("a joint venture with Meta, in which Reliance holds 70%": the venture is what is held, not its partner.)
            if (GroupEndingAt(k - 1, 2) is { } near)
            {
                return near.Companies.Any() && !_s.Cues.Any(c => c.Is("partner") && c.End <= near.Start && near.Start - c.End <= 2) ? near : null;
            }

            for (var j = k - 2; j > _s.TokenStart && j >= k - 10; j--)
            {
                if (_s.GroupAt(j) is not null || _s.IsRelationCue(j) || _doc.Tokens[j].Norm is "." or ";" or "(" or ")")
                {
                    return null;
                }

                if (_doc.Tokens[j].Norm == "," && _doc.Tokens[j + 1].Norm is "a" or "an")
                {
                    return _s.Groups.FirstOrDefault(g => g.End == j && g.Companies.Any());
                }
            }

            return null;
        }

        return null;
    }
}
