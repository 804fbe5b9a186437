using System.Text;

namespace KnowledgeGraph.Exchange.Csv;

/// <summary>
/// Multi-valued cells (aliases, source keys): items joined by <c>|</c>. A <c>|</c> or <c>\</c> inside an item is
/// written <c>\|</c> or <c>\\</c>, so any alias survives the round trip; an empty cell is an empty list.
/// </summary>
public static class CsvLists
{
    private const char Escape = '\\';

    public static string Join(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var text = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(CsvLayout.ListSeparator);
            }

            foreach (var c in items[i])
            {
                if (c is CsvLayout.ListSeparator or Escape)
                {
                    text.Append(Escape);
                }

                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>The items of a cell; null with an explanation when a backslash escapes anything but <c>|</c> or <c>\</c>.</summary>
    public static IReadOnlyList<string>? Split(string cell, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(cell);
        problem = null;
        if (cell.Length == 0)
        {
            return [];
        }

        // One item and nothing escaped, the commonest cell: the item is the cell itself, no copy.
        if (cell.AsSpan().IndexOfAny(CsvLayout.ListSeparator, Escape) < 0)
        {
            return [cell];
        }

        var items = new List<string>();
        var item = new StringBuilder();
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            if (c == Escape)
            {
                if (i + 1 < cell.Length && cell[i + 1] is CsvLayout.ListSeparator or Escape)
                {
                    item.Append(cell[++i]);
                    continue;
                }

                problem = $"a backslash must be followed by | or \\ (write \\\\ for a backslash), at character {i + 1}.";
                return null;
            }

            if (c == CsvLayout.ListSeparator)
            {
                items.Add(item.ToString());
                item.Clear();
                continue;
            }

            item.Append(c);
        }

        items.Add(item.ToString());
        return items;
    }
}
