using System.Text.Json;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Worker.Watching;

/// <summary>
/// The record of processed files (path, content hash, time) kept in the output folder as <c>ledger.json</c>.
/// Saved atomically, so after any stop it lists exactly the files whose extraction is stored.
/// </summary>
internal sealed class Ledger
{
    public const string FileName = "ledger.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly SortedDictionary<string, LedgerEntry> _entries = new(StringComparer.Ordinal);

    public IReadOnlyCollection<LedgerEntry> Entries => _entries.Values;

    public bool TryGet(string path, out LedgerEntry entry) => _entries.TryGetValue(path, out entry!);

    public void Set(LedgerEntry entry) => _entries[entry.Path] = entry;

    public bool Remove(string path) => _entries.Remove(path);

    /// <summary>Reads the ledger in <paramref name="folder"/>; none yet gives an empty one.</summary>
    /// <exception cref="InvalidDataException">The file exists but is not a ledger.</exception>
    public static Ledger Load(string folder)
    {
        var ledger = new Ledger();
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return ledger;
        }

        try
        {
            var file = JsonSerializer.Deserialize<LedgerFile>(File.ReadAllText(path), Json);
            foreach (var entry in file?.Entries ?? [])
            {
                ledger.Set(entry);
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not a readable ledger: {ex.Message}", ex);
        }

        return ledger;
    }

    public void Save(string folder) =>
        AtomicFile.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(new LedgerFile(1, [.. _entries.Values]), Json));

    private sealed record LedgerFile(int Version, IReadOnlyList<LedgerEntry> Entries);
}
