using EmulationBot.Conversation;
using EmulationBot.Dialogs;
using EmulationBot.Office.Files;
using EmulationBot.Protocol;
using EmulationBot.Units;

namespace EmulationBot.Office.Roster;

/// <summary>
/// A CSV or Excel file an office user sends outside any dialog is taken as a roster file. Files sent to a dialog
/// that waits for one (a report's attachments) never get here: the dialog engine runs first. It runs before the
/// plans' upload (which takes any other file the office sends as a plan).
/// </summary>
public sealed class RosterFileInterceptor(PersonResolver people, RosterIntake intake) : ITurnInterceptor
{
    public int Order => 15;

    public async Task<bool> TryHandleAsync(TurnContext turn, UserSession session, TurnInput input, CancellationToken cancellationToken)
    {
        if (input.Card is not null || DialogRunner.IsActive(session)) return false;
        if (AttachedFile.First(turn.Activity.Attachments) is not { } file || !RosterIntake.IsRosterFile(file)) return false;
        var person = await people.ResolveAsync(session, cancellationToken);
        if (!person.IsOffice) return false;
        await intake.ReceiveAsync(turn, session.Language, person, file, cancellationToken);
        return true;
    }
}
