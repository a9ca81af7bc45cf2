using System.Text.Json.Serialization;

namespace Studio.Contracts.Problems;

/// <summary>One thing wrong with a request body, and where: a JSON path such as <c>$.racks[0].parts[3].partId</c>.</summary>
public sealed record InputErrorDto(string Path, string Message);

/// <summary>The application/problem+json body of a rejected request, as the client reads it.</summary>
/// <remarks>Problem bodies carry more members (traceId, ...) than the client needs: those are skipped.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record ProblemDto(string? Type, string? Title, int? Status, string? Detail, IReadOnlyList<InputErrorDto>? Errors);
