using EmulationBot.Localization;
using EmulationBot.Office.Files;
using EmulationBot.Protocol;
using EmulationBot.Units;

namespace EmulationBot.Office.Roster;

/// <summary>Takes a roster file someone sent: downloads it, checks it, and answers with the preview card.</summary>
public sealed class RosterIntake(FileDownloader downloader, RosterImporter importer, RosterView view, Strings strings)
{
    public static bool IsRosterFile(AttachedFile file) => file.Extension is ".csv" or ".xlsx" or ".xlsm" or ".xls";

    public async Task ReceiveAsync(TurnContext turn, Language language, Person actor, AttachedFile file, CancellationToken cancellationToken)
    {
        await turn.SendTypingAsync(cancellationToken);
        var (bytes, error) = await downloader.DownloadAsync(file, cancellationToken);
        if (bytes is null)
        {
            var key = error switch { "tooLarge" => "office.roster.downloadTooLarge", "notAllowed" => "office.roster.downloadNotAllowed", _ => "office.roster.downloadFailed" };
            await turn.SendTextAsync(strings.Get(language, key, file.Name), cancellationToken);
            return;
        }
        var (import, plan) = await importer.PreviewAsync(actor, file.Name, bytes, cancellationToken);
        await turn.SendActivityAsync(await view.PreviewAsync(language, import, plan, null, cancellationToken), cancellationToken);
    }
}
