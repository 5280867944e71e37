using System.Text;
using EmulationBot.IntegrationTests.Support;
using EmulationBot.Storage;
using EmulationBot.Storage.Blob;

namespace EmulationBot.IntegrationTests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class BlobConfigurationErrorTests(AzuriteServer azurite)
{
    private static readonly DateTimeOffset NextHour = DateTimeOffset.UtcNow.AddHours(1);

    [Fact]
    public async Task WrongAccountKey_FailsWithKeyMessageNamingTheSetting()
    {
        var wrongKey = Convert.ToBase64String(Encoding.UTF8.GetBytes("not the key of devstoreaccount1, but valid base64"));
        var connection = azurite.ConnectionString.Replace(BlobConnectionString.DevelopmentAccountKey, wrongKey);
        await using var services = BlobStores.Services(connection, BlobStores.NewContainer("wrongkey"));

        var atStart = await Assert.ThrowsAsync<StorageConfigurationException>(() => services.Storage().EnsureReadyAsync());
        Assert.Contains("Storage:ConnectionString", atStart.Message);
        Assert.Contains("AccountKey is wrong", atStart.Message);
        Assert.DoesNotContain(wrongKey, atStart.Message);
        var onFirstUse = await Assert.ThrowsAsync<StorageConfigurationException>(() => services.Storage().ReadAsync("users/x"));
        Assert.Equal(atStart.Message, onFirstUse.Message);
    }

    [Fact]
    public async Task ContainerSasForMissingContainer_FailsWithMissingContainerMessage()
    {
        var container = BlobStores.NewContainer("missing");
        var url = $"{azurite.BlobEndpoint}/{container}?{SasTokens.Container(container, "rwdl", NextHour)}";
        await using var services = BlobStores.Services(url, "ignored-when-the-url-names-one");

        var ex = await Assert.ThrowsAsync<StorageConfigurationException>(() => services.Storage().EnsureReadyAsync());
        Assert.Contains($"Storage:Container '{container}' does not exist", ex.Message);
        Assert.Contains("may not create it", ex.Message);
        Assert.Contains("Storage:ConnectionString", ex.Message);
    }

    [Fact]
    public async Task ContainerSasForExistingContainer_ReadsWritesAndLists()
    {
        var container = BlobStores.NewContainer("sas");
        await using (var owner = BlobStores.Services(azurite.ConnectionString, container)) await owner.Storage().EnsureReadyAsync();
        var url = $"{azurite.BlobEndpoint}/{container}?{SasTokens.Container(container, "rwdl", NextHour)}";
        await using var services = BlobStores.Services(url, "other");

        var storage = services.Storage();
        var eTag = await storage.WriteAsync("users/29:ánh", "{\"a\":1}"u8.ToArray(), null);
        Assert.Equal(eTag, (await storage.ReadAsync("users/29:ánh"))!.ETag);
        Assert.Equal(["users/29:ánh"], await storage.ListAsync("users/").ToListAsync());
        Assert.True(await storage.DeleteAsync("users/29:ánh", eTag));
    }

    [Fact]
    public async Task AccountSasInConnectionString_CreatesTheContainer()
    {
        var container = BlobStores.NewContainer("acctsas");
        var connection = $"BlobEndpoint={azurite.BlobEndpoint};SharedAccessSignature={SasTokens.Account("rwdlac", "sco", NextHour)}";
        await using var services = BlobStores.Services(connection, container);

        var storage = services.Storage();
        await storage.WriteAsync("k", "{}"u8.ToArray(), null);
        Assert.NotNull(await storage.ReadAsync("k"));
    }

    [Fact]
    public async Task ExpiredSas_FailsWithExpiryMessage()
    {
        var container = BlobStores.NewContainer("expired");
        await using (var owner = BlobStores.Services(azurite.ConnectionString, container)) await owner.Storage().EnsureReadyAsync();
        var expired = DateTimeOffset.UtcNow.AddHours(-1);
        var url = $"{azurite.BlobEndpoint}/{container}?{SasTokens.Container(container, "rwdl", expired)}";
        await using var services = BlobStores.Services(url, container);

        var ex = await Assert.ThrowsAsync<StorageConfigurationException>(() => services.Storage().ReadAsync("users/x"));
        Assert.Contains("Storage:ConnectionString", ex.Message);
        Assert.Contains($"expired at {expired.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC", ex.Message);
        Assert.DoesNotContain("sig=", ex.Message);
    }

    [Fact]
    public async Task UnreachableEndpoint_IsUnavailableNotConfiguration()
    {
        var closedPort = NodeTools.FreePort();
        var connection = azurite.ConnectionString.Replace($":{azurite.Port}/", $":{closedPort}/");
        await using var services = BlobStores.Services(connection, BlobStores.NewContainer("nowhere"),
            new Dictionary<string, string?> { ["Storage:MaxRetries"] = "2" });

        var ex = await Assert.ThrowsAsync<StorageUnavailableException>(() => services.Storage().WriteAsync("k", "{}"u8.ToArray(), null));
        Assert.Contains($"127.0.0.1:{closedPort} could not be reached", ex.Message);
        Assert.Contains("ConnectionRefused", ex.Message);
        Assert.Contains("after 3 attempt(s)", ex.Message);
    }
}
