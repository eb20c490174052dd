using Advisor.Knowledge;

namespace Advisor.Dialogs.Understanding;

/// <summary>The phrases for head counts and times: who is on the team, and when a length of time is the schedule.</summary>
internal static partial class Lexicon
{
    /// <summary>Words that make a weekday or "next year" in their clause a schedule ("launch on Friday"), not an aside ("donuts on Friday").</summary>
    public static IReadOnlySet<string> ScheduleWords { get; } = Set("launch", "launching", "release", "released", "releasing", "ship", "shipping", "due", "deadline", "ready", "live", "demo", "deliver", "delivered", "need", "needed", "needs", "by", "before", "until", "till", "finish", "finished", "done", "go", "mvp", "first", "version", "beta", "out");

    private static readonly string[] WeekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static IReadOnlySet<string> Weekdays { get; } = Set(WeekdayNames);

    /// <summary>Words that can carry a time in a sentence without a digit ("by March", "next spring", "end of the quarter").</summary>
    public static HashSet<string> TimeWords { get; } =
    [
        "day", "days", "week", "weeks", "weekend", "fortnight", "month", "months", "year", "years", "quarter", "sprint", "sprints", "tomorrow", "tonight",
        "asap", "deadline", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "spring", "summer", "autumn", "fall", "winter", "christmas", "easter",
    ];

    // Team size (TeamSizeReader): a number is a head count only next to a word for people.
    public static IReadOnlyList<string[]> PeopleWords { get; } = Phrases("person", "persons", "people", "developer", "developers", "dev", "devs", "engineer", "engineers", "programmer", "programmers", "coder", "coders", "team members", "of us", "man", "folks", "others", "other developers", "other devs", "strong", "ppl", "eng", "engs", "seniors", "juniors", "senior", "junior", "students", "friends", "cofounders", "co founders", "founders", "data scientists", "scientists", "contractors", "freelancers", "analysts", "interns", "retirees", "techies", "volunteers", "grads", "colleagues", "coworkers", "mates", "m8s", "buddies", "pals", "teammates", "team mates");

    // Team size: "a 5,000-person company", "our 40-person agency" is the organisation, not the team on the project.
    public static IReadOnlySet<string> Organisations { get; } = Set("company", "companies", "org", "organisation", "organization", "business", "firm", "agency", "enterprise", "corporation", "corp", "employer", "school", "university", "hospital", "department", "nonprofit", "charity", "consultancy", "bank", "retailer", "chain", "office", "community", "club", "association", "ngo", "government", "ministry", "council", "city");

    /// <summary>The company beside a count of its developers, the team when no other count is given (TeamSizeReader).</summary>
    public static IReadOnlySet<string> SmallOrganisations { get; } = Set("startup", "startups", "studio", "band");

    /// <summary>Who does the work: "but only I will code it" (TeamSizeReader).</summary>
    public static IReadOnlySet<string> WorkVerbs { get; } = Set("code", "coding", "build", "building", "develop", "developing", "program", "programming", "write", "writing", "work", "working", "do", "doing", "make", "making", "implement", "implementing");

    /// <summary>
    /// Growing the team: a head count after these in its clause is the team to come ("we plan to hire like 10 devs"),
    /// and so is a time ("will grow to 12 next year" is no release).
    /// </summary>
    public static IReadOnlySet<string> GrowthWords { get; } = Set("grow", "grows", "grew", "growing", "hire", "hiring", "recruit", "recruiting", "expand", "expanding", "add", "adding", "join", "joining", "onboard", "onboarding");

    // Team size: generic people words also count users ("500 people a day"), so they need a small number and no usage verb after.
    public static IReadOnlySet<string> GenericPeople { get; } = Set("people", "persons", "folks", "others");

    public static IReadOnlySet<string> UsageWords { get; } = Set("use", "uses", "using", "will", "would", "visit", "visiting", "access", "daily", "per", "a", "each", "every", "online", "concurrently", "simultaneously", "at");

    /// <summary>Words for people by seniority only: "two seniors and a junior" says who, not necessarily how many in all.</summary>
    public static IReadOnlySet<string> SeniorityWords { get; } = Set("senior", "seniors", "junior", "juniors", "mid", "mids");

    // Team size: words allowed between a number and its people word ("5 senior python developers").
    public static IReadOnlySet<string> PeopleModifiers { get; } = Set("phd", "grad", "graduate", "ml", "data", "qa", "stack", "devops", "mobile", "senior", "junior", "experienced", "full", "time", "fulltime", "part", "python", "backend", "back", "end", "frontend", "front", "web", "django", "flask", "other", "more", "in", "house", "software", "dedicated", "core", "of", "our", "good", "skilled", "remote", "or", "so");

    // Team size: phrases before a bare number that make it a head count ("a team of 5", "we are 12").
    public static IReadOnlyList<string[]> TeamContexts { get; } = Phrases("cohort of", "devs", "developers", "engineers", "dev team", "team", "team of", "startup of", "group of", "groups of", "teams of", "crew of", "squad of", "team size", "team size is", "team size of", "headcount", "headcount of", "headcount is", "we are", "we re", "there are", "there re", "there will be", "we ll be", "team is");

    // Team size: hedges between a context and its number ("a team of about 5").
    public static IReadOnlySet<string> Approximators { get; } = Set("about", "around", "roughly", "approximately", "approx", "maybe", "like", "only", "just", "some", "nearly", "almost");

    // Team size: a number after a team phrase is not a head count when a unit or a count of other things follows ("team of 3 weeks"? "we are 100k users").
    public static IReadOnlySet<string> NotHeadCountAfter { get; } = Set("week", "weeks", "month", "months", "year", "years", "day", "days", "hour", "hours", "sprint", "sprints", "semester", "semesters", "term", "terms", "quarter", "quarters", "k", "percent", "users", "customers", "visitors", "employees", "requests", "orders", "times", "x", "am", "pm", "minutes");

    // Team size: what may follow "we are 12" for it to still be a head count (not "we are 3 weeks late").
    public static IReadOnlySet<string> AfterHeadCount { get; } = Set(TextTokens.Boundary, "and", "but", "so", "with", "who", "working", "building", "making", "creating", "developing", "on", "in", "at", "for", "plus", "total", "now", "again", "currently", "right", "that", "which", "people", "devs", "developers", "engineers", "students", "all", "mostly", "knows", "know", "are", "is", "has", "have", "experienced", "senior", "junior", "seniors", "juniors", "students", "friends", "ppl", "eng", "go", "going", "use", "using", "pick", "choose", "work", "should", "need", "want", "doing", "build", "across", "split", "of");

    // Team size: "me and 2 others" counts the speaker too.
    public static IReadOnlyList<string[]> IncludingMe { get; } = Phrases("me and", "me plus", "myself and", "myself plus", "i and");

    // Numbers in words, for head counts ("five developers", "a dozen engineers", "twenty five devs").
    public static IReadOnlyDictionary<string, int> NumberWords { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100,
        ["dozen"] = 12, ["couple"] = 2, ["few"] = 3, ["pair"] = 2,
    };

    // Timeline (TimelineReader): a duration next to these is not the project's timeline ("5 years of experience",
    // "2-week sprints", "500 users a day").
    public static IReadOnlySet<string> NotTimelineAfter { get; } = Set("python", "django", "flask", "coding", "experience", "each", "sprint", "sprints", "iteration", "iterations", "cycles", "old", "ago");

    // Timeline: a duration after these in its clause is time already spent ("been using Flask for 3 years").
    public static IReadOnlySet<string> PastActivity { get; } = Set("been", "used", "worked", "had", "written", "wrote", "coded", "programmed", "known", "knew", "developed", "done", "built", "made", "shipped", "ran");

    /// <summary>Doing something, which is time already spent only beside "been"/"have": "we've been writing python for 5 years".</summary>
    public static IReadOnlySet<string> ActivityParticiples { get; } = Set("using", "doing", "working", "running", "writing", "coding", "programming", "developing", "shipping", "building");

    /// <summary>What years of experience are years of: "3 years of django", "Django people for 4 years".</summary>
    public static IReadOnlySet<string> ExperienceSubjects { get; } = Set("python", "django", "flask", "experience", "exp");

    public static IReadOnlySet<string> NotTimelineBefore { get; } = Set("every", "each", "per", "past", "last", "people", "users", "visitors", "customers", "requests", "orders", "times", "once", "twice");

    /// <summary>Words that keep a length of time the schedule at the experience question: "oh and the deadline is 6 months" (AnswerReader).</summary>
    public static IReadOnlySet<string> DeadlineWords { get; } = Set("deadline", "launch", "launching", "release", "ship", "due", "live", "ready", "left", "away", "got", "need", "needs", "until", "till", "timeline");

    // Timeline: a duration stated as a minimum ("over 6 months", "more than a month").
    public static IReadOnlyList<string[]> MinimumWords { get; } = Phrases("over", "more than", "longer than", "beyond", "at least", "upwards of");
}
