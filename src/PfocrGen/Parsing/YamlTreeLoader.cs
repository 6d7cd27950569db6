using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using PfocrGen.Diagnostics;
using PfocrGen.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PfocrGen.Parsing;

/// <summary>
/// Reads one YAML document into <see cref="YamlNode"/>s with positions in the enclosing file, enforcing
/// <see cref="SafetyLimits"/> while it reads (so a hostile input stops at the limit, not after it) and turning
/// every YamlDotNet failure, including its non-YAML exceptions, into a located diagnostic.
/// </summary>
internal sealed class YamlTreeLoader
{
    // Mappings with this many keys or fewer find duplicates by scanning; larger ones switch to a set, which keeps
    // a hostile mapping of many keys linear. Nearly every PFOCR mapping is small, so nearly none pays for a set.
    private const int ScannedKeys = 32;

    // Buffers that grew this large for one file are not kept for the next.
    private const int MaxKeptChildren = 4096;

    // Each thread keeps one loader, so its buffers serve file after file instead of being allocated per record.
    [ThreadStatic]
    private static YamlTreeLoader? t_spare;

    private string _path = string.Empty;
    private FilePositions _positions = null!;
    private int _bodyOffset;

    // Open collections, innermost last. Their children wait in _children (a collection's run starts at its
    // frame's FirstChild) and become one exact-size array when the collection closes: no per-node list that
    // grows by doubling, and one buffer serves the whole document.
    private Frame[] _frames = new Frame[8];
    private int _depth;
    private YamlNode[] _children = new YamlNode[128];
    private int _childCount;
    private Dictionary<string, YamlNode>? _anchors;
    private YamlNode? _root;

    /// <summary>
    /// Loads the YAML at <paramref name="bodyOffset"/> (<paramref name="bodyLength"/> characters) in
    /// <paramref name="content"/>, the whole file.
    /// </summary>
    public static (YamlNode? Root, DiagnosticInfo? Error) Load(
        string path, string content, int bodyOffset, int bodyLength, FilePositions positions, CancellationToken cancellationToken)
    {
        var loader = t_spare ?? new YamlTreeLoader();
        t_spare = null;
        loader._path = path;
        loader._positions = positions;
        loader._bodyOffset = bodyOffset;
        var result = loader.Load(new StringSegmentReader(content, bodyOffset, bodyLength), cancellationToken);
        if (loader.Reset())
        {
            t_spare = loader;
        }

        return result;
    }

    private (YamlNode? Root, DiagnosticInfo? Error) Load(TextReader body, CancellationToken cancellationToken)
    {
        var scanner = new Scanner(body, skipComments: true);
        var parser = new Parser(scanner);
        try
        {
            var error = Run(parser, cancellationToken);
            return (error is null ? _root : null, error);
        }
        catch (YamlException ex)
        {
            if (UnclosedFlow(ex.Message) is { } unclosed)
            {
                return (null, unclosed);
            }

            // The start of the error is where the mistake is (an unclosed quote, a stray key), except for a tab:
            // YamlDotNet then spans from the value before it to the tab itself, and the tab is what to fix.
            var mark = ex.Message.IndexOf("tab character", StringComparison.Ordinal) >= 0 ? ex.End : ex.Start;
            return (null, Error(DiagnosticDescriptors.YamlSyntaxError, mark, 1, Describe(ex)));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException)
        {
            // YamlDotNet reports some malformed flow collections with framework exceptions.
            return (null, UnclosedFlow(null) ?? Error(
                DiagnosticDescriptors.YamlSyntaxError, scanner.CurrentPosition, 1,
                "the YAML structure is invalid here (is a '[' or '{' left unclosed, or a quote?)"));
        }
    }

    /// <summary>Forgets the file just read; false when the buffers grew too large to keep.</summary>
    private bool Reset()
    {
        Array.Clear(_frames, 0, _depth);
        Array.Clear(_children, 0, _childCount);
        _depth = 0;
        _childCount = 0;
        _anchors = null;
        _root = null;
        _path = string.Empty;
        _positions = null!;
        return _children.Length <= MaxKeptChildren && _frames.Length <= SafetyLimits.MaxDepth;
    }

    /// <summary>
    /// An unclosed <c>[</c> or <c>{</c> makes YamlDotNet fail wherever the text after it stops making sense, often
    /// lines later; the bracket that was never closed is the mistake, so the error is reported there.
    /// </summary>
    private DiagnosticInfo? UnclosedFlow(string? message)
    {
        if (message is not null && message.IndexOf("did not find expected ','", StringComparison.Ordinal) < 0)
        {
            return null;
        }

        for (var i = _depth - 1; i >= 0; i--)
        {
            var frame = _frames[i];
            if (frame.Flow)
            {
                var bracket = frame.Node is YamlSequence ? "[" : "{";
                return Error(DiagnosticDescriptors.YamlSyntaxError, frame.Start, 1, $"this '{bracket}' is never closed; add the closing '{(bracket == "[" ? "]" : "}")}'");
            }
        }

        return null;
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: …)"; the diagnostic's location already says where.
        var message = ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0)
        {
            message = message.Substring(close + 3);
        }

        return message.TrimEnd('.');
    }

    private DiagnosticInfo? Run(Parser parser, CancellationToken cancellationToken)
    {
        var events = 0;
        while (parser.MoveNext())
        {
            if ((++events & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var error = parser.Current switch
            {
                Scalar scalar => OnScalar(scalar),
                SequenceStart start => OnCollectionStart(start, new YamlSequence(PositionOf(start)), start.Style == SequenceStyle.Flow),
                MappingStart start => OnCollectionStart(start, new YamlMapping(PositionOf(start)), start.Style == MappingStyle.Flow),
                SequenceEnd or MappingEnd => OnCollectionEnd(parser.Current),
                AnchorAlias alias => OnAlias(alias),
                DocumentEnd => null,
                _ => null,
            };

            if (error is not null)
            {
                return error;
            }

            if (parser.Current is DocumentEnd)
            {
                // Front matter is one document; anything after it is not ours to read.
                return null;
            }
        }

        return null;
    }

    private DiagnosticInfo? OnScalar(Scalar scalar)
    {
        if (scalar.Value.Length > SafetyLimits.MaxScalarChars)
        {
            return Error(DiagnosticDescriptors.SafetyLimit, scalar.Start, 1, "a YAML value", SafetyLimits.Describe(SafetyLimits.MaxScalarChars, "characters"));
        }

        var node = new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, PositionOf(scalar));
        Remember(scalar.Anchor, node);
        return Add(node, scalar.Start);
    }

    private DiagnosticInfo? OnCollectionStart(NodeEvent start, YamlNode node, bool flow)
    {
        if (_depth >= SafetyLimits.MaxDepth)
        {
            return Error(DiagnosticDescriptors.SafetyLimit, start.Start, 1, "YAML nesting", SafetyLimits.Describe(SafetyLimits.MaxDepth, "levels"));
        }

        Remember(start.Anchor, node);
        if (_depth == _frames.Length)
        {
            Array.Resize(ref _frames, _frames.Length * 2);
        }

        _frames[_depth++] = new Frame(node, start.Start, flow, _childCount);
        return null;
    }

    private DiagnosticInfo? OnCollectionEnd(ParsingEvent end)
    {
        var frame = _frames[--_depth];
        _frames[_depth] = default;
        var first = frame.FirstChild;
        var count = _childCount - first;
        if (frame.Node is YamlSequence sequence)
        {
            if (count > 0)
            {
                var items = new YamlNode[count];
                Array.Copy(_children, first, items, 0, count);
                sequence.Items = items;
            }
        }
        else
        {
            // Children alternate key, value; an odd count means the last key never got its value.
            if ((count & 1) != 0)
            {
                return Error(DiagnosticDescriptors.YamlSyntaxError, end.Start, 1, $"key '{((YamlScalar)_children[_childCount - 1]).Value}' has no value");
            }

            if (count > 0)
            {
                var entries = new KeyValuePair<YamlScalar, YamlNode>[count / 2];
                for (var i = 0; i < entries.Length; i++)
                {
                    entries[i] = new KeyValuePair<YamlScalar, YamlNode>((YamlScalar)_children[first + (2 * i)], _children[first + (2 * i) + 1]);
                }

                ((YamlMapping)frame.Node).Entries = entries;
            }
        }

        Array.Clear(_children, first, count);
        _childCount = first;
        return Add(frame.Node, frame.Start);
    }

    private DiagnosticInfo? OnAlias(AnchorAlias alias)
    {
        if (_anchors is null || !_anchors.TryGetValue(alias.Value.Value, out var target))
        {
            return Error(DiagnosticDescriptors.YamlSyntaxError, alias.Start, alias.Value.Value.Length + 1, $"alias '*{alias.Value.Value}' refers to no anchor");
        }

        for (var i = 0; i < _depth; i++)
        {
            if (ReferenceEquals(_frames[i].Node, target))
            {
                // A collection that contains itself has no finite meaning.
                return Error(DiagnosticDescriptors.YamlSyntaxError, alias.Start, alias.Value.Value.Length + 1, $"alias '*{alias.Value.Value}' refers to a collection that contains it");
            }
        }

        // The alias is shared, never copied: its cost is counted, not paid.
        return Add(target, alias.Start);
    }

    private void Remember(AnchorName anchor, YamlNode node)
    {
        if (!anchor.IsEmpty)
        {
            (_anchors ??= new Dictionary<string, YamlNode>(StringComparer.Ordinal))[anchor.Value] = node;
        }
    }

    private DiagnosticInfo? Add(YamlNode node, Mark mark)
    {
        if (_depth == 0)
        {
            _root ??= node;
            return null;
        }

        ref var frame = ref _frames[_depth - 1];
        var parent = frame.Node;
        parent.ExpandedSize = Math.Min(parent.ExpandedSize + node.ExpandedSize, long.MaxValue / 2);
        if (parent.ExpandedSize > SafetyLimits.MaxExpandedNodes)
        {
            return Error(DiagnosticDescriptors.SafetyLimit, mark, 1, "YAML alias expansion", SafetyLimits.Describe(SafetyLimits.MaxExpandedNodes, "nodes"));
        }

        // In a mapping an even number of children so far means this child is a key.
        if (parent is YamlMapping && ((_childCount - frame.FirstChild) & 1) == 0)
        {
            if (node is not YamlScalar key)
            {
                return Error(DiagnosticDescriptors.YamlSyntaxError, mark, 1, "a mapping key must be text, not " + node.ShapeName);
            }

            if (IsDuplicateKey(ref frame, key.Value))
            {
                return Error(DiagnosticDescriptors.YamlSyntaxError, mark, key.Value.Length, $"duplicate key '{key.Value}'; each key may appear once");
            }
        }

        if (_childCount == _children.Length)
        {
            Array.Resize(ref _children, _children.Length * 2);
        }

        _children[_childCount++] = node;
        return null;
    }

    /// <summary>Whether the mapping of <paramref name="frame"/> already has <paramref name="key"/>.</summary>
    private bool IsDuplicateKey(ref Frame frame, string key)
    {
        if (frame.Keys is null)
        {
            var keys = (_childCount - frame.FirstChild) / 2;
            if (keys < ScannedKeys)
            {
                for (var i = frame.FirstChild; i < _childCount; i += 2)
                {
                    if (string.Equals(((YamlScalar)_children[i]).Value, key, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }

            frame.Keys = new HashSet<string>(StringComparer.Ordinal);
            for (var i = frame.FirstChild; i < _childCount; i += 2)
            {
                frame.Keys.Add(((YamlScalar)_children[i]).Value);
            }
        }

        return !frame.Keys.Add(key);
    }

    private TextPosition PositionOf(ParsingEvent e) =>
        _positions.At(_bodyOffset + (int)e.Start.Index, (int)(e.End.Index - e.Start.Index));

    private DiagnosticInfo Error(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, Mark mark, int length, params string[] args) =>
        DiagnosticInfo.Create(descriptor, _path, _positions.At(_bodyOffset + (int)mark.Index, length), args);

    private struct Frame
    {
        public Frame(YamlNode node, Mark start, bool flow, int firstChild)
        {
            Node = node;
            Start = start;
            Flow = flow;
            FirstChild = firstChild;
            Keys = null;
        }

        public YamlNode Node { get; }

        public Mark Start { get; }

        /// <summary>A <c>[…]</c> or <c>{…}</c> collection, which must be closed by its bracket.</summary>
        public bool Flow { get; }

        /// <summary>Where this collection's children start in the loader's child buffer.</summary>
        public int FirstChild { get; }

        /// <summary>Keys of a large mapping, made once it outgrows scanning; a set keeps duplicate detection linear.</summary>
        public HashSet<string>? Keys { get; set; }
    }
}
