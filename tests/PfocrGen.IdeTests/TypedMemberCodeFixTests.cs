using Microsoft.CodeAnalysis.CodeFixes;
using PfocrGen.IdeTests.Infrastructure;

namespace PfocrGen.IdeTests;

/// <summary>
/// PFOCR023's code fix applied in a workspace with the generator and the seed record attached, as the IDE applies
/// it: the call becomes the typed member, a needless <c>!</c> or <c>?.</c> goes, and the project still compiles.
/// </summary>
public sealed class TypedMemberCodeFixTests
{
    [Theory]
    [InlineData("""Figures.ById("PMC2869233__ijms-11-00789f3")!.Title""", "Figures.PMC2869233__ijms_11_00789f3.Title")]
    [InlineData("""Figures.ById("PMC2869233__ijms-11-00789f3")?.Title""", "Figures.PMC2869233__ijms_11_00789f3.Title")]
    [InlineData("""Figures.ById("PMC2869233__ijms-11-00789f3")?.Genes[0].Symbol""", "Figures.PMC2869233__ijms_11_00789f3.Genes[0].Symbol")]
    [InlineData("""Figures.ById("PMC2869233__ijms-11-00789f3")?.Paper?.Title""", "Figures.PMC2869233__ijms_11_00789f3.Paper?.Title")]
    [InlineData("""Figures.ById("PMC2869233__ijms-11-00789f3")?.Title ?? "none" """, """Figures.PMC2869233__ijms_11_00789f3?.Title ?? "none" """)]
    [InlineData("""Papers.ById("PMC2869233")!.Title""", "Figures.PMC2869233.Title")]
    [InlineData("""Genes.ByEntrez(6775)?.Figures.Count.ToString()""", "Genes.STAT4.Figures.Count.ToString()")]
    [InlineData("""(object?)Figures.ById("PMC2869233__ijms-11-00789f3")""", "(object?)Figures.PMC2869233__ijms_11_00789f3")]
    public async Task Fix_replaces_the_call_by_the_member_and_the_project_still_compiles(string expression, string expected)
    {
        using var workspace = new FixWorkspace([Consumer(expression)]);

        var title = await workspace.FixFirstAsync(workspace.Document());

        Assert.StartsWith("Use ", title, StringComparison.Ordinal);
        Assert.Equal(Consumer(expected), await workspace.TextAsync());
        Assert.Empty(await workspace.ErrorsAsync());
        Assert.Empty(await FixWorkspace.TypedMemberDiagnosticsAsync(workspace.Document().Project));
    }

    [Fact]
    public async Task Fix_keeps_the_namespace_qualification_the_file_needs()
    {
        const string Before = """
            internal static class Consumer
            {
                public static string Title() => Pfocr.Figures.ById("PMC2869233__ijms-11-00789f3")!.Title;
            }
            """;

        using var workspace = new FixWorkspace([Before]);
        await workspace.FixFirstAsync(workspace.Document());

        Assert.Equal(Before.Replace("""Figures.ById("PMC2869233__ijms-11-00789f3")!""", "Figures.PMC2869233__ijms_11_00789f3", StringComparison.Ordinal), await workspace.TextAsync());
        Assert.Empty(await workspace.ErrorsAsync());
    }

    [Fact]
    public async Task Fix_all_in_document_replaces_every_call_with_a_member_and_leaves_the_rest()
    {
        const string Before = """
            using Pfocr;

            internal static class Consumer
            {
                public static object?[] Run(string id) =>
                [
                    Figures.ById("PMC2869233__ijms-11-00789f3")!.Title,
                    Papers.ById("PMC2869233")?.Figures.Count,
                    Genes.ByEntrez(6775)!.Symbol,
                    Genes.BySymbol("STAT4"),
                    Figures.ById(id),
                ];
            }
            """;

        using var workspace = new FixWorkspace([Before]);
        await workspace.FixAllAsync(workspace.Document(), FixAllScope.Document);

        Assert.Equal("""
            using Pfocr;

            internal static class Consumer
            {
                public static object?[] Run(string id) =>
                [
                    Figures.PMC2869233__ijms_11_00789f3.Title,
                    Figures.PMC2869233.Figures.Count,
                    Genes.STAT4.Symbol,
                    Genes.BySymbol("STAT4"),
                    Figures.ById(id),
                ];
            }
            """, await workspace.TextAsync());
        Assert.Empty(await workspace.ErrorsAsync());
    }

    [Theory]
    [InlineData(FixAllScope.Project, 2, 0)]
    [InlineData(FixAllScope.Solution, 2, 2)]
    public async Task Fix_all_in_project_and_solution_reach_exactly_their_scope(FixAllScope scope, int fixedInFirstProject, int fixedInSecondProject)
    {
        var call = """Figures.ById("PMC2869233__ijms-11-00789f3")!.Title""";
        using var workspace = new FixWorkspace([Consumer(call, "A"), Consumer(call, "B")], [Consumer(call, "A"), Consumer(call, "B")]);

        await workspace.FixAllAsync(workspace.Document(), scope);

        var member = "Figures.PMC2869233__ijms_11_00789f3.Title";
        var fixedInProject = new int[2];
        for (var project = 0; project < 2; project++)
        {
            fixedInProject[project] += await workspace.TextAsync(project, 0) == Consumer(member, "A") ? 1 : 0;
            fixedInProject[project] += await workspace.TextAsync(project, 1) == Consumer(member, "B") ? 1 : 0;
        }

        Assert.Equal((fixedInFirstProject, fixedInSecondProject), (fixedInProject[0], fixedInProject[1]));
        Assert.Empty(await workspace.ErrorsAsync());
    }

    private static string Consumer(string expression, string name = "") => $$"""
        using Pfocr;

        internal static class Consumer{{name}}
        {
            public static object? Value() => {{expression}};
        }
        """;
}
