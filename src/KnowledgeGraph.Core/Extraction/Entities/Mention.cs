namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Where an entity is named: tokens [TokenStart, TokenEnd). <see cref="Prepositional"/> is true when a preposition
/// governs it (an attached ب/ل/ك, or a word such as مع, from, with before it): such a name is an object, not an actor.
/// </summary>
internal sealed record Mention(int TokenStart, int TokenEnd, DocEntity Entity, bool Prepositional, bool IsProduct = false);
