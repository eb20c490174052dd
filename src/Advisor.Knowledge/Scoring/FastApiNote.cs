namespace Advisor.Knowledge;

/// <summary>
/// The "also consider FastAPI" note. The seed mentions FastAPI once, as faster than Django at
/// simple endpoints (<see cref="FactIds.DjangoEndpointOverhead"/>), so the note appears only for
/// projects made of simple endpoints: APIs and model serving.
/// </summary>
internal static class FastApiNote
{
    public static string? For(ProjectAnswers answers) => answers.UseCase is UseCase.Api or UseCase.MlModelServing
        ? $"Also consider FastAPI: you're building {KnowledgeBase.Label(answers.UseCase.Value)}, "
            + "and for simple endpoints like these Django is slower than Flask or FastAPI."
        : null;
}
