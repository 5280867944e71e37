namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>
/// The Playground reported a failure: the bot answered an activity with 4xx/5xx, the Playground refused
/// something the bot posted, an API call failed, or the Playground went away.
/// </summary>
public sealed class PlaygroundErrorException(string message) : Exception(message);
