using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;

namespace Advisor.Dialogs.Tests.Understanding;

/// <summary>The reading rules of issue 10, one row each: what a message states, and the words the echo quotes.</summary>
public sealed class ReadingRulesTests
{
    private static readonly DateTimeOffset Reference = ProjectDescriptionReaderTests.Reference;

    public static TheoryData<string, Question, string, string> Rules { get; } = new()
    {
        // A description that asks the question itself keeps its facts.
        { "Django or Flask for an online shop with 5 devs and 8 months?", Question.Size, "Medium", "5 devs" },
        { "Flask or Django for a hackathon this weekend? 4 of us", Question.Timeline, "Weeks", "this weekend" },
        // Negation and scope.
        { "just sensor readings, no personal stuff", Question.Security, "Standard", "no personal stuff" },
        { "not a big team", Question.Size, "Small", "not a big team" },
        { "we don't handle any card data", Question.Security, "Standard", "don't handle any card data" },
        { "it's not a bank app", Question.Security, "Standard", "not a bank" },
        { "no personal stuff beyond emails", Question.Security, "Elevated", "emails" },
        { "the team is not experienced", Question.Experience, "Beginner", "not experienced" },
        // The team on the project, not the company or its users.
        { "Internal tool for our 5,000-person company. Two devs", Question.Size, "Small", "Two devs" },
        { "for 3,000 employees, team of 7", Question.Size, "Medium", "team of 7" },
        { "our agency (60 people) got a contract, 2 devs on it", Question.Size, "Small", "2 devs" },
        { "our company has 500 engineers but the project team is 4", Question.Size, "Medium", "team is 4" },
        { "we're a 200-person company but only 2 devs on this", Question.Size, "Small", "2 devs" },
        { "not a small team, about fourty devs", Question.Size, "Large", "fourty devs" },
        // Several facts in any order, after a head count too; ranges by their upper end; shorthand.
        { "6 devs, a year, payments", Question.Timeline, "LongTerm", "a year" },
        { "8 devs, about a year", Question.Timeline, "LongTerm", "a year" },
        { "3-4 devs", Question.Size, "Medium", "3-4 devs" },
        { "me + 2 friends", Question.Size, "Small", "2 friends" },
        { "got like 3 wks", Question.Timeline, "Weeks", "3 weeks" },
        { "hackathon 48 hours", Question.Timeline, "Weeks", "48 hours" },
        // One boundary per bucket: six months and "about 6 months" are both one to six months.
        { "6 months", Question.Timeline, "Months", "6 months" },
        { "about 6 months", Question.Timeline, "Months", "6 months" },
        // Time already spent is not the schedule.
        { "our team of 5 has been using Flask for three years, launch in 6 months", Question.Timeline, "Months", "in 6 months" },
        // A correction in the message replaces what came before it; the fewer who do the work are the team.
        { "It's 3 devs, no wait, 8 devs. Timeline 2 weeks, sorry I mean 2 months.", Question.Size, "Medium", "8 devs" },
        { "It's 3 devs, no wait, 8 devs. Timeline 2 weeks, sorry I mean 2 months.", Question.Timeline, "Months", "2 months" },
        { "We're a team of 20 but only 3 on this", Question.Size, "Small", "only 3 on this" },
        // A past habit is not the project; "will be used to" is not a past habit.
        { "we used to take payments but not anymore, now it's only public content", Question.Security, "Standard", "public content" },
        { "we handled payments but no longer do", Question.Security, "Standard", "handled payments" },
        { "the app will be used to take payments", Question.Security, "High", "payments" },
        // Second tester: the company is not the team; denials with "nothing"; "not beginners"; a bare corrected count.
        { "I run a small company of 8 people; I'm the only developer.", Question.Size, "Small", "only developer" },
        { "nothing medical", Question.Security, "Standard", "nothing medical" },
        { "we're not beginners", Question.Experience, "Intermediate", "not beginners" },
        { "Not a big team, we're 4 devs, sorry I mean 8. Building a news site", Question.Size, "Medium", "8" },
        { "I've never coded before", Question.Experience, "Beginner", "never coded" },
        { "im a student, doing a small blog for my class", Question.Experience, "Beginner", "im a student" },
        // A weekday is a schedule only beside a schedule word; a plan to grow is not the release.
        { "Someone brought donuts on Friday. e-learning platform, 15 devs, first release in 2 months.", Question.Timeline, "Months", "in 2 months" },
        { "launch on Friday", Question.Timeline, "Weeks", "Friday" },
        // Knowing Python is not knowing web development.
        { "I know python well but never built web stuff", Question.Experience, "Beginner", "never built web" },
        // "ok with python" rates the team in the middle, as "ok" does at the experience question.
        { "i'm ok with python", Question.Experience, "Intermediate", "ok with python" },
        // One slip of a key in a long experience word is still that word; a real word near it is not.
        { "we are experinced", Question.Experience, "Experienced", "experinced" },
        { "a team of beginers", Question.Experience, "Beginner", "beginers" },
        { "the team is not experienecd", Question.Experience, "Beginner", "not experienecd" },
        // A kind of project the model has no entry for is something else, in the user's words.
        { "booking system for a hair salon", Question.UseCase, "Other", "booking system" },
        { "we're a PHP shop building an inventory tracker", Question.UseCase, "Other", "inventory tracker" },
        { "a CRM for our sales team", Question.UseCase, "Other", "CRM" },
        { "a static marketing site", Question.UseCase, "StaticSite", "static marketing site" },
        // Words people use.
        { "we're kinda noobs", Question.Experience, "Beginner", "noobs" },
        { "It'll just be me", Question.Size, "Small", "just be me" },
        { "me n my 2 m8s", Question.Size, "Small", "2 m8s" },
        // Third tester (issue 16 session): "actually" corrects, a comma after the correction is not it,
        // two groups of people add up, "not sensitive" is a denial, paying at pickup is no online payment,
        // and salaries are personal data even behind a VPN.
        { "3 devs, actually 5", Question.Size, "Medium", "5" },
        { "5 devs, no wait, 3", Question.Size, "Small", "3" },
        { "mixed, 2 juniors and 2 seniors", Question.Size, "Medium", "2 juniors and 2 seniors" },
        { "2 frontend and 3 backend devs", Question.Size, "Medium", "2 frontend and 3 backend devs" },
        { "not sensitive at all", Question.Security, "Standard", "not sensitive" },
        { "online shop for a local bakery, no payments online (they pay on pickup)", Question.Security, "Standard", "pay on pickup" },
        { "it's an internal tool behind VPN, but it has employee salaries", Question.Security, "Elevated", "salaries" },
        // What was not said is not stated; the experience people describe in their own words.
        { "experienced, I never said I was a beginner", Question.Experience, "Experienced", "experienced" },
        { "I know python but not web stuff", Question.Experience, "Beginner", "but not web" },
        { "we've used flask a bit", Question.Experience, "Intermediate", "used flask a bit" },
        { "I've shipped several django apps", Question.Experience, "Experienced", "shipped several" },
        { "admin backoffice for ops team", Question.UseCase, "DataDashboard", "backoffice" },
        { "no hard deadline, it's a side project", Question.Timeline, "LongTerm", "no hard deadline" },
        { "one of us knows django, the other is new", Question.Experience, "Intermediate", "the other is new" },
        // A second tester: "sorry" and "more like" correct a count; student records are personal data.
        { "a team of 10, sorry, 2", Question.Size, "Small", "2" },
        { "we're not 10 people, more like 4", Question.Size, "Medium", "4" },
        { "student records and grades", Question.Security, "Elevated", "student records" },
        { "no, payments and invoicing are explicitly out of scope", Question.Security, "Standard", "payments" },
        { "user accounts not needed", Question.Security, "Standard", "user accounts" },
        { "juniors mostly, one senior", Question.Experience, "Beginner", "juniors" },
        { "10 of the 12 have never touched Python web stuff", Question.Experience, "Beginner", "never touched Python" },
        // A third tester: mixed teams, people new to the web, and knowing Flask "pretty well".
        { "mixed bag honestly - a couple know Django, the rest are new", Question.Experience, "Intermediate", "mixed bag" },
        { "I know Python really well but I've never done any web stuff", Question.Experience, "Beginner", "never done any web" },
        { "we're not web developers", Question.Experience, "Beginner", "not web developers" },
        { "We're mostly data people, not web devs", Question.Experience, "Beginner", "data people" },
        { "we know Flask pretty well actually", Question.Experience, "Experienced", "know Flask pretty well" },
        { "mostly seniors and one junior", Question.Experience, "Experienced", "seniors" },
        { "Small REST API for a mobile app, no payments, they pay in the shop.", Question.UseCase, "Api", "REST API" },
        // Testers of the fifth performance pass: the one who codes, a startup is the company, the count a change
        // comes to, and a team still to be hired is not the team.
        { "4 of us in the band but only I will code it", Question.Size, "Small", "only I" },
        { "We're a 12-person startup. We have two backend devs.", Question.Size, "Small", "two backend devs" },
        { "Solo for now but we plan to hire like 10 devs next year", Question.Size, "Small", "Solo" },
        { "update: 4 ppl got reassigned so we're 8 now", Question.Size, "Medium", "we're 8" },
        { "oh and 3 new hires joined last week so we're 11 again", Question.Size, "Large", "we're 11" },
        { "what if the team grows to 12 people?", Question.Size, "Large", "12 people" },
        { "24 students will work in groups of 3", Question.Size, "Small", "groups of 3" },
        // The review of those rules: ranges after a team phrase, counts a later number is not, a startup alone.
        { "a team of 3-4 devs", Question.Size, "Medium", "3-4 devs" },
        { "we're a team of 5 or 6 devs building a shop", Question.Size, "Medium", "5 or 6 devs" },
        { "team of 2 to 3 people", Question.Size, "Small", "2 to 3 people" },
        { "we're 3 devs making a tool for 20 people in HR", Question.Size, "Small", "3 devs" },
        { "we're a 2-person startup building a SaaS for dentists", Question.Size, "Small", "2-person" },
        { "small studio of 3 devs, building a site", Question.Size, "Small", "3 devs" },
        { "we need to scale it with 3 devs", Question.Size, "Small", "3 devs" },
        { "we are 5 developers but only I know Flask", Question.Size, "Medium", "5 developers" },
        { "what if I hire 5 devs?", Question.Size, "Medium", "5 devs" },
        // Fifth-pass testers: what the team builds, ahead of the kind of project around it.
        { "sorry correction - the storefront is shopify, we only build the backend api that syncs inventory", Question.UseCase, "Api", "api" },
        // Fifth-pass testers: a date restated as a length of time is read by the length.
        { "client wants it before black friday so ~2 months? its an online store", Question.Timeline, "Months", "2 months" },
        { "by March, that's about 3 months", Question.Timeline, "Months", "3 months" },
        // Fifth-pass testers: words for kinds of project, a quarter's end, and paying in person.
        { "recipe sharing site, users post recipes and comment", Question.UseCase, "SocialNetwork", "sharing site" },
        { "internal admin tool for ops", Question.UseCase, "DataDashboard", "internal admin" },
        { "a content platform for our members", Question.UseCase, "Cms", "content platform" },
        { "we need it by the end of the quarter", Question.Timeline, "Months", "end of the quarter" },
        { "deadline end of semester", Question.Timeline, "Months", "end of semester" },
        { "for now payment happens at the front desk in cash", Question.Security, "Standard", "payment happens at the front desk" },
        { "we only keep name and email", Question.Security, "Elevated", "name and email" },
        // A third tester of this pass: good news is no news site, card data handled elsewhere beside accounts
        // is personal data, and more ways to say new, middling, or a static site.
        { "Good news, we got funded! Now we need an API backend for our mobile fitness app. 4 devs, 5 months, users log in.", Question.UseCase, "Api", "API backend" },
        { "To be clear, no card data touches us. Adyen handles all of it. Customers do have accounts with order history though.", Question.Security, "Elevated", "have accounts" },
        { "the client will use a hosted Stripe checkout, so no card data touches us", Question.Security, "Standard", "hosted Stripe checkout" },
        { "we know Python well but have never touched a web framework", Question.Experience, "Beginner", "never touched a web framework" },
        { "We're not beginners but not experts either.", Question.Experience, "Intermediate", "not beginners but not experts" },
        { "a static documentation site for our library", Question.UseCase, "StaticSite", "static documentation site" },
        // A fourth tester on the final main: more years and months of experience, a correction with a reason, a
        // password, a provider that takes the payments, a denied kind beside another word for it, what is mainly
        // built, and the engineers among the staff.
        { "we've each got around 3 years of web dev in Python", Question.Experience, "Experienced", "years of web dev" },
        { "Team is 5, no wait, 4 since Marco is leaving", Question.Size, "Medium", "4" },
        { "we don't store addresses, just email + password", Question.Security, "Elevated", "password" },
        { "We don't handle card data ourselves, Stripe Checkout does all the payment stuff.", Question.Security, "Standard", "Stripe Checkout" },
        { "Card payments via our PSP", Question.Security, "High", "payments" },
        { "It's an API that serves analytics numbers to other services, not a dashboard.", Question.UseCase, "Api", "API" },
        { "wait, the main thing is the REST API for the mobile app, the dashboard is a tiny side thing", Question.UseCase, "Api", "REST API" },
        { "We're 25 people but 5 engineers.", Question.Size, "Medium", "5 engineers" },
        // Fifth-pass testers: people new to web development, in their own words.
        { "i did a python course on codecademy, never made a website", Question.Experience, "Beginner", "did a python course" },
        { "I know a bit of python basics but zero web stuff", Question.Experience, "Beginner", "zero web stuff" },
        { "we made a few discord bots in python but never websites", Question.Experience, "Beginner", "but never websites" },
        { "as i said never did flask or django, only html and css", Question.Experience, "Beginner", "never did flask or django" },
        { "I am knowing Python from scripts automation, web is new thing for me", Question.Experience, "Beginner", "web is new thing" },
        { "ive done some django tutorials", Question.Experience, "Beginner", "done some django tutorials" },
        // Fifth-pass testers: a need taken away ("drop SSO") or doubted and then denied.
        { "what if we drop SSO, just vpn", Question.Security, "Standard", "drop SSO" },
        { "no i mean we remove SSO entirely. no logins at all", Question.Security, "Standard", "remove SSO" },
        { "we'd get rid of the payments", Question.Security, "Standard", "get rid of the payments" },
        { "not sure yet if we need logins. probably not", Question.Security, "Standard", "need logins" },
        // Testers of the fifth performance pass: years spent with a language or framework are experience.
        { "pretty experienced, as I said 3 years of django", Question.Experience, "Experienced", "experienced" },
        { "5 years of python web dev", Question.Experience, "Experienced", "years of python" },
        { "we're both Django people for like 4 years, they want it in 3 sprints", Question.Timeline, "Months", "in 3 sprints" },
        { "We've done Django for 3 years and need this internal wiki live by March. Team of 2.", Question.Timeline, "Months", "by March" },
        { "10+ yrs Python each, mostly Flask", Question.Experience, "Experienced", "yrs Python" },
        { "we've been a Django shop since 2015", Question.Experience, "Experienced", "Django shop" },
        { "used django at my last job for ~2 yrs, need it in 3 weeks", Question.Timeline, "Weeks", "in 3 weeks" },
    };

    /// <summary>A kind of project denied in the message is not read from another of its words ("product catalogue").</summary>
    [Fact]
    public void Read_DeniedKind_IsNotReadFromAnotherWord() =>
        Assert.NotEqual("ECommerce", MessageReader.Read("it's not a shop, just a product catalogue with no checkout", Reference).Fact(Question.UseCase)?.Answer.Name ?? "none");

    [Theory]
    [MemberData(nameof(Rules))]
    public void Read_Rule_StatesTheFactWithItsWords(string text, Question question, string value, string words)
    {
        var fact = MessageReader.Read(text, Reference).Fact(question);

        Assert.NotNull(fact);
        Assert.Equal(value, fact.Answer.Name);
        Assert.Equal(words, fact.Words);
    }

    [Theory]
    [InlineData("we know Flask well", Framework.Flask)]
    [InlineData("shipped a couple of Django apps", Framework.Django)]
    [InlineData("I have 5 years of experience with Django", Framework.Django)]
    public void Read_Familiarity_IsRecorded(string text, Framework expected) =>
        Assert.Equal(expected, MessageReader.Read(text, Reference).Familiarity);

    [Theory]
    [InlineData("should we use Flask?")]
    [InlineData("never used Django")]
    [InlineData("django or flask?")]
    [InlineData("none of us have done django or flask")]
    [InlineData("I'd rather use Django honestly")]
    [InlineData("we're thinking of using Flask")]
    [InlineData("how does Instagram use Django?")]
    [InlineData("who uses Flask?")]
    public void Read_AskingOrDenying_IsNotFamiliarity(string text) =>
        Assert.Null(MessageReader.Read(text, Reference).Familiarity);

    /// <summary>One person named by seniority, or "one of us", is part of the team, not its size.</summary>
    [Theory]
    [InlineData("juniors mostly, one senior")]
    [InlineData("mostly seniors and one junior")]
    [InlineData("only one of us has done web stuff before")]
    public void Read_OnePersonBySeniority_IsNoTeamSize(string text) =>
        Assert.Null(MessageReader.Read(text, Reference).Fact(Question.Size));

    [Fact]
    public void Read_SeniorityHeadCount_IsAHint()
    {
        var size = MessageReader.Read("mostly experienced, a couple of juniors", Reference).Fact(Question.Size);

        Assert.NotNull(size);
        Assert.True(size.Hint);
    }

    [Fact]
    public void Read_TheRestOfTheTeam_IsNoRestApi() =>
        Assert.Null(MessageReader.Read("a couple know Django, the rest are new", Reference).Fact(Question.UseCase));

    /// <summary>The team to come is not the release: a tester's what-if "we'll be 20 devs next year" also changed the timeline.</summary>
    [Theory]
    [InlineData("we'll be 20 devs next year, does that change anything?")]
    [InlineData("what if the team grows to 15 next year?")]
    [InlineData("we will have 8 engineers by spring")]
    [InlineData("2 devs now but will grow to 12 next year")]
    public void Read_TimeOfAFutureTeam_IsNotTheTimeline(string text) =>
        Assert.Null(MessageReader.Read(text, Reference).Fact(Question.Timeline));

    [Theory]
    [InlineData("we come from Ruby on Rails")]
    [InlineData("Three of us, ex-Rails, all seniors")]
    [InlineData("we're migrating from PHP")]
    [InlineData("Most of the team knows Java")]
    [InlineData("can I use Django with a React frontend?")]
    [InlineData("does Django work with React on the frontend?")]
    public void Read_TechnologyTheTeamComesFrom_IsBackgroundNotAnOption(string text) =>
        Assert.Null(MessageReader.Read(text, Reference).OtherTechnology);

    [Theory]
    [InlineData("what about Pyramid?", "Pyramid")]
    [InlineData("or Node/Express?", "Node.js")]
    [InlineData("is FastAPI better?", "FastAPI")]
    public void Read_OtherTechnology_IsNamed(string text, string expected) =>
        Assert.Equal(expected, MessageReader.Read(text, Reference).OtherTechnology);

    [Theory]
    [InlineData("Wir brauchen eine Webseite für unseren Shop, welches Framework?", true)]
    [InlineData("Necesitamos una tienda online para nuestro proyecto", true)]
    [InlineData("we need a shop for our project", false)]
    [InlineData("Hilfe", true)]
    [InlineData("help", false)]
    public void Read_Language_IsTold(string text, bool notEnglish) =>
        Assert.Equal(notEnglish, MessageReader.Read(text, Reference).NotEnglish);

    // A fact in a sentence that asks may fill an open answer but never replaces one (AdvisorState.Merge).
    [Theory]
    [InlineData("is flask ok for a big team?", Question.Size, true)]
    [InlineData("is flask ok for a big team", Question.Size, true)]
    [InlineData("what about a small team?", Question.Size, true)]
    [InlineData("we're a big team. is flask ok?", Question.Size, false)]
    [InlineData("Can flask handle payments securely? building a shop, just the two of us", Question.Size, false)]
    [InlineData("Can flask handle payments securely? building a small shop with my cofounder", Question.Security, true)]
    public void Read_FactInAQuestion_IsAsked(string text, Question question, bool asked) =>
        Assert.Equal(asked, MessageReader.Read(text, Reference).Fact(question)!.Asked);

    [Theory]
    [InlineData("we had bad experiences with our last vendor")]
    [InlineData("experience with web apps: none yet")]
    [InlineData("the beginning of a long project")]
    [InlineData("nexperienced")] // one slip from both "experienced" and "inexperienced": which one is anyone's guess
    [InlineData("an inexperience problem")]
    public void Read_NearMissOfAnExperienceWord_IsNotTakenForIt(string text) =>
        Assert.Null(MessageReader.Read(text, Reference).Fact(Question.Experience));

    [Fact]
    public void Read_ButtonOfAnotherQuestion_IsNotAnAnswerToTheOpenOne()
    {
        var reading = MessageReader.Read("Medium (4–10)", Reference);

        Assert.Equal(Question.Size, reading.ButtonOf);
        Assert.Null(AnswerReader.Read(Question.Timeline, reading));
    }

    /// <summary>A button title typed or pressed where no question is open (the welcome) is that question's answer, like any fact.</summary>
    [Theory]
    [InlineData("Large (11+)", Question.Size, "Large")]
    [InlineData("Medium (4–10)", Question.Size, "Medium")]
    [InlineData("Over 6 months", Question.Timeline, "LongTerm")]
    [InlineData("Standard", Question.Security, "Standard")]
    public void Read_ButtonTitle_StatesItsAnswerInItsOwnWords(string title, Question question, string value)
    {
        var reading = MessageReader.Read(title, Reference);

        var fact = Assert.Single(reading.Facts);
        Assert.Equal(question, fact.Question);
        Assert.Equal(value, fact.Answer.Name);
        Assert.Equal(title, fact.Words);
    }

    [Fact]
    public void Read_HugeMessage_IsReadUpToTheBound()
    {
        var huge = string.Concat(Enumerable.Repeat("3 weeks and 2 months and ", 2_000));

        var reading = MessageReader.Read(huge, Reference);

        Assert.Equal(MessageReader.MaxChars, reading.Text.Length);
        Assert.True(reading.Truncated);
    }
}
