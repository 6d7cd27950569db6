using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PfocrGen.Inputs;
using PfocrGen.Model;
using PfocrGen.Naming;
using PfocrGen.Parsing;

namespace PfocrGen.InputChecking;

/// <summary>
/// The <c>Figures</c> members that records left out for an error would have had, each with the record and its
/// first error: what PFOCR026 tells a user whose code names such a member. A record that failed to parse has no
/// figid the parser vouches for, so the names come from what a reader would go by: the file name (PFOCR names a
/// record <c>&lt;figid&gt;.md</c>) and a <c>figid:</c> or <c>pmcid:</c> line at the start of a line of the file,
/// each through the member naming rule (<see cref="IdentifierNaming"/>), plus the paper a figid's
/// <c>PMC…__</c> prefix names. It is a hint for an error message, never a parse: the record stays left out.
/// </summary>
internal static class BrokenRecordNames
{
    // Real records give figid and pmcid within their first lines; a hostile file is not read to its end for a hint.
    private const int MaxLinesRead = 400;

    public static IReadOnlyDictionary<string, BrokenRecord> Of(InputFiles inputs, CancellationToken cancellationToken)
    {
        var records = new List<AdditionalText>();
        foreach (var file in inputs.Parsed)
        {
            if (InputFileKinds.Of(file.Path) == InputFileKind.Record)
            {
                records.Add(file);
            }
        }

        // Of two broken records that would give one name, the ordinally first path is named, whatever the file order.
        records.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        var names = new Dictionary<string, BrokenRecord>(StringComparer.Ordinal);
        foreach (var file in records)
        {
            var parsed = InputFileParser.Parse(file, cancellationToken);
            if (parsed.Figures.Count > 0 || FirstError(parsed) is not { } error)
            {
                continue;
            }

            var broken = new BrokenRecord(file.Path, error);
            foreach (var id in IdsOf(file, cancellationToken))
            {
                var name = IdentifierNaming.Sanitize(id);
                if (!names.ContainsKey(name))
                {
                    names.Add(name, broken);
                }
            }
        }

        return names;
    }

    private static DiagnosticInfo? FirstError(ParsedFile parsed)
    {
        foreach (var diagnostic in parsed.Diagnostics)
        {
            if (Diagnostics.DiagnosticDescriptors.ById(diagnostic.Id).DefaultSeverity == DiagnosticSeverity.Error)
            {
                return diagnostic;
            }
        }

        return null;
    }

    // The figid the file name gives, the figid and pmcid lines, and the paper of each figid.
    private static IEnumerable<string> IdsOf(AdditionalText file, CancellationToken cancellationToken)
    {
        var ids = new List<string> { System.IO.Path.GetFileNameWithoutExtension(file.Path) };
        if (file.GetText(cancellationToken) is { } text)
        {
            var lines = Math.Min(text.Lines.Count, MaxLinesRead);
            for (var i = 0; i < lines; i++)
            {
                if (ValueOf(text, text.Lines[i], "figid:") is { } figid)
                {
                    ids.Add(figid);
                }
                else if (ValueOf(text, text.Lines[i], "pmcid:") is { } pmcid)
                {
                    ids.Add(pmcid);
                }
            }
        }

        var papers = new List<string>();
        foreach (var id in ids)
        {
            var separator = id.IndexOf("__", StringComparison.Ordinal);
            if (separator > 0)
            {
                papers.Add(id.Substring(0, separator));
            }
        }

        ids.AddRange(papers);
        ids.RemoveAll(static id => id.Length == 0);
        return ids;
    }

    // "figid: PMC1__x", "figid: 'PMC1__x'" → PMC1__x; a key further in (nested, indented) is not the record's.
    private static string? ValueOf(SourceText text, TextLine line, string key)
    {
        var content = text.ToString(line.Span);
        if (!content.StartsWith(key, StringComparison.Ordinal))
        {
            return null;
        }

        var value = content.Substring(key.Length).Trim();
        if (value.Length >= 2 && (value[0] == '\'' || value[0] == '"') && value[value.Length - 1] == value[0])
        {
            value = value.Substring(1, value.Length - 2);
        }

        return value;
    }
}

/// <summary>A record left out for an error, and that error.</summary>
internal sealed record BrokenRecord(string Path, DiagnosticInfo FirstError);
