using Advisor.Knowledge;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// Every phrase the understanding layer knows, in one place. Phrases are written as people type
/// them and tokenized like messages (<see cref="TextTokens"/>), so "log-ins" also matches "log ins".
/// A fact phrase is a cue only as a whole-word sequence, and never when negated ("no payments").
/// </summary>
internal static class Lexicon
{
    /// <summary>Project facts by question and answer, read by <see cref="CueFinder"/>.</summary>
    public static IReadOnlyList<(Answer Answer, string[] Phrases)> Facts { get; } =
    [
        // Size words (SizeQuestion: 1-3 developers small, 4-10 medium, more large). Bare "small" or
        // "big" is too vague in a description ("a small business"), so they need a team/project noun.
        (ProjectSize.Small, ["small team", "small project", "small app", "small site", "small website", "small tool", "small api", "small service", "tiny team", "tiny project", "tiny app", "just me", "only me", "just be me", "only be me", "be just me", "solo", "by myself", "on my own", "alone", "side project", "hobby project", "single developer", "one man band", "small scale", "a couple of developers", "a couple of devs", "hobby", "size small", "size is small", "project is small", "team is small", "me and a contractor", "me and a cofounder", "me and a co founder", "me and my co-founder", "me and a friend", "me and my friend", "me and a colleague", "me and my colleague", "me and a coworker", "me and another dev", "me and another developer", "me and one other", "me and my cofounder", "me and my co founder", "me and co founder", "me and cofounder", "me and a freelancer", "me plus 1", "me plus one", "me and 1 other", "me and my partner", "my cofounder and i", "my co founder and i", "a friend and i", "my friend and i", "a colleague and i", "only dev", "the only dev", "only developer", "sole developer", "sole dev", "only backend dev", "only backend developer", "one person project", "one person", "only techie", "the only techie", "only coder", "only programmer", "the only engineer", "only engineer", "my cousin and i", "my brother and i", "my sister and i", "my partner and i", "my wife and i", "my husband and i"]),
        (ProjectSize.Medium, ["medium team", "medium project", "medium sized", "mid sized", "mid size", "medium size", "midsize", "a handful of devs", "a handful of developers", "a handful of engineers", "handful of people", "several developers", "several devs", "moderate size", "size medium", "size is medium", "project is medium"]),
        (ProjectSize.Large, ["large team", "large project", "large app", "large application", "large platform", "large codebase", "large scale", "big team", "big project", "big app", "big platform", "huge team", "huge project", "enterprise", "many developers", "lots of developers", "dozens of developers", "several teams", "multiple teams", "many teams", "size large", "size is large", "project is large", "project is big", "team is large", "team is big", "dozens of engineers", "dozens of devs", "hundreds of engineers", "hundreds of developers", "several squads", "multiple squads"]),

        // Timeline words (TimelineQuestion); durations and deadlines go through DurationRecognizer first.
        (Timeline.Weeks, ["asap", "as soon as possible", "urgent", "urgently", "quickly", "quick demo", "quick prototype", "quick mvp", "quick and dirty", "need it quick", "quick turnaround", "hackathon", "this weekend", "a weekend", "over the weekend", "next weekend", "tomorrow", "this week", "next week", "a few days", "few weeks", "couple of weeks", "this month", "right away", "tight deadline", "short deadline", "yesterday", "hack day"]),
        (Timeline.Months, ["a few months", "couple of months", "this quarter", "next quarter", "a quarter", "half a year", "several months", "one quarter", "a quarter or so", "next few months", "end of the quarter", "end of quarter", "end of the semester", "end of semester", "this semester", "next semester"]),
        (Timeline.LongTerm, ["long term", "longterm", "multi year", "multiyear", "ongoing", "for years", "many years", "years to come", "no deadline", "long lived", "long running", "year long", "indefinitely", "no real deadline", "no fixed deadline", "no hard date", "no date yet", "no fixed date", "no deadline yet", "no idea about deadline", "no hard deadline", "no hard deadlines"]),

        // Security by what the app handles (SecurityQuestion: payments/health/compliance high,
        // log-ins and personal data elevated, internal or public content standard). Bare "high"
        // or "medium" is not a security cue in a description. The highest level mentioned wins.
        (SecurityNeeds.High, ["payment", "payments", "pay", "credit card", "credit cards", "card details", "checkout", "billing", "banking", "bank", "financial", "finance", "fintech", "money transfers", "health", "healthcare", "medical", "patient", "patients", "hipaa", "pci", "pci dss", "soc 2", "soc2", "gdpr", "compliance", "compliant", "regulated", "regulatory", "sensitive data", "highly sensitive", "high security", "security is important", "security is critical", "security is crucial", "security is a priority", "security is a top priority", "security matters", "security critical", "strict security", "bank grade", "very secure", "highly secure", "stripe", "subscriptions", "payroll", "hospital", "clinic", "telehealth", "security high", "security is high", "security needs are high", "card data", "payment data", "card numbers", "credit card data", "invoices", "invoicing", "escrow", "telemedicine", "medical records", "health records", "patient data", "patient info", "insurance claims", "prescription", "prescriptions", "blood sugar", "diabetes", "pharmacy", "pharmacists", "medication", "medications", "loan", "loans"]),
        (SecurityNeeds.Elevated, ["log in", "log ins", "login", "logins", "sign in", "sign ins", "sign up", "signup", "user accounts", "accounts", "authentication", "auth", "oauth", "sso", "single sign on", "passwords", "personal data", "personal information", "personal details", "pii", "profiles", "user profiles", "customer data", "customer information", "user data", "emails", "email addresses", "registration", "members only", "medium security", "moderate security", "elevated security", "sign ups", "signups", "employee records", "employee data", "salary", "salaries", "salary data", "student records", "student data", "grades", "private messages", "private messaging", "direct messages", "security medium", "security is medium", "only staff names", "staff names", "employee names", "customer names", "phone numbers", "addresses", "customer addresses", "home addresses", "date of birth", "members area", "member area", "member logins", "personal stuff", "personal info", "anything personal", "user logins", "name and email", "names and emails", "name email", "names emails", "email address", "name and phone", "names and phone numbers", "phone number", "have accounts", "accounts with", "customer accounts", "order history", "collect names", "collect name"]),
        (SecurityNeeds.Standard, ["internal", "internal only", "internal tool", "intranet", "employees only", "only employees", "staff only", "only staff", "behind a vpn", "behind vpn", "behind the vpn", "public content", "public data", "open data", "no sensitive data", "nothing sensitive", "non sensitive", "not sensitive", "isn't sensitive", "aren't sensitive", "pay on pickup", "pay at pickup", "pay in person", "pay in store", "pay in the store", "pay in the shop", "pay in cash", "pay cash", "pay at the counter", "pay at the door", "pay offline", "just a prototype", "low security", "basic security", "standard security", "security is not a concern", "security isn't a concern", "security is not a big deal", "security low", "security is low", "nothing personal", "no real data", "no customer data", "no user data", "just public info", "public info", "aggregated numbers", "aggregated data", "only public data", "no personal data at all", "payment happens at the front desk", "payment at the front desk", "pay at the front desk", "payment in cash", "payments in cash", "cash payment", "cash payments", "pays in cash", "paid in cash", "cash only", "cash at the desk", "no card data touches us", "card data never touches us", "never touches our servers", "hosted checkout", "hosted stripe checkout", "stripe checkout", "we never see card numbers", "never see any card numbers"]),

        // Use cases the seed ties to a framework (UseCaseQuestion); ties go by UseCasePriority.
        (UseCase.Cms, ["cms", "content management", "blog platform", "blogging platform", "blog engine", "multi author blog", "wagtail", "content site", "wiki", "knowledge base", "content hub", "docs site", "documentation site", "content platform"]),
        (UseCase.ECommerce, ["shop", "online shop", "webshop", "online store", "web store", "a store", "an online store", "our store", "the store", "storefront", "e commerce", "ecommerce", "marketplace", "checkout", "shopping cart", "product catalog", "product catalogue", "sell", "selling", "sell online", "order online", "online ordering", "online orders", "bookshop", "bookstore", "shop site", "commerce", "headless commerce"]),
        (UseCase.SocialNetwork, ["social network", "social networking", "social media", "social platform", "social app", "community", "community site", "forum", "forums", "social feed", "twitter", "instagram", "facebook", "reddit", "users post", "users can post", "user generated content", "user generated", "sharing site", "sharing platform"]),
        (UseCase.NewsPublishing, ["news", "news site", "magazine", "newspaper", "publishing", "publisher", "editorial", "journalism"]),
        (UseCase.ELearning, ["e learning", "elearning", "lms", "learning management", "online courses", "online course", "online learning", "courses", "course platform", "mooc", "online school", "tutoring", "quiz", "quizzes", "quiz app", "classroom", "course site", "course thing", "e learning quiz", "online lessons", "lessons", "udemy", "coursera"]),
        (UseCase.DataDashboard, ["admin dashboard", "dashboard", "dashboards", "data dashboard", "reporting", "reports", "analytics", "bi", "business intelligence", "kpi", "kpis", "admin panel", "back office", "backoffice", "admin tool", "internal admin", "admin app", "admin panel for"]),
        (UseCase.Api, ["api", "apis", "rest api", "rest", "restful", "graphql", "json api", "microservice", "microservices", "micro service", "backend service", "mobile backend", "backend for a mobile app", "backend for our mobile app", "backend for the mobile app", "backend for an app", "webhooks", "backend for", "ios app backend", "app backend", "api backend", "into services", "split into services", "splitting a monolith", "webhook"]),
        (UseCase.MlModelServing, ["ml model", "ml models", "machine learning", "serve a model", "serve our model", "serve the model", "serve models", "serving a model", "model serving", "inference", "predictions", "ai model", "deep learning", "pytorch", "tensorflow", "scikit learn", "sklearn", "llm", "sentiment model", "trained model", "prediction model", "churn prediction", "gpt", "classifier", "image classifier", "recommendation engine", "my model", "our model", "ai models", "fraud model", "risk model", "scoring model", "bert", "finetuned", "fine tuned", "ml"]),
        (UseCase.InteractiveDashboard, ["dash", "plotly", "real time charts", "realtime charts", "real time dashboard", "realtime dashboard", "interactive dashboard", "interactive charts", "live charts", "data visualisation", "data visualization", "live chart", "live updating", "live updating charts", "visualize", "visualise", "real time analytics", "real time monitoring", "monitoring dashboard", "live graphs", "plotly graphs", "live data"]),
        (UseCase.StaticSite, ["static site", "static website", "static pages", "landing page", "portfolio", "brochure", "brochure site", "personal website", "personal site", "homepage", "one page site", "single page site", "gallery page", "gallery", "one pager", "static marketing site", "static marketing website", "static landing page", "static html", "static documentation site", "static docs site", "static documentation"]),
        (UseCase.Prototype, ["prototype", "prototyping", "mvp", "proof of concept", "poc", "hackathon", "demo", "hack day", "hack"]),

        // Team experience (ExperienceQuestion). "students" alone is read only as an answer.
        (TeamExperience.Beginner, ["beginner", "beginners", "new to python", "new to django", "new to flask", "new to web development", "junior team", "junior developers", "junior devs", "juniors", "first web app", "first web project", "first project", "first app", "we are students", "we're students", "student team", "team of students", "student project", "bootcamp", "novice", "novices", "inexperienced", "less experienced", "no experience", "little experience", "not much experience", "newbie", "newbies", "noob", "noobs", "n00bs", "newb", "newbs", "never used python", "learning python", "first flask app", "first django app", "first flask project", "first django project", "i am a student", "i'm a student", "little python", "know little", "students building", "first year", "uni project", "uni group project", "university project", "school project", "class project", "capstone", "never done python", "never done web", "never built a web app", "has ever used python", "ever used python", "zero python experience", "no python experience", "zero experience", "new to all this", "quite new", "i m new", "we re new", "first ever web app", "first real project", "first ever", "junior dev", "both junior", "i m a junior", "tutorial", "tutorials", "only did the tutorial", "a student here", "student here", "i m a student", "im a student", "my thesis", "thesis", "fresh grads", "fresh graduates", "grads", "interns", "first years", "bunch of students", "never did web", "never built web", "never built a web", "never made a web", "never built anything for the web", "not in web", "no web experience", "new to web", "not web frameworks", "no web frameworks", "not web stuff", "but not web", "never used a web framework", "never coded", "never programmed", "never touched python", "never touched web", "never touched django", "never touched flask", "never done any web", "not web developers", "not web devs", "not really web", "data people", "new to coding", "new to programming", "never deployed", "zero python", "never done python web", "has done python web", "no one has done", "none of us has", "never made a website", "never made websites", "never built a website", "never built websites", "never made a web app", "never done websites", "but never websites", "web never", "zero web", "zero web stuff", "zero web experience", "never did flask or django", "never done flask or django", "never used flask or django", "never did django or flask", "never done django or flask", "never used django or flask", "only html and css", "only html css", "web is new", "web is a new thing", "web is new thing", "web is all new", "did a python course", "took a python course", "done a python course", "did an online course", "took an online course", "done some django tutorials", "done some flask tutorials", "done some tutorials", "did some tutorials", "django tutorials", "flask tutorials", "just did the tutorial", "just the tutorial", "never touched a web framework", "no web framework experience"]),
        (TeamExperience.Intermediate, ["some experience", "intermediate", "a bit of experience", "moderate experience", "mixed experience", "mixed team", "comfortable with python", "ok with python", "okay with python", "ok at python", "okay at python", "decent at python", "decent with python", "familiar with python", "familiar with django", "familiar with flask", "used flask before", "used django before", "used python before", "a couple of flask apps", "a couple of django apps", "a few flask apps", "a few django apps", "a couple of flask projects", "a couple of django projects", "done some flask", "done some django", "mixed seniority", "mid level", "mid levels", "two mid", "mostly mid level", "mids", "some django exposure", "some flask exposure", "half of them juniors", "half juniors", "some juniors", "mix of juniors and seniors", "mix of seniors and juniors", "used flask a bit", "used django a bit", "the other is new", "the other one is new", "the others are new", "one of us is new", "one is new", "mix of levels", "mixed levels", "mixed skill levels", "mixed bag", "the rest are new", "the others are beginners", "not experts", "not expert", "not an expert", "no experts", "not beginners but not experts"]),
        (TeamExperience.Experienced, ["senior", "seniors", "senior team", "experienced", "know flask pretty well", "know django pretty well", "know python pretty well", "know flask really well", "know django really well", "shipped several", "several django apps", "several flask apps", "many django apps", "many flask apps", "very experienced", "veterans", "veteran", "seasoned", "expert", "experts", "we know django well", "know django well", "know flask well", "know python well", "knows django well", "knows flask well", "knows python well", "years of experience", "lots of experience", "a lot of experience", "years of python experience", "years of django experience", "years of flask experience", "years of professional experience", "inside out", "been using flask for", "been using django for", "been doing django", "been doing flask", "years of experience with", "knows it inside out", "used django for years", "used flask for years", "django for years", "flask for years", "with django for years", "with flask for years", "years of django", "years of flask", "years of python", "years of web development", "years of web dev", "years in django", "years in python", "years with django", "years with flask", "years with python", "years python", "yrs python", "yrs of python", "yrs of django", "yrs of flask", "years experience", "yrs experience", "yrs of experience", "django shop", "flask shop"]),
    ];

    /// <summary>When a description names several use cases, the most specific wins: the domain before the shape (API) and the stage (prototype).</summary>
    public static IReadOnlyList<UseCase> UseCasePriority { get; } =
    [
        UseCase.MlModelServing, UseCase.InteractiveDashboard, UseCase.ECommerce, UseCase.ELearning, UseCase.SocialNetwork,
        UseCase.NewsPublishing, UseCase.Cms, UseCase.DataDashboard, UseCase.Api, UseCase.StaticSite, UseCase.Prototype,
    ];

    /// <summary>The words of the bot's own answers: "whats the difference between medium and large" asks about them (MessageReader).</summary>
    public static IReadOnlySet<string> AnswerWords { get; } = Set("small", "medium", "large", "week", "weeks", "month", "months", "year", "years", "standard", "elevated", "high", "low", "personal", "beginner", "beginners", "intermediate", "experienced", "some", "sizes", "options", "answers", "buttons");

    // A fresh start said at the head of a message that describes the new project (MessageReader).
    public static IReadOnlyList<string[]> AnotherProject { get; } = Phrases("different project", "another project", "new project", "next project", "separate project", "separate thing", "different thing", "other project", "other idea", "totally different project", "completely different project");

    /// <summary>A fresh start said first: "start over: …", "restart, 2 devs …", "forget that one, …" (MessageReader).</summary>
    public static IReadOnlyList<string[]> Restarts { get; } = Phrases("start over", "start again", "starting over", "restart", "start fresh", "from scratch", "begin again", "forget that", "forget all that", "forget about that", "lets start over", "let s start over");

    /// <summary>Words that may come before a fresh start: "ok", "now", "actually" (MessageReader).</summary>
    public static IReadOnlySet<string> LeadFillers { get; } = Set("ok", "okay", "so", "now", "alright", "right", "well", "and", "also", "next", "actually", "then", "hey", "hmm", "um", "totally", "entirely", "completely", "cool", "great", "thanks");

    // Pushback at the result (ResultDialog): the user means to go with a framework, named in the same message.
    public static IReadOnlyList<string[]> Preferences { get; } = Phrases("prefer", "rather use", "rather go with", "rather have", "go with", "going with", "stick with", "sticking with", "stay with", "staying with", "still want", "we ll use", "we will use", "i ll use", "gonna use", "going to use", "decided on", "chose", "picked", "wants", "want", "would like", "leaning", "leaning towards", "lean towards", "can we make", "could we make");

    // Removal (CueFinder): a need right after one of these is taken away ("drop SSO", "remove the payments").
    public static IReadOnlySet<string> Removals { get; } = Set("drop", "dropping", "dropped", "remove", "removing", "removed", "ditch", "ditching", "ditched", "scrap", "scrapping", "scrapped");

    // Negation (CueFinder): a cue that follows one of these within its clause is denied, not stated.
    public static IReadOnlySet<string> Negators { get; } = Set("no", "not", "nobody", "noone", "without", "never", "non", "nor", "t", "dont", "doesnt", "wont", "isnt", "cant", "arent", "nothing", "neither");

    // Negation: "no payments or log-ins" denies both; a connector carries the denial to the next cue.
    public static IReadOnlySet<string> Connectors { get; } = Set("or", "and", "nor", "any", "also");

    // Negation stops at a contrast: "no payments but user accounts".
    public static IReadOnlySet<string> Contrasts { get; } = Set("but", "though", "although", "however", "except", "yet", "beyond", "besides", "apart");

    // Security phrases that only hint at an answer (FactReader): they are recorded when nothing plainer was said,
    // and never replace an answer the user gave plainly ("Personal data", then "an internal HR app").
    public static IReadOnlySet<string> Hints { get; } = Set("internal", "internal only", "internal tool", "intranet", "employees only", "only employees", "staff only", "only staff", "behind a vpn", "behind vpn", "behind the vpn", "accounts", "profiles", "emails", "members only", "subscriptions", "hospital", "clinic", "bank", "finance", "financial");

    // Familiarity (FamiliarityReader): words before a framework's name that say the team knows it ("we know Flask well").
    public static IReadOnlySet<string> KnowingWords { get; } = Set("know", "knows", "knew", "familiar", "used", "use", "using", "shipped", "built", "worked", "work", "comfortable", "fluent", "proficient", "experienced", "expert", "experts", "background", "maintain", "maintained", "maintaining", "written", "wrote", "writing", "done", "did", "doing", "been", "experience", "couple", "several", "running", "run");

    // Familiarity: "should we use Flask", "want to use Django": a wish, not knowledge.
    // "I'd rather use Django", "we're thinking of using Flask": a preference or a plan, not knowledge either.
    public static IReadOnlySet<string> WishWords { get; } = Set("should", "could", "would", "to", "or", "if", "shall", "might", "can", "will", "whether", "rather", "prefer", "prefers", "d", "ll", "plan", "planning", "thinking", "considering", "gonna", "wanna");

    // Use case: "an app to manage …": what the thing is for, when no kind of project is named.
    public static IReadOnlySet<string> PurposeVerbs { get; } = Set("manage", "track", "book", "schedule", "organise", "organize", "plan", "handle", "run", "record", "log", "collect", "approve", "submit", "request", "order", "monitor", "find", "match", "rent", "reserve", "compare", "calculate", "generate", "automate", "share", "sell", "replace");

    // Use case: "we're a PHP shop" is a team that uses PHP, not an online shop.
    public static IReadOnlySet<string> TechnologyShops { get; } = Set("django", "flask", "python", "php", "java", "rails", "ruby", "net", "dotnet", "node", "js", "javascript", "microsoft", "go", "golang", "laravel", "wordpress", "dev", "development", "software", "consulting", "agency", "design");

    // Use case: words before a project noun that say nothing about what it is ("a web app"), so no "something else" is read from them.
    public static IReadOnlySet<string> PlainModifiers { get; } = Set("a", "an", "the", "my", "our", "your", "this", "that", "new", "web", "mobile", "small", "simple", "internal", "python", "django", "flask", "first", "little", "big", "large", "whole", "real", "basic", "quick", "full", "ios", "android", "react", "side", "hobby", "personal", "own", "custom", "same", "next", "one", "another", "their", "its", "his", "her", "s", "it", "online", "multi", "tenant", "saas", "b2b", "b2c", "stack", "proper", "modern", "legacy", "existing", "production");

    // Familiarity: words after a framework's name that say the team knows it ("Django devs", "Flask experience").
    public static IReadOnlySet<string> KnowingNouns { get; } = Set("codebase", "bench", "veteran", "experience", "experienced", "expert", "experts", "background", "veterans", "devs", "developers", "people", "folks", "pros", "shop", "knowledge", "skills");

    // Answers: nouns that make a short text a kind of project ("inventory tracker", "booking system"), for "something else".
    // Use case: project nouns that name a kind of project on their own ("a chatbot", "a CRM"), with no word before them.
    public static IReadOnlySet<string> SelfDescribingProjects { get; } = Set("crm", "erp", "chatbot", "wiki", "helpdesk", "scraper", "game", "forum", "blog");

    public static IReadOnlySet<string> ProjectNouns { get; } = Set("app", "apps", "blog", "application", "tool", "tools", "portal", "system", "platform", "site", "website", "service", "tracker", "bot", "game", "form", "forms", "page", "pages", "dashboard", "crm", "erp", "intranet", "wiki", "calculator", "scheduler", "planner", "generator", "manager", "engine", "marketplace", "directory", "registry", "catalog", "catalogue", "helpdesk", "chat", "chatbot", "scraper", "automation", "workflow", "editor", "viewer", "monitor", "monitoring");

    // Scope (ScopeReader): asking the bot's own question without naming both frameworks.
    public static IReadOnlyList<string[]> WhichFramework { get; } = Phrases("which framework", "what framework", "which one should", "which should i", "which should we", "which is better", "which one is better", "help me choose", "help me pick", "help me decide", "which one do you recommend", "what do you recommend", "what would you recommend", "what should i use", "what should we use");

    // Scope: technologies the bot does not weigh, with how the reply names them.
    public static IReadOnlyList<(string[] Phrase, string Name)> OtherTechnologies { get; } =
    [
        .. Named("FastAPI", "fastapi", "fast api"), .. Named("Pyramid", "pyramid"), .. Named("Tornado", "tornado"), .. Named("Bottle", "bottle py", "bottlepy"),
        .. Named("Sanic", "sanic"), .. Named("Starlette", "starlette"), .. Named("Quart", "quart"), .. Named("Falcon", "falcon"), .. Named("web2py", "web2py"),
        .. Named("CherryPy", "cherrypy"), .. Named("Litestar", "litestar"), .. Named("Streamlit", "streamlit"),
        .. Named("Node.js", "node", "nodejs", "node js", "express", "expressjs", "nestjs", "nest js"), .. Named("Next.js", "nextjs", "next js"),
        .. Named("Ruby on Rails", "rails", "ruby on rails", "ruby"), .. Named("Laravel", "laravel"), .. Named("PHP", "php", "symfony"),
        .. Named("Spring", "spring boot", "springboot"), .. Named("Java", "java"), .. Named("ASP.NET", "asp net", "aspnet", "dotnet"),
        .. Named("Go", "golang", "gin"), .. Named("Phoenix", "phoenix", "elixir"), .. Named("Rust", "rust", "actix", "axum"),
        .. Named("React", "react"), .. Named("Vue", "vue", "vuejs"), .. Named("Angular", "angular"), .. Named("Svelte", "svelte", "sveltekit"),
    ];

    // Scope: "what if it handled payments?" previews instead of changing the answers.
    /// <summary>Projects with no web side (ScopeReader.IsNotWeb).</summary>
    public static IReadOnlyList<string[]> NotWeb { get; } = Phrases("command line tool", "command line app", "command line script", "cli tool", "cli app", "no web at all", "not a web app", "not a website", "nothing web", "desktop app", "desktop application", "terminal app");

    /// <summary>Just before another technology, words that make it the team's background rather than an option ("we come from Rails").</summary>
    public static IReadOnlyList<string[]> BackgroundBefore { get; } = Phrases("come from", "coming from", "came from", "ex", "former", "background in", "moving from", "moved from", "migrating from", "switching from", "used to use", "years of", "experience with", "experience in", "knows", "know", "knew", "good at");

    /// <summary>"no wait", "sorry, I mean": what follows replaces what came before it in the message.</summary>
    public static IReadOnlyList<string[]> Corrections { get; } = Phrases("no wait", "wait no", "i mean", "i meant", "scratch that", "correction", "make that", "or rather", "no sorry", "sorry no", "actually", "sorry", "more like");

    /// <summary>Words that make a weekday or "next year" in their clause a schedule ("launch on Friday"), not an aside ("donuts on Friday").</summary>
    public static IReadOnlySet<string> ScheduleWords { get; } = Set("launch", "launching", "release", "released", "releasing", "ship", "shipping", "due", "deadline", "ready", "live", "demo", "deliver", "delivered", "need", "needed", "needs", "by", "before", "until", "till", "finish", "finished", "done", "go", "mvp", "first", "version", "beta", "out");

    /// <summary>Words that make a time in their clause about the team's growth, not the schedule ("will grow to 12 next year").</summary>
    public static IReadOnlySet<string> GrowthWords { get; } = Set("grow", "grows", "grew", "growing", "hire", "hiring", "expand", "expanding", "scale", "double", "add", "adding", "join", "joining");

    private static readonly string[] WeekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static IReadOnlySet<string> Weekdays { get; } = Set(WeekdayNames);

    /// <summary>Words that can carry a time in a sentence without a digit ("by March", "next spring", "end of the quarter").</summary>
    public static HashSet<string> TimeWords { get; } =
    [
        "day", "days", "week", "weeks", "weekend", "fortnight", "month", "months", "year", "years", "quarter", "sprint", "sprints", "tomorrow", "tonight",
        "asap", "deadline", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "spring", "summer", "autumn", "fall", "winter", "christmas", "easter",
    ];

    public static IReadOnlyList<string[]> WhatIf { get; } = Phrases("what if", "what about if", "how about if", "suppose", "supposing", "imagine", "hypothetically", "what would you say if", "what would change if", "what happens if", "and if", "would it change if", "would that change if", "if it were", "if it was", "if we were", "if we had", "if it had", "if we needed", "if it needed", "if we add", "if we added");

    // Scope: "what are my answers?"
    public static IReadOnlyList<string[]> MyAnswers { get; } = Phrases("my answers", "what did i say", "what have i said", "what have i told you", "what did i tell you", "what do you know so far", "what do you have so far", "what you have so far", "what did you understand", "what have you got", "recap", "summary so far", "show my answers", "list my answers", "what are the answers", "answers so far");

    // Scope: common words of other languages, and of English, to tell them apart (ScopeReader.IsNotEnglish).
    public static IReadOnlySet<string> ForeignWords { get; } = Set(
        "ich", "wir", "und", "fur", "nicht", "ein", "eine", "einen", "mit", "das", "ist", "oder", "welches", "brauchen", "sollen", "unser", "unsere", "fuer", "entwickler", "wochen", "monate", "sollten", "nehmen",
        "el", "los", "las", "para", "con", "una", "que", "es", "y", "nosotros", "necesitamos", "somos", "tienda", "semanas", "meses", "cual", "usar", "desarrolladores", "proyecto",
        "le", "les", "pour", "avec", "une", "nous", "est", "et", "ou", "quel", "sommes", "semaines", "mois", "developpeurs", "projet", "faut", "devons", "choisir",
        "uma", "nos", "precisamos", "qual", "projeto", "il", "di", "siamo", "abbiamo", "progetto", "sviluppatori");

    // Scope: one-word requests in other languages ("Hilfe", "ayuda"), too short for the word count above.
    public static IReadOnlySet<string> ForeignRequests { get; } = Set("hilfe", "ayuda", "aide", "aiuto", "ajuda", "danke", "gracias", "merci", "grazie", "obrigado", "bitte", "weiter", "zuruck", "atras");

    public static IReadOnlySet<string> EnglishWords { get; } = Set("the", "a", "an", "we", "i", "and", "for", "with", "is", "are", "our", "it", "to", "of", "need", "should", "which", "what", "or", "in", "on", "my", "you", "be", "will", "team", "project", "devs", "developers", "weeks", "months");

    // Team size (TeamSizeReader): a number is a head count only next to a word for people.
    public static IReadOnlyList<string[]> PeopleWords { get; } = Phrases("person", "persons", "people", "developer", "developers", "dev", "devs", "engineer", "engineers", "programmer", "programmers", "coder", "coders", "team members", "of us", "man", "folks", "others", "other developers", "other devs", "strong", "ppl", "eng", "engs", "seniors", "juniors", "senior", "junior", "students", "friends", "cofounders", "co founders", "founders", "data scientists", "scientists", "contractors", "freelancers", "analysts", "interns", "retirees", "techies", "volunteers", "grads", "colleagues", "coworkers", "mates", "m8s", "buddies", "pals", "teammates", "team mates");

    // Team size: "a 5,000-person company", "our 40-person agency" is the organisation, not the team on the project.
    public static IReadOnlySet<string> Organisations { get; } = Set("company", "companies", "org", "organisation", "organization", "business", "firm", "agency", "enterprise", "corporation", "corp", "employer", "school", "university", "hospital", "department", "nonprofit", "charity", "consultancy", "bank", "retailer", "chain", "office", "community", "club", "association", "ngo", "government", "ministry", "council", "city");

    /// <summary>The company beside a count of its developers, the team when no other count is given (TeamSizeReader).</summary>
    public static IReadOnlySet<string> SmallOrganisations { get; } = Set("startup", "startups", "studio", "band");

    /// <summary>Who does the work: "but only I will code it" (TeamSizeReader).</summary>
    public static IReadOnlySet<string> WorkVerbs { get; } = Set("code", "coding", "build", "building", "develop", "developing", "program", "programming", "write", "writing", "work", "working", "do", "doing", "make", "making", "implement", "implementing");

    /// <summary>Growing the team: a head count after these in its clause is the team to come ("we plan to hire like 10 devs").</summary>
    public static IReadOnlySet<string> TeamGrowthWords { get; } = Set("grow", "grows", "grew", "growing", "hire", "hiring", "recruit", "recruiting", "expand", "expanding", "add", "adding", "join", "joining", "onboard", "onboarding");

    // Team size: generic people words also count users ("500 people a day"), so they need a small number and no usage verb after.
    public static IReadOnlySet<string> GenericPeople { get; } = Set("people", "persons", "folks", "others");

    public static IReadOnlySet<string> UsageWords { get; } = Set("use", "uses", "using", "will", "would", "visit", "visiting", "access", "daily", "per", "a", "each", "every", "online", "concurrently", "simultaneously", "at");

    // Team size: words allowed between a number and its people word ("5 senior python developers").
    /// <summary>Words for people by seniority only: "two seniors and a junior" says who, not necessarily how many in all.</summary>
    public static IReadOnlySet<string> SeniorityWords { get; } = Set("senior", "seniors", "junior", "juniors", "mid", "mids");

    public static IReadOnlySet<string> PeopleModifiers { get; } = Set("phd", "grad", "graduate", "ml", "data", "qa", "stack", "devops", "mobile", "senior", "junior", "experienced", "full", "time", "fulltime", "part", "python", "backend", "back", "end", "frontend", "front", "web", "django", "flask", "other", "more", "in", "house", "software", "dedicated", "core", "of", "our", "good", "skilled", "remote", "or", "so");

    // Team size: phrases before a bare number that make it a head count ("a team of 5", "we are 12").
    public static IReadOnlyList<string[]> TeamContexts { get; } = Phrases("cohort of", "devs", "developers", "engineers", "dev team", "team", "team of", "startup of", "group of", "groups of", "teams of", "crew of", "squad of", "team size", "team size is", "team size of", "headcount", "headcount of", "headcount is", "we are", "we re", "there are", "there re", "there will be", "we ll be", "team is");

    // Team size: hedges between a context and its number ("a team of about 5").
    public static IReadOnlySet<string> Approximators { get; } = Set("about", "around", "roughly", "approximately", "approx", "maybe", "like", "only", "just", "some", "nearly", "almost");

    // Team size: a number after a team phrase is not a head count when a unit or a count of other things follows ("team of 3 weeks"? "we are 100k users").
    public static IReadOnlySet<string> NotHeadCountAfter { get; } = Set("week", "weeks", "month", "months", "year", "years", "day", "days", "hour", "hours", "sprint", "sprints", "k", "percent", "users", "customers", "visitors", "employees", "requests", "orders", "times", "x", "am", "pm", "minutes");

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

    // Answers (AnswerReader): bare words that answer the question just asked, but say too little in a description.
    public static IReadOnlyList<(Answer Answer, string[] Phrases)> Answers { get; } =
    [
        (ProjectSize.Small, ["small", "tiny", "little", "just me", "me", "one", "a few"]),
        (ProjectSize.Medium, ["medium", "mid", "average", "moderate", "a handful", "several"]),
        (ProjectSize.Large, ["large", "big", "huge", "massive", "many", "lots"]),
        (Timeline.Weeks, ["weeks", "days", "soon", "short", "very soon", "a month", "one month"]),
        (Timeline.Months, ["months", "a few months", "medium", "a while"]),
        (Timeline.LongTerm, ["years", "long", "a long time"]),
        (SecurityNeeds.High, ["high", "very high", "critical", "strict", "maximum", "very important"]),
        (SecurityNeeds.Elevated, ["medium", "moderate", "some", "elevated", "average"]),
        (SecurityNeeds.Standard, ["low", "standard", "basic", "normal", "minimal", "not much", "none", "nothing", "public", "not important"]),
        (TeamExperience.Beginner, ["new", "students", "learning", "junior", "none", "not much", "low"]),
        (TeamExperience.Intermediate, ["some", "medium", "moderate", "mixed", "average", "ok", "okay", "decent"]),
        (TeamExperience.Experienced, ["high", "very", "a lot", "lots", "pros", "professionals", "advanced", "solid", "pretty solid", "very solid", "a decade", "decades", "a long time", "ages", "for ages", "years", "many years"]),
    ];

    // Changing an answer: ways to keep the one that was set aside.
    public static IReadOnlyList<string[]> KeepAnswer { get; } = Phrases("keep it", "keep my answers", "keep my answer", "keep it as it was", "keep the old one", "keep the original", "leave it", "leave it as it is", "leave it as it was", "no change", "don't change it", "dont change it", "same as before", "as before", "unchanged");

    // Answers: what an optional question (use case, experience) accepts as "I'd rather not say". Pace words
    // ("no rush") give no date either: at the timeline question they get the best-guess line (docs/understanding.md).
    public static IReadOnlyList<string[]> Unsure { get; } = Phrases("not sure", "unsure", "don't know", "dont know", "do not know", "dunno", "no idea", "no clue", "skip", "pass", "idk", "n/a", "not applicable", "doesn't matter", "does not matter", "whatever", "other", "something else", "none of these", "none of the above", "rather not say", "prefer not to say",
        "no rush", "no hurry", "not in a hurry", "not urgent", "isn't urgent", "not in a rush", "in no hurry", "no time pressure", "take our time", "take my time", "whenever it s done", "whenever it s ready", "whenever it s finished");

    /// <summary>
    /// Intents (IntentReader) in precedence order: the first group with a match wins, so asking
    /// about the question beats "why", and "let's go back" is Back, not "let's go". Whole-only
    /// phrases count when they are the entire message, give or take <see cref="IntentFillers"/>.
    /// </summary>
    public static IReadOnlyList<(Intent Intent, bool WholeOnly, string[] Phrases)> Intents { get; } =
    [
        (Intent.Help, false, ["why do you ask", "why are you asking", "why do you need", "why do you want to know", "why does it matter", "why does that matter", "why is that relevant", "why this question", "why that question", "what does that mean", "what does it mean", "what does this mean", "what that means", "what this means", "what do you mean", "don't understand", "do not understand", "dont understand", "don't get it", "i'm confused", "explain the question", "how does this work", "what can you do", "what counts as", "what do you mean by", "what does medium mean", "what does small mean", "what does large mean", "why do u need", "why do you need to know", "why does this matter"]),
        (Intent.Cancel, false, ["cancel", "stop", "quit", "bye", "goodbye", "good bye", "never mind", "nevermind", "forget it", "exit", "abort", "i'm done", "leave me alone"]),
        (Intent.StartOver, false, ["start over", "restart", "reset", "begin again", "start again", "new project", "from scratch", "start fresh", "another project", "different project", "clear my answers"]),
        (Intent.Back, false, ["go back", "previous question", "undo", "last question", "step back", "one step back"]),
        (Intent.Back, true, ["back", "oops"]),
        (Intent.WhatWouldChange, false, ["change your mind", "changes your mind", "make you change", "what would it take", "what would change the verdict", "what would change the recommendation", "what would change your recommendation", "flip the verdict", "flip the recommendation", "flip your verdict", "flip your recommendation", "tip the balance", "tip the scales", "tip it"]),
        (Intent.ChangeAnswer, false, ["change an answer", "change my answer", "change my answers", "change answer", "change answers", "change something", "change one", "edit answers", "edit my answers", "edit an answer", "update my answer", "correct my answer", "fix my answer", "i want to change", "i'd like to change", "modify my answers"]),
        (Intent.ChangeAnswer, true, ["change", "edit", "modify"]),
        (Intent.WhyNot, false, ["why not", "what about flask", "what about django", "how about flask", "how about django", "what about the other one", "the other one", "flask instead", "django instead", "why wasn't it", "why isn't it", "why didn't you pick", "why didn't you recommend", "why didn't you choose"]),
        (Intent.Compare, false, ["compare", "comparison", "side by side", "vs", "versus", "difference", "differences", "pros and cons", "how do they compare"]),
        (Intent.Why, false, ["why django", "why flask", "why that", "why this", "why is that", "why this one", "explain", "tell me more", "what are the reasons", "the reasons", "reasoning", "how come", "justify", "why did you", "why do you recommend", "why would", "more details"]),
        (Intent.Why, true, ["why", "reasons"]),
        (Intent.AskQuestions, false, ["ask me the questions", "ask me", "interview me", "let's go", "lets go", "ask away", "ask questions", "let's start", "lets start", "let's begin", "get started", "guide me", "i'm ready", "start the questions"]),
        (Intent.AskQuestions, true, ["start", "go", "begin", "ready", "go ahead", "shoot"]),
        (Intent.Help, false, ["help", "help me", "i need help"]),
        (Intent.Help, true, ["what", "huh", "options", "who are you", "what are you", "what do you do", "what is this", "what s this", "whats this", "are you a bot", "are you human", "are you a human", "who made you", "what is this bot", "who is this"]),
        (Intent.Thanks, false, ["thanks", "thank you", "cheers", "thx", "ty", "much appreciated"]),
        (Intent.Greeting, false, ["good morning", "good afternoon", "good evening"]),
        (Intent.Greeting, true, ["hi", "hello", "hey", "hi there", "hello there", "hey there", "howdy", "yo", "greetings", "hiya"]),
    ];

    // Intents: small words around a short command that do not change it ("ok, go back please").
    public static IReadOnlySet<string> IntentFillers { get; } = Set("please", "pls", "ok", "okay", "so", "um", "hmm", "oh", "ah", "well", "then", "now", "just", "bot", "and", "but", "oops", "sorry", "can", "you", "could", "i", "want", "to", "let", "s", "me", "the", "a", "again");

    // Timeline: a duration stated as a minimum ("over 6 months", "more than a month").
    public static IReadOnlyList<string[]> MinimumWords { get; } = Phrases("over", "more than", "longer than", "beyond", "at least", "upwards of");

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);

    private static string[][] Phrases(params string[] phrases) => [.. phrases.Select(TextTokens.Words)];

    private static IEnumerable<(string[] Phrase, string Name)> Named(string name, params string[] phrases) =>
        phrases.Select(p => (TextTokens.Words(p), name));
}
