using BenchmarkDotNet.Running;

// Micro-benchmarks of the hot paths: `dotnet run -c Release --project Tests/EmulationBot.Benchmarks -- --filter '*'`.
// Load and storage benchmarks that need Azurite or the peer bot are run by scripts/bench*.sh.
BenchmarkSwitcher.FromAssembly(System.Reflection.Assembly.GetExecutingAssembly()).Run(args);
