namespace Advisor.Knowledge.Tests;

/// <summary>A plain clone has no seed beside it: the quote checks skip there, and fail only where the seed must be present.</summary>
public sealed class RepoPathsTests
{
    private static string Missing => Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "seed.txt");

    [Fact]
    public void LookForSeed_Missing_OutsideCi_SkipsSayingWhichSettingToSet()
    {
        var seed = RepoPaths.LookForSeed(Missing, required: false);

        Assert.Null(seed.Failure);
        Assert.Contains(RepoPaths.SeedPathVariable, seed.SkipReason, StringComparison.Ordinal);
    }

    [Fact]
    public void LookForSeed_Missing_UnderCi_Fails()
    {
        var seed = RepoPaths.LookForSeed(Missing, required: true);

        Assert.Null(seed.SkipReason);
        Assert.Contains("CI=true", seed.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void LookForSeed_Present_GivesItsText()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "Django ships with an admin.");

        var seed = RepoPaths.LookForSeed(path, required: true);
        File.Delete(path);

        Assert.Equal(("Django ships with an admin.", null, null), (seed.Text, seed.SkipReason, seed.Failure));
    }
}
