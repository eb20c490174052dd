using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;

namespace Advisor.Dialogs.Tests.Understanding;

/// <summary>A message that starts with another project starts fresh; one that only mentions one does not (fifth-pass testers and review).</summary>
public sealed class AnotherProjectReadingTests
{
    private static readonly DateTimeOffset Reference = ProjectDescriptionReaderTests.Reference;

    [Theory]
    [InlineData("ok different project now: small api for internal metrics, 2 devs, 2 weeks", true)]
    [InlineData("new project: a shop, 3 devs", true)]
    [InlineData("start over, we're 5 devs building a CRM", true)]
    [InlineData("we did another project in Django last year, now 5 devs building a shop", false)]
    [InlineData("it's a new project, not a migration, 5 devs", false)]
    [InlineData("different project now", false)]
    [InlineData("Now a different project entirely: patient records for a clinic chain, 15 developers, 18 months", true)]
    [InlineData("Ok separate thing: another client needs a small internal dashboard, 2 devs", true)]
    [InlineData("actually forget that one, a journaling app, just me, 3 months", true)]
    [InlineData("restart: small api, 2 devs", true)]
    [InlineData("ok a new project, 3 devs", true)]
    [InlineData("The new project is an online shop, 3 devs", false)]
    [InlineData("my new project is a blog, 2 devs", false)]
    [InlineData("a new project management app for our 5 devs", false)]
    [InlineData("No, that's a different project. Forget the ML API. New project: a personal blog, just me", true)]
    public void Read_AnotherProjectAtTheStart_StartsFresh(string text, bool expected) =>
        Assert.Equal(expected, MessageReader.Read(text, Reference).StartsAnotherProject);
}
