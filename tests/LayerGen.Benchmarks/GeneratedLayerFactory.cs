namespace LayerGen.Benchmarks;

/// <summary>Maps (kernel variant, size) to an instance of the matching generated layer class.</summary>
public static class GeneratedLayerFactory
{
    /// <summary>The generated layer for <paramref name="kernel"/> at <paramref name="size"/>, or null where that variant is not declared.</summary>
    public static IFixedSizeSoftmax? Create(SoftmaxKernel kernel, int size) => (kernel, size) switch
    {
        (SoftmaxKernel.Scalar, 10) => new Softmax10Scalar(),
        (SoftmaxKernel.Unrolled, 10) => new Softmax10Unrolled(),
        (SoftmaxKernel.Vector256, 10) => new Softmax10Vector256(),
        (SoftmaxKernel.Runtime, 10) => new Softmax10Runtime(),
        (SoftmaxKernel.Auto, 10) => new Softmax10Auto(),
        (SoftmaxKernel.Scalar, 64) => new Softmax64Scalar(),
        (SoftmaxKernel.Vector256, 64) => new Softmax64Vector256(),
        (SoftmaxKernel.Runtime, 64) => new Softmax64Runtime(),
        (SoftmaxKernel.Auto, 64) => new Softmax64Auto(),
        (SoftmaxKernel.Scalar, 1024) => new Softmax1024Scalar(),
        (SoftmaxKernel.Vector256, 1024) => new Softmax1024Vector256(),
        (SoftmaxKernel.Runtime, 1024) => new Softmax1024Runtime(),
        (SoftmaxKernel.Auto, 1024) => new Softmax1024Auto(),
        _ => null,
    };
}
