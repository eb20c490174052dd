using Xunit.Sdk;

namespace Advisor.Knowledge.Tests;

/// <summary>A plain clone has no seed beside it: the quote checks skip there, and fail only where the seed must be present.</summary>
public sealed class RepoPathsTests
{
    private static string Missing => Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "seed.txt");

    [Fact]
    public void ReadSeed_Missing_OutsideCi_SkipsSayingWhichSettingToSet()
    {
        var skip = Assert.ThrowsAny<Exception>(() => RepoPaths.ReadSeed(Missing, required: false));

        Assert.IsType<SkipException>(skip);
        Assert.Contains(RepoPaths.SeedPathVariable, skip.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadSeed_Missing_UnderCi_Fails()
    {
        var failure = Assert.ThrowsAny<Exception>(() => RepoPaths.ReadSeed(Missing, required: true));

        Assert.IsNotType<SkipException>(failure);
        Assert.Contains("CI=true", failure.Message, StringComparison.Ordinal);
    }
}
