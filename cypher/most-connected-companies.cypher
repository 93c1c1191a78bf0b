// The most connected companies: companies ranked by how many business relationships they have (INVESTS_IN,
// BUYS_FROM, PARTNERS_WITH, COMPETES_WITH, WORKS_FOR, FOUNDED, either direction), with the number of distinct
// counterparts, money in and out, and the number of documents that mention them.
//
// Parameters:
//   $limit  most rows returned
// In Neo4j Browser, set them first, e.g.  :params {limit: 20}
//
// Bounded: one pass over the relationships of Company nodes, one hop each, and LIMIT $limit.
MATCH (c:Company)-[r]-(other)
WHERE type(r) IN ['INVESTS_IN', 'BUYS_FROM', 'PARTNERS_WITH', 'COMPETES_WITH', 'WORKS_FOR', 'FOUNDED']
WITH c,
     count(r) AS relationships,
     count(DISTINCT other) AS counterparts,
     sum(CASE WHEN type(r) = 'INVESTS_IN' AND startNode(r) = c THEN 1 ELSE 0 END) AS investsIn,
     sum(CASE WHEN type(r) = 'INVESTS_IN' AND endNode(r) = c THEN 1 ELSE 0 END) AS investedInBy,
     sum(CASE WHEN type(r) = 'BUYS_FROM' AND startNode(r) = c THEN 1 ELSE 0 END) AS buysFrom,
     sum(CASE WHEN type(r) = 'BUYS_FROM' AND endNode(r) = c THEN 1 ELSE 0 END) AS sellsTo
OPTIONAL MATCH (doc:Document)-[:MENTIONS]->(c)
WITH c, relationships, counterparts, investsIn, investedInBy, buysFrom, sellsTo, count(doc) AS documents
RETURN c.name AS company,
       c.key AS key,
       relationships,
       counterparts,
       investsIn,
       investedInBy,
       buysFrom,
       sellsTo,
       documents
ORDER BY relationships DESC, key ASC
LIMIT $limit;
