using EmulationBot.IntegrationTests.Support;
using EmulationBot.Storage;
using EmulationBot.Storage.Blob;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EmulationBot.IntegrationTests.Conversation;

// Its own Azurite, because the test takes it down.
public sealed class StorageOutageBotTests(AzuriteServer azurite) : IClassFixture<AzuriteServer>
{
    private const string BusyEnglish = "Sorry, storage is busy and I could not record your request.";

    private static WebApplicationFactory<Program> Bot(string connectionString, string container) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Development");
            host.UseSetting("Storage:Kind", "Blob");
            host.UseSetting("Storage:ConnectionString", connectionString);
            host.UseSetting("Storage:Container", container);
            host.UseSetting("Storage:MaxRetries", "1");
            host.UseSetting("Storage:RetryDelay", "00:00:00.050");
        });

    [Fact]
    public async Task StoreDown_BotAnswersBusyWithRetryKeepingInput_AndRecoversWithoutRestart()
    {
        var container = BlobStores.NewContainer("outage");
        await using var factory = Bot(azurite.ConnectionString, container);
        var user = new BotClient(factory.CreateClient());
        Assert.Contains("Tôi có thể giúp gì?", (await user.SendAsync("tro giup")).AllText());

        await azurite.StopAsync();
        var busy = Assert.Single(await user.SendAsync("English"));
        Assert.StartsWith(BusyEnglish, busy.Text);
        var retry = Assert.Single(busy.SuggestedActions!.Actions);
        Assert.Equal("imBack", retry.Type);
        Assert.Equal("English", retry.Value?.GetString());

        await azurite.StartAsync();
        var retried = await user.SendAsync(retry.Value!.Value.GetString()!);
        Assert.DoesNotContain(BusyEnglish, retried.AllText());

        // The choice made on the retry is in the blob store: a fresh bot over the same container answers in English.
        await using var restarted = Bot(azurite.ConnectionString, container);
        Assert.Contains("How can I help?", (await new BotClient(restarted.CreateClient()).SendAsync("tro giup")).AllText());
    }

    [Fact]
    public async Task StoreUnreachableAtStartup_BotStartsApologizesAndRecovers()
    {
        await azurite.StopAsync();
        try
        {
            await using var factory = Bot(azurite.ConnectionString, BlobStores.NewContainer("late"));
            var user = new BotClient(factory.CreateClient(), "29:user-late");
            var busy = Assert.Single(await user.SendAsync("English"));
            Assert.StartsWith(BusyEnglish, busy.Text);

            await azurite.StartAsync();
            Assert.DoesNotContain(BusyEnglish, (await user.SendAsync("English")).AllText());
        }
        finally
        {
            if (!azurite.IsRunning) await azurite.StartAsync();
        }
    }

    [Fact]
    public async Task WrongAccountKey_StopsStartupNamingTheSetting()
    {
        var wrong = azurite.ConnectionString.Replace(BlobConnectionString.DevelopmentAccountKey, Convert.ToBase64String(new byte[64]));
        await using var factory = Bot(wrong, BlobStores.NewContainer("startup"));

        var ex = await Assert.ThrowsAsync<StorageConfigurationException>(() => Task.Run(() => factory.CreateClient()));
        Assert.Contains("Storage:ConnectionString", ex.Message);
        Assert.Contains("AccountKey is wrong", ex.Message);
    }

    [Fact]
    public async Task MalformedConnectionString_StopsStartupWithoutFallingBackToFiles()
    {
        await using var factory = Bot("AccountName=emulation;AccountKey=not base64!", "state");

        var ex = await Assert.ThrowsAsync<StorageConfigurationException>(() => Task.Run(() => factory.CreateClient()));
        Assert.Equal("Storage:ConnectionString is not valid: AccountKey is not valid base64.", ex.Message);
    }
}
