using KnowledgeGraph.Graph;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>
/// The known companies, people and media, loaded from YAML files (<c>data/gazetteer/*.yaml</c> and any user files).
/// A file's entries are companies unless the file is named people*/person*/media* or an entry says <c>type:</c>.
/// Entries with the same key merge, so a user file can add aliases to a shipped entry.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, GazetteerEntry> _entries = new(StringComparer.Ordinal);
    private readonly PhraseTrie<AliasTarget> _trie = new();

    public IReadOnlyDictionary<string, GazetteerEntry> Entries => _entries;

    internal PhraseTrie<AliasTarget> Trie => _trie;

    public static Gazetteer Load(IEnumerable<string> files)
    {
        var g = new Gazetteer();
        foreach (var file in files)
        {
            g.LoadFile(file);
        }

        g.Index();
        return g;
    }

    /// <summary>The shipped gazetteer plus user files.</summary>
    public static Gazetteer LoadDefault(IEnumerable<string>? userFiles = null)
    {
        var dir = Path.Combine(DataDirectory.Find(), "gazetteer");
        var shipped = Directory.EnumerateFiles(dir, "*.yaml").Order(StringComparer.Ordinal);
        return Load([.. shipped, .. userFiles ?? []]);
    }

    private void LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new LexiconFormatException(path, 0, "gazetteer file not found");
        }

        var fileName = Path.GetFileName(path).ToLowerInvariant();
        var defaultKind = fileName.StartsWith("people", StringComparison.Ordinal) || fileName.StartsWith("person", StringComparison.Ordinal) ? EntryKind.Person
            : fileName.StartsWith("media", StringComparison.Ordinal) ? EntryKind.Media
            : EntryKind.Company;
        foreach (var (map, line) in YamlRecords.Read(path))
        {
            var name = YamlRecords.Scalar(map, "name")?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                throw new LexiconFormatException(path, line, "entry without 'name'");
            }

            var kind = YamlRecords.Scalar(map, "type") is { } t
                ? Enum.TryParse<EntryKind>(t, ignoreCase: true, out var k) ? k : throw new LexiconFormatException(path, line, $"unknown type '{t}' (Company, Person or Media)")
                : defaultKind;
            var key = YamlRecords.Scalar(map, "key")?.Trim() is { Length: > 0 } explicitKey ? explicitKey : Keys.Slug(name);
            if (key.Length == 0)
            {
                throw new LexiconFormatException(path, line, $"'{name}' gives an empty key; add key: ...");
            }

            if (!_entries.TryGetValue(key, out var entry))
            {
                entry = new GazetteerEntry { Key = key, Name = name, Kind = kind, Category = YamlRecords.Scalar(map, "category"), Org = YamlRecords.Scalar(map, "org") };
                _entries[key] = entry;
            }

            var arabic = YamlRecords.List(path, map, "ar");
            entry.NameAr ??= arabic.FirstOrDefault();
            entry.Aliases.Add(name);
            entry.Aliases.AddRange(arabic);
            entry.Aliases.AddRange(YamlRecords.List(path, map, "en"));
            entry.Products.AddRange(YamlRecords.List(path, map, "products"));
            if (YamlRecords.Flag(map, "caseSensitive"))
            {
                entry.CaseSensitive.UnionWith(entry.Aliases.Where(a => a.Any(Tokenizer.IsLatinLetter)));
            }
            else
            {
                entry.CaseSensitive.UnionWith(YamlRecords.List(path, map, "caseSensitive"));
            }
        }
    }

    private void Index()
    {
        foreach (var entry in _entries.Values)
        {
            foreach (var alias in entry.Aliases.Distinct(StringComparer.Ordinal))
            {
                AddAlias(alias, entry, isProduct: false);
            }

            foreach (var product in entry.Products.Distinct(StringComparer.Ordinal))
            {
                AddAlias(product, entry, isProduct: true);
            }
        }
    }

    private void AddAlias(string alias, GazetteerEntry entry, bool isProduct)
    {
        var words = Tokenizer.Tokenize(alias).Where(t => t.IsWord).Select(t => t.Norm).ToList();
        _trie.Add(words, new AliasTarget(entry, alias, isProduct, entry.CaseSensitive.Contains(alias)));
    }
}

/// <summary>What an alias in the trie points at.</summary>
internal sealed record AliasTarget(GazetteerEntry Entry, string Alias, bool IsProduct, bool CaseSensitive);
