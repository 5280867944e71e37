using System.Net.Mail;

namespace EmulationBot.Office.Organization;

/// <summary>E-mail addresses as the directory keeps them: trimmed, lower case, and plausibly deliverable.</summary>
public static class EmailAddresses
{
    /// <summary>The address in its stored form, or null when it is not an address ("an.nv", "an@", "a b@c.vn").</summary>
    public static string? Normalize(string? text)
    {
        var trimmed = text?.Trim().Trim('<', '>').ToLowerInvariant();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 254 || trimmed.Any(char.IsWhiteSpace)) return null;
        if (!MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed) return null;
        var domain = address.Host;
        return domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.') ? trimmed : null;
    }
}
