using System.Reflection;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PfocrGen.Emitting;
using PfocrGen.Model;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Generation;

/// <summary>
/// The generator's writer (<see cref="DataStreamWriter"/>, packed by <see cref="SourceWriter.PackedConstant"/>) and the
/// runtime's reader (<c>Runtime/PfocrTables.DataReader.cs</c>, compiled here as a C# 7.3 consumer gets it) agree on
/// every integer size and every kind of string, at even and odd byte offsets.
/// </summary>
public sealed class DataLayoutRoundTripTests
{
    private static readonly int[] Integers = [0, 1, 30, 31, 32, 33, 63, 64, 1023, 1024, 32767, 6775, 1 << 20, int.MaxValue];

    private static readonly string[] Texts =
    [
        "", "a", "IL-12", "é", "漢字", "😀 emoji", "\uD800", "x\uDC00y", "tab\tand\nnewline", "\"quoted\" \\ back", "\0", new string('z', 300),
        "Ελληνικά", "ab", "abc", "\u2028", "\uFFFF",
    ];

    [Fact]
    public void Every_integer_and_string_written_by_the_generator_reads_back_through_the_runtime_reader()
    {
        var writer = new DataStreamWriter();
        var expected = new List<string>();
        for (var i = 0; i < Integers.Length * Texts.Length; i++)
        {
            // Alternating sizes move every string to both even and odd byte offsets.
            var number = Integers[i % Integers.Length];
            var text = Texts[i % Texts.Length];
            writer.WriteInt(number);
            writer.WriteString(text);
            expected.Add(number + "|" + text);
        }

        var readBack = ReadBack(writer, expected.Count);

        Assert.Equal(expected, readBack);
    }

    private static string[] ReadBack(DataStreamWriter writer, int pairs)
    {
        var packed = new SourceWriter().PackedConstant("IndexText", new ReadOnlySpan<byte>(writer.Buffer, 0, writer.ByteLength)).ToString();
        var stub = """
            namespace Pfocr
            {
                internal static partial class PfocrTables
                {
                    private const string PaperDataText = "#";
                    private const string GeneDataText = "#";
                    private const string EntityDataText = "\u2323";
                    private const int ShardCount = 0;

                    private static string ShardConstantName(int shard) { throw new System.ArgumentOutOfRangeException(nameof(shard)); }

                    internal static string[] ReadPairs(int count)
                    {
                        var reader = new DataReader(Index, 0);
                        var pairs = new string[count];
                        for (var i = 0; i < count; i++)
                        {
                            var number = reader.ReadInt();
                            pairs[i] = number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + reader.ReadString();
                        }

                        return pairs;
                    }

            """ + packed + """
                }
            }
            """;

        var settings = new GeneratedCodeSettings("Pfocr", false, new ConsumerTarget((int)LanguageVersion.CSharp7_3, false, false));
        var parse = new CSharpParseOptions(LanguageVersion.CSharp7_3);
        var trees = RuntimeSources.Files.Select(f => CSharpSyntaxTree.ParseText(RuntimeSources.Render(f, settings), parse))
            .Append(CSharpSyntaxTree.ParseText(stub, parse));
        var compilation = CSharpCompilation.Create("RoundTrip", trees, Net100.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

        var assembly = LoadedAssembly.From(compilation).Assembly;
        var method = assembly.GetType("Pfocr.PfocrTables", throwOnError: true)!.GetMethod("ReadPairs", BindingFlags.NonPublic | BindingFlags.Static)!;
        return (string[])method.Invoke(null, [pairs])!;
    }
}
