using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Chinese, Korean and Vietnamese names as the Arab press writes them: a family name, then a given name of two syllables
/// written as two words ("وانغ جيان مينغ", "كيم سو يون", "نغوين ثي لان") or joined by a hyphen ("لي مين-هو").
/// </summary>
internal sealed partial class NameDiscovery
{
    // Family names as Arabic outlets spell them (the pinyin syllable, family name first).
    private static readonly HashSet<string> ChineseFamilyNames = Norms(
        "وانغ", "لي", "تشانغ", "ليو", "تشين", "تشن", "يانغ", "هوانغ", "تشاو", "وو", "تشو", "شو", "سون", "غوو", "قوه", "لين", "غاو", "قاو",
        "ليانغ", "تشنغ", "سونغ", "شيه", "تانغ", "هان", "فنغ", "دنغ", "تساو", "بنغ", "تسنغ", "شياو", "تيان", "دونغ", "يوان", "جيانغ", "تساي",
        "دو", "يه", "سو", "لو", "دينغ", "رين", "شين", "جيا", "شيا", "فانغ", "تشيو", "منغ", "تشيان", "كونغ", "باي", "كانغ", "هاو", "جين", "لونغ",
        "دوان", "لوه", "يو", "لياو", "تشيوي", "شيونغ", "تشونغ", "وي", "تان", "هو",
        "كيم", "بارك", "تشوي", "جونغ", "كانغ", "يون", "جانغ", "ليم", "كوون", "سيو",
        "نغوين", "تران", "فام", "دانغ", "بوي", "نغو", "دوونغ");

    // Given-name syllables; Arabic function words that share a spelling (هو، يا، لو، ما، من، في) are left out on purpose.
    private static readonly HashSet<string> ChineseSyllables = Norms(
        "جيان", "مينغ", "لي", "نا", "شياو", "شين", "هوا", "يو", "تشين", "تشينغ", "شان", "جه", "جي", "وي", "هونغ", "مين", "لينغ", "يينغ",
        "فانغ", "جون", "جيه", "هوي", "كاي", "تاو", "يان", "بينغ", "فنغ", "تشيانغ", "شيانغ", "يونغ", "جينغ", "دونغ", "هاو", "تشي", "تشو", "شو",
        "كون", "ليانغ", "يي", "هوان", "نينغ", "رونغ", "وين", "تينغ", "ليان", "شيان", "يوان", "جوان", "شوان", "زي", "قانغ", "غانغ", "جيا",
        "هاي", "لان", "تشون", "تشيون", "شيونغ", "تشيان", "يانغ", "جين", "تشانغ", "تشاو", "منغ", "جيانغ", "هوانغ", "شيوي", "يوي", "شوي",
        "سونغ", "تشيو", "شيو", "لونغ", "بو", "تشنغ", "تشيوان", "ونغ", "تسي", "سي", "مياو", "بياو", "تشيه", "تشيونغ", "تيان", "شينغ", "تشونغ",
        "ون", "شي", "سو", "سيو", "يون", "هيون", "سانغ", "جاي", "تشول", "كيونغ", "سوك", "مي", "بين", "يونغ", "هيي",
        "ثي", "فان", "دوك", "مينه", "بينه", "ثانه", "آنه", "توان", "دوي", "لينه", "كوانغ", "ترونغ");

    // "وانغ جيان مينغ، الشريك", "أسستها تشيو شياو شين": three words read together; the first-name pass would take two of them.
    private void DiscoverChinesePeople()
    {
        for (var i = 0; i + 2 < _tokens.Count; i++)
        {
            if (!ChineseAt(i, ChineseFamilyNames) || !ChineseAt(i + 1, ChineseSyllables))
            {
                continue;
            }

            // ("لي مين-هو": after a hyphen any short word is the second syllable, هو too.)
            var hyphen = i + 3 < _tokens.Count && _tokens[i + 2].Norm == "-" && Free(i + 3) && _tokens[i + 3].Kind == TokenKind.Arabic && _tokens[i + 3].Norm.Length <= 5;
            var end = hyphen ? i + 4 : i + 3;
            if (!hyphen && !ChineseAt(i + 2, ChineseSyllables) || doc.SentenceOfToken[end - 1] != doc.SentenceOfToken[i])
            {
                continue;
            }

            // A fourth syllable, or a descriptor in لل (للحوسبة، للروبوتات), says the words name something else: a company, a place.
            if (ChineseAt(end, ChineseSyllables) || end < _tokens.Count && _tokens[end].Kind == TokenKind.Arabic
                && _tokens[end].Norm.StartsWith("لل", StringComparison.Ordinal))
            {
                continue;
            }

            Add(i, end, "Person", 0);
            i = end - 1;
        }
    }

    private bool ChineseAt(int i, HashSet<string> set) =>
        Free(i) && _tokens[i].Kind == TokenKind.Arabic && set.Contains(_tokens[i].Norm);

    private static HashSet<string> Norms(params string[] words) =>
        new(words.Select(w => Tokenizer.Tokenize(w).First(t => t.IsWord).Norm), StringComparer.Ordinal);
}
