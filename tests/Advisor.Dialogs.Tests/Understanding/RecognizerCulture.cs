using System.Runtime.CompilerServices;

namespace Advisor.Dialogs.Tests.Understanding;

/// <summary>
/// Recognizers.Text constructs CultureInfo("en-us"), which InvariantGlobalization refuses unless
/// predefined-cultures-only is off. Bot.Dialogs.Tests sets <c>PredefinedCulturesOnly</c> in its
/// csproj; until this project does too, the switch is set before any test runs.
/// </summary>
internal static class RecognizerCulture
{
    [ModuleInitializer]
    internal static void AllowCultureData() => AppContext.SetSwitch("System.Globalization.PredefinedCulturesOnly", false);
}
