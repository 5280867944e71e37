using BenchmarkDotNet.Running;

namespace EmulationBot.Benchmarks;

/// <summary>
/// Micro-benchmarks of the hot paths: <c>dotnet run -c Release --project Tests/EmulationBot.Benchmarks -- --filter '*'</c>.
/// Load and storage benchmarks that need Azurite or the peer bot are run by scripts/bench*.sh.
/// </summary>
/// <remarks>Not top-level statements: those would declare a second <c>Program</c> next to the bot's own.</remarks>
internal static class BenchmarkProgram
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
