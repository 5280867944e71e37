namespace EmulationBot.IntegrationTests.Manifest;

[CollectionDefinition(Name)]
public sealed class ManifestPackageCollection : ICollectionFixture<ManifestPackageFixture>
{
    public const string Name = "Manifest package";
}
