using System.Text.Json;
using EmulationBot.Plans.Review;
using EmulationBot.Protocol;
using EmulationBot.Storage;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationBot.Tests.Plans.Support;

/// <summary>A <see cref="TestBot"/> whose office is <see cref="Office"/>, with plan files served by a <see cref="FakeFileServer"/>.</summary>
internal static class OfficeBot
{
    public static TestUser Office { get; } = TestUser.Default;
    public static TestUser Employee { get; } = TestUser.Make(2, "Trần Thị Bình");

    public static TestBot Create(FakeFileServer? files = null, IStorage? storage = null, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var all = new Dictionary<string, string?> { ["Roles:Office:0"] = Office.AadObjectId };
        foreach (var (k, v) in settings ?? []) all[k] = v;
        return TestBot.Create(storage: storage, settings: all, configure: services =>
        {
            if (files is not null) services.AddHttpClient(PlanFileDownloader.ClientName).ConfigurePrimaryHttpMessageHandler(() => files);
            configure?.Invoke(services);
        });
    }

    /// <summary>A Teams file message: an attachment of type file.download.info carrying the download URL.</summary>
    public static async Task<List<Activity>> SendFileAsync(this TestBot bot, string name, string url, TestUser? user = null)
    {
        var activity = (user ?? Office).Message(null);
        var extension = Path.GetExtension(name).TrimStart('.');
        activity.Attachments =
        [
            new Attachment
            {
                ContentType = Attachment.TeamsFileDownloadInfo,
                Name = name,
                Content = JsonSerializer.SerializeToElement(new { downloadUrl = url, uniqueId = Guid.NewGuid().ToString(), fileType = extension }),
            },
        ];
        return (await bot.ProcessAsync(activity)).Replies;
    }

    /// <summary>Presses an Action.Execute of <paramref name="card"/> (found by verb, and obligation for per-task buttons) with input values.</summary>
    public static async Task<JsonElement> PressAsync(this TestBot bot, JsonElement card, string verb, string? obligation = null,
        Dictionary<string, string>? inputs = null, TestUser? user = null)
    {
        var data = CardActions.DataOf(card, verb, obligation);
        foreach (var (k, v) in inputs ?? []) data[k] = v;
        var (result, _) = await bot.ExecuteAsync(verb, data, user ?? Office);
        return InvokeCard(result);
    }

    public static JsonElement InvokeCard(TurnResult result)
    {
        Assert.Equal(200, result.Status);
        var body = result.Body!.Value;
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, body.GetProperty("type").GetString());
        return body.GetProperty("value");
    }

    public static string InvokeMessage(TurnResult result)
    {
        var body = result.Body!.Value;
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, body.GetProperty("type").GetString());
        return body.GetProperty("value").GetString()!;
    }
}
