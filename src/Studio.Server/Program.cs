using Studio.Contracts.Scenarios;
using Studio.Engine;
using Studio.Engine.Compute;
using Studio.Server;
using Studio.Server.Api;
using Studio.Server.Components;
using Studio.Server.Store;

var builder = WebApplication.CreateBuilder(args);

// No endpoint reads more than a comparison's two scenarios, and each says so in its own words when a body is too
// large; Kestrel refuses anything past three scenarios' worth (3 MiB) before a handler sees it (413).
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 3L * ScenarioDocument.MaxBytes);

builder.Services.AddStudioEngine(device: builder.Configuration.GetValue("Compute:Device", ComputeDevice.Auto));
builder.Services.AddStudioApi();
builder.Services.AddScenarioStore();
builder.Services.AddApiRateLimits();
builder.Services.AddRazorComponents().AddInteractiveWebAssemblyComponents();

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    app.UseWebAssemblyDebugging();
}
else
{
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseStudioApiErrorHandling();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();
app.UseRateLimiter();

app.MapStaticAssets();
app.MapStudioApi();
app.MapOpenApi();
app.MapRazorComponents<App>()
    .AddInteractiveWebAssemblyRenderMode()
    .AddAdditionalAssemblies(typeof(Studio.Client.Routes).Assembly);

app.Lifetime.ApplicationStarted.Register(() => app.LogStudioAddresses());

app.Run();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
