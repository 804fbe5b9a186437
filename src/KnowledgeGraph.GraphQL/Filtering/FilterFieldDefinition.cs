using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>Turns the value given for one field of a filter input into the store's filter.</summary>
public delegate EntityFilter FilterFieldTranslation(object value, string path);

/// <summary>
/// One field of an object filter input: what the schema shows (name, operation input type, description, deprecation)
/// and how its value translates, kept together so that the input type and <see cref="FilterTranslator"/> never disagree.
/// </summary>
public sealed record FilterFieldDefinition(
    string Name, Type InputType, string Description, FilterFieldTranslation Translate, string? DeprecationReason = null);
