using System.Text;
using PfocrGen.Packing;

namespace PfocrGen.Emitting;

/// <summary>A small indented writer for generated C#; lines end in LF whatever the host, for reproducible output.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    public SourceWriter(int capacity = 4096) => _builder = new StringBuilder(capacity);

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes each line of a multi-line block (LF-separated) at the current indentation.</summary>
    public SourceWriter Lines(string block)
    {
        foreach (var line in block.Split('\n'))
        {
            Line(line);
        }

        return this;
    }

    public SourceWriter Open(string text)
    {
        Line(text).Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>
    /// Writes <c>private const string name = "…";</c> holding <paramref name="data"/> packed (see
    /// <see cref="PackedLiteral"/>), straight into this writer: shard data runs to hundreds of kilobytes.
    /// </summary>
    public SourceWriter PackedConstant(string name, System.ReadOnlySpan<byte> data)
    {
        _builder.Append(' ', _indent * 4).Append("private const string ").Append(name).Append(" = \"");
        PackedLiteral.Append(_builder, data);
        _builder.Append("\";\n");
        return this;
    }

    /// <summary>Writes raw text (a long literal) without indentation or line break.</summary>
    public SourceWriter Raw(string text)
    {
        _builder.Append(text);
        return this;
    }

    public SourceWriter Indent()
    {
        _builder.Append(' ', _indent * 4);
        return this;
    }

    public override string ToString() => _builder.ToString();
}
