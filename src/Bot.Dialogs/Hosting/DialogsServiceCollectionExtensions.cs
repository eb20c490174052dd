using Bot.Dialogs.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Dialogs;

/// <summary>Registers the dialog engine.</summary>
public static class DialogsServiceCollectionExtensions
{
    /// <summary>The dialog engine's services: the clock prompts resolve dates against, and the recognizer warm-up.</summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        return services.AddRecognizerWarmUp();
    }

    /// <summary>Warms the Recognizers.Text models once at start-up and logs how long it took.</summary>
    public static IServiceCollection AddRecognizerWarmUp(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, RecognizerWarmUpService>());
        return services;
    }
}
