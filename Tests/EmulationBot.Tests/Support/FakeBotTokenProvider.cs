using EmulationBot.Protocol.Connector;

namespace EmulationBot.Tests.Support;

/// <summary>Stands in for MSAL: hands out numbered tokens (<c>test-token-1</c>, …) and counts the requests.</summary>
public sealed class FakeBotTokenProvider : IBotTokenProvider
{
    private int _issued;

    public bool HasCredentials => true;

    public int Issued => Volatile.Read(ref _issued);

    /// <summary>Set to make token requests fail, as MSAL does with a wrong secret.</summary>
    public Exception? FailWith { get; set; }

    public Task<string> GetTokenAsync(CancellationToken cancellationToken) =>
        FailWith is { } error ? Task.FromException<string>(error) : Task.FromResult($"test-token-{Interlocked.Increment(ref _issued)}");
}
