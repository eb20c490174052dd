using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Core.Hosting;
using Bot.Core.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.Host.Tests;

/// <summary>
/// Issue 12 with Teams-shaped payloads over HTTP: exactly what the bot posts to the connector when
/// it is installed in a team, @mentioned in a new channel post, reinstalled in a personal chat, and
/// when a turn fails in a group chat.
/// </summary>
public sealed class TeamsChannelTests : IAsyncLifetime
{
    private const string Welcome = "Hi! I'm Framework Advisor.";
    private FakeConnectorServer _connector = null!;
    private TeamsPayloads _teams = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync(Ct);
        _teams = new TeamsPayloads(_connector.BaseUrl + "/amer/");
    }

    public async ValueTask DisposeAsync() => await _connector.DisposeAsync();

    private static async Task PostAsync(BotHost host, JsonObject activity)
    {
        var response = await host.Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The activities the connector received since the last call.</summary>
    private List<JsonNode> Sent()
    {
        var sent = new List<JsonNode>();
        while (_connector.Requests.TryDequeue(out var request))
        {
            sent.Add(JsonNode.Parse(request.Body)!);
        }

        return sent;
    }

    private static string[] Texts(IEnumerable<JsonNode> activities) => [.. activities.Select(a => (string?)a["text"] ?? "")];

    [Fact]
    public async Task TeamInstall_GreetsTheChannelOnce_AndNotEachNewMember()
    {
        await using var host = await BotHost.StartAsync(Ct);

        await PostAsync(host, _teams.TeamMembersAdded(TeamsPayloads.BotId));
        await PostAsync(host, _teams.TeamInstall());
        var greeting = Sent();
        await PostAsync(host, _teams.TeamMembersAdded("29:another-member"));
        await PostAsync(host, _teams.TeamInstall());

        Assert.Equal(2, greeting.Count);
        Assert.StartsWith(Welcome, (string?)greeting[0]["text"], StringComparison.Ordinal);
        Assert.Equal("To ask me, start a new post in a channel that @mentions me and describes your project.", (string?)greeting[1]["text"]);
        Assert.All(greeting, a => Assert.Null(a["attachments"]));
        Assert.Empty(Sent());
    }

    [Fact]
    public async Task NewChannelPost_MentionWithNothingToGoOn_GetsOneLineInsteadOfTheWelcome()
    {
        await using var host = await BotHost.StartAsync(Ct);
        await PostAsync(host, _teams.TeamInstall());
        Sent();

        await PostAsync(host, _teams.ThreadMention("hi"));

        var sent = Sent();
        Assert.Equal(["Tell me about your project in one message, or say “ask me the questions”. Mention me in each reply so I see it."], Texts(sent));
        Assert.Contains(";messageid=", (string?)sent[0]["conversation"]!["id"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewChannelPost_MentionWithFacts_IsReadStraightAway()
    {
        await using var host = await BotHost.StartAsync(Ct);

        await PostAsync(host, _teams.ThreadMention("we're 12 people building an online shop with payments, due in 8 months"));

        var texts = Texts(Sent());
        Assert.StartsWith("Got it: “12 people” → a large project; “in 8 months” → more than six months", texts[0], StringComparison.Ordinal);
        Assert.DoesNotContain(texts, t => t.StartsWith(Welcome, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PersonalReinstall_ForgetsTheInterviewAndGreetsAgain()
    {
        await using var host = await BotHost.StartAsync(Ct);
        await PostAsync(host, _teams.PersonalInstallation("add"));
        await PostAsync(host, _teams.PersonalMessage("ask me the questions"));
        await PostAsync(host, _teams.PersonalMessage("a large team"));
        Assert.Contains("When do you need the first release?", Texts(Sent()));

        await PostAsync(host, _teams.PersonalInstallation("remove"));
        Assert.Empty(Sent());
        await PostAsync(host, _teams.PersonalInstallation("add"));
        var greeting = Sent();
        await PostAsync(host, _teams.PersonalMessage("ask me the questions"));
        var restart = Texts(Sent());

        Assert.Equal(2, greeting.Count);
        Assert.StartsWith(Welcome, (string?)greeting[0]["text"], StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.card.hero", (string?)greeting[1]["attachments"]![0]!["contentType"]);
        Assert.Equal("Let's go. A few quick questions:", restart[0]);
        Assert.StartsWith("How big is the project?", restart[1], StringComparison.Ordinal);
    }

    private sealed class FailingBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A bug in the turn.");
    }

    [Fact]
    public async Task GroupChatTurnFails_ResetOffersStartOverAsACardButtonTeamsDelivers()
    {
        await using var host = await BotHost.StartAsync(Ct, services => services.AddSingleton<IBot, FailingBot>());

        await PostAsync(host, _teams.GroupChatMention("hello"));

        var reset = Assert.Single(Sent());
        Assert.Equal(ResetConversationErrorHandler.ResetMessage, (string?)reset["text"]);
        Assert.Null(reset["suggestedActions"]);
        var card = reset["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.hero", (string?)card["contentType"]);
        var button = card["content"]!["buttons"]![0]!;
        Assert.Equal(("messageBack", "Start over", "Start over"), ((string?)button["type"], (string?)button["title"], (string?)button["text"]));
        Assert.Equal("startOver", (string?)button["value"]!["action"]);
    }

    [Fact]
    public async Task PersonalChatTurnFails_ResetKeepsSuggestedActions()
    {
        await using var host = await BotHost.StartAsync(Ct, services => services.AddSingleton<IBot, FailingBot>());

        await PostAsync(host, _teams.PersonalMessage("hello"));

        var reset = Assert.Single(Sent());
        Assert.Equal("Start over", (string?)reset["suggestedActions"]!["actions"]![0]!["title"]);
        Assert.Null(reset["attachments"]);
    }
}
