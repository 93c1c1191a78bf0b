using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    private (int Sentence, int End, DocEntity Company)? _titleCompany;

    // "co-founder and chief executive of X", "الرئيس التنفيذي والمؤسس المشارك": roles joined by and/و share one company and person.
    private IEnumerable<List<CueHit>> RoleChains()
    {
        var roles = _s.Cues.Where(h => h.Categories.Any(c => c.StartsWith("role-", StringComparison.Ordinal)) || h.Is("found")).ToList();
        var chain = new List<CueHit>();
        foreach (var hit in roles)
        {
            if (chain.Count > 0 && !Enumerable.Range(chain[^1].End, Math.Max(0, hit.Start - chain[^1].End))
                    .All(k => _doc.Tokens[k].Norm is "و" or "and" or "," or "،" or "&"))
            {
                yield return chain;
                chain = [];
            }

            chain.Add(hit);
        }

        if (chain.Count > 0)
        {
            yield return chain;
        }
    }

    private void ReadRoles(List<CueHit> chain)
    {
        var first = chain[0];
        var last = chain[^1];

        // "appointed Jane Doe as its chief financial officer": the appointment reads the title with its company.
        var beforeTitle = first.Start - 1;
        while (beforeTitle > _s.TokenStart && _doc.Tokens[beforeTitle].Norm is "its" or "the" or "a" or "an" or "new" or "their")
        {
            beforeTitle--;
        }

        if (beforeTitle >= _s.TokenStart && _doc.Tokens[beforeTitle].Norm == "as" && _s.Cues.Any(c => c.Is("appoint") && c.End <= beforeTitle))
        {
            return;
        }

        var anyFounder = chain.Any(h => h.Is("found"));

        // The company: after the role ("الرئيس التنفيذي لشركة X", "CEO of X"), or right before it ("Nvidia CEO", "OpenAI's CFO");
        // a founder's company may come a few words later ("أسس فلان شركة X"); "its CFO", "الشركة": the company the article is about.
        // "Tarang's co-founder and chief executive and a former engineer at Qualcomm": the possessor holds the titles.
        // ("spent a decade at IBM's cloud unit before co-founding the company": a verb of founding has no possessor.)
        var founderVerb = _doc.Tokens[first.Start].Norm is "founded" or "co-founded" or "cofounded" or "co-founding" or "started";
        var possessor = _doc.Language == "en" && !founderVerb ? PossessiveBefore(first.Start)?.Companies.FirstOrDefault() : null;
        // ("Iyer, the company's president, spent a decade at Amazon": the title is held at the company "the company" is.)
        var heldByReference = _doc.Language == "en" && first.Start > _s.TokenStart + 2 && _doc.Tokens[first.Start - 1].Norm == "s"
            && _doc.Tokens[first.Start - 2].Norm is "'" or "’" && _s.Cues.Any(c => c.Is("topic-ref") && c.End == first.Start - 2);
        // ("the chatbot maker's founders and both former Google engineers": a company after "and", "former" describes the people.)
        // ("«X»، التي أسسها الباحثان السابقان في «Y» فلان وفلان": "ها" is X; the company after the verb describes the founders.)
        var foundedRelative = anyFounder && _doc.Language == "ar" && first.Start > _s.TokenStart && _doc.Tokens[first.Start - 1].Norm is "التي" or "الذي"
            && (_doc.Tokens[first.End - 1].Norm.EndsWith('ه') || _doc.Tokens[first.End - 1].Norm.EndsWith("ها", StringComparison.Ordinal));
        // "Silo AI, Europe's largest private AI lab, whose co-founder and CEO A now works at AMD": "whose" is the company before.
        var whose = _doc.Language == "en" && first.Start > _s.TokenStart && _doc.Tokens[first.Start - 1].Norm == "whose"
            ? _s.Groups.LastOrDefault(g => g.End < first.Start - 1 && g.Companies.Any())?.Companies.Last() : null;
        possessor ??= whose;
        // ("الرئيس التنفيذي للشركة، مهندساً في «X»": "of the company" right after the title names it; X is another clause's.)
        var referenceAfter = _doc.Language == "ar" && _s.CueAt(last.End) is { } ofTheCompany && ofTheCompany.Is("topic-ref") && ofTheCompany.Start == last.End
            && _doc.Tokens[last.End].Norm.StartsWith('ل');
        var company = possessor ?? (heldByReference || foundedRelative || referenceAfter ? null : (_s.GroupAfter(last.End, 4) is { } afterTitle && !DescribesThePeople(last.End, afterTitle.Start) ? afterTitle : null)?.Companies.FirstOrDefault()
            ?? (_s.ObjectAfter(last.End, 5, "prep-in", "prep-to", "prep-of") is { } objectAfter && !ComingFrom(last.End, objectAfter.Start) ? objectAfter : null)?.Companies.FirstOrDefault());  // "الشريك المؤسس في X", "partner at X", "الرئيسة التنفيذية لـ«X»", "chief executive of French cloud provider X"
        // "who co-founded Halvard in 2022 with chief financial officer A": a title after "with" in a founding clause is held at
        // the company founded.
        // ("with engineer A, now the company's CTO": a word describing the co-founder is no title.)
        var cofounded = chain.Any(h => h.Is("role-employee")) ? null : CofoundedWith(first.Start);
        company ??= cofounded;
        // A past title is read only where its company is named with it: the text's company is not a former employer.
        var namedWithTitle = company is not null;
        if (company is null && !anyFounder && PostHolder(first.Start) is { } postSubject && _employer.TryGetValue(postSubject.Key, out var placedAt))
        {
            HoldPost(chain, postSubject, placedAt);
            return;
        }

        if (company is null && anyFounder && _s.GroupAfter(last.End, 2) is { } founderAfter && founderAfter.People.Any())
        {
            company = _s.GroupAfter(founderAfter.End, 3)?.Companies.FirstOrDefault();   // "أسس فلان شركة X"
            // "وأسس عمرو الشناوي وداليا فوزي الشركة في القاهرة": the founders, then "the company" the text is about.
            if (company is null && _s.Cues.FirstOrDefault(c => c.Is("topic-ref") && c.Start >= founderAfter.End && c.Start - founderAfter.End <= 2) is not null)
            {
                company = KnownEmployerInDocument() ?? (FoundingReferenceStart(_s) >= 0 && _s.Topic is { } young && !_known(young.Key) ? young : _topic);
            }
        }

        // "Surge AI, the firm founded by Edwin Chen", "Helsing was founded in 2021 by X": the company before, the founder after "by".
        var by = Enumerable.Range(last.End - 1, Math.Max(0, Math.Min(_s.TokenEnd, last.End + 4) - last.End + 1))
            .FirstOrDefault(k => _doc.Tokens[k].Norm == "by" && !_s.Groups.Any(g => g.Start >= last.End && g.Start < k), -1);
        // "تأسست «X» في 2023 على يد فلان": founded at the hand of; the company follows the verb.
        var byHand = anyFounder && _doc.Language == "ar"
            ? Enumerable.Range(last.End, Math.Max(0, Math.Min(_s.TokenEnd - 1, last.End + 12) - last.End)).FirstOrDefault(k => _doc.Tokens[k].Norm is "علي" or "على" && _doc.Tokens[k + 1].Norm == "يد", -1)
            : -1;
        // "تأسست الشركة على يد فلان وفلانة": "the company" between the verb and "على يد" is the one the text is about, not the
        // last company named before (a former employer in a heading or the sentence before).
        var handReference = byHand >= 0 && company is null
            && _s.Cues.Any(c => c.Is("topic-ref") && c.Start >= last.End && c.End <= byHand && _doc.Tokens[c.Start].Norm is not ("its" or "it"))
            ? NotAnInvestor(_s.Topic ?? _topic) : null;
        if (byHand >= 0 && (company ?? handReference ?? HandFoundedBefore(first)) is { } handFounded
            && _s.Groups.FirstOrDefault(g => g.Start > byHand + 1 && g.Start - byHand <= 8 && g.People.Any()) is { } handFounders)
        {
            foreach (var person in FounderList(handFounders))
            {
                _bag.Add(RelTypes.Founded, person, handFounded, null, null, null, Evidence);
                _employer.TryAdd(person.Key, handFounded);
            }

            return;
        }

        // "The startup was founded in 2020 by X and Y": the reference before the verb is the founded company; so is "It was".
        var foundedByReference = _s.Cues.FirstOrDefault(c => c.Is("topic-ref") && c.End <= first.Start && first.Start - c.End <= 3
                && (_doc.Tokens[c.Start].Norm is not ("its" or "it" or "their") || _doc.Tokens[c.Start].Norm == "it" && _doc.Tokens[c.End].Norm is "was" or "is"))
            is not null && !_s.Groups.Any(g => g.End <= first.Start && g.Companies.Any()) && NotAnInvestor(_s.Topic ?? _topic) is { } referred
            && _categoryOf(referred.Key) != "investor" && !FundName().IsMatch(referred.Name) ? referred : null;   // a fund founds nothing here
        if (company is null && anyFounder && by >= 0
            && (_s.Groups.LastOrDefault(g => g.End <= first.Start && g.Companies.Any())?.Companies.First() ?? foundedByReference) is { } founded
            && _s.Groups.FirstOrDefault(g => g.Start > by && g.Start - by <= 8 && g.People.Any()) is { } founders)
        {
            // ("Farid, who is the company's managing director", "Tachibana, who serves as chief executive": a founder's later
            // title is held at the company the text said the founder set up.)
            foreach (var person in FounderList(founders))
            {
                _bag.Add(RelTypes.Founded, person, founded, null, null, null, Evidence);
                _employer.TryAdd(person.Key, founded);
            }

            return;
        }

        var before = GroupEndingAt(first.Start, 2);
        var companyBefore = possessor is not null || cofounded is not null;
        // "Nvidia CEO Jensen Huang", not "Hale, a former trader at Vitol, started Granite Peak".
        if (company is null && before is not null && before.Companies.Any() && _doc.Language == "en"
            && !(founderVerb && Enumerable.Range(before.End, first.Start - before.End).Any(k => _doc.Tokens[k].Norm is "," or "،")))
        {
            company = before.Companies.First();
            companyBefore = namedWithTitle = true;
        }

        // "و«X» التي أسسها فلان", "صندوق «X» الذي أسسه فلان", "وشركة «X» الناشئة، التي أسسها": the founded company is the
        // name the relative clause follows, not the first of the sentence.
        if (company is null && anyFounder && _doc.Language == "ar" && first.Start > _s.TokenStart + 1 && _doc.Tokens[first.Start - 1].Norm is "التي" or "الذي"
            && _s.Groups.LastOrDefault(g => g.End <= first.Start - 1) is { } antecedent && antecedent.Companies.Any()
            && Enumerable.Range(antecedent.End, first.Start - 1 - antecedent.End).Count(k => _doc.Tokens[k].IsWord) <= 1)
        {
            company = antecedent.Companies.Last();
            companyBefore = true;
        }

        // "وقال مديرها التنفيذي فلان": the speaker's "her", no company named in the sentence, is the company the text is about.
        if (company is null && _doc.Language == "ar" && _doc.Tokens[first.Start].Norm.EndsWith("ها", StringComparison.Ordinal) && first.End - first.Start > 1
            && first.Start > _s.TokenStart && _doc.IsCueWord("speech", first.Start - 1) && !_s.Groups.Any(g => g.End <= first.Start && g.Companies.Any()))
        {
            company = KnownEmployerInDocument() ?? NotAnInvestor(_s.Topic ?? _topic);
            companyBefore = company is not null;
        }

        // "«الراشد كابيتال»، شركة الاستثمار العائلية التي يرأسها فلان": the relative clause's company is the name the
        // apposition before "التي" describes, not the first of the sentence.
        if (company is null && !anyFounder && _doc.Language == "ar" && first.Start > _s.TokenStart + 2 && _doc.Tokens[first.Start - 1].Norm is "التي" or "الذي"
            && AppositiveAntecedent(first.Start - 1) is { } described)
        {
            company = described;
            companyBefore = true;
        }

        // "الرئيس التنفيذي لـ«X» والمؤسس المشارك لها": "of her" after a title joined to one held at X is X (and nothing else).
        if (company is null && _doc.Language == "ar" && last.End < _s.TokenEnd && _doc.Tokens[last.End].Norm == "لها" && JoinedTitleCompany(first.Start) is { } ofHer)
        {
            company = ofHer;
            companyBefore = true;
        }

        // "ورئيسها التنفيذي", "أسسها", "يقودها": "her" is a company named before in the sentence (or just before it).
        // ("مؤسس X وشريكها الأول": in a title of several words "her" is the company named just before in the sentence.)
        if (company is null && chain.Any(h => h.Suffix == "ها" || _doc.Tokens[h.End - 1].Norm.EndsWith("ها", StringComparison.Ordinal)
                || _doc.Tokens[h.Start].Norm.EndsWith("ها", StringComparison.Ordinal) && _s.Groups.Any(g => g.End <= h.Start && g.Companies.Any())))
        {
            // "ولم تحسم الشركة ...، لكن فلان، مؤسسها ورئيسها": "الشركة" named before it in the sentence is the article's company.
            // "ومؤسس «صدى» ورئيسها التنفيذي فلان": a title joined to one held at a company is held at that company.
            var joined = JoinedTitleCompany(first.Start);
            // ("وتزوّد الشركة «X» بمعدات ...، بحسب مديرتها التنفيذية فلانة": the speaker's "her" is "the company" the
            // sentence opened with, not the name after it.)
            var firstNamed = _s.Groups.FirstOrDefault(g => g.End <= first.Start && g.Companies.Any());
            var topicFirst = _doc.Language == "ar" && firstNamed is not null && first.Start > _s.TokenStart
                && (_doc.Tokens[first.Start - 1].Norm is "بحسب" or "حسب" or "وفق" or "وفقا" || _doc.IsCueWord("speech", first.Start - 1))
                && _s.Cues.Any(c => c.Is("topic-ref") && c.End <= firstNamed.Start && !_doc.Tokens[c.Start].Norm.StartsWith("لل", StringComparison.Ordinal))
                && _s.Topic is { } topic && !firstNamed.Members.Contains(topic) ? topic : null;
            // ("ما رفع ثروة مؤسسها فلان": with no company named before, a person the gazetteer places at a company of the text.)
            company = joined ?? topicFirst ?? firstNamed?.Companies.First() ?? KnownEmployerInDocument()
                ?? (_s.Cues.Any(c => c.Is("topic-ref") && c.End <= first.Start && _doc.Language == "ar") ? _s.Topic ?? _topic : null)
                ?? NotAnInvestor(LastCompanyBefore(first.Start));
            companyBefore = company is not null;
        }

        // "Robin Khuda, who founded AirTrunk and remains its chief executive": "its" is the company named last before it;
        // "co-founded Kairos in 2016 and leads it as CEO": so is "it" before "as".
        if (company is null && first.Start > _s.TokenStart + 1 && _doc.Tokens[first.Start - 1].Norm == "as" && _doc.Tokens[first.Start - 2].Norm is "it" or "them"
            && _s.Groups.LastOrDefault(g => g.End < first.Start - 2 && g.Companies.Any()) is { } ledCompany)
        {
            company = ledCompany.Companies.Last();
            companyBefore = true;
        }

        // ("Helvion, once billed as Europe's answer to Anthropic, replaced its chief executive": a name after a preposition is no "its".)
        // ("Najd Compute ... signed to buy Rebellions' cards, its chief executive said": the sentence's subject.)
        if (company is null && first.Start > _s.TokenStart && _doc.Tokens[first.Start - 1].Norm is "its" or "their"
            && (DescribedStartupBefore(first.Start - 1) ?? _s.Groups.FirstOrDefault(g => g.End < first.Start - 1 && g.Companies.Any() && !g.Prepositional && !InBrackets(g))) is { } named)
        {
            // "Amazon struck a deal with Covariant, a robotics startup, bringing its founders into the retailer", "license the
            // technology of Heliotrope AI, a Munich startup ..., and hire its chief executive": a company the sentence
            // introduces as a startup or company is what "its" means, not the subject that acts on it.
            company = named.Companies.Last();
            companyBefore = true;
        }

        // "Her co-founder, Kofi Mensah, ...", "after his co-founder Daniel Gross left": the company of the person "her" is.
        if (company is null && first.Start > _s.TokenStart && _doc.Tokens[first.Start - 1].Norm is "his" or "her" or "their"
            && (_s.Groups.LastOrDefault(g => g.End <= first.Start && g.People.Any())?.People.Last() ?? PreviousPerson()) is { } owner
            && _employer.TryGetValue(owner.Key, out var ownersCompany))
        {
            company = ownersCompany;
            companyBefore = true;
        }

        // ("Perplexity, the start-up led by chief executive A": "the start-up" describes the name before it; read below.)
        var participleBy = _doc.Language == "en" && first.Start > _s.TokenStart + 1 && _doc.Tokens[first.Start - 1].Norm == "by"
            && _doc.Tokens[first.Start - 2].Norm is "run" or "led" or "headed" or "managed";
        if (company is null && TopicReferenceNear(first.Start, last.End) && !(participleBy && RunCompanyBefore(first.Start - 2) is not null))
        {
            // "Park Sung-hyun, the chief executive of Rebellions ... Park ... founded the company": the company this text
            // already gave the person is the one meant.
            // ("وأسس عبد الحميد الشركة في 2021 مع ...": a founder the text already gave a title founded the company he holds it at.)
            company = (anyFounder && PersonAfterDescription(last.End, overCompanies: false) is { } founderNamed ? _employer.GetValueOrDefault(founderNamed.People.First().Key) : null)
                ?? (_s.Groups.LastOrDefault(g => g.End <= first.Start && g.People.Any()) is { } holder ? _employer.GetValueOrDefault(holder.People.Last().Key) : null)
                ?? KnownEmployerNear(first.Start, last.End) ?? KindReferent(first.Start, last.End) ?? (heldByReference ? OpenerOfThisSentence(first.Start) : null) ?? PartnerAtInvestor(chain, (anyFounder ? null : TopicNamedHere()) ?? _s.Topic ?? LastCompanyBefore(first.Start) ?? _topic);
            companyBefore = company is not null;
        }

        // "تأسست الشركة على يد فلانة، المهندسة السابقة في «X»، وهي تشغل اليوم منصب الرئيسة التنفيذية", "شريكه فلان، الذي يشغل
        // اليوم منصب ...": the person a pronoun or relative clause points back to holds the title where the text placed him.
        if (company is null && HeldByPersonBefore(first.Start) is { } keeper && _employer.TryGetValue(keeper.Key, out var keptAt))
        {
            company = KnownEmployerInDocument() ?? keptAt;
            companyBefore = true;
        }

        // "يتولى فلان منصب الرئيس التنفيذي للشركة، بينما تشغل فلانة منصب المديرة التقنية": a later title of the sentence with
        // no company of its own is held where the one before it is.
        // ("فيما تتولى فلانة إدارة الأبحاث": a head of a function too, unless a place follows it: "إلى منصب ... في وحدة ...".)
        if (company is null && (chain.Any(h => h.IsAny("role-ceo", "role-cfo", "role-cto", "role-coo", "role-chairman")) || chain.Any(h => h.Is("role-executive")) && !NamesItsCompany(last.End))
            && _doc.Language == "ar" && _titleCompany is { } earlier && earlier.Sentence == _s.Sentence.Index && earlier.End <= TitleClauseStart(first.Start))
        {
            company = earlier.Company;
            companyBefore = true;
        }

        // "ويرأس مجلس إدارة X فلان، بينما يتولى فلان منصب الرئيس التنفيذي": a title with no company names the sentence's company.
        if (company is null && chain.Any(h => h.IsAny("role-ceo", "role-cfo", "role-cto", "role-coo", "role-chairman")) && !(participleBy && RunCompanyBefore(first.Start - 2) is not null)
            && _s.Groups.FirstOrDefault(g => g.End <= first.Start && g.Companies.Any() && (g.Start >= TitleClauseStart(first.Start) || !g.Prepositional && !NearPlacePreposition(g)) && !QuotedBefore(g, first.Start)) is { } sentenceCompany)
        {
            company = sentenceCompany.Companies.First();
            companyBefore = true;
        }

        // "Nscale, led by chief executive Josh Payne", "The company, now run by co-chief executives A and B": the company
        // the clause before "by" names (or "the company" the text is about) employs the people after the title.
        if (company is null && _doc.Language == "en" && first.Start > _s.TokenStart && _doc.Tokens[first.Start - 1].Norm == "by"
            && first.Start > _s.TokenStart + 1 && _doc.Tokens[first.Start - 2].Norm is "run" or "led" or "headed" or "managed"
            && _s.GroupAfter(last.End, 1) is { } ledBy && ledBy.People.Any())
        {
            company = RunCompanyBefore(first.Start - 2) ?? _s.Groups.LastOrDefault(g => g.End < first.Start - 2 && g.Companies.Any() && !g.Prepositional)?.Companies.First()
                ?? (_s.Cues.Any(c => c.Is("topic-ref") && c.End <= first.Start) ? KnownEmployerInDocument() ?? PreviousSentenceOpener() ?? _s.Topic : null);
            companyBefore = company is not null;
        }

        // "Chief Executive Sanjay Mehrotra told analysts ...": a title opening the sentence before a name, no company named with it.
        // '"...," chief executive A told analysts': so does a title opening the attribution after a quote.
        // The company is the one the sentence before opens with ("Harrow Street declined to comment. Managing partner A said"),
        // else the one it is about, which in a round-up of several companies is not the article's first.
        // (After a quotation, the sentence before is often about the other party: the article's company speaks.)
        // ("Group CEO A said", '"...," group chief executive B told reporters': a word qualifying the title opens it.)
        var opening = first.Start > _s.TokenStart && _doc.Tokens[first.Start - 1].Norm is "group" or "interim" or "acting" ? first.Start - 1 : first.Start;
        var afterQuote = opening != FirstWordOfSentence() && AfterClosingQuote(opening);
        if (company is null && _doc.Language == "en" && _s.Sentence.Index > 0 && (opening == FirstWordOfSentence() || afterQuote)
            && _s.GroupAfter(last.End, 1) is { } titled && titled.People.Any())
        {
            // (A fund opening the sentence before employs a partner, not a chief executive: "Nuwa Capital led. Chief executive A said".)
            var opener = !afterQuote && PreviousSentenceOpener() is { } o && (chain.All(h => h.Is("role-partner")) || !IsInvestor(o)) ? o : null;
            company = KnownEmployerInDocument() ?? opener ?? (afterQuote || NewParagraph() ? null : NotAnInvestor(_s.Topic)) ?? _topic;
            companyBefore = company is not null;
        }

        // "Raghavan is the chief executive", "ويشغل ها منصب الرئيس التنفيذي": a title with a person and no company in the
        // sentence is held at the company the text is about (or the one the gazetteer knows for that person).
        // "Murati, who serves as CEO, has hired researchers from OpenAI": a company named only later in the sentence is not the title's.
        if (company is null && chain.Any(h => h.IsAny("role-ceo", "role-cfo", "role-cto", "role-coo", "role-chairman", "role-md", "role-executive"))
            && !_s.Groups.Any(g => g.Companies.Any() && (g.Start >= TitleClauseStart(first.Start) || !g.Prepositional && !NearPlacePreposition(g)) && !QuotedBefore(g, first.Start) && g.Start < last.End + 4
                && !SpokenOf(last.End, g.Start))
            && _s.Groups.Any(g => g.People.Any() && g.Start < first.Start) && !NamesItsCompany(last.End))
        {
            // ("وأسس فلان وفلانة الشركة ... . ويشغل فلان حالياً منصب الرئيس التنفيذي": the company the text gave the holder.)
            company = (_s.Groups.LastOrDefault(g => g.End <= first.Start && g.People.Any()) is { } postHolder ? _employer.GetValueOrDefault(postHolder.People.Last().Key) : null)
                ?? KnownEmployerInDocument() ?? NotAnInvestor(_s.Topic);
            companyBefore = company is not null;
        }

        // "ويقود «X» المؤسس المشارك فلان": the company a verb of leading governs, right before the founder's title and name.
        if (company is null && anyFounder && _doc.Language == "ar" && GroupEndingAt(first.Start, 1) is { } led && led.Companies.Any()
            && led.Start > _s.TokenStart && _s.CueAt(led.Start - 1 - (_doc.Tokens[led.Start - 1].IsWord ? 0 : 1)) is { } leads && leads.Is("role-leader")
            && !Enumerable.Range(led.End, first.Start - led.End).Any(k => _doc.Tokens[k].Norm is "،" or ","))
        {
            company = led.Companies.Last();
            companyBefore = true;
        }

        // "Corvo's founder, Ada Pell, will stay on as managing director": a title a person keeps is held where the text
        // already placed that person (else at the company the sentence names first).
        if (company is null && !anyFounder && StaysOnAs(first.Start) && _s.Groups.LastOrDefault(g => g.End <= first.Start && g.People.Any()) is { } stayer)
        {
            company = _employer.GetValueOrDefault(stayer.People.Last().Key) ?? _s.Groups.FirstOrDefault(g => g.End <= stayer.Start && g.Companies.Any() && !g.Prepositional)?.Companies.First();
            companyBefore = namedWithTitle = company is not null;
        }

        // "She replaces co-founder A, who will stay on as chairman", "said co-founder B": a bare founder's title before a name,
        // in a sentence naming no company, is the text's company's.
        if (company is null && anyFounder && chain.All(h => h.Is("found")) && _doc.Language == "en" && !founderVerb && first.Start > _s.TokenStart
            && _doc.Tokens[first.Start - 1].IsWord && _doc.Tokens[first.Start - 1].Norm is not ("a" or "an" or "former" or "ex" or "the" or "as")
            && _s.GroupAfter(last.End, 1) is { } bareFounder && bareFounder.Start == last.End && bareFounder.People.Any() && !_s.Groups.Any(g => g.Companies.Any()))
        {
            company = _employer.GetValueOrDefault(bareFounder.People.First().Key) ?? KnownEmployerInDocument() ?? NotAnInvestor(_s.Topic);
            companyBefore = company is not null;
        }

        // "Venkat is chief executive and Rao heads product", "Kumar leads research": a person who heads a function (a lower-case
        // word, no name) works where the sentence's other title is held, or where the text placed that person.
        if (company is null && _doc.Language == "en" && chain.All(h => h.Is("role-leader")) && GroupEndingAt(first.Start, 0) is { } leaderGroup
            && leaderGroup.People.Any() && last.End < _s.TokenEnd && IsLowerWord(last.End) && _s.GroupAt(last.End) is null && !_s.IsRelationCue(last.End)
            && !_s.Groups.Any(g => g.Companies.Any()))
        {
            company = (_titleCompany is { } sameSentence && sameSentence.Sentence == _s.Sentence.Index ? sameSentence.Company : null)
                ?? _employer.GetValueOrDefault(leaderGroup.People.Last().Key);
            companyBefore = company is not null;
        }

        // "A third co-founder, A, ...", "Another co-founder, B, left": one more founder of the company the text gave founders.
        if (company is null && anyFounder && _doc.Language == "en" && first.Start > _s.TokenStart
            && _doc.Tokens[first.Start - 1].Norm is "second" or "third" or "fourth" or "another" or "other" or "fellow")
        {
            company = LastFoundedCompany();
            companyBefore = company is not null;
        }

        // ("Halvard chief executive A, who co-founded the miner in 2018": else the company the text gave the founder.)
        if (company is null && anyFounder && founderVerb && (FoundedKindReferent(last.End)
                ?? (IsKindObject(last.End) && _s.Groups.LastOrDefault(g => g.End <= first.Start && g.People.Any()) is { } kindFounder
                    ? _employer.GetValueOrDefault(kindFounder.People.Last().Key) : null)) is { } kindFounded)
        {
            company = kindFounded;
            companyBefore = namedWithTitle = true;
        }

        // "وأسس العمر الشركة عام 2012 مع ...": a founding verb, a name the text gave before (a surname), then "the company": the
        // company the text is about.
        if (company is null && anyFounder && _doc.Language == "ar" && first == last && _doc.Tokens[first.Start].Norm.TrimStart('و') is "اسس" or "اسست"
            && _s.Cues.FirstOrDefault(c => c.Is("topic-ref") && c.Start > last.End && c.Start - last.End <= 2 && _doc.Tokens[c.Start].Norm == "الشركه") is not null
            && !_s.Groups.Any(g => g.Start >= last.End && g.Start - last.End <= 2))
        {
            company = KnownEmployerInDocument() ?? NotAnInvestor(_s.Topic ?? _topic);
        }

        // "Maya Lund co-founded the battery company X": where nothing else named it, a founder's company after a description.
        if (company is null && anyFounder && _doc.Language == "en")
        {
            company = CompanyAfterDescription(last.End);
        }

        if (company is null)
        {
            return;
        }

        if (!chain.Any(IsFormer))
        {
            _titleCompany = (_s.Sentence.Index, last.End, company);
        }

        var people = new List<DocEntity>();
        var companyGroup = _s.Groups.FirstOrDefault(g => g.Members.Contains(company));
        // "نورة العتيبي، التي تتولى رئاستها التنفيذية، وفيصل ...", "Lina Haidar, who serves as CTO": the person the relative
        // clause follows holds the title.
        var relativeHolder = RelativeHolderBefore(first.Start) ?? ApposedBeforePossessor(possessor, first.Start, last.End);

        // ("Raghavan is the chief executive; Kumar leads research": a semicolon ends the title's clause.)
        var rightAfterCue = relativeHolder is not null ? null : _s.Groups.FirstOrDefault(g => g.Start >= last.End && g.Start - last.End <= 1 && g.People.Any()
                && !Enumerable.Range(last.End, g.Start - last.End).Any(k => _doc.Tokens[k].Norm is ";" or "؛" or ":"))
            ?? (_s.GroupAfter(last.End, 3) is { } nearAfter && nearAfter.People.Any() ? nearAfter : null)
            ?? (anyFounder ? PersonAfterDescription(last.End, overCompanies: foundedRelative) : null);   // "أسسها المصرفي السابق فلان"
        if (rightAfterCue is null && anyFounder && companyGroup is not null && companyGroup.Start >= last.End && companyGroup.Start - last.End <= 3)
        {
            rightAfterCue = PersonAfterDescription(companyGroup.End, overCompanies: false);   // "أسس «X» عام 2023 فلان وفلان"
        }

        // "كل من فلان، المدير العام للشركة، وفلانة، المسؤولة عن المنتج", "A, the chief executive, and B": a person after
        // "and" starts the next item of the list; the title is the appositive of the person before it.
        // "Raghavan is chief executive and Kumar is the company's CTO": likewise a holder the title is predicated of.
        var appositiveHolder = GroupEndingAt(first.Start, 2) is { } commaBefore && commaBefore.People.Any()
            && Enumerable.Range(commaBefore.End, first.Start - commaBefore.End).Any(k => _doc.Tokens[k].Norm is "," or "،") ? commaBefore : null;
        var predicateHolder = _doc.Language == "en" && _s.Groups.LastOrDefault(g => g.End <= first.Start && first.Start - g.End <= 3) is { } subject && subject.People.Any()
            && Enumerable.Range(subject.End, first.Start - subject.End).All(k => _doc.Tokens[k].Norm is "is" or "was" or "the" or "remains" or "becomes" or "became")
            && first.Start > subject.End ? subject : null;
        if (rightAfterCue is not null && !anyFounder && StartsNextItem(rightAfterCue) && (appositiveHolder ?? predicateHolder) is not null)
        {
            rightAfterCue = null;
        }

        // "إذ استقطب فلان، الرئيس التنفيذي لـ«X»، فلاناً، الرئيس التنفيذي السابق لـY": the person before the title and its
        // company holds it; the one after is the next clause's (or another title's) person.
        var holderBefore = rightAfterCue is null && relativeHolder is null && !anyFounder && _doc.Language == "ar" && companyGroup is not null
            && companyGroup.Start >= last.End && !_doc.Tokens[first.Start].Norm.StartsWith('و') ? appositiveHolder : null;   // ("فلان، ورئيس X فلان": a new item)

        var held = true;
        if (relativeHolder is not null)
        {
            people.AddRange(relativeHolder.People);
        }
        else if (holderBefore is not null)
        {
            people.AddRange(holderBefore.People);
        }
        else if ((companyBefore || anyFounder) && rightAfterCue is not null)
        {
            // "Microsoft chief executive Satya Nadella", "أسس فلان شركة X", "Its CFO, Jane Doe"; founders: "كل من فلان، ...، وفلان".
            // ("founded by former Meta researcher A and B, previously ...": a singular title before a list is the first person's.)
            people.AddRange(anyFounder ? FounderList(rightAfterCue)
                : _doc.Language == "en" && !_doc.Tokens[last.End - 1].Norm.EndsWith('s') && IsFormer(last) ? rightAfterCue.People.Take(1) : rightAfterCue.People);
        }
        else if (companyGroup is not null && companyGroup.Start >= last.End && _s.GroupAfter(companyGroup.End, 3) is { } after && after.People.Any())
        {
            people.AddRange(after.People);                    // "... لشركة X، فلان،" / "Nvidia CEO Jensen Huang"
        }
        else if (companyGroup is not null && companyGroup.Start >= last.End && PersonAfterPlace(companyGroup.End) is { } placed)
        {
            people.AddRange(placed.People);                   // "مدير X في العراق، فلان،", "X's head in Kenya, A,"
        }
        else if (companyGroup is not null && companyGroup.Start >= last.End && PersonAfterTitleWords(companyGroup.End) is { } introduced)
        {
            people.AddRange(introduced.People);               // "ويرأس مجلس إدارة X رجل الأعمال فلان"
        }
        else if (GroupEndingAt(first.Start, 2) is { } appositive && appositive.People.Any())
        {
            people.AddRange((SubjectBeforeRelativeClause(appositive, first.Start) ?? appositive).People);   // "فلان، الرئيس التنفيذي لشركة X"
        }
        // ("Mukesh Ambani's conglomerate has set up X": the possessor's company, not the person, founds it.)
        else if (_s.Groups.LastOrDefault(g => g.End <= first.Start && g.People.Any()) is { } nearest
            && !(anyFounder && nearest.End + 1 < first.Start && _doc.Tokens[nearest.End].Norm is "'" or "’" && _doc.Tokens[nearest.End + 1].Norm == "s"))
        {
            // "Ek, who co-founded Prima Materia with Shakil Khan, has chaired Helsing's board": the person the clause is about.
            people.AddRange((SubjectBeforeRelativeClause(nearest, first.Start) ?? nearest).People);
            // "Arthur Mensch, a former DeepMind researcher": the title is in apposition to the person.
            held = companyGroup is not null && companyGroup.End <= first.Start
                && Enumerable.Range(nearest.End, Math.Max(0, companyGroup.Start - nearest.End)).All(k => _doc.Tokens[k].Norm is "," or "،" or "a" or "an" or "former" or "ex");
        }
        else if (chain.Any(h => h.IsAny("role-ceo", "role-cfo", "role-cto", "role-coo", "role-chairman")) && !UnreadNameBefore(first.Start) && PreviousPerson() is { } previous)
        {
            people.Add(previous);                             // "the OpenAI CEO said ..." after a sentence naming him
            held = false;
        }

        // "Mensch founded the company with Lample and Lacroix", "co-founded X in 2016 with former Google engineer Y": the founders named after "with".
        // ("مع شريكه السابق في «أوريدو»، المهندس فلان": a company after "with" describes the co-founder named after it.)
        if (anyFounder && ((_s.ObjectAfter(last.End, 8, "prep-with") is { } withObject && (withObject.People.Any() || _doc.Language != "ar") ? withObject : null) ?? CofoundersAfterWith(last.End)) is { } cofounders)
        {
            people.AddRange(FounderList(cofounders));
        }

        foreach (var hit in chain)
        {
            var who = new List<DocEntity>(people);
            if (_s.Has("succeed") && !hit.Is("found"))
            {
                // ("A, B and C left in 2024, and D later replaced E as chief executive": only the replacing clause's people.)
                var from = _s.Cues.FirstOrDefault(c => c.Is("succeed") && c.End <= hit.Start) is { } replaced ? TitleClauseStart(replaced.Start) : _s.TokenStart;
                who.AddRange(_s.Groups.Where(g => g.Start >= from && g.End <= hit.Start).SelectMany(g => g.People));
            }

            foreach (var person in who.Distinct())
            {
                // ("the LinkedIn co-founder", "AWS's founder": a product's or unit's founder founded no owner of it.)
                if (hit.Is("found") && !ProductBesideTitle(company, first.Start, last.End))
                {
                    _bag.Add(RelTypes.Founded, person, company, null, null, null, Evidence);
                    _employer.TryAdd(person.Key, company);
                }

                // "الشريك المؤسس في «ألجبرا فنتشرز»", "founding partner": at a fund, a founder who is a partner there too
                // (elsewhere "الشريك المؤسس لـOpenAI" is a co-founder only). A past job ("former engineer at Google",
                // "الرئيس التنفيذي السابق لـX") is employment too, kept with its role; it names no current employer.
                // ("التي أسسها المهندس فلان", "founded by engineer X": a word of description after the founding verb is no job.)
                var describesFounder = hit.Is("role-employee") && chain.Any(c => c.Is("found") && c.End <= hit.Start && hit.Start - c.End <= 1);
                if ((!hit.Is("found") || hit.Is("role-partner") && _categoryOf(company.Key) == "investor") && !describesFounder)
                {
                    var former = IsFormer(hit);
                    if (former && !(namedWithTitle && held))
                    {
                        continue;                             // a past title far from its holder, or with no company named with it
                    }

                    _bag.Add(RelTypes.WorksFor, person, company, null, null, former ? "former " + RoleName(hit) : RoleName(hit), Evidence);
                    if (!former)
                    {
                        _employer.TryAdd(person.Key, company);
                    }
                }
            }
        }
    }
}
