using Studio.Engine;
using Studio.Server;
using Studio.Server.Api;
using Studio.Server.Components;
using Studio.Server.Store;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddStudioEngine();
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
