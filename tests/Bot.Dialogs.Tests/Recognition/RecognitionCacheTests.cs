using Bot.Dialogs.Recognition;

namespace Bot.Dialogs.Tests.Recognition;

public sealed class RecognitionCacheTests
{
    [Fact]
    public void GetOrAdd_SameKeyTwice_RecognizesOnce()
    {
        var cache = new RecognitionCache<string, int>(capacity: 8);
        var runs = 0;

        var first = cache.GetOrAdd("Online shop", _ => ++runs);
        var second = cache.GetOrAdd("Online shop", _ => ++runs);

        Assert.Equal(1, runs);
        Assert.Equal(first, second);
    }

    [Fact]
    public void GetOrAdd_ManyUniqueTexts_NeverHoldsMoreThanItsCapacity()
    {
        var cache = new RecognitionCache<int, int>(capacity: 8);

        for (var i = 0; i < 100; i++)
        {
            cache.GetOrAdd(i, key => key * 2);
            Assert.InRange(cache.Count, 1, 8);
        }

        Assert.Equal(198, cache.GetOrAdd(99, _ => -1));
    }
}
