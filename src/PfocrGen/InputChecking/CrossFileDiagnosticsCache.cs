using System.Collections.Generic;
using System.Runtime.CompilerServices;
using PfocrGen.Building;
using PfocrGen.Model;

namespace PfocrGen.InputChecking;

/// <summary>
/// The cross-file diagnostics the generator computed (duplicate ids, orphan and second tables, renamed members,
/// alias collisions, disagreeing papers), left for <see cref="InputDiagnosticsAnalyzer"/>'s compilation-end action,
/// so a build does not build the dataset and name every member twice. An entry answers only for the very parsed
/// objects it was computed from (<see cref="ParseCache{T}"/> gives the analyzer the generator's own in a build) and
/// for the options the dataset depends on; anything else is a miss, and the analyzer computes them itself.
/// </summary>
/// <remarks>
/// Keyed weakly by one of the files (the one with the ordinally first path, which both sides find among the same
/// files whatever their order), so an entry lives as long as that parse and several projects compiled in one
/// process (the compiler server, the IDE) keep theirs apart. Publishing again under the same file replaces the entry.
/// </remarks>
internal static class CrossFileDiagnosticsCache
{
    private static readonly ConditionalWeakTable<ParsedFile, Entry> s_byAnchor = new();

    public static void Publish(DatasetInputs inputs, GeneratorOptions options, EquatableArray<DiagnosticInfo> diagnostics)
    {
        if (Anchor(inputs.Files) is not { } anchor)
        {
            return; // no files, no cross-file diagnostics
        }

        var entry = new Entry(inputs, DatasetOptions.Of(options), diagnostics);
        lock (s_byAnchor)
        {
            s_byAnchor.Remove(anchor);
            s_byAnchor.Add(anchor, entry);
        }
    }

    /// <summary>The diagnostics published for exactly these parsed files and options, or null.</summary>
    public static EquatableArray<DiagnosticInfo>? TryGet(DatasetInputs inputs, GeneratorOptions options)
    {
        if (Anchor(inputs.Files) is not { } anchor || !s_byAnchor.TryGetValue(anchor, out var entry))
        {
            return null;
        }

        return entry.Matches(inputs, DatasetOptions.Of(options)) ? entry.Diagnostics : null;
    }

    private static ParsedFile? Anchor(IReadOnlyList<ParsedFile> files)
    {
        ParsedFile? anchor = null;
        foreach (var file in files)
        {
            if (anchor is null || string.CompareOrdinal(file.Path, anchor.Path) < 0)
            {
                anchor = file;
            }
        }

        return anchor;
    }

    /// <summary>The options the dataset and member names depend on (gene sources filter mentions; the member options decide which names exist).</summary>
    private readonly record struct DatasetOptions(GeneSourceKinds GeneSources, FigureMemberMode FigureMembers, GeneMemberMode GeneMembers)
    {
        public static DatasetOptions Of(GeneratorOptions options) => new(options.GeneSources, options.FigureMembers, options.GeneMembers);
    }

    // Published on every run of the plan step (every record edit in an IDE), read at most once per compilation, and
    // in an IDE mostly never (it runs compilation-end actions only in whole-solution analysis): the set of parsed
    // objects a match needs is built on the first match, not on every publish.
    private sealed class Entry
    {
        private readonly DatasetInputs _inputs;
        private readonly DatasetOptions _options;
        private HashSet<object>? _parsed;

        public Entry(DatasetInputs inputs, DatasetOptions options, EquatableArray<DiagnosticInfo> diagnostics)
        {
            _inputs = inputs;
            _options = options;
            Diagnostics = diagnostics;
        }

        public EquatableArray<DiagnosticInfo> Diagnostics { get; }

        public bool Matches(DatasetInputs inputs, DatasetOptions options)
        {
            if (options != _options || inputs.Files.Count != _inputs.Files.Count || inputs.GeneInfo.Length != _inputs.GeneInfo.Length)
            {
                return false;
            }

            var parsed = Parsed();
            foreach (var file in inputs.Files)
            {
                if (!parsed.Contains(file))
                {
                    return false;
                }
            }

            foreach (var file in inputs.GeneInfo)
            {
                if (!parsed.Contains(file))
                {
                    return false;
                }
            }

            return true;
        }

        private HashSet<object> Parsed()
        {
            lock (this)
            {
                if (_parsed is null)
                {
                    var parsed = new HashSet<object>(ReferenceComparer.Instance);
                    foreach (var file in _inputs.Files)
                    {
                        parsed.Add(file);
                    }

                    foreach (var file in _inputs.GeneInfo)
                    {
                        parsed.Add(file);
                    }

                    _parsed = parsed;
                }

                return _parsed;
            }
        }
    }

    // The parsed records compare by value (the pipeline needs that), but here only the same objects mean the same parse.
    private sealed class ReferenceComparer : IEqualityComparer<object>
    {
        public static readonly ReferenceComparer Instance = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
