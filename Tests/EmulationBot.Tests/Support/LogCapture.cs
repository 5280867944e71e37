using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace EmulationBot.Tests.Support;

/// <summary>A logger provider that keeps every formatted message (with its exception text), for asserting on logs.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Messages.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
