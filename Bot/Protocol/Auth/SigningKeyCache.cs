using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace EmulationBot.Protocol.Auth;

/// <summary>
/// The signing keys of each metadata URL, fetched on first use and again after <c>KeyRefreshInterval</c>. A token
/// signed with an unknown key id forces a refresh (keys roll over), but at most once per
/// <c>MinimumForcedRefreshInterval</c>, so forged key ids cannot make the bot hammer the metadata endpoint.
/// </summary>
public sealed class SigningKeyCache(
    OpenIdMetadataClient client,
    IOptions<BotFrameworkAuthenticationOptions> options,
    TimeProvider clock,
    ILogger<SigningKeyCache> logger)
{
    private readonly ConcurrentDictionary<string, KeySet> _sets = new(StringComparer.Ordinal);

    /// <summary>The key <paramref name="keyId"/> published at <paramref name="metadataUrl"/>, or null when there is none.</summary>
    /// <exception cref="SigningKeysUnavailableException">No keys could be fetched and none are cached.</exception>
    public async Task<SigningKey?> GetKeyAsync(string metadataUrl, string keyId, CancellationToken cancellationToken)
    {
        var set = _sets.GetOrAdd(metadataUrl, _ => new KeySet());
        var initial = set.Current;
        var snapshot = initial;
        if (snapshot is null || clock.GetUtcNow() - snapshot.FetchedAt >= options.Value.KeyRefreshInterval)
        {
            snapshot = await RefreshAsync(set, metadataUrl, forced: false, cancellationToken);
        }
        // Keys fetched since this call began (by it or by a concurrent call) are as fresh as a forced refresh would get.
        if (!ReferenceEquals(snapshot, initial)) return snapshot.Find(keyId);
        if (set.Current is { } latest && !ReferenceEquals(latest, initial)) return latest.Find(keyId);
        if (snapshot.Find(keyId) is { } key) return key;

        snapshot = await RefreshAsync(set, metadataUrl, forced: true, cancellationToken);
        return snapshot.Find(keyId);
    }

    private async Task<Snapshot> RefreshAsync(KeySet set, string metadataUrl, bool forced, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await set.Gate.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            var current = set.Current;
            var due = forced
                ? now - set.LastForcedAt >= settings.MinimumForcedRefreshInterval
                : current is null || (now - current.FetchedAt >= settings.KeyRefreshInterval && now - set.LastAttemptAt >= settings.MinimumForcedRefreshInterval);
            if (!due) return current ?? Snapshot.Empty; // throttled, or another caller refreshed meanwhile
            set.LastAttemptAt = now;
            if (forced) set.LastForcedAt = now;
            try
            {
                var keys = await client.GetSigningKeysAsync(metadataUrl, cancellationToken);
                set.Current = new Snapshot(keys.GroupBy(k => k.KeyId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal), now);
                logger.LogInformation("Fetched {Count} signing keys from {MetadataUrl}", keys.Count, metadataUrl);
                return set.Current;
            }
            catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                if (current is null) throw new SigningKeysUnavailableException(metadataUrl, ex);
                logger.LogWarning(ex, "Could not refresh the signing keys from {MetadataUrl}; keeping the cached ones", metadataUrl);
                return current;
            }
        }
        finally
        {
            set.Gate.Release();
        }
    }

    /// <summary>The keys of one metadata URL as fetched at one moment; replaced whole, never changed.</summary>
    private sealed record Snapshot(IReadOnlyDictionary<string, SigningKey> Keys, DateTimeOffset FetchedAt)
    {
        public static Snapshot Empty { get; } = new(new Dictionary<string, SigningKey>(), DateTimeOffset.MinValue);

        public SigningKey? Find(string keyId) => Keys.GetValueOrDefault(keyId);
    }

    /// <summary>The cached keys of one metadata URL; refreshed only under <see cref="Gate"/>.</summary>
    private sealed class KeySet
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public volatile Snapshot? Current;
        public DateTimeOffset LastAttemptAt = DateTimeOffset.MinValue;
        public DateTimeOffset LastForcedAt = DateTimeOffset.MinValue;
    }
}
