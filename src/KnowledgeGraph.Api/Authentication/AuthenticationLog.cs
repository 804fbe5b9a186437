namespace KnowledgeGraph.Api.Authentication;

internal static partial class AuthenticationLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Credentials refused ({Scheme}): {Reason}")]
    public static partial void CredentialsRefused(ILogger logger, string scheme, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Credentials could not be checked")]
    public static partial void CredentialsCheckFailed(ILogger logger, Exception exception);
}
