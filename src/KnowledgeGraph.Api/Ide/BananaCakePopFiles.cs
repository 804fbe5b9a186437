using Microsoft.Extensions.FileProviders;

namespace KnowledgeGraph.Api.Ide;

/// <summary>The Banana Cake Pop assets copied by the build from ClientApp into <c>wwwroot/bcp</c>.</summary>
public sealed class BananaCakePopFiles
{
    public BananaCakePopFiles(IWebHostEnvironment environment)
    {
        Root = Path.Combine(environment.WebRootPath ?? Path.Combine(environment.ContentRootPath, "wwwroot"), "bcp");
        if (!File.Exists(Path.Combine(Root, "index.html")))
        {
            Root = Path.Combine(AppContext.BaseDirectory, "wwwroot", "bcp");
        }

        Provider = Directory.Exists(Root) ? new PhysicalFileProvider(Root) : new NullFileProvider();
    }

    public string Root { get; }

    public IFileProvider Provider { get; }

    public bool IsAvailable => Provider.GetFileInfo("index.html").Exists;
}
