using EmulationBot.Commitments;
using EmulationBot.Office.Audit;
using EmulationBot.Storage;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace EmulationBot.Tests.Office.Audit;

public class AuditLogTests
{
    private readonly MemoryStorage _storage = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2022, 4, 30, 16, 30, 0, TimeSpan.Zero));

    private AuditLog Log(IStorage? storage = null) => new(storage ?? _storage, new CommitmentStore(storage ?? _storage), _clock, NullLogger<AuditLog>.Instance);

    [Fact]
    public async Task Append_EachEntryIsItsOwnCreateOnlyDocument_NeverRewritten()
    {
        var log = Log();
        await log.AppendAsync(Entry(AuditAction.Registered, "kh-1"));
        var first = await Snapshot();

        _clock.Advance(TimeSpan.FromMinutes(5));
        await log.AppendAsync(Entry(AuditAction.Approved, "kh-1"));
        await log.AppendAsync(Entry(AuditAction.Approved, "kh-1"));

        var after = await Snapshot();
        Assert.Equal(3, after.Count);
        foreach (var (key, bytes) in first) Assert.Equal(bytes, after[key]);
    }

    [Fact]
    public async Task Latest_NewestFirst_AcrossVietnamMonths_WithTheTimeItHappened()
    {
        var log = Log();
        await log.AppendAsync(Entry(AuditAction.Published, "kh-1")); // 23:30 on 30/04 in Vietnam
        _clock.Advance(TimeSpan.FromHours(1));                       // 00:30 on 01/05: the next month's partition
        await log.AppendAsync(Entry(AuditAction.Registered, "kh-1"));
        _clock.Advance(TimeSpan.FromMinutes(1));
        await log.AppendAsync(Entry(AuditAction.Exported, "kh-2"));

        var latest = await log.LatestAsync(10);

        Assert.Equal([AuditAction.Exported, AuditAction.Registered, AuditAction.Published], latest.Select(e => e.Action));
        Assert.Equal(new DateTimeOffset(2022, 4, 30, 16, 30, 0, TimeSpan.Zero), latest[2].At);
        var keys = await Keys();
        Assert.Equal(2, keys.Count(k => k.StartsWith("audit/2022-05/", StringComparison.Ordinal)));
        Assert.Single(keys, k => k.StartsWith("audit/2022-04/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Latest_ForOnePlan_SkipsTheOthers_AndStopsAtTheCount()
    {
        var log = Log();
        for (var i = 0; i < 5; i++)
        {
            await log.AppendAsync(Entry(AuditAction.Registered, i % 2 == 0 ? "kh-1" : "kh-2", $"ĐK-{i}"));
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        var latest = await log.LatestAsync(2, "kh-1");

        Assert.Equal(["ĐK-4", "ĐK-2"], latest.Select(e => e.Subject));
    }

    [Fact]
    public async Task Latest_MergesRegistrationsOwnLines_WithTheLog_NewestFirst_AndByPlan()
    {
        var log = Log();
        var registrations = new CommitmentStore(_storage);
        await log.AppendAsync(Entry(AuditAction.Published, "kh-1", "KH 1"));
        _clock.Advance(TimeSpan.FromMinutes(1));
        await registrations.CreateAsync("commitments/kh-1/_/a", Registration("kh-1", "ĐK-1", Line(AuditAction.Registered, "kh-1", "ĐK-1")), default);
        await registrations.CreateAsync("commitments/kh-2/_/b", Registration("kh-2", "ĐK-2", Line(AuditAction.Registered, "kh-2", "ĐK-2")), default);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var first = (await registrations.ReadAsync("commitments/kh-1/_/a", default))!;
        await registrations.ReplaceAsync("commitments/kh-1/_/a", first.Value.Recording(Line(AuditAction.Withdrew, "kh-1", "ĐK-1")), first.ETag, default);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await log.AppendAsync(Entry(AuditAction.Exported, "kh-1", "Xuất"));

        Assert.Equal([AuditAction.Exported, AuditAction.Withdrew, AuditAction.Registered, AuditAction.Published],
            (await log.LatestAsync(10, "kh-1")).Select(e => e.Action));
        Assert.Equal(["Xuất", "ĐK-1", "ĐK-1", "ĐK-2"], (await log.LatestAsync(4)).Select(e => e.Subject));
        Assert.Equal(2, (await Keys()).Count); // the registrations' lines stay in the registrations
    }

    [Fact]
    public async Task Append_StoreDown_DoesNotThrow()
    {
        var down = new EmulationBot.Tests.Storage.OutageStorage(_storage) { Down = true };

        await Log(down).AppendAsync(Entry(AuditAction.Reminded, "kh-1"));

        Assert.Equal(1, down.FailedCalls);
    }

    private AuditEntry Line(AuditAction action, string plan, string subject) => Entry(action, plan, subject) with { At = _clock.GetUtcNow() };

    private Commitment Registration(string plan, string number, AuditEntry line) => new Commitment
    {
        Number = number,
        PlanId = plan,
        PlanTitle = plan,
        Kind = CommitmentKind.Individual,
        TitleCode = "lao-dong-tien-tien",
        Owner = new CommitmentOwner("k-dung", "Phạm Thu Dung", "29:dung", null),
        RegisteredAt = _clock.GetUtcNow(),
    }.Recording(line);

    private static AuditEntry Entry(AuditAction action, string plan, string? subject = null) =>
        new() { ActorKey = "k-dung", ActorName = "Phạm Thu Dung", Action = action, PlanId = plan, Subject = subject };

    private async Task<List<string>> Keys()
    {
        var keys = new List<string>();
        await foreach (var key in _storage.ListAsync(AuditLog.Prefix)) keys.Add(key);
        return keys;
    }

    private async Task<Dictionary<string, byte[]>> Snapshot()
    {
        var result = new Dictionary<string, byte[]>();
        foreach (var key in await Keys()) result[key] = (await _storage.ReadAsync(key))!.Content.ToArray();
        return result;
    }
}
