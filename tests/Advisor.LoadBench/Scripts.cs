namespace Advisor.LoadBench;

/// <summary>
/// The interviews the benchmark plays, each to a verdict. The button path presses the current
/// question buttons (dialogs/Advisor.Dialogs/Interview/QuestionButtons.cs): change them together.
/// The free-text path describes the project in one message, then answers what is still open.
/// </summary>
internal static class Scripts
{
    public static IReadOnlyList<string> Button { get; } =
        ["hi", "Large (11+)", "Over 6 months", "Payments or health", "Online shop", "Experienced"];

    public static IReadOnlyList<string> FreeText { get; } =
    [
        "hi",
        "We're 12 developers building an online shop that takes card payments, and we need it live in about 8 months",
        "Our team is experienced",
    ];

    public static IReadOnlyList<string> For(string path) => path switch
    {
        "button" => Button,
        "text" => FreeText,
        _ => throw new ArgumentException($"Unknown path '{path}': button or text (or give --turns)."),
    };
}
