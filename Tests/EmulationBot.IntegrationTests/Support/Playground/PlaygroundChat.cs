namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>A conversation in the Playground: the personal chat, the group chat or a team channel.</summary>
/// <remarks>In group chats and channels the Playground forwards a message to the bot only when it @mentions the bot.</remarks>
public sealed record PlaygroundChat(string Id, string Kind, string Name)
{
    public const string Personal = "personal";
    public const string Group = "groupChat";
    public const string Channel = "channel";

    public bool IsPersonal => Kind == Personal;

    public override string ToString() => $"{Kind} '{Name}' ({Id})";
}
