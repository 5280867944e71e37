using EmulationBot.Questions.Corpus;
using EmulationBot.Questions.Retrieval;

namespace EmulationBot.Tests.Questions.Support;

/// <summary>The two made-up plans of Data/Questions/Plans (Phú Yên 2024, Cao Bằng 2023), read once.</summary>
internal static class TestPlans
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Data", "Questions", "Plans");

    private static readonly Lazy<QaCorpus> LazyCorpus = new(() => new QaCorpus(PlanFiles.ReadFolder(Folder)));

    public static QaCorpus Corpus => LazyCorpus.Value;

    public static PlanIndex PhuYen => Corpus.Indexes.Single(i => i.Plan.Province == "Phú Yên");

    public static PlanIndex CaoBang => Corpus.Indexes.Single(i => i.Plan.Province == "Cao Bằng");

    public static QaPlan Plan(string markdown, string id = "test") => PlanFacts.With(EmulationBot.Questions.Corpus.Markdown.MarkdownPlanSplitter.Split(id, markdown));
}
