using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace PfocrGen.Parsing;

/// <summary>
/// One parse per input file's text, shared by the generator and the analyzers in the same process. In a
/// command-line build the compiler hands the generator and the analyzers the very same AdditionalText objects, and
/// each reads its file once into one <see cref="SourceText"/> (<c>AdditionalTextFile</c> keeps it in a
/// <c>Lazy</c>); the IDE keeps an unchanged document's text too. Keyed weakly by that instance, so the generator's
/// parse is what the analyzers report, and the entry dies with the text (end of the build, or an edit).
/// </summary>
/// <remarks>
/// The path is checked as well: what a file is parsed as follows its extension, and one text object can stand for
/// two paths (a linked file, a test). The first parse stored wins, so every later caller gets the same object,
/// which is what the analyzers' cross-file cache (<c>InputChecking.CrossFileDiagnosticsCache</c>) matches on.
/// </remarks>
internal sealed class ParseCache<T>
    where T : class
{
    private readonly ConditionalWeakTable<SourceText, Entry> _byText = new();

    public T GetOrParse(SourceText text, string path, CancellationToken cancellationToken, Func<string, SourceText, CancellationToken, T> parse)
    {
        if (_byText.TryGetValue(text, out var cached) && string.Equals(cached.Path, path, StringComparison.Ordinal))
        {
            return cached.Value;
        }

        // Parsed outside the lock: another file's parse must not wait for this one. An exception is not stored.
        var parsed = parse(path, text, cancellationToken);
        lock (_byText)
        {
            if (_byText.TryGetValue(text, out cached))
            {
                if (string.Equals(cached.Path, path, StringComparison.Ordinal))
                {
                    return cached.Value;
                }

                _byText.Remove(text);
            }

            _byText.Add(text, new Entry(path, parsed));
            return parsed;
        }
    }

    private sealed record Entry(string Path, T Value);
}
