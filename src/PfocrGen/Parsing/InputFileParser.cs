using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PfocrGen.Inputs;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// Parses a claimed AdditionalFile, once per text in this process: the generator's pipeline and the analyzers
/// (<c>InputChecking</c>) both call here, and in a build they get the very object the other made (<see cref="ParseCache{T}"/>).
/// A bug while parsing costs that one file (PFOCR016), never the whole output (<see cref="GeneratorGuard"/>).
/// </summary>
internal static class InputFileParser
{
    private static readonly ParseCache<ParsedFile> s_parsedFiles = new();
    private static readonly ParseCache<GeneInfoFile> s_geneInfoFiles = new();

    /// <summary>A record, table or GMT file (<see cref="InputFileKinds"/>).</summary>
    public static ParsedFile Parse(AdditionalText text, CancellationToken cancellationToken) => GeneratorGuard.Run(
        (text, cancellationToken),
        static input => input.text.GetText(input.cancellationToken) is { } content
            ? s_parsedFiles.GetOrParse(content, input.text.Path, input.cancellationToken, static (path, content, cancellationToken) => ParseContent(path, content, cancellationToken))
            : ParseContent(input.text.Path, SourceText.From(string.Empty), input.cancellationToken),
        static (input, ex) => new ParsedFile(
            input.text.Path, EquatableArray<FigureRecord>.Empty, null, new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.InternalError(input.text.Path, ex) })));

    /// <summary>An NCBI <c>gene_info</c> file.</summary>
    public static GeneInfoFile ParseGeneInfo(AdditionalText text, CancellationToken cancellationToken) => GeneratorGuard.Run(
        (text, cancellationToken),
        static input => input.text.GetText(input.cancellationToken) is { } content
            ? s_geneInfoFiles.GetOrParse(content, input.text.Path, input.cancellationToken, static (path, content, cancellationToken) => GeneInfoParser.Parse(path, content, cancellationToken))
            : GeneInfoParser.Parse(input.text.Path, SourceText.From(string.Empty), input.cancellationToken),
        static (input, ex) =>
        {
            var none = EquatableArray<int>.Empty;
            var empty = Utf8StringTable.Empty;
            return new GeneInfoFile(
                input.text.Path, string.Empty, none, none, empty, empty, empty, EquatableArray<TextPosition>.Empty,
                new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.InternalError(input.text.Path, ex) }));
        });

    private static ParsedFile ParseContent(string path, SourceText content, CancellationToken cancellationToken) => InputFileKinds.Of(path) switch
    {
        InputFileKind.Record => RecordParser.Parse(path, content, cancellationToken),
        InputFileKind.GeneSets => GmtParser.Parse(path, content, cancellationToken),
        _ => TableParser.Parse(path, content, cancellationToken),
    };
}
