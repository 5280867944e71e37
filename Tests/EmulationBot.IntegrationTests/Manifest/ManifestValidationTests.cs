using System.Text;
using System.Text.Json.Nodes;

namespace EmulationBot.IntegrationTests.Manifest;

[Collection(ManifestPackageCollection.Name)]
public class ManifestValidationTests(ManifestPackageFixture fixture)
{
    private const string CommandKey = "bots[0].commandLists[0].commands";

    [Fact]
    public async Task Validate_PackageBuiltByScript_Passes()
    {
        var (exitCode, output) = await ManifestTools.ValidateAsync(fixture.PackagePath);

        Assert.True(exitCode == 0, output);
        Assert.Contains("is a valid Teams app package (0 warning(s))", output);
    }

    [Fact]
    public async Task Validate_BotIdPlaceholderNotSubstituted_FailsNamingTheField()
    {
        var files = fixture.Files().EditJson("manifest.json", m => m["bots"]![0]!["botId"] = "${{BOT_ID}}");

        var output = await ExpectFailureAsync(files);

        Assert.Contains("ERROR manifest.json bots[0].botId: placeholder ${{BOT_ID}} was not substituted", output);
        Assert.Contains("1 error(s)", output);
    }

    [Fact]
    public async Task Validate_EmptyBotId_FailsSayingWhatItMustBe()
    {
        var files = fixture.Files().EditJson("manifest.json", m => m["bots"]![0]!["botId"] = "");

        var output = await ExpectFailureAsync(files);

        Assert.Contains("ERROR manifest.json bots[0].botId: is empty; it must be the Azure Bot's Microsoft App ID (BOT_ID)", output);
    }

    [Fact]
    public async Task Validate_ManifestFolderZippedByHand_FailsOnEveryPlaceholder()
    {
        var files = PackageFiles.ReadFolder(ManifestTools.Folder, "manifest.json", "en-US.json", "color.png", "outline.png");

        var output = await ExpectFailureAsync(files);

        Assert.Contains("manifest.json bots[0].botId: placeholder ${{BOT_ID}} was not substituted", output);
        Assert.Contains("manifest.json validDomains[0]: placeholder ${{BOT_DOMAIN}} was not substituted", output);
        Assert.Contains("manifest.json id: placeholder ${{TEAMS_APP_ID}} was not substituted", output);
    }

    [Fact]
    public async Task Validate_ColorIconWrongSize_Fails()
    {
        var files = fixture.Files();
        files["color.png"] = TestPng.Solid(100, 100, 198, 40, 40);

        var output = await ExpectFailureAsync(files);

        Assert.Contains("ERROR color.png icons.color: the color icon must be 192×192 pixels; it is 100×100", output);
    }

    [Fact]
    public async Task Validate_OutlineIconWrongSize_Fails()
    {
        var files = fixture.Files();
        files["outline.png"] = TestPng.Solid(48, 48, 255, 255, 255);

        var output = await ExpectFailureAsync(files);

        Assert.Contains("ERROR outline.png icons.outline: the outline icon must be 32×32 pixels; it is 48×48", output);
    }

    [Fact]
    public async Task Validate_OutlineIconNotWhiteOnTransparent_Fails()
    {
        var files = fixture.Files();
        files["outline.png"] = TestPng.Solid(32, 32, 198, 40, 40);

        var output = await ExpectFailureAsync(files);

        Assert.Contains("ERROR outline.png icons.outline: the outline icon must be white on a transparent background; 1024 pixel(s) are neither", output);
    }

    [Fact]
    public async Task Validate_IconNotPng_Fails()
    {
        var files = fixture.Files();
        files["color.png"] = Encoding.ASCII.GetBytes("GIF89a, not a PNG at all, but long enough to look like one");

        var output = await ExpectFailureAsync(files);

        Assert.Contains("ERROR color.png icons.color: the color icon must be a PNG image: not a PNG file", output);
    }

    [Fact]
    public async Task Validate_CommandOnlyInVietnamese_FailsNamingTheCommand()
    {
        var files = fixture.Files().EditJson("manifest.json", m =>
            m["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Add(new JsonObject { ["title"] = "Xuất báo cáo", ["description"] = "Xuất bảng tổng hợp" }));

        var output = await ExpectFailureAsync(files);

        Assert.Contains($"ERROR en-US.json {CommandKey}[5].title: missing: the command \"Xuất báo cáo\" in manifest.json has no en-US title", output);
        Assert.Contains($"ERROR en-US.json {CommandKey}[5].description: missing", output);
    }

    [Fact]
    public async Task Validate_CommandOnlyInEnglish_FailsNamingTheCommand()
    {
        var files = fixture.Files().EditJson("en-US.json", e => e[$"{CommandKey}[5].title"] = "Export");

        var output = await ExpectFailureAsync(files);

        Assert.Contains($"ERROR en-US.json {CommandKey}[5].title: \"Export\" has no matching command title in manifest.json", output);
    }

    [Fact]
    public async Task Validate_EnglishCommandDescriptionMissing_Fails()
    {
        var files = fixture.Files().EditJson("en-US.json", e => e.Remove($"{CommandKey}[2].description"));

        var output = await ExpectFailureAsync(files);

        Assert.Contains($"ERROR en-US.json {CommandKey}[2].description: missing: the command \"Xem các thời hạn", output);
    }

    [Fact]
    public async Task Validate_LocalizationKeyForAbsentField_Fails()
    {
        var files = fixture.Files().EditJson("en-US.json", e => e["staticTabs[0].name"] = "Home");

        var output = await ExpectFailureAsync(files);

        Assert.Contains("ERROR en-US.json staticTabs[0].name: points at no field in manifest.json", output);
    }

    [Fact]
    public async Task Validate_LocalizationFileMissing_Fails()
    {
        var output = await ExpectFailureAsync(fixture.Files().Remove("en-US.json"));

        Assert.Contains("ERROR manifest.json localizationInfo.additionalLanguages[0].file: localization file \"en-US.json\" (en-US) is not in the package", output);
    }

    [Fact]
    public async Task Validate_VersionNotMajorMinorPatch_Fails()
    {
        var output = await ExpectFailureAsync(fixture.Files().EditJson("manifest.json", m => m["version"] = "1.0"));

        Assert.Contains("ERROR manifest.json version: \"1.0\" is not MAJOR.MINOR.PATCH", output);
    }

    [Fact]
    public async Task Validate_FilesZippedInsideAFolder_FailsExplainingTheLayout()
    {
        var path = fixture.Files().WriteZip(fixture.NewPath(), folderInZip: "appPackage/");

        var (exitCode, output) = await ManifestTools.ValidateAsync(path);

        Assert.Equal(1, exitCode);
        Assert.Contains("manifest.json must be at the root of the zip, but it is at \"appPackage/manifest.json\"", output);
    }

    private async Task<string> ExpectFailureAsync(PackageFiles files)
    {
        var (exitCode, output) = await ManifestTools.ValidateAsync(files.WriteZip(fixture.NewPath()));
        Assert.True(exitCode == 1, $"expected the validator to fail (exit 1), got {exitCode}:\n{output}");
        Assert.Contains("FAILED:", output);
        return output;
    }
}
