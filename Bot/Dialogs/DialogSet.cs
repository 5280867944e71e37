namespace EmulationBot.Dialogs;

/// <summary>All dialogs the bot knows, by id (each feature registers its own as <see cref="Dialog"/> singletons).</summary>
public sealed class DialogSet(IEnumerable<Dialog> dialogs)
{
    private readonly Dictionary<string, Dialog> _byId = dialogs.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public Dialog Find(string id) =>
        _byId.TryGetValue(id, out var dialog) ? dialog : throw new KeyNotFoundException($"No dialog '{id}' is registered.");

    public Dialog? TryFind(string id) => _byId.GetValueOrDefault(id);
}
