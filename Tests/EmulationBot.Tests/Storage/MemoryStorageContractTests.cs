using EmulationBot.Storage;

namespace EmulationBot.Tests.Storage;

public class MemoryStorageContractTests : StorageContractTests
{
    protected override Task<IStorage> CreateStorageAsync() => Task.FromResult<IStorage>(new MemoryStorage());
}
