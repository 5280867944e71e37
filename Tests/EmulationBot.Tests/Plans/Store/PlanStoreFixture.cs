using EmulationBot.Plans.Model;
using EmulationBot.Plans.Store;
using EmulationBot.Storage;
using EmulationBot.Tests.Plans.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace EmulationBot.Tests.Plans.Store;

/// <summary>A publisher and catalog over one storage, as the bot wires them.</summary>
internal sealed class PlanStoreFixture(IStorage? storage = null)
{
    public IStorage Storage { get; } = storage ?? new MemoryStorage();

    public PlanCatalog Catalog => _catalog ??= new PlanCatalog(Storage, TimeProvider.System, NullLogger<PlanCatalog>.Instance);

    public PlanPublisher Publisher => _publisher ??= new PlanPublisher(Storage, Catalog, [], TimeProvider.System, NullLogger<PlanPublisher>.Instance);

    private PlanCatalog? _catalog;
    private PlanPublisher? _publisher;

    public static Plan HaTinh() => PlanCorpus.Parse(SamplePlans.HaTinh, SamplePlans.Bytes(SamplePlans.HaTinh));

    public static Plan HaTinhEdited(Func<string, string> edit) =>
        PlanCorpus.Parse(SamplePlans.HaTinh, System.Text.Encoding.UTF8.GetBytes(edit(File.ReadAllText(SamplePlans.Path(SamplePlans.HaTinh)))));

    public Task<PublishResult> PublishAsync(Plan plan, string by = "office") => Publisher.PublishAsync(plan, by, "test", CancellationToken.None);
}
