using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Studio.Client;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.Services.AddStudioClient(new Uri(builder.HostEnvironment.BaseAddress));
await builder.Build().RunAsync();
