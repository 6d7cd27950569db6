using System;
using System.Collections.Generic;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// A minimal YAML tree with file positions, built from YamlDotNet's event stream. Used only inside the per-file
/// parse step; it never enters the incremental pipeline.
/// </summary>
internal abstract class YamlNode
{
    protected YamlNode(TextPosition position) => Position = position;

    public TextPosition Position { get; }

    /// <summary>Nodes in this subtree with aliases expanded; bounds alias bombs without expanding them.</summary>
    public long ExpandedSize { get; set; } = 1;

    public abstract string ShapeName { get; }
}

internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, bool isPlain, TextPosition position)
        : base(position)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    /// <summary>Plain (unquoted) scalars may be YAML nulls (<c>~</c>, <c>null</c>, empty); quoted ones never are.</summary>
    public bool IsPlain { get; }

    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string ShapeName => "a scalar";
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(TextPosition position)
        : base(position)
    {
    }

    /// <summary>Set once, at exact size, when the loader reads the end of the list.</summary>
    public YamlNode[] Items { get; internal set; } = Array.Empty<YamlNode>();

    public override string ShapeName => "a list";
}

internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(TextPosition position)
        : base(position)
    {
    }

    /// <summary>Set once, at exact size, when the loader reads the end of the mapping.</summary>
    public KeyValuePair<YamlScalar, YamlNode>[] Entries { get; internal set; } = Array.Empty<KeyValuePair<YamlScalar, YamlNode>>();

    public override string ShapeName => "a mapping";

    public bool TryGet(string key, out YamlScalar keyNode, out YamlNode value)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                keyNode = entry.Key;
                value = entry.Value;
                return true;
            }
        }

        keyNode = null!;
        value = null!;
        return false;
    }
}
