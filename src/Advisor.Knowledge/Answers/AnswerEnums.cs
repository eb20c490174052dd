namespace Advisor.Knowledge;

/// <summary>The two frameworks the advisor chooses between.</summary>
public enum Framework { Django, Flask }

/// <summary>How big the project is; see <see cref="AnswerScales.SizeFromTeamSize"/>.</summary>
public enum ProjectSize { Small, Medium, Large }

/// <summary>Time to first release: under about a month, one to six months, more than six months.</summary>
public enum Timeline { Weeks, Months, LongTerm }

/// <summary>
/// Standard = internal tool or public content; Elevated = log-ins and personal data;
/// High = payments, health data, compliance.
/// </summary>
public enum SecurityNeeds { Standard, Elevated, High }

/// <summary>What is being built: the seed's use cases for either framework, or something else.</summary>
public enum UseCase
{
    Cms,
    ECommerce,
    SocialNetwork,
    NewsPublishing,
    ELearning,
    DataDashboard,
    Api,
    MlModelServing,
    InteractiveDashboard,
    StaticSite,
    Prototype,
    Other,
}

/// <summary>How experienced the team is with Python web development.</summary>
public enum TeamExperience { Beginner, Intermediate, Experienced, NotSure }

/// <summary>The questions the advisor can ask; each is also a scoring criterion.</summary>
public enum Question { Size, Timeline, Security, UseCase, Experience }
