using System.Diagnostics;
using EmulationBot.IntegrationTests.Support;
using EmulationBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationBot.IntegrationTests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class BlobLeaseTests(AzuriteServer azurite)
{
    private static readonly TimeSpan Period = Lease.MinDuration;

    [Fact]
    public async Task TwoInstancesContending_ExactlyOneHoldsTheLease()
    {
        var container = BlobStores.NewContainer("lease");
        await using var a = BlobStores.Services(azurite.ConnectionString, container);
        await using var b = BlobStores.Services(azurite.ConnectionString, container);
        var managers = new[] { a.GetRequiredService<ILeaseManager>(), b.GetRequiredService<ILeaseManager>() };

        for (var round = 0; round < 5; round++)
        {
            var leases = await Task.WhenAll(managers.Select(m => m.TryAcquireAsync("reminders", Period)));
            var winner = Assert.Single(leases, l => l is not null)!;
            var holder = managers[Array.IndexOf(leases, winner)];
            var other = managers[1 - Array.IndexOf(leases, winner)];
            Assert.Null(await other.TryAcquireAsync("reminders", Period));
            Assert.True(await holder.RenewAsync(winner));
            Assert.False(await other.RenewAsync(winner with { Id = Guid.NewGuid().ToString() }));
            Assert.Null(await other.TryAcquireAsync("reminders", Period));
            await holder.ReleaseAsync(winner);
        }
        // The lease blob is the store's own: it never shows up as a key.
        Assert.Empty(await a.Storage().ListAsync("").ToListAsync());
    }

    [Fact]
    public async Task HolderStopsRenewing_OtherTakesOverWithinOneLeasePeriod()
    {
        var container = BlobStores.NewContainer("takeover");
        await using var a = BlobStores.Services(azurite.ConnectionString, container);
        await using var b = BlobStores.Services(azurite.ConnectionString, container);
        var holder = a.GetRequiredService<ILeaseManager>();
        var contender = b.GetRequiredService<ILeaseManager>();

        var lease = await holder.TryAcquireAsync("reminders", Period);
        Assert.NotNull(lease);
        Assert.True(await holder.RenewAsync(lease));
        var lastRenewal = Stopwatch.StartNew(); // the holder dies right after this renewal

        // The contender polls as a scheduler would, once a second, until it gets the lease.
        Lease? taken = null;
        var refusals = 0;
        while (taken is null && lastRenewal.Elapsed < 3 * Period)
        {
            taken = await contender.TryAcquireAsync("reminders", Period);
            if (taken is null)
            {
                refusals++;
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
        var takeover = lastRenewal.Elapsed;

        Assert.NotNull(taken);
        Assert.True(refusals > 0);
        // Not before the holder's lease ran out (exclusive), and within one period of its last renewal (plus a poll).
        Assert.True(takeover >= Period - TimeSpan.FromSeconds(1), $"took over after {takeover}, before the lease period {Period} ended");
        Assert.True(takeover <= Period + TimeSpan.FromSeconds(3), $"took over after {takeover}, the lease period is {Period}");
        Assert.False(await holder.RenewAsync(lease));
        await holder.ReleaseAsync(lease);
        Assert.True(await contender.RenewAsync(taken));
    }
}
