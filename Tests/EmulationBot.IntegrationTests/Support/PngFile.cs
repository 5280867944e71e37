using System.Buffers.Binary;

namespace EmulationBot.IntegrationTests.Support;

/// <summary>Reads the size of a PNG image from its header.</summary>
public static class PngFile
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height) Size(string path)
    {
        var header = new byte[24];
        using (var file = File.OpenRead(path)) file.ReadExactly(header);
        if (!header.AsSpan(0, 8).SequenceEqual(Signature)) throw new InvalidDataException($"{path} is not a PNG file.");
        return (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }
}
