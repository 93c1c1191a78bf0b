// A company's partners (PARTNERS_WITH: partnerships, alliances, joint projects) and competitors
// (COMPETES_WITH: named competition), with the sentences and documents they were read from.
// Both relationships are symmetric and stored once, so they are matched in either direction.
//
// Parameters:
//   $company  the company: key, name (any case) or alias
// In Neo4j Browser, set them first, e.g.  :params {company: 'Amazon'}
//
// Bounded: one hop around one company.
MATCH (c:Company)
WHERE c.key = $company OR toLower(c.name) = toLower($company) OR $company IN coalesce(c.aliases, [])
MATCH (c)-[r:PARTNERS_WITH|COMPETES_WITH]-(other)
RETURN CASE type(r) WHEN 'PARTNERS_WITH' THEN 'partner' ELSE 'competitor' END AS relation,
       other.name AS company,
       other.key AS companyKey,
       coalesce(r.evidence, []) AS evidence,
       coalesce(r.sources, []) AS sources
ORDER BY relation DESC, companyKey ASC;
