using EmulationBot.IntegrationTests.Support;
using EmulationBot.IntegrationTests.Support.Playground;
using EmulationBot.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationBot.IntegrationTests.Reminders;

/// <summary>
/// The bot and a Playground for the reminder tests: two units, a scheduler that ticks every second, and a clock that
/// starts on Friday 20/05/2022 09:00 (Vietnam) and that the tests move to the reminder days.
/// </summary>
public sealed class RemindersPlaygroundFixture : PlaygroundFixture
{
    public SteppingClock Clock { get; } = new(VietnamTime.At(new DateOnly(2022, 5, 20), new TimeOnly(9, 0)));

    protected override void ConfigureBot(IDictionary<string, string?> settings)
    {
        settings["Units:Seed:0"] = "Văn phòng Sở";
        settings["Units:Seed:1"] = "Phòng Quản lý khoa học";
        settings["Reminders:Scheduler:TickInterval"] = "00:00:01";
        settings["Reminders:Scheduler:StandbyInterval"] = "00:00:01";
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
