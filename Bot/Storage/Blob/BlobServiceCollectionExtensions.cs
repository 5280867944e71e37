using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EmulationBot.Storage.Blob;

public static class BlobServiceCollectionExtensions
{
    /// <summary>
    /// Azure Blob Storage as the state store and lease manager. The connection string is parsed here, so a wrong one
    /// stops start-up at once; reaching the service is checked by <see cref="BlobStorageStartupCheck"/>.
    /// </summary>
    public static IServiceCollection AddBlobStorage(this IServiceCollection services, StorageOptions options)
    {
        var connection = BlobConnectionString.Parse(options.ConnectionString, options.Container);
        services.AddSingleton(connection);
        services.AddTransient(_ => new BlobAuthHandler(connection, TimeProvider.System));
        services.AddHttpClient<BlobTransport>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            // One long-lived handler; connections are recycled so DNS changes are still seen.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectTimeout = TimeSpan.FromSeconds(5),
                MaxConnectionsPerServer = 64,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // The factory's request logs would carry blob URLs (and a SAS in the query); BlobTransport logs what matters.
            .RemoveAllLoggers()
            .AddHttpMessageHandler<BlobAuthHandler>();
        services.AddSingleton<BlobContainerGate>();
        services.AddSingleton<BlobStorage>();
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<BlobStorage>());
        services.AddSingleton<ILeaseManager, BlobLeaseManager>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, BlobStorageStartupCheck>());
        return services;
    }
}
