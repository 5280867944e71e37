using EmulationBot.Questions.Corpus.Markdown;

namespace EmulationBot.Questions.Corpus;

/// <summary>
/// Reads plan files from a folder into the question answerer's shape. This is the adapter seam: today it uses
/// the temporary Markdown splitter; with the plans feature merged it reads any plan file through the plans parser.
/// </summary>
public static class PlanFiles
{
    private static readonly string[] Extensions = [".md", ".txt"];

    public static List<QaPlan> ReadFolder(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(ReadFile)
            .OfType<QaPlan>()
            .ToList();

    public static QaPlan? ReadFile(string path)
    {
        var text = File.ReadAllText(path);
        return string.IsNullOrWhiteSpace(text) ? null : MarkdownPlanSplitter.Split(Path.GetFileNameWithoutExtension(path), text);
    }
}
