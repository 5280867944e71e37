namespace EmulationBot.IntegrationTests.Manifest;

[Collection(ManifestPackageCollection.Name)]
public class PackageScriptTests(ManifestPackageFixture fixture)
{
    private static readonly string[] PackageRoot = ["color.png", "en-US.json", "manifest.json", "outline.png"];

    [Fact]
    public async Task Package_WithBotIdAndDomain_WritesValidatedZipWithFilesAtRoot()
    {
        if (File.Exists(ManifestTools.DefaultPackagePath)) File.Delete(ManifestTools.DefaultPackagePath);

        var (exitCode, output) = await ManifestTools.PackageToDefaultPathAsync(ManifestTools.TestBotId, ManifestTools.TestBotDomain);

        Assert.True(exitCode == 0, output);
        Assert.Contains("is a valid Teams app package", output); // the validator ran as part of packaging
        var files = PackageFiles.ReadZip(ManifestTools.DefaultPackagePath);
        Assert.Equal(PackageRoot, files.Names.Order(StringComparer.Ordinal));
        var manifest = files.Json("manifest.json");
        Assert.Equal(ManifestTools.TestBotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(ManifestTools.TestBotDomain, (string?)manifest["validDomains"]![0]);
        Assert.DoesNotContain("${{", files.Text("manifest.json"));
        Assert.DoesNotContain("${{", files.Text("en-US.json"));
        var validation = await ManifestTools.ValidateAsync(ManifestTools.DefaultPackagePath);
        Assert.True(validation.ExitCode == 0, validation.Output);
    }

    [Fact]
    public void Package_DefaultSettings_UseTheFixedAppIdAndUrlsOnTheBotDomain()
    {
        var manifest = fixture.Files().Json("manifest.json");

        Assert.Equal("6337dd59-28b8-4604-a94b-6e72a0aef252", (string?)manifest["id"]);
        Assert.Equal("1.0.0", (string?)manifest["version"]);
        Assert.Equal($"https://{ManifestTools.TestBotDomain}", (string?)manifest["developer"]!["websiteUrl"]);
        Assert.Equal($"https://{ManifestTools.TestBotDomain}/privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Contains("PRIVACY_URL is not set", fixture.PackageOutput);
    }

    [Fact]
    public async Task Package_OptionalSettings_AreWrittenIntoTheManifest()
    {
        var path = fixture.NewPath("settings");
        var (exitCode, output) = await ManifestTools.PackageAsync(new Dictionary<string, string>
        {
            ["BOT_ID"] = ManifestTools.TestBotId,
            ["BOT_DOMAIN"] = ManifestTools.TestBotDomain,
            ["TEAMS_APP_ID"] = "9f8e7d6c-5b4a-4321-8fed-cba987654321",
            ["APP_VERSION"] = "1.4.2",
            ["DEVELOPER_NAME"] = "Sở KHCN tỉnh Đồng Nai",
            ["DEVELOPER_URL"] = "https://sokhcn.example.gov.vn",
            ["PRIVACY_URL"] = "https://sokhcn.example.gov.vn/quyen-rieng-tu",
            ["TERMS_URL"] = "https://sokhcn.example.gov.vn/dieu-khoan",
            ["APP_PACKAGE_PATH"] = path,
        });

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("is not set", output);
        var manifest = PackageFiles.ReadZip(path).Json("manifest.json");
        Assert.Equal("9f8e7d6c-5b4a-4321-8fed-cba987654321", (string?)manifest["id"]);
        Assert.Equal("1.4.2", (string?)manifest["version"]);
        Assert.Equal("Sở KHCN tỉnh Đồng Nai", (string?)manifest["developer"]!["name"]);
        Assert.Equal("https://sokhcn.example.gov.vn/dieu-khoan", (string?)manifest["developer"]!["termsOfUseUrl"]);
    }

    [Theory]
    [InlineData("", ManifestTools.TestBotDomain, "BOT_ID is not set")]
    [InlineData(ManifestTools.TestBotId, "", "BOT_DOMAIN is not set")]
    [InlineData("emulation-bot", ManifestTools.TestBotDomain, "BOT_ID \"emulation-bot\" is not a GUID")]
    [InlineData(ManifestTools.TestBotId, "https://bot.example.org/api/messages", "is not a host name")]
    public async Task Package_MissingOrBadBotSettings_RefusesWithoutWritingAnything(string botId, string botDomain, string message)
    {
        var path = fixture.NewPath("refused");

        var (exitCode, output) = await ManifestTools.PackageAsync(new Dictionary<string, string>
        {
            ["BOT_ID"] = botId,
            ["BOT_DOMAIN"] = botDomain,
            ["APP_PACKAGE_PATH"] = path,
        });

        Assert.Equal(2, exitCode);
        Assert.Contains(message, output);
        Assert.Contains("usage: BOT_ID=", output);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData("APP_VERSION", "1.0", "APP_VERSION \"1.0\" is not MAJOR.MINOR.PATCH")]
    [InlineData("TEAMS_APP_ID", "my-app", "TEAMS_APP_ID \"my-app\" is not a GUID")]
    [InlineData("PRIVACY_URL", "http://example.org/privacy", "PRIVACY_URL \"http://example.org/privacy\" must be an https:// URL")]
    [InlineData("DEVELOPER_NAME", "Sở Khoa học và Công nghệ tỉnh Bà Rịa – Vũng Tàu", "DEVELOPER_NAME is longer than the 32 characters")]
    public async Task Package_BadOptionalSetting_RefusesNamingIt(string name, string value, string message)
    {
        var path = fixture.NewPath("refused");

        var (exitCode, output) = await ManifestTools.PackageAsync(new Dictionary<string, string>
        {
            ["BOT_ID"] = ManifestTools.TestBotId,
            ["BOT_DOMAIN"] = ManifestTools.TestBotDomain,
            [name] = value,
            ["APP_PACKAGE_PATH"] = path,
        });

        Assert.Equal(2, exitCode);
        Assert.Contains(message, output);
        Assert.False(File.Exists(path));
    }
}
