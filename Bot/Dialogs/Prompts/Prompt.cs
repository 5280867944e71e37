using System.Text.Json;
using System.Text.Json.Serialization;
using EmulationBot.Conversation;
using EmulationBot.Protocol;

namespace EmulationBot.Dialogs.Prompts;

/// <summary>
/// A question a dialog is waiting on: how to show it and how to read the answer. Prompts are saved in the
/// dialog frame (so they survive a restart and can be shown again after an interruption); their texts are
/// kept as keys so that they follow a language change.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(TextPrompt), "text")]
[JsonDerivedType(typeof(ChoicePrompt), "choice")]
[JsonDerivedType(typeof(ConfirmPrompt), "confirm")]
[JsonDerivedType(typeof(FilePrompt), "file")]
[JsonDerivedType(typeof(CardPrompt), "card")]
[JsonDerivedType(typeof(DatePrompt), "date")]
public abstract record Prompt
{
    /// <summary>Key of the question in the Strings files, with its arguments.</summary>
    public required string TextKey { get; init; }

    public string[] TextArgs { get; init; } = [];

    /// <summary>Key of the text shown when an answer was not understood; a generic one when null.</summary>
    public string? RetryKey { get; init; }

    public int MaxRetries { get; init; } = 3;

    /// <summary>For prompts shown as a card: the card's number; a submit of any other number is stale.</summary>
    public int? CardNumber { get; init; }

    [JsonIgnore]
    public virtual bool UsesCard => false;

    /// <summary>Reads the user's answer; <see cref="PromptRecognition.NoMatch"/> when it is not an answer.</summary>
    public abstract PromptRecognition Recognize(PromptInput input);

    public abstract Activity Render(PromptRendering rendering);

    /// <summary>The answer as a short text for the "answered" copy of a card ("✓ Cá nhân").</summary>
    public virtual string Describe(object? answer, PromptRendering rendering) => answer?.ToString() ?? "";

    public static Prompt? From(DialogFrame frame) =>
        frame.Prompt is { } json ? json.Deserialize<Prompt>(PromptJson.Options) : null;
}

/// <summary>What a prompt gets to recognise: the typed text and the card data, if a button was pressed.</summary>
public sealed record PromptInput(Text.Utterance Utterance, CardData? Card, IReadOnlyList<Attachment> Attachments, Localization.Strings Strings);

/// <summary>The outcome of reading an answer.</summary>
public sealed record PromptRecognition(bool Matched, object? Value)
{
    public static PromptRecognition NoMatch { get; } = new(false, null);

    public static PromptRecognition Match(object? value) => new(true, value);
}
