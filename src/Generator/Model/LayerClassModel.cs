using LayerGen.Validation;

namespace LayerGen.Generator.Model;

/// <summary>Everything the emitter needs to write one layer class: strings, enums, numbers only.</summary>
/// <param name="Namespace">Containing namespace, empty for the global namespace.</param>
/// <param name="Name">The class name.</param>
/// <param name="HintName">Fully qualified name used as the generated file's hint name.</param>
/// <param name="Containers">Enclosing types, outermost first.</param>
/// <param name="Layers">Layers in source order with resolved sizes.</param>
/// <param name="Precision">Element type.</param>
/// <param name="Seed">Initialiser seed.</param>
/// <param name="Kernel">Requested softmax kernel.</param>
internal sealed record LayerClassModel(
    string Namespace,
    string Name,
    string HintName,
    EquatableArray<ContainingTypeModel> Containers,
    EquatableArray<ResolvedLayer> Layers,
    ElementPrecision Precision,
    int Seed,
    KernelKind Kernel)
{
    /// <summary>
    /// The attribute whose pipeline emits this class. Every layer attribute has its own pipeline and all of them
    /// see the class; only the pipeline of the first layer's attribute emits it, so each class is written once.
    /// </summary>
    public LayerKind Owner => Layers[0].Kind;
}

/// <summary>An enclosing type: its declaration keyword (<c>class</c>, <c>struct</c>, <c>record</c>, …) and name.</summary>
internal readonly record struct ContainingTypeModel(string Keyword, string Name);
