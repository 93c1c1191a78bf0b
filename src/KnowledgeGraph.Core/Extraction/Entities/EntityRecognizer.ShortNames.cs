using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Entities;

// Short references to names written in full elsewhere in the document: a person's surname or first name, a known
// person's surname where the document names their organisation, a company's first word.
internal sealed partial class EntityRecognizer
{
    private void ResolveShortNames(DocumentTokens doc, Dictionary<string, DocEntity> entities, bool[] covered, List<Mention> mentions)
    {
        // A surname (or a one-word form) of a person named in full in this document refers to that person.
        // Short forms are read only where nothing else was, so a full name always wins.
        var byShortForm = new Dictionary<string, DocEntity>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        var givenNames = new List<(string Given, DocEntity Person)>();  // first words of the full names written here
        foreach (var person in entities.Values.Where(e => e.IsPerson))
        {
            var forms = person.Mentions.AsEnumerable();
            if (_gazetteer.Entries.TryGetValue(person.Key, out var entry))
            {
                forms = forms.Concat(entry.Aliases);
            }

            var written = person.Mentions.Count;
            foreach (var form in forms)
            {
                var words = Tokenizer.Tokenize(form).Where(w => w.IsWord).ToList();
                if (written-- > 0 && words.Count >= 2)
                {
                    givenNames.Add((words[0].Norm, person));
                }

                if (words.Count < 2)
                {
                    continue;
                }

                var last = words[^1].Norm;
                if (last.Length < (words[^1].Kind == TokenKind.Latin ? 2 : 3) || lexicons.Words.IsWord("arabic-common", last) || lexicons.Words.IsWord("latin-not-names", last))
                {
                    continue;
                }

                if (byShortForm.TryGetValue(last, out var other) && other != person)
                {
                    ambiguous.Add(last);
                }

                byShortForm[last] = person;

                // "Park Ji-hoon" ... "Park is chief executive": a Korean name (a hyphenated given name after it) puts the
                // family name first.
                if (words.Count == 2 && words[1].Norm.Contains('-', StringComparison.Ordinal) && words[0].Kind == TokenKind.Latin && words[0].Norm.Length >= 2)
                {
                    var family = words[0].Norm;
                    if (byShortForm.TryGetValue(family, out var same) && same != person)
                    {
                        ambiguous.Add(family);
                    }

                    byShortForm[family] = person;
                }
            }
        }

        // "هوانغ" in an article about Nvidia: a known person's surname alone, where the document names their organisation.
        var orgs = entities.Values.Where(e => !e.IsPerson).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var fromGazetteer = new HashSet<string>(StringComparer.Ordinal);
        var (knownSurnames, surnamesByOrg) = KnownSurnames();
        var ofTheseOrgs = new List<int>();
        foreach (var org in orgs)
        {
            if (surnamesByOrg.TryGetValue(org, out var at))
            {
                ofTheseOrgs.AddRange(at);
            }
        }

        ofTheseOrgs.Sort();                             // in gazetteer order, as when the whole list was read
        foreach (var (entry, last) in ofTheseOrgs.Select(at => knownSurnames[at]).Where(s => !entities.ContainsKey(s.Entry.Key)))
        {
            if (byShortForm.TryGetValue(last, out var other))
            {
                if (other.Key != entry.Key && fromGazetteer.Contains(last))
                {
                    ambiguous.Add(last);                // two known people of this article's companies share the surname
                }

                continue;                               // a person named in full here keeps the surname
            }

            byShortForm[last] = new DocEntity { Key = entry.Key, Type = entry.TypeLabel, Name = entry.Name, NameAr = entry.NameAr };
            fromGazetteer.Add(last);
        }

        var founderNamed = new Dictionary<string, DocEntity>(StringComparer.Ordinal);

        // A company named in full may come back by its first word: "Lattice Annotate" → "Lattice's", "خزنة لمراكز البيانات" → "لخزنة".
        // For a gazetteer company only an Arabic first word that is no article-word, cue or common word ("المصرية", "جهاز", "بنك").
        foreach (var company in entities.Values.Where(e => !e.IsPerson))
        {
            var known = _gazetteer.Entries.ContainsKey(company.Key);
            foreach (var form in company.Mentions)
            {
                var words = Tokenizer.Tokenize(form).Where(w => w.IsWord).ToList();

                // A one-word name found once («موزن» after شركة) is that company wherever else it is written.
                if (!known && words.Count == 1 && words[0].Norm.Length >= 3 && !lexicons.Words.IsWord("arabic-common", words[0].Norm)
                    && !lexicons.Words.IsWord("latin-not-names", words[0].Norm) && !lexicons.Words.IsWord("not-short-name", words[0].Norm))
                {
                    if (byShortForm.TryGetValue(words[0].Norm, out var sameWord) && sameWord != company)
                    {
                        ambiguous.Add(words[0].Norm);
                    }

                    byShortForm[words[0].Norm] = company;
                    continue;
                }

                if (words.Count < 2)
                {
                    continue;
                }

                // An Arabic first word that is no article-word, cue or filler: "داو" after "داو كومبيوت" even of three letters
                // when the text introduced the name.
                var plainArabic = words[0].Kind == TokenKind.Arabic && !words[0].Norm.StartsWith("ال", StringComparison.Ordinal)
                    && !lexicons.Cues.IsAnyWord(words[0].Norm) && !lexicons.Words.IsWord("filler", words[0].Norm);
                if (words[0].Norm.Length < (!known && plainArabic ? 3 : 4) || lexicons.Words.IsWord("arabic-common", words[0].Norm) || lexicons.Words.IsWord("latin-not-names", words[0].Norm)
                    || lexicons.Words.IsWord("not-short-name", words[0].Norm))
                {
                    continue;
                }

                // "Sarvam AI" → "Sarvam", "Tarang Systems" → "Tarang": a Latin name whose other words are corporate words.
                var latinWithSuffix = words[0].Kind == TokenKind.Latin && words.Skip(1).All(w => lexicons.Words.IsWord("latin-corporate-suffix", w.Norm));
                if (known && !latinWithSuffix && !plainArabic)
                {
                    continue;
                }

                if (byShortForm.TryGetValue(words[0].Norm, out var other) && other != company)
                {
                    // "Halvorsen" after "Halvorsen Digital" and its founder "Erik Halvorsen": the word names the person only
                    // where a person speaks or is described, the company elsewhere. A known person's surname ("ماسك") stays
                    // theirs: a discovered company written with it is more often a description ("شركة ماسك للذكاء الاصطناعي").
                    if (other.IsPerson && !_gazetteer.Entries.ContainsKey(other.Key) && !ambiguous.Contains(words[0].Norm) && !fromGazetteer.Contains(words[0].Norm))
                    {
                        founderNamed[words[0].Norm] = other;
                    }
                    else
                    {
                        ambiguous.Add(words[0].Norm);
                        founderNamed.Remove(words[0].Norm);
                    }
                }

                byShortForm[words[0].Norm] = company;
            }
        }

        // "Farid, who is the company's managing director," after "Farid Zulkifli"; "وقال تشو، الذي ..." after "تشو يانبينغ"
        // (a Chinese name puts the family name first): the first word of one person's full name, only where the words
        // around it say a person speaks or is described.
        var byGivenName = new Dictionary<string, DocEntity>(StringComparer.Ordinal);
        var ambiguousGiven = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (given, person) in givenNames)
        {
            if (given.Length < 3 || lexicons.Words.IsWord("arabic-common", given) || lexicons.Words.IsWord("latin-not-names", given) || lexicons.Cues.IsAnyWord(given)
                || byShortForm.ContainsKey(given))
            {
                continue;                                       // a surname or a company's word already: that reading stands
            }

            if (byGivenName.TryGetValue(given, out var other) && other != person)
            {
                ambiguousGiven.Add(given);
            }

            byGivenName[given] = person;
        }

        var tokens = doc.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (covered[i] || !t.IsWord)
            {
                continue;
            }

            if (t.Kind == TokenKind.Latin && !char.IsUpper(doc.Text[t.Start]))
            {
                continue;
            }

            var forms = t.Kind == TokenKind.Arabic ? ArabicAffixes.PrefixVariants(t.Norm) : [t.Norm];
            foreach (var form in forms)
            {
                if (byShortForm.TryGetValue(form, out var person) && !ambiguous.Contains(form)
                    || !byShortForm.ContainsKey(form) && byGivenName.TryGetValue(form, out person) && !ambiguousGiven.Contains(form) && PersonContext(doc, i))
                {
                    if (founderNamed.TryGetValue(form, out var founder) && PersonContext(doc, i))
                    {
                        person = founder;
                    }

                    entities.TryAdd(person.Key, person);
                    covered[i] = true;
                    person.AddMention(doc.Surface(i, i + 1, t.Norm.Length - form.Length));
                    mentions.Add(new Mention(i, i + 1, person, doc.IsPrepositional(i, form)));
                    break;
                }
            }
        }

        ResolveQuotedFirstWords(doc, entities, covered, mentions);
    }

    private KnownSurnameIndex? _knownSurnames;

    private sealed record KnownSurnameIndex(List<(GazetteerEntry Entry, string Surname)> Surnames, Dictionary<string, List<int>> ByOrg);

    // The surnames of the gazetteer's people who have a known organisation, read once per recognizer, not per document,
    // with the places in that list of each organisation's people (a document looks up only its own organisations).
    private KnownSurnameIndex KnownSurnames()
    {
        if (_knownSurnames is not null)
        {
            return _knownSurnames;
        }

        var surnames = new List<(GazetteerEntry, string)>();
        foreach (var entry in _gazetteer.Entries.Values.Where(e => e.Kind == EntryKind.Person && e.Org is not null))
        {
            foreach (var alias in entry.Aliases)
            {
                var words = Tokenizer.Tokenize(alias).Where(w => w.IsWord).ToList();
                if (words.Count < 2 || words[^1].Norm.Length < 4 || lexicons.Words.IsWord("arabic-common", words[^1].Norm) || lexicons.Words.IsWord("latin-not-names", words[^1].Norm)
                    || words[^1].Norm.StartsWith("ال", StringComparison.Ordinal) || (words[^1].Kind == TokenKind.Latin && char.IsLower(alias[^1])))
                {
                    continue;
                }

                surnames.Add((entry, words[^1].Norm));
            }
        }

        var byOrg = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var at = 0; at < surnames.Count; at++)
        {
            var org = surnames[at].Item1.Org!;
            if (!byOrg.TryGetValue(org, out var places))
            {
                byOrg[org] = places = [];
            }

            places.Add(at);
        }

        return _knownSurnames = new KnownSurnameIndex(surnames, byOrg);
    }
}
