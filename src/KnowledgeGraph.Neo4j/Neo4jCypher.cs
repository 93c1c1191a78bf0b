using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// Every statement the loader sends, in one place so a test can lint all of them. Labels and relationship types
/// come only from the contract's fixed lists (<see cref="NodeLabels"/>, <see cref="RelTypes"/>); every value is a
/// parameter. Provenance lives in a list property <c>_provenance</c>: one string per (document, fact), fields
/// separated by <see cref="Separator"/>, document key first; the contract's properties are derived from it.
/// </summary>
internal static class Neo4jCypher
{
    /// <summary>ASCII unit separator: never part of article text (the loader replaces it with a space).</summary>
    public const string Separator = "\u001f";

    public static readonly IReadOnlyList<string> EntityLabels = [NodeLabels.Company, NodeLabels.Person];

    private const string BusinessTypes = "INVESTS_IN|BUYS_FROM|PARTNERS_WITH|COMPETES_WITH|WORKS_FOR|FOUNDED";

    public const string ServerComponents =
        "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition";

    // What is stored for the documents about to be loaded: the same text (key) or the same path.
    public const string StoredDocuments =
        "UNWIND $docs AS doc OPTIONAL MATCH (byKey:Document {key: doc.key}) OPTIONAL MATCH (byPath:Document {path: doc.path}) " +
        "RETURN doc.key AS key, byKey.key AS stored, byKey.extractionHash AS hash, byPath.key AS atPath";

    public const string FindDocument =
        "MATCH (d:Document) WHERE d.key = $value OR d.path = $value RETURN d.key AS key, d.path AS path";

    // ---- schema -------------------------------------------------------------------------------------------

    /// <summary>Neo4j 4.4 and later (and what Cypher 5 accepts).</summary>
    public static IReadOnlyList<string> ModernSchema =>
    [
        .. NodeLabels.All.Select(l => $"CREATE CONSTRAINT {l.ToLowerInvariant()}_key IF NOT EXISTS FOR (n:{l}) REQUIRE n.key IS UNIQUE"),
        "CREATE INDEX document_path IF NOT EXISTS FOR (n:Document) ON (n.path)",
    ];

    /// <summary>Before 4.4 (3.x, 4.0-4.3). Cypher 5 no longer parses these; they are only sent to older servers.</summary>
    public static IReadOnlyList<string> LegacySchema =>
    [
        .. NodeLabels.All.Select(l => $"CREATE CONSTRAINT ON (n:{l}) ASSERT n.key IS UNIQUE"),
        "CREATE INDEX ON :Document(path)",
    ];

    // ---- removing what documents contributed (params: $keys, $paths, $keep, $sep) --------------------------

    // The documents to strip: those named by key, plus whatever Document currently sits at one of the paths.
    private const string Stripped =
        "UNWIND $paths AS path MATCH (old:Document {path: path}) " +
        "WITH collect(DISTINCT old.key) + $keys AS ks ";

    private const string KeepOthers = "[p IN x._provenance WHERE NOT split(p, $sep)[0] IN ks]";

    public static readonly string RemoveBusinessRelationships =
        Stripped +
        $"UNWIND ks AS k MATCH (:Document {{key: k}})-[:MENTIONS]->()-[x:{BusinessTypes}]->() " +
        $"WITH DISTINCT x, ks SET x._provenance = [p IN coalesce(x._provenance, [{BusinessEntry("x")}]) WHERE NOT split(p, $sep)[0] IN ks] SET {BusinessDerived} " +
        "WITH x, size(x._provenance) AS left SET x._provenance = CASE WHEN left > 1 THEN x._provenance END " +
        "WITH x, left WHERE left = 0 DELETE x";

    public static readonly string RemovePartyRelationships =
        Stripped +
        "UNWIND ks AS k MATCH (:Document {key: k})<-[:REPORTED_IN]-(:Deal)<-[x:PARTY_TO]-() " +
        $"WITH DISTINCT x, ks SET x._provenance = {KeepOthers} SET {PartyDerived} " +
        "WITH x WHERE size(x._provenance) = 0 DELETE x";

    public static readonly string RemoveEntities =
        Stripped +
        "UNWIND ks AS k MATCH (:Document {key: k})-[:MENTIONS]->(x) " +
        $"WITH DISTINCT x, ks SET x._provenance = [p IN {EntityProvenance("x", "_provenance")} WHERE NOT split(p, $sep)[0] IN ks] SET {EntityDerived} " +
        $"WITH x, size(x._provenance) AS left SET x._provenance = CASE WHEN left > 0 AND {EntityCompact} THEN null ELSE x._provenance END " +
        "WITH x, left WHERE left = 0 DETACH DELETE x";

    public static readonly string RemoveDeals =
        Stripped +
        "UNWIND ks AS k MATCH (:Document {key: k})<-[:REPORTED_IN]-(x:Deal) " +
        $"WITH DISTINCT x, ks SET x._provenance = {KeepOthers} SET {DealDerived} " +
        "WITH x WHERE size(x._provenance) = 0 DETACH DELETE x";

    // A document that is loaded again keeps its node (and ingestedAt); its links are rebuilt.
    public const string RemoveDocuments =
        Stripped +
        "UNWIND ks AS k MATCH (d:Document {key: k}) OPTIONAL MATCH (d)-[m]-() DELETE m " +
        "WITH DISTINCT d, k WHERE NOT k IN $keep DELETE d";

    public static IReadOnlyList<string> Removal =>
        [RemoveBusinessRelationships, RemovePartyRelationships, RemoveEntities, RemoveDeals, RemoveDocuments];

    // ---- loading (param: $rows) ---------------------------------------------------------------------------
    // Loading only appends: the stored derived properties are the fold of _provenance in order, so appending the
    // new entries and folding only them on top gives the same values as folding everything again (which is what
    // removal does), at a fraction of the cost. Rows carry their entries' fold, computed by the client. A new
    // node or relationship takes the row as it is (its lists are distinct already): only a match pays for the
    // merge expressions. REPORTED_IN is created in the Deal's statement, MENTIONS in a statement per label.

    public const string MergeDocuments =
        "UNWIND $rows AS row MERGE (d:Document {key: row.key}) ON CREATE SET d.ingestedAt = row.ingestedAt " +
        "SET d.path = row.path, d.title = row.title, d.language = row.language, d.extractionHash = row.extractionHash";

    // A row's provenance is null when every entry is what its fold gives (see EntityProvenance); the node then
    // stores none as long as every document names it the same way.
    public static string MergeEntities(string label) =>
        $"UNWIND $rows AS row MERGE (x:{Entity(label)} {{key: row.key}}) " +
        "ON CREATE SET x += {_provenance: row.provenance, name: row.name, nameAr: row.nameAr, aliases: row.aliases, sources: row.sources} " +
        "ON MATCH SET x += {_provenance: CASE WHEN x._provenance IS NULL AND row.provenance IS NULL AND x.name = row.name " +
        "AND coalesce(x.nameAr, '') = coalesce(row.nameAr, '') AND x.aliases = row.aliases THEN null " +
        $"ELSE {EntityProvenance("x", "_provenance")} + {EntityProvenance("row", "provenance")} END, " +
        "name: coalesce(x.name, row.name), nameAr: coalesce(x.nameAr, row.nameAr), " +
        $"aliases: {Append("aliases")}, sources: {Append("sources")}}}";

    // Separate from the node's MERGE: in one statement the planner puts an Eager between the MERGE and the
    // Document lookup, and a row per (node, document) repeats the Document lookup. Here: one row per document.
    public static string LinkMentions(string label) =>
        $"UNWIND $rows AS row {Existing("d", NodeLabels.Document, "row.doc")} " +
        $"WITH d, row UNWIND row.keys AS key {Existing("x", Entity(label), "key")} " +
        "CREATE (d)-[:MENTIONS]->(x)";

    public static readonly string MergeDeals =
        "UNWIND $rows AS row MERGE (x:Deal {key: row.key}) " +
        "SET x._provenance = coalesce(x._provenance, []) + row.provenance, " +
        "x.type = coalesce(x.type, row.type), x.amountUsd = coalesce(x.amountUsd, toFloat(row.amountUsd)), " +
        "x.amountText = coalesce(x.amountText, row.amountText), x.status = coalesce(x.status, row.status), " +
        "x.summary = coalesce(x.summary, row.summary), " +
        "x.sources = coalesce(x.sources, []) + [v IN row.sources WHERE NOT v IN coalesce(x.sources, [])] " +
        LinkFromDocuments("(x)-[:REPORTED_IN]->(d)");

    // A row's provenance is null when it has one entry: its properties are that entry (BusinessEntry).
    public static string MergeBusiness(string type, string fromLabel, string toLabel) =>
        $"UNWIND $rows AS row {Existing("a", Entity(fromLabel), "row.from")} {Existing("b", Entity(toLabel), "row.to")} " +
        $"MERGE (a)-[x:{Business(type)}]->(b) " +
        "ON CREATE SET x += {_provenance: row.provenance, " +
        "sources: row.sources, evidence: row.evidence, " +
        "amountUsd: toFloat(row.amountUsd), amountText: row.amountText, status: row.status, role: row.role} " +
        $"ON MATCH SET x += {{_provenance: coalesce(x._provenance, [{BusinessEntry("x")}]) + coalesce(row.provenance, [{BusinessEntry("row")}]), " +
        $"sources: {Append("sources")}, evidence: {Append("evidence")}, " +
        "amountUsd: coalesce(x.amountUsd, toFloat(row.amountUsd)), amountText: coalesce(x.amountText, row.amountText), " +
        "status: coalesce(x.status, row.status), role: coalesce(x.role, row.role)}";

    public static string MergeParties(string label) =>
        $"UNWIND $rows AS row {Existing("e", Entity(label), "row.key")} {Existing("deal", NodeLabels.Deal, "row.deal")} " +
        "MERGE (e)-[x:PARTY_TO]->(deal) " +
        "SET x._provenance = coalesce(x._provenance, []) + row.provenance, x.role = coalesce(x.role, row.role)";

    /// <summary>Every statement the loader can send to a Neo4j 4.4+ server (for the Cypher 5 lint).</summary>
    public static IEnumerable<(string Name, string Cypher)> All()
    {
        yield return (nameof(ServerComponents), ServerComponents);
        yield return (nameof(StoredDocuments), StoredDocuments);
        yield return (nameof(FindDocument), FindDocument);
        foreach (var s in ModernSchema)
        {
            yield return (nameof(ModernSchema), s);
        }

        yield return (nameof(RemoveBusinessRelationships), RemoveBusinessRelationships);
        yield return (nameof(RemovePartyRelationships), RemovePartyRelationships);
        yield return (nameof(RemoveEntities), RemoveEntities);
        yield return (nameof(RemoveDeals), RemoveDeals);
        yield return (nameof(RemoveDocuments), RemoveDocuments);
        yield return (nameof(MergeDocuments), MergeDocuments);
        yield return (nameof(MergeDeals), MergeDeals);
        foreach (var label in EntityLabels)
        {
            yield return ($"{nameof(MergeEntities)}({label})", MergeEntities(label));
            yield return ($"{nameof(LinkMentions)}({label})", LinkMentions(label));
            yield return ($"{nameof(MergeParties)}({label})", MergeParties(label));
            foreach (var type in RelTypes.Business)
            {
                foreach (var to in EntityLabels)
                {
                    yield return ($"{nameof(MergeBusiness)}({type},{label},{to})", MergeBusiness(type, label, to));
                }
            }
        }
    }

    // ---- derived properties -------------------------------------------------------------------------------
    // entity:   doc, name, nameAr, alias, alias, ...
    // deal:     doc, type, amountUsd, amountText, status, summary
    // business: doc, amountUsd, amountText, status, role, evidence
    // party:    doc, role

    private static string EntityDerived =>
        $"x.name = {First(1)}, x.nameAr = {First(2)}, " +
        $"x.aliases = {Distinct("reduce(all = [], p IN x._provenance | all + [a IN split(p, $sep)[3..] WHERE a <> ''])")}, " +
        $"x.sources = {Sources}";

    private static string DealDerived =>
        $"x.type = {First(1)}, x.amountUsd = {FirstNumber(2)}, x.amountText = {First(3)}, x.status = {First(4)}, " +
        $"x.summary = {First(5)}, x.sources = {Sources}";

    private static string BusinessDerived =>
        $"x.sources = {Sources}, " +
        $"x.evidence = {Distinct("[p IN x._provenance WHERE split(p, $sep)[5] <> '' | split(p, $sep)[5]]")}, " +
        $"x.amountUsd = {FirstNumber(1)}, x.amountText = {First(2)}, x.status = {First(3)}, x.role = {First(4)}";

    // The documents of this batch that name the node (its new sources) link to it. CREATE, not MERGE: a document
    // being loaded is new, or its links were deleted by the removal statements of the same transaction.
    private static string LinkFromDocuments(string pattern) =>
        $"WITH x, row UNWIND row.sources AS source {Existing("d", NodeLabels.Document, "source")} CREATE {pattern}";

    // A node this transaction merged already, found by key. MERGE rather than MATCH: Neo4j 3.x plans a MATCH by
    // key on the index statistics, and while they are stale (a bulk load ahead of the background sampler) it plans
    // a hash join over an index scan per row (USING INDEX does not prevent it): a 10,000-row statement then took
    // minutes instead of a second, and the plan stays cached. MERGE on a unique key is always a unique index seek,
    // at the same cost, and creates nothing here because the node exists.
    private static string Existing(string variable, string label, string key) => $"MERGE ({variable}:{label} {{key: {key}}})";

    private static string Append(string property) =>
        $"coalesce(x.{property}, []) + [v IN row.{property} WHERE NOT v IN coalesce(x.{property}, [])]";

    // A relationship one document states (most of them) stores no _provenance: its one entry is its properties,
    // rebuilt here (from a node or a row) when a second document or a removal needs the list. Saves a list of the
    // longest strings (document key and evidence sentence again) on most relationships, and in the request.
    private static string BusinessEntry(string v) =>
        $"{v}.sources[0] + $sep + coalesce(toString(toFloat({v}.amountUsd)), '') + $sep + " +
        $"coalesce({v}.amountText, '') + $sep + coalesce({v}.status, '') + $sep + coalesce({v}.role, '') + $sep + " +
        $"coalesce({v}.evidence[0], '')";

    // A Company or Person whose every document gives the same name, Arabic name and aliases (in the same order)
    // stores no _provenance: its entries are one per source, rebuilt from its properties when a document with other
    // facts or a removal needs the list (from a node or a row). Saves the list of the node's largest strings.
    private static string EntityProvenance(string v, string list) =>
        $"coalesce({v}.{list}, [s IN {v}.sources | {RebuiltEntity(v, "s")}])";

    private static string RebuiltEntity(string v, string source) =>
        $"{source} + $sep + coalesce({v}.name, '') + $sep + coalesce({v}.nameAr, '') + reduce(t = '', a IN coalesce({v}.aliases, []) | t + $sep + a)";

    // After a removal: the remaining entries are one per source, each what the properties give.
    private static string EntityCompact =>
        $"size(x._provenance) = size(x.sources) AND all(p IN x._provenance WHERE p = {RebuiltEntity("x", "split(p, $sep)[0]")})";

    private static string PartyDerived => $"x.role = {First(1)}";

    private static string Sources => Distinct("[p IN x._provenance | split(p, $sep)[0]]");

    private static string First(int field) =>
        $"head([p IN x._provenance WHERE split(p, $sep)[{field}] <> '' | split(p, $sep)[{field}]])";

    private static string FirstNumber(int field) =>
        $"head([p IN x._provenance WHERE split(p, $sep)[{field}] <> '' | toFloat(split(p, $sep)[{field}])])";

    private static string Distinct(string list) =>
        $"reduce(acc = [], v IN {list} | CASE WHEN v IN acc THEN acc ELSE acc + v END)";

    private static string Entity(string label) =>
        EntityLabels.Contains(label) ? label : throw new ArgumentException($"not an entity label: {label}", nameof(label));

    private static string Business(string type) =>
        RelTypes.Business.Contains(type) ? type : throw new ArgumentException($"not a business relationship type: {type}", nameof(type));
}
