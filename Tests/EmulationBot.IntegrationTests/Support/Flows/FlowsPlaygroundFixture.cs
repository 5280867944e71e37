using EmulationBot.IntegrationTests.Support.Screenshots;
using EmulationBot.Plans.Ingestion;
using EmulationBot.Plans.Store;
using EmulationBot.Units;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationBot.IntegrationTests.Support.Flows;

/// <summary>
/// The bot with a department set up as the office would (units, the Playground's own user in the science management
/// division), the Hà Tĩnh 2025 sample plan published, and the clock at 02/04/2025 09:00 Vietnam time — registration
/// is open until 10/04 and reports are coming due — with the Playground's web UI open for screenshots. The flow
/// test classes share one (<see cref="FlowsPlaygroundCollection"/>): each uses its own Playground user.
/// </summary>
public sealed class FlowsPlaygroundFixture : PlaygroundBrowserFixture
{
    public const string Now = "2025-04-02T09:00:00+07:00";
    public const string Science = "Phòng Quản lý khoa học";
    private static readonly string[] Units = ["Văn phòng Sở", Science, "Phòng Kế hoạch - Tài chính", "Trung tâm Thông tin, Ứng dụng khoa học và công nghệ"];

    public static string SamplePlan => Path.Combine(RepoPaths.Root, "Tests", "EmulationBot.Tests", "Data", "Plans", "hatinh-chuyen-doi-so-2025.md");

    public string PlanId { get; private set; } = "";

    protected override void ConfigureBot(IDictionary<string, string?> settings)
    {
        settings["Clock:Now"] = Now;
        for (var i = 0; i < Units.Length; i++) settings[$"Units:Seed:{i}"] = Units[i];
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var services = Bot.Services;
        var read = services.GetRequiredService<PlanIngestor>().Ingest(Path.GetFileName(SamplePlan), await File.ReadAllBytesAsync(SamplePlan));
        var published = await services.GetRequiredService<PlanPublisher>().PublishAsync(read.Plan!, "e2e", "test", CancellationToken.None);
        PlanId = published.Plan.Plan.Id;
        await using var client = await ConnectAsync();
        var me = client.Config.CurrentUser;
        await services.GetRequiredService<UnitDirectoryStore>().UpdateAsync(d => d.WithMember(new Member
        {
            Key = me.AadObjectId!, Name = me.Name ?? me.Id, AadObjectId = me.AadObjectId, UnitId = UnitSeeder.IdFor(Science),
        }), CancellationToken.None);
    }
}
