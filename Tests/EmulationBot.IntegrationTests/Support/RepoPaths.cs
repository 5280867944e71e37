namespace EmulationBot.IntegrationTests.Support;

/// <summary>Where things are in the repository, found from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string NodeTools => Path.Combine(Root, "Tests", "node");

    public static string NodeModules => Path.Combine(NodeTools, "node_modules");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EmulationBot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Could not find the repository root (EmulationBot.sln) above " + AppContext.BaseDirectory);
    }
}
