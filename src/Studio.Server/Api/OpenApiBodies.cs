using Microsoft.OpenApi;

namespace Studio.Server.Api;

/// <summary>
/// Documents a JSON request body that the handler reads itself (the scenario reader needs the raw bytes for its size
/// limit and JSON paths). <c>Accepts&lt;T&gt;</c> would document it too, but it also makes routing refuse a request without
/// <c>Content-Type: application/json</c>, and such a request should still get the reader's clear answer.
/// </summary>
internal static class OpenApiBodies
{
    public static RouteHandlerBuilder DocumentJsonBody<T>(this RouteHandlerBuilder builder, string description) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(T), null, cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            };
        });
}
