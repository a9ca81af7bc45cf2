using Studio.Contracts.Catalog;
using Studio.Contracts.Evaluation;
using Studio.Contracts.Scenarios;
using Studio.Engine.Catalog;
using Studio.Engine.Compute;
using Studio.Engine.Evaluation;
using Studio.Server.Comparison;
using Studio.Server.Evaluation;
using Studio.Server.Mapping;
using Studio.Server.Scenarios;
using Studio.Server.Templates;

namespace Studio.Server.Api;

/// <summary>The REST API under /api.</summary>
public static class StudioApi
{
    public static IEndpointRouteBuilder MapStudioApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireRateLimiting(ApiRateLimits.Policy);

        api.MapGet("/catalog", (CatalogDto catalog) => TypedResults.Ok(catalog))
            .WithName("GetCatalog")
            .Produces<CatalogDto>()
            .WithSummary("Every part with its figures, units, ranges and sources; the sites, models and precisions a scenario can name.");

        api.MapGet("/templates", (TemplateLibrary templates) => TypedResults.Ok(templates.List()))
            .WithName("ListTemplates")
            .Produces<IReadOnlyList<TemplateSummaryDto>>()
            .WithSummary("The reference designs that 'New from template' offers.");

        api.MapGet("/templates/{id}", (string id, TemplateLibrary templates) =>
                templates.Find(id) is { } template
                    ? Results.Bytes(template.Json, "application/json")
                    : InputProblems.NotFound($"No template has the id '{id}'. GET /api/templates lists them."))
            .WithName("GetTemplate")
            .Produces<ScenarioDocument>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One reference design as a scenario document.");

        api.MapPost("/evaluate", EvaluateAsync)
            .WithName("Evaluate")
            .WithSummary("Evaluates a scenario document: metrics with units, ranges and provenance, and design-rule findings.")
            .DocumentJsonBody<ScenarioDocument>("A scenario document (docs/scenario-format.md).")
            .Produces<EvaluationReportDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .DisableAntiforgery();

        api.MapPost("/compare", CompareAsync)
            .WithName("Compare")
            .WithSummary("Evaluates a design and a baseline (a template run on the design's site and workload, or a second scenario): both reports, each metric's difference and ratio, and an optional waterfall of one metric.")
            .Accepts<CompareRequestDto>("application/json")
            .Produces<ComparisonDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .DisableAntiforgery();

        api.MapGet("/health", (EvaluationCompute compute) => TypedResults.Ok(new HealthDto("ok",
                new AcceleratorDto(compute.Device.Kind, compute.Device.Name, compute.Device.Multiprocessors, compute.Device.MaxThreadsPerGroup, compute.Device.MemoryBytes))))
            .WithName("Health")
            .WithSummary("Liveness, and where the engine's sweeps run: Cuda, CPU (ILGPU's CPU accelerator) or ParallelLoops.");

        api.MapScenarioStoreApi();

        // Anything else under /api is a problem+json 404, never the studio's HTML page.
        api.Map("/{**path}", (HttpRequest request) => InputProblems.NotFound(
                $"No API endpoint answers {request.Method} {request.Path}. GET /openapi/v1.json lists every endpoint; the main ones are GET /api/catalog, GET /api/templates, POST /api/evaluate, POST /api/compare, GET and POST /api/scenarios and GET /api/links/{{linkId}}."))
            .ExcludeFromDescription();

        return app;
    }

    private static async Task<IResult> EvaluateAsync(
        HttpRequest request, ScenarioIntake intake, ScenarioEvaluator evaluator, EvaluationGate gate, CancellationToken cancellationToken)
    {
        var read = await intake.ReadAsync(request, cancellationToken);
        if (read.Accepted is not { } accepted)
        {
            return InputProblems.Rejected(read);
        }

        var work = EvaluationWork.Of(accepted.Scenario);
        if (!gate.WithinBudget(work))
        {
            return InputProblems.OverWorkBudget(work, gate.Options.MaxWorkUnits);
        }

        using var slot = await gate.EnterAsync(cancellationToken);
        return slot is null
            ? InputProblems.Busy(request.HttpContext.Response, gate.Options.RetryAfterSeconds)
            : TypedResults.Ok(evaluator.Evaluate(accepted.Scenario, cancellationToken).ToDto());
    }

    private static async Task<IResult> CompareAsync(
        HttpRequest request, ScenarioIntake intake, TemplateLibrary templates, ScenarioComparer comparer, EvaluationGate gate, CancellationToken cancellationToken)
    {
        var read = await CompareRequestReader.ReadAsync(request, intake, templates, cancellationToken);
        if (read.TooLarge)
        {
            return InputProblems.TooLarge(read.Errors);
        }

        if (read.Request is not { } compare)
        {
            return InputProblems.InvalidScenario(read.Errors);
        }

        // Both sides are evaluated, the baseline as aligned to the design (a template's rows scaled to its power).
        var work = EvaluationWork.Of(compare.Design).Plus(EvaluationWork.Of(compare.Baseline));
        if (!gate.WithinBudget(work))
        {
            return InputProblems.OverWorkBudget(work, gate.Options.MaxWorkUnits);
        }

        using var slot = await gate.EnterAsync(cancellationToken);
        if (slot is null)
        {
            return InputProblems.Busy(request.HttpContext.Response, gate.Options.RetryAfterSeconds);
        }

        var comparison = comparer.Compare(compare.Design, compare.Baseline, compare.ExplainMetricId, cancellationToken);
        return TypedResults.Ok(comparison.ToDto(compare));
    }

    /// <summary>The catalog never changes while the server runs: map it once.</summary>
    internal static CatalogDto CreateCatalogDto(PartCatalog catalog) => catalog.ToDto();
}
