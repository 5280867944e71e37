using System.Threading.Channels;
using EmulationBot.Storage;
using Microsoft.Extensions.Options;

namespace EmulationBot.Plans.Folder;

/// <summary>
/// <c>Plans:Folder</c>: takes in the plans placed in a folder at start-up, then watches it and takes a file in again
/// once it has stayed unchanged for <see cref="PlanOptions.FolderDebounceMilliseconds"/> (editors save in bursts).
/// Files are handled one at a time; deleting a file does not unpublish its plan.
/// </summary>
public sealed class PlanFolderWatcher(
    PlanFolderIngestor ingestor,
    IOptions<PlanOptions> options,
    TimeProvider time,
    ILogger<PlanFolderWatcher> logger,
    IHostEnvironment? environment = null) : BackgroundService
{
    private readonly Channel<string> _changed = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<string, ITimer> _debounce = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    private readonly TaskCompletionSource _startUpScan = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Raised after each file is handled (tests wait on it; nothing else should).</summary>
    public event Action<PlanFolderResult>? Processed;

    /// <summary>Completes once the files already in the folder at start-up were handled (at once when there is no folder).</summary>
    public Task StartUpScan => _startUpScan.Task;

    public string? Folder => options.Value.Folder is { Length: > 0 } folder
        ? Path.GetFullPath(Path.IsPathRooted(folder) ? folder : Path.Combine(environment?.ContentRootPath ?? Directory.GetCurrentDirectory(), folder))
        : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Folder is not { } folder)
        {
            _startUpScan.TrySetResult();
            return;
        }
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Plans:Folder {Folder} does not exist; no plans are taken in from a folder", folder);
            _startUpScan.TrySetResult();
            return;
        }
        using var watcher = new FileSystemWatcher(folder)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            IncludeSubdirectories = false,
        };
        watcher.Created += (_, e) => Schedule(e.FullPath);
        watcher.Changed += (_, e) => Schedule(e.FullPath);
        watcher.Renamed += (_, e) => Schedule(e.FullPath);
        watcher.Error += (_, e) => logger.LogWarning(e.GetException(), "Watching the plans folder failed; files already there were taken in");
        watcher.EnableRaisingEvents = true;

        try
        {
            await ScanAsync(stoppingToken);
        }
        finally
        {
            _startUpScan.TrySetResult(); // even after a failure: the plans already published still answer
        }
        try
        {
            await foreach (var path in _changed.Reader.ReadAllAsync(stoppingToken)) await HandleAsync(path, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            lock (_gate)
            {
                foreach (var timer in _debounce.Values) timer.Dispose();
                _debounce.Clear();
            }
        }
    }

    /// <summary>Takes in every plan file in the folder (at start-up).</summary>
    public async Task<IReadOnlyList<PlanFolderResult>> ScanAsync(CancellationToken cancellationToken)
    {
        if (Folder is not { } folder || !Directory.Exists(folder)) return [];
        var results = new List<PlanFolderResult>();
        foreach (var path in Directory.EnumerateFiles(folder).Where(PlanFolderIngestor.IsPlanFile).Order(StringComparer.Ordinal))
        {
            results.Add(await HandleAsync(path, cancellationToken));
        }
        return results;
    }

    private void Schedule(string path)
    {
        if (!PlanFolderIngestor.IsPlanFile(path)) return;
        var delay = TimeSpan.FromMilliseconds(Math.Max(0, options.Value.FolderDebounceMilliseconds));
        lock (_gate)
        {
            if (!_debounce.TryGetValue(path, out var timer))
            {
                timer = time.CreateTimer(state => Due((string)state!), path, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                _debounce[path] = timer;
            }
            timer.Change(delay, Timeout.InfiniteTimeSpan);
        }
    }

    private void Due(string path)
    {
        lock (_gate)
        {
            if (_debounce.Remove(path, out var timer)) timer.Dispose();
        }
        _changed.Writer.TryWrite(path);
    }

    private async Task<PlanFolderResult> HandleAsync(string path, CancellationToken cancellationToken)
    {
        PlanFolderResult result;
        try
        {
            result = File.Exists(path) ? await ingestor.IngestFileAsync(path, cancellationToken) : new PlanFolderResult(Path.GetFileName(path), PlanFolderOutcome.Busy);
        }
        catch (StorageException ex)
        {
            logger.LogError(ex, "Storage failed while taking in plan file {File}", Path.GetFileName(path));
            result = new PlanFolderResult(Path.GetFileName(path), PlanFolderOutcome.Failed, Error: "Storage");
        }
        Processed?.Invoke(result);
        return result;
    }
}
