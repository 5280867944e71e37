using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EmulationBot.Reports;

/// <summary>
/// Where reports live: <c>reports/{plan}/{unit}/{occurrence}/v001</c>, one document per submission (versions never
/// overwrite each other); attached files under <c>report-files/{upload}/{n}</c>. A user with no unit (none set up
/// yet) reports under a segment of their own.
/// </summary>
public static class ReportKeys
{
    public const string Prefix = "reports/";

    public static string Submissions(string planId, string unitSegment, string occurrenceKey) => $"{Prefix}{planId}/{unitSegment}/{occurrenceKey}/";

    public static string Version(string planId, string unitSegment, string occurrenceKey, int version) =>
        Submissions(planId, unitSegment, occurrenceKey) + "v" + version.ToString("D3", CultureInfo.InvariantCulture);

    public static int? VersionOf(string key) =>
        key.LastIndexOf("/v", StringComparison.Ordinal) is var at and >= 0 && int.TryParse(key.AsSpan(at + 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static string UnitSegment(string? unitId, string personKey) =>
        unitId ?? "_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(personKey)))[..16];

    public static string File(string uploadId, int index) => $"report-files/{uploadId}/{index.ToString(CultureInfo.InvariantCulture)}";
}
