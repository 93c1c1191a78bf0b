// Who invests in whom: chains of INVESTS_IN from an investor through the companies it funds, and on through
// the companies those fund, up to N hops, with the amount and status of every hop. Shortest chains first.
//
// Parameters:
//   $company  the investor at the head of the chains: key, name (any case) or alias (null: every investor)
//   $maxHops  longest chain, in INVESTS_IN hops (1 to 4 here)
//   $limit    most rows returned
// In Neo4j Browser, set them first, e.g.  :params {company: null, maxHops: 3, limit: 100}
//
// Bounded: the pattern carries the fixed upper bound *1..4 (bounds cannot be parameters) trimmed by
// `length(p) <= $maxHops`, chains never revisit a company, and LIMIT $limit caps the rows.
MATCH p = (investor)-[:INVESTS_IN*1..4]->(investee)
WHERE length(p) <= $maxHops
  AND ($company IS NULL OR investor.key = $company OR toLower(investor.name) = toLower($company)
       OR $company IN coalesce(investor.aliases, []))
  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
RETURN investor.name AS investor,
       investee.name AS investee,
       length(p) AS hops,
       [n IN nodes(p) | n.name] AS chain,
       [r IN relationships(p) | r.amountUsd] AS amountsUsd,
       [r IN relationships(p) | r.status] AS statuses,
       reduce(s = '', n IN nodes(p) | s + n.key + ' ') AS route
ORDER BY hops ASC, route ASC
LIMIT $limit;
