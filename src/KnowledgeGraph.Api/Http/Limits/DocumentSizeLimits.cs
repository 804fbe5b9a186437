using System.Text;
using GraphQLParser;
using GraphQLParser.Exceptions;

namespace KnowledgeGraph.Api.Http.Limits;

/// <summary>
/// Size limits checked on a document's text, without parsing it, and in the same pass over its tokens a fingerprint
/// (the tokens alone, without comments and white space), so that <c>{ a }</c> and <c>{a} # nonce</c> are one document
/// to the response cache.
/// </summary>
public static class DocumentSizeLimits
{
    /// <summary>
    /// Why <paramref name="document"/> is refused before parsing — longer than <c>MaxDocumentLength</c> or with more
    /// than <c>MaxTokens</c> tokens (counting stops just past it) — or null, and for a document within both its
    /// fingerprint.
    /// </summary>
    public static (string? Refusal, string Fingerprint) Check(string document, GraphQLLimitSettings settings)
    {
        if (document.Length > settings.MaxDocumentLength)
        {
            return ($"The document has {document.Length} characters; {GraphQLLimitSettings.Section}:MaxDocumentLength allows {settings.MaxDocumentLength}.", string.Empty);
        }

        var (tokens, fingerprint) = Lex(document, settings.MaxTokens);
        return tokens > settings.MaxTokens
            ? ($"The document has more than {settings.MaxTokens} tokens; {GraphQLLimitSettings.Section}:MaxTokens allows {settings.MaxTokens}.", string.Empty)
            : (null, fingerprint);
    }

    private static (int Tokens, string Fingerprint) Lex(string document, int maxTokens)
    {
        var normalised = new StringBuilder(document.Length);
        var source = new ROM(document.AsMemory());
        var count = 0;
        var position = 0;
        try
        {
            while (count <= maxTokens)
            {
                var token = Lexer.Lex(source, position);
                if (token.Kind == TokenKind.EOF)
                {
                    break;
                }

                position = token.End;
                if (token.Kind == TokenKind.COMMENT)
                {
                    continue;
                }

                count++;
                // The kind keeps a string apart from a name of the same letters; the separator keeps tokens apart.
                normalised.Append((char)('A' + (int)token.Kind)).Append(token.Value.Span).Append('\0');
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            // The executor reports the syntax error with its location; the rest of the text still tells documents apart.
            normalised.Append(document.AsSpan(Math.Min(position, document.Length)));
        }

        return (count, normalised.ToString());
    }
}
