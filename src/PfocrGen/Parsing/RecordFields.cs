using System.Collections.Generic;
using PfocrGen.Diagnostics;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// Reads named fields from a front-matter mapping. Fields are found by name, never by position; a field of the
/// wrong shape is reported (PFOCR005) and treated as absent, so one bad field never costs the whole record.
/// </summary>
internal sealed class RecordFields
{
    private readonly string _path;
    private readonly YamlMapping _mapping;
    private readonly FileDiagnostics _diagnostics;

    public RecordFields(string path, YamlMapping mapping, FileDiagnostics diagnostics)
    {
        _path = path;
        _mapping = mapping;
        _diagnostics = diagnostics;
    }

    /// <summary>Fields of a nested mapping (a list entry), reported against the same file.</summary>
    public RecordFields For(YamlMapping nested) => new(_path, nested, _diagnostics);

    /// <summary>A required text field; reports PFOCR003 on the key (or line 1) when missing or empty.</summary>
    public bool TryRequired(string key, out string value, out TextPosition position)
    {
        if (_mapping.TryGet(key, out var keyNode, out var node) && node is YamlScalar scalar && !scalar.IsNull)
        {
            value = Placeholders.Clean(scalar.Value.Trim());
            position = scalar.Position;
            if (value.Length > 0)
            {
                return true;
            }
        }

        value = string.Empty;
        position = keyNode is null ? TextPosition.FileStart : keyNode.Position;
        Report(DiagnosticDescriptors.MissingRequiredField, position, key);
        return false;
    }

    /// <summary>Whether the mapping has <paramref name="key"/> at all (with any value).</summary>
    public bool Has(string key) => _mapping.TryGet(key, out _, out _);

    /// <summary>An optional text field; empty when missing, a placeholder or of the wrong shape.</summary>
    public string Text(string key) => Text(key, out _);

    public string Text(string key, out TextPosition position)
    {
        position = TextPosition.FileStart;
        if (!_mapping.TryGet(key, out _, out var node))
        {
            return string.Empty;
        }

        position = node.Position;
        if (node is YamlScalar scalar)
        {
            return scalar.IsNull ? string.Empty : Placeholders.Clean(scalar.Value);
        }

        Report(DiagnosticDescriptors.WrongShape, node.Position, key, "text", node.ShapeName);
        return string.Empty;
    }

    /// <summary>A field that PFOCR writes as a list or, in some releases, as a single plain value.</summary>
    public List<string> TextList(string key)
    {
        var values = new List<string>();
        if (!_mapping.TryGet(key, out _, out var node))
        {
            return values;
        }

        if (node is YamlScalar single)
        {
            AddListValue(values, single);
        }
        else if (node is YamlSequence sequence)
        {
            foreach (var item in sequence.Items)
            {
                if (item is YamlScalar scalar)
                {
                    AddListValue(values, scalar);
                }
                else
                {
                    Report(DiagnosticDescriptors.WrongShape, item.Position, key + " item", "text", item.ShapeName);
                }
            }
        }
        else
        {
            Report(DiagnosticDescriptors.WrongShape, node.Position, key, "a list of text", node.ShapeName);
        }

        return values;
    }

    /// <summary>
    /// A list of mappings (<c>genes:</c>, <c>chemicals:</c>, <c>diseases:</c>); <see langword="null"/> when the
    /// key is absent or has the wrong shape, so a sidecar table may supply the mentions instead.
    /// </summary>
    public List<YamlMapping>? MappingList(string key)
    {
        if (!_mapping.TryGet(key, out _, out var node))
        {
            return null;
        }

        if (node is YamlScalar scalar && scalar.IsNull)
        {
            return new List<YamlMapping>();
        }

        if (node is not YamlSequence sequence)
        {
            Report(DiagnosticDescriptors.WrongShape, node.Position, key, "a list of mappings", node.ShapeName);
            return null;
        }

        var items = new List<YamlMapping>(sequence.Items.Length);
        foreach (var item in sequence.Items)
        {
            if (item is YamlMapping mapping)
            {
                items.Add(mapping);
            }
            else
            {
                Report(DiagnosticDescriptors.WrongShape, item.Position, key + " item", "a mapping", item.ShapeName);
            }
        }

        return items;
    }

    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, TextPosition position, params string[] args) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, _path, position, args));

    private static void AddListValue(List<string> values, YamlScalar scalar)
    {
        // In organism lists NA is R's missing value, not an organism.
        var value = Placeholders.Clean(scalar.Value.Trim());
        if (!scalar.IsNull && value.Length > 0 && value != "NA")
        {
            values.Add(value);
        }
    }
}
