namespace KnowledgeGraph.Domain.Validation;

/// <summary>
/// The slug format of every key (entities, relationships, sources): lower-case letters and digits in groups joined
/// by single hyphens (<c>\A[a-z0-9]+(?:-[a-z0-9]+)*\z</c>, ASCII only). Entity keys additionally obey
/// <see cref="Entities.EntityKey"/>'s length.
/// </summary>
public static class KeyFormat
{
    // A loop rather than a regular expression: an import checks the key of every record it reads.
    public static bool IsValid(string? key, int maxLength)
    {
        if (key is null || key.Length == 0 || key.Length > maxLength)
        {
            return false;
        }

        // True at the start and after a hyphen: where a group must begin, so a hyphen there is out of place.
        var groupExpected = true;
        foreach (var c in key)
        {
            if (c == '-')
            {
                if (groupExpected)
                {
                    return false;
                }

                groupExpected = true;
            }
            else if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                groupExpected = false;
            }
            else
            {
                return false;
            }
        }

        return !groupExpected;
    }
}
