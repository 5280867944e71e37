using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EmulationBot.Tests.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 (random port) publishing OpenID metadata and JWKS documents, like
/// login.botframework.com does. Each test creates its own <see cref="PublishedKeySet"/> (own URLs, own request
/// counts), so tests sharing one server do not see each other's requests.
/// </summary>
public sealed class OpenIdTestServer : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, PublishedKeySet> _sets = new(StringComparer.Ordinal);
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A new key set served at <c>/{id}/.well-known/openidconfiguration</c>, publishing <paramref name="keys"/>.</summary>
    public PublishedKeySet Publish(params TestSigningKey[] keys)
    {
        var id = Guid.NewGuid().ToString("N");
        var set = new PublishedKeySet(new Uri(BaseAddress, $"{id}/"), keys);
        _sets[id] = set;
        return set;
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/{id}/.well-known/openidconfiguration", (string id) => Serve(id, metadata: true));
        _app.MapGet("/{id}/keys", (string id) => Serve(id, metadata: false));
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.Single());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    private IResult Serve(string id, bool metadata)
    {
        if (_sets.GetValueOrDefault(id) is not { } set) return Results.NotFound();
        var json = metadata ? set.MetadataJson() : set.KeysJson();
        return set.Unavailable ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : Results.Text(json, "application/json");
    }
}

/// <summary>The metadata and keys one test publishes, with the number of times each was fetched.</summary>
public sealed class PublishedKeySet(Uri root, IEnumerable<TestSigningKey> keys)
{
    private readonly Lock _gate = new();
    private readonly List<TestSigningKey> _keys = keys.ToList();
    private int _metadataRequests;
    private int _keyRequests;

    public string MetadataUrl { get; } = new Uri(root, ".well-known/openidconfiguration").AbsoluteUri;

    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    public int KeyRequests => Volatile.Read(ref _keyRequests);

    /// <summary>While true, both documents answer 503, as an identity endpoint in an outage would.</summary>
    public bool Unavailable { get; set; }

    /// <summary>Rolls over: publishes one more key (as the Bot Framework does before signing with it).</summary>
    public void Add(TestSigningKey key)
    {
        lock (_gate) _keys.Add(key);
    }

    internal string MetadataJson()
    {
        Interlocked.Increment(ref _metadataRequests);
        return new JsonObject
        {
            ["issuer"] = "https://api.botframework.com",
            ["jwks_uri"] = new Uri(root, "keys").AbsoluteUri,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }.ToJsonString();
    }

    internal string KeysJson()
    {
        Interlocked.Increment(ref _keyRequests);
        lock (_gate) return new JsonObject { ["keys"] = new JsonArray(_keys.Select(k => (JsonNode?)k.ToJwk()).ToArray()) }.ToJsonString();
    }
}
