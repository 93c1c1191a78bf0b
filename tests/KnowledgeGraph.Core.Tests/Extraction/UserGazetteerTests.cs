using System.Text;
using KnowledgeGraph.Documents;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Lexicon;

namespace KnowledgeGraph.Core.Tests.Sentences;

/// <summary>Users extend the gazetteer with files of their own, without recompiling; a broken file names its line.</summary>
public class UserGazetteerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-gazetteer-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void UserFile_NewCompanyWithArabicSpelling_IsRecognisedUnderItsEnglishKey()
    {
        var file = Path.Combine(_folder, "mine.yaml");
        File.WriteAllText(file, "- name: Qamar Robotics\n  ar: [قمر روبوتكس]\n");
        var engine = new ExtractionEngine(Lexicons.LoadDefault([file]));

        var doc = new DocumentReader().Parse("a.txt", Encoding.UTF8.GetBytes("استثمرت إنفيديا في قمر روبوتكس."));
        var result = engine.Extract(doc);

        Assert.Contains(result.Entities, e => e.Key == "qamar-robotics" && e.Mentions.Contains("قمر روبوتكس"));
        Assert.Contains(result.Relations, r => r.Type == "INVESTS_IN" && r.From == "nvidia" && r.To == "qamar-robotics");
    }

    [Fact]
    public void UserFile_AliasForAShippedEntry_MergesIntoThatEntry()
    {
        var file = Path.Combine(_folder, "aliases.yaml");
        File.WriteAllText(file, "- name: Nvidia\n  ar: [انفيدياء]\n");

        var gazetteer = Gazetteer.LoadDefault([file]);

        Assert.Contains("انفيدياء", gazetteer.Entries["nvidia"].Aliases);
    }

    [Fact]
    public void UserFile_EntryWithoutName_FailsNamingTheFileAndLine()
    {
        var file = Path.Combine(_folder, "broken.yaml");
        File.WriteAllText(file, "- name: Good Co\n- ar: [بلا اسم]\n");

        var ex = Assert.Throws<LexiconFormatException>(() => Gazetteer.LoadDefault([file]));

        Assert.Contains($"{file}:2:", ex.Message);
        Assert.Contains("without 'name'", ex.Message);
    }

    [Fact]
    public void UserFile_ListLeftOpen_FailsNamingTheFile()
    {
        var file = Path.Combine(_folder, "open-list.yaml");
        File.WriteAllText(file, "- name: Good Co\n  ar: [جود كو, جود\n- name: Other Co\n");

        var ex = Assert.Throws<LexiconFormatException>(() => Gazetteer.LoadDefault([file]));

        Assert.Contains(file, ex.Message);
    }
}
