namespace Advisor.Knowledge;

/// <summary>
/// The "also consider FastAPI" note. The seed mentions FastAPI once, as faster than Django at
/// simple endpoints (<see cref="FactIds.DjangoEndpointOverhead"/>), so the note appears only for
/// projects made of simple endpoints (APIs and model serving), and only when Flask is the pick: beside
/// a Django verdict it would argue against the advice (issue 11). A two-sided call names FastAPI in its split.
/// </summary>
internal static class FastApiNote
{
    public static string? For(Verdict verdict) =>
        verdict.Winner == Framework.Flask && verdict.TwoSided is null && verdict.Answers.UseCase is UseCase.Api or UseCase.MlModelServing
            ? $"Also consider FastAPI: for simple endpoints like those of {KnowledgeBase.Label(verdict.Answers.UseCase.Value)}, "
                + "the article puts it beside Flask as faster than Django."
            : null;
}
