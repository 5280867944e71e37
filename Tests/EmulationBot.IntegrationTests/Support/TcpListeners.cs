using System.Globalization;
using System.Net;

namespace EmulationBot.IntegrationTests.Support;

/// <summary>The local addresses on which something listens on a TCP port, read from Linux's /proc/net/tcp and tcp6.</summary>
public static class TcpListeners
{
    private const string ListenState = "0A";

    public static IReadOnlyList<IPAddress> AddressesListeningOn(int port)
    {
        var found = new List<IPAddress>();
        foreach (var table in (string[])["/proc/net/tcp", "/proc/net/tcp6"])
        {
            if (!File.Exists(table)) continue;
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                // "  0: 0100007F:DD6E 00000000:0000 0A ..." — local address:port, remote, state
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length < 4 || fields[3] != ListenState) continue;
                var local = fields[1].Split(':');
                if (int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) != port) continue;
                found.Add(Parse(local[0]));
            }
        }
        return found;
    }

    // The kernel prints each 32-bit word of the address in host (little-endian) byte order.
    private static IPAddress Parse(string hex)
    {
        var bytes = Convert.FromHexString(hex);
        for (var word = 0; word < bytes.Length; word += 4) Array.Reverse(bytes, word, 4);
        return new IPAddress(bytes);
    }
}
