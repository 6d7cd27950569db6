using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PfocrGen.Tests.Architecture;

/// <summary>The checker behind <see cref="StageDependencyTests"/>, on small in-memory sources.</summary>
public sealed class StageDependencyCheckerTests
{
    private const string Building = """
        namespace PfocrGen.Building;
        internal sealed class Bar { public static int Count => 1; }
        """;

    private const string Model = """
        namespace PfocrGen.Model;
        internal sealed record Row(int Value);
        """;

    [Fact]
    public void A_stage_that_calls_a_later_stage_is_reported_once_per_type()
    {
        var parsing = """
            namespace PfocrGen.Parsing;
            internal static class Foo
            {
                public static int A() => PfocrGen.Building.Bar.Count;
                public static int B() => PfocrGen.Building.Bar.Count + new PfocrGen.Model.Row(1).Value;
            }
            """;

        Assert.Equal(["Parsing/Foo.cs uses PfocrGen.Building.Bar"], Check(("Parsing/Foo.cs", parsing), ("Building/Bar.cs", Building), ("Model/Row.cs", Model)));
    }

    [Fact]
    public void A_using_directive_a_type_in_a_signature_and_a_target_typed_new_are_uses()
    {
        var model = """
            using PfocrGen.Building;
            namespace PfocrGen.Model;
            internal sealed class Holder
            {
                public Bar? Field;
                public void Set() => Field = new();
            }
            """;

        Assert.Equal(
            ["Model/Holder.cs uses PfocrGen.Building.Bar", "Model/Holder.cs uses namespace PfocrGen.Building"],
            Check(("Model/Holder.cs", model), ("Building/Bar.cs", Building)));
    }

    [Fact]
    public void Earlier_stages_framework_types_and_comments_are_not_reported()
    {
        var building = """
            using System.Collections.Generic;
            using PfocrGen.Model;
            namespace PfocrGen.Building;
            /// <summary>Read by <see cref="PfocrGen.Emitting.Writer"/>.</summary>
            internal static class Bar { public static List<Row> Rows() => new() { new Row(1) }; }
            """;
        var emitting = """
            namespace PfocrGen.Emitting;
            internal static class Writer { public static int Count() => PfocrGen.Building.Bar.Rows().Count; }
            """;

        Assert.Empty(Check(("Building/Bar.cs", building), ("Emitting/Writer.cs", emitting), ("Model/Row.cs", Model)));
    }

    [Fact]
    public void The_two_analyzers_do_not_use_each_other_but_the_pipeline_uses_both()
    {
        var idChecking = """
            namespace PfocrGen.IdChecking;
            internal static class Ids { public static int Count => PfocrGen.InputChecking.Inputs.Count; }
            """;
        var inputChecking = """
            namespace PfocrGen.InputChecking;
            internal static class Inputs { public static int Count => 0; }
            """;
        var pipeline = """
            namespace PfocrGen;
            internal static class Pipeline { public static int Count => PfocrGen.IdChecking.Ids.Count; }
            """;

        Assert.Equal(
            ["IdChecking/Ids.cs uses PfocrGen.InputChecking.Inputs"],
            Check(("IdChecking/Ids.cs", idChecking), ("InputChecking/Inputs.cs", inputChecking), ("Pipeline.cs", pipeline)));
    }

    private static IReadOnlyList<string> Check(params (string Path, string Text)[] files)
    {
        var compilation = GeneratorSources.Compile(files.Select(file =>
            CSharpSyntaxTree.ParseText(file.Text, new CSharpParseOptions(LanguageVersion.Latest), file.Path)));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return StageDependencyChecker.Violations(compilation, tree => tree.FilePath);
    }
}
