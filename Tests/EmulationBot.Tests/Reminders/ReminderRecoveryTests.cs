using EmulationBot.Reminders.Journal;
using EmulationBot.Reminders.Scheduling;
using EmulationBot.Storage;
using EmulationBot.Tests.Reminders.Support;
using static EmulationBot.Tests.Reminders.Support.ReminderWorld;

namespace EmulationBot.Tests.Reminders;

public class ReminderRecoveryTests
{
    /// <summary>One journal shard, so both people are recorded and sent as one chunk before the simulated crash.</summary>
    private static readonly Dictionary<string, string?> OneChunk = new() { ["Reminders:Delivery:JournalShards"] = "1" };

    private static async Task<JournalEntry?> EntryAsync(ReminderWorld world, string occurrence, EmulationBot.Tests.Support.TestUser user) =>
        await world.Bot.Get<DeliveryJournal>().GetAsync(ReminderScopes.Occurrence(PlanId, occurrence), user.AadObjectId, CancellationToken.None);

    [Fact]
    public async Task Pass_AfterDowntime_SendsOnlyTheLatestMissedOccasion_Once()
    {
        await using var world = await CreateAsync();

        // Down from Friday 20/05 to Tuesday 31/05: before-7, before-1 and the due day were all missed.
        var summary = await world.PassAtAsync("2022-05-31 10:00");

        Assert.Equal([$"{An.Id}: Quá hạn 1 ngày", $"{Binh.Id}: Quá hạn 1 ngày"], world.Sent().Lines());
        Assert.Equal("due", (await EntryAsync(world, "o1", An))!.Occasion);
        Assert.Equal(2, summary.Sent);
        await world.PassAtAsync("2022-05-31 15:00");
        Assert.Empty(world.Sent());
        await world.PassAtAsync("2022-06-01 08:00");
        Assert.Equal([$"{An.Id}: Quá hạn 2 ngày", $"{Binh.Id}: Quá hạn 2 ngày"], world.Sent().Lines());
    }

    [Fact]
    public async Task Pass_AfterDowntimeLongerThanTheCatchUpLimit_DoesNotSendTheStaleOccasion()
    {
        await using var world = await CreateAsync(settings: new Dictionary<string, string?> { ["Reminders:Scheduler:CatchUpLimit"] = "2.00:00:00" });

        await world.PassAtAsync("2022-05-26 10:00"); // before-7 (23/05 08:00) was missed by more than 2 days

        Assert.Empty(world.Sent());
        await world.PassAtAsync("2022-05-27 08:00");
        Assert.Equal(2, world.Sent().Count);
    }

    [Fact]
    public async Task Pass_CrashBetweenRecordAndSend_ResendsOnceAfterTheAttemptTimeout_FlaggedInTheJournal()
    {
        var storage = new CrashingStorage(new MemoryStorage());
        await using var world = await CreateAsync(storage, OneChunk);
        world.Clock.SetUtcNow(At("2022-05-23 08:00"));

        storage.Armed = true;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(world.PassAsync);
        Assert.Equal(2, world.Sent().Count); // both went out; the process died before the journal said so
        Assert.Equal(DeliveryState.Attempted, (await EntryAsync(world, "o1", An))!.State);

        storage.Armed = false;
        await world.RestartAsync();
        var tooEarly = await world.PassAtAsync("2022-05-23 08:04"); // the attempt might still be under way
        Assert.Empty(world.Sent());
        Assert.Equal(0, tooEarly.Resent);

        var retry = await world.PassAtAsync("2022-05-23 08:05");
        Assert.Equal([$"{An.Id}: Nhắc việc · còn 7 ngày", $"{Binh.Id}: Nhắc việc · còn 7 ngày"], world.Sent().Lines());
        Assert.Equal(2, retry.Resent);
        var entry = (await EntryAsync(world, "o1", An))!;
        Assert.True(entry.Resent);
        Assert.Equal(DeliveryState.Sent, entry.State);
        Assert.Equal(2, entry.Tries);

        await world.PassAtAsync("2022-05-23 09:00");
        await world.PassAtAsync("2022-05-24 09:00");
        Assert.Empty(world.Sent());
    }

    [Fact]
    public async Task Pass_CrashAgainDuringTheResend_GivesUpRatherThanSendingAThirdTime()
    {
        var storage = new CrashingStorage(new MemoryStorage());
        await using var world = await CreateAsync(storage, OneChunk);
        world.Clock.SetUtcNow(At("2022-05-23 08:00"));
        storage.Armed = true;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(world.PassAsync);
        Assert.Equal(2, world.Sent().Count);
        await world.RestartAsync();
        world.Clock.SetUtcNow(At("2022-05-23 08:05"));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(world.PassAsync);
        Assert.Equal(2, world.Sent().Count); // the one resend each, interrupted too

        storage.Armed = false;
        await world.RestartAsync();
        await world.PassAtAsync("2022-05-23 08:10");
        await world.PassAtAsync("2022-05-23 09:00");

        Assert.Empty(world.Sent());
        Assert.Equal(DeliveryState.Uncertain, (await EntryAsync(world, "o1", An))!.State);
        await world.PassAtAsync("2022-05-27 08:00");
        Assert.Equal(2, world.Sent().Count); // the next occasion is not affected
    }

    [Fact]
    public async Task Pass_AResendThatFailsAndIsRetried_StaysFlaggedAsAPossibleDuplicate()
    {
        var storage = new CrashingStorage(new MemoryStorage());
        await using var world = await CreateAsync(storage, OneChunk);
        world.Clock.SetUtcNow(At("2022-05-23 08:00"));
        storage.Armed = true;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(world.PassAsync);
        storage.Armed = false;
        await world.RestartAsync();
        world.Bot.Connector.FailWith = a => a.To() == An.Id ? new EmulationBot.Protocol.Connector.ConnectorException(500, "ServiceError", "Failed.") : null;

        await world.PassAtAsync("2022-05-23 08:05");
        world.Bot.Connector.FailWith = null;
        await world.PassAtAsync("2022-05-23 08:14"); // the back-off after a second try is 2 × 5 minutes
        Assert.Single(world.Sent());
        await world.PassAtAsync("2022-05-23 08:15");

        Assert.Equal([$"{An.Id}: Nhắc việc · còn 7 ngày"], world.Sent().Lines());
        var entry = (await EntryAsync(world, "o1", An))!;
        Assert.Equal((DeliveryState.Sent, true, 3), (entry.State, entry.Resent, entry.Tries));
    }
}
