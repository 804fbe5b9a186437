using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Benchmarks.Hostile;

/// <summary>The documents of the hostile classes, built from their parameters alone (no randomness).</summary>
public static class HostileDocuments
{
    /// <summary>
    /// <c>query { ...F0 } fragment F0 on Query { ...F1 ...F1 } … fragment F{n-1} on Query { __typename }</c>: each
    /// fragment spreads the next twice, so the expanded document has 2^(n-1) selections in about 36 bytes per fragment.
    /// </summary>
    public static string FragmentBomb(int fragments)
    {
        var document = new StringBuilder("query { ...F0 }");
        for (var i = 0; i < fragments - 1; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $" fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}");
        }

        return document.Append(CultureInfo.InvariantCulture, $" fragment F{fragments - 1} on Query {{ __typename }}").ToString();
    }

    /// <summary>
    /// <c>{ __type(name: "Project") { interfaces { possibleTypes { interfaces { … name } } } } }</c> with
    /// <paramref name="levels"/> alternating <c>interfaces</c> and <c>possibleTypes</c> fields: every level multiplies
    /// the answer by the number of interfaces or implementations.
    /// </summary>
    public static string NestedIntrospection(int levels)
    {
        var document = new StringBuilder("{ __type(name: \"Project\") {");
        for (var level = 0; level < levels; level++)
        {
            document.Append(level % 2 == 0 ? " interfaces {" : " possibleTypes {");
        }

        document.Append(" name ").Append(string.Concat(Enumerable.Repeat("} ", levels)));
        return document.Append("} }").ToString();
    }

    /// <summary>
    /// A valid query of about <paramref name="bytes"/> bytes that differs for every <paramref name="index"/>: one field,
    /// then comment lines as padding (a comment is no token, so only a length limit can refuse it).
    /// </summary>
    public static string PaddedQuery(int index, int bytes)
    {
        var head = string.Create(CultureInfo.InvariantCulture, $"query Padded{index} {{ __typename }}\n");
        var line = string.Create(CultureInfo.InvariantCulture, $"# padding of document {index}: ") + new string('x', 60) + "\n";
        var document = new StringBuilder(head, bytes + line.Length);
        while (document.Length < bytes)
        {
            document.Append(line);
        }

        return document.ToString();
    }

    /// <summary><paramref name="query"/> followed by a comment that makes its text unique without changing what it asks.</summary>
    public static string WithNonce(string query, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{query} # nonce-{index}");

    /// <summary>The body of an automatic persisted-query registration: the document with its SHA-256 in <c>extensions</c>.</summary>
    public static object PersistedQueryRegistration(string query) => new
    {
        query,
        extensions = new { persistedQuery = new { version = 1, sha256Hash = Sha256(query) } },
    };

    /// <summary><paramref name="count"/> distinct short strings (<c>x0</c>, <c>x1</c>…), small enough that 20,000 fit the default body limit.</summary>
    public static IReadOnlyList<string> ShortValues(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => prefix + i.ToString(CultureInfo.InvariantCulture)).ToList();

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
