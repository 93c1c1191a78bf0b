using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    // How likely a company is to be the tenant of a lease: labs and big tech rent, data-centre owners let.
    private int TenantScore(DocEntity company) => _categoryOf(company.Key) switch
    {
        "ai-lab" => 3,
        "big-tech" => 2,
        "cloud" => 1,
        "datacenter" or "energy" => -1,
        _ => 0,
    };

    // "Cipher signed a 15-year lease with Amazon Web Services", "Applied Digital signed two leases with CoreWeave": the noun
    // says nothing of who rents, so the likelier tenant rents from the other; between equals the one signed with is the tenant.
    private bool ReadLeaseSignedWith(CueHit hit)
    {
        if (_doc.Language != "en" || _doc.Tokens[hit.Start].Norm is not ("lease" or "leases")
            || !Enumerable.Range(Math.Max(_s.TokenStart, hit.Start - 5), hit.Start - Math.Max(_s.TokenStart, hit.Start - 5))
                .Any(k => _doc.Tokens[k].Norm is "signed" or "sign" or "signs" or "signing" or "inked" or "struck" or "agreed")
            || _s.ObjectAfter(hit.End, 3, "prep-with") is not { } signedWith || !signedWith.Companies.Any()
            || Agents(hit, allowPeople: false, exclude: [.. signedWith.Companies]).FirstOrDefault() is not { } signer)
        {
            return false;
        }

        foreach (var other in signedWith.Companies)
        {
            var (tenant, lessor) = TenantScore(other) >= TenantScore(signer) ? (other, signer) : (signer, other);
            _bag.Add(RelTypes.BuysFrom, tenant, lessor, _money, _status, null, Evidence);
        }

        return true;
    }

    // "X rents GPUs to start-ups", "leases the halls out to Y": the subject rents out; only a named lessee buys from it.
    private bool ReadRentedOut(CueHit hit)
    {
        if (_doc.Language != "en" || _doc.Tokens[hit.Start].Norm is not ("rent" or "rents" or "rented" or "renting" or "lease" or "leases" or "leased" or "leasing")
            || RentedTo(hit) is not { } to)
        {
            return false;
        }

        if (_s.GroupAt(to + 1) is { } lessee && lessee.Companies.Any())
        {
            foreach (var lessor in Agents(hit, allowPeople: false, exclude: [.. lessee.Companies]))
            {
                foreach (var customer in lessee.Companies)
                {
                    _bag.Add(RelTypes.BuysFrom, customer, lessor, _money, _status, null, Evidence);
                }
            }
        }

        return true;
    }

    // "ستؤجر «X» جزءاً من قدرة المركز لـ«Y»", "وقعت X عقداً مع «Y» لتأجير 200 ميغاواط": the company a lessor lets capacity
    // out to (after "لـ", else the one it deals with) rents from it.
    private void ReadLeaseOut(CueHit hit)
    {
        // ("في سوق تأجير الحوسبة": the trade, not a lease.)
        if (_doc.Language != "ar" || hit.Start > _s.TokenStart && ArabicAffixes.AffixVariants(_doc.Tokens[hit.Start - 1].Norm).Any(v => v is "سوق" or "مجال" or "قطاع"))
        {
            return;
        }

        // ("اتفاق مع «X» لتأجير قدرات حوسبة من مركز بيانات": capacity "from" a site is rented in, loosely said, from the one
        // dealt with.)
        var rentedFrom = Enumerable.Range(hit.End, Math.Max(0, Math.Min(_s.TokenEnd, hit.End + 6) - hit.End))
            .Any(k => _doc.Tokens[k].Norm == "من" && k > hit.End && !IsQuantityBefore(k - 1));
        var lessees = _s.ObjectAfter(hit.End, 10, "prep-to")
            ?? (rentedFrom ? null : _s.Groups.LastOrDefault(g => g.End <= hit.Start && g.Start > _s.TokenStart && g.Companies.Any() && WithBefore(g.Start) && !PartnershipBefore(g.Start)));
        if (lessees is null || !lessees.Companies.Any())
        {
            return;
        }

        foreach (var lessor in Agents(hit, allowPeople: false, exclude: [.. lessees.Companies]))
        {
            foreach (var lessee in lessees.Companies)
            {
                _bag.Add(RelTypes.BuysFrom, lessee, lessor, _money, _status, null, Evidence);
            }
        }
    }

    private bool IsQuantityBefore(int k) =>
        ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => v is "جزء" or "جزءا" or "اكثر" or "نصف" or "ربع" or "ثلث" or "كل" or "بعض" or "مزيد");

    // The "to" a few words after a renting verb that names who it is rented to, not what for ("to train"), with no name
    // between (in "rents GPUs from Crusoe to train" the name is the lessor).
    private int? RentedTo(CueHit hit)
    {
        for (var k = hit.End; k + 1 < _s.TokenEnd && k < hit.End + 6; k++)
        {
            if (_s.GroupAt(k) is not null)
            {
                return null;
            }

            if (_doc.Tokens[k].Norm == "to" && (_s.GroupAt(k + 1) is not null || !IsPurposeVerb(k + 1)))
            {
                return k;
            }
        }

        return null;
    }

    private bool IsPurposeVerb(int k) =>
        _doc.Tokens[k].Norm is "train" or "run" or "build" or "power" or "serve" or "host" or "develop" or "expand" or "meet" or "support" or "handle" or "cover" or "test" or "deploy" or "offer";

    private static readonly string[] PlantWords = ["plant", "plants", "fab", "fabs", "foundry", "foundries", "factory", "factories", "facility", "facilities"];

    // "will make its chips at Samsung Foundry's plant in Texas", "to tape out its first product at TSMC": the owner of the plant
    // (a plant's possessor, or a chip maker) makes the goods for the subject.
    private void ReadMakeAt(CueHit hit)
    {
        // "signed an agreement for Tata to manufacture its processors": the one the agreement is for makes the subject's goods.
        if (_doc.Language == "en" && hit.Start - 2 > _s.TokenStart && _doc.Tokens[hit.Start - 1].Norm == "to" && GroupEndingAt(hit.Start - 1, 1) is { } contracted
            && contracted.Companies.Any() && contracted.Start > _s.TokenStart && _doc.Tokens[contracted.Start - 1].Norm == "for"
            && _s.Cues.Any(c => c.Is("goods") && c.Start >= hit.End && c.Start - hit.End <= 2))
        {
            // (The signer is the sentence's subject: names between are often a round's investors, "led by X, and signed".)
            foreach (var buyer in _s.Groups.FirstOrDefault(g => g.End <= contracted.Start && !g.Prepositional && !InBrackets(g) && g.Companies.Any()
                && !g.Members.Intersect(contracted.Members).Any())?.Companies ?? [])
            {
                foreach (var maker in contracted.Companies)
                {
                    _bag.Add(RelTypes.BuysFrom, buyer, maker, _money, _status, null, Evidence);
                }
            }

            return;
        }

        var tapeOut = _doc.Tokens[hit.Start].Norm == "tape" || _doc.Tokens[hit.Start].Norm == "tapes";
        var at = Enumerable.Range(hit.End, Math.Max(0, Math.Min(_s.TokenEnd, hit.End + 6) - hit.End)).FirstOrDefault(k => _doc.Tokens[k].Norm == "at", -1);
        if (_doc.Language != "en" || at < 0 || !tapeOut && !_s.Cues.Any(c => c.Is("goods") && c.Start >= hit.End && c.End <= at)
            || _s.GroupAfter(at + 1, 2) is not { } plant || !plant.Companies.Any())
        {
            return;
        }

        var possessive = plant.End < _s.TokenEnd && _doc.Tokens[plant.End].Norm is "'" or "’" or "'s" or "’s";
        if (!possessive && !PlantWords.Contains(plant.End < _s.TokenEnd ? _doc.Tokens[plant.End].Norm : "") && _categoryOf(plant.Companies.First().Key) != "chips")
        {
            return;
        }

        foreach (var buyer in Agents(hit, allowPeople: false, exclude: [.. plant.Companies]))
        {
            foreach (var maker in plant.Companies)
            {
                _bag.Add(RelTypes.BuysFrom, buyer, maker, _money, _status, null, Evidence);
            }
        }
    }

    // "A third tenant, Brightloom, will take 15MW", "Cobalt has signed for 30 megawatts": a tenant taking capacity at the site
    // the text is about rents it from the company that builds it.
    private void ReadTakeCapacity(CueHit hit)
    {
        if (_doc.Language != "en" || hit.End + 1 >= _s.TokenEnd || !IsCapacityAmount(hit.End) && !IsCapacityAmount(hit.End + 1)
            || (_topic ?? _s.Topic) is not { } lessor)
        {
            return;
        }

        foreach (var tenant in Agents(hit, allowPeople: false, exclude: [lessor]))
        {
            _bag.Add(RelTypes.BuysFrom, tenant, lessor, _money, _status, null, Evidence);
        }
    }

    // "10MW", "40 megawatts", "1.2GW": an amount of capacity starting at k.
    private bool IsCapacityAmount(int k)
    {
        var norm = _doc.Tokens[k].Norm;
        if (norm.Length > 2 && char.IsDigit(norm[0]) && (norm.EndsWith("mw", StringComparison.Ordinal) || norm.EndsWith("gw", StringComparison.Ordinal)))
        {
            return true;
        }

        return char.IsDigit(norm[0]) && k + 1 < _s.TokenEnd && _doc.Tokens[k + 1].Norm is "mw" or "gw" or "megawatts" or "gigawatts" or "megawatt" or "gigawatt";
    }

    // "وقّعت الشركة عقود إيجار طويلة الأجل مع «مايكروسوفت» و«X»": a lease contract signed with companies, read like "signed a
    // lease with" (the likelier tenant rents; between equals the one signed with).
    private bool ReadArabicLeaseWith(CueHit hit)
    {
        if (_doc.Language != "ar" || !hit.Is("deal") || hit.End >= _s.TokenEnd
            || !ArabicAffixes.AffixVariants(_doc.Tokens[hit.End].Norm).Any(v => v is "ايجار" or "تاجير" or "الايجار" or "التاجير")
            || _s.ObjectAfter(hit.End + 1, 6, "prep-with") is not { } signedWith || !signedWith.Companies.Any())
        {
            return false;
        }

        var tenants = _s.ListWithContinuations(signedWith).Where(m => !m.IsPerson).ToList();
        if (Agents(hit, allowPeople: false, exclude: tenants).FirstOrDefault() is not { } signer)
        {
            return false;
        }

        foreach (var other in tenants)
        {
            var (tenant, lessor) = TenantScore(other) >= TenantScore(signer) ? (other, signer) : (signer, other);
            _bag.Add(RelTypes.BuysFrom, tenant, lessor, _money, _status, null, Evidence);
        }

        return true;
    }
}
