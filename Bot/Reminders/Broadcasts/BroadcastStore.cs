using System.Globalization;
using EmulationBot.Storage;

namespace EmulationBot.Reminders.Broadcasts;

/// <summary>Broadcasts in the state store, one document each, written once; ids start with the time, so the newest sorts last.</summary>
public sealed class BroadcastStore(IStorage storage)
{
    private const string Prefix = "reminders/broadcasts/";

    public static string NewId(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];

    public async Task CreateAsync(Broadcast broadcast, CancellationToken cancellationToken) =>
        await storage.WriteAsync(Prefix + broadcast.Id, broadcast, null, cancellationToken);

    public async Task<Broadcast?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (id.Length is 0 or > 64 || id.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-')) return null; // ids come back in card data
        return (await storage.ReadAsync<Broadcast>(Prefix + id, cancellationToken))?.Value;
    }

    public async Task<Broadcast?> LatestAsync(CancellationToken cancellationToken)
    {
        string? last = null;
        await foreach (var key in storage.ListAsync(Prefix, cancellationToken)) last = key;
        return last is null ? null : (await storage.ReadAsync<Broadcast>(last, cancellationToken))?.Value;
    }
}
