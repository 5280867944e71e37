using EmulationBot.Storage;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Plans.Store;

public class PlanCatalogCacheTests
{
    [Fact]
    public async Task GetAsync_Repeatedly_ReadsStorageOnlyTheFirstTime()
    {
        var storage = new CountingStorage(new MemoryStorage());
        var fixture = new PlanStoreFixture(storage);
        var published = await fixture.PublishAsync(PlanStoreFixture.HaTinh());
        var planId = published.Plan.Plan.Id;

        Assert.NotNull(await fixture.Catalog.GetAsync(planId));
        storage.Reset();
        for (var i = 0; i < 5; i++)
        {
            Assert.NotNull(await fixture.Catalog.GetAsync(planId));
            Assert.NotNull(await fixture.Catalog.FindObligationAsync(planId, "o1"));
        }
        Assert.True(storage.Total == 0, string.Join("\n", storage.Log));
    }

    [Fact]
    public async Task GetAsync_AfterThisInstancePublishesAgain_SeesTheNewRevision()
    {
        var fixture = new PlanStoreFixture();
        var first = await fixture.PublishAsync(PlanStoreFixture.HaTinh());
        var planId = first.Plan.Plan.Id;
        Assert.Equal(1, (await fixture.Catalog.GetAsync(planId))!.Revision);

        await fixture.PublishAsync(PlanStoreFixture.HaTinhEdited(text => text.Replace("đến ngày 30/11/2025", "đến ngày 15/12/2025", StringComparison.Ordinal)));
        Assert.Equal(2, (await fixture.Catalog.GetAsync(planId))!.Revision);
    }
}
