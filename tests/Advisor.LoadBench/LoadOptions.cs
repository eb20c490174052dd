using System.Globalization;

namespace Advisor.LoadBench;

/// <summary>How the interviews reach the bot.</summary>
internal enum Delivery
{
    /// <summary>deliveryMode expectReplies: the replies come back in the response to /api/messages.</summary>
    Expect,

    /// <summary>Normal delivery: the bot POSTs its replies to a Bot Connector stand-in this benchmark hosts.</summary>
    Sink,

    /// <summary>The host's built-in Direct Line: a token, a conversation, then post and read activities.</summary>
    DirectLine,
}

/// <summary>The command line: <c>--name value</c> pairs, each optional (docs/benchmarks.md lists them).</summary>
internal sealed record LoadOptions
{
    public int Conversations { get; init; } = 2000;

    public int Concurrency { get; init; } = 32;

    public int Warmup { get; init; } = 200;

    public Delivery Delivery { get; init; } = Delivery.Expect;

    public string Path { get; init; } = "button";

    /// <summary>The user's messages after joining; the script of <see cref="Path"/> unless given.</summary>
    public IReadOnlyList<string> Turns { get; init; } = [];

    public string? HostDll { get; init; }

    public string? OutputDirectory { get; init; }

    public string? Label { get; init; }

    /// <summary>Extra environment for the host (<c>--env NAME=value</c>, repeatable): GC knobs and the like.</summary>
    public IReadOnlyDictionary<string, string> HostEnvironment { get; init; } = new Dictionary<string, string>();

    public string Name => Label ?? $"{Delivery.ToString().ToLowerInvariant()}-{Path}";

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--conversations" => options with { Conversations = Positive(args[i], value) },
                "--concurrency" => options with { Concurrency = Positive(args[i], value) },
                "--warmup" => options with { Warmup = int.Parse(value, CultureInfo.InvariantCulture) },
                "--delivery" => options with { Delivery = Enum.Parse<Delivery>(value, ignoreCase: true) },
                "--path" => options with { Path = value },
                "--turns" => options with { Turns = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) },
                "--host" => options with { HostDll = System.IO.Path.GetFullPath(value) },
                "--out" => options with { OutputDirectory = System.IO.Path.GetFullPath(value) },
                "--label" => options with { Label = value },
                "--env" when value.Split('=', 2) is [var name, var setting] => Add(options, environment, name, setting),
                _ => throw new ArgumentException($"Unknown option {args[i]} {value}."),
            };
        }

        return options.Turns.Count > 0 ? options : options with { Turns = Scripts.For(options.Path) };
    }

    private static LoadOptions Add(LoadOptions options, Dictionary<string, string> environment, string name, string value)
    {
        environment[name] = value;
        return options with { HostEnvironment = environment };
    }

    private static int Positive(string name, string value) =>
        int.Parse(value, CultureInfo.InvariantCulture) is > 0 and var n ? n : throw new ArgumentException($"{name} must be positive.");
}
