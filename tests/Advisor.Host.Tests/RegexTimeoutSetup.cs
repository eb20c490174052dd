using System.Runtime.CompilerServices;
using Bot.Dialogs.Recognition;

namespace Advisor.Host.Tests;

/// <summary>
/// The app sets the process-wide regex time-out first thing (AdvisorApp.Create); in this test process
/// the test framework may make regexes before any host starts, so the same call runs at load.
/// </summary>
internal static class RegexTimeoutSetup
{
    [ModuleInitializer]
    internal static void Apply() => RecognitionLimits.ApplyProcessMatchTimeout();
}
