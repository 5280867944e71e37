using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;
using EmulationBot.Plans.Store;
using EmulationBot.Storage;
using EmulationBot.Tests.Plans.Support;

namespace EmulationBot.Tests.Plans.Store;

public class PlanPublisherTests
{
    [Fact]
    public async Task Publish_NewPlan_WritesRevisionOneAndPointerWithStableIds()
    {
        var store = new PlanStoreFixture();
        var result = await store.PublishAsync(PlanStoreFixture.HaTinh());
        Assert.Equal(PublishOutcome.Created, result.Outcome);
        Assert.Equal(1, result.Plan.Revision);
        Assert.Equal(Enumerable.Range(1, 11).Select(n => $"o{n}"), result.Plan.Plan.Obligations.Select(o => o.Id));
        Assert.NotNull(await store.Storage.ReadAsync(PlanStoreKeys.Revision("ha-tinh-125-kh-skhcn-2025", 1)));
        var pointer = await store.Storage.ReadAsync<PlanPointer>(PlanStoreKeys.Published("ha-tinh-125-kh-skhcn-2025"));
        Assert.Equal([1], pointer!.Value.History);
        Assert.Equal(11, pointer.Value.ObligationCount);
    }

    [Fact]
    public async Task Publish_SameContentAgain_AddsNoRevision()
    {
        var store = new PlanStoreFixture();
        await store.PublishAsync(PlanStoreFixture.HaTinh());
        var again = await store.PublishAsync(PlanStoreFixture.HaTinh());
        Assert.Equal(PublishOutcome.Unchanged, again.Outcome);
        Assert.Equal(1, again.Plan.Revision);
        Assert.Null(await store.Storage.ReadAsync(PlanStoreKeys.Revision("ha-tinh-125-kh-skhcn-2025", 2)));
    }

    [Fact]
    public async Task Publish_CorrectedFile_KeepsIdsOfUnchangedAndEditedObligations()
    {
        var store = new PlanStoreFixture();
        var first = (await store.PublishAsync(PlanStoreFixture.HaTinh())).Plan.Plan;
        var corrected = PlanStoreFixture.HaTinhEdited(text => text
            .Replace("chậm nhất là ngày 10/4/2025", "chậm nhất là ngày 15/4/2025", StringComparison.Ordinal)
            .Replace("### 1. Văn phòng Sở\n", "### 1. Văn phòng Sở\n\n- Gửi danh sách cán bộ đầu mối về Phòng Quản lý khoa học trước ngày 20/3/2025.\n", StringComparison.Ordinal));

        var second = await store.PublishAsync(corrected);

        Assert.Equal(PublishOutcome.Revised, second.Outcome);
        Assert.Equal(2, second.Plan.Revision);
        var before = first.Obligations.ToDictionary(o => o.What, o => o.Id);
        var after = second.Plan.Plan.Obligations;
        Assert.Equal(12, after.Count);
        Assert.Equal("o12", after.Single(o => o.What.Contains("cán bộ đầu mối", StringComparison.Ordinal)).Id);
        var moved = after.Single(o => o.What.StartsWith("Đăng ký danh hiệu", StringComparison.Ordinal));
        Assert.Equal(PlanDate.OnDay(2025, 4, 15), moved.Due);
        Assert.Equal(before[moved.What], moved.Id);
        Assert.All(after.Where(o => before.ContainsKey(o.What)), o => Assert.Equal(before[o.What], o.Id));
    }

    [Fact]
    public async Task Publish_ReviewedPlan_DroppedObligationStaysFindableForOldRegistrations()
    {
        var store = new PlanStoreFixture();
        var first = (await store.PublishAsync(PlanStoreFixture.HaTinh())).Plan.Plan;
        // A registration made against o5 by another feature: the plan store must not touch it.
        await store.Storage.WriteAsync("commitments/u1/ha-tinh-125-kh-skhcn-2025", "{\"obligation\":\"o5\"}"u8.ToArray(), null);
        var reviewed = first with
        {
            Obligations = [.. first.Obligations.Where(o => o.Id != "o5").Select(o => o.Id == "o1" ? o with { Due = PlanDate.OnDay(2025, 3, 28), Origin = ObligationOrigin.Edited } : o),
                new Obligation { Id = "d1", What = "Gửi ảnh hoạt động", Who = ["Văn phòng Sở"], Due = PlanDate.InMonth(2025, 5), Origin = ObligationOrigin.Added }],
        };

        var second = await store.PublishAsync(reviewed);

        Assert.Equal("o12", second.Plan.Plan.Obligations[^1].Id);
        Assert.Equal(PlanDate.OnDay(2025, 3, 28), second.Plan.Plan.FindObligation("o1")!.Due);
        var dropped = await store.Catalog.FindObligationAsync(first.Id, "o5");
        Assert.NotNull(dropped);
        Assert.False(dropped.IsCurrent);
        Assert.Equal(1, dropped.Revision);
        Assert.True((await store.Catalog.FindObligationAsync(first.Id, "o1"))!.IsCurrent);
        Assert.NotNull(await store.Storage.ReadAsync("commitments/u1/ha-tinh-125-kh-skhcn-2025"));
    }

    [Fact]
    public async Task Publish_AfterACrashLeftAnUnreferencedRevision_SkipsItsNumber()
    {
        var store = new PlanStoreFixture();
        var plan = PlanStoreFixture.HaTinh();
        await store.PublishAsync(plan);
        await store.Storage.WriteAsync(PlanStoreKeys.Revision(plan.Id, 2), "{}"u8.ToArray(), null);

        var result = await store.PublishAsync(plan with { Theme = "Chủ đề đã sửa" });

        Assert.Equal(3, result.Plan.Revision);
        Assert.Equal("Chủ đề đã sửa", (await store.Catalog.GetAsync(plan.Id))!.Plan.Theme);
        Assert.Equal([1, 3], (await store.Storage.ReadAsync<PlanPointer>(PlanStoreKeys.Published(plan.Id)))!.Value.History);
    }

    [Fact]
    public async Task Publish_WhenAnotherInstancePublishesMeanwhile_RetriesOnTopOfIt()
    {
        var inner = new MemoryStorage();
        var other = new PlanStoreFixture(inner);
        var plan = PlanStoreFixture.HaTinh();
        var storage = new InterferingStorage(inner, PlanStoreKeys.Published(plan.Id),
            () => other.PublishAsync(plan with { Theme = "Bản của máy khác" }, "other"));
        var mine = new PlanStoreFixture(storage);

        var result = await mine.PublishAsync(plan with { Theme = "Bản của tôi" });

        // Both wrote revision 1 create-only: the other took number 2 and published first; mine lost the pointer race,
        // removed its unreferenced revision 1 and published again on top of the other's.
        Assert.Equal(3, result.Plan.Revision);
        Assert.Equal("Bản của tôi", (await other.Catalog.GetAsync(plan.Id))!.Plan.Theme);
        Assert.Equal([2, 3], (await inner.ReadAsync<PlanPointer>(PlanStoreKeys.Published(plan.Id)))!.Value.History);
        Assert.Equal("Bản của máy khác", (await other.Catalog.GetRevisionAsync(plan.Id, 2))!.Plan.Theme);
        Assert.Null(await inner.ReadAsync(PlanStoreKeys.Revision(plan.Id, 1)));
    }

    [Fact]
    public async Task Catalog_ListsEveryPublishedPlanOnce()
    {
        var store = new PlanStoreFixture();
        await store.PublishAsync(PlanStoreFixture.HaTinh());
        await store.PublishAsync(PlanCorpus.Parse(SamplePlans.NinhThuan, SamplePlans.Bytes(SamplePlans.NinhThuan)));
        await store.PublishAsync(PlanStoreFixture.HaTinh() with { Theme = "Sửa" });

        var plans = await store.Catalog.ListPublishedAsync();

        Assert.Equal(["ha-tinh-125-kh-skhcn-2025", "ninh-thuan-88-kh-skhcn-2024"], plans.Select(p => p.Id));
        Assert.Equal(2, plans[0].Revision);
        Assert.Equal(7, (await store.Catalog.GetObligationsAsync("ninh-thuan-88-kh-skhcn-2024")).Count);
        Assert.Null(await store.Catalog.GetAsync("khong-co"));
    }
}
