using System.Text.Json;
using EmulationBot.Protocol;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Reminders.Support;

/// <summary>The outcome of pressing a card button: the invoke response, the messages sent after it, the messages updated so far.</summary>
internal sealed record Pressed(JsonElement Body, List<Activity> Replies, List<Activity> Updated)
{
    public string Type => Body.GetProperty("type").GetString()!;

    /// <summary>The card that replaced the pressed one.</summary>
    public JsonElement Card => Type == "application/vnd.microsoft.card.adaptive"
        ? Body.GetProperty("value")
        : throw new Xunit.Sdk.XunitException($"Expected a card, got {Body}");

    /// <summary>The short text shown instead (a polite refusal).</summary>
    public string Message => Type == "application/vnd.microsoft.activity.message"
        ? Body.GetProperty("value").GetString()!
        : throw new Xunit.Sdk.XunitException($"Expected a message, got {Body}");

    public string CardText => new Activity { Attachments = [Attachment.AdaptiveCard(Card)] }.AllText();
}
