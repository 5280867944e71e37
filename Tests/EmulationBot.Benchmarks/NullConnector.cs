using EmulationBot.Protocol;
using EmulationBot.Protocol.Connector;

namespace EmulationBot.Benchmarks;

/// <summary>A connector that accepts every reply at once, so a benchmark measures the bot and not a network.</summary>
internal sealed class NullConnector : IConnectorClient
{
    private static readonly Task<ResourceResponse> Sent = Task.FromResult(new ResourceResponse("1"));

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken) => Sent;

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) => Sent;

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        Task.FromResult(new ConversationResourceResponse { Id = "a:benchmark", ServiceUrl = serviceUrl });

    public Task<TeamsChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken) =>
        Task.FromResult<TeamsChannelAccount?>(null);
}
