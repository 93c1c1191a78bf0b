namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>All the data the extractor reads: gazetteer, cue words, first names and non-name words.</summary>
public sealed record Lexicons(Gazetteer Gazetteer, CueLexicon Cues, CueLexicon Words, FirstNames FirstNames)
{
    public static Lexicons LoadDefault(IEnumerable<string>? userGazetteerFiles = null)
    {
        var data = DataDirectory.Find();
        return new Lexicons(
            Gazetteer.LoadDefault(userGazetteerFiles),
            CueLexicon.Load(Path.Combine(data, "lexicon", "cues.yaml")),
            CueLexicon.Load(Path.Combine(data, "lexicon", "words.yaml")),
            FirstNames.LoadDefault());
    }
}
