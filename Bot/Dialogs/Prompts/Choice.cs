namespace EmulationBot.Dialogs.Prompts;

/// <summary>One option of a choice prompt: its stable value, its title (literal, or a Strings key), and other words for it.</summary>
public sealed record Choice(string Value, string? Title = null, string? TitleKey = null)
{
    /// <summary>Other ways users say it, folded (no diacritics, lower case): "ca nhan", "individual".</summary>
    public string[] Synonyms { get; init; } = [];

    /// <summary>Recognised when typed but not shown as a button ("giữ nguyên", or an option the user may not take, to explain why).</summary>
    public bool Hidden { get; init; }

    public string DisplayTitle(PromptRendering rendering) => TitleKey is { } key ? rendering.T(key) : Title ?? Value;
}

/// <summary>The option a user picked.</summary>
public sealed record ChoiceAnswer(string Value, string Title);
