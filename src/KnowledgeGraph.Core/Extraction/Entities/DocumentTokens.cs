using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>A document's text, tokens and sentences, with the helpers the readers share.</summary>
internal sealed class DocumentTokens
{
    private readonly CueLexicon _cues;
    private readonly CueLexicon _words;

    public DocumentTokens(string text, CueLexicon cues, CueLexicon words, string language)
    {
        Text = text;
        _cues = cues;
        _words = words;
        Language = language;
        Tokens = Tokenizer.Tokenize(text);
        Sentences = SentenceSplitter.Split(text);
        SentenceOfToken = new int[Tokens.Count];
        var s = 0;
        for (var i = 0; i < Tokens.Count; i++)
        {
            while (s < Sentences.Count - 1 && Tokens[i].Start >= Sentences[s].End)
            {
                s++;
            }

            SentenceOfToken[i] = s;
        }
    }

    public string Text { get; }
    public string Language { get; }
    public List<Token> Tokens { get; }
    public List<Sentence> Sentences { get; }
    public int[] SentenceOfToken { get; }

    /// <summary>The text of tokens [from, to), leaving out the first <paramref name="prefixLetters"/> letters (an attached prefix).</summary>
    public string Surface(int from, int to, int prefixLetters)
    {
        var start = Tokens[from].Start;
        var letters = 0;
        while (letters < prefixLetters && start < Tokens[from].End)
        {
            if (!TextNormalizer.IsArabicMark(Text[start]))
            {
                letters++;
            }

            start++;
        }

        while (start < Tokens[from].End && TextNormalizer.IsArabicMark(Text[start]))
        {
            start++;
        }

        return Text[start..Tokens[to - 1].End];
    }

    /// <summary>Whether the name starting at token <paramref name="i"/> (whose stem is <paramref name="stem"/>) is governed by a preposition.</summary>
    public bool IsPrepositional(int i, string stem)
    {
        if (ArabicAffixes.HasPrepositionPrefix(Tokens[i].Norm, stem))
        {
            return true;
        }

        // Skip quotes and a company cue word ("مع شركة «X»", "لشركة X", "with startup X").
        var j = i - 1;
        // "under the IndiaAI Mission", "with the bank X": an English article stands between a preposition and its name.
        while (j >= 0 && (!Tokens[j].IsWord || IsCueWord("company-cue", j) || Tokens[j].Norm == "the"))
        {
            if (Tokens[j].IsWord && CueStem("company-cue", j) is { } cueStem && ArabicAffixes.HasPrepositionPrefix(Tokens[j].Norm, cueStem))
            {
                return true;
            }

            if (Tokens[j].Norm is "." or "،" or "," or "؛" or ":")
            {
                return false;
            }

            j--;
        }

        return j >= 0 && (IsCueWord("object-marker", j) || Tokens[j].Norm is "لـ" or "ل");
    }

    /// <summary>Whether token <paramref name="i"/> may stand between a preposition and its name, or inside a list of names.</summary>
    public bool IsFillerWord(int i) =>
        Tokens[i].Kind == TokenKind.Arabic
            ? ArabicAffixes.PrefixVariants(Tokens[i].Norm).Any(v => _words.IsWord("filler", v)) || Tokens[i].Norm is "ل" or "ب" or "ك"
            : _words.IsWord("filler", Tokens[i].Norm) || _words.IsWord("company-noun", Tokens[i].Norm)
              || Tokens[i].Norm.EndsWith("-based", StringComparison.Ordinal) || Tokens[i].Norm.EndsWith("-headquartered", StringComparison.Ordinal)   // "at Oslo-based consultancy X"
              || Tokens[i].Norm.EndsWith("-backed", StringComparison.Ordinal) || Tokens[i].Norm.EndsWith("-owned", StringComparison.Ordinal)
              || Tokens[i].Norm.EndsWith("-listed", StringComparison.Ordinal);   // "and Nilekani-backed fund X"

    /// <summary>Whether token <paramref name="i"/> is an English noun for a company ("firm", "utility", "specialist").</summary>
    public bool IsCompanyNoun(int i) => Tokens[i].Kind == TokenKind.Latin && _words.IsWord("company-noun", Tokens[i].Norm);

    /// <summary>Whether token <paramref name="i"/> is a title that stands before a person's name ("المهندس", "الدكتورة").</summary>
    public bool IsPersonTitle(int i) =>
        Tokens[i].Kind == TokenKind.Arabic && ArabicAffixes.PrefixVariants(Tokens[i].Norm).Any(v => _words.IsWord("person-title", v));

    /// <summary>Whether token <paramref name="i"/> has the shape of a definite Arabic adjective in -ي/-ية ("المصرية", "اللغوي").</summary>
    public bool IsDefiniteNisba(int i) =>
        Tokens[i].Kind == TokenKind.Arabic && Tokens[i].Norm.Length >= 5 && Tokens[i].Norm.StartsWith("ال", StringComparison.Ordinal)
        && (Tokens[i].Norm.EndsWith('ي') || Tokens[i].Norm.EndsWith("يه", StringComparison.Ordinal));

    private static readonly string[] Kinds = ["energy", "chips", "cloud", "datacenter", "telecom", "investor", "hardware"];

    /// <summary>The gazetteer category a descriptive word stands for ("utility": energy, "السحابية": cloud), else null.</summary>
    public string? KindOf(int i)
    {
        IEnumerable<string> forms = Tokens[i].Kind == TokenKind.Arabic ? ArabicAffixes.PrefixVariants(Tokens[i].Norm) : [Tokens[i].Norm];
        foreach (var kind in Kinds)
        {
            if (forms.Any(v => _words.IsWord("kind-" + kind, v)))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>Whether token <paramref name="i"/> is a common word (never a name by itself).</summary>
    public bool IsCommonWord(int i) =>
        Tokens[i].Kind == TokenKind.Arabic
            ? ArabicAffixes.PrefixVariants(Tokens[i].Norm).Any(v => _words.IsWord("arabic-common", v))
            : _words.IsWord("latin-not-names", Tokens[i].Norm);

    /// <summary>Whether token <paramref name="i"/>, with any attached prefix, is a one-word cue of <paramref name="category"/>.</summary>
    public bool IsCueWord(string category, int i) => CueStem(category, i) is not null;

    /// <summary>Whether token <paramref name="i"/>, with any attached prefix, is a one-word cue of any category.</summary>
    public bool IsAnyCueWord(int i) => AnyForm(i, _cues.IsAnyWord);

    /// <summary>Whether token <paramref name="i"/>, with any attached prefix, is a one-word cue of a <c>role-</c> category.</summary>
    public bool IsRoleCueWord(int i) => AnyForm(i, _cues.IsRoleWord);

    private bool AnyForm(int i, Func<string, bool> test)
    {
        var t = Tokens[i];
        if (t.Kind != TokenKind.Arabic)
        {
            return test(t.Norm);
        }

        foreach (var v in ArabicAffixes.PrefixVariants(t.Norm))
        {
            if (test(v))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The form of token <paramref name="i"/> (without its attached prefix) that is a cue of <paramref name="category"/>.</summary>
    public string? CueStem(string category, int i)
    {
        var t = Tokens[i];
        if (t.Kind != TokenKind.Arabic)
        {
            return _cues.IsWord(category, t.Norm) ? t.Norm : null;
        }

        foreach (var v in ArabicAffixes.PrefixVariants(t.Norm))
        {
            if (_cues.IsWord(category, v))
            {
                return v;
            }
        }

        return null;
    }
}
