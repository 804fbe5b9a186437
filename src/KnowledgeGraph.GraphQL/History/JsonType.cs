using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

using KnowledgeGraph.GraphQL.Schema;

namespace KnowledgeGraph.GraphQL.History;

/// <summary>
/// <c>JSON</c>: any JSON value, for output only. Used for states of the past, whose shape depends on the subject's kind
/// and whose fields must not resolve against today's graph as the live types' fields would.
/// </summary>
public sealed class JsonType : ScalarGraphType
{
    public JsonType()
    {
        Name = "JSON";
        Description = "Any JSON value (object, array, string, number, boolean). Output only.";
        this.ApplyDirective(SpecifiedByDirective.DirectiveName, "url", "https://www.rfc-editor.org/rfc/rfc8259");
    }

    public override object? Serialize(object? value) => value;

    public override object? ParseValue(object? value) =>
        throw new InvalidOperationException("JSON is an output type; it cannot be given as input.");

    public override object? ParseLiteral(GraphQLValue value) =>
        throw new InvalidOperationException("JSON is an output type; it cannot be given as input.");
}
