namespace PfocrGen.Model;

/// <summary>
/// The options every data-dependent file is written with. Carried inside each output spec (rather than combined
/// with the options node) so that a spec alone decides whether its file must be written again.
/// </summary>
internal sealed record GeneratedCodeSettings(string Namespace, bool Public)
{
    public string Visibility => Public ? "public" : "internal";

    public static GeneratedCodeSettings From(GeneratorOptions options) => new(options.Namespace, options.Public);
}
