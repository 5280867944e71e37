using System.Text.Json;
using EmulationBot.Protocol;

namespace EmulationBot.Dialogs.Prompts;

/// <summary>Asks for files attached to the message; "bỏ qua" / "không có" answers with none when the files are optional.</summary>
public sealed record FilePrompt : Prompt
{
    public bool Optional { get; init; } = true;
    public int MaxFiles { get; init; } = 5;

    public override PromptRecognition Recognize(PromptInput input)
    {
        var files = input.Attachments.Select(FileAnswer.From).OfType<FileAnswer>().Take(MaxFiles).ToList();
        if (files.Count > 0) return PromptRecognition.Match((IReadOnlyList<FileAnswer>)files);
        if (Optional && input.Card is null && SkipWords.IsSkip(input.Utterance)) return PromptRecognition.Match((IReadOnlyList<FileAnswer>)[]);
        return PromptRecognition.NoMatch;
    }

    public override Activity Render(PromptRendering rendering)
    {
        var activity = Activity.CreateMessage(rendering.Question(this));
        activity.SuggestedActions = Optional ? rendering.NavigationActions(CardAction.ImBack(rendering.T("dialogs.skip"))) : rendering.NavigationActions();
        return activity;
    }

    public override string Describe(object? answer, PromptRendering rendering) =>
        answer is IReadOnlyList<FileAnswer> { Count: > 0 } files ? string.Join(", ", files.Select(f => f.Name)) : rendering.T("dialogs.skipped");
}

/// <summary>A file the user attached: its name and where to download it (Teams gives a short-lived download URL).</summary>
public sealed record FileAnswer(string Name, string Url, string ContentType)
{
    public static FileAnswer? From(Attachment attachment)
    {
        if (attachment.ContentType == Attachment.TeamsFileDownloadInfo
            && attachment.Content is { ValueKind: JsonValueKind.Object } info
            && info.TryGetProperty("downloadUrl", out var url) && url.ValueKind == JsonValueKind.String)
        {
            var type = info.TryGetProperty("fileType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
            return new FileAnswer(attachment.Name ?? "file", url.GetString()!, type);
        }
        if (!string.IsNullOrEmpty(attachment.ContentUrl) && attachment.ContentType is { } ct
            && !ct.StartsWith("application/vnd.microsoft.card", StringComparison.Ordinal) && ct != "text/html")
        {
            return new FileAnswer(attachment.Name ?? "file", attachment.ContentUrl, ct);
        }
        return null;
    }
}
