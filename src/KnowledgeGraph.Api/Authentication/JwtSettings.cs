using System.Text;

namespace KnowledgeGraph.Api.Authentication;

/// <summary>
/// <c>Authentication:Jwt</c>: either a symmetric <see cref="SigningKey"/> (HMAC-SHA256; development and small
/// deployments, tokens minted by the <c>dev-token</c> command) or an OpenID Connect <see cref="Authority"/> whose
/// published keys sign the tokens. With neither, bearer tokens are refused.
/// </summary>
public sealed class JwtSettings
{
    public const int MinimumSigningKeyBytes = 32;
    public const string DefaultIssuer = "knowledgegraph";
    public const string DefaultAudience = "knowledgegraph";

    /// <summary>The HMAC key as text (its UTF-8 bytes are the key); at least 32 bytes. Set it through the environment or user secrets.</summary>
    public string? SigningKey { get; set; }

    /// <summary>The expected <c>iss</c>; with an authority, its metadata's issuer is used when this is empty.</summary>
    public string? Issuer { get; set; }

    /// <summary>The expected <c>aud</c>.</summary>
    public string? Audience { get; set; }

    /// <summary>An OpenID Connect provider (its discovery document and signing keys are fetched from it).</summary>
    public string? Authority { get; set; }

    /// <summary>Whether the authority's metadata must be fetched over HTTPS; turn off only for a local provider.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Tolerated clock difference between the token's issuer and this service.</summary>
    public int ClockSkewSeconds { get; set; } = 60;

    public bool HasSigningKey => !string.IsNullOrEmpty(SigningKey);

    public bool HasAuthority => !string.IsNullOrWhiteSpace(Authority);

    public bool IsConfigured => HasSigningKey || HasAuthority;

    /// <summary>The issuer tokens are checked against (and minted with) under a signing key.</summary>
    public string EffectiveIssuer => string.IsNullOrWhiteSpace(Issuer) ? DefaultIssuer : Issuer;

    public string EffectiveAudience => string.IsNullOrWhiteSpace(Audience) ? DefaultAudience : Audience;

    public byte[] SigningKeyBytes() => Encoding.UTF8.GetBytes(SigningKey ?? string.Empty);

    public IEnumerable<string> Validate(string section)
    {
        if (HasSigningKey && HasAuthority)
        {
            yield return $"{section}: set either SigningKey (tokens signed by this service's key) or Authority (an OpenID provider), not both.";
        }

        if (HasSigningKey && SigningKeyBytes().Length < MinimumSigningKeyBytes)
        {
            yield return $"{section}:SigningKey is {SigningKeyBytes().Length} bytes; HMAC-SHA256 needs at least {MinimumSigningKeyBytes} (generate one with: openssl rand -base64 48).";
        }

        if (HasAuthority)
        {
            if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || (authority.Scheme != Uri.UriSchemeHttps && authority.Scheme != Uri.UriSchemeHttp))
            {
                yield return $"{section}:Authority must be an absolute http(s) URL of an OpenID Connect provider.";
            }
            else if (RequireHttpsMetadata && authority.Scheme != Uri.UriSchemeHttps)
            {
                yield return $"{section}:Authority must use https unless {section}:RequireHttpsMetadata is false.";
            }

            if (string.IsNullOrWhiteSpace(Audience))
            {
                yield return $"{section}:Audience is required with {section}:Authority: tokens the provider issued for other applications must not be accepted.";
            }
        }

        if (ClockSkewSeconds is < 0 or > 600)
        {
            yield return $"{section}:ClockSkewSeconds must be between 0 and 600.";
        }
    }
}
