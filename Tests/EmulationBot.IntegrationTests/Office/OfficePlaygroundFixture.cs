using EmulationBot.IntegrationTests.Support;
using EmulationBot.IntegrationTests.Support.Playground;
using EmulationBot.Plans.Ingestion;
using EmulationBot.Plans.Store;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationBot.IntegrationTests.Office;

/// <summary>
/// The bot as a department would start it: the Playground's own user (Nguyễn Văn An) is office staff by
/// <c>Roles:Office</c>, three units are seeded, exports can be signed, the Hà Tĩnh 2025 sample plan is published and
/// the clock stands at 14/04/2025 09:00 Vietnam time — registration closed four days ago, reports are coming due.
/// </summary>
public sealed class OfficePlaygroundFixture : PlaygroundFixture
{
    public const string OfficeAadObjectId = "3b1f6a2c-0d4e-4f5a-8b7c-1e2d3f4a5b60";
    public static readonly string[] Units = ["Văn phòng Sở", "Phòng Quản lý khoa học", "Phòng Kế hoạch - Tài chính"];

    public static string SamplePlan => Path.Combine(RepoPaths.Root, "Tests", "EmulationBot.Tests", "Data", "Plans", "hatinh-chuyen-doi-so-2025.md");

    public string PlanId { get; private set; } = "";

    protected override void ConfigureBot(IDictionary<string, string?> settings)
    {
        settings["Clock:Now"] = "2025-04-14T09:00:00+07:00";
        settings["Roles:Office:0"] = OfficeAadObjectId;
        settings["Office:LinkSigningKey"] = "e2e-office-link-signing-key-0123456789abcdef";
        for (var i = 0; i < Units.Length; i++) settings[$"Units:Seed:{i}"] = Units[i];
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var services = Bot.Services;
        var read = services.GetRequiredService<PlanIngestor>().Ingest(Path.GetFileName(SamplePlan), await File.ReadAllBytesAsync(SamplePlan));
        PlanId = (await services.GetRequiredService<PlanPublisher>().PublishAsync(read.Plan!, "e2e", "test", CancellationToken.None)).Plan.Plan.Id;
    }
}
