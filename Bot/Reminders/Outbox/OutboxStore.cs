using System.Globalization;
using System.Runtime.CompilerServices;
using EmulationBot.Storage;

namespace EmulationBot.Reminders.Outbox;

/// <summary>The queue of <see cref="OutboxJob"/>s in the state store, oldest first (keys start with the time).</summary>
public sealed class OutboxStore(IStorage storage)
{
    public const string Prefix = "reminders/outbox/";

    public static string Key(OutboxJob job) =>
        Prefix + job.CreatedAt.UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture) + "-" + job.Id;

    public async Task EnqueueAsync(OutboxJob job, CancellationToken cancellationToken) =>
        await storage.WriteAsync(Key(job), job, null, cancellationToken);

    public async IAsyncEnumerable<(string Key, OutboxJob Job)> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await foreach (var key in storage.ListAsync(Prefix, cancellationToken)) keys.Add(key);
        foreach (var key in keys)
        {
            OutboxJob? job = null;
            try
            {
                job = (await storage.ReadAsync<OutboxJob>(key, cancellationToken))?.Value;
            }
            catch (StorageCorruptException)
            {
                await storage.DeleteAsync(key, ETagRule.Any, cancellationToken);
            }
            if (job is not null) yield return (key, job);
        }
    }

    public async Task CompleteAsync(string key, CancellationToken cancellationToken) =>
        await storage.DeleteAsync(key, ETagRule.Any, cancellationToken);
}
