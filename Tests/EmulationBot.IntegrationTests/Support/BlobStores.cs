using EmulationBot.Storage;
using EmulationBot.Storage.Blob;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace EmulationBot.IntegrationTests.Support;

/// <summary>Blob stores built the way the bot builds them (configuration → AddStateStorage), against a test server.</summary>
public static class BlobStores
{
    private static int _next;

    /// <summary>A container name no other test uses.</summary>
    public static string NewContainer(string hint = "t") =>
        $"{hint}-{Interlocked.Increment(ref _next)}-{Guid.NewGuid():N}"[..Math.Min(63, hint.Length + 26)].TrimEnd('-');

    /// <summary>The services of the Blob store for <paramref name="connectionString"/> (disposed by the caller).</summary>
    public static ServiceProvider Services(string connectionString, string container, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:Kind"] = "Blob",
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:Container"] = container,
            ["Storage:RetryDelay"] = "00:00:00.050",
            ["Storage:RequestTimeout"] = "00:00:05",
        };
        if (settings is not null) foreach (var (k, v) in settings) all[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddStateStorage(configuration, new HostingEnvironment { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = Environments.Development });
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static BlobStorage Storage(this ServiceProvider services) => services.GetRequiredService<BlobStorage>();
}
