using System.Text.Json.Serialization;

namespace EmulationBot.Reminders.Delivery;

/// <summary>The small wire shapes the sender writes itself (channelData of a new 1:1 chat, alert flag of a reminder).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TenantChannelData))]
[JsonSerializable(typeof(AlertChannelData))]
internal sealed partial class DeliveryJson : JsonSerializerContext;

internal sealed record TenantChannelData(TenantInfo Tenant);

internal sealed record TenantInfo(string Id);

/// <summary><c>channelData.notification.alert</c>: Teams also shows the message in the user's activity feed.</summary>
internal sealed record AlertChannelData(AlertNotification Notification);

internal sealed record AlertNotification(bool Alert);
