using EmulationBot.Office;
using EmulationBot.Office.Exports;
using EmulationBot.Storage;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EmulationBot.Tests.Office.Exports;

public class ExportSweeperTests
{
    private readonly MemoryStorage _storage = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 5, 4, 2, 0, 0, TimeSpan.Zero));
    private readonly ExportFileStore _files;

    public ExportSweeperTests() =>
        _files = new ExportFileStore(_storage, _clock, Options.Create(new OfficeOptions()), NullLogger<ExportFileStore>.Instance);

    private Task<ExportFile> SaveAsync(string name) => _files.SaveAsync(name, ExportFile.Csv, [1, 2, 3], "test", null, CancellationToken.None);

    [Fact]
    public async Task Sweep_DeletesOnlyFilesOlderThanTheRetention()
    {
        var old = await SaveAsync("cu.csv");
        _clock.Advance(TimeSpan.FromDays(6));
        var recent = await SaveAsync("moi.csv");
        _clock.Advance(TimeSpan.FromDays(2));

        var deleted = await _files.SweepAsync(CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Null(await _files.OpenAsync(old.Id, CancellationToken.None));
        Assert.NotNull(await _files.OpenAsync(recent.Id, CancellationToken.None));
        Assert.Equal(2, await CountAsync()); // the recent file's bytes and description
    }

    [Fact]
    public async Task Sweeper_DeletesExpiredFiles_WithoutAnyNewExport()
    {
        var sweeper = new ExportSweeper(_files, _clock, NullLogger<ExportSweeper>.Instance);
        var file = await SaveAsync("cu.csv");
        await sweeper.StartAsync(CancellationToken.None);
        await _clock.WaitForTimerAsync();

        _clock.Advance(new OfficeOptions().ExportRetention + ExportFileStore.SweepInterval);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await _files.OpenAsync(file.Id, CancellationToken.None) is not null && DateTime.UtcNow < deadline) await Task.Delay(10);
        await sweeper.StopAsync(CancellationToken.None);

        Assert.Null(await _files.OpenAsync(file.Id, CancellationToken.None));
        Assert.Equal(0, await CountAsync());
    }

    private async Task<int> CountAsync()
    {
        var count = 0;
        await foreach (var _ in _storage.ListAsync(ExportFileStore.Prefix)) count++;
        return count;
    }
}
