using EmulationBot.IntegrationTests.Support;
using EmulationBot.Storage;
using EmulationBot.Storage.Blob;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationBot.IntegrationTests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class BlobWireTests(AzuriteServer azurite)
{
    private readonly FaultInjectingHandler _wire = new();

    private ServiceProvider Services(IDictionary<string, string?>? settings = null) =>
        BlobStores.Services(azurite.ConnectionString, BlobStores.NewContainer("wire"), settings,
            services => services.AddHttpClient<BlobTransport>().AddHttpMessageHandler(() => _wire));

    [Fact]
    public async Task CreateOnly_AnswerLostAfterServerStoredIt_ReportsSuccessNotConflict()
    {
        await using var services = Services();
        var storage = services.Storage();
        await storage.EnsureReadyAsync();
        _wire.DropNextAnswer(r => r.Method == HttpMethod.Put);

        var eTag = await storage.WriteAsync("users/29:lost", "{\"n\":1}"u8.ToArray(), null);

        Assert.Equal(eTag, (await storage.ReadAsync("users/29:lost"))!.ETag);
    }

    [Fact]
    public async Task Update_AnswerLostAfterServerStoredIt_ReportsSuccessWithNewETag()
    {
        await using var services = Services();
        var storage = services.Storage();
        var first = await storage.WriteAsync("k", "{\"n\":1}"u8.ToArray(), null);
        _wire.DropNextAnswer(r => r.Method == HttpMethod.Put);

        var second = await storage.WriteAsync("k", "{\"n\":2}"u8.ToArray(), first);

        Assert.NotEqual(first, second);
        Assert.Equal(second, (await storage.ReadAsync("k"))!.ETag);
    }

    [Fact]
    public async Task Update_RealConflictAfterLostAnswer_IsStillAConflict()
    {
        await using var services = Services();
        var storage = services.Storage();
        var first = await storage.WriteAsync("k", "{\"n\":1}"u8.ToArray(), null);
        await storage.WriteAsync("k", "{\"n\":2}"u8.ToArray(), first);
        _wire.DropNextAnswer(r => r.Method == HttpMethod.Put);

        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync("k", "{\"n\":3}"u8.ToArray(), first));
        Assert.Equal("{\"n\":2}", System.Text.Encoding.UTF8.GetString((await storage.ReadAsync("k"))!.Content.Span));
    }

    [Fact]
    public async Task List_SmallPages_FollowsContinuationMarkers()
    {
        await using var services = Services(new Dictionary<string, string?> { ["Storage:ListPageSize"] = "4" });
        var storage = services.Storage();
        var keys = Enumerable.Range(0, 10).Select(i => $"reports/2025/q{i:D2}").ToList();
        foreach (var key in keys) await storage.WriteAsync(key, "{}"u8.ToArray(), null);
        _wire.Log.Clear();

        Assert.Equal(keys, await storage.ListAsync("reports/").ToListAsync());
        var pages = _wire.Log.Where(l => l.Contains("comp=list", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, pages.Count);
        Assert.DoesNotContain("marker=", pages[0]);
        Assert.All(pages.Skip(1), p => Assert.Contains("marker=", p));
    }

    [Fact]
    public async Task Turns_ContainerIsCreatedOnce_AndEachOperationIsOneRequest()
    {
        await using var services = Services();
        var storage = services.Storage();
        var eTag = await storage.WriteAsync("a", "{}"u8.ToArray(), null);
        await storage.ReadAsync("a");
        await storage.WriteAsync("a", "{\"x\":1}"u8.ToArray(), eTag);
        await storage.WriteAsync("b", "{}"u8.ToArray(), null);

        // One Create Container, then exactly one request per read or write.
        Assert.Equal(5, _wire.Requests);
        Assert.Single(_wire.Log, l => l.Contains("restype=container", StringComparison.Ordinal) && !l.Contains("comp=list", StringComparison.Ordinal));
    }
}
