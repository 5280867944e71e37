using BenchmarkDotNet.Running;

namespace EmulationBot.Benchmarks;

/// <summary>
/// Micro-benchmarks of the hot paths: <c>dotnet run -c Release --project Tests/EmulationBot.Benchmarks -- --filter '*'</c>.
/// Load and storage benchmarks that need Azurite or the peer bot are run by the scripts in scripts/.
/// </summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
