using EmulationBot.Plans;
using EmulationBot.Plans.Ingestion;
using EmulationBot.Plans.Model;
using EmulationBot.Questions.Corpus;
using EmulationBot.Questions.Retrieval;
using Microsoft.Extensions.Options;

namespace EmulationBot.Tests.Questions.Support;

/// <summary>The two made-up plans of Data/Questions/Plans (Phú Yên 2024, Cao Bằng 2023), read by the plans feature's ingestion.</summary>
internal static class TestPlans
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Data", "Questions", "Plans");

    public static IReadOnlyList<string> Files { get; } = Directory.GetFiles(Folder).Order(StringComparer.Ordinal).ToList();

    private static readonly Lazy<QaCorpus> LazyCorpus = new(() => new QaCorpus(PlanFiles.ReadFolder(Folder)));

    public static QaCorpus Corpus => LazyCorpus.Value;

    public static PlanIndex PhuYen => Corpus.Indexes.Single(i => i.Plan.Province == "Phú Yên");

    public static PlanIndex CaoBang => Corpus.Indexes.Single(i => i.Plan.Province == "Cao Bằng");

    /// <summary>A plan written in a test, as the question answerer sees it (facts added).</summary>
    public static QaPlan Plan(string text) => PlanFacts.With(PlanAdapter.From(Parse(text)));

    public static Plan Parse(string text) =>
        new PlanIngestor(Options.Create(new PlanOptions())).IngestText(text, "test.md").Plan ?? throw new InvalidDataException("The test plan is not read as a plan.");

    /// <summary>The test plans as the plans feature parses them from their files.</summary>
    public static IEnumerable<Plan> Parsed() =>
        Files.Select(f => new PlanIngestor(Options.Create(new PlanOptions())).Ingest(f, File.ReadAllBytes(f)).Plan!);
}
