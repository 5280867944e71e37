using EmulationBot.Storage;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Storage;

public class InProcessLeaseManagerTests
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(30);
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 6, 2, 8, 0, 0, TimeSpan.FromHours(7)));

    [Fact]
    public async Task TryAcquire_WhileHeld_ReturnsNullUntilHolderStopsRenewing()
    {
        var leases = new InProcessLeaseManager(_clock);
        var held = await leases.TryAcquireAsync("reminders", Period);
        Assert.NotNull(held);

        _clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Null(await leases.TryAcquireAsync("reminders", Period));
        Assert.True(await leases.RenewAsync(held));
        _clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Null(await leases.TryAcquireAsync("reminders", Period));

        _clock.Advance(TimeSpan.FromSeconds(2));
        var taken = await leases.TryAcquireAsync("reminders", Period);
        Assert.NotNull(taken);
        Assert.NotEqual(held.Id, taken.Id);
        Assert.False(await leases.RenewAsync(held));
        await leases.ReleaseAsync(held);
        Assert.True(await leases.RenewAsync(taken));
    }

    [Fact]
    public async Task Release_LetsAnotherAcquireAtOnce()
    {
        var leases = new InProcessLeaseManager(_clock);
        var held = await leases.TryAcquireAsync("reminders", Period);
        await leases.ReleaseAsync(held!);
        Assert.NotNull(await leases.TryAcquireAsync("reminders", Period));
    }

    [Fact]
    public async Task Renew_ExpiredButNotTaken_KeepsTheLease()
    {
        var leases = new InProcessLeaseManager(_clock);
        var held = await leases.TryAcquireAsync("reminders", Period);
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True(await leases.RenewAsync(held!));
        Assert.Null(await leases.TryAcquireAsync("reminders", Period));
    }

    [Fact]
    public async Task Leases_WithDifferentNames_AreIndependent()
    {
        var leases = new InProcessLeaseManager(_clock);
        Assert.NotNull(await leases.TryAcquireAsync("reminders", Period));
        Assert.NotNull(await leases.TryAcquireAsync("exports", Period));
    }

    [Theory]
    [InlineData(14)]
    [InlineData(61)]
    public async Task TryAcquire_DurationOutsideBlobRange_Throws(int seconds)
    {
        var leases = new InProcessLeaseManager(_clock);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => leases.TryAcquireAsync("reminders", TimeSpan.FromSeconds(seconds)));
    }
}
