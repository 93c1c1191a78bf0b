using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Names in quotes: a gazetteer word quoted as a name, and a quoted short form of a company named in full.</summary>
internal sealed partial class EntityRecognizer
{
    // "نبض داتا" named in full, then «نبض»: in quotes the first word of a discovered name is that company even when it is
    // short or an ordinary word (نبض, سمع, بيان), which unquoted it never is.
    private void ResolveQuotedFirstWords(DocumentTokens doc, Dictionary<string, DocEntity> entities, bool[] covered, List<Mention> mentions)
    {
        var byFirstWord = new Dictionary<string, DocEntity?>(StringComparer.Ordinal);
        foreach (var company in entities.Values.Where(e => !e.IsPerson && !_gazetteer.Entries.ContainsKey(e.Key)))
        {
            foreach (var form in company.Mentions)
            {
                var words = Tokenizer.Tokenize(form).Where(w => w.IsWord).ToList();
                if (words.Count >= 2 && words[0].Kind == TokenKind.Arabic && words[0].Norm.Length >= 3 && !words[0].Norm.StartsWith("ال", StringComparison.Ordinal)
                    && !lexicons.Cues.IsAnyWord(words[0].Norm))
                {
                    // Two names sharing a first word leave it to neither.
                    byFirstWord[words[0].Norm] = byFirstWord.TryGetValue(words[0].Norm, out var other) && other != company ? null : company;
                }
            }
        }

        var tokens = doc.Tokens;
        ResolveQuotedLeadingWords(doc, entities, covered, mentions);
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (!covered[i] && tokens[i].Kind == TokenKind.Arabic && tokens[i - 1].Norm is "«" or "\"" or "“" && tokens[i + 1].Norm is "»" or "\"" or "”"
                && byFirstWord.TryGetValue(tokens[i].Norm, out var company) && company is not null)
            {
                covered[i] = true;
                company.AddMention(doc.Surface(i, i + 1, 0));
                mentions.Add(new Mention(i, i + 1, company, doc.IsPrepositional(i, tokens[i].Norm)));
            }
        }
    }

    // "إي 2 إي نتوركس" named in full, then «إي 2 إي»: a quoted run of two or more words that begins a company's name read
    // in this document is that company (known or discovered), when no other company's name begins so.
    private static void ResolveQuotedLeadingWords(DocumentTokens doc, Dictionary<string, DocEntity> entities, bool[] covered, List<Mention> mentions)
    {
        var byLeading = new Dictionary<string, DocEntity?>(StringComparer.Ordinal);
        foreach (var company in entities.Values.Where(e => !e.IsPerson))
        {
            foreach (var form in company.Mentions)
            {
                var words = Tokenizer.Tokenize(form).Select(w => w.Norm).ToList();
                for (var n = 2; n < words.Count; n++)
                {
                    var leading = string.Join(' ', words.Take(n));
                    byLeading[leading] = byLeading.TryGetValue(leading, out var other) && other != company ? null : company;
                }
            }
        }

        if (byLeading.Count == 0)
        {
            return;
        }

        var tokens = doc.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i - 1].Norm is not ("«" or "\"" or "“"))
            {
                continue;
            }

            var close = i;
            while (close < tokens.Count && close - i <= 5 && tokens[close].Norm is not ("»" or "\"" or "”") && !covered[close])
            {
                close++;
            }

            if (close >= tokens.Count || close - i < 2 || close - i > 5 || tokens[close].Norm is not ("»" or "\"" or "”")
                || !byLeading.TryGetValue(string.Join(' ', Enumerable.Range(i, close - i).Select(k => tokens[k].Norm)), out var company) || company is null)
            {
                continue;
            }

            for (var k = i; k < close; k++)
            {
                covered[k] = true;
            }

            company.AddMention(doc.Surface(i, close, 0));
            mentions.Add(new Mention(i, close, company, false));
            i = close;
        }
    }

    // «آلات», "شركة «دو»": a gazetteer company whose alias is a company word and one word ("شركة آلات") is that word in quotes.
    private void MatchQuotedNames(DocumentTokens doc, Dictionary<string, DocEntity> entities, bool[] covered, List<Mention> mentions)
    {
        var tokens = doc.Tokens;
        var names = QuotedNames();
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (covered[i] || !tokens[i].IsWord || tokens[i - 1].Norm is not ("«" or "\"" or "“") || tokens[i + 1].Norm is not ("»" or "\"" or "”")
                || !names.TryGetValue(tokens[i].Norm, out var entry))
            {
                continue;
            }

            var quoted = Entity(entities, entry.Key, entry.TypeLabel, entry.Name, entry.NameAr);
            covered[i] = true;
            quoted.AddMention(doc.Surface(i, i + 1, 0));
            mentions.Add(new Mention(i, i + 1, quoted, doc.IsPrepositional(i, tokens[i].Norm)));
        }
    }
}
