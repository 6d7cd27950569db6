using PfocrGen.Model;

namespace PfocrGen.Tests.Parsing;

/// <summary>The UTF-8 string table that keeps gene_info's text columns: every string back exactly, value equality.</summary>
public sealed class Utf8StringTableTests
{
    private static Utf8StringTable Table(params string[] strings)
    {
        var builder = new Utf8StringTable.Builder(capacityInBytes: 4);
        foreach (var value in strings)
        {
            builder.Add(value);
        }

        return builder.ToTable();
    }

    [Fact]
    public void Every_string_reads_back_exactly_lone_surrogates_included()
    {
        // ASCII, empty, accented, CJK, a surrogate pair, lone high and low surrogates, and text after them.
        string[] strings = ["Tlr1", "", "é-1 protéine", "蛋白", "\uD83E\uDDEC DNA", "a\uD800b", "\uDC00", "", "after", new string('x', 5000)];

        var table = Table(strings);

        Assert.Equal(strings.Length, table.Count);
        Assert.Equal(strings, table);
        for (var i = 0; i < strings.Length; i++)
        {
            Assert.Equal(strings[i], table[i]);
        }
    }

    [Fact]
    public void Tables_are_equal_when_their_strings_are_and_not_when_only_the_bytes_are()
    {
        Assert.Equal(Table("ab", "c", ""), Table("ab", "c", ""));
        Assert.Equal(Table("ab", "c").GetHashCode(), Table("ab", "c").GetHashCode());
        Assert.NotEqual(Table("ab", "c"), Table("a", "bc"));
        Assert.NotEqual(Table("ab", "c"), Table("ab", "d"));
        Assert.NotEqual(Table("ab", "c"), Table("ab", "c", ""));
        Assert.NotEqual(Table("a\uD800"), Table("a\uFFFD"));
        Assert.Equal(Utf8StringTable.Empty, Table());
    }

    [Fact]
    public void A_range_of_a_larger_text_is_added_without_its_neighbours()
    {
        var builder = new Utf8StringTable.Builder();
        builder.Add("1\tTlr1\t-", 2, 4);
        builder.AddEmpty();

        Assert.Equal(["Tlr1", ""], builder.ToTable());
    }
}
