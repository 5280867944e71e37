using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace EmulationBot.Storage;

/// <summary>Typed JSON access to an <see cref="IStorage"/>: read with ETag, write back, and read-modify-write with retry.</summary>
public static class StorageJson
{
    /// <summary>The serializer settings of every stored document: camelCase, nulls omitted, enums as strings.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static async Task<Stored<T>?> ReadAsync<T>(this IStorage storage, string key, CancellationToken cancellationToken = default)
    {
        var item = await storage.ReadAsync(key, cancellationToken);
        return item is null ? null : new Stored<T>(Deserialize<T>(key, item.Content), item.ETag);
    }

    public static Task<string> WriteAsync<T>(this IStorage storage, string key, T value, string? eTag, CancellationToken cancellationToken = default) =>
        storage.WriteAsync(key, JsonSerializer.SerializeToUtf8Bytes(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T))), eTag, cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> to the current value (null when absent) and writes it back under the ETag
    /// that was read, retrying on conflicts. Return null from <paramref name="change"/> to leave the value as it is.
    /// </summary>
    public static async Task<Stored<T>?> UpdateAsync<T>(this IStorage storage, string key, Func<T?, T?> change,
        int attempts = 8, CancellationToken cancellationToken = default) where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await storage.ReadAsync<T>(key, cancellationToken);
            var next = change(current?.Value);
            if (next is null) return current;
            try
            {
                var eTag = await storage.WriteAsync(key, next, current?.ETag, cancellationToken);
                return new Stored<T>(next, eTag);
            }
            catch (StorageConflictException) when (attempt < attempts)
            {
                await Task.Delay(Random.Shared.Next(2, 10 * attempt), cancellationToken);
            }
        }
    }

    internal static T Deserialize<T>(string key, ReadOnlyMemory<byte> content)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(content.Span, Options)
                ?? throw new StorageCorruptException(key);
        }
        catch (JsonException ex)
        {
            throw new StorageCorruptException(key, ex);
        }
    }
}

/// <summary>A typed value read from storage, with the ETag to write it back under.</summary>
public sealed record Stored<T>(T Value, string ETag);

/// <summary>A stored value could not be read as the expected type (an old format, or damage); callers may reset it.</summary>
public sealed class StorageCorruptException(string key, Exception? inner = null)
    : StorageException($"The stored value '{key}' could not be read.", inner)
{
    public string Key { get; } = key;
}
