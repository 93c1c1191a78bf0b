using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>Which company a sentence is about, for the references ("its", "the firm", "الشركة") of the sentence after it.</summary>
internal sealed partial class RelationReader
{
    // "Tarang's other backer, Mumbai venture firm Banyan Peak Capital, put in ...": the sentence is about the apposition of
    // the possessed noun (the backer), not about its possessor.
    private MentionGroup? AppositionOfPossessor(SentenceView s, MentionGroup possessor)
    {
        var k = possessor.End;
        if (_doc.Language != "en" || k + 2 >= s.TokenEnd || _doc.Tokens[k].Norm is not ("'" or "’") || _doc.Tokens[k + 1].Norm != "s")
        {
            return null;
        }

        // The possessed noun: a few lower-case words ("other backer", "largest shareholder"), then a comma.
        k += 2;
        var words = 0;
        while (k < s.TokenEnd && words <= 3 && IsLowerWord(k) && s.GroupAt(k) is null)
        {
            k++;
            words++;
        }

        if (words == 0 || k >= s.TokenEnd || _doc.Tokens[k].Norm != ",")
        {
            return null;
        }

        // The apposition: a company after a few words of description ("Mumbai venture firm").
        for (var j = k + 1; j < s.TokenEnd && j <= k + 6; j++)
        {
            if (s.GroupAt(j) is { } g)
            {
                return g.Start == j && g.Companies.Any() && !g.People.Any() ? g : null;
            }

            if (!_doc.Tokens[j].IsWord || s.IsRelationCue(j))
            {
                return null;
            }
        }

        return null;
    }

    // "Brisk Capital put in $5m. Its managing partner, A, said": a partner works at an investor, so a reference in a
    // partner's title is the fund that opens the sentence before, which "the company" skips.
    private DocEntity? PartnerAtInvestor(List<CueHit> chain, DocEntity? referred)
    {
        if (chain.All(h => h.Is("role-partner")) && _s.Sentence.Index > 0
            && _sentences[_s.Sentence.Index - 1] is var previous && previous.Groups.FirstOrDefault(g => !g.Prepositional && g.Companies.Any()) is { } opener
            && (AppositionOfPossessor(previous, opener) ?? opener).Companies.First() is { } fund && IsInvestor(fund))
        {
            return fund;
        }

        return NotAnInvestor(referred);
    }

    // "will stay on as", "remains as", "continues as" before a title: the person keeps it.
    private bool StaysOnAs(int titleStart)
    {
        var k = titleStart - 1;
        while (k > _s.TokenStart && _doc.Tokens[k].Norm is "its" or "the" or "their" or "his" or "her")
        {
            k--;
        }

        return _doc.Language == "en" && k > _s.TokenStart && _doc.Tokens[k].Norm == "as"
            && _doc.Tokens[k - 1].Norm is "on" or "stay" or "stays" or "stayed" or "remain" or "remains" or "remained" or "continue" or "continues" or "continued";
    }

    // "مدير X في العراق، فلان،": a person in apposition after the place where the title is held (في or in, up to three
    // words, a comma).
    private MentionGroup? PersonAfterPlace(int from)
    {
        if (from + 3 >= _s.TokenEnd || _doc.Tokens[from].Norm is not ("في" or "in" or "for"))
        {
            return null;
        }

        for (var k = from + 1; k < _s.TokenEnd && k <= from + 4; k++)
        {
            if (_doc.Tokens[k].Norm is "," or "،")
            {
                return k > from + 1 && _s.GroupAfter(k + 1, 1) is { } g && g.Start == k + 1 && g.People.Any() && !g.Companies.Any() ? g : null;
            }

            if (!_doc.Tokens[k].IsWord || _s.GroupAt(k) is not null || _s.IsRelationCue(k))
            {
                return null;
            }
        }

        return null;
    }

    // "invest in Rif Analytics", "في شركة «X»": a name "in" governs (over quotes and a company word).
    private bool AfterIn(MentionGroup g)
    {
        var k = g.Start - 1;
        while (k > 0 && (!_doc.Tokens[k].IsWord || _doc.IsCueWord("company-cue", k)) && _doc.Tokens[k].Norm is not ("," or "،" or "."))
        {
            k--;
        }

        return k >= 0 && _doc.Tokens[k].Norm is "in" or "في";
    }

    // "، وهي تشغل اليوم منصب", "، الذي يشغل حالياً منصب", "، وهو يتولى": a clause opened by a pronoun or a relative pronoun
    // and a verb of holding, up to the title; the person named right before the comma (before "وهي", the sentence's last).
    private DocEntity? HeldByPersonBefore(int titleStart)
    {
        if (_doc.Language != "ar")
        {
            return null;
        }

        for (var k = titleStart - 1; k > _s.TokenStart && k >= titleStart - 5; k--)
        {
            if (_doc.Tokens[k].Norm is "وهي" or "وهو" or "الذي" or "التي" or "والذي" or "والتي" && _doc.Tokens[k - 1].Norm is "،" or ",")
            {
                var verb = _doc.Tokens[k + 1].Norm;
                return verb is "تشغل" or "يشغل" or "تتولي" or "يتولي" or "تتولى" or "يتولى" && k + 1 < titleStart
                    && _s.Groups.LastOrDefault(g => g.End <= k - 1 && g.People.Any()) is { } holder
                    && (holder.End == k - 1 || _doc.Tokens[k].Norm is "وهي" or "وهو" || _doc.Tokens[k + 2].Norm is "منصب" or "حاليا" or "اليوم")
                    ? holder.People.Last() : null;   // over an apposition: "وهي", or a verb of holding a post ("التي تشغل حالياً منصب")
            }

            if (!_doc.Tokens[k].IsWord || _s.GroupAt(k) is not null)
            {
                return null;
            }
        }

        return null;
    }

    // "وقال فلان، المدير المالي للشركة، إن «X» تستعد ...": where the sentence names the article's company as an actor and not
    // the one the sentence before was about, "the company" is the article's.
    private DocEntity? TopicNamedHere() =>
        _topic is not null && _s.Topic != _topic && _s.Groups.Any(g => g.Members.Contains(_topic) && !g.Prepositional)
        && (_s.Topic is null || !_s.Groups.Any(g => g.Members.Contains(_s.Topic))) ? _topic : null;

    private DocEntity? CofoundedWith(int titleStart)
    {
        var k = titleStart - 1;
        while (k > _s.TokenStart && _doc.Tokens[k].Norm is "its" or "the" or "their" or "his" or "her" or "fellow")
        {
            k--;
        }

        if (_doc.Language != "en" || k <= _s.TokenStart || _doc.Tokens[k].Norm != "with")
        {
            return null;
        }

        // The founding verb, then the company, within a few words before "with" ("co-founded Halvard in 2022 with").
        var founding = _s.Cues.LastOrDefault(c => c.Is("found") && c.End <= k && k - c.End <= 6 && _doc.Tokens[c.Start].Norm is "founded" or "co-founded" or "cofounded" or "started" or "set");
        return founding is not null && _s.Groups.FirstOrDefault(g => g.Start >= founding.End && g.End <= k) is { } founded && !founded.People.Any()
            ? founded.Companies.FirstOrDefault() : null;
    }

    // "Analysts at research firm Ardent Partners said ... . '...,' said A, a partner at the firm": "the firm" is the company
    // last called a firm (before its name, or in apposition after it: "Rif Analytics, a Tangier firm") in this sentence
    // or the two before; "the bank" a bank, "the lab" a lab.
    private DocEntity? KindReferent(int titleStart, int titleEnd)
    {
        var reference = _s.Cues.FirstOrDefault(c => c.Is("topic-ref") && c.End - c.Start == 2 && _doc.Tokens[c.Start].Norm == "the"
            && (c.End <= titleStart && titleStart - c.End <= 2 || c.Start >= titleEnd && c.Start - titleEnd <= 2));
        if (_doc.Language != "en" || reference is null || _doc.Tokens[reference.End - 1].Norm is not ({ } noun and ("firm" or "bank" or "lab" or "fund" or "lender" or "insurer" or "utility")))
        {
            return null;
        }

        return CompanyCalled(noun, reference.Start);
    }

    // "co-founded the developer in 2021 with A" after "data-centre developer Meridian Hyperscale": a founding verb's object
    // "the <noun>" is the company last called by that noun.
    private DocEntity? FoundedKindReferent(int verbEnd)
    {
        if (!IsKindObject(verbEnd))
        {
            return null;
        }

        return CompanyCalled(_doc.Tokens[verbEnd + 1].Norm, verbEnd, sentencesBack: 6);   // a kind noun is specific: read further back
    }

    // "the developer", "the miner" right after a founding verb (not "the company": a reference read elsewhere).
    private bool IsKindObject(int verbEnd) =>
        _doc.Language == "en" && verbEnd + 1 < _s.TokenEnd && _doc.Tokens[verbEnd].Norm == "the" && _s.CueAt(verbEnd) is null
        && IsLowerWord(verbEnd + 1) && _s.GroupAt(verbEnd + 1) is null && _doc.Tokens[verbEnd + 1].Norm is not ("company" or "same" or "first" or "business");

    private DocEntity? CompanyCalled(string noun, int referenceStart, int sentencesBack = 2)
    {
        for (var si = _s.Sentence.Index; si >= 0 && si >= _s.Sentence.Index - sentencesBack; si--)
        {
            var s = _sentences[si];
            foreach (var g in s.Groups.Where(g => (si != _s.Sentence.Index || g.End <= referenceStart) && g.Companies.Any() && !g.People.Any()).Reverse())
            {
                var before = Enumerable.Range(Math.Max(s.TokenStart, g.Start - 2), g.Start - Math.Max(s.TokenStart, g.Start - 2)).Any(k => _doc.Tokens[k].Norm == noun);
                var apposition = g.End + 1 < s.TokenEnd && _doc.Tokens[g.End].Norm == "," && _doc.Tokens[g.End + 1].Norm is "a" or "an"
                    && Enumerable.Range(g.End + 2, Math.Min(5, s.TokenEnd - g.End - 2)).TakeWhile(k => _doc.Tokens[k].IsWord).Any(k => _doc.Tokens[k].Norm == noun);
                if (before || apposition)
                {
                    return g.Companies.Last();
                }
            }
        }

        return null;
    }

    // "Naver Cloud will supply the software, according to A, the company's head of global business": the company that opens
    // the sentence, the actor the speaker is quoted on.
    private DocEntity? OpenerOfThisSentence(int before) =>
        _s.Groups.FirstOrDefault(g => g.End <= before && g.Companies.Any()) is { } opener && opener.Start == FirstWordOfSentence() && !opener.People.Any()
            ? opener.Companies.First() : null;

    private DocEntity? LastFoundedCompany() =>
        _bag.All.LastOrDefault(r => r.Type == RelTypes.Founded) is { } founding
            ? _sentences.SelectMany(s => s.Groups).SelectMany(g => g.Companies).FirstOrDefault(c => c.Key == founding.To) : null;

    // "«X»، شركة الاستثمار العائلية الإماراتية التي": a company, a comma and a description opened by a company word, up to
    // the relative pronoun.
    private DocEntity? AppositiveAntecedent(int pronoun)
    {
        for (var k = pronoun - 1; k > _s.TokenStart && k >= pronoun - 7; k--)
        {
            if (_doc.Tokens[k].Norm is "،" or ",")
            {
                return k + 1 < pronoun && _doc.IsCueWord("company-cue", k + 1) && GroupEndingAt(k, 1) is { } g && g.Companies.Any() && !g.People.Any()
                    ? g.Companies.Last() : null;
            }

            // ("شركة الاستثمار": a relation word may describe the company.)
            if (!_doc.Tokens[k].IsWord || _s.GroupAt(k) is not null)
            {
                return null;
            }
        }

        return null;
    }

    // ("Its founder, A, said ... Oklo, once chaired by OpenAI's Sam Altman": a person named well after the title is not its holder.)
    private DocEntity? KnownEmployerNear(int titleStart, int titleEnd)
    {
        foreach (var person in _s.Groups.Where(g => g.Start < titleEnd + 4).SelectMany(g => g.People))
        {
            if (_orgOf(person.Key) is { } org && _sentences.SelectMany(s => s.Groups).SelectMany(g => g.Companies).FirstOrDefault(c => c.Name == org) is { } company)
            {
                return company;
            }
        }

        return null;
    }

    private bool IsLowerWord(int k) =>
        _doc.Tokens[k].IsWord && _doc.Tokens[k].Kind == TokenKind.Latin && char.IsLower(_doc.Text[_doc.Tokens[k].Start]);

    // "A newer entrant, Velto Labs, ... . It was founded ... . The company has raised ...": within a paragraph, a reference means
    // the company the paragraph is about, the first company a sentence of it before this one has as its subject. None where
    // this sentence opens the paragraph, or where the paragraph opens with a reference ("The company ...", "وقالت الشركة"),
    // which goes on about the company of the text.
    private DocEntity? ParagraphSubject()
    {
        var start = _s.Sentence.Index;
        while (start > 0 && !StartsParagraph(start))
        {
            start--;
        }

        for (var k = start; k < _s.Sentence.Index; k++)
        {
            var s = _sentences[k];
            var subject = s.Groups.FirstOrDefault(g => !g.Prepositional && g.Companies.Any() && !NamesAModifiedNoun(g));
            if (s.Cues.Any(c => c.Is("topic-ref") && (subject is null || c.Start < subject.Start) && !s.Groups.Any(g => g.Companies.Any() && g.Start < c.Start)))
            {
                return null;
            }

            // ("وقّع بنك X عقداً مع الشركة": a sentence that names the text's company by a reference is about two companies.)
            if (subject is not null && s.Cues.Any(c => c.Is("topic-ref") && c.Start > subject.Start && _doc.Tokens[c.Start].Norm is not ("its" or "it")))
            {
                return null;
            }

            // (An investor acts on the company the paragraph is about: "the company" seldom means it.)
            if (subject is not null && (AppositionOfPossessor(s, subject) ?? subject).Companies.First() is { } company && !IsFundName(company) && !IsInvestor(company))
            {
                return company;
            }
        }

        return null;
    }

    // A line of its own with no full stop, after the headline: a section heading (the headline and a byline are no section).
    private static bool IsSectionHeading(Sentence s) =>
        s.Index > 0 && s.Text.Length > 0 && s.Text[^1] is not ('.' or '!' or '?' or '؟' or ':' or '؛' or ';' or '"' or '”' or '»' or ')' or ',' or '،')
        && WordCount(s.Text) <= 10;

    private static int WordCount(string text)
    {
        var words = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ' && (i == 0 || text[i - 1] == ' '))
            {
                words++;
            }
        }

        return words;
    }

    // Whether a line break stands between a sentence and the one before it.
    private bool StartsParagraph(int index) =>
        index == 0 || _doc.Text.AsSpan(_sentences[index - 1].Sentence.End, Math.Max(0, _sentences[index].Sentence.Start - _sentences[index - 1].Sentence.End)).Contains('\n');

    // "Before the Halden deal, ...", "the Nvidia chips": a name between "the" and a noun only qualifies that noun.
    private bool NamesAModifiedNoun(MentionGroup g) =>
        _doc.Language == "en" && g.Start > 0 && _doc.Tokens[g.Start - 1].Norm == "the" && g.End < _doc.Tokens.Count && IsLowerWord(g.End);

    // A fund is "the fund", seldom "the company".
    private bool IsFundName(DocEntity e) => _categoryOf(e.Key) is null or "investor" && FundName().IsMatch(e.Name + " " + e.Key);
}
