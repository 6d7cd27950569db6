using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PfocrGen.Building;
using PfocrGen.Emitting;
using PfocrGen.Model;
using PfocrGen.Parsing;

namespace PfocrGen;

/// <summary>
/// Turns PFOCR figure records (<c>.md</c>), their sidecar tables (<c>.tsv</c>) and gene-set files (<c>.gmt</c>)
/// among the AdditionalFiles into a typed API. Each file is parsed, checked and encoded on its own; only the
/// cross-file tables go through one Collect.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PfocrGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(OptionsReader.Read)
            .WithTrackingName(TrackingNames.Options);

        var files = context.AdditionalTextsProvider
            .Where(static text => InputKind(text.Path) != FileKind.None)
            .Select(static (text, cancellationToken) => ParseText(text, cancellationToken))
            .WithTrackingName(TrackingNames.ParseFile);

        var encoded = files
            .Combine(options)
            .Select(static (pair, _) => SegmentEncoder.Encode(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.EncodeFile);

        var fanOut = files
            .Combine(options)
            .Select(static (pair, _) => FanOutCheck.Find(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.FanOutCheck);

        var dataset = encoded
            .Collect()
            .Combine(options)
            .WithTrackingName(TrackingNames.CollectFiles);

        context.RegisterSourceOutput(files, static (spc, file) => Report(spc, file.Diagnostics));
        context.RegisterSourceOutput(fanOut, static (spc, diagnostics) => Report(spc, diagnostics));
        context.RegisterSourceOutput(options, static (spc, options) => EmitRuntime(spc, options));
        context.RegisterSourceOutput(dataset, static (spc, pair) => EmitDataset(spc, pair.Left, pair.Right));
    }

    internal static ParsedFile ParseText(AdditionalText text, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            var content = text.GetText(cancellationToken) ?? SourceText.From(string.Empty);
            return InputKind(text.Path) switch
            {
                FileKind.Record => RecordParser.Parse(text.Path, content, cancellationToken),
                FileKind.GeneSets => GmtParser.Parse(text.Path, content, cancellationToken),
                _ => TableParser.Parse(text.Path, content, cancellationToken),
            };
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

    private static void EmitRuntime(SourceProductionContext context, GeneratorOptions options)
    {
        Report(context, options.Diagnostics);
        var visibility = options.Public ? "public" : "internal";
        foreach (var (hintName, template) in new[]
        {
            ("PfocrGen.Types.g.cs", RuntimeTypesTemplate.Text),
            ("PfocrGen.Tables.g.cs", RuntimeTablesTemplate.Text),
            ("PfocrGen.Analysis.g.cs", AnalysisTemplate.Text),
        })
        {
            var source = template
                .Replace("__NAMESPACE__", options.Namespace)
                .Replace("__VISIBILITY__", visibility)
                .Replace("__VERSION__", GeneratorInfo.Version)
                .Replace("\r\n", "\n");
            context.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
        }
    }

    private static void EmitDataset(SourceProductionContext context, System.Collections.Immutable.ImmutableArray<EncodedFile> files, GeneratorOptions options)
    {
        Dataset dataset;
        var sources = new System.Collections.Generic.List<(string HintName, string Source)>();
        try
        {
            dataset = DatasetBuilder.Build(files, options);
            sources.Add((DatasetInfoEmitter.HintName, DatasetInfoEmitter.Emit(dataset, options)));
            foreach (var source in DatasetEmitter.Emit(dataset, options))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                sources.Add(source);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An escaping exception would be CS8785 and take the runtime types with it; this way the failure is a
            // clear error and everything else this generator emits stays.
            context.ReportDiagnostic(DiagnosticInfo.Create(
                Diagnostics.DiagnosticDescriptors.InternalTablesError, string.Empty, default, ex.GetType().Name, ex.Message).ToDiagnostic());
            return;
        }

        Report(context, dataset.Diagnostics);
        foreach (var (hintName, source) in sources)
        {
            context.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
        }
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
