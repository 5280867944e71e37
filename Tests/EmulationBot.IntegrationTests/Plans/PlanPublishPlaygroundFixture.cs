using EmulationBot.IntegrationTests.Support.Playground;

namespace EmulationBot.IntegrationTests.Plans;

/// <summary>
/// A bot with no plan yet, the department's units, and the Playground's own user (Nguyễn Văn An, see
/// Tests/node/playground/playground.yml) as office staff by <c>Roles:Office</c>; the clock at 10/06/2024 09:00.
/// </summary>
public sealed class PlanPublishPlaygroundFixture : PlaygroundFixture
{
    public const string OfficeAadObjectId = "3b1f6a2c-0d4e-4f5a-8b7c-1e2d3f4a5b60";

    public static string SamplePlan => Path.Combine(Support.RepoPaths.Root, "Tests", "EmulationBot.Tests", "Data", "Plans", "ninhthuan-cai-cach-hanh-chinh-2024.txt");

    protected override void ConfigureBot(IDictionary<string, string?> settings)
    {
        settings["Clock:Now"] = "2024-06-10T09:00:00+07:00";
        settings["Roles:Office:0"] = OfficeAadObjectId;
        settings["Units:Seed:0"] = "Văn phòng Sở";
        settings["Units:Seed:1"] = "Phòng Quản lý chuyên ngành";
    }
}
