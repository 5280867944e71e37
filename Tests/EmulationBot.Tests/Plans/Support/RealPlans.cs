namespace EmulationBot.Tests.Plans.Support;

/// <summary>
/// The two real plans, read where the project keeps them (../shared/plans next to the repository, or the folder in
/// EMULATIONBOT_REAL_PLANS). They are never copied into the repository; tests about them are skipped without them.
/// </summary>
internal static class RealPlans
{
    public const string DakNong = "daknong-sokhcn-2022.md";
    public const string QuangBinh = "quangbinh-sokhcn-2022.md";

    public static string? Folder { get; } = Find();

    public static string? Path(string name) =>
        Folder is { } folder && File.Exists(System.IO.Path.Combine(folder, name)) ? System.IO.Path.Combine(folder, name) : null;

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name) ?? throw new FileNotFoundException($"Real plan {name} is absent."));

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("EMULATIONBOT_REAL_PLANS") is { Length: > 0 } configured && Directory.Exists(configured)) return configured;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "plans");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}

/// <summary>A test about one of the real plans: skipped, saying so, when that plan is not on this machine.</summary>
internal sealed class RealPlanFactAttribute : FactAttribute
{
    public RealPlanFactAttribute(string plan)
    {
        if (RealPlans.Path(plan) is null) Skip = $"Real plan {plan} is not present (looked for shared/plans above the test folder and EMULATIONBOT_REAL_PLANS).";
    }
}
