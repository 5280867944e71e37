using EmulationBot.Plans.Store;
using EmulationBot.Questions.Corpus;
using EmulationBot.Tests.Questions.Support;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Questions.Corpus;

public class PublishedQuestionCorpusTests
{
    [Fact]
    public async Task GetAsync_NothingPublished_Empty()
    {
        await using var bot = TestBot.Create();
        Assert.Empty((await bot.Get<IQuestionCorpus>().GetAsync(CancellationToken.None)).Indexes);
    }

    [Fact]
    public async Task GetAsync_PlansPublished_IndexesThem()
    {
        await using var bot = await QuestionTestBot.CreateAsync();
        var corpus = await bot.Get<IQuestionCorpus>().GetAsync(CancellationToken.None);
        Assert.Equal(["Cao Bằng", "Phú Yên"], corpus.Indexes.Select(i => i.Plan.Province).Order());
        Assert.Same(corpus, await bot.Get<IQuestionCorpus>().GetAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetAsync_NewRevisionPublished_ReindexedAtOnce()
    {
        await using var bot = await QuestionTestBot.CreateAsync();
        var before = await bot.Get<IQuestionCorpus>().GetAsync(CancellationToken.None);
        var file = TestPlans.Files.Single(f => f.Contains("phuyen", StringComparison.Ordinal));
        var edited = File.ReadAllText(file).Replace("20/11/2024", "25/11/2024", StringComparison.Ordinal);
        await bot.Get<PlanPublisher>().PublishAsync(TestPlans.Parse(edited), "office", "test", CancellationToken.None);

        var after = await bot.Get<IQuestionCorpus>().GetAsync(CancellationToken.None);

        Assert.NotSame(before, after);
        var phuYen = after.Indexes.Single(i => i.Plan.Province == "Phú Yên");
        Assert.Contains(phuYen.Segments, s => s.Text.Contains("25/11/2024", StringComparison.Ordinal));
    }
}
