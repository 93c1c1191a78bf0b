// A company's suppliers (companies it BUYS_FROM: chips, cloud capacity, data centres, services) and customers
// (companies that BUYS_FROM it), with amount, status, evidence and sources. Suppliers first, biggest first.
//
// Parameters:
//   $company  the company: key, name (any case) or alias
// In Neo4j Browser, set them first, e.g.  :params {company: 'OpenAI'}
//
// Bounded: one hop of BUYS_FROM around one company.
MATCH (c:Company)
WHERE c.key = $company OR toLower(c.name) = toLower($company) OR $company IN coalesce(c.aliases, [])
MATCH (c)-[r:BUYS_FROM]-(other)
RETURN CASE WHEN startNode(r) = c THEN 'supplier' ELSE 'customer' END AS role,
       other.name AS company,
       other.key AS companyKey,
       r.amountUsd AS amountUsd,
       r.status AS status,
       coalesce(r.evidence, []) AS evidence,
       coalesce(r.sources, []) AS sources
ORDER BY role DESC, coalesce(amountUsd, -1.0) DESC, companyKey ASC;
