using Advisor.LoadBench;

/// <summary>
/// Runs inside the host when the benchmark starts it with <c>DOTNET_STARTUP_HOOKS</c> pointing at
/// this assembly (the runtime looks for this exact name, outside any namespace).
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        var path = Environment.GetEnvironmentVariable(AllocationProbe.SocketVariable);
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        new Thread(() => AllocationProbe.Serve(path)) { IsBackground = true, Name = "loadbench-probe" }.Start();
    }
}
