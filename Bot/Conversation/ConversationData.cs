using System.Text.Json;

namespace EmulationBot.Conversation;

/// <summary>The per-conversation part of the state: the dialog stack and the last card the bot handed out.</summary>
public sealed class ConversationData
{
    /// <summary>Open dialogs, innermost last (see Dialogs/).</summary>
    public List<DialogFrame> Dialogs { get; set; } = [];

    /// <summary>Incremented for every card that expects an answer; a submit carrying an older number is stale.</summary>
    public int CardSequence { get; set; }
}

/// <summary>One open dialog: which dialog, which step, and its data as a typed record serialised to JSON.</summary>
public sealed class DialogFrame
{
    public required string DialogId { get; set; }
    public int Version { get; set; }
    public int Step { get; set; }
    public int Retries { get; set; }

    /// <summary>The steps that asked the user something, oldest first: "quay lại" returns to the one before the last.</summary>
    public List<int> History { get; set; } = [];

    public JsonElement? Data { get; set; }
    public JsonElement? Prompt { get; set; }
}
