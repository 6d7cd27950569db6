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
    private readonly string _path;
    private readonly FilePositions _positions;
    private readonly int _bodyOffset;
    private readonly Stack<Frame> _stack = new();
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private YamlNode? _root;

    private YamlTreeLoader(string path, FilePositions positions, int bodyOffset)
    {
        _path = path;
        _positions = positions;
        _bodyOffset = bodyOffset;
    }

    /// <summary>Loads <paramref name="body"/>, which starts at <paramref name="bodyOffset"/> in the file.</summary>
    public static (YamlNode? Root, DiagnosticInfo? Error) Load(
        string path, string body, int bodyOffset, FilePositions positions, CancellationToken cancellationToken)
    {
        var loader = new YamlTreeLoader(path, positions, bodyOffset);
        var scanner = new Scanner(new StringReader(body), skipComments: true);
        var parser = new Parser(scanner);
        try
        {
            var error = loader.Run(parser, cancellationToken);
            return (error is null ? loader._root : null, error);
        }
        catch (YamlException ex)
        {
            if (loader.UnclosedFlow(ex.Message) is { } unclosed)
            {
                return (null, unclosed);
            }

            // The start of the error is where the mistake is (an unclosed quote, a stray key), except for a tab:
            // YamlDotNet then spans from the value before it to the tab itself, and the tab is what to fix.
            var mark = ex.Message.IndexOf("tab character", StringComparison.Ordinal) >= 0 ? ex.End : ex.Start;
            return (null, loader.Error(DiagnosticDescriptors.YamlSyntaxError, mark, 1, Describe(ex)));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException)
        {
            // YamlDotNet reports some malformed flow collections with framework exceptions.
            return (null, loader.UnclosedFlow(null) ?? loader.Error(
                DiagnosticDescriptors.YamlSyntaxError, scanner.CurrentPosition, 1,
                "the YAML structure is invalid here (is a '[' or '{' left unclosed, or a quote?)"));
        }
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

        foreach (var frame in _stack)
        {
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
        if (_stack.Count >= SafetyLimits.MaxDepth)
        {
            return Error(DiagnosticDescriptors.SafetyLimit, start.Start, 1, "YAML nesting", SafetyLimits.Describe(SafetyLimits.MaxDepth, "levels"));
        }

        Remember(start.Anchor, node);
        _stack.Push(new Frame(node, start.Start, flow));
        return null;
    }

    private DiagnosticInfo? OnCollectionEnd(ParsingEvent end)
    {
        var frame = _stack.Pop();
        if (frame.PendingKey is not null)
        {
            return Error(DiagnosticDescriptors.YamlSyntaxError, end.Start, 1, $"key '{frame.PendingKey.Value}' has no value");
        }

        return Add(frame.Node, frame.Start);
    }

    private DiagnosticInfo? OnAlias(AnchorAlias alias)
    {
        if (!_anchors.TryGetValue(alias.Value.Value, out var target))
        {
            return Error(DiagnosticDescriptors.YamlSyntaxError, alias.Start, alias.Value.Value.Length + 1, $"alias '*{alias.Value.Value}' refers to no anchor");
        }

        foreach (var open in _stack)
        {
            if (ReferenceEquals(open.Node, target))
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
            _anchors[anchor.Value] = node;
        }
    }

    private DiagnosticInfo? Add(YamlNode node, Mark mark)
    {
        if (_stack.Count == 0)
        {
            _root ??= node;
            return null;
        }

        var frame = _stack.Peek();
        var parent = frame.Node;
        parent.ExpandedSize = Math.Min(parent.ExpandedSize + node.ExpandedSize, long.MaxValue / 2);
        if (parent.ExpandedSize > SafetyLimits.MaxExpandedNodes)
        {
            return Error(DiagnosticDescriptors.SafetyLimit, mark, 1, "YAML alias expansion", SafetyLimits.Describe(SafetyLimits.MaxExpandedNodes, "nodes"));
        }

        if (parent is YamlSequence sequence)
        {
            sequence.Items.Add(node);
            return null;
        }

        var mapping = (YamlMapping)parent;
        if (frame.PendingKey is null)
        {
            if (node is not YamlScalar key)
            {
                return Error(DiagnosticDescriptors.YamlSyntaxError, mark, 1, "a mapping key must be text, not " + node.ShapeName);
            }

            if (!frame.Keys.Add(key.Value))
            {
                return Error(DiagnosticDescriptors.YamlSyntaxError, mark, key.Value.Length, $"duplicate key '{key.Value}'; each key may appear once");
            }

            frame.PendingKey = key;
        }
        else
        {
            mapping.Entries.Add(new KeyValuePair<YamlScalar, YamlNode>(frame.PendingKey, node));
            frame.PendingKey = null;
        }

        return null;
    }

    private TextPosition PositionOf(ParsingEvent e) =>
        _positions.At(_bodyOffset + (int)e.Start.Index, (int)(e.End.Index - e.Start.Index));

    private DiagnosticInfo Error(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, Mark mark, int length, params string[] args) =>
        DiagnosticInfo.Create(descriptor, _path, _positions.At(_bodyOffset + (int)mark.Index, length), args);

    private sealed class Frame
    {
        public Frame(YamlNode node, Mark start, bool flow)
        {
            Node = node;
            Start = start;
            Flow = flow;
        }

        /// <summary>A <c>[…]</c> or <c>{…}</c> collection, which must be closed by its bracket.</summary>
        public bool Flow { get; }

        public YamlNode Node { get; }

        public Mark Start { get; }

        public YamlScalar? PendingKey { get; set; }

        /// <summary>Keys seen so far in a mapping; a set keeps duplicate detection linear.</summary>
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
    }
}
