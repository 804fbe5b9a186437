using System.Text;

namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// Spells a character's place in the <see cref="Collation"/> (its class, then its position in the class) as one to
/// three characters, so that comparing two keys in ordinal order compares the characters' places one by one, and a
/// shorter key sorts before every longer key it begins.
/// <para>
/// The place range is cut into segments, each with a range of lead characters and a fixed number of digits after the
/// lead: the ASCII letters, digits, space and punctuation get a lead of their own and no digit (one byte in UTF-8, the
/// same as the text), the other letters a lead of their own from U+0080 up (as many UTF-8 bytes as the letter itself,
/// give or take one), everything else a shared lead and one or two digits. Leads rise with the places they stand for
/// and tell how many digits follow, so no code begins another and the first differing character decides.
/// </para>
/// <para>
/// Every character used lies in U+0020–U+D7FF, where UTF-8 byte order (SQLite's BINARY collation), UTF-16 code-unit
/// order (.NET's ordinal comparison) and code-point order (Neo4j) agree; lone surrogates never appear; '"' and '\'
/// are not used as leads, so the JSON holding the keys of text properties needs no escape for the common characters.
/// </para>
/// </summary>
internal static class CollationKeyCode
{
    private const char FirstDigit = ' ';
    private const char LastDigit = '\uD7FF';
    private const int Radix = LastDigit - FirstDigit + 1;

    /// <summary>Letters past 'z' take a lead of their own from here up to <see cref="LastOwnLead"/>.</summary>
    private const char FirstOwnLead = '\u0080';
    private const char LastOwnLead = '\uD7FD';

    /// <summary>Per class, the characters that get a one-character code: those of ASCII text once folded.</summary>
    private static readonly string[] Singles = [" ", "!#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\"", "0123456789", "abcdefghijklmnopqrstuvwxyz"];

    private static readonly Segment[][] SegmentsByClass = Build();

    public static void Append(StringBuilder key, int characterClass, int position)
    {
        var segments = SegmentsByClass[characterClass];
        var (low, high) = (0, segments.Length - 1);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            (low, high) = segments[middle].Start <= position ? (middle, high) : (low, middle - 1);
        }

        var segment = segments[low];
        var offset = position - segment.Start;
        var span = segment.Digits == 0 ? 1 : segment.Digits == 1 ? Radix : (long)Radix * Radix;
        key.Append((char)(segment.Lead + (offset / span)));
        var rest = offset % span;
        for (var digit = segment.Digits - 1; digit >= 0; digit--)
        {
            key.Append((char)(FirstDigit + (digit == 1 ? rest / Radix : rest % Radix)));
        }
    }

    private static Segment[][] Build()
    {
        var builder = new SegmentBuilder();
        for (var characterClass = Collation.Spaces; characterClass <= Collation.Letters; characterClass++)
        {
            var next = 0;
            foreach (var position in Singles[characterClass].Select(c => Collation.Position(c)).Order())
            {
                builder.Gap(characterClass, next, position - 1);
                builder.Single(characterClass, position);
                next = position + 1;
            }

            if (characterClass == Collation.Letters)
            {
                next = builder.OwnLeads(characterClass, next);
            }

            builder.Gap(characterClass, next, Collation.MaxPosition);
        }

        return builder.ByClass();
    }

    /// <summary>Places <see cref="Start"/> onwards of one class, up to the next segment's start, coded by <see cref="Lead"/> (plus the offset when <see cref="Digits"/> is 0 and the segment spans several leads) and that many digits.</summary>
    private readonly record struct Segment(int Class, int Start, char Lead, int Digits);

    /// <summary>Hands out leads in rising order as the segments are laid out in rising order of place.</summary>
    private sealed class SegmentBuilder
    {
        private readonly List<Segment> _segments = [];
        private char _lead = FirstDigit;

        public void Single(int characterClass, int position) => _segments.Add(new(characterClass, position, TakeLead(), 0));

        /// <summary>Places first–last: one lead and one digit for as many as a digit spans, a second lead and two digits for the rest.</summary>
        public void Gap(int characterClass, int first, int last)
        {
            if (first > last)
            {
                return;
            }

            _segments.Add(new(characterClass, first, TakeLead(), 1));
            if (last - first >= Radix)
            {
                _segments.Add(new(characterClass, first + Radix, TakeLead(), 2));
            }
        }

        /// <summary>
        /// A lead of their own for the places from <paramref name="first"/> on, one per place; returns the first place
        /// left over. Every lead handed out before must be ASCII, below these.
        /// </summary>
        public int OwnLeads(int characterClass, int first)
        {
            if (_lead > FirstOwnLead)
            {
                throw new InvalidOperationException("The ASCII leads ran out before the letters' own leads.");
            }

            _segments.Add(new(characterClass, first, FirstOwnLead, 0));
            _lead = (char)(LastOwnLead + 1);
            return first + (LastOwnLead - FirstOwnLead + 1);
        }

        public Segment[][] ByClass() =>
        [
            .. Enumerable.Range(Collation.Spaces, Collation.Letters + 1)
                .Select(characterClass => _segments.Where(s => s.Class == characterClass).ToArray()),
        ];

        private char TakeLead()
        {
            while (_lead is '"' or '\\')
            {
                _lead++;
            }

            if (_lead > LastDigit)
            {
                throw new InvalidOperationException("The collation key's leads ran out.");
            }

            return _lead++;
        }
    }
}
