using System.Security.Cryptography;
using System.Text;

namespace EmulationBot.Storage.Blob;

/// <summary>Maps storage keys to blob names that are valid, readable and collision-free, and back.</summary>
/// <remarks>
/// ASCII letters, digits, '-' and '_' stay as they are; '/' stays a virtual folder separator unless it would make an
/// empty segment (leading, trailing or doubled); every other character becomes <c>~XX</c> per UTF-8 byte (a lone
/// surrogate <c>~UXXXX</c>). So "29:1a|b@c;d" becomes "29~3A1a~7Cb~40c~3Bd". The mapping is one-to-one and keeps
/// prefixes, which lets listing ask the service for a name prefix. A name longer than the service allows keeps a
/// readable head and ends in "~~" and a hash; such names cannot be decoded, so every blob also carries its key in
/// metadata. The encoding never produces "~~" otherwise, so names starting with it are free for the store's own use.
/// </remarks>
public static class BlobName
{
    public const string Reserved = "~~";
    private const int MaxLength = 1000;        // the service allows 1024
    private const int MaxSegments = 250;       // and 254 path segments
    private const int HeadLength = 200;
    private const int ListPrefixLength = HeadLength - 5; // a head may stop up to 5 characters early, before an escape

    public static string FromKey(string key)
    {
        var encoded = Encode(key);
        if (encoded.Length <= MaxLength && encoded.Count(c => c == '/') < MaxSegments) return encoded;
        var cut = HeadLength;
        var escape = encoded.LastIndexOf('~', cut - 1, 6);
        if (escape >= 0 && escape + EscapeLength(encoded, escape) > cut) cut = escape;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(encoded)))[..40];
        return encoded[..cut] + Reserved + hash;
    }

    /// <summary>The key a name encodes, or null for a hashed, reserved or foreign name.</summary>
    public static string? TryToKey(string name)
    {
        if (name.Contains(Reserved, StringComparison.Ordinal)) return null;
        var sb = new StringBuilder(name.Length);
        var bytes = new List<byte>();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c != '~')
            {
                if (!IsPlain(c) && c != '/') return null;
                Flush(bytes, sb);
                sb.Append(c);
            }
            else if (i + 5 < name.Length && name[i + 1] == 'U' && ushort.TryParse(name.AsSpan(i + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var unit))
            {
                Flush(bytes, sb);
                sb.Append((char)unit);
                i += 5;
            }
            else if (i + 2 < name.Length && byte.TryParse(name.AsSpan(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var b))
            {
                bytes.Add(b);
                i += 2;
            }
            else return null;
        }
        if (!Flush(bytes, sb)) return null;
        var key = sb.ToString();
        return key.Length > 0 && Encode(key) == name ? key : null;
    }

    /// <summary>A name prefix that every blob of a key starting with <paramref name="keyPrefix"/> has (it may match more).</summary>
    public static string ListPrefix(string keyPrefix)
    {
        // A trailing '/' is encoded differently at the end of a key than inside one, and half a surrogate pair
        // differently from the whole pair, so leave those out.
        var prefix = keyPrefix.TrimEnd('/');
        if (prefix.Length > 0 && char.IsHighSurrogate(prefix[^1])) prefix = prefix[..^1].TrimEnd('/');
        var encoded = Encode(prefix);
        return encoded.Length <= ListPrefixLength ? encoded : encoded[..ListPrefixLength];
    }

    private static string Encode(string key)
    {
        var sb = new StringBuilder(key.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (IsPlain(c)) sb.Append(c);
            else if (c == '/' && i > 0 && i < key.Length - 1 && key[i + 1] != '/') sb.Append('/');
            else if (Rune.TryGetRuneAt(key, i, out var rune))
            {
                var count = rune.EncodeToUtf8(utf8);
                foreach (var b in utf8[..count]) sb.Append('~').Append(b.ToString("X2"));
                i += rune.Utf16SequenceLength - 1;
            }
            else sb.Append("~U").Append(((int)c).ToString("X4"));
        }
        return sb.ToString();
    }

    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    private static int EscapeLength(string encoded, int at) => at + 1 < encoded.Length && encoded[at + 1] == 'U' ? 6 : 3;

    private static bool Flush(List<byte> bytes, StringBuilder sb)
    {
        if (bytes.Count == 0) return true;
        try
        {
            sb.Append(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray()));
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        finally
        {
            bytes.Clear();
        }
    }
}
