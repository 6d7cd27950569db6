using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PfocrGen.InputChecking;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.InputChecking;

/// <summary>
/// PFOCR026: code that names the member of a record left out for an error gets, beside the compiler's CS0117, an
/// error on the member naming the record and its first error, so the first error a user reads leads to the cause.
/// </summary>
public sealed class BrokenRecordMemberAnalyzerTests
{
    private const string UsesTheSeed = """
        internal static class Uses
        {
            public static string Title => Pfocr.Figures.PMC2869233__ijms_11_00789f3.Title;
            public static int Genes => Pfocr.Figures.PMC2869233.Genes.Count;
        }
        """;

    /// <summary>The seed with its closing <c>---</c> removed, the break of issue #23.</summary>
    private static (string Path, string Text) SeedWithoutClosingFence()
    {
        var lines = TestData.Seed.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        lines.RemoveAt(lines.LastIndexOf("---"));
        return (TestData.Seed.Path, string.Join("\n", lines));
    }

    [Fact]
    public void Members_of_a_record_without_its_closing_fence_are_reported_on_the_member_naming_the_record_and_its_error()
    {
        var (compilerErrors, reported) = Analyze([SeedWithoutClosingFence(), Records.File("PMC1__other")], UsesTheSeed);

        // The compiler's error stays; PFOCR026 sits on the same name and says why.
        Assert.Equal(["Consumer.cs(3,49): Error CS0117", "Consumer.cs(4,46): Error CS0117"], compilerErrors.Select(DiagnosticAssert.Describe));
        Assert.Equal(["Consumer.cs(3,49): Error PFOCR026", "Consumer.cs(4,46): Error PFOCR026"], reported.Select(DiagnosticAssert.Describe));
        Assert.Equal(
            "Figures has no member 'PMC2869233__ijms_11_00789f3' because the record that would give it has an error and is left out: "
            + "figures/PMC2869233__ijms-11-00789f3.md(1,1): PFOCR001: 'PMC2869233__ijms-11-00789f3.md' has no YAML front matter: "
            + "the closing '---' line is missing. A PFOCR record starts with a line '---', then YAML, then a closing '---' line.",
            reported[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_record_named_otherwise_is_found_by_its_figid_line()
    {
        var broken = ("records/x.md", "---\nfigid: 'PMC1__x-1'\npmcid: PMC1\ncaption: \"open\n---\n");

        var (_, reported) = Analyze([broken], "internal static class Uses { public static object F => Pfocr.Figures.PMC1__x_1; }");

        var diagnostic = Assert.Single(reported);
        Assert.Contains("records/x.md(4,10): PFOCR002: YAML syntax error", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_member_and_members_of_valid_records_get_nothing()
    {
        const string Code = """
            internal static class Uses
            {
                public static object Typo => Pfocr.Figures.PMC1__y;
                public static object Valid => Pfocr.Figures.PMC1__other;
                public static object Gene => Pfocr.Genes.PMC2869233;
            }
            """;

        var (compilerErrors, reported) = Analyze([SeedWithoutClosingFence(), Records.File("PMC1__other")], Code);

        Assert.Equal(2, compilerErrors.Count);
        Assert.Empty(reported);
    }

    private static (IReadOnlyList<Diagnostic> CompilerErrors, IReadOnlyList<Diagnostic> Reported) Analyze(IEnumerable<(string Path, string Text)> files, string consumer)
    {
        var texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var run = GeneratorHarness.Run(texts, consumer);
        var errors = InputAnalysis.Ordered(run.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var reported = InputAnalysis.Run(run.Compilation, texts, new TestOptionsProvider(new Dictionary<string, string>()), new BrokenRecordMemberAnalyzer());
        return (errors, InputAnalysis.Ordered(reported));
    }
}
