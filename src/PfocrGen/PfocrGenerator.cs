using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PfocrGen.Building;
using PfocrGen.Emitting;
using PfocrGen.InputChecking;
using PfocrGen.Model;
using PfocrGen.Parsing;

namespace PfocrGen;

/// <summary>
/// Turns PFOCR figure records (<c>.md</c>), their sidecar tables (<c>.tsv</c>), gene-set files (<c>.gmt</c>) and
/// NCBI gene files (<c>.gene_info</c>) among the AdditionalFiles (only those a PfocrGen.inputs manifest lists, if there is one: <see cref="InputSelection"/>) into
/// a typed API. Each file is parsed, checked and encoded on its own; only the cross-file tables go through one Collect.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PfocrGenerator : IIncrementalGenerator
{
    private static readonly ParseCache<ParsedFile> s_parsedFiles = new();
    private static readonly ParseCache<GeneInfoFile> s_geneInfoFiles = new();

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The consumer's C# version and available types, projected to a small equatable value: a new compilation
        // (every keystroke) yields an equal value, so nothing downstream runs again.
        var target = context.ParseOptionsProvider
            .Select(static (parseOptions, _) => ConsumerTarget.ReadLanguageVersion(parseOptions))
            .Combine(context.CompilationProvider.Select(static (compilation, _) => ConsumerTarget.ReadTypes(compilation)))
            .Select(static (pair, _) => new ConsumerTarget(pair.Left, pair.Right.DynamicDependency, pair.Right.ExternalInit))
            .WithTrackingName(TrackingNames.ConsumerTarget);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(OptionsReader.Read)
            .Combine(target)
            .Select(static (pair, _) => pair.Left with { Target = pair.Right })
            .WithTrackingName(TrackingNames.Options);

        // Which files are PfocrGen's (InputSelection): those the PfocrGen.inputs manifest lists, if there is one.
        // The per-file output is the same AdditionalText object as long as the file is unchanged, so a change of
        // the manifest re-parses nothing that stays listed.
        var manifest = context.AdditionalTextsProvider
            .Where(static text => InputSelection.IsManifest(text.Path))
            .Collect()
            .Select(static (manifests, cancellationToken) => InputManifest.Read(manifests, cancellationToken))
            .WithTrackingName(TrackingNames.ReadManifest);

        var claimed = context.AdditionalTextsProvider
            .Combine(manifest)
            .Where(static pair => InputSelection.IsClaimed(pair.Left.Path, pair.Right))
            .Select(static (pair, _) => pair.Left);

        var files = claimed
            .Where(static text => InputKind(text.Path) != FileKind.None)
            .Select(static (text, cancellationToken) => ParseText(text, cancellationToken))
            .WithTrackingName(TrackingNames.ParseFile);

        // Encoding also checks fan-out (PFOCR013): both depend on the file and the options only.
        var encoded = files
            .Combine(options)
            .Select(static (pair, _) => SegmentEncoder.Encode(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.EncodeFile);

        // NCBI gene_info files (~190,000 rows for human) have their own branch: parsed per file and indexed by gene
        // id only when such a file changes, so a record edit reuses the index and the dataset step just looks up
        // the genes the figures mention.
        var geneInfoFiles = claimed
            .Where(static text => text.Path.EndsWith(GeneInfoParser.Extension, StringComparison.OrdinalIgnoreCase))
            .Select(static (text, cancellationToken) => ParseGeneInfo(text, cancellationToken))
            .WithTrackingName(TrackingNames.ParseGeneInfo);
        var geneInfo = geneInfoFiles
            .Collect()
            .Select(static (files, _) => GeneInfoIndex.Build(files))
            .WithTrackingName(TrackingNames.IndexGeneInfo);

        // The one cross-file step; it runs after any edit, so it only joins and counts. Naming (costly) runs
        // again only when an id or symbol changed, and each generated file is written again only when its spec did.
        var dataset = encoded
            .Collect()
            .Combine(options)
            .WithTrackingName(TrackingNames.CollectFiles)
            .Combine(geneInfo)
            .Select(static (input, _) => DatasetBuilder.Build(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.BuildDataset);

        var names = dataset
            .Select(static (dataset, _) => dataset.NamingKeys)
            .Select(static (keys, _) => MemberNaming.Assign(keys))
            .WithTrackingName(TrackingNames.NameMembers);

        var plan = dataset
            .Combine(names)
            .Combine(options)
            .Select(static (input, _) => PlanAndShare(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.PlanOutputs);

        // What the input files say about themselves is InputDiagnosticsAnalyzer's to report (IDEs show an analyzer's
        // diagnostics on the files; a generator's they do not), so the generator reports it only in a build that
        // skips analyzers. Diagnostics about the options, the C# version and the tables' own failures stay here.
        var analyzersSkipped = options.Select(static (options, _) => options.AnalyzersSkipped);
        context.RegisterSourceOutput(
            encoded.Select(static (file, _) => file.FanOut.Count == 0 ? file.File.Diagnostics : file.File.Diagnostics.Concat(file.FanOut).ToEquatableArray())
                .Combine(analyzersSkipped),
            static (spc, input) => Report(spc, input.Left, input.Right));
        context.RegisterSourceOutput(
            geneInfoFiles.Select(static (file, _) => file.Diagnostics).Combine(analyzersSkipped),
            static (spc, input) => Report(spc, input.Left, input.Right));
        context.RegisterSourceOutput(options, static (spc, options) => EmitRuntime(spc, options));
        context.RegisterSourceOutput(
            plan.Select(static (p, _) => p.Diagnostics).Combine(analyzersSkipped),
            static (spc, input) => Report(spc, input.Left, input.Right));
        context.RegisterSourceOutput(plan.Select(static (p, _) => p.Info), static (spc, spec) => Emit(spc, DatasetInfoEmitter.HintName, spec, DatasetInfoEmitter.Emit));
        context.RegisterSourceOutput(plan.Select(static (p, _) => p.Index), static (spc, spec) => Emit(spc, IndexEmitter.HintName, spec, IndexEmitter.Emit));
        context.RegisterSourceOutput(plan.SelectMany(static (p, _) => p.FigureShards), static (spc, spec) => Emit(spc, FigureShardEmitter.HintName(spec.Shard), spec, FigureShardEmitter.Emit));
        context.RegisterSourceOutput(plan.SelectMany(static (p, _) => p.PaperShards), static (spc, spec) => Emit(spc, PaperMembersEmitter.HintName(spec.Shard), spec, PaperMembersEmitter.Emit));
        context.RegisterSourceOutput(plan.SelectMany(static (p, _) => p.GeneShards), static (spc, spec) => Emit(spc, GeneMembersEmitter.HintName(spec.Shard), spec, GeneMembersEmitter.Emit));
    }

    /// <summary>
    /// Parses a record, table or GMT file, once per text in this process: the analyzers call this too
    /// (<see cref="InputDiagnosticsAnalyzer"/>), and in a build they get the object the generator made (<see cref="ParseCache{T}"/>).
    /// </summary>
    internal static ParsedFile ParseText(AdditionalText text, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return text.GetText(cancellationToken) is { } content
                ? s_parsedFiles.GetOrParse(content, text.Path, cancellationToken, static (path, content, cancellationToken) => ParseContent(path, content, cancellationToken))
                : ParseContent(text.Path, SourceText.From(string.Empty), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug here must cost one file, not the whole output (which is what an escaping exception does: CS8785).
            return new ParsedFile(text.Path, EquatableArray<FigureRecord>.Empty, null, new EquatableArray<DiagnosticInfo>(new[]
            {
                DiagnosticInfo.Create(Diagnostics.DiagnosticDescriptors.InternalError, text.Path, TextPosition.FileStart, ex.GetType().Name, ex.Message),
            }));
        }
    }

    /// <summary>Parses an NCBI <c>gene_info</c> file, once per text in this process, as <see cref="ParseText"/>.</summary>
    internal static GeneInfoFile ParseGeneInfo(AdditionalText text, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return text.GetText(cancellationToken) is { } content
                ? s_geneInfoFiles.GetOrParse(content, text.Path, cancellationToken, static (path, content, cancellationToken) => GeneInfoParser.Parse(path, content, cancellationToken))
                : GeneInfoParser.Parse(text.Path, SourceText.From(string.Empty), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // As for records: a bug costs this file (PFOCR016), never the whole output.
            var none = EquatableArray<int>.Empty;
            var empty = EquatableArray<string>.Empty;
            return new GeneInfoFile(text.Path, string.Empty, none, none, empty, empty, empty, EquatableArray<TextPosition>.Empty, new EquatableArray<DiagnosticInfo>(new[]
            {
                DiagnosticInfo.Create(Diagnostics.DiagnosticDescriptors.InternalError, text.Path, TextPosition.FileStart, ex.GetType().Name, ex.Message),
            }));
        }
    }

    private static ParsedFile ParseContent(string path, SourceText content, System.Threading.CancellationToken cancellationToken) => InputKind(path) switch
    {
        FileKind.Record => RecordParser.Parse(path, content, cancellationToken),
        FileKind.GeneSets => GmtParser.Parse(path, content, cancellationToken),
        _ => TableParser.Parse(path, content, cancellationToken),
    };

    private static void EmitRuntime(SourceProductionContext context, GeneratorOptions options)
    {
        Report(context, options.Diagnostics);
        var settings = GeneratedCodeSettings.From(options);
        if (!options.Target.Supported)
        {
            // Everything generated would fail to compile; one error that says what to change replaces them all.
            context.ReportDiagnostic(DiagnosticInfo.Create(
                Diagnostics.DiagnosticDescriptors.LanguageVersionTooOld, string.Empty, default,
                options.Target.LanguageVersionText, ConsumerTarget.MinimumLanguageVersionText).ToDiagnostic());
            return;
        }

        foreach (var file in RuntimeSources.Files)
        {
            context.AddSource(RuntimeSources.HintName(file), SourceText.From(RuntimeSources.Render(file, settings), System.Text.Encoding.UTF8));
        }
    }

    private static void Emit<TSpec>(SourceProductionContext context, string hintName, TSpec spec, Func<TSpec, string> emit)
        where TSpec : IGeneratedFileSpec
    {
        if (!spec.Settings.Target.Supported)
        {
            return; // PFOCR020, reported with the runtime
        }

        string source;
        try
        {
            source = emit(spec);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An escaping exception would be CS8785 and take every generated file with it; this costs one file.
            context.ReportDiagnostic(DiagnosticInfo.TablesFailed(ex).ToDiagnostic());
            return;
        }

        context.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics, bool analyzersSkipped)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (analyzersSkipped || DiagnosticOwnership.StaysWithGenerator(diagnostic.Id))
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        }
    }

    // The cross-file step's diagnostics are left for InputDiagnosticsAnalyzer, which in a build then reports them
    // without building the dataset a second time.
    private static OutputPlan PlanAndShare(Dataset dataset, MemberNames names, GeneratorOptions options)
    {
        var plan = OutputPlanner.Plan(dataset, names, options);
        CrossFileDiagnosticsCache.Publish(dataset.Inputs, options, plan.Diagnostics);
        return plan;
    }

    private static void Report(SourceProductionContext context, System.Collections.Generic.IEnumerable<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    internal enum FileKind
    {
        None,
        Record,
        Table,
        GeneSets,
    }

    internal static FileKind InputKind(string path)
    {
        var extension = Path.GetExtension(path);
        if (string.Equals(extension, ".md", StringComparison.OrdinalIgnoreCase))
        {
            return FileKind.Record;
        }

        if (string.Equals(extension, ".gmt", StringComparison.OrdinalIgnoreCase))
        {
            return FileKind.GeneSets;
        }

        return string.Equals(extension, ".tsv", StringComparison.OrdinalIgnoreCase) ? FileKind.Table : FileKind.None;
    }
}
