using System.Text.Json;
using EmulationBot.Conversation;
using EmulationBot.Plans.Store;
using EmulationBot.Protocol;
using EmulationBot.Protocol.Connector;
using EmulationBot.Reminders.Scheduling;
using EmulationBot.Storage;
using EmulationBot.Tests.Reminders.Support;
using EmulationBot.Tests.Support;
using EmulationBot.Time;
using EmulationBot.Units;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace EmulationBot.Tests.Reminders;

public class ReminderClockTests
{
    [Fact]
    public async Task Pass_WithClockNowInDevelopment_PlaysTheDemoDate()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Kind"] = "Memory",
            ["Clock:Now"] = "2022-05-23T08:00:30+07:00",
        }).Build();
        var connector = new RecordingConnector();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddEmulationBot(configuration, new Development());
        services.AddSingleton<IConnectorClient>(connector);
        await using var provider = services.BuildServiceProvider();
        Assert.IsType<ShiftedTimeProvider>(provider.GetRequiredService<TimeProvider>());
        var storage = provider.GetRequiredService<IStorage>();
        var an = ReminderWorld.An;
        await provider.GetRequiredService<UnitDirectoryStore>().UpdateAsync(_ => new UnitDirectory
        {
            Units = [new Unit(ReminderWorld.Qlkh, "Phòng Quản lý khoa học")],
            Members = [ReminderWorld.Member(an, ReminderWorld.Qlkh, Role.Employee)],
        }, CancellationToken.None);
        var user = new UserState { PersonalChat = an.Message(null).GetConversationReference() };
        await storage.WriteAsync(SessionStore.UserKey("msteams", an.Id), JsonSerializer.SerializeToUtf8Bytes(user, StateJson.Default.UserState), null);
        await provider.GetRequiredService<PlanPublisher>().PublishAsync(ReminderWorld.Plan(), "office", "test", CancellationToken.None);

        await provider.GetRequiredService<ReminderPass>().RunAsync(CancellationToken.None);

        var reminder = Assert.Single(connector.Drain());
        Assert.Equal("Nhắc việc · còn 7 ngày", reminder.Heading());
    }

    private sealed class Development : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;
        public string ApplicationName { get; set; } = "EmulationBot";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
