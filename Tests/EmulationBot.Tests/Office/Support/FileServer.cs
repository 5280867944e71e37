using System.Collections.Concurrent;
using System.Net;
using EmulationBot.Office.Files;
using EmulationBot.Protocol;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationBot.Tests.Office.Support;

/// <summary>Where files sent to the bot are downloaded from in tests: an in-memory web server for the bot's file client.</summary>
public sealed class FileServer : HttpMessageHandler
{
    public const string BaseUrl = "https://files.example.vn/";

    public ConcurrentDictionary<string, byte[]> Files { get; } = new();

    public int Requests;

    public void Register(IServiceCollection services) =>
        services.AddHttpClient(FileDownloader.ClientName).ConfigurePrimaryHttpMessageHandler(() => this);

    /// <summary>A message from <paramref name="user"/> carrying <paramref name="name"/> as a file attachment.</summary>
    public Activity Message(TestUser user, string name, byte[] content, string? text = null)
    {
        Files[name] = content;
        var activity = user.Message(text);
        activity.Attachments = [new Attachment { ContentType = "text/csv", ContentUrl = BaseUrl + Uri.EscapeDataString(name), Name = name }];
        return activity;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Requests);
        var name = Uri.UnescapeDataString(request.RequestUri!.AbsolutePath.TrimStart('/'));
        return Task.FromResult(Files.TryGetValue(name, out var bytes)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(bytes) }
            : new HttpResponseMessage(HttpStatusCode.NotFound));
    }
}
