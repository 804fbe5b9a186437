using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgeGraph.Api.Authentication;

/// <summary>Configures the JWT bearer scheme from <c>Authentication:Jwt</c>.</summary>
internal sealed class JwtBearerSetup(IOptions<AuthenticationSettings> settings) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name == CredentialSchemes.Bearer)
        {
            Configure(options);
        }
    }

    public void Configure(JwtBearerOptions options)
    {
        var jwt = settings.Value.Jwt;
        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = jwt.HasSigningKey || !string.IsNullOrWhiteSpace(jwt.Issuer),
            ValidIssuer = jwt.HasSigningKey ? jwt.EffectiveIssuer : jwt.Issuer,
            ValidateAudience = true,
            ValidAudience = jwt.EffectiveAudience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromSeconds(jwt.ClockSkewSeconds),
            NameClaimType = "name",
            RoleClaimType = ClaimTypes.Role,
        };

        if (jwt.HasSigningKey)
        {
            options.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(jwt.SigningKeyBytes());
            options.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        }
        else if (jwt.HasAuthority)
        {
            options.Authority = jwt.Authority;
            options.Audience = jwt.Audience;
            options.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
            // With no Issuer configured the provider's metadata names it; the handler fills it in when it is empty.
            options.TokenValidationParameters.ValidateIssuer = true;
        }

        options.Events = new JwtBearerEvents
        {
            OnMessageReceived = context =>
            {
                if (!jwt.IsConfigured && CredentialSchemes.CarriesBearerToken(context.Request))
                {
                    context.Fail($"Bearer tokens are not accepted: {AuthenticationSettings.Section}:Jwt has neither SigningKey nor Authority.");
                }

                return Task.CompletedTask;
            },
            OnTokenValidated = context =>
            {
                if (context.Principal?.Identity is ClaimsIdentity identity)
                {
                    RoleClaims.Normalize(identity);
                }

                return Task.CompletedTask;
            },
        };
    }
}
