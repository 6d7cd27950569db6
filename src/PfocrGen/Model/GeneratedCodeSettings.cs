namespace PfocrGen.Model;

/// <summary>
/// The options every generated file is written with. Carried inside each output spec (rather than combined
/// with the options node) so that a spec alone decides whether its file must be written again.
/// </summary>
internal sealed record GeneratedCodeSettings(string Namespace, bool Public, ConsumerTarget Target)
{
    public string Visibility => Public ? "public" : "internal";

    public static GeneratedCodeSettings From(GeneratorOptions options) => new(options.Namespace, options.Public, options.Target);
}

/// <summary>The spec of one data-dependent generated file.</summary>
internal interface IGeneratedFileSpec
{
    GeneratedCodeSettings Settings { get; }
}
