// Loops through one company: the circular-financing loops (INVESTS_IN and BUYS_FROM, at least one of each)
// that pass through the given company, read from that company, with amounts, statuses, evidence and sources.
// Most money first (the smallest stated amount along the loop, loops with none last), then shorter loops.
//
// Parameters:
//   $company    the company: key, name (any case) or alias
//   $maxLength  longest loop, in edges (2 to 6 here)
// In Neo4j Browser, set them first, e.g.  :params {company: 'OpenAI', maxLength: 6}
//
// Bounded: anchored on one company, so the expansion starts from one node instead of every node, and the
// pattern carries the fixed bound *2..6 (bounds cannot be parameters), trimmed by `length(p) <= $maxLength`.
// The fixed bound is what limits the work (paths grow about fourfold per hop on a sparse deal graph): raise
// it by hand for longer loops, e.g. *2..10 took 0.3 s from one company of 20k with 60k random edges.
// Each loop appears once: it is always read from the anchor.
MATCH (c)
WHERE (c:Company OR c:Person)
  AND (c.key = $company OR toLower(c.name) = toLower($company) OR $company IN coalesce(c.aliases, []))
MATCH p = (c)-[:INVESTS_IN|BUYS_FROM*2..6]->(c)
WHERE length(p) <= $maxLength
  AND all(n IN tail(nodes(p)) WHERE single(m IN tail(nodes(p)) WHERE m = n))
  AND any(r IN relationships(p) WHERE type(r) = 'INVESTS_IN')
  AND any(r IN relationships(p) WHERE type(r) = 'BUYS_FROM')
WITH p, relationships(p) AS rels
WITH p, rels,
     reduce(least = null, r IN rels |
       CASE WHEN r.amountUsd IS NULL THEN least WHEN least IS NULL OR r.amountUsd < least THEN r.amountUsd ELSE least END)
       AS moneyAround
RETURN [n IN nodes(p) | n.name] AS chain,
       moneyAround,
       length(p) AS length,
       any(r IN rels WHERE r.status IN ['talks', 'stalled']) AS tentative,
       [r IN rels | {type: type(r), from: startNode(r).name, to: endNode(r).name, amountUsd: r.amountUsd,
                     status: r.status, evidence: coalesce(r.evidence, []), sources: coalesce(r.sources, [])}] AS edges,
       reduce(s = '', r IN rels | s + endNode(r).key + ' ' + type(r) + ' ') AS route
ORDER BY coalesce(moneyAround, -1.0) DESC, length ASC, route ASC;
