using System.Diagnostics;

namespace EmulationBot.Benchmarks.Reminders;

/// <summary>
/// Samples the process's working set and the live managed heap (after a full collection) every five seconds while a run
/// goes on: the working set shows what the OS sees, the live heap whether anything keeps growing.
/// </summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public MemorySampler() => _loop = Task.Run(LoopAsync);

    public List<(double Seconds, long WorkingSet, long Heap)> Samples { get; } = [];

    private async Task LoopAsync()
    {
        var clock = Stopwatch.StartNew();
        using var process = Process.GetCurrentProcess();
        while (!_stop.IsCancellationRequested)
        {
            process.Refresh();
            var live = GC.GetTotalMemory(forceFullCollection: true);
            lock (Samples) Samples.Add((clock.Elapsed.TotalSeconds, process.WorkingSet64, live));
            try
            {
                await Task.Delay(5000, _stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
