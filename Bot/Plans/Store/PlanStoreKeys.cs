using System.Globalization;

namespace EmulationBot.Plans.Store;

/// <summary>
/// Where plan documents live: immutable revisions under <c>plans/{id}/revisions/{n}</c>, one small published pointer per
/// plan under <c>plans-published/{id}</c> (cheap to list), review drafts, and the folder's record of files taken in.
/// </summary>
public static class PlanStoreKeys
{
    public const string PublishedPrefix = "plans-published/";

    public static string Revision(string planId, int revision) =>
        string.Create(CultureInfo.InvariantCulture, $"plans/{planId}/revisions/{revision:D6}");

    public static string Published(string planId) => PublishedPrefix + planId;

    public static string Draft(string draftId) => "plan-drafts/" + draftId;

    public static string FolderSource(string fileKey) => "plan-folder/" + fileKey;
}
