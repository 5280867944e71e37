using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EmulationBot.IntegrationTests.Support.Flows;

/// <summary>
/// Serves one file over plain HTTP on 127.0.0.1, standing in for the SharePoint link Teams puts in a file
/// attachment (the bot fetches from loopback only in Development). Counts the downloads.
/// </summary>
public sealed class LoopbackFileServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly byte[] _content;
    private readonly Task _serving;
    private int _downloads;

    public LoopbackFileServer(byte[] content)
    {
        _content = content;
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public Uri Url(string name) => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/files/{Uri.EscapeDataString(name)}?tempauth=test");

    public int Downloads => Volatile.Read(ref _downloads);

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            using (client)
            {
                var stream = client.GetStream();
                var request = new StringBuilder();
                var buffer = new byte[4096];
                while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var read = await stream.ReadAsync(buffer, _stop.Token);
                    if (read == 0) break;
                    request.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }
                Interlocked.Increment(ref _downloads);
                var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: {_content.Length}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(head, _stop.Token);
                await stream.WriteAsync(_content, _stop.Token);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException)
        {
        }
        _stop.Dispose();
    }
}
