using System.Text.Json.Serialization;
using Konbit.Data;
using Konbit.Seed;
using Konbit.Sources;
using Konbit.Accounts;
using Microsoft.AspNetCore.Builder;

namespace Konbit.Shared;

/// <summary>Options, pages, OpenAPI, health and the start-up tasks: what every feature relies on.</summary>
public static class Web
{
    public static WebApplicationBuilder AddKonbitHost(this WebApplicationBuilder builder)
    {
        // Default address, unless ASPNETCORE_URLS, --urls or the "urls" setting names another.
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls("http://127.0.0.1:5080");
        builder.Services.AddOptions<KonbitOptions>().Bind(builder.Configuration.GetSection(KonbitOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<Audit.Actor>();
        builder.Services.AddScoped<Users>();
        builder.Services.AddScoped<Seeder>();
        builder.Services.AddScoped<ConflictSettlement>();
        builder.Services.AddHostedService<StartupTasks>();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddRazorPages(o => o.RootDirectory = "/");
        // Pages are in Creole and French too: write their letters as they are ("sèlman", not "s&#xE8;lman"). Markup
        // characters (<, >, &, quotes) are still encoded.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks().AddDbContextCheck<KonbitDb>();
        return builder;
    }

    public static void MapKonbitWeb(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapRazorPages();
    }
}
