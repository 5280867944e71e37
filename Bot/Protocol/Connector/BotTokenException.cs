namespace EmulationBot.Protocol.Connector;

/// <summary>The bot could not obtain its Bot Connector token (wrong credentials, tenant, or identity service down).</summary>
public sealed class BotTokenException(string message, Exception? inner = null) : Exception(message, inner);
