using System.Net;
using EmulationBot.Storage;
using EmulationBot.Storage.Blob;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationBot.Tests.Storage;

public class BlobRetryTests
{
    private static readonly byte[] Value = "{\"n\":1}"u8.ToArray();

    private static ScriptedBlobService ContainerExists() => new ScriptedBlobService().Answer(HttpStatusCode.Conflict, "ContainerAlreadyExists");

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task Write_TransientAnswersThenSuccess_RetriesAndSucceeds(HttpStatusCode transient)
    {
        var service = ContainerExists().Answer(transient, "ServerBusy").Answer(transient).Answer(HttpStatusCode.Created, eTag: "\"0x1\"");
        await using var services = service.Services();

        var eTag = await services.GetRequiredService<IStorage>().WriteAsync("users/a", Value, ETagRule.Any);

        Assert.Equal("\"0x1\"", eTag);
        Assert.Equal(3, service.Requests.Count(r => r.StartsWith("PUT /devstoreaccount1/emulationbot/users/a", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Read_ConnectionRefusedThenAnswer_Retries()
    {
        var service = ContainerExists().Refuse().Refuse().Answer(HttpStatusCode.OK, eTag: "\"0x2\"");
        await using var services = service.Services();

        var item = await services.GetRequiredService<IStorage>().ReadAsync("users/a");

        Assert.Equal("\"0x2\"", item!.ETag);
        Assert.Equal(4, service.Requests.Count);
    }

    [Fact]
    public async Task Read_AttemptGetsNoAnswer_TimesOutAndRetries()
    {
        var service = ContainerExists().Hang().Answer(HttpStatusCode.OK, eTag: "\"0x3\"");
        await using var services = service.Services(requestTimeout: "00:00:00.200");

        var item = await services.GetRequiredService<IStorage>().ReadAsync("users/a");

        Assert.Equal("\"0x3\"", item!.ETag);
    }

    [Fact]
    public async Task Write_BusyOnEveryAttempt_ThrowsUnavailableAfterAllAttempts()
    {
        var service = ContainerExists();
        for (var i = 0; i < 4; i++) service.Answer(HttpStatusCode.ServiceUnavailable, "ServerBusy");
        await using var services = service.Services(maxRetries: 3);

        var ex = await Assert.ThrowsAsync<StorageUnavailableException>(() => services.GetRequiredService<IStorage>().WriteAsync("k", Value, null));

        Assert.Contains("answered 503 ServerBusy when asked to write a blob, after 4 attempt(s)", ex.Message);
        Assert.Equal(5, service.Requests.Count);
    }

    [Fact]
    public async Task Write_ConnectionAlwaysRefused_ThrowsUnavailableNamingTheEndpoint()
    {
        var service = new ScriptedBlobService().Refuse().Refuse();
        await using var services = service.Services(maxRetries: 1);

        var ex = await Assert.ThrowsAsync<StorageUnavailableException>(() => services.GetRequiredService<IStorage>().WriteAsync("k", Value, null));

        Assert.Equal("Azure Blob Storage at http://127.0.0.1:10000 could not be reached to create the container (connection failed: ConnectionError) after 2 attempt(s).", ex.Message);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "AuthenticationFailed", typeof(StorageConfigurationException))]
    [InlineData(HttpStatusCode.BadRequest, "InvalidHeaderValue", typeof(StorageUnavailableException))]
    public async Task Write_PermanentFailure_IsNotRetried(HttpStatusCode status, string code, Type expected)
    {
        var service = ContainerExists().Answer(status, code);
        await using var services = service.Services();

        var ex = await Assert.ThrowsAnyAsync<StorageException>(() => services.GetRequiredService<IStorage>().WriteAsync("k", Value, ETagRule.Any));

        Assert.IsType(expected, ex);
        Assert.Contains($"{(int)status} {code}", ex.Message);
        Assert.Equal(2, service.Requests.Count);
    }

    [Fact]
    public async Task Write_ContainerDeletedMeanwhile_RecreatesItAndWrites()
    {
        var service = ContainerExists()
            .Answer(HttpStatusCode.NotFound, "ContainerNotFound")
            .Answer(HttpStatusCode.Created)
            .Answer(HttpStatusCode.Created, eTag: "\"0x4\"");
        await using var services = service.Services();

        Assert.Equal("\"0x4\"", await services.GetRequiredService<IStorage>().WriteAsync("k", Value, null));
        Assert.Equal(2, service.Requests.Count(r => r == "PUT /devstoreaccount1/emulationbot"));
    }
}
