using EmulationBot.Reminders.Scheduling;
using EmulationBot.Storage;
using EmulationBot.Tests.Reminders.Support;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static EmulationBot.Tests.Reminders.Support.ReminderWorld;

namespace EmulationBot.Tests.Reminders;

public class ReminderSchedulerTests
{
    private static readonly Dictionary<string, string?> Timing = new()
    {
        ["Reminders:Scheduler:TickInterval"] = "00:01:00",
        ["Reminders:Scheduler:LeaseDuration"] = "00:00:15",
        ["Reminders:Scheduler:StandbyInterval"] = "00:00:05",
    };

    /// <summary>One bot instance: its scheduler, status and lease view (killable), and what it sent.</summary>
    private sealed record Instance(TestBot Bot, KillableLeaseManager Leases)
    {
        public ReminderScheduler Scheduler { get; } = Bot.Services.GetServices<IHostedService>().OfType<ReminderScheduler>().Single();
        public ReminderSchedulerStatus Status => Bot.Get<ReminderSchedulerStatus>();
        public Task StartAsync() => Scheduler.StartAsync(CancellationToken.None);
    }

    /// <summary>Instance A is the world's bot; B is a second bot over the same storage and clock, sharing A's lease store.</summary>
    private static async Task<(ReminderWorld World, Instance A, Instance B)> TwoInstancesAsync()
    {
        InProcessLeaseManager? shared = null;
        KillableLeaseManager? leasesOfA = null;
        var world = await CreateAsync(settings: Timing, configure: s => s.AddSingleton<ILeaseManager>(sp =>
            leasesOfA = new KillableLeaseManager(shared = new InProcessLeaseManager(sp.GetRequiredService<TimeProvider>()))));
        world.Bot.Get<ILeaseManager>();
        var leasesOfB = new KillableLeaseManager(shared!);
        var b = TestBot.Create(world.Storage, world.Clock, Timing, s => s.AddSingleton<ILeaseManager>(leasesOfB));
        return (world, new Instance(world.Bot, leasesOfA!), new Instance(b, leasesOfB));
    }

    [Fact]
    public async Task Schedulers_OnTwoInstances_OneLeads_AndTheOtherTakesOverWhenItDies_WithoutSendingTwice()
    {
        var (world, a, b) = await TwoInstancesAsync();
        await using var _ = world;
        await using var __ = b.Bot;
        world.Clock.SetUtcNow(At("2022-05-23 07:59"));

        await a.StartAsync();
        await a.Status.WaitForAsync(s => s.IsLeader && s.Passes == 1 && s.IsIdle);
        await b.StartAsync();
        await b.Status.WaitForAsync(s => s.IsIdle);
        Assert.False(b.Status.IsLeader);

        // 08:00: A renews its lease and runs the 08:00 reminders; B's try at the lease fails.
        world.Clock.Advance(TimeSpan.FromSeconds(60));
        await a.Status.WaitForAsync(s => s.Passes == 2 && s.IsIdle);
        await b.Status.WaitForAsync(s => s.IsIdle);
        Assert.Equal(2, a.Bot.Connector.Drain().Count);
        Assert.False(b.Status.IsLeader);
        Assert.Equal(0, b.Status.Passes);

        // A dies (no renewals, no release). Once its lease has run out, B takes over and has nothing left to send.
        a.Leases.Kill();
        world.Clock.Advance(TimeSpan.FromSeconds(16));
        await b.Status.WaitForAsync(s => s.IsLeader && s.Passes == 1 && s.IsIdle);
        Assert.Empty(b.Bot.Connector.Drain());
        await a.Status.WaitForAsync(s => !s.IsLeader);
        Assert.Equal(1, a.Status.LeasesLost);

        // The next occasion is B's to send.
        world.Clock.SetUtcNow(At("2022-05-27 08:00"));
        await b.Status.WaitForAsync(s => s.Passes >= 2 && s.IsIdle);
        Assert.Equal(2, b.Bot.Connector.Drain().Count);
        Assert.Empty(a.Bot.Connector.Drain());

        await b.Scheduler.StopAsync(CancellationToken.None);
        await a.Scheduler.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Scheduler_StoppedGracefully_ReleasesTheLease_SoTheOtherTakesOverAtItsNextTry()
    {
        var (world, a, b) = await TwoInstancesAsync();
        await using var _ = world;
        await using var __ = b.Bot;

        await a.StartAsync();
        await a.Status.WaitForAsync(s => s.IsLeader && s.IsIdle);
        await b.StartAsync();
        await b.Status.WaitForAsync(s => s.IsIdle);
        await a.Scheduler.StopAsync(CancellationToken.None);

        world.Clock.Advance(TimeSpan.FromSeconds(5));

        await b.Status.WaitForAsync(s => s.IsLeader && s.Passes == 1);
        Assert.Equal(0, a.Status.LeasesLost);
        await b.Scheduler.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Scheduler_Woken_RunsAPassAtOnce()
    {
        await using var world = await CreateAsync(settings: Timing);
        world.Clock.SetUtcNow(At("2022-05-23 08:00"));
        var scheduler = world.Bot.Services.GetServices<IHostedService>().OfType<ReminderScheduler>().Single();
        var status = world.Bot.Get<ReminderSchedulerStatus>();

        await scheduler.StartAsync(CancellationToken.None);
        await status.WaitForAsync(s => s.Passes == 1 && s.IsIdle);
        Assert.Equal(2, world.Sent().Count);
        world.Bot.Get<SchedulerSignal>().Wake();
        await status.WaitForAsync(s => s.Passes == 2 && s.IsIdle);

        Assert.Empty(world.Sent());
        await scheduler.StopAsync(CancellationToken.None);
    }
}
