namespace EmulationBot.IntegrationTests.Manifest;

/// <summary>
/// One package built by package.sh (test BOT_ID and BOT_DOMAIN) into a temporary folder, which the tests copy
/// and break in different ways; the folder is deleted afterwards.
/// </summary>
public sealed class ManifestPackageFixture : IAsyncLifetime
{
    public string TempFolder { get; } = Path.Combine(Path.GetTempPath(), "emulationbot-manifest-" + Guid.NewGuid().ToString("N"));

    public string PackagePath => Path.Combine(TempFolder, "appPackage.zip");

    public string PackageOutput { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(TempFolder);
        var (exitCode, output) = await ManifestTools.PackageAsync(new Dictionary<string, string>
        {
            ["BOT_ID"] = ManifestTools.TestBotId,
            ["BOT_DOMAIN"] = ManifestTools.TestBotDomain,
            ["APP_PACKAGE_PATH"] = PackagePath,
        });
        PackageOutput = output;
        if (exitCode != 0) throw new InvalidOperationException($"package.sh failed with exit code {exitCode}:\n{output}");
    }

    /// <summary>A fresh, editable copy of the good package's files.</summary>
    public PackageFiles Files() => PackageFiles.ReadZip(PackagePath);

    /// <summary>A path for a variant of the package inside the temporary folder.</summary>
    public string NewPath(string name = "variant") => Path.Combine(TempFolder, $"{name}-{Guid.NewGuid():N}.zip");

    public Task DisposeAsync()
    {
        Directory.Delete(TempFolder, recursive: true);
        return Task.CompletedTask;
    }
}
