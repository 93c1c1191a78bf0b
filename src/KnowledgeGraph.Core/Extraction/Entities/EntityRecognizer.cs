using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Finds the companies and people of one document: gazetteer names (products resolve to their owner, media are
/// never entities), then names the gazetteer lacks (<see cref="NameDiscovery"/>), then short references to people
/// named in full elsewhere in the document (ألتمان → سام ألتمان).
/// </summary>
internal sealed partial class EntityRecognizer(Lexicons lexicons)
{
    private readonly Gazetteer _gazetteer = lexicons.Gazetteer;

    public List<Mention> Recognize(DocumentTokens doc, Dictionary<string, DocEntity> entities)
    {
        var covered = new bool[doc.Tokens.Count];
        MarkBylines(doc, covered);
        var mentions = new List<Mention>();
        MatchGazetteer(doc, entities, covered, mentions);
        MatchQuotedNames(doc, entities, covered, mentions);
        new NameDiscovery(lexicons, doc, entities, covered, mentions).Run();
        MergeShortDiscoveries(entities, mentions);
        MergePrepositionalDiscoveries(entities, mentions);
        MatchDiscoveredAgain(doc, entities, covered, mentions);
        ResolveShortNames(doc, entities, covered, mentions);
        DescriptionResolver.Resolve(doc, lexicons, covered, mentions);
        mentions.Sort((a, b) => a.TokenStart.CompareTo(b.TokenStart));
        return mentions;
    }

    private void MatchGazetteer(DocumentTokens doc, Dictionary<string, DocEntity> entities, bool[] covered, List<Mention> mentions)
    {
        var tokens = doc.Tokens;
        var longer = new HashSet<string>(StringComparer.Ordinal);

        // The words of a name may be joined by hyphens in the text ("ليب-بو تان") and not in the gazetteer: positions[k] is
        // the token of the name's k-th word. One list and one delegate serve every token of the document.
        var positions = new List<int>();
        string? Rest(int k)
        {
            while (positions.Count <= k)
            {
                var q = positions[^1] + 1;
                if (q + 1 < tokens.Count && tokens[q].Norm == "-" && tokens[q + 1].IsWord)
                {
                    q++;
                }

                if (q >= tokens.Count || !tokens[q].IsWord)
                {
                    return null;
                }

                positions.Add(q);
            }

            return tokens[positions[k]].Norm;
        }

        Func<int, string?> rest = Rest;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord)
            {
                continue;
            }

            var forms = t.Kind == TokenKind.Arabic ? ArabicAffixes.PrefixVariants(t.Norm) : [t.Norm];
            positions.Clear();
            positions.Add(i);
            var (words, values, firstForm) = _gazetteer.Trie.Longest(forms, rest);
            if (words == 0 || values is null || firstForm is null)
            {
                continue;
            }

            // "الرئيس التنفيذي للشركة كريم ...": "the company" with its article is no part of an alias "شركة كريم".
            if (firstForm == "شركه" && (t.Norm.EndsWith("الشركه", StringComparison.Ordinal) || t.Norm.EndsWith("للشركه", StringComparison.Ordinal)))
            {
                continue;
            }

            // «بابل إيه آي» is no "ب" + "ابل" (Apple): a letter inside the opening quote is part of the quoted name, since an
            // attached preposition stands outside the quotes (لـ«X»).
            if (t.Kind == TokenKind.Arabic && t.Norm.Length - firstForm.Length is 1 or 2 && !t.Norm.StartsWith("ال", StringComparison.Ordinal) && !firstForm.StartsWith("ال", StringComparison.Ordinal)
                && t.Start > 0 && doc.Text[t.Start - 1] is '"' or '«' or '“')
            {
                continue;
            }

            var length = positions[words - 1] + 1 - i;

            // "وباتريك إيسر": a one-word alias (إيسر is Acer's) right after a first name that is no ordinary word is that
            // person's family name; the people pass reads the two words.
            if (length == 1 && t.Kind == TokenKind.Arabic && t.Norm == firstForm && i > 0 && UnambiguousFirstName(tokens[i - 1]))
            {
                continue;
            }

            // "لشركة خزنة لمراكز البيانات": an alias "شركة خزنة" only guards an ordinary word; a longer name starting at the
            // next word is the one written.
            if (firstForm == "شركه" && i + 1 < tokens.Count && tokens[i + 1].IsWord)
            {
                positions.Clear();
                positions.Add(i + 1);
                var after = tokens[i + 1].Kind == TokenKind.Arabic ? ArabicAffixes.PrefixVariants(tokens[i + 1].Norm) : [tokens[i + 1].Norm];
                var (nextWords, nextValues, _) = _gazetteer.Trie.Longest(after, rest);
                if (nextWords > 0 && nextValues is not null && positions[nextWords - 1] + 1 > i + length)
                {
                    continue;
                }
            }

            // "للمصرية للاتصالات" names "المصرية للاتصالات": the surface gets its article back.
            var surface = ArabicAffixes.ArticleAfterLam(t.Norm) == firstForm
                ? "ال" + doc.Surface(i, i + length, t.Norm.Length - firstForm.Length + 2)
                : doc.Surface(i, i + length, t.Norm.Length - firstForm.Length);
            var target = values.Where(v => !v.CaseSensitive || string.Equals(v.Alias, surface, StringComparison.Ordinal))
                .OrderBy(v => v.IsProduct)
                .FirstOrDefault();
            if (target is null)
            {
                continue;
            }

            // «غروك» is both xAI's chatbot (Grok) and the chipmaker Groq: the company only where the words around it speak of
            // its kind (chips, inference), the product otherwise.
            if (!target.IsProduct && target.Entry.Category is { } kind
                && values.FirstOrDefault(v => v.IsProduct && v.Entry != target.Entry && (!v.CaseSensitive || string.Equals(v.Alias, surface, StringComparison.Ordinal))) is { } product
                && !SpeaksOfKind(doc, i, kind))
            {
                target = product;
            }

            // A longer name read once ("Lumen Orbit, a Dubai startup") is the same longer name when it comes back.
            var next = i + length < tokens.Count && tokens[i + length].IsWord ? tokens[i + length].Norm : "";
            var pair = string.Join(' ', Enumerable.Range(i, length).Select(k => tokens[k].Norm)) + " " + next;
            if (longer.Contains(pair) || StartsLongerName(doc, target.Entry, i + length))
            {
                longer.Add(pair);
                continue;
            }

            if (target.Entry.Kind != EntryKind.Person)
            {
                var more = Continuation(doc, i + length);
                length += more;
                surface = more > 0 ? doc.Surface(i, i + length, t.Norm.Length - firstForm.Length) : surface;
            }

            for (var k = i; k < i + length; k++)
            {
                covered[k] = true;
            }

            // "Salesforce Ventures", "Samsung Securities", "سيلزفورس فنتشرز": a company's investment arm is a company of its own.
            var arm = i + length < tokens.Count && !target.IsProduct && target.Entry.TypeLabel == "Company" && lexicons.Words.IsWord("investment-arm", tokens[i + length].Norm);
            if (arm)
            {
                covered[i + length] = true;
                var armSurface = doc.Surface(i, i + length + 1, t.Norm.Length - firstForm.Length);
                var armName = armSurface.Any(TextNormalizer.IsArabicLetter) ? armSurface : target.Entry.Name + " " + doc.Surface(i + length, i + length + 1, 0);
                var armEntity = Entity(entities, KeyFor(armName), "Company", armName, null);
                armEntity.AddMention(armSurface);
                mentions.Add(new Mention(i, i + length + 1, armEntity, doc.IsPrepositional(i, firstForm)));
                i += length;
                continue;
            }

            if (target.Entry.Kind != EntryKind.Media)
            {
                var entity = Entity(entities, target.Entry.Key, target.Entry.TypeLabel, target.Entry.Name, target.Entry.NameAr);
                entity.AddMention(surface);
                // "شركة خزنة", "شركة تابي": an alias that opens with the company word only guards an ordinary word; the
                // company's written name is the words after it.
                if (firstForm == "شركه" && length > 1)
                {
                    entity.AddMention(doc.Surface(i + 1, i + length, 0));
                }
                mentions.Add(new Mention(i, i + length, entity, doc.IsPrepositional(i, firstForm), target.IsProduct));
            }

            i += length - 1;
        }
    }

    private bool UnambiguousFirstName(Token token) =>
        token.Kind == TokenKind.Arabic && (lexicons.FirstNames.Contains(token.Norm, out var ambiguous) && !ambiguous
            || token.Norm.Length > 3 && token.Norm[0] == 'و' && lexicons.FirstNames.Contains(token.Norm[1..], out var joined) && !joined);

    // Whether a word of the gazetteer category (or, for chips, of inference) stands within a few words of token i.
    private bool SpeaksOfKind(DocumentTokens doc, int i, string kind)
    {
        for (var k = Math.Max(0, i - 15); k < Math.Min(doc.Tokens.Count, i + 16); k++)
        {
            if (doc.Tokens[k].IsWord && (doc.KindOf(k) == kind || kind == "chips" && lexicons.Words.IsWord("inference-word", doc.Tokens[k].Norm)))
            {
                return true;
            }
        }

        return false;
    }

    // A known name followed by a word that makes another company of it: a fund named after a person ("Bezos
    // Expeditions, the family office of ...") or a media title used in a company's name ("فورتشن كابيتال").
    // Discovery reads the whole name instead.
    private bool StartsLongerName(DocumentTokens doc, GazetteerEntry entry, int next)
    {
        if (next >= doc.Tokens.Count || !doc.Tokens[next].IsWord)
        {
            return false;
        }

        var token = doc.Tokens[next];
        var capitalised = token.Kind != TokenKind.Latin || char.IsUpper(doc.Text[token.Start]);
        var words = lexicons.Words;
        if (entry.Kind == EntryKind.Media)
        {
            return capitalised && (words.IsWord("arabic-corporate-suffix", token.Norm) || words.IsWord("latin-corporate-suffix", token.Norm));
        }

        if (token.Kind != TokenKind.Latin || !capitalised || doc.IsCommonWord(next) || lexicons.FirstNames.Contains(token.Norm, out _))
        {
            return false;
        }

        // "Lumen Orbit, a Dubai-based startup": a known word starts a name the apposition calls a company.
        return entry.Kind == EntryKind.Person
            ? next + 1 < doc.Tokens.Count && doc.Tokens[next + 1].Norm == ","
            : _gazetteer.Trie.Longest([token.Norm], _ => null).Length == 0 && NameDiscovery.IsEnglishCompanyApposition(doc, lexicons, next + 1);
    }

    // "Hyundai Motor Group", "LG Electronics": corporate words after a known company still name that company.
    private int Continuation(DocumentTokens doc, int next)
    {
        var k = next;
        while (k < doc.Tokens.Count && k - next < 3 && doc.Tokens[k].Kind == TokenKind.Latin && char.IsUpper(doc.Text[doc.Tokens[k].Start])
               && lexicons.Words.IsWord("corporate-continuation", doc.Tokens[k].Norm))
        {
            k++;
        }

        // "«بيك إكس في بارتنرز»": an Arabic corporate word after a known name is still its name (an investment arm is not:
        // "إنفيديا فنتشرز" is a company of its own).
        while (k < doc.Tokens.Count && k - next < 2 && doc.Tokens[k].Kind == TokenKind.Arabic && !doc.Tokens[k].Norm.StartsWith('ل') && lexicons.Words.IsWord("arabic-corporate-suffix", doc.Tokens[k].Norm)
               && !lexicons.Words.IsWord("investment-arm", doc.Tokens[k].Norm))
        {
            k++;
        }

        return k - next;
    }

    // "مؤسسة مداد" read before or after «مداد للذكاء اللغوي»: a one-word discovered company that is the first word of
    // another discovered company of the document is that company.
    private void MergeShortDiscoveries(Dictionary<string, DocEntity> entities, List<Mention> mentions)
    {
        var discovered = entities.Values.Where(e => !e.IsPerson && !_gazetteer.Entries.ContainsKey(e.Key)).ToList();
        foreach (var shortOne in discovered.Where(e => e.Mentions.All(m => Tokenizer.Tokenize(m).Count(w => w.IsWord) == 1)))
        {
            var word = Tokenizer.Tokenize(shortOne.Mentions[0]).First(w => w.IsWord).Norm;
            var full = discovered.Where(e => e != shortOne).FirstOrDefault(e => e.Mentions.Any(m =>
                Tokenizer.Tokenize(m).Where(w => w.IsWord).ToList() is { Count: > 1 } words && words[0].Norm == word))
                // "Sarvam" read as a name beside the gazetteer's "Sarvam AI": a Latin name whose other words are corporate words.
                ?? entities.Values.FirstOrDefault(e => !e.IsPerson && _gazetteer.Entries.ContainsKey(e.Key) && e.Mentions.Any(m =>
                    Tokenizer.Tokenize(m).Where(w => w.IsWord).ToList() is { Count: > 1 } words && words[0].Norm == word
                    && (words[0].Kind == TokenKind.Arabic || words.Skip(1).All(w => lexicons.Words.IsWord("latin-corporate-suffix", w.Norm)))))
                // "Gomez co-founded Cohere" after "Aidan Gomez": a one word read as a company is a person's surname.
                ?? entities.Values.FirstOrDefault(e => e.IsPerson && e.Mentions.Any(m =>
                    Tokenizer.Tokenize(m).Where(w => w.IsWord).ToList() is { Count: > 1 } words && words[^1].Norm == word));
            if (full is null)
            {
                continue;
            }

            Merge(shortOne, full);
        }

        // «ريادة 7» after «ريادة 7 سيستمز»: a discovered name of two or more words that begins another company's name.
        // (Each company's mentions are split into words once, not once per candidate.)
        var companyWords = entities.Values.Where(e => !e.IsPerson)
            .ToDictionary(e => e, e => e.Mentions.Select(m => Tokenizer.Tokenize(m).Where(w => w.IsWord).Select(w => w.Norm).ToList()).ToList());
        foreach (var (shortOne, forms) in companyWords.Where(c => !_gazetteer.Entries.ContainsKey(c.Key.Key)))
        {
            if (forms.Any(f => f.Count < 2) || !entities.ContainsKey(shortOne.Key))
            {
                continue;
            }

            var fulls = companyWords.Where(c => c.Key != shortOne && entities.ContainsKey(c.Key.Key)
                && c.Value.Any(words => forms.Any(f => words.Count > f.Count && (words.Take(f.Count).SequenceEqual(f) || words[0] == f[0] && Within(f, words))))).Select(c => c.Key).ToList();
            if (fulls.Count == 1)
            {
                Merge(shortOne, fulls[0]);
            }
        }

        // «ريمال الرقمية» in a headline for «ريمال للبنية الرقمية»: a shorter name whose words all stand, in order, in the longer one.
        static bool Within(List<string> shorter, List<string> longer)
        {
            var k = 0;
            foreach (var word in longer)
            {
                if (k < shorter.Count && word == shorter[k])
                {
                    k++;
                }
            }

            return k == shorter.Count;
        }

        void Merge(DocEntity shortOne, DocEntity full)
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                if (mentions[i].Entity == shortOne)
                {
                    mentions[i] = mentions[i] with { Entity = full };
                }
            }

            foreach (var m in shortOne.Mentions)
            {
                full.AddMention(m);
            }

            entities.Remove(shortOne.Key);
        }
    }

    // A name the text introduced once ("شركة «دلتا هايبرسكيل»") is that company wherever it is written again in full, whatever
    // stands around it there ("وستحصل «دلتا هايبرسكيل» على الكهرباء").
    private static void MatchDiscoveredAgain(DocumentTokens doc, Dictionary<string, DocEntity> entities, bool[] covered, List<Mention> mentions)
    {
        var forms = new List<(string[] Words, DocEntity Entity)>();
        foreach (var entity in entities.Values.Where(e => !e.IsPerson && mentions.Any(m => m.Entity == e)))
        {
            foreach (var form in entity.Mentions)
            {
                var words = Tokenizer.Tokenize(form).Where(w => w.IsWord).Select(w => w.Norm).ToArray();
                if (words.Length >= 2)
                {
                    forms.Add((words, entity));
                }
            }
        }

        var tokens = doc.Tokens;
        foreach (var (words, entity) in forms.OrderByDescending(f => f.Words.Length))
        {
            for (var i = 0; i + words.Length <= tokens.Count; i++)
            {
                if (covered[i] || !tokens[i].IsWord)
                {
                    continue;
                }

                var firstForm = (tokens[i].Kind == TokenKind.Arabic ? ArabicAffixes.PrefixVariants(tokens[i].Norm) : [tokens[i].Norm]).FirstOrDefault(v => v == words[0]);
                if (firstForm is null || Enumerable.Range(1, words.Length - 1).Any(k => covered[i + k] || tokens[i + k].Norm != words[k]))
                {
                    continue;
                }

                for (var k = i; k < i + words.Length; k++)
                {
                    covered[k] = true;
                }

                entity.AddMention(doc.Surface(i, i + words.Length, tokens[i].Norm.Length - firstForm.Length));
                mentions.Add(new Mention(i, i + words.Length, entity, doc.IsPrepositional(i, firstForm)));
                i += words.Length - 1;
            }
        }
    }

    private Dictionary<string, GazetteerEntry>? _quotedNames;

    private Dictionary<string, GazetteerEntry> QuotedNames()
    {
        if (_quotedNames is not null)
        {
            return _quotedNames;
        }

        var names = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var entry in _gazetteer.Entries.Values.Where(e => e.Kind == EntryKind.Company))
        {
            foreach (var alias in entry.Aliases)
            {
                var words = Tokenizer.Tokenize(alias).Where(w => w.IsWord).ToList();
                if (words.Count == 2 && words[0].Kind == TokenKind.Arabic && lexicons.Cues.IsWord("company-cue", words[0].Norm) && words[1].Norm.Length >= 2)
                {
                    names.TryAdd(words[1].Norm, entry);
                }
            }
        }

        return _quotedNames = names;
    }

    public static DocEntity Entity(Dictionary<string, DocEntity> entities, string key, string type, string name, string? nameAr)
    {
        if (!entities.TryGetValue(key, out var entity))
        {
            entity = new DocEntity { Key = key, Type = type, Name = name, NameAr = nameAr };
            entities[key] = entity;
        }

        return entity;
    }

    /// <summary>A key for a discovered name: the slug of its Latin form (transliterated when Arabic).</summary>
    public static string KeyFor(string name) =>
        Keys.Slug(name.Any(TextNormalizer.IsArabicLetter) ? Transliteration.ToLatin(name) : name);

    // A one-word name that speaks or is described: ", who", "، الذي", "said X," / "وقال X،".
    private static bool PersonContext(DocumentTokens doc, int i)
    {
        var tokens = doc.Tokens;
        bool Is(int k, params string[] words) => k >= 0 && k < tokens.Count && words.Contains(tokens[k].Norm);
        var described = Is(i + 1, ",", "،") && Is(i + 2, "who", "الذي", "التي");
        var speaks = Is(i - 1, "said", "says", "قال", "وقال", "واضاف", "واوضح", "وقالت", "واضافت") && Is(i + 1, ",", "،", "ان", "إن");
        var tells = Is(i + 1, "said", "says", "told");
        return described || speaks || tells;
    }
}
