using LayerGen.Validation;

namespace LayerGen.Generator.Model;

/// <summary>
/// Everything the emitter needs to write one layer class, decided by the parser: strings, enums, numbers and
/// value-equal arrays only (no Roslyn object), so that the pipeline can cache it.
/// </summary>
/// <param name="Identity">Where the class is declared and what it is called.</param>
/// <param name="Layers">Layers in source order with resolved sizes.</param>
/// <param name="Precision">Element type.</param>
/// <param name="Seed">Initialiser seed.</param>
/// <param name="Kernel">Requested softmax kernel.</param>
/// <param name="Network">The network layout, or <see langword="null"/> for a standalone layer.</param>
/// <param name="Kernels">One plan per softmax row size that needs generated row kernels, ordered by size.</param>
/// <param name="Differentiable">For a custom layer (<c>[DifferentiableLayer]</c>, no layer attributes): its model.</param>
internal sealed record LayerClassModel(
    ClassIdentity Identity,
    EquatableArray<ResolvedLayer> Layers,
    ElementPrecision Precision,
    int Seed,
    KernelKind Kernel,
    NetworkLayout? Network,
    EquatableArray<SoftmaxKernelPlan> Kernels,
    DifferentiableLayerModel? Differentiable = null)
{
    /// <summary>
    /// The attribute whose pipeline emits this class. Every layer attribute has its own pipeline and all of them
    /// see the class; only the pipeline of the first layer's attribute keeps it, so each class is written once.
    /// A custom layer has its own pipeline and no layer attributes: <see langword="null"/>.
    /// </summary>
    public LayerKind? Owner => Layers.Length > 0 ? Layers[0].Kind : null;
}
