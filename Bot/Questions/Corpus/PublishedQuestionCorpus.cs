using EmulationBot.Plans.Store;
using EmulationBot.Questions.Retrieval;

namespace EmulationBot.Questions.Corpus;

/// <summary>
/// The plans the office published (the plans feature's catalog), indexed for questions. The index is rebuilt when
/// the set of published revisions changes — at once when this instance publishes, else when the catalog's short-lived
/// list shows it. A catalog that cannot be read keeps the last index (or none), and logs a warning.
/// </summary>
public sealed class PublishedQuestionCorpus(IPlanCatalog catalog, ILogger<PublishedQuestionCorpus> logger) : IQuestionCorpus, IPlanPublishedObserver
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _cached;

    public async ValueTask<QaCorpus> GetAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<PlanSummary> published;
        try
        {
            published = await catalog.ListPublishedAsync(cancellationToken);
        }
        catch (Storage.StorageException e)
        {
            logger.LogWarning(e, "The published plans could not be listed; answering from the last index");
            return _cached?.Corpus ?? QaCorpus.Empty;
        }
        var signature = string.Join('|', published.Select(p => $"{p.Id}@{p.Revision}"));
        if (_cached is { } cached && cached.Signature == signature) return cached.Corpus;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } again && again.Signature == signature) return again.Corpus;
            var plans = new List<QaPlan>();
            foreach (var summary in published)
            {
                if (await catalog.GetAsync(summary.Id, cancellationToken) is { } plan) plans.Add(PlanAdapter.From(plan.Plan));
            }
            var corpus = new QaCorpus(plans);
            _cached = new Snapshot(signature, corpus);
            logger.LogInformation("Indexed {Count} published plans for questions", corpus.Indexes.Count);
            return corpus;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The published revisions ("id@revision|…") and their index, swapped as one reference.</summary>
    private sealed record Snapshot(string Signature, QaCorpus Corpus);

    /// <summary>A plan was published: the next question re-reads the list and indexes the new revision.</summary>
    public Task OnPublishedAsync(PublishedPlan plan, CancellationToken cancellationToken)
    {
        _cached = null;
        return Task.CompletedTask;
    }
}
