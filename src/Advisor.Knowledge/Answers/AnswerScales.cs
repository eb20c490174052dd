namespace Advisor.Knowledge;

/// <summary>
/// The thresholds that turn a measured answer (a duration, a head count) into a scale value,
/// kept here so the dialog and the knowledge agree on what "a few weeks" or "large" means.
/// </summary>
public static class AnswerScales
{
    /// <summary>Up to this long (about a month) is <see cref="Timeline.Weeks"/>.</summary>
    public static readonly TimeSpan WeeksUpTo = TimeSpan.FromDays(31);

    /// <summary>Up to this long (about six months) is <see cref="Timeline.Months"/>; longer is <see cref="Timeline.LongTerm"/>.</summary>
    public static readonly TimeSpan MonthsUpTo = TimeSpan.FromDays(183);

    /// <summary>Teams of up to this many developers build a <see cref="ProjectSize.Small"/> project.</summary>
    public const int SmallTeamUpTo = 3;

    /// <summary>Teams of up to this many developers build a <see cref="ProjectSize.Medium"/> project; more is <see cref="ProjectSize.Large"/>.</summary>
    public const int MediumTeamUpTo = 10;

    /// <summary>Weeks up to ~1 month, Months up to ~6 months, LongTerm beyond.</summary>
    public static Timeline TimelineFromDuration(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        if (duration <= WeeksUpTo)
        {
            return Timeline.Weeks;
        }

        return duration <= MonthsUpTo ? Timeline.Months : Timeline.LongTerm;
    }

    /// <summary>1–3 developers Small, 4–10 Medium, 11 or more Large.</summary>
    public static ProjectSize SizeFromTeamSize(int developers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(developers, 1);
        if (developers <= SmallTeamUpTo)
        {
            return ProjectSize.Small;
        }

        return developers <= MediumTeamUpTo ? ProjectSize.Medium : ProjectSize.Large;
    }
}
