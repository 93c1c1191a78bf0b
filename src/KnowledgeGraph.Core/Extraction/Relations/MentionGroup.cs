using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>Names joined into one list ("مثل نفيديا وأوراكل وAMD", "Amazon, Microsoft and Google"): tokens [Start, End).</summary>
internal sealed record MentionGroup(int Start, int End, IReadOnlyList<DocEntity> Members, bool Prepositional, bool IsProduct = false)
{
    public IEnumerable<DocEntity> Companies => Members.Where(m => !m.IsPerson);

    public IEnumerable<DocEntity> People => Members.Where(m => m.IsPerson);
}
