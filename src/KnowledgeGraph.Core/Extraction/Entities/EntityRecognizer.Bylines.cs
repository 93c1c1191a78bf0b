using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Bylines and wire credits: the writers of an article are never entities.</summary>
internal sealed partial class EntityRecognizer
{
    // A byline or a credit ("فنتيك جيت: مصطفى عيد", "بقلم ...", "By Jane Doe") names the writer, not an entity:
    // a short first or last line with a colon or a byline word, or any line that starts with a byline word.
    private static void MarkBylines(DocumentTokens doc, bool[] covered)
    {
        var firstToken = 0;                             // a sentence's tokens follow one another: its first one
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            while (firstToken < doc.Tokens.Count && doc.SentenceOfToken[firstToken] < s)
            {
                firstToken++;
            }

            var sentence = doc.Sentences[s];
            var words = Tokenizer.Tokenize(sentence.Text).Where(t => t.IsWord).ToList();
            var first = words.Count > 0 ? words[0].Norm : "";
            var bylineWord = first is "بقلم" or "كتب" or "كتبت" or "اعداد" or "by" or "written" or "reporting" or "تحرير" or "إعداد";
            // "سيول – هاني الشمري" on the line under the headline: a dateline and byline near the top or at the end.
            var edge = s <= 2 || s == doc.Sentences.Count - 1;
            var credit = sentence.Text.Contains(':') || sentence.Text.Contains('–') || sentence.Text.Contains('—') || sentence.Text.Contains(" - ", StringComparison.Ordinal);
            // "Analysis by Jane Roe": a short line whose second word is "by".
            var byLine = words.Count is >= 3 and <= 6 && words[1].Norm == "by" && s <= 3
                && words.Skip(2).All(w => w.Norm == "and" || w.Kind == TokenKind.Latin && char.IsUpper(sentence.Text[w.Start]));
            MarkBracketedByline(doc, s, firstToken, covered);
            if (!(bylineWord && words.Count <= 8) && !(edge && words.Count <= 6 && credit) && !byLine)
            {
                continue;
            }

            for (var k = 0; k < doc.Tokens.Count; k++)
            {
                if (doc.SentenceOfToken[k] == s)
                {
                    covered[k] = true;
                }
            }
        }
    }

    // "SEOUL, Sept 30 (By Min-ji Cho) - ...": a byline in the brackets of a dateline. "(Reporting by Jane Roe in
    // Jakarta; Editing by John Doe)": a wire credit, wherever it stands, names the writers too.
    // Only the sentence's own tokens are looked at (from firstToken on), not the whole document's once per sentence.
    private static void MarkBracketedByline(DocumentTokens doc, int sentence, int firstToken, bool[] covered)
    {
        var tokens = doc.Tokens;
        for (var k = firstToken; k + 2 < tokens.Count && doc.SentenceOfToken[k] == sentence; k++)
        {
            if (tokens[k].Norm != "(")
            {
                continue;
            }

            var dateline = sentence <= 2 && tokens[k + 1].Norm is "by" or "بقلم";
            var credit = tokens[k + 1].Norm is "reporting" or "writing" or "editing" or "additional"
                && tokens.Skip(k + 2).Take(3).Any(t => t.Norm == "by");
            if (!dateline && !credit)
            {
                continue;
            }

            for (var j = k + 2; j < tokens.Count && j <= k + (credit ? 40 : 8) && tokens[j].Norm != ")"; j++)
            {
                covered[j] = true;
            }
        }
    }
}
