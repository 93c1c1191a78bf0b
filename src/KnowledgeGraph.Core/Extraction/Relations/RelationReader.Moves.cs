using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    private const int MoveWindow = 16;

    /// <summary>
    /// A person moving to a company or joining its board: "انتقل فلان، المدير التقني لـ«X»، إلى «Y»", "بانتقال فلانة إلى
    /// «Y»", "فلان، الذي انتقل إلى «Y»", "بدأت فلانة مسيرتها في «X» قبل أن تنتقل إلى «Y»", "وسينضم مؤسسها فلان إلى «Y»",
    /// "انضم الشريك في «X» فلان إلى مجلس إدارة «Y»". The person works for the company after إلى; a company named between
    /// the verb and إلى describes the person (or is the one moving: then nothing is read).
    /// </summary>
    private void ReadMoves()
    {
        if (_doc.Language != "ar")
        {
            return;
        }

        for (var k = _s.TokenStart; k < _s.TokenEnd; k++)
        {
            if (MoveWord(k) is not { } finite)
            {
                continue;
            }

            // إلى, reached before any clause break; "إلى منصب" is a new post, not a new company.
            var to = -1;
            for (var j = k + 1; j < _s.TokenEnd && j < k + MoveWindow; j++)
            {
                if (_doc.Tokens[j].Norm is "." or ";" or "؛" or ":" || IsClauseBreak(j))
                {
                    break;
                }

                if (_doc.Tokens[j].Norm is "الي" or "الى")
                {
                    to = j;
                    break;
                }
            }

            var board = to < 0 ? null : BoardOf(to + 1);
            if (to < 0 || (board ?? (_s.GroupAfter(to + 1, 3) is { } target && !target.People.Any()
                    && !Enumerable.Range(to + 1, target.Start - to - 1).Any(j => _doc.Tokens[j].IsWord && _doc.Tokens[j].Norm is "منصب" or "رئاسه" or "مرحله")
                    ? target.Companies.FirstOrDefault() : null)) is not { } company)
            {
                continue;
            }

            // The mover: the first person between the verb and إلى (a company there that no preposition governs is the one
            // moving; "الشريك في «X» فلان": one after في describes the person), else for a finite verb the person a
            // relative clause follows or the sentence's subject.
            // ("وانضم مؤسسا «X»، فلان وفلان، إلى «Y»": a company a founder's title governs describes the people named next.)
            var between = _s.Groups.FirstOrDefault(g => g.Start > k && g.End <= to && (g.People.Any() || !g.Prepositional) && !FounderOf(g));
            IEnumerable<DocEntity> movers = between is not null ? (between.Companies.Any() ? [] : between.People)
                : finite && MoverBefore(k) is { } before ? [before] : [];
            foreach (var mover in movers)
            {
                _bag.Add(RelTypes.WorksFor, mover, company, null, null, board is null ? null : "board member", Evidence);
            }
        }
    }

    // "مؤسسا «X»", "مؤسس «X»", "الرئيس التنفيذي لـ«X»": a company only a title governs, with no person in its group.
    private bool FounderOf(MentionGroup g)
    {
        // ("مؤسسة «X»": the title may be read as the start of the company's own name.)
        var k = g.Start < g.End - 1 && _doc.Tokens[g.Start].Norm is "مؤسسه" ? g.Start + 1 : g.Start;
        while (k > _s.TokenStart && _doc.Tokens[k - 1].Norm is "\"" or "«" or "“")
        {
            k--;
        }

        return !g.People.Any() && k > _s.TokenStart
            && (_doc.Tokens[k - 1].Norm is "مؤسس" or "مؤسسا" or "مؤسسو" or "مؤسسي" or "مؤسسه"
                || _s.Cues.Any(c => c.End == k && (c.Is("found") || c.Categories.Any(r => r.StartsWith("role-", StringComparison.Ordinal)))));
    }

    // "انتقل", "وتنتقل", "ستنتقل": true for a finite verb; "انتقال", "بانتقال": false for the noun (which names its mover);
    // null otherwise ("الانتقال الرقمي", "للانتقال" name no one's move).
    private bool? MoveWord(int k)
    {
        var t = _doc.Tokens[k];
        if (t.Kind != TokenKind.Arabic)
        {
            return null;
        }

        var norm = t.Norm.Length > 4 && t.Norm[0] is 'و' or 'ف' ? t.Norm[1..] : t.Norm;
        return norm switch
        {
            "انتقل" or "انتقلت" or "ينتقل" or "تنتقل" or "سينتقل" or "ستنتقل" => true,
            "انضم" or "انضمت" or "ينضم" or "تنضم" or "سينضم" or "ستنضم" => true,
            "انتقال" or "بانتقال" or "انضمام" or "بانضمام" => false,
            _ => null,
        };
    }

    // "إلى مجلس إدارة «X»", "إلى مجلس إدارة الشركة", "إلى مجلس إدارتها": a seat on a company's board; "ها" and "the
    // company" are the company the sentence (or the text) is about.
    private DocEntity? BoardOf(int k)
    {
        if (k + 1 >= _s.TokenEnd || _doc.Tokens[k].Norm != "مجلس")
        {
            return null;
        }

        var of = _doc.Tokens[k + 1].Norm;
        if (of is "اداره")
        {
            return _s.GroupAfter(k + 2, 3) is { } board && !board.People.Any() ? board.Companies.FirstOrDefault()
                : _s.CueAt(k + 2) is { } reference && reference.Start == k + 2 && reference.Is("topic-ref") ? NotAnInvestor(_s.Topic ?? _topic) : null;
        }

        return of is "ادارتها" or "ادارته"
            ? _s.Groups.FirstOrDefault(g => g.End <= k && !g.Prepositional && !g.People.Any())?.Companies.First() ?? NotAnInvestor(_s.Topic ?? _topic)
            : null;
    }

    // "فلان، أحد مؤسسي «X»، الذي انتقل": the person the relative pronoun follows (over an apposition naming companies);
    // "بدأت فلانة مسيرتها ... قبل أن تنتقل": the person the sentence opens with, the only one before the verb.
    private DocEntity? MoverBefore(int verb)
    {
        if (verb <= _s.TokenStart)
        {
            return null;
        }

        var k = verb - 1;
        while (k > _s.TokenStart && _doc.Tokens[k].Norm is "قد" or "كان" or "كانت" or "ان" or "قبل")
        {
            k--;
        }

        var people = _s.Groups.Where(g => g.End <= verb && g.People.Any()).ToList();
        if (_doc.Tokens[k].Norm is "الذي" or "التي" && people.LastOrDefault() is { } antecedent
            && _doc.Tokens[antecedent.End].Norm is "،" or ","
            && !_s.Groups.Any(g => g.Start >= antecedent.End && g.End <= k && g.People.Any()))
        {
            return antecedent.People.Last();
        }

        var opener = _s.Groups.FirstOrDefault(g => g.Start < verb);
        return people.Count == 1 && opener == people[0] && !opener.Prepositional && opener.Members.Count == 1 ? opener.People.First() : null;
    }

    /// <summary>
    /// A post held at a named company, whatever its title: "سيتولى فلان منصب كبير مسؤولي الذكاء الاصطناعي في «X»",
    /// "وتشغل فلانة حالياً منصب مديرة قطاع الحكومات لدى «X»", "فلان، الذي شغل سابقاً منصب نائب الرئيس في «X»". The person
    /// named with the verb (else the relative clause's antecedent or the sentence's subject) works for the company the
    /// post's words end at; a past verb keeps the post as a former one.
    /// </summary>
    private void ReadPosts()
    {
        if (_doc.Language != "ar")
        {
            return;
        }

        for (var k = _s.TokenStart; k < _s.TokenEnd; k++)
        {
            if (PostVerb(k) is not { } past)
            {
                continue;
            }

            var post = Enumerable.Range(k + 1, Math.Max(0, Math.Min(_s.TokenEnd, k + 6) - k - 1)).FirstOrDefault(j => _doc.Tokens[j].Norm == "منصب", -1);
            if (post < 0 || PostCompany(post + 1) is not { } company)
            {
                continue;
            }

            var named = _s.Groups.FirstOrDefault(g => g.Start > k && g.End <= post);
            var holder = named is not null ? (named.Members.Count == 1 ? named.People.FirstOrDefault() : null) : MoverBefore(k);
            if (holder is not null)
            {
                _bag.Add(RelTypes.WorksFor, holder, company, null, null, past ? "former" : null, Evidence);
            }
        }
    }

    // "يشغل", "وتتولى", "ليشغل": false for a post held now or next; "شغل", "تولت": true for a past one; null otherwise.
    private bool? PostVerb(int k)
    {
        var t = _doc.Tokens[k];
        if (t.Kind != TokenKind.Arabic)
        {
            return null;
        }

        var norm = t.Norm.Length > 3 && t.Norm[0] is 'و' or 'ف' or 'ل' ? t.Norm[1..] : t.Norm;
        return norm switch
        {
            "يشغل" or "تشغل" or "سيشغل" or "ستشغل" or "يتولي" or "تتولي" or "سيتولي" or "ستتولي" => false,
            "شغل" or "شغلت" or "تولي" or "تولت" => true,
            _ => null,
        };
    }

    // "منصب كبير مسؤولي الذكاء الاصطناعي في «X»", "منصب الرئيسة التنفيذية لـ«X»": the company a preposition introduces
    // after the post's words, before any comma or other name.
    private DocEntity? PostCompany(int from)
    {
        for (var k = from; k < _s.TokenEnd && k < from + 10; k++)
        {
            if (_s.GroupAt(k) is { } g)
            {
                var introduced = g.Prepositional || k > from && _doc.Tokens[k - 1].Norm is "في" or "لدي" or "لدى" or "لـ" or "ل";
                return introduced && !g.People.Any() && g.Members.Count == 1 ? g.Companies.First() : null;
            }

            if (_doc.Tokens[k].Norm is "," or "،" or "." or ";" or "؛" or "(" || IsClauseBreak(k))
            {
                return null;
            }
        }

        return null;
    }
}
