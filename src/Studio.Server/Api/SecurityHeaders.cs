using System.Security.Cryptography;

namespace Studio.Server.Api;

/// <summary>
/// Security headers on every response. The Content-Security-Policy is as tight as the studio allows: scripts only from
/// this origin, plus 'wasm-unsafe-eval' (the .NET WebAssembly runtime compiles its modules) and a per-request nonce for
/// the one inline script, Blazor's import map; inline style attributes stay allowed because MudBlazor and the diagram
/// canvas position elements with them; images may come from blob: URLs, which Plotly's PNG export draws through. No
/// framing, no plugins, and no Referer, so a link id never leaks to another site.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "studio.csp-nonce";

    /// <summary>The nonce the page's inline import map must carry (see App.razor).</summary>
    public static string CspNonce(this HttpContext context) =>
        context.Items[NonceKey] as string ?? throw new InvalidOperationException("UseSecurityHeaders must run before the page renders.");

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // `dotnet watch` talks to the page over a local WebSocket; only Development allows it.
        var connect = app.Environment.IsDevelopment() ? "'self' ws://localhost:* wss://localhost:*" : "'self'";
        app.Use((context, next) =>
        {
            // Hex, not base64: '+' and '/' would be HTML-encoded in the attribute and no longer read the same as in the header.
            var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy =
                "default-src 'self'; " +
                $"script-src 'self' 'wasm-unsafe-eval' 'nonce-{nonce}'; " +
                "style-src 'self' 'unsafe-inline'; " +
                "img-src 'self' data: blob:; " +
                "font-src 'self' data:; " +
                $"connect-src {connect}; " +
                "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
        return app;
    }
}
