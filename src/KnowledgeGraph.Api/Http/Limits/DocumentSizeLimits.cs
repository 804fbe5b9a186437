using GraphQLParser;
using GraphQLParser.Exceptions;

namespace KnowledgeGraph.Api.Http.Limits;

/// <summary>Counts lexical tokens of a document without parsing it, stopping as soon as a maximum is passed.</summary>
public static class DocumentSizeLimits
{
    /// <summary>The number of tokens, or <paramref name="maxTokens"/> + 1 when there are more; a lexing error stops the count.</summary>
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
