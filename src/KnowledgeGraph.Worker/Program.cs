using System.Text;
using KnowledgeGraph.Documents;
using KnowledgeGraph.Export;
using KnowledgeGraph.Extraction;

// Placeholder entry point: `extract <inputs...> --json <out>` only. The hosted worker lands with its issue.
Console.OutputEncoding = Encoding.UTF8;
if (args.Length < 1 || args[0] != "extract")
{
    Console.Error.WriteLine("usage: extract <files or folders...> --json <out.json>");
    return 2;
}

var inputs = new List<string>();
string? json = null;
for (var i = 1; i < args.Length; i++)
{
    if (args[i] == "--json" && i + 1 < args.Length)
    {
        json = args[++i];
    }
    else
    {
        inputs.Add(args[i]);
    }
}

var reader = new DocumentReader();
var engine = ExtractionEngine.CreateDefault();
var results = new List<DocumentExtraction>();
foreach (var file in DocumentReader.Expand(inputs))
{
    try
    {
        results.Add(engine.Extract(reader.Read(file)));
    }
    catch (DocumentReadException ex)
    {
        Console.Error.WriteLine(ex.Message);
    }
}

if (json is not null)
{
    ExtractionJson.Write(results, json);
}

Console.WriteLine($"{results.Count} documents");
return results.Count > 0 ? 0 : 1;
