using System.Globalization;
using System.Text.Json.Nodes;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;

namespace EmulationBot.Office.Exports;

/// <summary>
/// Hands exported files to the user: each is stored and gets a signed link that expires, and a card lists the links.
/// Teams takes a bot's file in a 1:1 chat only through its file-consent flow, so a link card is what works everywhere.
/// </summary>
public sealed class ExportDelivery(ExportFileStore files, DownloadLinks links, CardFactory cards, Strings strings, ILogger<ExportDelivery> logger)
{
    public bool IsConfigured => links.IsConfigured;

    /// <summary>The text to answer with when exports cannot be delivered (no signing key); logged for the operators.</summary>
    public string NotConfigured(Language language)
    {
        logger.LogError("Exports need Office:LinkSigningKey (at least {Length} characters); none is configured", DownloadLinks.MinKeyLength);
        return strings.Get(language, "office.exports.notConfigured");
    }

    public async Task<Activity> DeliverAsync(Language language, string title, string subtitle, IReadOnlyList<OutgoingFile> outgoing, string createdBy, string? planId,
        CancellationToken cancellationToken)
    {
        var items = new JsonArray();
        DateTimeOffset expires = default;
        foreach (var file in outgoing)
        {
            var stored = await files.SaveAsync(file.Name, file.ContentType, file.Content, createdBy, planId, cancellationToken);
            var (url, until) = links.Create(stored.Id);
            expires = until;
            items.Add(new JsonObject { ["name"] = file.Name, ["details"] = $"{file.Details} · {Size(file.Content.Length)}", ["url"] = url.ToString() });
        }
        return cards.Message("office-export", language, new JsonObject
        {
            ["title"] = title,
            ["subtitle"] = subtitle,
            ["files"] = items,
            ["expires"] = strings.Get(language, "office.exports.expires", VietnamTime.FormatDateTime(expires)),
        });
    }

    /// <summary>A name safe on every file system, keeping Vietnamese letters.</summary>
    public static string FileName(string name) =>
        string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '-' : c)).Trim();

    private static string Size(int bytes) => bytes < 1024 ? $"{bytes} B" : $"{(bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture)} KB";
}

/// <summary>A file to hand out: its name, type, a short description for the card, and its bytes.</summary>
public sealed record OutgoingFile(string Name, string ContentType, string Details, byte[] Content);
