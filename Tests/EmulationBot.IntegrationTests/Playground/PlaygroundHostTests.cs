using System.Net;
using System.Net.Sockets;
using EmulationBot.IntegrationTests.Support;
using EmulationBot.IntegrationTests.Support.Playground;

namespace EmulationBot.IntegrationTests.Playground;

/// <summary>The Playground and the bot under test are reachable from this machine only, and go away when done.</summary>
[Collection(PlaygroundCollection.Name)]
public sealed class PlaygroundHostTests(PlaygroundFixture fixture)
{
    [Fact]
    public void PlaygroundAndBot_ListenOnLoopbackOnly()
    {
        var playground = TcpListeners.AddressesListeningOn(fixture.Playground.Port);
        var bot = TcpListeners.AddressesListeningOn(fixture.Bot.BaseUri.Port);

        Assert.Equal([IPAddress.Loopback], playground);
        Assert.Equal([IPAddress.Loopback], bot);
    }

    [Fact]
    public async Task Dispose_StopsThePlayground()
    {
        var host = await PlaygroundHost.StartAsync(fixture.Bot.MessagesEndpoint);
        var port = host.Port;
        Assert.NotEmpty(TcpListeners.AddressesListeningOn(port));

        await host.DisposeAsync();

        Assert.Empty(TcpListeners.AddressesListeningOn(port));
        using var client = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, port));
    }

    [Fact]
    public async Task Start_BotEndpointNotOnLoopback_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => PlaygroundHost.StartAsync("http://10.1.2.3:3978/api/messages"));
    }
}
