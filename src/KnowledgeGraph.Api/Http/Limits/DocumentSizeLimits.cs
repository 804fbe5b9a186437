using GraphQLParser;
using GraphQLParser.Exceptions;

namespace KnowledgeGraph.Api.Http.Limits;

/// <summary>Size limits checked on a document's text, without parsing it.</summary>
public static class DocumentSizeLimits
{
    /// <summary>
    /// Why <paramref name="document"/> is refused before parsing — longer than <c>MaxDocumentLength</c> or with more
    /// than <c>MaxTokens</c> tokens — or null when it is within both; the same check for every transport.
    /// </summary>
    public static string? Refusal(string document, GraphQLLimitSettings settings)
    {
        if (document.Length > settings.MaxDocumentLength)
        {
            return $"The document has {document.Length} characters; {GraphQLLimitSettings.Section}:MaxDocumentLength allows {settings.MaxDocumentLength}.";
        }

        return CountTokens(document, settings.MaxTokens) > settings.MaxTokens
            ? $"The document has more than {settings.MaxTokens} tokens; {GraphQLLimitSettings.Section}:MaxTokens allows {settings.MaxTokens}."
            : null;
    }

    /// <summary>
    /// The number of lexical tokens, stopping as soon as <paramref name="maxTokens"/> is passed (then
    /// <paramref name="maxTokens"/> + 1); a lexing error stops the count.
    /// </summary>
    public static int CountTokens(string document, int maxTokens)
    {
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

                count++;
                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            // The executor reports the syntax error with its location.
        }

        return count;
    }
}
