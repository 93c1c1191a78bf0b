// Circular financing: every loop where money sent out as investment comes back as purchases, i.e. a directed
// cycle over INVESTS_IN and BUYS_FROM with at least one of each, with the amounts, statuses, evidence and
// sources of every edge along it. Most money first: ordered by the money going round (the smallest stated amount,
// loops with none come last), then length, then the key sequence - the same order as the in-process finder.
//
// Parameters:
//   $maxLength     longest loop, in edges (2 to 6 here)
//   $minAmountUsd  keep loops whose money going round is at least this (null: all)
//   $company       keep loops through this company: key, name (any case) or alias (null: all)
// In Neo4j Browser, set them first, e.g.  :params {maxLength: 6, minAmountUsd: null, company: null}
//
// Bounded: variable-length bounds cannot be parameters in Cypher, so the pattern carries a fixed upper bound
// (*2..6) and `length(p) <= $maxLength` trims below it. The program (Neo4jCycleFinder) rewrites that one bound
// to $maxLength before sending, so shorter limits also search less and longer ones stay explicit. Never run it
// unbounded (an unbounded *2.. ran out of heap on 20k companies with 60k edges). Each loop is reported once, not
// once per rotation: it is read from its smallest company key. For one company, loops-through-company.cypher
// is far cheaper (anchored).
MATCH p = (a)-[:INVESTS_IN|BUYS_FROM*2..6]->(a)
WHERE length(p) <= $maxLength
  AND all(n IN nodes(p) WHERE n.key >= a.key)
  AND all(n IN tail(nodes(p)) WHERE single(m IN tail(nodes(p)) WHERE m = n))
  AND any(r IN relationships(p) WHERE type(r) = 'INVESTS_IN')
  AND any(r IN relationships(p) WHERE type(r) = 'BUYS_FROM')
  AND ($company IS NULL OR any(n IN nodes(p) WHERE n.key = $company OR toLower(n.name) = toLower($company)
                                                   OR $company IN coalesce(n.aliases, [])))
WITH p, relationships(p) AS rels
WITH p, rels,
     reduce(least = null, r IN rels |
       CASE WHEN r.amountUsd IS NULL THEN least WHEN least IS NULL OR r.amountUsd < least THEN r.amountUsd ELSE least END)
       AS moneyAround
WHERE $minAmountUsd IS NULL OR moneyAround >= $minAmountUsd
RETURN [n IN nodes(p) | n.name] AS chain,
       moneyAround,
       length(p) AS length,
       any(r IN rels WHERE r.status IN ['talks', 'stalled']) AS tentative,
       [r IN rels | {type: type(r), fromKey: startNode(r).key, fromName: startNode(r).name,
                     toKey: endNode(r).key, toName: endNode(r).name, amountUsd: r.amountUsd, status: r.status,
                     evidence: coalesce(r.evidence, []), sources: coalesce(r.sources, [])}] AS edges,
       reduce(s = '', r IN rels | s + startNode(r).key + ' ') AS keySequence,
       reduce(s = '', r IN rels | s + type(r) + ' ') AS typeSequence
ORDER BY coalesce(moneyAround, -1.0) DESC, length ASC, keySequence ASC, typeSequence ASC;
