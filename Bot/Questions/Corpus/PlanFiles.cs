using EmulationBot.Plans;
using EmulationBot.Plans.Ingestion;
using Microsoft.Extensions.Options;

namespace EmulationBot.Questions.Corpus;

/// <summary>Reads the plan files of a folder (.docx, .md, .txt) through the plans feature's ingestion, for the command line and tests.</summary>
public static class PlanFiles
{
    private static readonly string[] Extensions = [".docx", ".md", ".txt"];

    public static List<QaPlan> ReadFolder(string folder)
    {
        var ingestor = new PlanIngestor(Options.Create(new PlanOptions()));
        return Directory.EnumerateFiles(folder)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => ingestor.Ingest(f, File.ReadAllBytes(f)).Plan)
            .OfType<EmulationBot.Plans.Model.Plan>()
            .Select(PlanAdapter.From)
            .ToList();
    }
}
