using System.Reflection;
using CsCheck;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Generation;

/// <summary>
/// <c>Runtime/PfocrTables.IdIndex.cs</c>, behind <c>Figures.ById</c> and <c>Papers.ById</c>, against a plain ordinal
/// <see cref="Dictionary{TKey, TValue}"/>: short ids live packed into numbers and long or wide ones in a dictionary,
/// so every boundary between the two (length 23/24, U+00FF/U+0100, the 8th and 16th character, NUL, the empty id)
/// must give the dictionary's answer, for ids present and absent, while the index grows from room for one id.
/// </summary>
public sealed class IdIndexTests
{
    // Adds ids[i] with the value i, then looks up each query: "added"/"present" per id, the value or "-" per query.
    private const string AddAndFind = """
                internal static string[] AddAndFind(string[] ids, string[] queries)
                {
                    var index = new IdIndex<string>(1);
                    var results = new string[ids.Length + queries.Length];
                    for (var i = 0; i < ids.Length; i++)
                    {
                        results[i] = index.TryAdd(ids[i], i.ToString(System.Globalization.CultureInfo.InvariantCulture)) ? "added" : "present";
                    }

                    for (var q = 0; q < queries.Length; q++)
                    {
                        results[ids.Length + q] = index.Find(queries[q]) ?? "-";
                    }

                    return results;
                }

        """;

    private static readonly Lazy<MethodInfo> Runtime = new(() => CompiledRuntime.Method([], AddAndFind, "AddAndFind"));

    // Mostly PFOCR's own characters, sometimes ones at the packing's edges: NUL, the last one-byte characters,
    // the first wide ones and a surrogate.
    private static readonly Gen<char> IdCharacter = Gen.Frequency(
        (8, Gen.OneOfConst('P', 'M', 'C', '_', 'F', '1', '2', 'H', 'X')),
        (1, Gen.OneOfConst('\0', '\u0001', '\u00E9', '\u00FF', '\u0100', '\u0101', '\u0394', '\uD83D')));

    private static readonly Gen<string> Id = Gen.Select(
        Gen.OneOf(Gen.Int[0, 30], Gen.Int[21, 25], Gen.Int[6, 10], Gen.Int[14, 18]),
        IdCharacter.Array[0, 30],
        (length, characters) => new string(Enumerable.Range(0, length).Select(i => characters.Length == 0 ? 'P' : characters[i % characters.Length]).ToArray()));

    [Fact]
    public void Finds_what_a_dictionary_finds_for_ids_and_near_misses_of_every_shape()
    {
        Gen.Select(Id.Array[0, 200], Id.Array[0, 50]).Sample(
            sample =>
            {
                var (ids, strangers) = sample;
                var queries = ids.Concat(ids.SelectMany(NearMisses)).Concat(strangers).ToArray();
                Assert.Equal(Expected(ids, queries), Actual(ids, queries));
            },
            iter: 300);
    }

    [Fact]
    public void Tells_apart_real_shapes_of_id_and_their_neighbours()
    {
        var ids = new[]
        {
            "", "\0", "a", "a\0", "PMC1234567__F1", "PMC1234567__F1a", "PMC12345", "PMC123456", "PMC1234567890123",
            "PMC12345678901234", "PMC12345678__SF12", "PMC5869700__41598_2018_23213_Fig6_HTML", "PMC5869700__F6",
        };
        var queries = ids.Concat(ids.SelectMany(NearMisses)).Append("PMC5869700__F6\0").ToArray();

        var actual = Actual(ids.Concat(ids).ToArray(), queries);

        Assert.Equal(Expected(ids.Concat(ids).ToArray(), queries), actual);
        Assert.Equal(ids.Select((_, i) => i.ToString()), actual.Skip(2 * ids.Length).Take(ids.Length));
    }

    // Two neighbouring characters from a set that meets every edge of the packing, at every position where they
    // share a number or straddle two, in ids of the pair's own length, of 23 (the longest packed) and of 24: if a
    // character's byte overlapped its neighbour's ('Q' + NUL against 'P' + U+0080 with 7-bit steps), a wide
    // character leaked into the next byte ('P' + U+0101 against 'Q' + U+0001), or a 24th character met the
    // length byte ('P' | 24 == 'X' | 24), two of these ids would be one.
    [Fact]
    public void Tells_apart_every_pair_of_edge_characters_at_every_position()
    {
        char[] edges = ['\0', '\u0001', '\u007F', '\u0080', '\u00FF', '\u0100', '\u0101', 'P', 'Q', 'X'];
        var ids = new List<string>();
        foreach (var position in new[] { 0, 6, 7, 8, 14, 15, 16, 21, 22 })
        {
            foreach (var length in new[] { position + 2, 23, 24 }.Where(length => length >= position + 2).Distinct())
            {
                foreach (var first in edges)
                {
                    foreach (var second in edges)
                    {
                        ids.Add(new string('x', position) + first + second + new string('x', length - position - 2));
                    }
                }
            }
        }

        var distinct = ids.Distinct(StringComparer.Ordinal).ToArray();
        var queries = distinct.Concat(distinct.SelectMany(NearMisses)).ToArray();

        Assert.Equal(Expected(distinct, queries), Actual(distinct, queries));
    }

    // The same id with its last character changed, without it, and with one more.
    private static IEnumerable<string> NearMisses(string id) =>
        id.Length == 0
            ? ["P"]
            : [id[..^1] + (char)(id[^1] + 1), id[..^1], id + "P", id + "\0"];

    private static string[] Actual(string[] ids, string[] queries) =>
        (string[])Runtime.Value.Invoke(null, [ids, queries])!;

    private static string[] Expected(string[] ids, string[] queries)
    {
        var model = new Dictionary<string, string>(StringComparer.Ordinal);
        var added = ids.Select((id, i) => model.TryAdd(id, i.ToString()) ? "added" : "present");
        return added.ToArray().Concat(queries.Select(q => model.GetValueOrDefault(q, "-"))).ToArray();
    }
}
