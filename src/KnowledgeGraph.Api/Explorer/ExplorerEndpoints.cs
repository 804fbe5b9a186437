namespace KnowledgeGraph.Api.Explorer;

/// <summary>
/// The link explorer for journalists at <c>/explore</c>: its page and its bundled assets, nothing else. The page is a
/// client of the public <c>/graphql</c> and <c>/export</c> endpoints only, so it adds no way into the data.
/// </summary>
public static class ExplorerEndpoints
{
    public const string Path = "/explore";

    /// <summary>
    /// Everything the page loads comes from this origin (the bundle, its styles, the API); a drawing exported as PNG is a
    /// blob or data URL. Anything else the browser refuses, so a shared view cannot pull in another site's script. Inline
    /// styles are allowed because cytoscape writes a style element for its canvas container at run time.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddExplorer(this IServiceCollection services) => services.AddSingleton<ExplorerFiles>();

    public static IApplicationBuilder MapExplorer(this IApplicationBuilder app)
    {
        app.Map(Path, explore =>
        {
            var files = explore.ApplicationServices.GetRequiredService<ExplorerFiles>();
            explore.Use(async (context, next) =>
            {
                var isPage = !context.Request.Path.HasValue || context.Request.Path == "/";
                if (isPage && files.IsAvailable && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
                {
                    context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    context.Response.Headers.XContentTypeOptions = "nosniff";
                    await files.WriteIndexAsync(context, $"{context.Request.PathBase}/");
                    return;
                }

                await next(context);
            });
            explore.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files.Provider,
                OnPrepareResponse = asset => asset.Context.Response.Headers.XContentTypeOptions = "nosniff",
            });
            explore.Run(context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        });
        return app;
    }
}
