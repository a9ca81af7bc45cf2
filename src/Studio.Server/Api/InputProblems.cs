using System.Globalization;
using Studio.Server.Evaluation;
using Studio.Server.Scenarios;

namespace Studio.Server.Api;

/// <summary>application/problem+json responses that say what is wrong with a request and where.</summary>
internal static class InputProblems
{
    public const string InvalidScenarioType = "https://aifactory.studio/problems/invalid-scenario";
    public const string TooLargeType = "https://aifactory.studio/problems/too-large";
    public const string NotFoundType = "https://aifactory.studio/problems/not-found";
    public const string InvalidRequestType = "https://aifactory.studio/problems/invalid-request";
    public const string VersionConflictType = "https://aifactory.studio/problems/version-conflict";
    public const string TooManyRequestsType = "https://aifactory.studio/problems/too-many-requests";
    public const string OverWorkBudgetType = "https://aifactory.studio/problems/over-work-budget";
    public const string BusyType = "https://aifactory.studio/problems/busy";

    /// <summary>A scenario body that did not pass the intake: 413 when too large, 400 with every error otherwise.</summary>
    public static IResult Rejected(IntakeResult intake) =>
        intake.TooLarge ? TooLarge(intake.Errors) : InvalidScenario(intake.Errors);

    /// <summary>A request (not a scenario document) with something wrong at <paramref name="path"/>.</summary>
    public static IResult InvalidRequest(string path, string message) => TypedResults.Problem(
        title: "The request is not valid",
        detail: $"{path}: {message}",
        statusCode: StatusCodes.Status400BadRequest,
        type: InvalidRequestType,
        extensions: new Dictionary<string, object?> { ["errors"] = new[] { new InputError(path, message) } });

    /// <summary>A save based on a version that is no longer the latest: nothing was stored.</summary>
    public static IResult VersionConflict(int baseVersion, int latestVersion, string latestLinkId) => TypedResults.Problem(
        title: "The scenario was saved by someone else",
        detail: string.Create(CultureInfo.InvariantCulture,
            $"Your edits are based on version {baseVersion}, but version {latestVersion} has been saved since. Nothing was saved. " +
            $"Fork your edits into a new scenario, or reload version {latestVersion} (your edits would be discarded)."),
        statusCode: StatusCodes.Status409Conflict,
        type: VersionConflictType,
        extensions: new Dictionary<string, object?> { ["latestVersion"] = latestVersion, ["latestLinkId"] = latestLinkId });

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

    /// <summary>A valid request that asks for more work than one evaluation may do: 422, with what is large and the limit.</summary>
    public static IResult OverWorkBudget(EvaluationWork work, long limit)
    {
        var message = string.Create(CultureInfo.InvariantCulture,
            $"This request asks for {work.Units:N0} work units ({work.Describe()}); one evaluation may do at most {limit:N0} " +
            $"({EvaluationLimitOptions.Section}:MaxWorkUnits). Lay repeated racks out as factory rows of one design, or split the design into several scenarios.");
        return TypedResults.Problem(
            title: "The design is too large to evaluate in one request",
            detail: message,
            statusCode: StatusCodes.Status422UnprocessableEntity,
            type: OverWorkBudgetType,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = new[] { new InputError("$", message) },
                ["workUnits"] = work.Units,
                ["maxWorkUnits"] = limit,
            });
    }

    /// <summary>
    /// Every evaluation slot is taken and the queue is full (or the wait ran out): 503 with Retry-After, so a burst
    /// is told to come back instead of timing out behind itself.
    /// </summary>
    public static IResult Busy(HttpResponse response, int retryAfterSeconds)
    {
        var seconds = Math.Max(1, retryAfterSeconds);
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            title: "The server is busy evaluating",
            detail: string.Create(CultureInfo.InvariantCulture,
                $"Every evaluation slot is in use and the queue is full. Nothing went wrong with the request: send it again in {seconds} s."),
            statusCode: StatusCodes.Status503ServiceUnavailable,
            type: BusyType);
    }

    public static IResult NotFound(string what) => TypedResults.Problem(
        title: "Not found",
        detail: what,
        statusCode: StatusCodes.Status404NotFound,
        type: NotFoundType);
}
