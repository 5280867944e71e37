namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>Test classes marked <c>[Collection(PlaygroundCollection.Name)]</c> share one bot and one Playground.</summary>
[CollectionDefinition(Name)]
public sealed class PlaygroundCollection : ICollectionFixture<PlaygroundFixture>
{
    public const string Name = "Playground";
}
