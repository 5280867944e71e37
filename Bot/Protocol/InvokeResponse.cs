using System.Text.Json;

namespace EmulationBot.Protocol;

/// <summary>The synchronous answer to an <c>invoke</c> activity: becomes the HTTP status and body of the request.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null)
{
    public static InvokeResponse NotImplemented { get; } = new(501);
}
