// Deals by status and size: investments, purchases, partnerships, funding rounds, initiatives and acquisitions,
// filtered by status (announced, talks, stalled, completed, planned, reported) and smallest amount, biggest
// first, with their parties (and roles) and the documents they were reported in.
//
// Parameters:
//   $status        only deals with this status (null: any status)
//   $minAmountUsd  only deals of at least this many US dollars (null: any amount, also none stated)
//   $limit         most rows returned
// In Neo4j Browser, set them first, e.g.  :params {status: 'talks', minAmountUsd: null, limit: 50}
//
// Bounded: one pass over Deal nodes (indexed on status and amountUsd by schema.cypher), one hop to parties and
// documents, and LIMIT $limit.
MATCH (d:Deal)
WHERE ($status IS NULL OR d.status = $status)
  AND ($minAmountUsd IS NULL OR d.amountUsd >= $minAmountUsd)
OPTIONAL MATCH (party)-[pt:PARTY_TO]->(d)
WITH d, collect(party.name + ' (' + coalesce(pt.role, 'party') + ')') AS parties
OPTIONAL MATCH (d)-[:REPORTED_IN]->(doc:Document)
WITH d, parties, collect(doc.path) AS documents
RETURN d.key AS deal,
       d.type AS type,
       d.status AS status,
       d.amountUsd AS amountUsd,
       d.amountText AS amountText,
       d.summary AS summary,
       parties,
       documents
ORDER BY coalesce(amountUsd, -1.0) DESC, deal ASC
LIMIT $limit;
