using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PfocrGen.Diagnostics;
using PfocrGen.Inputs;
using PfocrGen.Model;
using PfocrGen.Parsing;

namespace PfocrGen.InputChecking;

/// <summary>
/// Reports what PfocrGen's input files say about themselves: each record, table, GMT and <c>gene_info</c> file's
/// own problems from an additional-file action, and the cross-file ones (duplicate ids, second and orphan tables,
/// renamed members, alias collisions, disagreeing papers) from a compilation-end action. An analyzer and not the
/// generator, because IDEs and language servers show analyzer diagnostics on the files they are located in, and a
/// generator's not at all (dotnet/roslyn#49531); so a record's error appears as the record is edited, without a
/// build. The parse is the generator's own (<see cref="InputFileParser.Parse"/>, shared per text by
/// <see cref="ParseCache{T}"/>), and so are the cross-file steps (<see cref="CrossFileDiagnostics"/>); the generator
/// stops reporting these ids, except in a build that skips analyzers (<see cref="GeneratorOptions.AnalyzersSkipped"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InputDiagnosticsAnalyzer : DiagnosticAnalyzer
{
    // Every id a file's parse, encoding or fan-out check reports (PfocrGen/Parsing, FanOutCheck), as is: an editor
    // shows them on the file as it is edited.
    private static readonly string[] s_fileIds =
    [
        "PFOCR001", "PFOCR002", "PFOCR003", "PFOCR005", "PFOCR006", "PFOCR007", "PFOCR008", "PFOCR011", "PFOCR012",
        "PFOCR013", "PFOCR014", "PFOCR016", "PFOCR017", "PFOCR024",
    ];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        s_fileIds.Select(DiagnosticDescriptors.ById).Concat(DiagnosticDescriptors.CompilationEnd).ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        var inputs = InputFiles.Select(context.Options.AdditionalFiles, context.CancellationToken);
        if (inputs.IsEmpty)
        {
            return;
        }

        // PFOCR015 (an invalid option) is the generator's to report; the defaults it falls back to are used here too.
        var options = OptionsReader.Read(context.Options.AnalyzerConfigOptionsProvider, context.CancellationToken);
        context.RegisterAdditionalFileAction(file => ReportFile(file, inputs, options));
        context.RegisterCompilationEndAction(end => ReportCrossFile(end, inputs, options));
    }

    private static void ReportFile(AdditionalFileAnalysisContext context, InputFiles inputs, GeneratorOptions options)
    {
        var file = context.AdditionalFile;
        foreach (var diagnostic in FileDiagnostics(file, inputs.KindOf(file.Path), options, context.CancellationToken))
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    /// <summary>One file's diagnostics, in the generator's order: its parse's, then PFOCR013 (which the encoder checks).</summary>
    internal static IEnumerable<DiagnosticInfo> FileDiagnostics(
        AdditionalText file, InputFiles.InputKind kind, GeneratorOptions options, CancellationToken cancellationToken) => GeneratorGuard.Run(
        (file, kind, options, cancellationToken),
        static input =>
        {
            switch (input.kind)
            {
                case InputFiles.InputKind.Parsed:
                    var parsed = InputFileParser.Parse(input.file, input.cancellationToken);
                    var fanOut = FanOutCheck.Find(parsed, input.options);
                    return fanOut.Count == 0 ? parsed.Diagnostics : parsed.Diagnostics.Concat(fanOut);
                case InputFiles.InputKind.GeneInfo:
                    return InputFileParser.ParseGeneInfo(input.file, input.cancellationToken).Diagnostics;
                default:
                    return EquatableArray<DiagnosticInfo>.Empty;
            }
        },
        // The parse itself never throws (a failure there is already PFOCR016); this guards the rest, as the
        // generator guards a file: an escaping exception would be AD0001 and say nothing about the file.
        static (input, ex) => [DiagnosticInfo.InternalError(input.file.Path, ex)]);

    private static void ReportCrossFile(CompilationAnalysisContext context, InputFiles inputs, GeneratorOptions options)
    {
        // A bug in the cross-file steps: the generator, which runs the same steps, reports it (PFOCR019) in a
        // build; here it must not become AD0001 on every compilation the IDE analyzes.
        var diagnostics = GeneratorGuard.Run(
            (inputs, options, context),
            static input => CrossFileDiagnostics.Of(input.inputs.Parse(input.context.CancellationToken), input.options, input.context.CancellationToken),
            static (input, ex) =>
            {
                input.context.ReportDiagnostic(DiagnosticInfo.TablesFailed(ex).ToDiagnostic(DiagnosticDescriptors.CompilationEndById(DiagnosticDescriptors.InternalTablesError.Id)));
                return EquatableArray<DiagnosticInfo>.Empty;
            });
        foreach (var diagnostic in diagnostics)
        {
            if (!DiagnosticOwnership.StaysWithGenerator(diagnostic.Id))
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic(DiagnosticDescriptors.CompilationEndById(diagnostic.Id)));
            }
        }
    }
}
