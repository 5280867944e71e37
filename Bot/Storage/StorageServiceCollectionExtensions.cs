using EmulationBot.Storage.Blob;

namespace EmulationBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The state store chosen by <c>Storage:Kind</c> — File (the embedded default), Blob or Memory — with its lease
    /// manager, plus the turn-state cache. A Blob store that is misconfigured stops start-up; it never falls back to files.
    /// </summary>
    public static IServiceCollection AddStateStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        switch (options.Kind.Trim().ToLowerInvariant())
        {
            case "file":
                var folder = Path.IsPathRooted(options.Folder) ? options.Folder : Path.Combine(environment.ContentRootPath, options.Folder);
                services.AddSingleton<IStorage>(new FileStorage(folder));
                services.AddSingleton<ILeaseManager, InProcessLeaseManager>();
                break;
            case "memory":
                services.AddSingleton<IStorage, MemoryStorage>();
                services.AddSingleton<ILeaseManager, InProcessLeaseManager>();
                break;
            case "blob":
                services.AddBlobStorage(options);
                break;
            default:
                throw new StorageConfigurationException(
                    $"Storage:Kind '{options.Kind}' is not supported. Use File (the default), Blob, or Memory (tests only).");
        }
        services.AddSingleton(new StateCache(options.CacheCapacity));
        services.AddSingleton<BotStateStore>();
        return services;
    }
}
