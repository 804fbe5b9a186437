using KnowledgeGraph.Configuration;

namespace KnowledgeGraph.Api.Http;

/// <summary>Section <c>Cors</c>: browser origins allowed to call <c>/graphql</c> from other sites.</summary>
public sealed class CorsSettings : ISettings
{
    public const string Section = "Cors";

    /// <summary><c>Cors:AllowedOrigins</c>: exact origins (e.g. <c>http://localhost:3000</c>); empty (default) allows none; <c>*</c> allows any.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    public IEnumerable<string> Validate(string section)
    {
        for (var i = 0; i < AllowedOrigins.Length; i++)
        {
            var origin = AllowedOrigins[i];
            if (origin != "*" && !Uri.TryCreate(origin, UriKind.Absolute, out _))
            {
                yield return $"{section}:AllowedOrigins:{i} must be an absolute origin such as http://localhost:3000 or * (was '{origin}').";
            }
        }
    }
}
