namespace EmulationBot.IntegrationTests.Support;

/// <summary>Where tests leave files for people to look at: <c>artifacts/</c> at the repository root (git-ignored).</summary>
public static class ArtifactPaths
{
    public static string Root => Path.Combine(RepoPaths.Root, "artifacts");

    public static string Screenshots => Folder("screenshots");

    public static string Logs => Folder("logs");

    private static string Folder(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return path;
    }
}
