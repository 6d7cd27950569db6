using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PfocrGen.Building;
using PfocrGen.Emitting;
using PfocrGen.Inputs;
using PfocrGen.InputChecking;
using PfocrGen.Model;
using PfocrGen.Naming;
using PfocrGen.Packing;
using PfocrGen.Parsing;
using PfocrGen.Planning;

namespace PfocrGen;

/// <summary>
/// Turns PFOCR figure records (<c>.md</c>), their sidecar tables (<c>.tsv</c>), gene-set files (<c>.gmt</c>) and
/// NCBI gene files (<c>.gene_info</c>) among the AdditionalFiles (only those a PfocrGen.inputs manifest lists, if there is one: <see cref="InputSelection"/>) into
/// a typed API. Each file is parsed, checked and encoded on its own; only the cross-file tables go through one Collect.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PfocrGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // What may flow from one step to the next: values the driver can compare, since it runs a step again only
        // when its input differs from the last run's, and stops the re-running where an output compares equal.
        // That is records and structs of strings, numbers and EquatableArray (Model/), or types with their own
        // value equality (InputManifest, Dataset); never a List, an array, a mutable object or a Roslyn object
        // other than the driver's own AdditionalTexts on their way to the parser (CachingTests walks the outputs
        // for those). The dataset is the one large value: immutable, equal when built from equal inputs, and new
        // after every record edit, so a step that reads it runs after every edit; select from it only a small
        // equatable value, as naming selects NamingKeys, to stop the re-running there.

        // The consumer's C# version and available types, read without the compilation (ConsumerTypes): from the
        // parse options and the metadata references, which stay the same objects while the project does, and from
        // declarations of a hand-written polyfill, which a keystroke looks for only in the edited tree. Nothing
        // here depends on the compilation, so a keystroke re-runs no PfocrGen step (KeystrokeTests).
        var referencedTypes = context.MetadataReferencesProvider
            .Select(static (reference, cancellationToken) => ConsumerTypes.InReference(reference, cancellationToken))
            .WithTrackingName(TrackingNames.ReadReference)
            .Collect()
            .Select(static (found, _) => Any(found));
        var declaredTypes = context.SyntaxProvider
            .CreateSyntaxProvider(ConsumerTypes.IsCandidate, static (syntax, _) => ConsumerTypes.InDeclaration(syntax.Node))
            .Collect()
            .Select(static (found, _) => Any(found));
        var target = context.ParseOptionsProvider
            .Select(static (parseOptions, _) => ConsumerTarget.ReadLanguageVersion(parseOptions))
            .Combine(referencedTypes.Combine(declaredTypes).Select(static (pair, _) => pair.Left | pair.Right))
            .Select(static (pair, _) => new ConsumerTarget(
                pair.Left,
                (pair.Right & ConsumerTypes.Found.DynamicDependency) != 0,
                (pair.Right & ConsumerTypes.Found.ExternalInit) != 0))
            .WithTrackingName(TrackingNames.ConsumerTarget);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(OptionsReader.Read)
            .Combine(target)
            .Select(static (pair, _) => pair.Left with { Target = pair.Right })
            .WithTrackingName(TrackingNames.Options);

        // Which files are PfocrGen's (InputSelection): those the PfocrGen.inputs manifest lists, if there is one.
        // The per-file output is the same AdditionalText object as long as the file is unchanged, so a change of
        // the manifest re-parses nothing that stays listed.
        // Read AdditionalTextsProvider once: each read of the property is an input node of its own, and the driver
        // builds every input node's table of all the files anew on every run, a keystroke too (issue #25).
        var additionalTexts = context.AdditionalTextsProvider;
        var manifest = additionalTexts
            .Where(static text => InputSelection.IsManifest(text.Path))
            .Collect()
            .Select(static (manifests, cancellationToken) => InputManifest.Read(manifests, cancellationToken))
            .WithTrackingName(TrackingNames.ReadManifest);

        var claimed = additionalTexts
            .Combine(manifest)
            .Where(static pair => InputSelection.IsClaimed(pair.Left.Path, pair.Right))
            .Select(static (pair, _) => pair.Left);

        var files = claimed
            .Where(static text => InputFileKinds.Of(text.Path) != InputFileKind.None)
            .Select(static (text, cancellationToken) => InputFileParser.Parse(text, cancellationToken))
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
            .Select(static (text, cancellationToken) => InputFileParser.ParseGeneInfo(text, cancellationToken))
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

    private static ConsumerTypes.Found Any(System.Collections.Immutable.ImmutableArray<ConsumerTypes.Found> found)
    {
        var all = ConsumerTypes.Found.None;
        foreach (var item in found)
        {
            all |= item;
        }

        return all;
    }

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

        // A failure costs this one file (PFOCR019), not every generated file.
        var source = GeneratorGuard.Run(
            (emit, spec, context),
            static input => input.emit(input.spec),
            static (input, ex) =>
            {
                input.context.ReportDiagnostic(DiagnosticInfo.TablesFailed(ex).ToDiagnostic());
                return (string?)null;
            });
        if (source is null)
        {
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
}
