using System.Text.Json;

namespace KnowledgeGraph.Seeding;

/// <summary>
/// Reads one seed file held whole in memory, as <see cref="SeedReader"/> does: the file is parsed as one document,
/// then each array is read in the order of <see cref="SeedRecordParser.Sections"/>, record by record, by the field
/// rules of <see cref="SeedRecordParser"/>. A file that is not JSON yields its syntax problem and nothing else.
/// </summary>
internal static class SeedFileParser
{
    public static void Parse(string displayPath, ReadOnlyMemory<byte> utf8, SeedRecords into)
    {
        var parser = new SeedRecordParser(displayPath, into);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, SeedRecordParser.Options);
        }
        catch (JsonException ex)
        {
            parser.InvalidJson(ex);
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                parser.RootNotAnObject(root.ValueKind);
                return;
            }

            foreach (var property in root.EnumerateObject())
            {
                parser.CheckSection(property.Name);
            }

            foreach (var section in SeedRecordParser.Sections)
            {
                if (!root.TryGetProperty(section, out var array) || array.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                if (array.ValueKind != JsonValueKind.Array)
                {
                    parser.SectionNotAnArray(section, array.ValueKind);
                    continue;
                }

                var index = 0;
                foreach (var item in array.EnumerateArray())
                {
                    parser.ReadItem(section, index++, item);
                }
            }
        }
    }
}
