namespace PfocrGen.Model;

/// <summary>One entry of a record's <c>annotations</c> list: a curator's typed note on the figure.</summary>
internal sealed record AnnotationEntry(string Type, string Value);
