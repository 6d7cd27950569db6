using PfocrGen.Parsing;

namespace PfocrGen.Tests.Parsing;

/// <summary>A map looked up by a range of a larger string agrees with a dictionary of the same texts as strings.</summary>
public sealed class TextRangeMapTests
{
    [Fact]
    public void Ranges_find_what_a_dictionary_of_their_texts_finds_through_growth()
    {
        // Texts of every length from 0 up, ASCII and not, several sharing prefixes, one after another in one string.
        var random = new Random(7);
        var texts = Enumerable.Range(0, 3000)
            .Select(i => i % 7 == 0 ? "chebi:" + i : new string(Enumerable.Range(0, i % 13).Select(_ => (char)random.Next(32, 0x3000)).ToArray()))
            .ToList();
        var text = string.Concat(texts);
        var map = new TextRangeMap<int>();
        var oracle = new Dictionary<string, int>(StringComparer.Ordinal);
        var start = 0;
        foreach (var piece in texts)
        {
            var found = map.TryGetValue(text, start, piece.Length, out var key, out var value);

            Assert.Equal(oracle.TryGetValue(piece, out var expected), found);
            if (found)
            {
                Assert.Equal((piece, expected), (key, value));
            }
            else
            {
                map.Add(piece, start);
                oracle.Add(piece, start);
            }

            start += piece.Length;
        }

        Assert.True(oracle.Count > 2000, "the map grew many times");
    }

    [Fact]
    public void A_found_text_is_the_string_that_was_added()
    {
        var map = new TextRangeMap<string>();
        var added = "chebi:15422";
        map.Add(added, "ATP");

        Assert.True(map.TryGetValue("x\tchebi:15422\ty", 2, 11, out var key, out var value));
        Assert.Same(added, key);
        Assert.Equal("ATP", value);
        Assert.False(map.TryGetValue("x\tchebi:15422\ty", 2, 10, out _, out _));
        Assert.False(map.TryGetValue("CHEBI:15422", 0, 11, out _, out _)); // ordinal: case counts
    }
}
