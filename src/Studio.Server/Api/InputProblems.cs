using Studio.Server.Scenarios;

namespace Studio.Server.Api;

/// <summary>application/problem+json responses that say what is wrong with a request and where.</summary>
internal static class InputProblems
{
    public const string InvalidScenarioType = "https://aifactory.studio/problems/invalid-scenario";
    public const string TooLargeType = "https://aifactory.studio/problems/too-large";
    public const string NotFoundType = "https://aifactory.studio/problems/not-found";

    public static IResult InvalidScenario(IReadOnlyList<InputError> errors) => TypedResults.Problem(
        title: "The scenario is not valid",
        detail: errors.Count == 1
            ? $"{errors[0].Path}: {errors[0].Message}"
            : $"{errors.Count} problems, listed in 'errors' with the JSON path of each.",
        statusCode: StatusCodes.Status400BadRequest,
        type: InvalidScenarioType,
        extensions: new Dictionary<string, object?> { ["errors"] = errors });

    public static IResult TooLarge(IReadOnlyList<InputError> errors) => TypedResults.Problem(
        title: "The request body is too large",
        detail: errors.FirstOrDefault()?.Message,
        statusCode: StatusCodes.Status413PayloadTooLarge,
        type: TooLargeType,
        extensions: new Dictionary<string, object?> { ["errors"] = errors });

    public static IResult NotFound(string what) => TypedResults.Problem(
        title: "Not found",
        detail: what,
        statusCode: StatusCodes.Status404NotFound,
        type: NotFoundType);
}
