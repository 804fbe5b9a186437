using GraphQL;
using GraphQL.Types;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>A tiny schema for transport tests: a greeting, a nesting field, a slow field, a field that waits at a <see cref="TestGates"/> gate and a mutation.</summary>
public sealed class TestSchema : Schema
{
    public TestSchema()
    {
        Query = new TestQueryType();
        Mutation = new TestMutationType();
    }

    private sealed class TestQueryType : ObjectGraphType
    {
        public TestQueryType()
        {
            Name = "Query";
            Field<StringGraphType>("hello").Resolve(_ => "world");
            Field<StringGraphType>("echo").Argument<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.GetArgument<string>("text"));
            Field<TestQueryType>("nested").Resolve(_ => new object());
            Field<StringGraphType>("slow").Argument<IntGraphType>("ms").ResolveAsync(async c =>
            {
                await Task.Delay(c.GetArgument<int>("ms"), c.CancellationToken);
                return "done";
            });
            Field<StringGraphType>("gate").Argument<NonNullGraphType<StringGraphType>>("name").ResolveAsync(async c =>
            {
                await TestGates.Get(c.GetArgument<string>("name")).PassAsync(c.CancellationToken);
                return "open";
            });
        }
    }

    private sealed class TestMutationType : ObjectGraphType
    {
        public TestMutationType()
        {
            Name = "Mutation";
            Field<StringGraphType>("shout").Argument<StringGraphType>("text").Resolve(c => c.GetArgument<string>("text")?.ToUpperInvariant());
        }
    }
}
