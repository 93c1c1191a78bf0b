using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>One sentence as the relation rules see it: its token range, its name groups and its cue words.</summary>
internal sealed class SentenceView
{
    private static readonly string[] RelationCues = ["invest", "fundraise", "acquire", "buy", "supply", "partner", "deal", "compete", "found", "led-by", "hire", "win-contract", "backed-by", "acquired-by", "owned-by"];

    private readonly DocumentTokens _doc;

    public SentenceView(DocumentTokens doc, Sentence sentence, int tokenStart, int tokenEnd, IReadOnlyList<Mention> mentions, IReadOnlyList<CueHit> cues)
    {
        _doc = doc;
        Sentence = sentence;
        TokenStart = tokenStart;
        TokenEnd = tokenEnd;
        Cues = cues;
        Mentions = mentions;

        // Token-indexed lookups: the readers ask "which cue / group is at token k" many times per sentence.
        _cueAt = new CueHit?[tokenEnd - tokenStart];
        _relationCue = new bool[tokenEnd - tokenStart];
        foreach (var c in cues)
        {
            var relation = c.IsAny(RelationCues);
            for (var k = Math.Max(c.Start, tokenStart); k < c.End && k < tokenEnd; k++)
            {
                _cueAt[k - tokenStart] ??= c;
                _relationCue[k - tokenStart] |= relation;
            }
        }

        _groupAt = new MentionGroup?[tokenEnd - tokenStart];
        Groups = BuildGroups(mentions);
        foreach (var g in Groups)
        {
            if (g.Start >= tokenStart && g.Start < tokenEnd)
            {
                _groupAt[g.Start - tokenStart] ??= g;
            }
        }
    }

    private readonly CueHit?[] _cueAt;
    private readonly bool[] _relationCue;
    private readonly MentionGroup?[] _groupAt;

    /// <summary>The company the document is mostly about (named most often); "the company" and "its" refer to it.</summary>
    public DocEntity? Topic { get; set; }

    public Sentence Sentence { get; }
    public int TokenStart { get; }
    public int TokenEnd { get; }
    public IReadOnlyList<CueHit> Cues { get; }
    public IReadOnlyList<Mention> Mentions { get; }
    public IReadOnlyList<MentionGroup> Groups { get; }

    public bool Has(string category) => Cues.Any(c => c.Is(category));

    public bool IsRelationCue(int token) => token >= TokenStart && token < TokenEnd && _relationCue[token - TokenStart];

    public CueHit? CueAt(int token) => token >= TokenStart && token < TokenEnd ? _cueAt[token - TokenStart] : null;

    public MentionGroup? GroupAt(int token) => token >= TokenStart && token < TokenEnd ? _groupAt[token - TokenStart] : null;

    /// <summary>The sentence's first group, ending by token <paramref name="end"/>, that names a company and stands
    /// after no preposition: the subject a clause before <paramref name="end"/> is about.</summary>
    public MentionGroup? CompanySubjectGroupBefore(int end) => Groups.FirstOrDefault(g => g.End <= end && !g.Prepositional && g.Companies.Any());

    /// <summary>The first company of <see cref="CompanySubjectGroupBefore"/>.</summary>
    public DocEntity? CompanySubjectBefore(int end) => CompanySubjectGroupBefore(end)?.Companies.First();

    /// <summary>
    /// The first group after token <paramref name="from"/> reached over filler only (quotes, company cues, list
    /// intros, common words), within <paramref name="window"/> tokens.
    /// </summary>
    public MentionGroup? GroupAfter(int from, int window = 6)
    {
        for (var i = from; i < TokenEnd && i < from + window; i++)
        {
            if (GroupAt(i) is { } g)
            {
                return g;
            }

            if (!IsFiller(i))
            {
                return DescribedNameAt(i);
            }
        }

        return null;
    }

    /// <summary>
    /// "in cloud security firm Wiz", "with the listed utility TAQA": an English lower-case description ending in a
    /// company noun, right before the name it describes.
    /// </summary>
    private MentionGroup? DescribedNameAt(int i)
    {
        if (_doc.Language != "en")
        {
            return null;
        }

        for (var j = i; j < TokenEnd && j < i + 6; j++)
        {
            var t = _doc.Tokens[j];
            if (GroupAt(j) is { } g)
            {
                var lastWord = j - 1;
                while (lastWord > i && !_doc.Tokens[lastWord].IsWord)
                {
                    lastWord--;                                 // "a Finnish grid-battery company, Kantele Energy"
                }

                return j > i && _doc.IsCompanyNoun(lastWord) ? g : null;
            }

            // ("the Riyadh startup Thakaa": a capitalised word that names nothing, a place, may stand in the description; so may
            // one that opens it before a lower-case word: "from British chip designer Arm", "with Texas-based developer X".)
            var lowerWord = t.Kind == TokenKind.Latin && (!char.IsUpper(_doc.Text[t.Start]) || j > i
                || j + 1 < TokenEnd && GroupAt(j + 1) is null && (_doc.Tokens[j + 1].Norm == "-" || _doc.Tokens[j + 1].Kind == TokenKind.Latin && char.IsLower(_doc.Text[_doc.Tokens[j + 1].Start])));
            if (!(lowerWord || t.Norm == "-" || IsFiller(j)) || IsRelationCue(j))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The group introduced by a preposition of <paramref name="preps"/> after token <paramref name="from"/>,
    /// within <paramref name="window"/> tokens, stopping at another relation cue.</summary>
    public MentionGroup? ObjectAfter(int from, int window, params string[] preps)
    {
        var afterCollective = false;
        for (var i = from; i < TokenEnd && i < from + window; i++)
        {
            // "..., في حين لم يصدر أي تعليق من الشركة": a preposition after "while" belongs to another clause.
            if ((IsRelationCue(i) || IsClauseBreakWord(i)) && i > from)
            {
                return null;
            }

            if (GroupAt(i) is { } g)
            {
                // "من مستثمرين بينهم «شاومي» و...", "from investors including X": the names the collective noun lists.
                if ((g.Prepositional && AttachedPrepositionMatches(i, preps)) || afterCollective)
                {
                    return g;
                }

                continue;
            }

            var hit = CueAt(i);
            if (hit is not null && hit.Start == i && hit.Is("topic-pronoun") && Topic is not null && preps.Contains("prep-in") == (_doc.Tokens[i].Norm.StartsWith('ف') || _doc.Tokens[i].Norm.StartsWith('ب')))
            {
                return new MentionGroup(i, i + 1, [Topic], true);
            }

            if (hit is not null && hit.Start == i && hit.IsAny(preps))
            {
                // "المستثمر المبكر في الشركة، وشروق": "the company" right after the preposition is what it governs.
                var topicFirst = hit.End < TokenEnd && CueAt(hit.End) is { } reference && reference.Start == hit.End && reference.Is("topic-ref")
                    && _doc.Tokens[hit.End].Norm is not ("its" or "it");
                if (((topicFirst ? TopicAfter(hit.End) : null) ?? GroupAfter(hit.End) ?? TopicAfter(hit.End) ?? ListAfterDescription(hit.End)) is { } governed)
                {
                    return governed;
                }

                // "آلاف من وحدات معالجة الرسومات التي توفرها X", "thousands of GPUs from X": a quantity's "of" governs the goods;
                // "بقيمة تصل إلى 300 مليون دولار في X", "to $300m": a preposition before an amount governs no name; nor does "من"
                // before a model ("معالج من طراز «إتش 200» من X").
                if (i > TokenStart && IsQuantityWord(i - 1) || hit.End < TokenEnd && (_doc.Tokens[hit.End].Kind == TokenKind.Number || _doc.Tokens[hit.End].Norm is "$" or "€" or "£"
                    || hit.End + 1 < TokenEnd && _doc.Tokens[hit.End].Norm is "نحو" or "حوالي" or "about" or "around" && _doc.Tokens[hit.End + 1].Kind == TokenKind.Number
                    || hit.End < TokenEnd && IsModelWord(hit.End)))
                {
                    i = hit.End - 1;
                    continue;
                }

                // "من مجموعة من المستثمرين بقيادة X": a collective noun; the names come later. Otherwise the preposition governs no name.
                if (!(hit.End < TokenEnd && _doc.Tokens[hit.End].IsWord && (_doc.IsCueWord("company-cue", hit.End) || IsCollective(hit.End))))
                {
                    return null;
                }

                afterCollective = IsCollective(hit.End) && hit.End + 1 < TokenEnd && IsListIntroAt(hit.End + 1);
            }

            if (_doc.Tokens[i].IsWord && _doc.IsCueWord("company-cue", i) && AttachedPrepositionMatches(i, preps) && GroupAfter(i + 1, 3) is { } viaCue)
            {
                return viaCue;
            }
        }

        return null;
    }

    private bool IsModelWord(int k) =>
        _doc.Tokens[k].Kind == TokenKind.Arabic && Lexicon.ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => v is "طراز" or "نوع" or "فئه" or "جيل");

    private bool IsQuantityWord(int k) =>
        _doc.Tokens[k].Kind == TokenKind.Number
        || Lexicon.ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => v is "الاف" or "ملايين" or "عشرات" or "مئات" or "بعض" or "جزء" or "كميات" or "المزيد")
        || _doc.Tokens[k].Norm is "thousands" or "millions" or "hundreds" or "tens" or "dozens" or "some" or "part" or "more";

    /// <summary>"with larger chip start-ups such as X and Y", "مشغلين دوليين مثل X": the names a described class lists.</summary>
    public MentionGroup? ListAfterDescription(int from)
    {
        for (var i = from; i < TokenEnd && i < from + 8; i++)
        {
            // "منافسة من شركات محلية وإقليمية، أبرزها X": a comma may come before the list.
            if (!_doc.Tokens[i].IsWord && _doc.Tokens[i].Norm is not ("," or "،") || IsRelationCue(i) || GroupAt(i) is not null)
            {
                return null;
            }

            if (CueAt(i) is { } intro && intro.Start == i && intro.Is("list-intro") && i > from)
            {
                return GroupAfter(intro.End, 3);
            }
        }

        return null;
    }

    /// <summary>
    /// The members of <paramref name="group"/> and of the names the same list goes on with after a relative clause or a
    /// description: "CMA CGM, which signed a contract in April, and the bank BNP Paribas", "«أرامكو» التي تستخدم
    /// منصتها، وبنك الرياض الذي يعتمد عليها". Names inside the clause are no members.
    /// </summary>
    public List<DocEntity> ListWithContinuations(MentionGroup group)
    {
        var members = group.Members.ToList();
        var end = group.End;
        while (ContinuationAfter(end) is { } next)
        {
            members.AddRange(next.Members.Where(m => !members.Contains(m) && m.IsPerson == group.Members[0].IsPerson));
            end = next.End;
        }

        return members;
    }

    private MentionGroup? ContinuationAfter(int end)
    {
        var k = end;
        while (k < TokenEnd && !_doc.Tokens[k].IsWord && _doc.Tokens[k].Norm is not ("." or ";" or "؛" or ":" or "(" or ")"))
        {
            k++;                                            // "«أرامكو»، التي", "CMA CGM, which"
        }

        // "A, B and C, as well as M12", "X و Y، إضافة إلى «Z»": a strong connector right after the comma goes on with the list.
        if (k > end && k < TokenEnd && _doc.Tokens[k - 1].Norm is "," or "،" && StrongConnectorEnd(k) is var after && after > k)
        {
            return GroupAfter(after, 4);
        }

        // "which ...", "التي ...", "a Swedish utility", "«فاليو» التابعة لمجموعة ...": a clause or a description opens.
        var opener = k < TokenEnd ? _doc.Tokens[k] : default;
        if (k >= TokenEnd || !(opener.Norm is "which" or "who" or "that" or "whose" or "التي" or "الذي" or "اللذان" or "اللذين" or "وهي" or "وهو" or "a" or "an" or "the" or "one" or "another" or "احد" or "احدي"
            || opener.Kind == TokenKind.Arabic && opener.Norm.StartsWith("ال", StringComparison.Ordinal) && opener.Norm.Length >= 5
               && (!IsRelationCue(k) || CueAt(k) is { } described && described.IsAny("investor-noun", "customer-noun", "supplier-noun"))))
        {
            return null;
        }

        for (var j = k + 1; j < TokenEnd && j < k + 30; j++)
        {
            var norm = _doc.Tokens[j].Norm;
            if (norm is "." or ";" or "؛" or ":" or "(" or ")" || IsClauseBreakWord(j))
            {
                return null;
            }

            if (norm is not ("," or "،"))
            {
                continue;
            }

            // ", and the bank BNP Paribas", "، وبنك الرياض", "، إضافة إلى X": a connector, a few words of description, the name.
            var a = j + 1;
            var connected = false;
            if (a < TokenEnd && _doc.Tokens[a].Norm is "and" or "و" or "plus" or "alongside" or "ومن" or "ومع" or "وضد")
            {
                connected = true;
                a++;
            }
            else if (a + 1 < TokenEnd && (_doc.Tokens[a].Norm, _doc.Tokens[a + 1].Norm) is ("as", "well") or ("اضافه", "الي") or ("بالاضافه", "الي") or ("فضلا", "عن") or ("الي", "جانب"))
            {
                connected = true;
                a += _doc.Tokens[a].Norm == "as" ? 3 : 2;
            }

            var nouns = 0;
            for (var b = a; b < TokenEnd && b < a + 5; b++)
            {
                if (GroupAt(b) is { } g)
                {
                    connected |= b == a && _doc.Tokens[b].Kind == TokenKind.Arabic && _doc.Tokens[b].Norm.StartsWith('و');
                    return connected ? g : null;
                }

                var t = _doc.Tokens[b];
                // "، إضافة إلى حلول «جوجل»": after a connector, one noun the next name owns.
                if (t.IsWord && !(IsFiller(b) || t.Kind == TokenKind.Latin && char.IsLower(_doc.Text[t.Start]) && !IsRelationCue(b)
                    || t.Kind == TokenKind.Arabic && b == a && t.Norm.StartsWith('و') && _doc.IsCueWord("company-cue", b)
                    || connected && t.Kind == TokenKind.Arabic && !IsRelationCue(b) && ++nouns == 1))
                {
                    return null;
                }

                connected |= b == a && t.Kind == TokenKind.Arabic && t.Norm.StartsWith('و');
            }

            return null;
        }

        return null;
    }

    // The token after "as well as", "إضافة إلى", "بالإضافة إلى", "فضلا عن", "إلى جانب" at k, else k.
    private int StrongConnectorEnd(int k)
    {
        if (IsAsWellAs(k))
        {
            return k + 3;
        }

        return k + 1 < TokenEnd && (_doc.Tokens[k].Norm, _doc.Tokens[k + 1].Norm) is ("اضافه", "الي") or ("بالاضافه", "الي") or ("فضلا", "عن") or ("الي", "جانب")
            ? k + 2 : k;
    }

    /// <summary>Whether "as well as" starts at token <paramref name="k"/>.</summary>
    public bool IsAsWellAs(int k) =>
        k + 2 < TokenEnd && _doc.Tokens[k].Norm == "as" && _doc.Tokens[k + 1].Norm == "well" && _doc.Tokens[k + 2].Norm == "as";

    /// <summary>Whether a clause-break cue ("فيما", "while", "but") starts at token <paramref name="i"/>.</summary>
    public bool IsClauseBreakWord(int i) => CueAt(i) is { } c && c.Is("clause-break") && c.Start == i
        && !(c.End < TokenEnd && _doc.Tokens[i].Norm is "فيما" && _doc.Tokens[c.End].Norm.StartsWith("بين", StringComparison.Ordinal));   // "فيما بينهما": among themselves

    /// <summary>The token after a list intro starting at <paramref name="i"/> ("كل من X و Y", "including X"), else <paramref name="i"/>.</summary>
    public int AfterListIntro(int i) => i < TokenEnd && CueAt(i) is { } intro && intro.Start == i && intro.Is("list-intro") ? intro.End : i;

    /// <summary>The start of a list intro ending right before <paramref name="i"/> ("مع كل من X"), else <paramref name="i"/>.</summary>
    public int AfterListIntroBackwards(int i)
    {
        var k = i - 1;
        while (k > TokenStart && !_doc.Tokens[k].IsWord)
        {
            k--;
        }

        return k >= TokenStart && CueAt(k) is { } intro && intro.Is("list-intro") ? intro.Start : i;
    }

    private bool IsListIntroAt(int i) => _doc.IsCueWord("list-intro", i) || CueAt(i) is { } c && c.Is("list-intro");

    // "المستثمرين", "investors": people or firms in general, never a name.
    private bool IsCollective(int i) =>
        _doc.Tokens[i].Norm is "investors" or "backers" || Lexicon.ArabicAffixes.AffixVariants(_doc.Tokens[i].Norm).Any(v => v is "مستثمر" or "المستثمر" or "مستثمرين" or "المستثمرين");

    /// <summary>"في الشركة", "in the company": the document's topic, when the words right after a preposition refer to it.</summary>
    public MentionGroup? TopicAfter(int from)
    {
        for (var i = from; i < TokenEnd && i < from + 3; i++)
        {
            if (CueAt(i) is { } hit && hit.Start == i && hit.Is("topic-ref") && Topic is not null)
            {
                return new MentionGroup(i, hit.End, [Topic], true);
            }

            if (_doc.Tokens[i].IsWord && !_doc.IsFillerWord(i))
            {
                return null;
            }
        }

        return null;
    }

    private bool AttachedPrepositionMatches(int i, string[] preps)
    {
        var norm = _doc.Tokens[i].Norm;
        if (_doc.Tokens[i].Kind != TokenKind.Arabic)
        {
            return i > 0 && CueAt(i - 1) is { } before && before.IsAny(preps);
        }

        var first = norm.TrimStart('و', 'ف');
        return (first.StartsWith('ب') && preps.Contains("prep-in")) || (first.StartsWith('ل') && preps.Contains("prep-to"))
            || (i > 0 && CueAt(i - 1) is { } prev && prev.IsAny(preps));
    }

    /// <summary>Whether token <paramref name="i"/> may stand between a cue and the name it governs.</summary>
    public bool IsFiller(int i)
    {
        var t = _doc.Tokens[i];
        if (!t.IsWord)
        {
            return t.Norm is not ("." or "؛" or ";" or ":");
        }

        return _doc.IsCueWord("company-cue", i) || _doc.IsCueWord("list-intro", i) || _doc.IsCueWord("goods", i)
            || CueAt(i) is { } hit && hit.Is("list-intro")
            || t.Kind == TokenKind.Number
            || _doc.IsCueWord("latter", i)
            || CueAt(i) is { } phrase && phrase.IsAny("company-cue", "goods", "supplier-noun")
            || _doc.IsFillerWord(i)
            || (t.Kind == TokenKind.Latin && char.IsUpper(_doc.Text[t.Start]) && _doc.IsCommonWord(i))
            || (t.Norm == "s" && i > 0 && _doc.Tokens[i - 1].Norm is "'" or "’");
    }

    // "Waymo, the Alphabet subsidiary, and ...": a name after "the" that only qualifies the noun after it describes the
    // name before; it is no member of a list.
    private bool IsAttributiveName(int previousEnd, Mention next)
    {
        var after = next.TokenEnd;
        return _doc.Tokens[next.TokenStart].Kind == TokenKind.Latin && next.TokenStart - 1 > previousEnd && _doc.Tokens[next.TokenStart - 1].Norm == "the"
            && after < TokenEnd && _doc.Tokens[after].Kind == TokenKind.Latin && char.IsLower(_doc.Text[_doc.Tokens[after].Start])
            && _doc.Tokens[after].Norm is not ("and" or "or" or "which" or "who" or "that" or "said" or "says")
            && !_doc.IsCueWord("goods", after);   // ("on StackIT, the Schwarz cloud": the goods the name before is, kept together)
    }

    private List<MentionGroup> BuildGroups(IReadOnlyList<Mention> mentions)
    {
        var groups = new List<MentionGroup>();
        var i = 0;
        while (i < mentions.Count)
        {
            var members = new List<DocEntity> { mentions[i].Entity };
            var start = mentions[i].TokenStart;
            var end = mentions[i].TokenEnd;
            var j = i + 1;
            // "NVentures, Nvidia's venture capital arm, and ...": a possessor inside a description is no member of the list.
            while (j < mentions.Count && mentions[j].Entity.IsPerson == mentions[i].Entity.IsPerson && Joinable(end, mentions[j].TokenStart, members.Count)
                && !(mentions[j].TokenEnd + 1 < _doc.Tokens.Count && _doc.Tokens[mentions[j].TokenEnd].Norm is "'" or "’" && _doc.Tokens[mentions[j].TokenEnd + 1].Norm == "s")
                && !IsAttributiveName(end, mentions[j]))
            {
                if (!members.Contains(mentions[j].Entity))
                {
                    members.Add(mentions[j].Entity);
                }

                end = mentions[j].TokenEnd;
                j++;
            }

            groups.Add(new MentionGroup(start, end, members, mentions[i].Prepositional, mentions.Skip(i).Take(j - i).Any(m => m.IsProduct)));
            i = j;
        }

        return groups;
    }

    // Between two names of one list: punctuation, "و/and/or", company cues and what is supplied ("ومزود الخدمات السحابية").
    private bool Joinable(int from, int to, int membersSoFar)
    {
        if (Enumerable.Range(from, Math.Max(0, to - from)).Count(k => _doc.Tokens[k].IsWord && !(_doc.Tokens[k].Norm == "s" && k > from && _doc.Tokens[k - 1].Norm is "'" or "’")) > 4
            || to - from > 8)
        {
            return false;
        }

        // Words between two names make a list only with a separator: "X ومزود الخدمات السحابية Y", not "X وحدات TPU".
        var separated = to < _doc.Tokens.Count && _doc.Tokens[to].Kind == TokenKind.Arabic && _doc.Tokens[to].Norm.StartsWith('و');
        var words = 0;
        for (var k = from; k < to; k++)
        {
            var t = _doc.Tokens[k];
            if (!t.IsWord)
            {
                if (t.Norm is "." or "؛" or ";" or ":" or "(" or ")")
                {
                    return false;                       // "(PTI) - Sarvam AI": a bracket closes a name, it lists none
                }

                separated |= t.Norm is "," or "،" or "&" or "/";
                continue;
            }

            words++;
            if (t.Norm is "و" or "او" or "أو" or "and" or "or" or "&")
            {
                // "Nebius, and Nvidia invested": with one name so far, ", and" starts a new clause.
                if (t.Norm == "and" && membersSoFar == 1 && k > from && _doc.Tokens[k - 1].Norm == ",")
                {
                    return false;
                }

                separated = true;
                continue;
            }

            if (t.Kind == TokenKind.Arabic && t.Norm.StartsWith('و') && (_doc.IsCueWord("company-cue", k) || _doc.IsCueWord("supplier-noun", k)))
            {
                separated = true;
                continue;
            }

            if (_doc.IsCueWord("company-cue", k) || _doc.IsCueWord("goods", k) || _doc.IsCueWord("supplier-noun", k) || _doc.IsFillerWord(k)
                || CueAt(k) is { } phrase && phrase.IsAny("company-cue", "goods"))
            {
                continue;
            }

            // "«X» المغربية و«Y» الفرنسية": an adjective of origin after a name in an Arabic list.
            if (_doc.IsDefiniteNisba(k) && !IsRelationCue(k))
            {
                continue;
            }

            // "X and the Japanese trading house Y", "X and Singapore's state investor Y": an English description between "and"
            // and the next name, a place's possessive in it.
            if (t.Kind == TokenKind.Latin && !IsRelationCue(k) && t.Norm is not ("of" or "for" or "by" or "from" or "to" or "in" or "at" or "with" or "against" or "into" or "on" or "than" or "versus")
                && Enumerable.Range(from, k - from).Any(j => _doc.Tokens[j].Norm is "and" or "or")
                && (char.IsLower(_doc.Text[t.Start]) || System.Text.RegularExpressions.Regex.IsMatch(t.Norm, "(ese|ian|an|ish|ch|i)$")
                    || k + 2 < to && _doc.Tokens[k + 1].Norm is "'" or "’" && _doc.Tokens[k + 2].Norm == "s"))
            {
                continue;
            }

            return false;
        }

        return separated;   // "ومن عملاء إنفيديا بنك الرياض": two names side by side are no list (genitive and subject, verb's subject and object)
    }
}
