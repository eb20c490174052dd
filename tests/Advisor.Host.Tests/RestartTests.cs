using System.Net;
using Bot.Testing;

namespace Advisor.Host.Tests;

/// <summary>
/// Issue 14: kill the host (SIGKILL) mid-interview, start it again, and the next message carries on
/// from the same question with the same answers, on each durable store. The check does not hard-code
/// the interview: the resumed conversation must answer exactly as one that never stopped.
/// </summary>
public sealed class RestartTests(RedisServer redis) : IClassFixture<RedisServer>, IDisposable
{
    private static readonly string[] Script = ["ask me the questions", "small", "about 3 months"];
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("advisor-restart-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public Task Sqlite_KilledMidInterview_ContinuesAtTheSameQuestion() =>
        KilledMidInterview_ContinuesAtTheSameQuestionAsync(new Dictionary<string, string> { ["Storage:Provider"] = "Sqlite" });

    [Fact]
    public Task Redis_KilledMidInterview_ContinuesAtTheSameQuestion()
    {
        redis.EnsureAvailable();
        return KilledMidInterview_ContinuesAtTheSameQuestionAsync(new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Redis",
            ["Storage:Redis:ConnectionString"] = redis.ConnectionString,
            ["Storage:Redis:KeyPrefix"] = $"restart-{Guid.NewGuid():N}:",
        });
    }

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    private async Task KilledMidInterview_ContinuesAtTheSameQuestionAsync(Dictionary<string, string> settings)
    {
        var host = await HostProcess.StartAsync(_contentRoot, settings, Ct);
        await using (host)
        {
            await SayAsync(host, "killed", Script[0]);
            await SayAsync(host, "killed", Script[1]);
            await host.KillAsync();
        }

        await using var restarted = await HostProcess.StartAsync(_contentRoot, settings, Ct);
        var resumed = await SayAsync(restarted, "killed", Script[2]);
        string[] uninterrupted = [];
        foreach (var text in Script)
        {
            uninterrupted = await SayAsync(restarted, "uninterrupted", text);
        }

        Assert.NotEmpty(resumed);
        Assert.Equal(uninterrupted, resumed);
    }

    private static async Task<string[]> SayAsync(HostProcess host, string conversationId, string text)
    {
        using var response = await host.Client.PostAsync("/api/messages", EmulatorMessage.ExpectReplies(conversationId, "user-" + conversationId, text), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = await EmulatorMessage.RepliesAsync(response, Ct);
        return [.. activities.Select(a => (string?)a!["text"] ?? a!["attachments"]?.ToJsonString() ?? "")];
    }
}
