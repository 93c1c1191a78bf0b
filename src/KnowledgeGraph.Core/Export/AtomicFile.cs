using System.Text;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes files so that a reader (or an interrupted run) sees either the old content or the new, never half:
/// the text goes to a temporary file beside the target, which is then renamed over it.
/// </summary>
public static class AtomicFile
{
    /// <summary>Suffix of the temporary files; a leftover one means a run was killed mid-write.</summary>
    public const string TempSuffix = ".partial";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> (UTF-8) to <paramref name="path"/> through a temp file and a rename.</summary>
    /// <param name="flushToDisk">Also force the bytes to disk before the rename, so a power cut cannot leave an empty
    /// file behind. A killed process never leaves a half-written file either way.</param>
    public static void WriteAllText(string path, string text, bool flushToDisk = true)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        // A unique name per write, so two writers never share a temp file.
        var tmp = $"{full}.{Guid.NewGuid():N}{TempSuffix}";
        try
        {
            using (var stream = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream, Utf8NoBom))
            {
                writer.Write(text);
                writer.Flush();
                stream.Flush(flushToDisk);
            }

            File.Move(tmp, full, overwrite: true);
        }
        catch
        {
            File.Delete(tmp);
            throw;
        }
    }

    /// <summary>Deletes temp files a killed run left behind in <paramref name="folder"/> (not recursive).</summary>
    public static void DeleteLeftovers(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*" + TempSuffix))
        {
            File.Delete(file);
        }
    }
}
