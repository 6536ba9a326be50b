// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
namespace LayerGen.Validation;

/// <summary>Mirror of <c>LayerGen.Precision</c>: the element type of the generated code.</summary>
internal enum ElementPrecision
{
    Float = 0,
    Double = 1,
}

/// <summary>Mirror of <c>LayerGen.SoftmaxKernel</c>.</summary>
internal enum KernelKind
{
    Auto = 0,
    Scalar = 1,
    Unrolled = 2,
    Vector256 = 3,
    Runtime = 4,
}

/// <summary>The values of a class's <c>[LayerOptions]</c> (or the defaults without one), checked to be defined enum values.</summary>
/// <param name="Precision">Element type.</param>
/// <param name="Seed">Initialiser seed.</param>
/// <param name="Kernel">Requested softmax kernel.</param>
internal readonly record struct LayerOptionValues(ElementPrecision Precision, int Seed, KernelKind Kernel)
{
    /// <summary>Float, seed 0, <see cref="KernelKind.Auto"/>: what a class without <c>[LayerOptions]</c> gets.</summary>
    public static LayerOptionValues Default => new(ElementPrecision.Float, 0, KernelKind.Auto);
}
