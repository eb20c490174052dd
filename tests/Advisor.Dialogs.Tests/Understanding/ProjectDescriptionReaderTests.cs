using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;
using static Advisor.Knowledge.ProjectSize;
using static Advisor.Knowledge.SecurityNeeds;
using static Advisor.Knowledge.TeamExperience;
using static Advisor.Knowledge.Timeline;
using static Advisor.Knowledge.UseCase;

namespace Advisor.Dialogs.Tests.Understanding;

public sealed class ProjectDescriptionReaderTests
{
    internal static readonly DateTimeOffset Reference = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(1));

    public static TheoryData<string, ProjectSize?, Timeline?, SecurityNeeds?, UseCase?, TeamExperience?> Descriptions { get; } = new()
    {
        { "a 3-person REST API for our ML model, due in 3 weeks, internal only", Small, Weeks, Standard, MlModelServing, null },
        { "hello there", null, null, null, null, null },
        { "We're a team of 5 building an online shop with credit card payments, launch in 4 months", Medium, Months, High, ECommerce, null },
        { "Just me, a side project blog, no deadline", Small, LongTerm, null, Other, null }, // a blog is not a custom CMS (issue 11)
        { "a multi-author blogging platform for our writers", null, null, null, Cms, null }, // unless it is one
        { "I'm a beginner, a personal blog, no rush", null, null, null, Other, Beginner }, // "no rush" gives no date (docs/understanding.md)
        { "about 20 engineers, multi-year platform for patients' medical records", Large, LongTerm, High, null, null },
        { "two of us, need an MVP by March 1st, users log in with Google", Small, Months, Elevated, Prototype, null },
        { "Five senior developers, an internal reporting dashboard, 6 months", Medium, Months, Standard, DataDashboard, Experienced },
        { "we are 12 and we need a social network for our alumni in two sprints", Large, Weeks, null, SocialNetwork, null },
        { "Landing page for a café 🎉 asap!!", null, Weeks, null, StaticSite, null },
        { "an e-learning platform with courses, quizzes and user accounts; year-long project", null, LongTerm, Elevated, ELearning, null },
        { "3 weeks, 100 users, v2 of our API", null, Weeks, null, Api, null },
        { "It has to handle 10,000 requests per second", null, null, null, null, null },
        { "100k users, big team, GDPR compliance", Large, null, High, null, null },
        { "no payments, no personal data, just public content", null, null, Standard, null, null },
        { "No login needed; it's a static site", null, null, Standard, StaticSite, null },
        { "this is not a prototype, it's a long-term CMS for a newspaper", null, LongTerm, null, NewsPublishing, null },
        { "not a prototype", null, null, null, null, null },
        { "internal tool that takes payments", null, null, High, Other, null },
        { "user profiles and billing", null, null, High, null, null },
        { "a Dash app with real-time charts for the ops team", null, null, null, InteractiveDashboard, null },
        { "We're beginners, new to Python; it's our first web app", null, null, null, null, Beginner },
        { "a junior team with some experience in Flask", null, null, null, null, Intermediate },
        { "seasoned Django veterans building a magazine", null, null, null, NewsPublishing, Experienced },
        { "juniors and seniors mixed, about 8 devs", Medium, null, null, null, Intermediate },
        { "We're 12 developers building an online shop with payments, launch in 9 months, team knows Python well", Large, LongTerm, High, ECommerce, Experienced },
        { "a small team familiar with Flask, prototype in a month", Small, Weeks, null, Prototype, Intermediate },
        { "it's for employees only, behind a VPN", null, null, Standard, null, null },
        { "we've done a couple of Flask apps before", null, null, null, null, Intermediate },
        { "half a dozen devs, building an API", Medium, null, null, Api, null },
        { "team of 5 all experienced", Medium, null, null, null, Experienced },
        { "Our team of 5 knows Flask well", Medium, null, null, null, Experienced },
        { "we're newbies", null, null, null, null, Beginner },
        { "internal API, launch by end of year", null, Months, Standard, Api, null }, // 36 days from the reference: over the 31-day "few weeks"
        { "launch by end of Q4", null, Months, null, null, null },
        { "we have 5 years of experience with Django and need it in 6 weeks", null, Months, null, null, Experienced },
        { "A marketplace for handmade goods, enterprise scale, end of next quarter", Large, Months, null, ECommerce, null },
        { "solo hackathon project this weekend", Small, Weeks, null, Prototype, null },
        { "a handful of devs, HIPAA-regulated telehealth backend for a mobile app", Medium, null, High, Api, null },
        { "A forum for 500 people a day, 2 developers", Small, null, null, SocialNetwork, null },
        { "serve a model for inference behind a microservice, 24/7 uptime", null, null, null, MlModelServing, null },
        { "version 2 of the site ships on 12/15", null, Weeks, null, null, null },
        { "Company website, brochure only, nothing sensitive, next week", null, Weeks, Standard, StaticSite, null },
        { "me and 2 other developers, a proof of concept", Small, null, null, Prototype, null },
        { "a small team, medium security", Small, null, Elevated, null, null },
        { "high availability, medium traffic", null, null, null, null, null },
        { "We don't store credit cards or personal data, but people sign in", null, null, Elevated, null, null },
        { "an ongoing analytics platform, ~15 person team", Large, LongTerm, null, DataDashboard, null },
        { "pages must load in 2 seconds", null, null, null, null, null },
        { "we work in 2-week sprints, launch in 3 months", null, Months, null, null, null },
        { "A CMS\nfor 40 editors\nsecurity is important", null, null, High, Cms, null },
        { "ÉCOMMERCE store with CHECKOUT, ASAP!", null, Weeks, High, ECommerce, null },
        { "we are 3 weeks from launch", null, Weeks, null, null, null },
        { "a team of about 6 students building a course platform", Medium, null, null, ELearning, Beginner },
        { "twenty five developers on a large enterprise app", Large, null, null, null, null },
        { "We're a startup of 4 building a SaaS with Stripe subscriptions", Medium, null, High, null, null },
        { "A blog for my photography, maybe 2 posts a week", null, null, null, Other, null },
        { "team of 30 with 10 years of Python experience", Large, null, null, null, Experienced },
        { "project size: large. Timeline: 2 months. Security: high.", Large, Months, High, null, null },
        { "Build a community forum with private messaging and sign-ups", null, null, Elevated, SocialNetwork, null },
        { "we are not beginners", null, null, null, null, Intermediate },
        { "enterprise HR system with employee records, 18 month roadmap", Large, LongTerm, Elevated, Other, null },
        { "", null, null, null, null, null },
        { "   ", null, null, null, null, null },
    };

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Read_Description_ReturnsStatedFacts(
        string text, ProjectSize? size, Timeline? timeline, SecurityNeeds? security, UseCase? useCase, TeamExperience? experience)
    {
        var answers = ProjectDescriptionReader.Read(text, Reference);

        Assert.Equal(new ProjectAnswers(size, timeline, security, useCase, experience), answers);
    }

    [Fact]
    public void Read_Null_ReturnsNone()
    {
        Assert.Equal(ProjectAnswers.None, ProjectDescriptionReader.Read(null, Reference));
    }

    [Fact]
    public void Read_LongPunctuationRun_ReturnsQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("no payments?!! ... ", 400));

        var answers = ProjectDescriptionReader.Read(text, Reference);

        Assert.Equal(Standard, answers.Security);
    }
}
