using EmulationBot.Questions.Retrieval;
using Microsoft.Extensions.Options;

namespace EmulationBot.Questions.Corpus;

/// <summary>
/// The plans of the folder <see cref="QuestionsOptions.PlansFolder"/>, indexed once and again whenever a file in
/// it changes. A folder that cannot be read gives no plans (and a warning in the log), never an error to users.
/// </summary>
public sealed class FolderQuestionCorpus(IOptions<QuestionsOptions> options, ILogger<FolderQuestionCorpus> logger) : IQuestionCorpus
{
    private readonly Lock _gate = new();
    private (DateTime Stamp, QaCorpus Corpus)? _cached;

    public ValueTask<QaCorpus> GetAsync(CancellationToken cancellationToken)
    {
        var folder = options.Value.PlansFolder;
        if (string.IsNullOrWhiteSpace(folder) || !Directory.Exists(folder)) return ValueTask.FromResult(QaCorpus.Empty);
        try
        {
            var stamp = Directory.EnumerateFiles(folder).Select(File.GetLastWriteTimeUtc).Append(Directory.GetLastWriteTimeUtc(folder)).Max();
            lock (_gate)
            {
                if (_cached is not { } cached || cached.Stamp != stamp)
                {
                    _cached = cached = (stamp, new QaCorpus(PlanFiles.ReadFolder(folder)));
                    logger.LogInformation("Indexed {Count} plans for questions", cached.Corpus.Indexes.Count);
                }
                return ValueTask.FromResult(cached.Corpus);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "The plans folder for questions cannot be read");
            return ValueTask.FromResult(_cached?.Corpus ?? QaCorpus.Empty);
        }
    }
}
