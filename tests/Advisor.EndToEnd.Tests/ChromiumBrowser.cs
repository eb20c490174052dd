using Microsoft.Playwright;

namespace Advisor.EndToEnd.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright through an explicit executable path: a Playwright browser
/// download is neither possible nor wanted here. Missing Chromium skips the test with the install
/// command, except under <c>CI=true</c>, where it is a failure (.ci/run installs it).
/// </summary>
public static class ChromiumBrowser
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            const string message = "Chromium is missing at /usr/bin/chromium. Install Chromium: apt-get install -y chromium";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(message);
            }

            Assert.Skip(message);
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Args });
        return (playwright, browser);
    }
}
