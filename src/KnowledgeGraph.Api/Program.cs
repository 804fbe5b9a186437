using KnowledgeGraph.Api;
using KnowledgeGraph.Api.Cli;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunInConsoleAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddApplicationServices();

var app = builder.Build();
app.MapKnowledgeGraph();
app.Run();
return 0;

public partial class Program;
