using EmulationBot.Text;
using Microsoft.Extensions.Options;

namespace EmulationBot.Units;

/// <summary>Creates the units listed in <c>Units:Seed</c> that are missing from the directory, once at start-up.</summary>
public sealed class UnitSeeder(UnitDirectoryStore directory, IOptions<UnitsOptions> options, ILogger<UnitSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var names = options.Value.Seed.Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        if (names.Count == 0) return;
        await directory.UpdateAsync(dir =>
        {
            var missing = names.Where(n => dir.Units.All(u => u.Id != IdFor(n))).ToList();
            if (missing.Count == 0) return null;
            return dir with { Units = [.. dir.Units, .. missing.Select(n => new Unit(IdFor(n), n.Trim()) { IsOffice = VietnameseText.Fold(n).Contains("van phong", StringComparison.Ordinal) })] };
        }, cancellationToken);
        logger.LogInformation("Unit directory holds the {Count} configured units", names.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A readable, stable id from a unit name: "Văn phòng Sở" → "van-phong-so".</summary>
    public static string IdFor(string name) => string.Join('-', VietnameseText.Syllables(VietnameseText.Fold(name)));
}
