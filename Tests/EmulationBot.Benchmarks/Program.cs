using BenchmarkDotNet.Running;
using EmulationBot.Benchmarks;

// Micro-benchmarks of the hot paths: `dotnet run -c Release --project Tests/EmulationBot.Benchmarks -- --filter '*'`.
// Load and storage benchmarks that need Azurite or the peer bot are run by scripts/bench*.sh
// (`storage …` is the store throughput run that scripts/bench-storage.sh starts against Azurite).
if (args is ["storage", .. var rest])
{
    await StorageThroughput.RunAsync(rest);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(StorageThroughput).Assembly).Run(args);
