namespace EmulationBot.Tests.Questions.Support;

/// <summary>
/// The shared evaluation material next to the repository (shared/eval/qa-dev.json and score.py, shared/plans), or
/// the folder in EMULATIONBOT_SHARED. It is never copied into the repository; the tests that need it are skipped without it.
/// </summary>
internal static class SharedEval
{
    public static string? Folder { get; } = Find();

    public static string? Path(params string[] parts) =>
        Folder is { } root && System.IO.Path.Combine([root, .. parts]) is var p && (File.Exists(p) || Directory.Exists(p)) ? p : null;

    public static string? SkipReason(params string[][] needed)
    {
        if (Folder is null) return "The shared evaluation files are not here (looked for shared/ above the test folder and EMULATIONBOT_SHARED).";
        var missing = needed.FirstOrDefault(n => Path(n) is null);
        return missing is null ? null : $"The shared file {string.Join('/', missing)} is not here.";
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("EMULATIONBOT_SHARED") is { Length: > 0 } configured && Directory.Exists(configured)) return configured;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "eval"))) return candidate;
        }
        return null;
    }
}
