using EmulationBot.Commitments;
using EmulationBot.Office.Audit;
using EmulationBot.Storage;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Commitments;

public class RegistrationStorageTests
{
    private static readonly string[] HappyPath = ["đăng ký", "Lao động tiên tiến", "Hoàn thành 100% nhiệm vụ được giao", "bỏ qua", "xác nhận"];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task HappyPath_NewUser_CostsOneWritePerTurnPlusTheRegistration(bool unitsConfigured)
    {
        var storage = new CountingStorage(new MemoryStorage());
        await using var world = await FlowWorld.CreateAsync(units: unitsConfigured, storage: storage);
        // Another user warms the process caches (unit directory, published plans), as in a running bot.
        await world.SendAsync("đăng ký", FlowWorld.Employee);
        await world.SendAsync("hủy", FlowWorld.Employee);
        storage.Reset();

        var replies = new List<EmulationBot.Protocol.Activity>();
        foreach (var text in HappyPath) replies = await world.SendAsync(text, FlowWorld.Colleague);

        Assert.Contains("Đã ghi nhận đăng ký thi đua", replies.AllText());
        Assert.Single(replies.Cards());
        var log = string.Join("\n", storage.Log);
        // One write per turn and the registration, whose audit line travels inside it.
        Assert.True(storage.Total <= 6, $"{storage.Total} storage requests:\n{log}");
        Assert.Equal(0, storage.Reads + storage.Lists);
        var written = Assert.Single(storage.Log, l => l.StartsWith("write commitments/", StringComparison.Ordinal));
        Assert.DoesNotContain(storage.Log, l => l.StartsWith("write audit/", StringComparison.Ordinal));
        var registration = (await world.Storage.ReadAsync<Commitment>(written["write ".Length..].Split(' ')[0]))!.Value;
        var line = Assert.Single(registration.History);
        Assert.Equal((AuditAction.Registered, registration.PlanId), (line.Action, line.PlanId));
        Assert.StartsWith(registration.Number, line.Subject);
    }

    [Fact]
    public async Task HappyPath_ReturningUser_ReadsNothingEither()
    {
        var storage = new CountingStorage(new MemoryStorage());
        await using var world = await FlowWorld.CreateAsync(storage: storage);
        await world.SendAsync("trợ giúp", FlowWorld.Colleague);
        await world.SendAsync("đăng ký", FlowWorld.Employee);
        await world.SendAsync("hủy", FlowWorld.Employee);
        storage.Reset();

        foreach (var text in HappyPath) await world.SendAsync(text, FlowWorld.Colleague);

        Assert.True(storage.Total <= 6, string.Join("\n", storage.Log));
        Assert.Equal(0, storage.Reads);
    }
}
