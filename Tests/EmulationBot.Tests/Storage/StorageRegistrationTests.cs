using EmulationBot.Storage;
using EmulationBot.Storage.Blob;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace EmulationBot.Tests.Storage;

public class StorageRegistrationTests
{
    private static ServiceProvider Build(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
        services.AddStateStorage(configuration, new HostingEnvironment { ContentRootPath = Path.GetTempPath(), EnvironmentName = Environments.Production });
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    [Fact]
    public void NoSetting_UsesFileStorageAndInProcessLeases()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ebreg-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var services = Build(("Storage:Folder", folder));
            Assert.Equal(folder, Assert.IsType<FileStorage>(services.GetRequiredService<IStorage>()).Folder);
            Assert.IsType<InProcessLeaseManager>(services.GetRequiredService<ILeaseManager>());
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void KindMemory_UsesMemoryStorage()
    {
        using var services = Build(("Storage:Kind", "memory"));
        Assert.IsType<MemoryStorage>(services.GetRequiredService<IStorage>());
        Assert.IsType<InProcessLeaseManager>(services.GetRequiredService<ILeaseManager>());
    }

    [Fact]
    public void KindBlob_UsesBlobStorageBlobLeasesAndStartupCheck()
    {
        using var services = Build(("Storage:Kind", "Blob"), ("Storage:ConnectionString", "UseDevelopmentStorage=true"), ("Storage:Container", "state"));
        var storage = services.GetRequiredService<IStorage>();
        Assert.IsType<BlobStorage>(storage);
        Assert.Same(storage, services.GetRequiredService<BlobStorage>());
        Assert.IsType<BlobLeaseManager>(services.GetRequiredService<ILeaseManager>());
        Assert.Contains(services.GetServices<IHostedService>(), s => s is BlobStorageStartupCheck);
        Assert.Equal("state", services.GetRequiredService<BlobConnection>().Container);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("AccountName=acct;AccountKey=***")]
    public void KindBlob_MissingOrWrongConnectionString_StopsWithMessageNamingIt(string? connectionString)
    {
        var ex = Assert.Throws<StorageConfigurationException>(() => Build(("Storage:Kind", "Blob"), ("Storage:ConnectionString", connectionString)));
        Assert.StartsWith("Storage:ConnectionString is not valid", ex.Message);
    }

    [Fact]
    public void UnknownKind_StopsWithMessageListingKinds()
    {
        var ex = Assert.Throws<StorageConfigurationException>(() => Build(("Storage:Kind", "Cosmos")));
        Assert.Equal("Storage:Kind 'Cosmos' is not supported. Use File (the default), Blob, or Memory (tests only).", ex.Message);
    }

    [Fact]
    public async Task WholeBot_WithBlobSettings_BuildsEveryService()
    {
        await using var bot = TestBot.Create(settings: new Dictionary<string, string?>
        {
            ["Storage:Kind"] = "Blob",
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        });
        Assert.IsType<BlobLeaseManager>(bot.Get<ILeaseManager>());
    }
}
