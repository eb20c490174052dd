namespace Architecture.Tests;

/// <summary>The rules themselves: a project nobody placed, a wrong arrow and a stray internals grant are all caught.</summary>
public sealed class ProjectRulesTests
{
    [Fact]
    public void AProjectWithNoRule_HasNoAllowedReferences()
    {
        Assert.Null(ProjectRules.AllowedReferences(new ProjectFile("src/Bot.Payments/Bot.Payments.csproj", "Bot.Payments", [], [])));
        Assert.Null(ProjectRules.AllowedReferences(new ProjectFile("tests/Bot.Payments.Tests/Bot.Payments.Tests.csproj", "Bot.Payments.Tests", [], [])));
    }

    [Fact]
    public void AStorageProject_FollowsTheFamilyRule_AndItsTestsTheConvention()
    {
        Assert.Equal(["Bot.Core"], ProjectRules.AllowedReferences(new ProjectFile("src/Bot.Storage.Sqlite/Bot.Storage.Sqlite.csproj", "Bot.Storage.Sqlite", [], []))!);
        Assert.Equal(["Bot.Storage.Sqlite", "Bot.Testing"], ProjectRules.AllowedReferences(new ProjectFile("tests/Bot.Storage.Sqlite.Tests/x.csproj", "Bot.Storage.Sqlite.Tests", [], []))!);
    }

    [Fact]
    public void InternalsVisibleTo_AllowsOwnTestsAndListedExceptionsOnly()
    {
        var core = new ProjectFile("src/Bot.Core/Bot.Core.csproj", "Bot.Core", [], []);
        var dialogs = new ProjectFile("src/Bot.Dialogs/Bot.Dialogs.csproj", "Bot.Dialogs", [], []);

        Assert.Equal(["Bot.Core.Tests", "Bot.DirectLine"], ProjectRules.AllowedInternalsVisibleTo(core));
        Assert.Equal(["Bot.Dialogs.Tests"], ProjectRules.AllowedInternalsVisibleTo(dialogs));
    }
}
