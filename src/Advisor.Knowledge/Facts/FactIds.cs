namespace Advisor.Knowledge;

/// <summary>Stable fact ids, so evidence and notes refer to facts without string typos.</summary>
public static class FactIds
{
    public const string DjangoBatteriesIncluded = "django-batteries-included";
    public const string DjangoOrm = "django-orm";
    public const string DjangoMvt = "django-mvt";
    public const string DjangoAuthAdmin = "django-auth-admin";
    public const string DjangoSecurity = "django-security";
    public const string DjangoRapidDevelopment = "django-rapid-development";
    public const string DjangoScalability = "django-scalability";
    public const string DjangoMatureEcosystem = "django-mature-ecosystem";
    public const string DjangoBulky = "django-bulky-opinionated";
    public const string DjangoLearningCurve = "django-learning-curve";
    public const string DjangoEndpointOverhead = "django-endpoint-overhead";
    public const string DjangoNotForMicroservices = "django-not-for-microservices";

    public const string FlaskLightweight = "flask-lightweight";
    public const string FlaskModular = "flask-modular";
    public const string FlaskJinja2 = "flask-jinja2";
    public const string FlaskDevServer = "flask-dev-server";
    public const string FlaskRestfulDispatching = "flask-restful-dispatching";
    public const string FlaskSmallProjects = "flask-small-projects";
    public const string FlaskRapidPrototyping = "flask-rapid-prototyping";
    public const string FlaskSimpleToLearn = "flask-simple-to-learn";
    public const string FlaskManualEssentials = "flask-manual-essentials";
    public const string FlaskSecurityDependency = "flask-security-dependency";
    public const string FlaskInconsistentArchitecture = "flask-inconsistent-architecture";
    public const string FlaskLessTooling = "flask-less-large-project-tooling";

    public const string UseCaseCms = "use-django-cms";
    public const string UseCaseECommerce = "use-django-ecommerce";
    public const string UseCaseSocialNetwork = "use-django-social-network";
    public const string UseCaseNewsPublishing = "use-django-news-publishing";
    public const string UseCaseELearning = "use-django-elearning";
    public const string UseCaseDataDashboard = "use-django-data-dashboard";
    public const string UseCaseSmallProjects = "use-flask-small-projects";
    public const string UseCaseApi = "use-flask-api";
    public const string UseCasePrototype = "use-flask-prototype";
    public const string UseCaseMlModelServing = "use-flask-ml-model-serving";
    public const string UseCaseInteractiveDashboard = "use-flask-interactive-dashboard";
    public const string UseCaseStaticSite = "use-flask-static-site";
    public const string UseCaseBeginners = "use-flask-beginners";

    public const string ConclusionDjango = "conclusion-django";
    public const string ConclusionFlask = "conclusion-flask";
}
