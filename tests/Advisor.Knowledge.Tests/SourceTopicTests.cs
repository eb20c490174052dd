namespace Advisor.Knowledge.Tests;

public sealed class SourceTopicTests
{
    public static TheoryData<SourceTopic> Topics() => [.. Enum.GetValues<SourceTopic>()];

    [Theory]
    [MemberData(nameof(Topics))]
    public void Answer_EveryTopic_StatesEachFactItRestsOn(SourceTopic topic)
    {
        var answer = SourceTopics.Answer(topic);

        Assert.NotEmpty(SourceTopics.FactsOf(topic));
        Assert.All(SourceTopics.FactsOf(topic), id => Assert.Contains(KnowledgeBase.Fact(id).Statement, answer, StringComparison.Ordinal));
        Assert.StartsWith("From the article:", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_Databases_NamesDjangosOrmDatabasesAndFlasksFreeChoice()
    {
        var answer = SourceTopics.Answer(SourceTopic.Databases);

        Assert.Contains("PostgreSQL", answer, StringComparison.Ordinal);
        Assert.Contains("leaves the choice of libraries to you", answer, StringComparison.Ordinal);
    }
}
