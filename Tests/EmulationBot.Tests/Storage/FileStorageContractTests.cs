using EmulationBot.Storage;

namespace EmulationBot.Tests.Storage;

public sealed class FileStorageContractTests : StorageContractTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ebfile-" + Guid.NewGuid().ToString("N"));

    protected override Task<IStorage> CreateStorageAsync() => Task.FromResult<IStorage>(new FileStorage(_folder));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
