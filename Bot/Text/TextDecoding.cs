using System.Text;

namespace EmulationBot.Text;

/// <summary>Decodes a text file: UTF-8 with or without BOM, UTF-16 with a BOM; anything else is refused, not guessed.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return StrictUtf8.GetString(bytes[3..]);
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new UnicodeEncoding(false, false, true).GetString(bytes[2..]);
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new UnicodeEncoding(true, false, true).GetString(bytes[2..]);
            if (bytes.Contains((byte)0)) return null;
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
