using System.Globalization;

namespace EmulationBot.Time;

public static class TimeServiceCollectionExtensions
{
    /// <summary>The bot's clock: the system clock, or — in Development only — one started at <c>Clock:Now</c>.</summary>
    public static IServiceCollection AddClock(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var now = configuration.GetSection("Clock").Get<ClockOptions>()?.Now;
        if (string.IsNullOrWhiteSpace(now))
        {
            services.AddSingleton(TimeProvider.System);
            return services;
        }
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException("Clock:Now is only allowed in the Development environment; remove it from the configuration.");
        }
        if (!DateTimeOffset.TryParse(now, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start))
        {
            throw new InvalidOperationException($"Clock:Now '{now}' is not an ISO-8601 date and time (e.g. 2022-05-20T08:00:00+07:00).");
        }
        services.AddSingleton(ShiftedTimeProvider.StartingAt(start));
        return services;
    }
}
