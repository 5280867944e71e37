using BenchmarkDotNet.Running;

namespace EmulationBot.Benchmarks;

/// <summary>
/// Micro-benchmarks of the hot paths: <c>dotnet run -c Release --project Tests/EmulationBot.Benchmarks -- --filter '*'</c>.
/// Load and storage runs that need Azurite or the peer bot are started by the scripts in scripts/
/// (<c>storage …</c> is the store throughput run that scripts/bench-storage.sh starts against Azurite; <c>reminders …</c>
/// the reminders load run of scripts/bench-reminders.sh).
/// </summary>
public static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        if (args is ["storage", .. var rest])
        {
            await StorageThroughput.RunAsync(rest);
            return;
        }
        if (args is ["reminders", .. var load])
        {
            await Reminders.ReminderLoad.RunAsync(load);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
