using KnowledgeGraph.Configuration;
using KnowledgeGraph.GraphQL.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Authentication;

public static class AuthenticationRegistration
{
    /// <summary>
    /// The <c>Authentication</c> section (validated at start), the JWT bearer and API-key schemes behind one policy
    /// scheme that picks by header, and <see cref="OperationAccessOptions"/> for the schema's access rule.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphAuthentication(this IServiceCollection services)
    {
        services.AddSettings<AuthenticationSettings>(AuthenticationSettings.Section);
        services.AddSingleton<ApiKeyRegistry>();
        services.AddOptions<OperationAccessOptions>()
            .Configure<IOptions<AuthenticationSettings>>((access, settings) => access.PublicReads = settings.Value.PublicReads);

        services.AddAuthentication(CredentialSchemes.Default)
            .AddPolicyScheme(CredentialSchemes.Default, "Bearer token or API key", options =>
                options.ForwardDefaultSelector = context =>
                    CredentialSchemes.CarriesApiKey(context.Request) ? CredentialSchemes.ApiKey : CredentialSchemes.Bearer)
            .AddJwtBearer(CredentialSchemes.Bearer)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(CredentialSchemes.ApiKey, displayName: "API key", _ => { });
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, JwtBearerSetup>();
        return services;
    }
}
