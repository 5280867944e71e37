using EmulationBot.IntegrationTests.Support;

namespace EmulationBot.IntegrationTests.Manifest;

/// <summary>Runs the project's Teams packaging script and offline validator the way an administrator would.</summary>
public static class ManifestTools
{
    public const string TestBotId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    public const string TestBotDomain = "emulationbot-test.example.org";

    // Every setting package.sh reads, cleared for each run so that the caller's shell cannot leak into a test.
    private static readonly string[] Settings =
        ["BOT_ID", "BOT_DOMAIN", "TEAMS_APP_ID", "APP_VERSION", "DEVELOPER_NAME", "DEVELOPER_URL", "PRIVACY_URL", "TERMS_URL", "APP_PACKAGE_PATH"];

    public static string Folder => Path.Combine(RepoPaths.Root, "Manifest");

    public static string DefaultPackagePath => Path.Combine(Folder, "build", "appPackage.zip");

    public static async Task<(int ExitCode, string Output)> PackageAsync(IDictionary<string, string> settings)
    {
        await NodeTools.EnsureInstalledAsync();
        var environment = Settings.ToDictionary(name => name, _ => "");
        foreach (var (name, value) in settings) environment[name] = value;
        return await NodeTools.RunAsync("bash", [Path.Combine(Folder, "package.sh")], RepoPaths.Root, TimeSpan.FromMinutes(2),
            environment: environment);
    }

    /// <summary>package.sh with only the two required settings, writing to the default Manifest/build/appPackage.zip.</summary>
    public static Task<(int ExitCode, string Output)> PackageToDefaultPathAsync(string botId, string botDomain) =>
        PackageAsync(new Dictionary<string, string> { ["BOT_ID"] = botId, ["BOT_DOMAIN"] = botDomain });

    public static async Task<(int ExitCode, string Output)> ValidateAsync(string packagePath)
    {
        await NodeTools.EnsureInstalledAsync();
        return await NodeTools.RunAsync("node", [Path.Combine(Folder, "tools", "validate.mjs"), packagePath], RepoPaths.Root,
            TimeSpan.FromMinutes(1));
    }

    public static Task<(int ExitCode, string Output)> RunToolAsync(string script, params string[] args) =>
        NodeTools.RunAsync("node", [Path.Combine(Folder, "tools", script), .. args], RepoPaths.Root, TimeSpan.FromMinutes(1));
}
