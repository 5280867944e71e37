using System.Collections.Concurrent;
using EmulationBot.Protocol;
using EmulationBot.Protocol.Connector;

namespace EmulationBot.Tests.Support;

/// <summary>An <see cref="IConnectorClient"/> that records what the bot sends instead of calling Teams.</summary>
public sealed class RecordingConnector : IConnectorClient
{
    private int _nextId;

    public ConcurrentQueue<Activity> Sent { get; } = new();
    public ConcurrentQueue<Activity> Updated { get; } = new();
    public ConcurrentQueue<ConversationParameters> Created { get; } = new();

    /// <summary>Set to make the next sends fail, e.g. with 403 (bot removed) or 429 (throttled).</summary>
    public Func<Activity, Exception?>? FailWith { get; set; }

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (FailWith?.Invoke(activity) is { } error) return Task.FromException<ResourceResponse>(error);
        var id = $"msg-{Interlocked.Increment(ref _nextId)}";
        if (activity.Type != ActivityTypes.Typing) Sent.Enqueue(activity);
        return Task.FromResult(new ResourceResponse(id));
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        Updated.Enqueue(activity);
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        Created.Enqueue(parameters);
        var member = parameters.Members?.FirstOrDefault()?.Id ?? "unknown";
        return Task.FromResult(new ConversationResourceResponse { Id = $"a:personal-{member}", ServiceUrl = serviceUrl });
    }

    /// <summary>What "get member" answers; by default a member with a name and an email.</summary>
    public Func<string, TeamsChannelAccount?> Members { get; set; } =
        id => new TeamsChannelAccount { Id = id, Name = "Trần Thị Bình", Email = "binh@sokhcn.example.gov.vn" };

    public Task<TeamsChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(Members(memberId));

    public List<Activity> Drain()
    {
        var result = new List<Activity>();
        while (Sent.TryDequeue(out var activity)) result.Add(activity);
        return result;
    }
}
