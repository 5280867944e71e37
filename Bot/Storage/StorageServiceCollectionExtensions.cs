namespace EmulationBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The state store chosen by <c>Storage:Kind</c> (File, the embedded default, or Memory), plus the turn-state cache.</summary>
    public static IServiceCollection AddStateStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        switch (options.Kind.Trim().ToLowerInvariant())
        {
            case "file":
                var folder = Path.IsPathRooted(options.Folder) ? options.Folder : Path.Combine(environment.ContentRootPath, options.Folder);
                services.AddSingleton<IStorage>(new FileStorage(folder));
                break;
            case "memory":
                services.AddSingleton<IStorage, MemoryStorage>();
                break;
            default:
                throw new InvalidOperationException($"Storage:Kind '{options.Kind}' is not supported. Use File or Blob (or Memory for tests).");
        }
        services.AddSingleton(new StateCache(options.CacheCapacity));
        services.AddSingleton<BotStateStore>();
        return services;
    }
}
