namespace KnowledgeGraph.Graph;

/// <summary>The fixed labels of the graph contract. Only these ever reach a Cypher statement.</summary>
public static class NodeLabels
{
    public const string Company = "Company";
    public const string Person = "Person";
    public const string Deal = "Deal";
    public const string Document = "Document";

    public static readonly IReadOnlyList<string> All = [Company, Person, Deal, Document];
}

/// <summary>The fixed relationship types of the graph contract.</summary>
public static class RelTypes
{
    public const string InvestsIn = "INVESTS_IN";
    public const string BuysFrom = "BUYS_FROM";
    public const string PartnersWith = "PARTNERS_WITH";
    public const string CompetesWith = "COMPETES_WITH";
    public const string WorksFor = "WORKS_FOR";
    public const string Founded = "FOUNDED";
    public const string PartyTo = "PARTY_TO";
    public const string ReportedIn = "REPORTED_IN";
    public const string Mentions = "MENTIONS";

    /// <summary>The relations read from text; each carries sources and evidence.</summary>
    public static readonly IReadOnlyList<string> Business = [InvestsIn, BuysFrom, PartnersWith, CompetesWith, WorksFor, Founded];

    public static readonly IReadOnlyList<string> All = [.. Business, PartyTo, ReportedIn, Mentions];

    /// <summary>Symmetric types are stored once, with the endpoints in key order.</summary>
    public static bool IsSymmetric(string type) => type is PartnersWith or CompetesWith;
}

public static class DealTypes
{
    public const string Investment = "investment";
    public const string Purchase = "purchase";
    public const string Partnership = "partnership";
    public const string FundingRound = "funding_round";
    public const string Initiative = "initiative";
    public const string Acquisition = "acquisition";
}

public static class DealStatuses
{
    public const string Announced = "announced";
    public const string Talks = "talks";
    public const string Stalled = "stalled";
    public const string Completed = "completed";
    public const string Planned = "planned";
    public const string Reported = "reported";

    /// <summary>Statuses under which no money has moved yet and may never move.</summary>
    public static bool IsTentative(string? status) => status is Talks or Stalled;
}

public static class PartyRoles
{
    public const string Investor = "investor";
    public const string Investee = "investee";
    public const string Buyer = "buyer";
    public const string Supplier = "supplier";
    public const string Partner = "partner";
}
