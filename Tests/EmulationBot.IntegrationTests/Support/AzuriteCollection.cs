namespace EmulationBot.IntegrationTests.Support;

/// <summary>Tests that share one Azurite server (each uses its own container); they never stop it.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteServer>
{
    public const string Name = "Azurite";
}
