using System.Text.Json.Nodes;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Plans.Review;
using EmulationBot.Plans.Store;
using EmulationBot.Protocol;
using EmulationBot.Roles;
using EmulationBot.Text;

namespace EmulationBot.Plans.Commands;

/// <summary>"danh sách kế hoạch", "kế hoạch nào đang áp dụng", "list plans": the published plans (with "Edit" for the office).</summary>
public sealed class PlanListCommand(IPlanCatalog catalog, IRoleService roles, CardFactory cards, PlanReviewCard reviewCard, PlanFormatting format, Strings strings) : IBotCommand
{
    private static readonly string[] Phrases =
    [
        "danh sach ke hoach", "cac ke hoach", "ke hoach nao dang ap dung", "ke hoach dang ap dung", "nhung ke hoach nao", "ke hoach hien hanh",
        "co nhung ke hoach nao", "xem danh sach ke hoach", "list plans", "list the plans", "show plans", "published plans", "which plans", "plans",
    ];

    public string Name => "plans.list";

    // Only short messages: "danh sách kế hoạch Quảng Bình có mấy mục" is a question about a plan, not this command.
    public double Match(Utterance utterance) => utterance.Syllables.Count <= 8 ? CommandMatch.Best(utterance, Phrases) : 0;

    public async Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        var language = session.Language;
        var plans = await catalog.ListPublishedAsync(cancellationToken);
        if (plans.Count == 0)
        {
            await turn.SendTextAsync(strings.Get(language, "plans.list.empty"), cancellationToken);
            return;
        }
        var items = new JsonArray();
        foreach (var plan in plans)
        {
            items.Add(new JsonObject
            {
                ["id"] = plan.Id,
                ["title"] = plan.Title,
                ["facts"] = reviewCard.Facts(language,
                    ("plans.review.number", plan.Number ?? strings.Get(language, "plans.review.unknown")),
                    ("plans.review.issuer", plan.Issuer ?? strings.Get(language, "plans.review.unknown")),
                    ("plans.review.issued", format.Date(plan.Issued, language)),
                    ("plans.list.obligations", plan.ObligationCount.ToString(language.Culture())),
                    ("plans.list.revision", plan.Revision.ToString(language.Culture()))),
            });
        }
        var data = new JsonObject
        {
            ["plans"] = items,
            ["isOffice"] = await roles.IsInRoleAsync(turn, session, Role.Office, cancellationToken),
        };
        await turn.SendActivityAsync(cards.Message("plan-list", language, data), cancellationToken);
    }
}
