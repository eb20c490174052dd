using Bot.Core.Schema;
using Bot.Core.Turns;
using Xunit;

namespace Bot.Testing;

/// <summary>
/// A readable conversation test: <c>new TestFlow(adapter, bot).Send("hi").AssertReply("Hello!").StartTestAsync()</c>.
/// Each step runs after the previous one; a turn's replies are all queued before its Send returns.
/// </summary>
public sealed class TestFlow
{
    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;
    private readonly IReadOnlyList<Func<CancellationToken, Task>> _steps;

    public TestFlow(TestAdapter adapter, IBot bot)
        : this(adapter, (bot ?? throw new ArgumentNullException(nameof(bot))).OnTurnAsync)
    {
    }

    public TestFlow(TestAdapter adapter, BotCallbackHandler callback)
        : this(adapter, callback, [])
    {
    }

    private TestFlow(TestAdapter adapter, BotCallbackHandler callback, IReadOnlyList<Func<CancellationToken, Task>> steps)
    {
        _adapter = adapter;
        _callback = callback;
        _steps = steps;
    }

    /// <summary>The user types <paramref name="text"/>.</summary>
    public TestFlow Send(string? text) => Then(ct => _adapter.ProcessActivityAsync(_adapter.MakeMessage(text), _callback, ct));

    /// <summary>The channel delivers <paramref name="activity"/> (stamped with what the test left empty).</summary>
    public TestFlow Send(Activity activity) => Then(ct => _adapter.ProcessActivityAsync(activity, _callback, ct));

    /// <summary>The next reply is a message whose text is exactly <paramref name="expected"/>.</summary>
    public TestFlow AssertReply(string expected) => AssertReply(reply => Assert.Equal(expected, reply.Text));

    /// <summary>The next reply satisfies <paramref name="inspect"/> (which asserts).</summary>
    public TestFlow AssertReply(Action<Activity> inspect) => Then(_ =>
    {
        var reply = _adapter.GetNextReply();
        Assert.True(reply is not null, "The bot sent no further reply.");
        inspect(reply);
        return Task.CompletedTask;
    });

    /// <summary>The bot sent nothing more.</summary>
    public TestFlow AssertNoReply() => Then(_ =>
    {
        var reply = _adapter.GetNextReply();
        Assert.True(reply is null, $"Expected no reply, but the bot sent: {reply?.Type} '{reply?.Text}'.");
        return Task.CompletedTask;
    });

    public TestFlow Then(Func<CancellationToken, Task> step) => new(_adapter, _callback, [.. _steps, step]);

    public async Task StartTestAsync(CancellationToken cancellationToken = default)
    {
        foreach (var step in _steps)
        {
            await step(cancellationToken);
        }
    }
}
