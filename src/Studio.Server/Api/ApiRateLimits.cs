using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Studio.Server.Api;

/// <summary>
/// The "RateLimits:Api" section: a token bucket per client IP address for every /api request. The defaults let one
/// client burst 600 requests and then sustain 100 a second: far above the studio's debounced evaluation (at most 4 a
/// second per tab) and the test suites, while one runaway script cannot starve everyone else.
/// </summary>
public sealed class ApiRateLimitOptions
{
    public const string Section = "RateLimits:Api";

    /// <summary>Requests a client may send at once (the bucket's size).</summary>
    public int BurstLimit { get; set; } = 600;

    /// <summary>Requests a client may sustain per second (tokens added each second).</summary>
    public int PermitsPerSecond { get; set; } = 100;
}

public static class ApiRateLimits
{
    public const string Policy = "api";

    public static IServiceCollection AddApiRateLimits(this IServiceCollection services)
    {
        services.AddOptions<ApiRateLimitOptions>().BindConfiguration(ApiRateLimitOptions.Section);
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, context =>
            {
                // No remote address means an in-process caller (the test host), not a network client.
                if (context.Connection.RemoteIpAddress is not { } address)
                {
                    return RateLimitPartition.GetNoLimiter("in-process");
                }

                var options = context.RequestServices.GetRequiredService<IOptions<ApiRateLimitOptions>>().Value;
                return RateLimitPartition.GetTokenBucketLimiter(address.ToString(), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, options.BurstLimit),
                    TokensPerPeriod = Math.Max(1, options.PermitsPerSecond),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = WriteTooManyRequestsAsync;
        });
        return services;
    }

    /// <summary>429 as problem+json, with Retry-After in whole seconds so a client knows when to come back.</summary>
    private static async ValueTask WriteTooManyRequestsAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var response = rejected.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problem = TypedResults.Problem(
            title: "Too many requests",
            detail: string.Create(CultureInfo.InvariantCulture,
                $"This client sent more requests than the server accepts from one address. Try again in {seconds} s."),
            statusCode: StatusCodes.Status429TooManyRequests,
            type: InputProblems.TooManyRequestsType);
        await problem.ExecuteAsync(rejected.HttpContext);
    }
}
