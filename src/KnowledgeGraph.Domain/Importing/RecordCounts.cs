using System.Globalization;

namespace KnowledgeGraph.Domain.Importing;

/// <summary>What an import did to the records of one type.</summary>
public sealed record RecordCounts(int Created, int Updated, int Unchanged)
{
    public int Total => Created + Updated + Unchanged;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Created} created, {Updated} updated, {Unchanged} unchanged");
}
