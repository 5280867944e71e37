using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Plans.Ingestion;
using EmulationBot.Protocol;
using EmulationBot.Roles;
using Microsoft.Extensions.Options;

namespace EmulationBot.Plans.Review;

/// <summary>
/// Takes a plan the office sends in a chat — a file attachment or pasted text — reads it and answers with the review
/// card. A file from anyone else is politely refused; pasted text from anyone else is left to the other features.
/// </summary>
public sealed class PlanUploadInterceptor(
    IRoleService roles,
    PlanFileDownloader downloader,
    PlanIngestor ingestor,
    PlanDraftStore drafts,
    PlanReviewResponses responses,
    Strings strings,
    IOptions<PlanOptions> options,
    TimeProvider time,
    ILogger<PlanUploadInterceptor> logger) : ITurnInterceptor
{
    public int Order => 20;

    public async Task<bool> TryHandleAsync(TurnContext turn, UserSession session, TurnInput input, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (input.Card is not null) return false;
        var file = PlanAttachments.Find(activity);
        var pasted = file is null && PastedPlan.Looks(activity.Text);
        if (file is null && !pasted) return false;

        var language = session.Language;
        if (!await roles.IsInRoleAsync(turn, session, Role.Office, cancellationToken))
        {
            if (pasted) return false;
            await turn.SendTextAsync(strings.Get(language, "plans.upload.notOffice"), cancellationToken);
            return true;
        }

        PlanIngestResult result;
        if (file is not null)
        {
            if (file.ContentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true)
            {
                await SayAsync(turn, language, "plans.errors.Image", cancellationToken);
                return true;
            }
            var download = await downloader.DownloadAsync(file, cancellationToken);
            if (download.Bytes is null)
            {
                await SayAsync(turn, language, "plans.download." + download.Error, cancellationToken);
                return true;
            }
            result = ingestor.Ingest(download.FileName, download.Bytes);
        }
        else
        {
            result = ingestor.IngestText(activity.Text!, "chat");
        }

        if (result.Plan is not { } plan)
        {
            // Long pasted text that is not a plan after all (a question with numbered points): not ours to answer.
            if (pasted && result.Error == PlanIngestError.NotAPlan) return false;
            logger.LogInformation("A plan sent in chat could not be read: {Error}", result.Error);
            await SayAsync(turn, language, "plans.errors." + result.Error, cancellationToken);
            return true;
        }
        var draft = await drafts.CreateAsync(new PlanDraft
        {
            Id = "",
            Plan = plan,
            CreatedBy = activity.From!.AadObjectId ?? activity.From.Id!,
            CreatedAt = time.GetUtcNow(),
            Source = file is null ? "chat" : result.FileName,
        }, $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}|{result.SourceHash}", cancellationToken);
        logger.LogInformation("Plan {PlanId} read with {Count} obligations; review draft {DraftId}", plan.Id, plan.Obligations.Count, draft.Id);
        var card = await responses.ReviewAsync(draft, language, null, false, cancellationToken);
        await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(card)] }, cancellationToken);
        return true;
    }

    private Task SayAsync(TurnContext turn, Language language, string key, CancellationToken cancellationToken) =>
        turn.SendTextAsync(strings.Get(language, key, options.Value.MaxFileBytes / (1024 * 1024)), cancellationToken);
}
