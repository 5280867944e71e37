using System.Net;

namespace EmulationBot.Storage.Blob;

/// <summary>The Blob service's final answer to one operation, after retries, with what the store needs from it.</summary>
public sealed class BlobResponse(HttpResponseMessage message, int attempts) : IDisposable
{
    public HttpResponseMessage Message => message;

    public HttpStatusCode Status => message.StatusCode;

    public int Attempts => attempts;

    /// <summary>
    /// True when an earlier attempt failed without a clear answer (timeout, lost connection, 5xx): the service may
    /// have applied that attempt, so a conflict on this one can be our own earlier write.
    /// </summary>
    public bool AfterFailedAttempt => attempts > 1;

    /// <summary>The service's error code (x-ms-error-code), such as ConditionNotMet or ContainerNotFound.</summary>
    public string? ErrorCode => Header("x-ms-error-code");

    public string? ETag => Header("ETag");

    public string? Header(string name) =>
        message.Headers.TryGetValues(name, out var values) || message.Content.Headers.TryGetValues(name, out values)
            ? values.FirstOrDefault()
            : null;

    public void Dispose() => message.Dispose();
}
