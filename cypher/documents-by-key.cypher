// The documents behind a set of document keys (the `sources` of any relationship or loop edge): path, title,
// language and when it was loaded. The cycles command uses it to print where each piece of evidence comes from.
//
// Parameters:
//   $keys  document keys (SHA-256 of the normalised text), as found in a relationship's `sources`
// In Neo4j Browser, set them first, e.g.  :params {keys: ['<document key>']}
//
// Bounded: one unique-key lookup per key given.
UNWIND $keys AS key
MATCH (doc:Document {key: key})
RETURN doc.key AS key,
       doc.path AS path,
       doc.title AS title,
       doc.language AS language,
       doc.ingestedAt AS ingestedAt
ORDER BY path ASC, key ASC;
