using System.Text;
using Microsoft.Extensions.FileProviders;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// A browser app the build copied or bundled from npm packages into <c>wwwroot/&lt;folder&gt;</c> (git-ignored):
/// looked for under the web root, then next to the executable, so it is served whatever the content root.
/// </summary>
public abstract class BuiltAssets
{
    private const string IndexFile = "index.html";

    protected BuiltAssets(IWebHostEnvironment environment, string folder)
    {
        Root = Path.Combine(environment.WebRootPath ?? Path.Combine(environment.ContentRootPath, "wwwroot"), folder);
        if (!File.Exists(Path.Combine(Root, IndexFile)))
        {
            Root = Path.Combine(AppContext.BaseDirectory, "wwwroot", folder);
        }

        Provider = Directory.Exists(Root) ? new PhysicalFileProvider(Root) : new NullFileProvider();
    }

    public string Root { get; }

    public IFileProvider Provider { get; }

    public bool IsAvailable => Provider.GetFileInfo(IndexFile).Exists;

    /// <summary>
    /// Writes the app's page with a <c>base</c> element, so its relative asset addresses resolve below
    /// <paramref name="baseHref"/> whether the page was asked for with a trailing slash or not.
    /// </summary>
    public async Task WriteIndexAsync(HttpContext context, string baseHref)
    {
        string html;
        await using (var stream = Provider.GetFileInfo(IndexFile).CreateReadStream())
        using (var reader = new StreamReader(stream, Encoding.UTF8))
        {
            html = await reader.ReadToEndAsync(context.RequestAborted);
        }

        var headIndex = html.IndexOf("<head>", StringComparison.OrdinalIgnoreCase);
        if (headIndex >= 0)
        {
            html = html.Insert(headIndex + "<head>".Length, $"<base href=\"{baseHref}\"/>");
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.WriteAsync(html, Encoding.UTF8, context.RequestAborted);
    }
}
