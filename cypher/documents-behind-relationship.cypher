// The documents behind one relationship: for the relationships between two companies or people (optionally
// of one type), every document it was read from (path, title, language) with the relationship's amount,
// status and evidence sentences. Either order of the two names works: the row says which way it points.
//
// Parameters:
//   $from  one end: key, name (any case) or alias
//   $to    the other end: key, name (any case) or alias
//   $type  INVESTS_IN, BUYS_FROM, PARTNERS_WITH, COMPETES_WITH, WORKS_FOR or FOUNDED (null: any of them)
// In Neo4j Browser, set them first, e.g.  :params {from: 'Nvidia', to: 'OpenAI', type: 'INVESTS_IN'}
//
// Bounded: the relationships between two given nodes, and one Document lookup per source key.
MATCH (a)-[r]-(b)
WHERE (a.key = $from OR toLower(a.name) = toLower($from) OR $from IN coalesce(a.aliases, []))
  AND (b.key = $to OR toLower(b.name) = toLower($to) OR $to IN coalesce(b.aliases, []))
  AND type(r) IN ['INVESTS_IN', 'BUYS_FROM', 'PARTNERS_WITH', 'COMPETES_WITH', 'WORKS_FOR', 'FOUNDED']
  AND ($type IS NULL OR type(r) = $type)
UNWIND coalesce(r.sources, []) AS source
OPTIONAL MATCH (doc:Document {key: source})
RETURN type(r) AS type,
       startNode(r).name AS from,
       endNode(r).name AS to,
       r.amountUsd AS amountUsd,
       r.status AS status,
       source AS documentKey,
       doc.path AS path,
       doc.title AS title,
       doc.language AS language,
       coalesce(r.evidence, []) AS evidence
ORDER BY type ASC, from ASC, path ASC, documentKey ASC;
