using System.Text.Json;
using EmulationBot.Office.Exports;
using EmulationBot.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;

namespace EmulationBot.Tests.Office.Support;

/// <summary>Follows the links of an export card the way a browser would reach the download endpoint: checks the signature, opens the file.</summary>
public static class ExportLinks
{
    public const string Key = "office-tests-link-signing-key-0123456789";

    public static Dictionary<string, string?> Settings() => new()
    {
        ["Office:LinkSigningKey"] = Key,
        ["Office:PublicBaseUrl"] = "https://bot.skhcn.example.gov.vn",
    };

    /// <summary>The files of the link card: name → bytes (each link checked valid first).</summary>
    public static async Task<Dictionary<string, byte[]>> FilesAsync(TestBot bot, JsonElement card)
    {
        var result = new Dictionary<string, byte[]>();
        foreach (var (name, url) in Links(card))
        {
            var query = QueryHelpers.ParseQuery(url.Query);
            var id = url.AbsolutePath.Split('/')[^1];
            Assert.Equal(LinkCheck.Valid, bot.Get<DownloadLinks>().Check(id, query["exp"], query["sig"]));
            var file = await bot.Get<ExportFileStore>().OpenAsync(id, CancellationToken.None);
            Assert.NotNull(file);
            result[name] = file.Value.Content.ToArray();
        }
        return result;
    }

    public static IEnumerable<(string Name, Uri Url)> Links(JsonElement card) =>
        card.GetProperty("body").EnumerateArray()
            .Where(e => e.TryGetProperty("selectAction", out var a) && a.GetProperty("type").GetString() == "Action.OpenUrl")
            .Select(e => (e.GetProperty("selectAction").GetProperty("title").GetString()!, new Uri(e.GetProperty("selectAction").GetProperty("url").GetString()!)));
}
