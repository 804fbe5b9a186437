namespace KnowledgeGraph.Api.Tests.Hostile;

/// <summary>Small documents that cost a naive server a great deal, each of about a kilobyte.</summary>
public static class HostileDocuments
{
    /// <summary>n fragments, each spreading the next twice: 2^n selections in a document of n lines.</summary>
    public static string FragmentBomb(int fragments) =>
        "query { ...F0 } "
        + string.Concat(Enumerable.Range(0, fragments).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} "))
        + $"fragment F{fragments} on Query {{ __typename }}";

    /// <summary>The same bomb in fragments no operation uses: validation still walks them.</summary>
    public static string UnusedFragmentBomb(int fragments) =>
        "query { __typename } "
        + string.Concat(Enumerable.Range(0, fragments).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} "))
        + $"fragment F{fragments} on Query {{ __typename }}";

    /// <summary><c>interfaces { possibleTypes { … } }</c> nested <paramref name="pairs"/> times under <c>__type(name: "Project")</c>.</summary>
    public static string NestedIntrospection(int pairs) =>
        "{ __type(name: \"Project\") { "
        + string.Concat(Enumerable.Repeat("interfaces { possibleTypes { ", pairs))
        + "name" + new string('}', 2 * pairs) + " } }";

    /// <summary>Selection sets nested <paramref name="levels"/> deep: <c>{ a { a { … } } }</c>.</summary>
    public static string DeepNesting(int levels) =>
        string.Concat(Enumerable.Repeat("{ a ", levels)) + new string('}', levels);

    /// <summary>A list value nested <paramref name="levels"/> deep in an argument.</summary>
    public static string DeepListArgument(int levels) =>
        "{ entity(key: " + new string('[', levels) + "\"x\"" + new string(']', levels) + ") { name } }";

    public static string GraphQLJsIntrospection { get; } =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Hostile", "graphql-js-introspection.graphql"));

    /// <summary>
    /// graphql-js 17's <c>getIntrospectionQuery</c> with every option on (descriptions, specifiedByUrl, directiveIsRepeatable,
    /// schemaDescription, inputValueDeprecation, oneOf), as current tools send it.
    /// </summary>
    public static string GraphQLJsIntrospectionWithAllOptions { get; } =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Hostile", "graphql-js-introspection-all-options.graphql"));
}
