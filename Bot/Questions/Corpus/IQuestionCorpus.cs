using EmulationBot.Questions.Retrieval;

namespace EmulationBot.Questions.Corpus;

/// <summary>The published plans, indexed for questions. The seam between the question answerer and wherever plans come from.</summary>
public interface IQuestionCorpus
{
    ValueTask<QaCorpus> GetAsync(CancellationToken cancellationToken);
}
