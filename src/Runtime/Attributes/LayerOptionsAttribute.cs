namespace LayerGen;

/// <summary>
/// Compile-time options for a generated layer or network. Optional; without it a class gets
/// <see cref="Precision.Float"/>, seed 0 and <see cref="SoftmaxKernel.Auto"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class LayerOptionsAttribute : Attribute
{
    /// <summary>Element type of the generated code: <c>float</c> (default) or <c>double</c>.</summary>
    public Precision Precision { get; set; } = Precision.Float;

    /// <summary>Seed of the parameter initialiser (He for layers followed by Relu, Xavier otherwise).</summary>
    public int Seed { get; set; }

    /// <summary>Which softmax kernel the generator emits for fixed-size softmax layers.</summary>
    public SoftmaxKernel Kernel { get; set; } = SoftmaxKernel.Auto;
}
