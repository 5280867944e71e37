using EmulationBot.IntegrationTests.Support;
using EmulationBot.Storage;
using EmulationBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationBot.IntegrationTests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class BlobStorageContractTests(AzuriteServer azurite) : StorageContractTests, IDisposable
{
    private readonly List<ServiceProvider> _services = [];

    // A small page size, so that listing has to follow continuation markers.
    protected override Task<IStorage> CreateStorageAsync()
    {
        var services = BlobStores.Services(azurite.ConnectionString, BlobStores.NewContainer("contract"),
            new Dictionary<string, string?> { ["Storage:ListPageSize"] = "3" });
        _services.Add(services);
        return Task.FromResult<IStorage>(services.Storage());
    }

    public void Dispose()
    {
        foreach (var services in _services) services.Dispose();
    }
}
