namespace EmulationBot.IntegrationTests.Support.Flows;

/// <summary>The flow tests share one bot, Playground and browser (starting them is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class FlowsPlaygroundCollection : ICollectionFixture<FlowsPlaygroundFixture>
{
    public const string Name = "Playground: guided conversations";
}
