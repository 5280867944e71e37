using EmulationBot.Commitments;
using EmulationBot.Conversation;
using EmulationBot.Deadlines;
using EmulationBot.Localization;
using EmulationBot.Office.Exports;
using EmulationBot.Protocol;
using EmulationBot.Text;
using EmulationBot.Units;

namespace EmulationBot.Office.Forms;

/// <summary>
/// "tải bản đăng ký" / "registration form": anyone gets their own registrations (from their own index, never from
/// card data) as the official Word form, to print and sign.
/// </summary>
public sealed class MyRegistrationFormCommand(PersonResolver people, CommitmentStore store, PublishedPlans plans, FormExporter forms, ExportDelivery delivery, Strings strings) : IBotCommand
{
    private static readonly string[] Phrases =
        ["tai ban dang ky", "in ban dang ky", "ban dang ky word", "phieu dang ky", "mau dang ky thi dua", "tai phieu dang ky", "registration form", "my registration form"];

    public string Name => "my-registration-form";

    public double Match(Utterance utterance) => CommandMatch.Best(utterance, Phrases) * 1.5;

    public async Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        var language = session.Language;
        if (!delivery.IsConfigured)
        {
            await turn.SendTextAsync(delivery.NotConfigured(language), cancellationToken);
            return;
        }
        var person = await people.ResolveAsync(session, cancellationToken);
        var sent = 0;
        foreach (var entry in session.User.Commitments.OrderByDescending(c => c.RegisteredAt))
        {
            if (await store.ReadAsync(entry.Key, cancellationToken) is not { } stored || stored.Value.Status == CommitmentStatus.Withdrawn) continue;
            if (stored.Value.Owner.Key != person.Key && stored.Value.Owner.TeamsUserId != session.UserId) continue;
            if (await plans.FindAsync(stored.Value.PlanId, cancellationToken) is not { } plan) continue;
            await turn.SendActivityAsync(await forms.RegistrationAsync(person, plan, stored.Value, language, cancellationToken), cancellationToken);
            if (++sent == 3) break;
        }
        if (sent == 0) await turn.SendTextAsync(strings.Get(language, "office.exports.noRegistration"), cancellationToken);
    }
}
