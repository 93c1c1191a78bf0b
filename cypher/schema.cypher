// The graph schema, in Neo4j 5 syntax (also 4.4): `key` unique on the four node labels, and indexes for the
// lookups the query pack makes (names, deal status and size, document paths, relationship statuses, and a
// full-text index over English and Arabic names). Idempotent: IF NOT EXISTS throughout.
// Parameters: none. The loader sends the equivalent statements for the server's version (3.x/4.x syntax
// before 4.4), so this file is for setting up a database by hand in Neo4j Browser or cypher-shell.
CREATE CONSTRAINT company_key IF NOT EXISTS FOR (n:Company) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT deal_key IF NOT EXISTS FOR (n:Deal) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE;
CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX deal_status IF NOT EXISTS FOR (n:Deal) ON (n.status);
CREATE INDEX deal_amount IF NOT EXISTS FOR (n:Deal) ON (n.amountUsd);
CREATE INDEX document_path IF NOT EXISTS FOR (n:Document) ON (n.path);
CREATE INDEX invests_in_status IF NOT EXISTS FOR ()-[r:INVESTS_IN]-() ON (r.status);
CREATE INDEX buys_from_status IF NOT EXISTS FOR ()-[r:BUYS_FROM]-() ON (r.status);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Company|Person) ON EACH [n.name, n.nameAr];
